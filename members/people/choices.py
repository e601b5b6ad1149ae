"""Choices shared by applications, profiles and their forms (a leaf module: no models)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Language(models.TextChoices):
    FRENCH = "fr", _("français")
    ARABIC = "ar", _("arabe")
    BERBER = "ber", _("berbère (tamazight)")
    ENGLISH = "en", _("anglais")
    SPANISH = "es", _("espagnol")
    PORTUGUESE = "pt", _("portugais")
    TURKISH = "tr", _("turc")
    ROMANIAN = "ro", _("roumain")
    WOLOF = "wo", _("wolof")
    OTHER = "other", _("une autre langue")


class Involvement(models.TextChoices):
    """The levels of involvement an ambassador chooses (one or several)."""

    RELAY = "relay", _("Relayer les informations santé autour de moi")
    TRAININGS = "trainings", _("Suivre des formations thématiques")
    PROJECTS = "projects", _("Monter et mener des projets santé")
    WORKING_GROUPS = "groups", _("Participer à des groupes de travail")
    STANDS = "stands", _("Tenir des stands d'information")


class ApplicationStatus(models.TextChoices):
    PENDING = "pending", _("en attente de réponse")
    APPROVED = "approved", _("acceptée")
    DECLINED = "declined", _("non retenue")


def choice_labels(choices, values):
    labels = dict(choices.choices)
    return [str(labels[value]) for value in values if value in labels]
