"""Statuses of a proposal, budget categories, the actors of the workflow (a leaf module)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ProposalStatus(models.TextChoices):
    DRAFT = "draft", _("brouillon")
    SUBMITTED = "submitted", _("déposé")
    UNDER_REVIEW = "under_review", _("en cours d'examen")
    CHANGES_REQUESTED = "changes_requested", _("modifications demandées")
    ACCEPTED = "accepted", _("accepté")
    DECLINED = "declined", _("non retenu")
    WITHDRAWN = "withdrawn", _("retiré")


# The owner and the co-ambassadors may change the text, the budget and the attachments.
EDITABLE_STATUSES = (ProposalStatus.DRAFT, ProposalStatus.CHANGES_REQUESTED)
# Waiting for the coordination.
PENDING_STATUSES = (ProposalStatus.SUBMITTED, ProposalStatus.UNDER_REVIEW)
DECIDED_STATUSES = (ProposalStatus.ACCEPTED, ProposalStatus.DECLINED)
CLOSED_STATUSES = (*DECIDED_STATUSES, ProposalStatus.WITHDRAWN)


class BudgetCategory(models.TextChoices):
    STAFF = "staff", _("intervenants, personnel")
    EQUIPMENT = "equipment", _("matériel")
    FOOD = "food", _("alimentation")
    COMMUNICATION = "communication", _("communication")
    RENTAL = "rental", _("location de salle ou de matériel")
    TRANSPORT = "transport", _("transport")
    OTHER = "other", _("autre")


class Actor(models.TextChoices):
    """Who someone is to a given proposal (one person may be several)."""

    OWNER = "owner", _("porteur ou porteuse")
    CO_AMBASSADOR = "co_ambassador", _("co-ambassadeur·rice")
    REFERENT = "referent", _("référent·e du pôle")
    COORDINATOR = "coordinator", _("coordination")
