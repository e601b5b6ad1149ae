"""The choices of the page types' fields, in a leaf module: model modules and the helpers
that list, filter or export pages (agenda, catalogue, iCal) import them from here."""

from django.db import models
from django.utils.translation import gettext_lazy as _

# ---- events ----------------------------------------------------------------------------


class EventCategory(models.TextChoices):
    STAND = "stand", _("Stand d'information")
    INFORMATION_MEETING = "information", _("Réunion d'information")
    POLE_MEETING = "pole_meeting", _("Réunion des partenaires du pôle")
    HEALTH_FAIR = "health_fair", _("Fête ou forum santé")
    WORKSHOP = "workshop", _("Atelier")
    OTHER = "other", _("Autre")


class EventAudience(models.TextChoices):
    EVERYONE = "everyone", _("Tout public")
    RESIDENTS = "residents", _("Habitants du quartier")
    AMBASSADORS = "ambassadors", _("Ambassadeurs et ambassadrices")
    PROFESSIONALS = "professionals", _("Professionnels et partenaires")


class Recurrence(models.TextChoices):
    NONE = "", _("Pas de répétition")
    WEEKLY = "weekly", _("Toutes les N semaines")
    MONTHLY = "monthly", _("Tous les N mois")


# ---- experience sheets -----------------------------------------------------------------


class FrameworkAnswer(models.TextChoices):
    YES = "yes", _("Oui")
    NO = "no", _("Non")
    UNKNOWN = "unknown", _("Ne sait pas")


class TargetPublic(models.TextChoices):
    RESIDENTS = "residents", _("Habitants des quartiers prioritaires")
    FAR_FROM_CARE = "far_from_care", _("Personnes éloignées de la santé")
    WOMEN = "women", _("Femmes")
    YOUNG = "young", _("Jeunes")
    SENIORS = "seniors", _("Personnes âgées")
    ALLOPHONE = "allophone", _("Personnes allophones")
    PROFESSIONALS = "professionals", _("Professionnels")


# Policy frameworks an action can belong to: key → label. The field is framework_<key>.
FRAMEWORKS = {
    "asv": _("Atelier Santé Ville"),
    "cls": _("Contrat local de santé"),
    "clsm": _("Conseil local de santé mentale"),
    "contrat_de_ville": _("Contrat de ville"),
}


# ---- funding calls ---------------------------------------------------------------------


class CallStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Ouvre bientôt")
    OPEN = "open", _("Ouvert")
    CLOSED = "closed", _("Clos")
