"""The member area in the Wagtail admin: each sub-domain's viewsets, the audit log's
actions, and what the member area adds to public pages (``page_hooks``)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button

from pages.models import ExperienceSheetPage

from . import audit, page_hooks, permissions  # noqa: F401
from .contact.admin import ContactMessageViewSet
from .people.admin import ApplicationViewSet
from .proposals import access
from .proposals.admin import ProposalViewSet
from .proposals.models import Proposal
from .proposals.reviews import REVIEWERS
from .trainings.admin import SessionViewSet


@hooks.register("register_admin_viewset")
def register_application_viewset():
    return ApplicationViewSet()


@hooks.register("register_admin_viewset")
def register_session_viewset():
    return SessionViewSet()


hooks.register("register_admin_viewset", ProposalViewSet)  # the class builds the viewset


@hooks.register("register_admin_viewset")
def register_contact_message_viewset():
    """The contact page's inbox: the coordination and the référents of the pôles."""
    return ContactMessageViewSet()


@hooks.register("register_admin_urls")
def register_figures_urls():
    """The programme's figures: the dashboard, the funders' reports, closing a year."""
    from .reports import dashboard_urls, report_urls

    return [
        path("chiffres/", include(dashboard_urls)),
        path("chiffres/", include(report_urls)),
    ]


class FiguresMenuItem(MenuItem):
    """« Chiffres »: the coordination and the référents only."""

    def is_shown(self, request):
        return permissions.can_view_figures(request.user)


@hooks.register("register_admin_menu_item")
def register_figures_menu_item():
    return FiguresMenuItem(
        gettext_lazy("Chiffres"),
        reverse("figures_dashboard"),
        name="figures",
        icon_name="table",
        order=280,
    )


@hooks.register("register_log_actions")
def register_member_actions(actions):
    audit.register_actions(actions)


@hooks.register("register_page_header_buttons")
def funded_project_button(page, user, view_name, next_url=None):
    """An experience sheet made from a funded project links back to it, for the staff who
    may read the project (one query, on sheets only)."""
    if page.specific_class is not ExperienceSheetPage:
        return []
    proposal = Proposal.objects.filter(sheet_id=page.pk).first()
    if proposal is None or not access.actors(user, proposal) & REVIEWERS:
        return []
    url = reverse("proposals:review", args=[proposal.pk])
    return [Button(_("Le projet financé"), url, icon_name="doc-full", priority=80)]
