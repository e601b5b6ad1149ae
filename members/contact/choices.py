"""What a message is about (a leaf module: no models)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Topic(models.TextChoices):
    COORDINATION = "coordination", _("La coordination du programme")
    POLE = "pole", _("Un pôle")
    TRAININGS = "trainings", _("Une question sur les formations")
    FUNDING = "funding", _("Une question sur les appels à projets")


# The form's value for a pôle is « pole-<code> »; the other topics are their value.
POLE_PREFIX = "pole-"

# How long the sender may wait for an answer, said on the confirmation.
ANSWER_DAYS = 3
