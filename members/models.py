"""Member data: applications to become an ambassador, and ambassadors' profiles.

These are facts, not content: they are not translated and point at ``pages.Pole`` (one
row per pôle, shared by every language).
"""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from taggit.managers import TaggableManager


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


def choice_labels(choices, values):
    labels = dict(choices.choices)
    return [str(labels[value]) for value in values if value in labels]


class Application(models.Model):
    """A resident's application to become an ambassador."""

    class Status(models.TextChoices):
        PENDING = "pending", _("en attente de réponse")
        APPROVED = "approved", _("acceptée")
        DECLINED = "declined", _("non retenue")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="application",
        verbose_name=_("compte"),
    )
    phone = models.CharField(_("téléphone"), max_length=30, blank=True)
    pole = models.ForeignKey(
        "pages.Pole",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="applications",
        verbose_name=_("pôle"),
    )
    neighbourhood = models.CharField(_("quartier"), max_length=120, blank=True)
    languages = models.JSONField(_("langues parlées"), default=list, blank=True)
    other_languages = models.CharField(_("autres langues"), max_length=200, blank=True)
    involvement = models.JSONField(_("implication souhaitée"), default=list, blank=True)
    availability = models.CharField(_("disponibilités"), max_length=300, blank=True)
    motivation = models.TextField(_("motivation"), max_length=1500, blank=True)
    consent_at = models.DateTimeField(_("accord sur la confidentialité le"))
    language = models.CharField(
        _("langue des messages"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    status = models.CharField(
        _("état"), max_length=12, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    email_verified_at = models.DateTimeField(_("adresse vérifiée le"), null=True, blank=True)
    decided_at = models.DateTimeField(_("décidée le"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("décidée par"),
    )
    decision_message = models.TextField(_("message à la personne"), blank=True)
    created_at = models.DateTimeField(_("envoyée le"), default=timezone.now)
    updated_at = models.DateTimeField(_("modifiée le"), auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("candidature")
        verbose_name_plural = _("candidatures")
        permissions = [("decide_application", _("Peut accepter ou refuser une candidature"))]

    def __str__(self):
        return self.full_name or self.user.email

    @property
    def full_name(self):
        return self.user.get_full_name()

    @property
    def is_decided(self):
        return self.status != self.Status.PENDING

    def language_labels(self):
        return choice_labels(Language, self.languages)

    def involvement_labels(self):
        return choice_labels(Involvement, self.involvement)


def new_calendar_token():
    return secrets.token_urlsafe(24)


class Profile(models.Model):
    """What an ambassador tells about themself; edited by them in the member area."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="profile",
        verbose_name=_("compte"),
    )
    pole = models.ForeignKey(
        "pages.Pole",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="ambassadors",
        verbose_name=_("pôle"),
    )
    phone = models.CharField(_("téléphone"), max_length=30, blank=True)
    languages = models.JSONField(_("langues parlées"), default=list, blank=True)
    involvement = models.JSONField(_("implication"), default=list, blank=True)
    interests = TaggableManager(
        verbose_name=_("centres d'intérêt"),
        blank=True,
        help_text=_("Des thèmes de santé, séparés par des virgules."),
    )
    contact_by_email = models.BooleanField(_("par e-mail"), default=True)
    contact_by_sms = models.BooleanField(_("par SMS"), default=False)
    contact_by_phone = models.BooleanField(_("par téléphone"), default=False)
    language = models.CharField(
        _("langue des messages"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    referent_poles = models.ManyToManyField(
        "pages.Pole",
        blank=True,
        related_name="referents",
        verbose_name=_("pôles suivis (référent·e)"),
    )
    calendar_token = models.CharField(
        _("clé du calendrier personnel"), max_length=64, default=new_calendar_token, unique=True
    )

    class Meta:
        verbose_name = _("profil")
        verbose_name_plural = _("profils")

    def __str__(self):
        return self.user.get_full_name() or self.user.email

    def language_labels(self):
        return choice_labels(Language, self.languages)

    def involvement_labels(self):
        return choice_labels(Involvement, self.involvement)


class TrainingSessionQuerySet(models.QuerySet):
    def with_seats(self):
        """Annotate ``confirmed_count`` and ``waiting_count`` (one query, no N+1)."""
        return self.annotate(
            confirmed_count=models.Count(
                "registrations",
                filter=models.Q(registrations__status=Registration.Status.CONFIRMED),
            ),
            waiting_count=models.Count(
                "registrations",
                filter=models.Q(registrations__status=Registration.Status.WAITING),
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
        """``open``, ``not_yet``, ``closed``, ``past`` or ``cancelled``."""
        now = now or timezone.now()
        if self.cancelled:
            return "cancelled"
        if self.starts_at <= now:
            return "past"
        if self.registration_opens_at and now < self.registration_opens_at:
            return "not_yet"
        if now >= self.closes_at:
            return "closed"
        return "open"

    @property
    def seats_left(self):
        """Needs ``with_seats()``."""
        return max(self.capacity - self.confirmed_count, 0)

    @property
    def hours(self):
        return round((self.ends_at - self.starts_at).total_seconds() / 3600, 1)


class Registration(models.Model):
    """A member's place in a session: confirmed, on the waiting list, or cancelled."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("inscription confirmée")
        WAITING = "waiting", _("liste d'attente")
        CANCELLED = "cancelled", _("annulée")

    ACTIVE = (Status.CONFIRMED, Status.WAITING)

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
    status = models.CharField(_("état"), max_length=12, choices=Status.choices)
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
                condition=models.Q(status__in=["confirmed", "waiting"]),
                name="one_active_registration_per_session",
            ),
        ]
        indexes = [models.Index(fields=["session", "status", "created_at"])]

    def __str__(self):
        return f"{self.user} — {self.session}"

    @property
    def is_active(self):
        return self.status in self.ACTIVE
