"""Who may see or do what on each member object. Views ask here; nothing else decides.

Every function takes the acting user first. Objects a user may not see answer 404 in the
views (``get_object_or_404`` on the querysets below), so that their existence is not told.
"""

from . import roles
from .models import Application, Profile


def can_apply(user):
    """Anyone without an application yet, signed in or not."""
    if not user.is_authenticated:
        return True
    return not Application.objects.filter(user=user).exists()


def can_register(user):
    """Approved ambassadors register for training sessions."""
    return roles.is_ambassador(user)


def can_edit_profile(user):
    return roles.is_ambassador(user)


def can_decide_applications(user):
    return roles.is_coordinator(user) or user.has_perm("members.decide_application")


def referent_pole_ids(user):
    """The pôles a référent follows (none for anyone else)."""
    if not roles.is_referent(user):
        return []
    return list(
        Profile.objects.filter(user=user, referent_poles__isnull=False).values_list(
            "referent_poles", flat=True
        )
    )


def visible_applications(user):
    """Applications a staff member may read: all for the coordinator, those of their pôles
    for a référent, none for anyone else."""
    queryset = Application.objects.select_related("user", "pole")
    if roles.is_coordinator(user):
        return queryset
    return queryset.filter(pole_id__in=referent_pole_ids(user))


def can_take_attendance(user, session):
    """The coordination for every session; a référent for the sessions their pôles host."""
    if roles.is_coordinator(user):
        return True
    return bool(session.pole_id) and session.pole_id in referent_pole_ids(user)
