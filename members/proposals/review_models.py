"""Reviewers' readings of a proposal: a declaration, then one score per criterion."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Proposal


class Review(models.Model):
    """A reviewer's reading of a proposal: first a declaration (no conflict of interest,
    or withdrawn), then scores per criterion and a comment, submitted once."""

    proposal = models.ForeignKey(
        Proposal, on_delete=models.CASCADE, related_name="reviews", verbose_name=_("projet")
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="proposal_reviews",
        verbose_name=_("relecteur ou relectrice"),
    )
    no_conflict = models.BooleanField(_("pas de conflit d'intérêts"), default=False)
    withdrawn = models.BooleanField(_("s'est retiré·e"), default=False)
    comment = models.TextField(_("commentaire (interne)"), max_length=4000, blank=True)
    declared_at = models.DateTimeField(_("déclaration le"), default=timezone.now)
    submitted_at = models.DateTimeField(_("notes envoyées le"), null=True, blank=True)

    class Meta:
        ordering = ["declared_at", "id"]
        verbose_name = _("examen")
        verbose_name_plural = _("examens")
        constraints = [
            models.UniqueConstraint(
                fields=["proposal", "reviewer"], name="one_review_per_reviewer"
            ),
        ]

    def __str__(self):
        return f"{self.reviewer} — {self.proposal}"

    @property
    def is_submitted(self):
        return self.submitted_at is not None


class Score(models.Model):
    review = models.ForeignKey(
        Review, on_delete=models.CASCADE, related_name="scores", verbose_name=_("examen")
    )
    # The criterion's block id in the call's StreamField (stable when it is renamed),
    # and its title when the score was given.
    criterion = models.CharField(_("critère"), max_length=64)
    criterion_title = models.CharField(_("intitulé du critère"), max_length=200)
    value = models.PositiveSmallIntegerField(
        _("note"), null=True, blank=True, help_text=_("De 0 à 5 ; vide : sans objet.")
    )

    class Meta:
        ordering = ["id"]
        verbose_name = _("note")
        verbose_name_plural = _("notes")
        constraints = [
            models.UniqueConstraint(fields=["review", "criterion"], name="one_score_per_criterion"),
            models.CheckConstraint(
                condition=Q(value__isnull=True) | Q(value__lte=5), name="score_at_most_five"
            ),
        ]

    def __str__(self):
        return f"{self.criterion_title}: {self.value}"
