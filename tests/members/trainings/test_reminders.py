"""The reminder command: one e-mail per registration for sessions in the next 48 hours."""

import io

from django.core import mail
from django.core.management import call_command

import pytest

from members.trainings import services

from ..factories import MemberFactory, RegistrationFactory, TrainingSessionFactory

pytestmark = pytest.mark.django_db


def remind(send_on_commit):
    out = io.StringIO()
    send_on_commit(call_command, "send_session_reminders", stdout=out)
    return out.getvalue()


def test_reminders_are_sent_once(training, send_on_commit):
    soon = TrainingSessionFactory(training=training, starts_in_days=1)
    later = TrainingSessionFactory(training=training, starts_in_days=5)
    cancelled = TrainingSessionFactory(training=training, starts_in_days=1, cancelled=True)
    members = [
        MemberFactory(username=f"m{index}", ambassador=True, pole=None) for index in range(3)
    ]
    for user in members[:2]:
        send_on_commit(services.register, soon.pk, user)
    send_on_commit(services.register, later.pk, members[2])
    registration = send_on_commit(services.register, soon.pk, members[2])
    send_on_commit(services.cancel, registration.pk, members[2])
    # A session cancelled after people registered reminds nobody.
    RegistrationFactory(session=cancelled, user=members[0])
    mail.outbox.clear()

    assert "2 rappel(s)" in remind(send_on_commit)
    assert sorted(m.to[0] for m in mail.outbox) == sorted(u.email for u in members[:2])
    assert all(m.subject.startswith("[Ambassadeurs santé] Rappel : ") for m in mail.outbox)
    assert all(m.attachments for m in mail.outbox)

    assert "0 rappel(s)" in remind(send_on_commit)
    assert len(mail.outbox) == 2
    assert cancelled.registrations.get().reminder_sent_at is None
