"""Concurrency on PostgreSQL (real threads, each with its own connection): one UUID sent
at once from several requests is saved once; many actions written at once into the same
cell of the summary table are all counted (the cell's advisory lock)."""

import threading
import uuid

from django.db import connection

import pytest

from members.actions import services
from members.actions.models import Action
from members.reports import figures
from portal.core.time import local_today
from tests.factories import pole

from ..factories import MemberFactory

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="row locks: the PostgreSQL pass runs this"
    ),
]

RUNS = 3


def at_once(calls):
    barrier = threading.Barrier(len(calls))
    errors, results = [], []

    def run(call):
        try:
            barrier.wait(timeout=30)
            results.append(call())
        except Exception as error:
            errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(call,)) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results, errors


def values(people=5, code="fives"):
    return {
        "date": local_today(),
        "kind": "stand",
        "theme": "nutrition",
        "pole": pole(code).pk,
        "people": people,
    }


@pytest.mark.parametrize("run", range(RUNS))
def test_twelve_sends_of_one_uuid_save_one_action(run):
    member = MemberFactory(username=f"amina{run}", ambassador=True, pole="fives")
    key = uuid.uuid4()
    results, errors = at_once(
        [lambda: services.log_action(member, key, values(people=7)) for _ in range(12)]
    )
    assert errors == []
    assert Action.objects.filter(uuid=key).count() == 1
    assert sum(created for _action, created in results) == 1
    assert {action.pk for action, _created in results} == {Action.objects.get(uuid=key).pk}
    year = figures.read(figures.Period.year(local_today().year))
    assert year.total("people_reached") == 7
    assert year.total("actions") == 1


@pytest.mark.parametrize("run", range(RUNS))
def test_twenty_writers_of_one_cell_are_all_counted(run):
    members = [
        MemberFactory(username=f"m{run}-{index}", ambassador=True, pole="fives")
        for index in range(20)
    ]
    results, errors = at_once(
        [
            (
                lambda member=member, index=index: services.log_action(
                    member, uuid.uuid4(), values(people=index + 1)
                )
            )
            for index, member in enumerate(members)
        ]
    )
    assert errors == []
    assert len(results) == 20
    year = figures.read(figures.Period.year(local_today().year))
    assert year.total("actions") == 20
    assert year.total("people_reached") == sum(range(1, 21)) == 210


def test_edits_and_logs_racing_across_two_cells_stay_exact():
    today = local_today()
    members = [
        MemberFactory(username=f"e{index}", ambassador=True, pole="fives") for index in range(10)
    ]
    existing = [
        services.log_action(member, uuid.uuid4(), values(people=10))[0] for member in members
    ]
    calls = []
    for member, action in zip(members, existing, strict=True):
        # Each member moves their action to Moulins while logging a new one in Fives.
        calls.append(
            lambda member=member, action=action: services.edit_action(
                member, action.pk, values(people=3, code="moulins")
            )
        )
        calls.append(
            lambda member=member: services.log_action(member, uuid.uuid4(), values(people=1))
        )
    _results, errors = at_once(calls)
    assert errors == []
    year = figures.read(figures.Period.year(today.year))
    assert year.by("people_reached", "pole") == {pole("fives").pk: 10, pole("moulins").pk: 30}
    assert year.total("actions") == 20
