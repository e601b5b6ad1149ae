"""What staff change on a training session: create it, change its dates or seats, cancel
it, note attendance. Each function is one transaction that takes the session's row lock,
checks every rule, writes, records it in the audit log and sends its e-mails on commit."""

from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .. import audit, emails, permissions, summary
from ..errors import NotAllowed, Refused
from ..people.services import member_language
from . import figures
from .choices import ACTIVE_STATUSES, RegistrationStatus, SessionState
from .models import Registration, TrainingSession
from .queries import training_titles
from .services import confirmed_count, lock_session, promote_waiting


class SessionChangeRefused(Refused):
    """A change of a session (seats, cancellation) is not possible; the message says why."""


class AttendanceRefused(Refused):
    pass


# The fields staff edit freely; seats and cancellation have their own services.
SESSION_FIELDS = (
    "training",
    "starts_at",
    "ends_at",
    "pole",
    "place",
    "registration_opens_at",
    "registration_closes_at",
    "trainer",
)


def _check_manager(by):
    if not permissions.can_manage_sessions(by):
        raise NotAllowed(_("Vous ne pouvez pas modifier les sessions de formation."))


def create_session(data, by):
    """A new session (``data``: a session form's cleaned data, with ``capacity``)."""
    _check_manager(by)
    with transaction.atomic():
        session = TrainingSession(capacity=data["capacity"], **_session_values(data))
        session.full_clean()
        session.save()
        audit.record(session, "members.session.create", by=by)
    return session


def _session_values(data):
    return {name: data.get(name) for name in SESSION_FIELDS if name in data}


def update_session(session_id, data, by, now=None):
    """Staff change a session's dates, place or seats. Fewer seats than people confirmed
    is refused; more seats go to the waiting list at once. Returns ``(session,
    promoted)``."""
    _check_manager(by)
    now = now or timezone.now()
    with transaction.atomic():
        session = lock_session(session_id)
        if session.cancelled:
            raise SessionChangeRefused(_("Cette session est annulée : elle ne change plus."))
        changed = [
            name for name, value in _session_values(data).items() if getattr(session, name) != value
        ]
        before = figures.session_cell(session)
        for name in changed:
            setattr(session, name, data[name])
        capacity = data.get("capacity", session.capacity)
        old_capacity = session.capacity
        if capacity != old_capacity:
            confirmed = confirmed_count(session)
            if capacity < confirmed:
                raise SessionChangeRefused(
                    _(
                        "%(confirmed)s personnes ont déjà une place : la session ne peut pas "
                        "avoir moins de %(confirmed)s places. Annulez d'abord des inscriptions."
                    )
                    % {"confirmed": confirmed},
                    field="capacity",
                )
            session.capacity = capacity
        session.full_clean()
        session.save()
        if changed:
            summary.refresh("trainings", [before, figures.session_cell(session)])
            audit.record(session, "members.session.edit", by=by, fields=changed)
        if capacity != old_capacity:
            audit.record(
                session, "members.session.capacity", by=by, before=old_capacity, after=capacity
            )
        promoted = []
        if session.registration_state(now) not in (SessionState.PAST, SessionState.CANCELLED):
            # More seats, or dates that reopen a full session: the waiting list moves up.
            promoted = promote_waiting(session, now, by=by)
    return session, promoted


def cancel_session(session_id, by, message="", now=None):
    """Staff cancel a session: every registration ends and everyone confirmed or waiting
    is told by e-mail, in their language. Returns how many people were told."""
    _check_manager(by)
    now = now or timezone.now()
    with transaction.atomic():
        session = lock_session(session_id)
        if session.cancelled:
            raise SessionChangeRefused(_("Cette session est déjà annulée."))
        if session.has_started(now):
            raise SessionChangeRefused(_("Cette session a déjà commencé : elle ne s'annule plus."))
        session.cancelled = True
        session.save(update_fields=["cancelled"])
        summary.refresh("trainings", [figures.session_cell(session)])
        registrations = list(
            Registration.objects.select_for_update(of=("self",))
            .filter(session=session, status__in=ACTIVE_STATUSES)
            .select_related("user")
        )
        for registration in registrations:
            registration.status = RegistrationStatus.CANCELLED
            registration.cancelled_at = now
            registration.save(update_fields=["status", "cancelled_at"])
            _session_email_cancelled_session(registration, message)
        audit.record(
            session,
            "members.session.cancel",
            by=by,
            message=message.strip(),
            told=len(registrations),
        )
    return len(registrations)


def _session_email_cancelled_session(registration, message):
    if registration.user is None:
        return
    language = member_language(registration.user)
    session = registration.session
    emails.send(
        "trainings/session_withdrawn",
        registration.user.email,
        {
            "registration": registration,
            "session": session,
            "training_title": training_titles([session], language)[session.pk],
            "message": message.strip(),
            "dashboard_url": emails.member_url("members:dashboard", language),
        },
        language,
    )


def mark_attendance(session_id, marks, by, now=None):
    """Note who came. ``marks``: ``{registration_id: True | False | None}`` for confirmed
    registrations of the session (others are ignored). Only once the session has started,
    by the coordination or the référent of the pôle that hosts it. Returns how many
    changed."""
    now = now or timezone.now()
    with transaction.atomic():
        session = lock_session(session_id)
        if not permissions.can_take_attendance(by, session):
            raise NotAllowed(_("Vous ne pouvez pas noter les présences de cette session."))
        if not session.has_started(now):
            raise AttendanceRefused(
                _(
                    "La session n'a pas encore commencé : les présences se notent à partir "
                    "du %(date)s."
                )
                % {"date": date_format(timezone.localtime(session.starts_at), "DATETIME_FORMAT")}
            )
        changed = {}
        for registration in Registration.objects.select_for_update().filter(
            session=session, status=RegistrationStatus.CONFIRMED, pk__in=list(marks)
        ):
            value = marks[registration.pk]
            if registration.attended != value:
                registration.attended = value
                registration.save(update_fields=["attended"])
                changed[str(registration.pk)] = value
        if changed:
            summary.refresh("trainings", [figures.session_cell(session)])
            audit.record(session, "members.session.attendance", by=by, marks=changed)
    return len(changed)
