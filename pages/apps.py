from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Pages de contenu")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from portal.core.apps import published_content_changed

        from .models import Pole

        # The pôles' names and order show on many pages (filters, cards, menus).
        for signal in (post_save, post_delete):
            signal.connect(
                published_content_changed, sender=Pole, dispatch_uid=f"published-{signal}-pole"
            )
