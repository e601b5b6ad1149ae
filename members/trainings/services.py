"""What changes a training session or a registration: each function is one transaction
that takes the session's row lock once, late, checks every rule from counts read in the
database, writes, records it in the audit log and sends its e-mails on commit.

The lock is held until the commit, so everything done under it is paid by every member of a
rush, one after the other (200 at once for 20 seats: issue 14). Under it: the lock, one
count of the session's seats, the insert, the audit log entry. The member's e-mail is
neither rendered nor queued there: on commit, one small task row names the message and the
registration, and the worker renders and sends it (``send_session_email``)."""

from functools import partial

from django.db import transaction
from django.db.models import Count, Min, Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from django_tasks import task

from .. import audit, emails, permissions, summary
from ..errors import NotAllowed, Refused
from ..people.services import member_language
from ..tasks import send_email
from .choices import ACTIVE_STATUSES, RegistrationStatus, SessionState
from .models import AttestationDownload, Registration, TrainingSession
from .queries import has_followed_initial_path, training_titles, waiting_position


class RegistrationRefused(Refused):
    """Registration or cancellation is not possible; the message says why."""


def lock_session(session_id):
    """Take the session's row lock: once, late, inside the transaction. Every decision
    about its seats is made after this, from counts read in the database.

    On PostgreSQL this is ``SELECT … FOR UPDATE``; SQLite has no row locks, but its
    transactions start IMMEDIATE (see the settings), which serialises writers."""
    return TrainingSession.objects.select_for_update().select_related("training").get(pk=session_id)


def confirmed_count(session):
    return Registration.objects.filter(session=session, status=RegistrationStatus.CONFIRMED).count()


def _session_email(name, registration, language=None, position=None, with_ics=False, now=False):
    """Render message ``name`` for the registration's member; send it once the transaction
    commits, or ``now`` (already in the worker, after the commit)."""
    from .calendar import session_ics

    if registration.user is None:
        return
    language = language or member_language(registration.user)
    session = registration.session
    title = training_titles([session], language)[session.pk]
    attachments = []
    if with_ics:
        attachments.append(
            ("formation.ics", session_ics([session], titles={session.pk: title}), "text/calendar")
        )
    context = {
        "registration": registration,
        "session": session,
        "training_title": title,
        "position": position,
        "dashboard_url": emails.member_url("members:dashboard", language),
        "calendar_file_url": with_ics
        and emails.member_url("members:session_calendar", language, session_id=session.pk),
    }
    if not now:
        emails.send(
            f"trainings/{name}",
            registration.user.email,
            context,
            language,
            attachments=attachments,
        )
        return
    subject, body, html = emails.render_message(f"trainings/{name}", context, language)
    send_email.call(
        subject=subject,
        body=body,
        to=[registration.user.email],
        html=html,
        attachments=[list(item) for item in attachments],
    )


@task()
def send_session_email(name, registration_id, position=None, with_ics=False):
    """The worker's half of ``_session_email_on_commit``: the registration read again (its
    session, training and member as they are now), the message rendered and sent here."""
    registration = (
        Registration.objects.select_related("session__training", "session__pole", "user")
        .filter(pk=registration_id)
        .first()
    )
    if registration is None:
        # Deleted with its session before the worker came to it: nothing left to tell.
        return 0
    _session_email(name, registration, position=position, with_ics=with_ics, now=True)
    return 1


def _session_email_on_commit(name, registration, position=None, with_ics=False):
    """Message ``name`` to the registration's member, rendered and sent by the worker once
    the transaction commits (nothing leaves for work that rolled back). The request pays
    for one small task row, after the commit, outside the session's lock: no templates,
    no calendar file, no title or language looked up. ``position`` is the waiting-list
    position decided under the lock, so the e-mail says what the page said."""
    if registration.user_id is None:
        return
    transaction.on_commit(
        partial(
            send_session_email.enqueue,
            name,
            registration.pk,
            position=position,
            with_ics=with_ics,
        )
    )


def _refusal(session, state):
    if state == SessionState.CANCELLED:
        return _("Cette session est annulée.")
    if state == SessionState.PAST:
        return _("Cette session a déjà commencé ou est passée.")
    if state == SessionState.NOT_YET:
        return _("Les inscriptions ouvrent le %(date)s.") % {
            "date": date_format(
                timezone.localtime(session.registration_opens_at), "DATETIME_FORMAT"
            )
        }
    return _("Les inscriptions à cette session sont closes.")


def _seats(session, user):
    """Under the session's lock, in one query: its confirmed and waiting registrations, and
    the member's own active registration (its id) if any."""
    return Registration.objects.filter(session=session, status__in=ACTIVE_STATUSES).aggregate(
        confirmed=Count("pk", filter=Q(status=RegistrationStatus.CONFIRMED)),
        waiting=Count("pk", filter=Q(status=RegistrationStatus.WAITING)),
        mine=Min("pk", filter=Q(user=user)),
    )


