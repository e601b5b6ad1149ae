from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from pages.models import Pole


class PoleViewSet(SnippetViewSet):
    """The five pôles: facts shared by every language and by the member area."""

    model = Pole
    icon = "site"
    menu_label = _("Pôles")
    add_to_settings_menu = True
    list_display = ["name", "code"]
    ordering = ["sort_order", "name"]


register_snippet(PoleViewSet)
