"""Trainings: dated sessions of a training page, and members' registrations.

Not translated: one capacity and one list of registrations per session, whatever the
language of the page the member came from. Changes go through ``trainings.services``.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .choices import ACTIVE_STATUSES, RegistrationStatus, SessionState


class TrainingSessionQuerySet(models.QuerySet):
    def with_seats(self):
        """Annotate ``confirmed_count`` and ``waiting_count`` (one query, no N+1)."""
        return self.annotate(
            confirmed_count=models.Count(
                "registrations",
                filter=models.Q(registrations__status=RegistrationStatus.CONFIRMED),
            ),
            waiting_count=models.Count(
                "registrations",
                filter=models.Q(registrations__status=RegistrationStatus.WAITING),
            ),
        )

    def upcoming(self, now=None):
        return self.filter(starts_at__gt=now or timezone.now(), cancelled=False)

    def for_training(self, training_page):
        """The sessions of a training page in any language: they hang on the French page,
        which shares its ``translation_key`` with every translation."""
        return self.filter(training__translation_key=training_page.translation_key)


class TrainingSession(models.Model):
    """A dated session of a training module. Not translated: one capacity and one list of
    registrations, whatever the language of the page the member came from."""

    training = models.ForeignKey(
        "pages.TrainingPage",
        on_delete=models.PROTECT,
        related_name="sessions",
        verbose_name=_("formation"),
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
        help_text=_("La page de la formation en français ; les traductions la partagent."),
    )
    starts_at = models.DateTimeField(_("début"))
    ends_at = models.DateTimeField(_("fin"))
    pole = models.ForeignKey(
        "pages.Pole",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="training_sessions",
        verbose_name=_("pôle"),
        help_text=_("Le pôle qui accueille la session, s'il y en a un."),
    )
    place = models.CharField(
        _("lieu"), max_length=250, help_text=_("Par exemple : Hôtel de ville, salle du conseil.")
    )
    capacity = models.PositiveSmallIntegerField(_("nombre de places"))
    registration_opens_at = models.DateTimeField(
        _("ouverture des inscriptions"),
        null=True,
        blank=True,
        help_text=_("Vide : les inscriptions sont ouvertes dès maintenant."),
    )
    registration_closes_at = models.DateTimeField(
        _("clôture des inscriptions"),
        null=True,
        blank=True,
        help_text=_("Vide : jusqu'au début de la session."),
    )
    trainer = models.CharField(_("formateur ou formatrice"), max_length=200, blank=True)
    cancelled = models.BooleanField(_("session annulée"), default=False)

    objects = TrainingSessionQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("session de formation")
        verbose_name_plural = _("sessions de formation")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="session_ends_after_it_starts",
                violation_error_message=_("La session doit finir après son début."),
            ),
            models.CheckConstraint(
                condition=models.Q(capacity__gt=0),
                name="session_has_seats",
                violation_error_message=_("Une session a au moins une place."),
            ),
        ]

    def __str__(self):
        start = timezone.localtime(self.starts_at)
        return f"{self.training.title} — {start:%d/%m/%Y %H:%M}"

    def clean(self):
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("La session doit finir après son début.")
        opens, closes = self.registration_opens_at, self.registration_closes_at
        if opens and closes and closes <= opens:
            errors["registration_closes_at"] = _(
                "La clôture des inscriptions doit venir après leur ouverture."
            )
        if closes and self.starts_at and closes > self.starts_at:
            errors["registration_closes_at"] = _(
                "Les inscriptions doivent fermer au plus tard au début de la session."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def closes_at(self):
        return self.registration_closes_at or self.starts_at

    def registration_state(self, now=None):
        """A ``SessionState``."""
        now = now or timezone.now()
        if self.cancelled:
            return SessionState.CANCELLED
        if self.starts_at <= now:
            return SessionState.PAST
        if self.registration_opens_at and now < self.registration_opens_at:
            return SessionState.NOT_YET
        if now >= self.closes_at:
            return SessionState.CLOSED
        return SessionState.OPEN

    def next_state_change(self, now=None):
        """When ``registration_state`` next changes by itself (None: it won't)."""
        now = now or timezone.now()
        moments = (self.registration_opens_at, self.closes_at, self.starts_at)
        return min((moment for moment in moments if moment and moment > now), default=None)

    def has_started(self, now=None):
        return self.starts_at <= (now or timezone.now())

    @property
    def seats_left(self):
        """Needs ``with_seats()``."""
        return max(self.capacity - self.confirmed_count, 0)

    @property
    def hours(self):
        return round((self.ends_at - self.starts_at).total_seconds() / 3600, 1)


class Registration(models.Model):
    """A member's place in a session: confirmed, on the waiting list, or cancelled."""

    Status = RegistrationStatus
    ACTIVE = ACTIVE_STATUSES

    session = models.ForeignKey(
        TrainingSession,
        on_delete=models.CASCADE,
        related_name="registrations",
        verbose_name=_("session"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="registrations",
        verbose_name=_("personne"),
        help_text=_("Vide quand la personne a supprimé son compte (statistiques anonymes)."),
    )
    status = models.CharField(_("état"), max_length=12, choices=RegistrationStatus.choices)
    created_at = models.DateTimeField(_("inscrite le"), default=timezone.now)
    promoted_at = models.DateTimeField(_("passée de la liste d'attente le"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("annulée le"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(_("rappel envoyé le"), null=True, blank=True)
    attended = models.BooleanField(_("présence"), null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("inscription")
        verbose_name_plural = _("inscriptions")
        constraints = [
            # One active registration per person and session: a double click or a replayed
            # request can never register twice, whatever the database.
            models.UniqueConstraint(
                fields=["session", "user"],
                condition=models.Q(status__in=ACTIVE_STATUSES),
                name="one_active_registration_per_session",
            ),
        ]
        indexes = [models.Index(fields=["session", "status", "created_at"])]
        permissions = [("take_attendance", _("Peut noter les présences aux sessions"))]

    def __str__(self):
        return f"{self.user} — {self.session}"

    @property
    def is_active(self):
        return self.status in ACTIVE_STATUSES

    @property
    def is_confirmed(self):
        return self.status == RegistrationStatus.CONFIRMED

    @property
    def is_waiting(self):
        return self.status == RegistrationStatus.WAITING

    @property
    def is_cancelled(self):
        return self.status == RegistrationStatus.CANCELLED


class AttestationDownload(models.Model):
    """An attestation downloaded: counted in the figures, by month and the member's pôle."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("personne"),
    )
    pole = models.ForeignKey(
        "pages.Pole",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("pôle"),
    )
    at = models.DateTimeField(_("téléchargée le"), default=timezone.now)

    class Meta:
        verbose_name = _("attestation téléchargée")
        verbose_name_plural = _("attestations téléchargées")
        indexes = [models.Index(fields=["at"])]

    def __str__(self):
        return f"{self.user_id or '-'} {self.at:%Y-%m-%d}"
