"""Who may see or do what in the member area: the one place that decides.

Permissions are the contract (codenames below, granted to groups by data migrations);
groups only bundle them, and their names may change. Every function takes the acting user
first. Objects a user may not see answer 404 in the views (``get_object_or_404`` on the
querysets below), so that their existence is not told. Services ask here too.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q

from pages.models import Pole

# The contract. Superusers hold every permission (Django's rule).
ACCESS_ADMIN = "wagtailadmin.access_admin"
VIEW_APPLICATIONS = "members.view_application"
DECIDE_APPLICATIONS = "members.decide_application"
FOLLOW_ALL_POLES = "members.follow_all_poles"
ACT_AS_AMBASSADOR = "members.act_as_ambassador"
TAKE_ATTENDANCE = "members.take_attendance"
MANAGE_SESSIONS = "members.change_trainingsession"
REVIEW_PROPOSALS = "members.review_proposal"
DECIDE_PROPOSALS = "members.decide_proposal"
VIEW_FIGURES = "members.view_monthlyfigure"
CLOSE_YEARS = "members.add_closedyear"
VIEW_ACTIONS = "members.view_action"


def has(user, permission):
    return user.is_authenticated and user.has_perm(permission)


def holders(permission):
    """Active accounts holding ``permission`` through a group or directly (superusers are
    not counted: they are not the coordination)."""
    app_label, codename = permission.split(".", 1)
    granted = Permission.objects.filter(content_type__app_label=app_label, codename=codename)
    return (
        get_user_model()
        .objects.filter(Q(groups__permissions__in=granted) | Q(user_permissions__in=granted))
        .filter(is_active=True)
        .distinct()
    )


def is_ambassador(user):
    """Approved ambassadors: trainings, profile, attestation, calendar."""
    return has(user, ACT_AS_AMBASSADOR)


def works_in_admin(user):
    return has(user, ACCESS_ADMIN)


def can_register(user):
    return is_ambassador(user)


def can_edit_profile(user):
    return is_ambassador(user)


def can_decide_applications(user):
    return has(user, DECIDE_APPLICATIONS)


def sees_all_poles(user):
    return has(user, FOLLOW_ALL_POLES)


def followed_pole_ids(user):
    """The pôles a référent follows (none for anyone else)."""
    if not user.is_authenticated:
        return []
    return list(Pole.objects.filter(referents__user=user).values_list("pk", flat=True))


def can_take_attendance(user, session):
    """The coordination for every session; a référent for the sessions their pôles host."""
    if not has(user, TAKE_ATTENDANCE):
        return False
    if sees_all_poles(user):
        return True
    return bool(session.pole_id) and session.pole_id in followed_pole_ids(user)


def can_manage_sessions(user):
    return has(user, MANAGE_SESSIONS)


def can_log_actions(user):
    return is_ambassador(user)


def can_view_figures(user):
    """The coordination (every pôle) and the référents (their pôles)."""
    return has(user, VIEW_FIGURES)


def figure_pole_ids(user):
    """The pôles whose figures and actions ``user`` sees: None for every pôle (the
    coordination), else the pôles a référent follows."""
    if sees_all_poles(user):
        return None
    return followed_pole_ids(user)


def can_close_years(user):
    return has(user, CLOSE_YEARS)
