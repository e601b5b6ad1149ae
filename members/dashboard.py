"""The member's dashboard, built from panels that each sub-domain provides.

A panel is a function ``(request, language) -> Panel | None`` (None: nothing to show to
this person). ``PANELS`` sets their order on the page."""

from types import SimpleNamespace

from pages.models import FundingCallPage

from . import permissions
from .actions.panels import actions_panel
from .panel import Panel
from .people.panels import application_panel
from .proposals.panels import projects_panel
from .trainings.panels import sessions_panel, tools_panel


def open_calls_panel(request, locale):
    return Panel(
        "members/panels/open_calls.html",
        {
            "calls": list(FundingCallPage.open_for_language(locale.id)),
            "listing": SimpleNamespace(locale_id=locale.id),
        },
    )


def shortcuts_panel(request, locale):
    user = request.user
    return Panel(
        "members/panels/shortcuts.html",
        {
            "profile": permissions.can_edit_profile(user),
            "admin": permissions.works_in_admin(user),
        },
    )


PANELS = [
    application_panel,
    sessions_panel,
    actions_panel,
    tools_panel,
    projects_panel,
    open_calls_panel,
    shortcuts_panel,
]


def panels(request, locale):
    built = (panel(request, locale) for panel in PANELS)
    return [panel for panel in built if panel is not None]
