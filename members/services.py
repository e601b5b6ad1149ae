"""What changes member data, in one place: each function is one transaction and sends
its e-mails only once that transaction commits."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from . import emails, roles
from .models import Application, Profile, Registration, TrainingSession


def add_role(user, role):
    user.groups.add(Group.objects.get(name=role))
    user.__dict__.pop("_role_names", None)


def remove_role(user, role):
    user.groups.remove(*Group.objects.filter(name=role))
    user.__dict__.pop("_role_names", None)


def member_url(name, language, **kwargs):
    with translation.override(language):
        path = reverse(name, kwargs=kwargs or None)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def email_verified(user):
    """The applicant proved their address: the application now waits for the coordinator,
    who is told."""
    with transaction.atomic():
        updated = Application.objects.filter(user=user, email_verified_at__isnull=True).update(
            email_verified_at=timezone.now()
        )
        if not updated:
            return
        application = Application.objects.select_related("user", "pole").get(user=user)
        coordinators = (
            get_user_model()
            .objects.filter(groups__name=roles.COORDINATOR, is_active=True)
            .exclude(email="")
            .values_list("email", flat=True)
            .distinct()
        )
        recipients = list(coordinators)
        if recipients:
            emails.send(
                "application_received",
                recipients,
                {
                    "application": application,
                    "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
                    + reverse("applications:decide", args=[application.pk]),
                },
                settings.LANGUAGE_CODE,
            )


class AlreadyDecided(Exception):
    pass


def decide(application_id, decision, message, by):
    """Accept or decline an application; the applicant is told by e-mail in their language.
    Accepting makes them an ambassador, with a profile filled from the application."""
    with transaction.atomic():
        application = (
            Application.objects.select_for_update().select_related("user").get(pk=application_id)
        )
        if application.is_decided:
            raise AlreadyDecided
        application.status = decision
        application.decision_message = message.strip()
        application.decided_at = timezone.now()
        application.decided_by = by
        application.save(
            update_fields=["status", "decision_message", "decided_at", "decided_by", "updated_at"]
        )
        user = application.user
        if decision == Application.Status.APPROVED:
            remove_role(user, roles.APPLICANT)
            add_role(user, roles.AMBASSADOR)
            Profile.objects.get_or_create(
                user=user,
                defaults={
                    "pole": application.pole,
                    "phone": application.phone,
                    "languages": application.languages,
                    "involvement": application.involvement,
                    "language": application.language,
                },
            )
        emails.send(
            "application_decided",
            user.email,
            {
                "application": application,
                "approved": decision == Application.Status.APPROVED,
                "dashboard_url": member_url("members:dashboard", application.language),
            },
            application.language,
        )
    return application


# ---- Training sessions ---------------------------------------------------------------------


class RegistrationRefused(Exception):
    """Registration is not possible; ``str(error)`` says why, in words for the member."""


def _lock_session(session_id):
    """Take the session's row lock: once, late, inside the transaction. Every decision
    about its seats is made after this, from counts read in the database.

    On PostgreSQL this is ``SELECT … FOR UPDATE``; SQLite has no row locks, but its
    transactions start IMMEDIATE (see the settings), which serialises writers."""
    return TrainingSession.objects.select_for_update().select_related("training").get(pk=session_id)


def waiting_position(registration):
    """1 for the first on the waiting list, and so on (arrival order)."""
    if registration.status != Registration.Status.WAITING:
        return None
    return (
        Registration.objects.filter(
            session_id=registration.session_id,
            status=Registration.Status.WAITING,
            id__lt=registration.id,
        ).count()
        + 1
    )


def has_followed_initial_path(user):
    from pages.models import TrainingPage

    modules = TrainingPage.objects.live().filter(
        initial_path=True, locale__language_code=settings.LANGUAGE_CODE
    )
    attended = (
        Registration.objects.filter(user=user, attended=True)
        .values_list("session__training_id", flat=True)
        .distinct()
    )
    return not modules.exclude(pk__in=attended).exists()


def _member_language(user):
    profile = Profile.objects.filter(user=user).only("language").first()
    return profile.language if profile else settings.LANGUAGE_CODE


def _session_email(name, registration, language, position=None, with_ics=False):
    from .calendar import session_ics

    session = registration.session
    title = training_titles([session], language)[session.pk]
    attachments = []
    if with_ics:
        attachments.append(
            ("formation.ics", session_ics([session], titles={session.pk: title}), "text/calendar")
        )
    emails.send(
        name,
        registration.user.email,
        {
            "registration": registration,
            "session": session,
            "training_title": title,
            "position": position,
            "dashboard_url": member_url("members:dashboard", language),
        },
        language,
        attachments=attachments,
    )


def register(session_id, user, now=None):
    """Register ``user`` for the session: confirmed while seats remain, else on the waiting
    list. Registering again while already registered changes nothing and returns the
    existing registration (a double click, a replayed request)."""
    now = now or timezone.now()
    with transaction.atomic():
        session = _lock_session(session_id)
        state = session.registration_state(now)
        if state == "cancelled":
            raise RegistrationRefused(_("Cette session est annulée."))
        if state == "past":
            raise RegistrationRefused(_("Cette session a déjà commencé ou est passée."))
        if state == "not_yet":
            raise RegistrationRefused(
                _("Les inscriptions ouvrent le %(date)s.")
                % {
                    "date": date_format(
                        timezone.localtime(session.registration_opens_at), "DATETIME_FORMAT"
                    )
                }
            )
        if state == "closed":
            raise RegistrationRefused(_("Les inscriptions à cette session sont closes."))
        existing = Registration.objects.filter(
            session=session, user=user, status__in=Registration.ACTIVE
        ).first()
        if existing is not None:
            return existing
        if session.training.requires_initial_path and not has_followed_initial_path(user):
            raise RegistrationRefused(
                _(
                    "Cette formation demande d'avoir suivi tout le parcours de départ. "
                    "Inscrivez-vous d'abord à ses étapes."
                )
            )
        confirmed = Registration.objects.filter(
            session=session, status=Registration.Status.CONFIRMED
        ).count()
        status = (
            Registration.Status.CONFIRMED
            if confirmed < session.capacity
            else Registration.Status.WAITING
        )
        registration = Registration.objects.create(
            session=session, user=user, status=status, created_at=now
        )
        language = _member_language(user)
        if status == Registration.Status.CONFIRMED:
            _session_email("session_confirmed", registration, language, with_ics=True)
        else:
            _session_email(
                "session_waiting", registration, language, position=waiting_position(registration)
            )
    return registration


def cancel(registration_id, user, now=None):
    """Cancel the member's registration until the session starts. A freed seat goes to the
    first person on the waiting list, in the same transaction, and they are told."""
    now = now or timezone.now()
    with transaction.atomic():
        session_id = (
            Registration.objects.filter(pk=registration_id, user=user)
            .values_list("session_id", flat=True)
            .first()
        )
        if session_id is None:
            raise Registration.DoesNotExist
        session = _lock_session(session_id)
        registration = Registration.objects.select_for_update().get(pk=registration_id)
        if not registration.is_active:
            return registration, None
        if session.starts_at <= now:
            raise RegistrationRefused(
                _("La session a commencé : elle ne peut plus être annulée en ligne.")
            )
        was_confirmed = registration.status == Registration.Status.CONFIRMED
        registration.status = Registration.Status.CANCELLED
        registration.cancelled_at = now
        registration.save(update_fields=["status", "cancelled_at"])
        language = _member_language(user)
        _session_email("session_cancelled", registration, language)
        promoted = promote_next(session, now) if was_confirmed else []
    return registration, promoted[0] if promoted else None


def fill_free_seats(session_id, now=None):
    """After the session changed (more seats): give the free seats to the waiting list.
    Returns how many people were promoted."""
    now = now or timezone.now()
    with transaction.atomic():
        session = _lock_session(session_id)
        if session.registration_state(now) in ("past", "cancelled"):
            return 0
        return len(promote_next(session, now))


def promote_next(session, now):
    """Give free seats to the waiting list, first come first served; return the promoted
    registrations. The caller holds the session's lock."""
    confirmed = Registration.objects.filter(
        session=session, status=Registration.Status.CONFIRMED
    ).count()
    promoted = []
    while confirmed < session.capacity:
        candidate = (
            Registration.objects.filter(session=session, status=Registration.Status.WAITING)
            .select_related("user")
            .order_by("id")
            .first()
        )
        if candidate is None:
            break
        candidate.status = Registration.Status.CONFIRMED
        candidate.promoted_at = now
        candidate.save(update_fields=["status", "promoted_at"])
        _session_email(
            "session_promoted", candidate, _member_language(candidate.user), with_ics=True
        )
        promoted.append(candidate)
        confirmed += 1
    return promoted


