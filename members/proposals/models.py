"""Proposals: ambassadors' projects in answer to a funding call, their budget lines,
attachments, the history of their workflow and the reviewers' scores.

Facts, not content: a proposal hangs on the call's French page (its translations share
it), whatever language it was written in. Changes go through ``proposals.services``."""

import uuid
from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .choices import (
    CLOSED_STATUSES,
    EDITABLE_STATUSES,
    PENDING_STATUSES,
    BudgetCategory,
    ProposalStatus,
)
from .private_files import get_private_storage

ZERO = Decimal("0.00")


def amount_field(verbose_name, **kwargs):
    return models.DecimalField(verbose_name, max_digits=10, decimal_places=2, **kwargs)


class Proposal(models.Model):
    Status = ProposalStatus

    call = models.ForeignKey(
        "pages.FundingCallPage",
        on_delete=models.PROTECT,
        related_name="proposals",
        verbose_name=_("appel à projets"),
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="proposals",
        verbose_name=_("porteur ou porteuse"),
    )
    co_ambassadors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="co_proposals",
        verbose_name=_("co-ambassadeurs et co-ambassadrices"),
    )
    pole = models.ForeignKey(
        "pages.Pole",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="proposals",
        verbose_name=_("pôle"),
    )
    title = models.CharField(_("titre du projet"), max_length=200, blank=True)
    summary = models.TextField(_("le projet en quelques lignes"), max_length=1500, blank=True)
    expectations = models.TextField(
        _("les attentes des habitants auxquelles il répond"), max_length=2000, blank=True
    )
    objectives = models.TextField(_("objectifs"), max_length=2000, blank=True)
    target_public = models.CharField(_("public visé"), max_length=300, blank=True)
    expected_participants = models.PositiveIntegerField(
        _("nombre de participants attendus"), null=True, blank=True
    )
    actions = models.TextField(_("les actions et leur calendrier"), max_length=4000, blank=True)
    partners = models.TextField(_("partenaires"), max_length=2000, blank=True)
    evaluation = models.TextField(
        _("comment les personnes touchées seront comptées"), max_length=2000, blank=True
    )
    status = models.CharField(
        _("état"),
        max_length=20,
        choices=ProposalStatus.choices,
        default=ProposalStatus.DRAFT,
        db_index=True,
    )
    amount_granted = amount_field(_("montant accordé"), null=True, blank=True)
    created_at = models.DateTimeField(_("commencé le"), default=timezone.now)
    updated_at = models.DateTimeField(_("modifié le"), auto_now=True)
    submitted_at = models.DateTimeField(_("déposé le"), null=True, blank=True)
    decided_at = models.DateTimeField(_("décidé le"), null=True, blank=True)
    sheet = models.OneToOneField(
        "pages.ExperienceSheetPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="funded_project",
        verbose_name=_("fiche expérience"),
    )

    # What each step of the form fills in (the review step lists what is missing).
    PROJECT_FIELDS = (
        "title",
        "pole",
        "summary",
        "expectations",
        "objectives",
        "target_public",
        "expected_participants",
    )
    ACTION_FIELDS = ("actions", "partners", "evaluation")

    class Meta:
        ordering = ["-updated_at", "-id"]
        verbose_name = _("projet")
        verbose_name_plural = _("projets")
        permissions = [
            ("review_proposal", _("Peut examiner, commenter et noter les projets")),
            ("decide_proposal", _("Peut décider des projets")),
        ]
        constraints = [
            # A double click on « propose a project » never starts two drafts.
            models.UniqueConstraint(
                fields=["call", "owner"],
                condition=Q(status=ProposalStatus.DRAFT),
                name="one_draft_per_call_and_owner",
            ),
            models.CheckConstraint(
                condition=Q(amount_granted__isnull=True) | Q(amount_granted__gte=0),
                name="granted_amount_not_negative",
            ),
        ]

    def __str__(self):
        return self.title or str(_("Projet sans titre"))

    @property
    def is_draft(self):
        return self.status == ProposalStatus.DRAFT

    @property
    def is_editable(self):
        return self.status in EDITABLE_STATUSES

    @property
    def is_pending(self):
        return self.status in PENDING_STATUSES

    @property
    def is_closed(self):
        return self.status in CLOSED_STATUSES

    @property
    def is_accepted(self):
        return self.status == ProposalStatus.ACCEPTED

    @property
    def changes_requested(self):
        return self.status == ProposalStatus.CHANGES_REQUESTED


class BudgetLine(models.Model):
    proposal = models.ForeignKey(
        Proposal, on_delete=models.CASCADE, related_name="budget_lines", verbose_name=_("projet")
    )
    position = models.PositiveSmallIntegerField(_("ordre"), default=0)
    label = models.CharField(_("dépense"), max_length=200)
    category = models.CharField(_("catégorie"), max_length=20, choices=BudgetCategory.choices)
    amount = amount_field(_("montant"))
    other_source = models.CharField(_("autre financeur"), max_length=200, blank=True)
    other_amount = amount_field(_("montant apporté par cet autre financeur"), default=ZERO)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("ligne de budget")
        verbose_name_plural = _("lignes de budget")
        constraints = [
            models.CheckConstraint(condition=Q(amount__gte=0), name="budget_amount_not_negative"),
            models.CheckConstraint(
                condition=Q(other_amount__gte=0) & Q(other_amount__lte=models.F("amount")),
                name="other_funding_within_the_line",
            ),
        ]

    def __str__(self):
        return self.label

    @property
    def requested(self):
        return self.amount - self.other_amount


def attachment_name(instance, filename):
    """Attachments are named by the service (``files.stored_name``), never after the
    person's file; this is only Django's fallback."""
    return f"proposals/{uuid.uuid4().hex}"


class Attachment(models.Model):
    proposal = models.ForeignKey(
        Proposal, on_delete=models.CASCADE, related_name="attachments", verbose_name=_("projet")
    )
    file = models.FileField(
        _("fichier"), storage=get_private_storage, upload_to=attachment_name, max_length=200
    )
    original_name = models.CharField(_("nom du fichier envoyé"), max_length=150)
    mimetype = models.CharField(_("type"), max_length=120)
    size = models.PositiveIntegerField(_("taille (octets)"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("envoyé par"),
    )
    created_at = models.DateTimeField(_("envoyé le"), default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("pièce jointe")
        verbose_name_plural = _("pièces jointes")

    def __str__(self):
        return self.original_name


class ProposalEvent(models.Model):
    """One transition of the workflow: who, when, from, to, and the message."""

    proposal = models.ForeignKey(
        Proposal, on_delete=models.CASCADE, related_name="events", verbose_name=_("projet")
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("par"),
    )
    transition = models.CharField(_("action"), max_length=30)
    from_status = models.CharField(_("de"), max_length=20, choices=ProposalStatus.choices)
    to_status = models.CharField(_("à"), max_length=20, choices=ProposalStatus.choices)
    message = models.TextField(_("message"), blank=True)
    created_at = models.DateTimeField(_("le"), default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("étape du projet")
        verbose_name_plural = _("étapes du projet")

    def __str__(self):
        return f"{self.from_status} → {self.to_status}"
