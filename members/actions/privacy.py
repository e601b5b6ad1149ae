"""What the action log holds about a member, for the data export and erasure."""

from ..plain_data import iso
from .models import Action


def export(user):
    return {
        "actions": [
            {
                "date": iso(action.date),
                "type": action.kind,
                "theme": action.theme,
                "pole": action.pole.name if action.pole_id else None,
                "personnes_touchees": action.people,
                "approximatif": action.approximate,
                "note": action.note,
                "notee_le": iso(action.created_at),
            }
            for action in Action.objects.filter(author=user).select_related("pole")
        ]
    }


def erase(user):
    """Actions stay for the programme's figures, without their author and without the
    note (free text that may name someone)."""
    return Action.objects.filter(author=user).update(author=None, note="")
