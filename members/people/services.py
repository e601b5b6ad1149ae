"""What changes an application or a profile: each function is one transaction that locks,
checks every rule, writes, records it in the audit log and sends its e-mails on commit."""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from allauth.account.models import EmailAddress

from .. import audit, emails, permissions, summary
from ..errors import NotAllowed, Refused
from ..roles import Role, grant, revoke
from . import figures
from .models import Application, Profile, new_calendar_token
from .queries import visible_applications


class AlreadyApplied(Refused):
    pass


class AlreadyDecided(Refused):
    pass


class AddressNotVerified(Refused):
    pass


def _set_names(user, first_name, last_name):
    user.first_name, user.last_name = first_name.strip(), last_name.strip()
    user.save(update_fields=["first_name", "last_name"])


def _answers(data):
    """The application's answers from ``data``, blank where missing."""
    return {
        name: data.get(name) or (None if name == "pole" else [] if name in LISTS else "")
        for name in Application.ANSWER_FIELDS
    }


LISTS = ("languages", "involvement")


def submit_application(user, data, language):
    """``user`` applies with the answers in ``data`` (a form's cleaned data, with
    ``first_name`` and ``last_name``). The application waits for the address to be
    verified; if it already is (an existing account), the coordination is told now."""
    with transaction.atomic():
        try:
            # One application per account (a unique column): a second submit at the same
            # moment fails here, inside its own savepoint, and is told so.
            with transaction.atomic():
                application = Application.objects.create(
                    user=user,
                    consent_at=timezone.now(),
                    language=language if language in dict(settings.LANGUAGES) else "fr",
                    **_answers(data),
                )
        except IntegrityError:
            raise AlreadyApplied(_("Vous avez déjà envoyé votre candidature.")) from None
        _set_names(user, data["first_name"], data["last_name"])
        grant(user, Role.APPLICANT)
        summary.refresh("people", figures.cells(application))
        audit.record(application, "members.application.submit", by=user)
        if EmailAddress.objects.filter(user=user, email__iexact=user.email, verified=True).exists():
            _mark_verified(application)
    return application


def edit_application(user, data):
    """The applicant changes their answers while the application waits for a decision.
    The decision locks the same row: an answer never changes under a decision."""
    with transaction.atomic():
        application = (
            Application.objects.select_for_update().select_related("user").filter(user=user).first()
        )
        if application is None:
            raise NotAllowed(_("Vous n'avez pas de candidature."))
        if application.is_decided:
            raise AlreadyDecided(_("Votre candidature a reçu une réponse : elle ne change plus."))
        _set_names(user, data["first_name"], data["last_name"])
        for name, value in _answers(data).items():
            setattr(application, name, value)
        application.save(update_fields=[*Application.ANSWER_FIELDS, "updated_at"])
        audit.record(application, "members.application.edit", by=user)
    return application


def verify_address(user):
    """The applicant proved their address (allauth's confirmation): the application now
    waits for the coordination, who is told. Once only."""
    with transaction.atomic():
        application = (
            Application.objects.select_for_update()
            .filter(user=user, email_verified_at__isnull=True)
            .first()
        )
        if application is not None:
            _mark_verified(application)


def _mark_verified(application):
    application.email_verified_at = timezone.now()
    application.save(update_fields=["email_verified_at", "updated_at"])
    audit.record(application, "members.application.verify", by=application.user)
    recipients = list(
        permissions.holders(permissions.DECIDE_APPLICATIONS)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    if recipients:
        emails.send(
            "people/application_received",
            recipients,
            {
                "application": application,
                "admin_url": emails.absolute_url(
                    reverse("applications:decide", args=[application.pk])
                ),
            },
            settings.LANGUAGE_CODE,
        )


def decide(application_id, decision, message, by):
    """Accept or decline an application; the applicant is told by e-mail in their language.
    Accepting makes them an ambassador, with a profile filled from the application."""
    if not permissions.can_decide_applications(by):
        raise NotAllowed(_("Seule la coordination répond aux candidatures."))
    if decision not in (Application.Status.APPROVED, Application.Status.DECLINED):
        raise Refused(_("Choisissez d'accepter la candidature ou de ne pas la retenir."))
    message = (message or "").strip()
    if decision == Application.Status.DECLINED and not message:
        raise Refused(_("Expliquez en quelques mots pourquoi."))
    with transaction.atomic():
        application = (
            visible_applications(by)
            .select_for_update(of=("self",))
            .filter(pk=application_id)
            .first()
        )
        if application is None:
            raise NotAllowed(_("Cette candidature n'existe pas."))
        if application.is_decided:
            raise AlreadyDecided(_("Cette candidature a déjà reçu une réponse."))
        if not application.is_verified:
            raise AddressNotVerified(
                _("La personne n'a pas encore vérifié son adresse e-mail : attendez-la.")
            )
        application.status = decision
        application.decision_message = message
        application.decided_at = timezone.now()
        application.decided_by = by
        application.save(
            update_fields=["status", "decision_message", "decided_at", "decided_by", "updated_at"]
        )
        summary.refresh("people", figures.cells(application))
        user = application.user
        if application.is_approved:
            revoke(user, Role.APPLICANT)
            grant(user, Role.AMBASSADOR)
            Profile.objects.get_or_create(user=user, defaults=application.details())
        audit.record(
            application,
            "members.application.approve"
            if application.is_approved
            else "members.application.decline",
            by=by,
            message=message,
        )
        emails.send(
            "people/application_decided",
            user.email,
            {
                "application": application,
                "approved": application.is_approved,
                "dashboard_url": emails.member_url("members:dashboard", application.language),
            },
            application.language,
        )
    return application


def update_profile(user, data):
    """The ambassador changes their profile (``data``: a profile form's cleaned data)."""
    if not permissions.can_edit_profile(user):
        raise NotAllowed(_("Le profil est celui des ambassadeurs et ambassadrices."))
    with transaction.atomic():
        profile, _created = Profile.objects.select_for_update().get_or_create(user=user)
        _set_names(user, data["first_name"], data["last_name"])
        for name in Profile.EDITABLE_FIELDS:
            if name == "interests":
                continue
            value = data.get(name)
            if name in LISTS:
                value = value or []
            elif name == "phone":
                value = value or ""
            setattr(profile, name, value)
        profile.save()
        profile.interests.set(list(data.get("interests") or []), clear=True)
        audit.record(profile, "members.profile.edit", by=user)
    return profile


def member_language(user):
    """The language a member reads their messages in."""
    profile = Profile.objects.filter(user=user).only("language").first()
    return profile.language if profile else settings.LANGUAGE_CODE


def renew_calendar_token(user):
    """A new secret address for the member's calendar feed: the old one stops working."""
    if not permissions.is_ambassador(user):
        raise NotAllowed(_("Le calendrier est celui des ambassadeurs et ambassadrices."))
    with transaction.atomic():
        profile, _created = Profile.objects.select_for_update().get_or_create(user=user)
        profile.calendar_token = new_calendar_token()
        profile.save(update_fields=["calendar_token"])
        audit.record(profile, "members.profile.calendar", by=user)
    return profile.calendar_token
