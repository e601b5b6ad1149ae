"""The programme's roles, kept as Django groups (created by a data migration).

Who may see or do what on a member object is decided in ``members.permissions``; this
module only names the roles and tells which ones a user holds.
"""

from django.utils.translation import gettext_lazy as _

APPLICANT = "Candidat·e"
AMBASSADOR = "Ambassadeur·rice"
REFERENT = "Référent·e de pôle"
COORDINATOR = "Coordination"
EDITOR = "Editors"  # Wagtail's own group: page editing.
MODERATOR = "Moderators"  # Wagtail's own group: page moderation.

LABELS = {
    APPLICANT: _("candidat·e"),
    AMBASSADOR: _("ambassadeur·rice"),
    REFERENT: _("référent·e de pôle"),
    COORDINATOR: _("coordination"),
    EDITOR: _("rédaction"),
    MODERATOR: _("modération"),
}

# Groups whose members work in the Wagtail admin. Ambassadors and applicants never do.
STAFF_ROLES = (REFERENT, COORDINATOR, EDITOR, MODERATOR)
# Roles that must use a second factor (TOTP) before reaching the admin or member data.
SECOND_FACTOR_REQUIRED = (COORDINATOR,)


def role_names(user):
    """The names of the user's groups, cached on the user for the request."""
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_role_names", None)
    if cached is None:
        cached = frozenset(user.groups.values_list("name", flat=True))
        user._role_names = cached
    return cached


def has_role(user, role):
    return role in role_names(user)


def is_coordinator(user):
    return user.is_authenticated and (user.is_superuser or has_role(user, COORDINATOR))


def is_ambassador(user):
    return has_role(user, AMBASSADOR)


def is_referent(user):
    return has_role(user, REFERENT)