def training_titles(sessions, language):
    """``{session.pk: title}`` in ``language`` for several sessions: one query."""
    from pages.models import TrainingPage

    if not sessions:
        return {}
    keys = {session.training.translation_key for session in sessions}
    translated = dict(
        TrainingPage.objects.live()
        .filter(translation_key__in=keys, locale__language_code=language)
        .values_list("translation_key", "title")
    )
    return {
        session.pk: translated.get(session.training.translation_key, session.training.title)
        for session in sessions
    }


def title_language(session, titles, language):
    """The language the title in ``titles`` is written in: ``language``, or French when the
    training page has no translation yet (templates mark it with ``lang``)."""
    return language if titles[session.pk] != session.training.title or language == "fr" else "fr"


def upcoming_registrations(user, language, now=None):
    """The member's active registrations for sessions to come, with their waiting-list
    position and the training's title in ``language``: two queries, however many."""
    from django.db.models import Count, OuterRef, Subquery
    from django.db.models.functions import Coalesce

    ahead = (
        Registration.objects.filter(
            session=OuterRef("session"),
            status=Registration.Status.WAITING,
            id__lt=OuterRef("id"),
        )
        .order_by()
        .values("session")
        .annotate(total=Count("id"))
        .values("total")
    )
    registrations = list(
        Registration.objects.filter(
            user=user,
            status__in=Registration.ACTIVE,
            session__starts_at__gt=now or timezone.now(),
        )
        .select_related("session__training", "session__pole")
        .annotate(ahead=Coalesce(Subquery(ahead), 0))
        .order_by("session__starts_at")
    )
    titles = training_titles([r.session for r in registrations], language)
    for registration in registrations:
        registration.position = (
            registration.ahead + 1 if registration.status == Registration.Status.WAITING else None
        )
        registration.title = titles[registration.session.pk]
        registration.title_lang = title_language(registration.session, titles, language)
    return registrations


def send_reminder(registration):
    language = _member_language(registration.user)
    _session_email("session_reminder", registration, language, with_ics=True)
