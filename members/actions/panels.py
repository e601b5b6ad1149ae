"""What the dashboard shows of the action log: the shortcut to log an action, and how many
actions the member logged this year and how many people they reached (one query)."""

from django.db.models import Count, Sum

from portal.core.time import local_today

from .. import permissions
from ..panel import Panel
from .queries import own_actions


def actions_panel(request, locale):
    if not permissions.can_log_actions(request.user):
        return None
    year = local_today().year
    totals = (
        own_actions(request.user)
        .filter(date__year=year)
        .aggregate(actions=Count("id"), people=Sum("people"))
    )
    return Panel(
        "members/actions/panels/actions.html",
        {"year": year, "actions": totals["actions"], "people": totals["people"] or 0},
    )