def register(session_id, user, now=None):
    """Register ``user`` for the session: confirmed while seats remain, else on the waiting
    list. Registering again while already registered changes nothing and returns the
    existing registration (a double click, a replayed request).

    The registration returned carries ``position``: its place on the waiting list (1 for the
    first), None when confirmed. Raises ``TrainingSession.DoesNotExist`` for no such
    session."""
    if not permissions.can_register(user):
        raise NotAllowed(_("Les formations sont réservées aux ambassadeurs et ambassadrices."))
    now = now or timezone.now()
    with transaction.atomic():
        session = lock_session(session_id)
        state = session.registration_state(now)
        if state != SessionState.OPEN:
            raise RegistrationRefused(_refusal(session, state))
        seats = _seats(session, user)
        if seats["mine"] is not None:
            existing = Registration.objects.get(pk=seats["mine"])
            existing.position = waiting_position(existing)
            return existing
        if session.training.requires_initial_path and not has_followed_initial_path(user):
            raise RegistrationRefused(
                _(
                    "Cette formation demande d'avoir suivi tout le parcours de départ. "
                    "Inscrivez-vous d'abord à ses étapes."
                )
            )
        confirmed = seats["confirmed"] < session.capacity
        status = RegistrationStatus.CONFIRMED if confirmed else RegistrationStatus.WAITING
        registration = Registration.objects.create(
            session=session, user=user, status=status, created_at=now
        )
        # Everyone waiting was registered under this lock before us, with a smaller id (ids
        # are taken in lock order): the count is ``queries.waiting_position``'s, no query.
        registration.position = None if confirmed else seats["waiting"] + 1
        audit.record(registration, "members.registration.create", by=user, status=status)
        if confirmed:
            _session_email_on_commit("session_confirmed", registration, with_ics=True)
        else:
            _session_email_on_commit(
                "session_waiting", registration, position=registration.position
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
        session = lock_session(session_id)
        registration = Registration.objects.select_for_update().get(pk=registration_id)
        if not registration.is_active:
            return registration, None
        if session.has_started(now):
            raise RegistrationRefused(
                _("La session a commencé : elle ne peut plus être annulée en ligne.")
            )
        was_confirmed = registration.is_confirmed
        registration.status = RegistrationStatus.CANCELLED
        registration.cancelled_at = now
        registration.save(update_fields=["status", "cancelled_at"])
        audit.record(registration, "members.registration.cancel", by=user)
        _session_email_on_commit("session_cancelled", registration)
        promoted = promote_waiting(session, now) if was_confirmed else []
    return registration, promoted[0] if promoted else None


def promote_waiting(session, now, by=None):
    """Give free seats to the waiting list, first come first served; return the promoted
    registrations. The caller holds the session's lock."""
    confirmed = confirmed_count(session)
    promoted = []
    while confirmed < session.capacity:
        candidate = (
            Registration.objects.filter(session=session, status=RegistrationStatus.WAITING)
            .select_related("user")
            .order_by("id")
            .first()
        )
        if candidate is None:
            break
        candidate.status = RegistrationStatus.CONFIRMED
        candidate.promoted_at = now
        candidate.save(update_fields=["status", "promoted_at"])
        audit.record(candidate, "members.registration.promote", by=by)
        _session_email_on_commit("session_promoted", candidate, with_ics=True)
        promoted.append(candidate)
        confirmed += 1
    return promoted


def send_due_reminders(hours=48, now=None):
    """One reminder per confirmed registration for sessions in the next ``hours``. Each is
    claimed by a conditional update before sending: a second run, even at the same time,
    sends nothing more. Returns how many were sent."""
    import datetime

    now = now or timezone.now()
    due = (
        Registration.objects.filter(
            status=RegistrationStatus.CONFIRMED,
            reminder_sent_at__isnull=True,
            user__isnull=False,
            session__cancelled=False,
            session__starts_at__gt=now,
            session__starts_at__lte=now + datetime.timedelta(hours=hours),
        )
        .select_related("session__training", "session__pole", "user")
        .order_by("session__starts_at", "id")
    )
    sent = 0
    for registration in due:
        with transaction.atomic():
            claimed = Registration.objects.filter(
                pk=registration.pk, reminder_sent_at__isnull=True
            ).update(reminder_sent_at=now)
            if not claimed:
                continue
            _session_email("session_reminder", registration, with_ics=True)
            sent += 1
    return sent


def record_attestation(user):
    """Count an attestation downloaded (the figures), under the member's pôle."""
    profile = getattr(user, "profile", None)
    with transaction.atomic():
        download = AttestationDownload.objects.create(
            user=user, pole_id=getattr(profile, "pole_id", None)
        )
        summary.refresh("attestations", [(download.at, download.pole_id)])
        audit.record(user, "members.attestation.download", by=user)
    return download
