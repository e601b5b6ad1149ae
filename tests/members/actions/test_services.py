"""The action log's services: every rule, every bad input, the replay of a UUID, the
7-day window, closed years, and the audit log."""

import datetime
import uuid

from django.utils import timezone

from wagtail.models import ModelLogEntry

import pytest

from members import summary
from members.actions import services
from members.actions.models import Action
from members.errors import NotAllowed
from members.reports import figures
from portal.core.time import local_today
from tests.factories import pole

from ..factories import MemberFactory

pytestmark = pytest.mark.django_db


def values(**overrides):
    base = {
        "date": local_today(),
        "kind": "stand",
        "theme": "nutrition",
        "pole": pole("fives").pk,
        "people": 12,
        "approximate": False,
        "note": "",
    }
    return {**base, **overrides}


def this_year():
    return figures.read(figures.Period.year(local_today().year))


def test_an_ambassador_logs_an_action_counted_in_the_figures(ambassador):
    action, created = services.log_action(ambassador, uuid.uuid4(), values(people=12))
    assert created
    assert action.author == ambassador
    assert action.pole.code == "fives"
    year = this_year()
    assert year.total("actions") == 1
    assert year.total("people_reached") == 12
    assert year.by("people_reached", "kind") == {"stand": 12}
    assert ModelLogEntry.objects.filter(action="members.action.log").count() == 1


@pytest.mark.parametrize("role", ["applicant", "referent", "coordinator", "editor"])
def test_only_ambassadors_log_actions(role):
    member = MemberFactory(**{role: True})
    with pytest.raises(NotAllowed):
        services.log_action(member, uuid.uuid4(), values())
    assert not Action.objects.exists()


def test_a_replay_of_the_same_uuid_answers_the_saved_action(ambassador):
    key = uuid.uuid4()
    first, created = services.log_action(ambassador, key, values(people=7))
    again, created_again = services.log_action(ambassador, str(key), values(people=99))
    assert created and not created_again
    assert again.pk == first.pk
    assert again.people == 7
    assert Action.objects.count() == 1
    assert this_year().total("people_reached") == 7


def test_another_members_uuid_is_refused_without_saying_whose(ambassador, other_ambassador):
    key = uuid.uuid4()
    services.log_action(ambassador, key, values())
    with pytest.raises(services.ActionRefused) as refused:
        services.log_action(other_ambassador, key, values(people=50))
    assert refused.value.field == "uuid"
    assert "amina" not in str(refused.value)
    assert Action.objects.count() == 1
    assert this_year().total("people_reached") == 12


@pytest.mark.parametrize("bad", ["", "not-a-uuid", "0" * 40, "\x00", None, 12])
def test_a_forged_uuid_is_refused(ambassador, bad):
    with pytest.raises(services.ActionRefused) as refused:
        services.log_action(ambassador, bad, values())
    assert refused.value.field == "uuid"
    assert not Action.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"people": 0}, "people"),
        ({"people": -3}, "people"),
        ({"people": 10_001}, "people"),
        ({"people": "12"}, "people"),
        ({"people": None}, "people"),
        ({"people": True}, "people"),
        ({"people": 2.5}, "people"),
        ({"date": None}, "date"),
        ({"date": "2026-01-01"}, "date"),
        ({"date": local_today() + datetime.timedelta(days=1)}, "date"),
        ({"date": local_today() - datetime.timedelta(days=366)}, "date"),
        ({"kind": "party"}, "kind"),
        ({"kind": None}, "kind"),
        ({"theme": "=cmd()"}, "theme"),
        ({"pole": 999_999}, "pole"),
        ({"pole": "fives"}, "pole"),
        ({"note": "x" * 501}, "note"),
    ],
)
def test_bad_values_are_refused_on_their_field(ambassador, overrides, field):
    with pytest.raises(services.ActionRefused) as refused:
        services.log_action(ambassador, uuid.uuid4(), values(**overrides))
    assert refused.value.field == field
    assert str(refused.value)
    assert not Action.objects.exists()
    assert not summary.MonthlyFigure.objects.exists()


def test_limits_are_accepted(ambassador):
    services.log_action(ambassador, uuid.uuid4(), values(people=1))
    services.log_action(ambassador, uuid.uuid4(), values(people=10_000, approximate=True))
    oldest = local_today() - datetime.timedelta(days=365)
    services.log_action(ambassador, uuid.uuid4(), values(date=oldest, pole=None))
    assert Action.objects.count() == 3


