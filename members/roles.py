"""The programme's roles. Each is a Django group that bundles permissions; the group's
name is a label staff may change in the admin. Code never looks a group up by its name:
it asks for permissions (``members.permissions``), and to put a person in a role it finds
the group through ``RoleGroup``, keyed by a stable ``Role``."""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    APPLICANT = "applicant", _("candidat·e")
    AMBASSADOR = "ambassador", _("ambassadeur·rice")
    REFERENT = "referent", _("référent·e de pôle")
    COORDINATOR = "coordinator", _("coordination")
    EDITOR = "editor", _("rédaction")
    MODERATOR = "moderator", _("modération")


class RoleGroup(models.Model):
    """Which group plays which role: created by a data migration, kept when a group is
    renamed."""

    role = models.CharField(_("rôle"), max_length=20, choices=Role.choices, unique=True)
    group = models.OneToOneField(
        Group, on_delete=models.CASCADE, related_name="role", verbose_name=_("groupe")
    )

    class Meta:
        app_label = "members"
        verbose_name = _("rôle")
        verbose_name_plural = _("rôles")

    def __str__(self):
        return f"{self.get_role_display()} ({self.group.name})"


def group_of(role):
    return Group.objects.get(role__role=role)


def grant(user, role):
    """Put ``user`` in ``role``. Only services call this."""
    user.groups.add(group_of(role))
    forget_permissions(user)


def revoke(user, role):
    user.groups.remove(*Group.objects.filter(role__role=role))
    forget_permissions(user)


def forget_permissions(user):
    """Django caches permissions on the user object for the request: drop them."""
    for cache in ("_perm_cache", "_user_perm_cache", "_group_perm_cache"):
        user.__dict__.pop(cache, None)
