"""Which actions a user sees: their own; a référent's pôles'; every one for the
coordination (the ``view_action`` permission and ``figure_pole_ids`` decide)."""

from .. import permissions
from .models import Action


def own_actions(user):
    return Action.objects.filter(author=user).select_related("pole")


def visible_actions(user):
    """Actions ``user`` may read: others' only with ``view_action``, limited to the pôles
    they follow unless they follow every pôle."""
    if not user.is_authenticated:
        return Action.objects.none()
    if not permissions.has(user, permissions.VIEW_ACTIONS):
        return own_actions(user)
    actions = Action.objects.select_related("pole", "author")
    pole_ids = permissions.figure_pole_ids(user)
    if pole_ids is None:
        return actions
    return actions.filter(pole_id__in=pole_ids)
