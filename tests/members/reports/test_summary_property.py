"""The summary table, kept up to date write by write, equals a full recomputation after
any sequence of writes through the services (hypothesis draws the sequences): logging,
editing and deleting actions across months and pôles, noting attendance, deciding
applications."""

import contextlib
import datetime
import uuid

from django.db import transaction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from members import summary
from members.actions import services as actions
from members.actions.choices import ActionKind, ActionTheme
from members.actions.models import Action
from members.errors import ServiceError
from members.people import services as people
from members.trainings import staff
from pages.models import Pole
from portal.core.time import local_today

from ..factories import (
    ApplicationFactory,
    MemberFactory,
    RegistrationFactory,
    TrainingSessionFactory,
)

pytestmark = pytest.mark.django_db

POLES = ["fives", "moulins", None]


def table():
    return sorted(
        summary.MonthlyFigure.objects.values_list(
            "metric", "month", "pole_id", "theme", "kind", "value"
        ),
        key=str,
    )


log = st.tuples(
    st.just("log"),
    st.integers(0, 1),  # author
    st.integers(0, 364),  # days back
    st.sampled_from(ActionKind.values),
    st.sampled_from(ActionTheme.values[:3]),
    st.sampled_from(POLES),
    st.integers(1, 60),
)
edit = st.tuples(
    st.just("edit"),
    st.integers(0, 20),
    st.integers(0, 364),
    st.sampled_from(POLES),
    st.integers(1, 60),
)
delete = st.tuples(st.just("delete"), st.integers(0, 20))
attend = st.tuples(st.just("attend"), st.integers(0, 2), st.integers(0, 2), st.booleans())
decide = st.tuples(st.just("decide"), st.integers(0, 2), st.booleans())


@pytest.fixture
def world(db):
    from tests.factories import pole

    authors = [
        MemberFactory(username="amina", ambassador=True, pole="fives"),
        MemberFactory(username="bahia", ambassador=True, pole="moulins"),
    ]
    coordinator = MemberFactory(username="claire", coordinator=True)
    sessions = [
        TrainingSessionFactory(starts_in_days=-days, pole=pole(code) if code else None)
        for days, code in ((3, "fives"), (40, "moulins"), (75, None))
    ]
    registrations = [
        [RegistrationFactory(session=session) for _ in range(3)] for session in sessions
    ]
    applications = [
        ApplicationFactory(pole=pole(code) if code else None) for code in ("fives", "moulins", None)
    ]
    poles = {code: Pole.objects.get(code=code).pk for code in POLES if code}
    poles[None] = None
    summary.rebuild()
    return {
        "authors": authors,
        "coordinator": coordinator,
        "sessions": sessions,
        "registrations": registrations,
        "applications": applications,
        "poles": poles,
    }


def run(world, step):
    today = local_today()
    name = step[0]
    if name == "log":
        _, author, back, kind, theme, code, people_ = step
        actions.log_action(
            world["authors"][author],
            uuid.uuid4(),
            {
                "date": today - datetime.timedelta(days=back),
                "kind": kind,
                "theme": theme,
                "pole": world["poles"][code],
                "people": people_,
            },
        )
    elif name in ("edit", "delete"):
        mine = list(Action.objects.order_by("pk"))
        if not mine:
            return
        action = mine[step[1] % len(mine)]
        if name == "delete":
            actions.delete_action(action.author, action.pk)
            return
        _, _, back, code, people_ = step
        actions.edit_action(
            action.author,
            action.pk,
            {
                "date": today - datetime.timedelta(days=back),
                "kind": action.kind,
                "theme": action.theme,
                "pole": world["poles"][code],
                "people": people_,
            },
        )
    elif name == "attend":
        _, session, registration, present = step
        staff.mark_attendance(
            world["sessions"][session].pk,
            {world["registrations"][session][registration].pk: present},
            by=world["coordinator"],
        )
    elif name == "decide":
        _, index, approve = step
        people.decide(
            world["applications"][index].pk,
            "approved" if approve else "declined",
            "" if approve else "Pas cette fois.",
            by=world["coordinator"],
        )


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(st.one_of(log, edit, delete, attend, decide), min_size=1, max_size=12))
def test_the_table_equals_a_full_recomputation(world, steps):
    with transaction.atomic():
        for step in steps:
            # A refusal (already decided…) changes nothing: still checked below.
            with contextlib.suppress(ServiceError):
                run(world, step)
        kept = table()
        summary.rebuild()
        assert kept == table()
        transaction.set_rollback(True)