def test_the_author_edits_and_the_figures_move_with_the_action(ambassador):
    today = local_today()
    action, _ = services.log_action(ambassador, uuid.uuid4(), values(people=10))
    services.edit_action(
        ambassador, action.pk, values(people=4, theme="sante-mentale", pole=pole("moulins").pk)
    )
    year = this_year()
    assert year.by("people_reached", "theme") == {"sante-mentale": 4}
    assert year.by("people_reached", "pole") == {pole("moulins").pk: 4}
    # Moving it to another month moves its cell (the old one is emptied).
    if today.day > 1 or today.month > 1:
        earlier = today.replace(day=1) - datetime.timedelta(days=1)
        services.edit_action(ambassador, action.pk, values(date=earlier, people=4))
        months = figures.read(figures.Period.months(earlier, today)).by_month("people_reached")
        assert months[earlier.replace(day=1)] == 4
        assert months[today.replace(day=1)] == 0
    assert ModelLogEntry.objects.filter(action="members.action.edit").count() >= 1


def test_an_unchanged_edit_writes_nothing(ambassador):
    action, _ = services.log_action(ambassador, uuid.uuid4(), values())
    services.edit_action(ambassador, action.pk, values())
    assert not ModelLogEntry.objects.filter(action="members.action.edit").exists()


def test_the_author_deletes(ambassador):
    action, _ = services.log_action(ambassador, uuid.uuid4(), values(people=9))
    services.delete_action(ambassador, action.pk)
    assert not Action.objects.exists()
    assert this_year().total("people_reached") == 0
    assert ModelLogEntry.objects.filter(action="members.action.delete").count() == 1


def test_nobody_else_edits_or_deletes(ambassador, other_ambassador, referent, coordinator):
    action, _ = services.log_action(ambassador, uuid.uuid4(), values())
    for someone in (other_ambassador, referent, coordinator):
        with pytest.raises(NotAllowed):
            services.edit_action(someone, action.pk, values(people=1))
        with pytest.raises(NotAllowed):
            services.delete_action(someone, action.pk)
    with pytest.raises(NotAllowed):
        services.delete_action(ambassador, 999_999)
    assert Action.objects.get().people == 12


def test_an_action_locks_after_seven_days(ambassador):
    action, _ = services.log_action(ambassador, uuid.uuid4(), values())
    later = action.created_at + datetime.timedelta(days=7, minutes=1)
    assert services.can_change(ambassador, action)
    assert not services.can_change(ambassador, action, now=later)
    with pytest.raises(services.ActionRefused):
        services.edit_action(ambassador, action.pk, values(people=1), now=later)
    with pytest.raises(services.ActionRefused):
        services.delete_action(ambassador, action.pk, now=later)
    almost = action.created_at + datetime.timedelta(days=6, hours=23)
    services.edit_action(ambassador, action.pk, values(people=1), now=almost)
    assert Action.objects.get().people == 1


def test_a_closed_year_refuses_its_actions_and_keeps_its_figures(ambassador):
    today = local_today()
    last_year_day = today - datetime.timedelta(days=today.timetuple().tm_yday)
    action, _ = services.log_action(ambassador, uuid.uuid4(), values(date=last_year_day))
    summary.ClosedYear.objects.create(year=last_year_day.year)
    with pytest.raises(services.ActionRefused) as refused:
        services.log_action(ambassador, uuid.uuid4(), values(date=last_year_day))
    assert str(last_year_day.year) in str(refused.value)
    with pytest.raises(services.ActionRefused):
        services.edit_action(ambassador, action.pk, values(date=today))
    with pytest.raises(services.ActionRefused):
        services.delete_action(ambassador, action.pk)
    # Frozen: a rebuild leaves the closed year's rows as they were.
    frozen = figures.read(figures.Period.year(last_year_day.year)).total("people_reached")
    Action.objects.all().delete()  # behind the services' back
    summary.rebuild()
    assert figures.read(figures.Period.year(last_year_day.year)).total("people_reached") == frozen


def test_the_form_is_prefilled_from_the_last_action_then_the_profile(ambassador):
    assert services.last_choices(ambassador) == {
        "kind": None,
        "theme": None,
        "pole": pole("fives").pk,
    }
    services.log_action(
        ambassador, uuid.uuid4(), values(kind="talks", theme="vaccination", pole=None)
    )
    assert services.last_choices(ambassador) == {
        "kind": "talks",
        "theme": "vaccination",
        "pole": None,
    }


def test_a_date_is_checked_in_paris_time(ambassador):
    # 23:30 UTC on 31 December is already 1 January in Paris.
    now = datetime.datetime(2026, 12, 31, 23, 30, tzinfo=datetime.UTC)
    with timezone.override("UTC"):
        services.check_values(values(date=datetime.date(2027, 1, 1)), today=services._day(now))
    with pytest.raises(services.ActionRefused):
        services.check_values(values(date=datetime.date(2027, 1, 2)), today=services._day(now))
