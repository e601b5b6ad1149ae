"""The action log: what an ambassador did and how many people it reached.

Each action carries the UUID its author's phone gave it (unique), so that a form sent
twice, or an offline outbox replayed, never counts it twice. Changes go through
``actions.services``."""

import datetime

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import EDITABLE_DAYS, MAX_PEOPLE, ActionKind, ActionTheme


class Action(models.Model):
    Kind = ActionKind
    Theme = ActionTheme

    uuid = models.UUIDField(_("identifiant"), unique=True, editable=False)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="actions",
        verbose_name=_("ambassadeur·rice"),
        help_text=_("Vide quand la personne a supprimé son compte (statistiques anonymes)."),
    )
    date = models.DateField(_("date"))
    kind = models.CharField(_("type d'action"), max_length=20, choices=ActionKind.choices)
    theme = models.CharField(_("thème"), max_length=40, choices=ActionTheme.choices)
    pole = models.ForeignKey(
        "pages.Pole",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="actions",
        verbose_name=_("pôle"),
    )
    people = models.PositiveIntegerField(_("personnes touchées"))
    approximate = models.BooleanField(_("nombre approximatif"), default=False)
    note = models.TextField(_("note"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("notée le"), auto_now_add=True)
    updated_at = models.DateTimeField(_("modifiée le"), auto_now=True)

    class Meta:
        ordering = ["-date", "-created_at"]
        verbose_name = _("action")
        verbose_name_plural = _("actions")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(people__gte=1, people__lte=MAX_PEOPLE),
                name="action_people_in_range",
                violation_error_message=_("Le nombre de personnes doit être entre 1 et 10 000."),
            ),
        ]
        indexes = [
            models.Index(fields=["date"]),
            models.Index(fields=["pole", "date"]),
            models.Index(fields=["author", "-created_at"]),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} — {self.date:%d/%m/%Y} — {self.people}"

    def editable_until(self):
        return self.created_at + datetime.timedelta(days=EDITABLE_DAYS)
