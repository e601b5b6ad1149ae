"""The demo's action log and figures (``portal.demo.actions``), and ``load_demo --actions
N``: a year of actions in every pôle, reaching about as many people as the programme did
in 2015 and 2016, idempotent; N more for benchmarks, never twice."""

import datetime
import io
from collections import Counter

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db.models import Sum
from django.utils import timezone

from wagtail.models import ModelLogEntry

import pytest

from members.actions.models import Action
from members.models import Registration, TrainingSession
from members.reports import figures
from members.summary import MonthlyFigure
from pages.models import Pole
from portal.core.time import local_today
from portal.demo import actions as demo_actions
from portal.demo.loader import DemoLoader
from tests.members.factories import MemberFactory, TrainingFactory

pytestmark = pytest.mark.django_db


def last_twelve_months():
    today = local_today()
    return figures.Period.months(today - datetime.timedelta(days=364), today)


def counts():
    return {
        "actions": Action.objects.count(),
        "users": get_user_model().objects.count(),
        "sessions": TrainingSession.objects.count(),
        "registrations": Registration.objects.count(),
        "figures": MonthlyFigure.objects.count(),
        "log": ModelLogEntry.objects.filter(action="members.action.log").count(),
    }


@pytest.fixture
def trainings():
    for slug in demo_actions.TRAINERS:
        TrainingFactory(slug=slug, title=slug)


@pytest.fixture
def demo(trainings):
    messages = []
    demo_actions.load(messages.append)
    return messages


def test_a_year_of_actions_in_every_pole(demo):
    year = figures.read(last_twelve_months())
    poles = dict(Pole.objects.values_list("pk", "code"))
    assert set(year.by("actions", "pole")) == set(poles)
    assert all(value > 0 for value in year.by("actions", "pole").values())
    assert all(value > 0 for value in year.by("people_reached", "pole").values())
    assert 300 <= year.total("actions") <= 500
    assert 2000 <= year.total("people_reached") <= 2500
    # The table says what the log says.
    assert year.total("people_reached") == Action.objects.aggregate(total=Sum("people"))["total"]
    assert year.total("actions") == Action.objects.count()
    # Each one logged by ``log_action``: one audit entry per action.
    assert counts()["log"] == Action.objects.count()
    # The figures of this year come from the same table.
    this_year = figures.read(figures.Period.year(local_today().year))
    assert (
        this_year.total("people_reached")
        == (
            Action.objects.filter(date__year=local_today().year).aggregate(total=Sum("people"))[
                "total"
            ]
        )
    )


def test_actions_look_like_a_real_year(demo):
    today = local_today()
    dates = list(Action.objects.values_list("date", flat=True))
    assert max(dates) <= today
    assert min(dates) >= today - datetime.timedelta(days=364)
    kinds = Counter(Action.objects.values_list("kind", flat=True))
    assert kinds["stand"] > 5 * kinds["health_fair"] > 0
    assert kinds["talks"] > kinds["stand"]
    assert len(set(Action.objects.values_list("theme", flat=True))) >= 8
    by_month = Counter((day.year, day.month) for day in dates)
    august = next(count for (year, month), count in by_month.items() if month == 8)
    may = next(count for (year, month), count in by_month.items() if month == 5)
    assert august < may / 2  # the summer holidays
    # Noted by ambassadors of the pôle, after the day of the action, never in the future.
    for action in Action.objects.select_related("author__profile"):
        assert action.author.profile.pole_id == action.pole_id
        assert action.created_at <= timezone.now()
        assert timezone.localdate(action.created_at) >= action.date


def test_demo_ambassadors_cannot_sign_in_and_count_on_the_home_page(demo):
    people = get_user_model().objects.filter(username__startswith=demo_actions.DEMO_PREFIX)
    assert people.count() == demo_actions.AMBASSADOR_COUNT == 25
    assert not any(person.has_usable_password() for person in people)
    assert all(person.application.is_approved for person in people)
    assert {person.profile.pole.code for person in people} == set(demo_actions.AMBASSADORS)
    key = figures.key_figures()
    assert key["ambassadors"] == 25
    assert key["people_reached"] and key["people_reached"] >= 5


def test_past_sessions_with_attendance(demo):
    sessions = TrainingSession.objects.all()
    assert sessions.count() == len(demo_actions.PAST_SESSIONS)
    assert all(session.starts_at < timezone.now() for session in sessions)
    year = figures.read(last_twelve_months())
    assert year.total("sessions_held") == len(demo_actions.PAST_SESSIONS)
    assert 0 < year.total("attended") < year.total("seats_filled")


def test_loading_twice_changes_nothing(demo):
    first = counts()
    again = []
    demo_actions.load(again.append)
    assert counts() == first
    assert "0 nouvelles actions" in again[0]


def test_the_demo_ambassador_logs_some_of_fives_actions(trainings):
    amina = MemberFactory(username="ambassadrice", ambassador=True, pole="fives")
    demo_actions.load(lambda message: None)
    assert 5 < Action.objects.filter(author=amina).count() < 40
    assert not Registration.objects.filter(user=amina).exists()


# ---- load_demo --actions N ------------------------------------------------------------------


@pytest.fixture
def command(monkeypatch):
    """``load_demo`` without the site's content (its own test loads it, slowly)."""
    monkeypatch.setattr(DemoLoader, "run", lambda self: None)

    def run(*args):
        out = io.StringIO()
        call_command("load_demo", "--no-users", *args, stdout=out)
        return out.getvalue()

    return run


def test_load_demo_adds_n_actions_once(command):
    ambassadors = {code: MemberFactory(ambassador=True, pole=code) for code in ("fives", "moulins")}
    output = command("--actions", "500")
    assert "500 actions ajoutées (500 demandées) en " in output
    assert Action.objects.count() == 500
    year = figures.read(last_twelve_months())
    assert year.total("actions") == 500
    assert year.total("people_reached") == Action.objects.aggregate(total=Sum("people"))["total"]
    assert len(year.by("actions", "pole")) == 5
    assert len(year.by("actions", "kind")) == 7
    assert len(year.by("actions", "theme")) == 9
    assert len([month for month, value in year.by_month("actions").items() if value]) >= 12
    dates = Action.objects.values_list("date", flat=True)
    assert max(dates) <= local_today()
    assert min(dates) >= local_today() - datetime.timedelta(days=364)
    # Written by the pôle's ambassadors, where it has some.
    for code, member in ambassadors.items():
        assert set(Action.objects.filter(pole__code=code).values_list("author", flat=True)) == {
            member.pk
        }
    assert not Action.objects.filter(pole__code="wazemmes", author__isnull=False).exists()

    again = command("--actions", "500")
    assert "0 actions ajoutées (500 demandées)" in again
    assert Action.objects.count() == 500
    assert figures.read(last_twelve_months()).total("actions") == 500

    command("--actions", "600")  # the first 500 again, and 100 more
    assert Action.objects.count() == 600


def test_load_demo_refuses_a_negative_number(command):
    with pytest.raises(CommandError):
        command("--actions", "-1")
    assert not Action.objects.exists()
