"""Who may see or do what on each member object. Views ask here; nothing else decides.

Every function takes the acting user first. Objects a user may not see answer 404 in the
views (``get_object_or_404`` on the querysets below), so that their existence is not told.
"""

from django.db.models import Q

from . import roles
from .models import Application, Profile


def is_member(user):
    """Ambassadors (and coordinators, who may try the member area)."""
    return roles.is_ambassador(user) or roles.is_coordinator(user)


def can_use_member_area(user):
    return user.is_authenticated


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
    if not roles.is_referent(user):
        return []
    return list(Profile.objects.filter(user=user).values_list("referent_poles", flat=True))


def visible_applications(user):
    """Applications a staff member may read: all for the coordinator, those of their pôles
    for a référent, none for anyone else."""
    queryset = Application.objects.select_related("user", "pole")
    if roles.is_coordinator(user):
        return queryset
    pole_ids = [pk for pk in referent_pole_ids(user) if pk]
    if pole_ids:
        return queryset.filter(Q(pole_id__in=pole_ids))
    return queryset.none()


def visible_profiles(user):
    """Ambassadors' profiles a staff member may read (same rule as applications)."""
    queryset = Profile.objects.select_related("user", "pole")
    if roles.is_coordinator(user):
        return queryset
    pole_ids = [pk for pk in referent_pole_ids(user) if pk]
    if pole_ids:
        return queryset.filter(pole_id__in=pole_ids)
    return queryset.filter(user=user) if user.is_authenticated else queryset.none()


def can_take_attendance(user, session):
    """The coordination for every session; a référent for the sessions their pôles host."""
    if roles.is_coordinator(user):
        return True
    return bool(session.pole_id) and session.pole_id in referent_pole_ids(user)


def sessions_with_rosters(user, queryset):
    """The sessions whose roster the user may read and mark."""
    if roles.is_coordinator(user):
        return queryset
    pole_ids = [pk for pk in referent_pole_ids(user) if pk]
    return queryset.filter(pole_id__in=pole_ids)
