from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import SiteFooter


class SiteFooterViewSet(SnippetViewSet):
    model = SiteFooter
    icon = "list-ul"
    menu_label = _("Pied de page")
    add_to_settings_menu = True
    list_display = ["name", "locale"]


register_snippet(SiteFooterViewSet)
