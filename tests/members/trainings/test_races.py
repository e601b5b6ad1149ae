"""Concurrency on PostgreSQL: real threads, each with its own connection and transaction,
against the real locks (``TransactionTestCase``-style tests; a plain test transaction would
hide every race). SQLite has no row locks and serialises writers instead, so these run
on the PostgreSQL pass of the suite."""

import threading
from collections import Counter

from django.db import connection

import pytest

from members.models import Registration
from members.trainings import queries, services

from ..factories import MemberFactory, TrainingFactory, TrainingSessionFactory

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="row locks: the PostgreSQL pass runs this"
    ),
]

RUNS = 3


def ambassadors(count, prefix):
    return [
        MemberFactory(username=f"{prefix}{index}", ambassador=True, pole="fives")
        for index in range(count)
    ]


def at_once(actions):
    """Run every action in its own thread, all released together; return the errors."""
    barrier = threading.Barrier(len(actions))
    errors = []

    def run(action):
        try:
            barrier.wait(timeout=30)
            action()
        except services.RegistrationRefused:
            pass
        except Exception as error:
            errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(action,)) for action in actions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return errors


def check_session(session):
    active = list(
        Registration.objects.filter(session=session, status__in=Registration.ACTIVE).order_by("id")
    )
    counts = Counter(r.status for r in active)
    users = Counter(r.user_id for r in active)
    positions = [queries.waiting_position(r) for r in active if r.status == "waiting"]
    assert counts["confirmed"] <= session.capacity
    assert max(users.values(), default=0) == 1, "a member holds two active registrations"
    assert positions == list(range(1, len(positions) + 1))
    return counts, positions


@pytest.mark.parametrize("run", range(RUNS))
def test_fifty_people_for_ten_seats(run):
    training = TrainingFactory(title=f"Écoute active {run}")
    session = TrainingSessionFactory(training=training, capacity=10)
    people = ambassadors(50, f"r{run}-")
    errors = at_once([lambda user=user: services.register(session.pk, user) for user in people])
    assert errors == []
    counts, positions = check_session(session)
    assert counts == {"confirmed": 10, "waiting": 40}
    assert sorted(positions) == list(range(1, 41))
    print(f"run {run}: confirmed {counts['confirmed']}, waiting {counts['waiting']}, duplicates 0")


@pytest.mark.parametrize("run", range(RUNS))
def test_a_double_click_registers_once(run):
    training = TrainingFactory(title=f"Santé sexuelle {run}")
    session = TrainingSessionFactory(training=training, capacity=10)
    (member,) = ambassadors(1, f"d{run}-")
    errors = at_once([lambda: services.register(session.pk, member) for _ in range(12)])
    assert errors == []
    assert Registration.objects.filter(session=session, user=member).count() == 1


@pytest.mark.parametrize("run", range(RUNS))
def test_cancellations_and_registrations_at_once_keep_the_order(run):
    training = TrainingFactory(title=f"Premiers secours {run}")
    session = TrainingSessionFactory(training=training, capacity=10)
    early = ambassadors(20, f"e{run}-")
    for user in early:
        services.register(session.pk, user)
    first_waiting = [r.user_id for r in Registration.objects.filter(status="waiting")][:5]
    leaving = list(Registration.objects.filter(session=session, status="confirmed"))[:5]
    newcomers = ambassadors(15, f"n{run}-")
    actions = [
        lambda registration=registration: services.cancel(registration.pk, registration.user)
        for registration in leaving
    ] + [lambda user=user: services.register(session.pk, user) for user in newcomers]
    errors = at_once(actions)
    assert errors == []
    counts, _positions = check_session(session)
    assert counts["confirmed"] == 10
    confirmed = set(
        Registration.objects.filter(session=session, status="confirmed").values_list(
            "user_id", flat=True
        )
    )
    # First come, first served: the five who waited longest got the freed seats…
    assert set(first_waiting) <= confirmed
    # …and nobody who arrived during the cancellations jumped the queue.
    assert not confirmed & {user.pk for user in newcomers}
    assert counts["waiting"] == 5 + 15
