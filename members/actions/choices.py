"""Types and themes of the actions ambassadors log (a leaf module: no models)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ActionKind(models.TextChoices):
    STAND = "stand", _("Stand")
    ORIENTATION = "orientation", _("Orientation d'un habitant")
    WORKSHOP = "workshop", _("Atelier")
    TALKS = "talks", _("Discussions informelles")
    WORKING_GROUP = "group", _("Groupe de travail ou comité")
    HEALTH_FAIR = "health_fair", _("Forum ou fête santé")
    OTHER = "other", _("Autre")


class ActionTheme(models.TextChoices):
    """The catalogue's themes (the experience sheets' keywords), as fixed choices so that an
    action is logged in one tap and counted under one name."""

    RIGHTS = "acces-aux-droits", _("Accès aux droits")
    PREVENTION = "promotion-de-la-sante", _("Prévention, promotion de la santé")
    SEXUAL_HEALTH = "sante-sexuelle", _("Santé sexuelle")
    MENTAL_HEALTH = "sante-mentale", _("Santé mentale")
    NUTRITION = "nutrition", _("Alimentation, activité physique")
    VACCINATION = "vaccination", _("Vaccination, dépistage")
    ENVIRONMENT = "environnement", _("Environnement, logement")
    DISCRIMINATION = "discriminations", _("Discriminations dans l'accès aux soins")
    OTHER = "autre", _("Autre thème")


# An ambassador reaches people one by one or by hundreds at a fair; beyond this, a typo.
MAX_PEOPLE = 10_000
# The author may change or delete an action for this many days after logging it.
EDITABLE_DAYS = 7
# How far back an action may be dated.
MAX_AGE_DAYS = 365
