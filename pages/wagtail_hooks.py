from django.contrib import messages
from django.http import HttpResponseRedirect
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from pages.models import Pole
from pages.panels import missing_fields
from portal.core.redirects import safe_next


class PoleViewSet(SnippetViewSet):
    """The five pôles: facts shared by every language and by the member area."""

    model = Pole
    icon = "site"
    menu_label = _("Pôles")
    add_to_settings_menu = True
    list_display = ["name", "code"]
    ordering = ["sort_order", "name"]


register_snippet(PoleViewSet)


@hooks.register("before_bulk_action")
def refuse_to_publish_incomplete_drafts(request, action_type, objects, action_class_instance):
    """Publishing pages from the explorer's bulk action publishes their latest drafts as they
    are: a draft still missing required fields (drafts may) is not published."""
    if action_type != "publish":
        return None
    incomplete = []
    for page in objects:
        draft = page.get_latest_revision_as_object()
        if missing_fields(draft):
            incomplete.append(draft.get_admin_display_title())
    if not incomplete:
        return None
    messages.error(
        request,
        ngettext(
            "Rien n'a été publié : il manque des champs obligatoires au brouillon de "
            "%(titles)s. Ouvrez-le pour voir la liste de ce qu'il reste à remplir.",
            "Rien n'a été publié : il manque des champs obligatoires aux brouillons de "
            "%(titles)s. Ouvrez-les pour voir la liste de ce qu'il reste à remplir.",
            len(incomplete),
        )
        % {"titles": ", ".join(f"« {title} »" for title in incomplete)},
    )
    # Back to the listing the action started from, or to its confirmation page.
    # A path on this site only (``portal.core.redirects``): a bare word would be a 500.
    return HttpResponseRedirect(safe_next(request, request.get_full_path()))
