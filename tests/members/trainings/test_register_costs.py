"""What one registration costs under the session's lock (issue 14: 200 at once for 20 seats
wait for each other's lock): one count for the seats and the member's own registration, no
position looked up again, and the e-mail rendered by the worker, after the commit, from a
task row that names the message and the registration."""

from django.contrib.messages import get_messages
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
from django_tasks_db.models import DBTaskResult

from members.models import Registration
from members.trainings import queries, services

from ..factories import MemberFactory

pytestmark = pytest.mark.django_db


def ambassadors(count):
    return [
        MemberFactory(username=f"cost{index}", ambassador=True, pole="fives")
        for index in range(count)
    ]


def register_url(session_id):
    return f"/fr/espace-membre/sessions/{session_id}/inscription/"


def test_the_waiting_position_comes_with_the_registration(session, send_on_commit):
    session.capacity = 1
    session.save()
    results = [send_on_commit(services.register, session.pk, u) for u in ambassadors(4)]
    assert [r.position for r in results] == [None, 1, 2, 3]
    # The same count as the one pages and the dashboard make.
    assert [r.position for r in results] == [queries.waiting_position(r) for r in results]
    assert ["en position 1" in m.body for m in mail.outbox] == [False, True, False, False]
    assert "en position 3" in mail.outbox[3].body


def test_registering_again_answers_the_same_registration_and_position(session, send_on_commit):
    session.capacity = 1
    session.save()
    first, second = ambassadors(2)
    send_on_commit(services.register, session.pk, first)
    waiting = send_on_commit(services.register, session.pk, second)
    mail.outbox.clear()
    again = send_on_commit(services.register, session.pk, second)
    assert (again.pk, again.position) == (waiting.pk, 1)
    assert Registration.objects.filter(session=session, user=second).count() == 1
    assert mail.outbox == []


def test_the_lock_is_held_for_a_few_queries_only(session):
    """Under the lock: the lock, one count (seats and the member's own registration), the
    insert and the audit log's entry (Wagtail checks its two keys). No title, language,
    position or template: the e-mail waits for the commit and the worker."""
    (member,) = ambassadors(1)
    with CaptureQueriesContext(connection) as captured:
        registration = services.register(session.pk, member)
    statements = [query["sql"] for query in captured.captured_queries]
    statements = [sql for sql in statements if "SAVEPOINT" not in sql]
    # From the lock on (before it: the member's permissions, read once per request).
    (lock,) = [i for i, sql in enumerate(statements) if 'FROM "members_trainingsession"' in sql]
    under_lock = statements[lock:]
    assert len(under_lock) <= 6, "\n".join(under_lock)
    assert sum("COUNT(" in sql for sql in under_lock) == 1
    assert not any("members_profile" in sql for sql in under_lock)
    assert not any("django_tasks" in sql for sql in under_lock)
    assert registration.is_confirmed and registration.position is None


def test_the_email_is_a_task_row_rendered_by_the_worker(session, settings, send_on_commit):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    session.capacity = 1
    session.save()
    first, second = ambassadors(2)
    send_on_commit(services.register, session.pk, first)
    waiting = send_on_commit(services.register, session.pk, second)
    assert mail.outbox == []
    results = list(
        DBTaskResult.objects.filter(task_path__endswith="send_session_email").order_by(
            "enqueued_at"
        )
    )
    assert [result.args_kwargs for result in results] == [
        {
            "args": ["session_confirmed", waiting.pk - 1],
            "kwargs": {"position": None, "with_ics": True},
        },
        {"args": ["session_waiting", waiting.pk], "kwargs": {"position": 1, "with_ics": False}},
    ]
    # The worker's turn: rendered in the member's language, sent at once (no second task).
    for result in results:
        result.task.call(*result.args_kwargs["args"], **result.args_kwargs["kwargs"])
    assert [m.to for m in mail.outbox] == [[first.email], [second.email]]
    assert mail.outbox[0].subject == "[Ambassadeurs santé] Inscription confirmée : Écoute active"
    assert [a[0] for a in mail.outbox[0].attachments] == ["formation.ics"]
    assert "en position 1" in mail.outbox[1].body
    assert not DBTaskResult.objects.filter(task_path__endswith="send_email").exists()


def test_nothing_is_queued_when_the_registration_rolls_back(session, settings, send_on_commit):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    (member,) = ambassadors(1)
    session.cancelled = True
    session.save()
    with pytest.raises(services.RegistrationRefused):
        send_on_commit(services.register, session.pk, member)
    assert not DBTaskResult.objects.filter(task_path__endswith="send_session_email").exists()


def test_a_registration_gone_before_the_worker_sends_nothing(session, send_on_commit):
    (member,) = ambassadors(1)
    registration = send_on_commit(services.register, session.pk, member)
    mail.outbox.clear()
    registration.delete()
    assert services.send_session_email.call("session_confirmed", registration.pk) == 0
    assert mail.outbox == []


def test_the_view_says_the_position_it_was_given(client, session, send_on_commit):
    session.capacity = 1
    session.save()
    first, second = ambassadors(2)
    send_on_commit(services.register, session.pk, first)
    client.force_login(second)
    response = send_on_commit(client.post, register_url(session.pk))
    assert response.status_code == 302
    (message,) = get_messages(response.wsgi_request)
    assert "en position 1" in str(message)


@pytest.mark.parametrize("session_id", [987654, 2**63, 10**30])
def test_no_such_session_is_a_404(client, session_id):
    (member,) = ambassadors(1)
    client.force_login(member)
    assert client.post(register_url(session_id)).status_code == 404
    assert not Registration.objects.exists()
