"""People: applications to become an ambassador, and ambassadors' profiles.

These are facts, not content: they are not translated and point at ``pages.Pole`` (one
row per pôle, shared by every language). Changes go through ``people.services``.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from taggit.managers import TaggableManager

from .choices import ApplicationStatus, Involvement, Language, choice_labels


class MemberDetails(models.Model):
    """What a person tells about themself, asked in the application and kept in the
    profile once they are an ambassador."""

    phone = models.CharField(_("téléphone"), max_length=30, blank=True)
    pole = models.ForeignKey(
        "pages.Pole",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="%(class)ss",
        verbose_name=_("pôle"),
    )
    languages = models.JSONField(_("langues parlées"), default=list, blank=True)
    involvement = models.JSONField(_("implication souhaitée"), default=list, blank=True)
    language = models.CharField(
        _("langue des messages"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )

    # The fields an application hands over to the profile when it is accepted.
    DETAIL_FIELDS = ("phone", "pole", "languages", "involvement", "language")

    class Meta:
        abstract = True

    def language_labels(self):
        return choice_labels(Language, self.languages)

    def involvement_labels(self):
        return choice_labels(Involvement, self.involvement)

    def details(self):
        return {name: getattr(self, name) for name in self.DETAIL_FIELDS}


class Application(MemberDetails):
    """A resident's application to become an ambassador."""

    Status = ApplicationStatus

    # The answers the applicant gives (and may change until the decision): the forms,
    # the admin's inspect view and the data export all read this list.
    ANSWER_FIELDS = (
        "phone",
        "pole",
        "neighbourhood",
        "languages",
        "other_languages",
        "involvement",
        "availability",
        "motivation",
    )

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="application",
        verbose_name=_("compte"),
    )
    neighbourhood = models.CharField(_("quartier"), max_length=120, blank=True)
    other_languages = models.CharField(_("autres langues"), max_length=200, blank=True)
    availability = models.CharField(_("disponibilités"), max_length=300, blank=True)
    motivation = models.TextField(_("motivation"), max_length=1500, blank=True)
    consent_at = models.DateTimeField(_("accord sur la confidentialité le"))
    status = models.CharField(
        _("état"),
        max_length=12,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.PENDING,
        db_index=True,
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
    def is_pending(self):
        return self.status == ApplicationStatus.PENDING

    @property
    def is_approved(self):
        return self.status == ApplicationStatus.APPROVED

    @property
    def is_declined(self):
        return self.status == ApplicationStatus.DECLINED

    @property
    def is_decided(self):
        return not self.is_pending

    @property
    def is_verified(self):
        return self.email_verified_at is not None


def new_calendar_token():
    return secrets.token_urlsafe(24)


class Profile(MemberDetails):
    """What an ambassador tells about themself; edited by them in the member area."""

    # The fields the ambassador edits (the form and the data export read this list).
    EDITABLE_FIELDS = (
        "pole",
        "phone",
        "languages",
        "involvement",
        "interests",
        "contact_by_email",
        "contact_by_sms",
        "contact_by_phone",
        "language",
    )

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="profile",
        verbose_name=_("compte"),
    )
    interests = TaggableManager(
        verbose_name=_("centres d'intérêt"),
        blank=True,
        help_text=_("Des thèmes de santé, séparés par des virgules."),
    )
    contact_by_email = models.BooleanField(_("par e-mail"), default=True)
    contact_by_sms = models.BooleanField(_("par SMS"), default=False)
    contact_by_phone = models.BooleanField(_("par téléphone"), default=False)
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
        permissions = [
            (
                "act_as_ambassador",
                _("Agit comme ambassadeur·rice : formations, profil, attestation"),
            ),
            ("follow_all_poles", _("Suit les membres de tous les pôles")),
        ]

    def __str__(self):
        return self.user.get_full_name() or self.user.email
