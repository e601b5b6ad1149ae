from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    """Site-wide pieces below every other app: the footer, navigation, languages, CSP.

    The label stays ``portal`` (tables, migrations and content types keep their names)."""

    name = "portal.core"
    label = "portal"
    verbose_name = _("Portail")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from wagtail.models import Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from portal.core import navigation
        from portal.core.models import SiteFooter

        # Anything that changes a menu, a home page or a footer rebuilds the navigation.
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(navigation.invalidate, dispatch_uid=f"navigation-{signal}")
        for model in (SiteFooter, Site):
            post_save.connect(navigation.invalidate, sender=model, dispatch_uid=f"nav-save-{model}")
            post_delete.connect(
                navigation.invalidate, sender=model, dispatch_uid=f"nav-delete-{model}"
            )
        post_delete.connect(self._page_changed, dispatch_uid="navigation-page-deleted")
        post_save.connect(self._page_changed, dispatch_uid="navigation-page-saved")

    @staticmethod
    def _page_changed(sender, instance, **kwargs):
        from wagtail.models import Page

        from portal.core import navigation

        if isinstance(instance, Page):
            navigation.invalidate()
