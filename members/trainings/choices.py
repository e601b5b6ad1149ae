"""Statuses of sessions and registrations (a leaf module: no models)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("inscription confirmée")
    WAITING = "waiting", _("liste d'attente")
    CANCELLED = "cancelled", _("annulée")


# The statuses that hold a place (a seat or a rank on the waiting list).
ACTIVE_STATUSES = (RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING)


class SessionState(models.TextChoices):
    """Whether a session takes registrations now, and if not, why."""

    OPEN = "open", _("inscriptions ouvertes")
    NOT_YET = "not_yet", _("inscriptions pas encore ouvertes")
    CLOSED = "closed", _("inscriptions closes")
    PAST = "past", _("commencée ou passée")
    CANCELLED = "cancelled", _("annulée")
