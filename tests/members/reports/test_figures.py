"""Every aggregate against numbers computed by hand, on data built directly and summed by
``rebuild``, with instants on the edges of months and years in Paris time."""

import datetime
import uuid
from decimal import Decimal

from django.core.management import call_command

import pytest

from members import summary
from members.actions.models import Action
from members.models import AttestationDownload, BudgetLine
from members.reports import figures
from pages.models import Pole
from portal.core.time import PARIS
from tests.factories import pole

from ..factories import (
    ApplicationFactory,
    MemberFactory,
    RegistrationFactory,
    TrainingSessionFactory,
)
from ..proposals.workflow_fixtures import complete_proposal, make_call

pytestmark = pytest.mark.django_db

UTC = datetime.UTC


def paris(*args):
    return datetime.datetime(*args, tzinfo=PARIS)


def utc(*args):
    return datetime.datetime(*args, tzinfo=UTC)


def action(author, day, people, pole_code="fives", kind="stand", theme="nutrition"):
    return Action.objects.create(
        uuid=uuid.uuid4(),
        author=author,
        date=day,
        kind=kind,
        theme=theme,
        pole=pole(pole_code) if pole_code else None,
        people=people,
    )


@pytest.fixture
def year_of_data():
    """2025 and 2026 in Fives, Moulins and without pôle."""
    amina = MemberFactory(username="amina", ambassador=True, pole="fives")
    bahia = MemberFactory(username="bahia", ambassador=True, pole="moulins")
    action(amina, datetime.date(2025, 12, 31), 100)  # last day of 2025
    action(amina, datetime.date(2026, 1, 1), 3)  # first day of 2026
    action(amina, datetime.date(2026, 1, 31), 4, kind="talks")
    action(amina, datetime.date(2026, 2, 1), 5, theme="vaccination")
    action(bahia, datetime.date(2026, 2, 28), 20, pole_code="moulins", kind="talks")
    action(bahia, datetime.date(2026, 3, 15), 7, pole_code=None, theme="vaccination")
    # Applications: 22:30 UTC on 31 March is 00:30 on 1 April in Paris (summer time).
    ApplicationFactory(pole=pole("fives"), created_at=utc(2026, 3, 31, 22, 30))
    ApplicationFactory(pole=pole("fives"), created_at=utc(2026, 3, 31, 21, 30))  # 23:30, March
    ApplicationFactory(
        pole=pole("moulins"),
        created_at=utc(2025, 12, 31, 22, 59),  # 23:59 in Paris: 2025
        status="approved",
        decided_at=utc(2025, 12, 31, 23, 0),  # midnight in Paris: 2026
    )
    # A session held on 1 February 00:15 Paris (31 January 23:15 UTC) in Fives, 3 confirmed,
    # 2 present; another held in Moulins in March, 1 of 1 present; one with nobody noted
    # present and one cancelled: neither is held.
    held = TrainingSessionFactory(
        starts_at=utc(2026, 1, 31, 23, 15), ends_at=utc(2026, 2, 1, 2, 0), pole=pole("fives")
    )
    RegistrationFactory.create_batch(2, session=held, attended=True)
    RegistrationFactory(session=held, attended=False)
    RegistrationFactory(session=held, waiting=True)
    RegistrationFactory(session=held, cancelled=True, attended=True)
    march = TrainingSessionFactory(
        starts_at=paris(2026, 3, 10, 9), ends_at=paris(2026, 3, 10, 12), pole=pole("moulins")
    )
    RegistrationFactory(session=march, attended=True)
    unmarked = TrainingSessionFactory(
        starts_at=paris(2026, 3, 11, 9), ends_at=paris(2026, 3, 11, 12), pole=pole("fives")
    )
    RegistrationFactory.create_batch(4, session=unmarked)
    cancelled = TrainingSessionFactory(
        starts_at=paris(2026, 3, 12, 9), ends_at=paris(2026, 3, 12, 12), cancelled=True
    )
    RegistrationFactory(session=cancelled, attended=True)
    AttestationDownload.objects.create(user=amina, pole=pole("fives"), at=paris(2026, 2, 1, 0, 5))
    AttestationDownload.objects.create(user=amina, pole=pole("fives"), at=paris(2026, 1, 31, 23))
    # Proposals: one accepted (asks 800 €, granted 600 €), one submitted, one draft.
    call = make_call()
    accepted = complete_proposal(call, amina, status="accepted")
    accepted.submitted_at = paris(2026, 2, 10, 10)
    accepted.decided_at = paris(2026, 3, 1, 0, 30)
    accepted.amount_granted = Decimal("600.00")
    accepted.save()
    submitted = complete_proposal(call, bahia, pole_code="moulins", status="submitted")
    submitted.submitted_at = paris(2026, 2, 20, 10)
    submitted.save()
    complete_proposal(call, bahia, pole_code="moulins")  # a draft counts nowhere
    for proposal in (accepted, submitted):
        BudgetLine.objects.filter(proposal=proposal).delete()
        BudgetLine.objects.create(
            proposal=proposal,
            label="Salle",
            category="rental",
            amount=Decimal("900.00"),
            other_source="CAF",
            other_amount=Decimal("100.00"),
        )
    call_command("rebuild_figures", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return {"amina": amina, "bahia": bahia}


def test_the_year_2026_by_hand(year_of_data):
    year = figures.read(figures.Period.year(2026))
    fives, moulins = pole("fives").pk, pole("moulins").pk
    assert year.total("actions") == 5
    assert year.total("people_reached") == 3 + 4 + 5 + 20 + 7
    assert year.by("people_reached", "pole") == {fives: 12, moulins: 20, None: 7}
    assert year.by("people_reached", "theme") == {"nutrition": 27, "vaccination": 12}
    assert year.by("actions", "kind") == {"stand": 3, "talks": 2}
    assert year.by("people_reached", "kind", pole=fives) == {"stand": 8, "talks": 4}
    months = year.by_month("people_reached")
    assert list(months.values())[:4] == [7, 25, 7, 0]
    assert len(months) == 12
    assert year.total("applied") == 2  # 1 April 00:30 and 31 March 23:30 in Paris
    assert year.by("applied", "month") == {
        datetime.date(2026, 3, 1): 1,
        datetime.date(2026, 4, 1): 1,
    }
    assert year.total("approved") == 1  # decided at midnight in Paris: 2026
    assert year.total("sessions_held") == 2
    assert year.by("sessions_held", "month") == {
        datetime.date(2026, 2, 1): 1,
        datetime.date(2026, 3, 1): 1,
    }
    assert year.total("seats_filled") == 3 + 1
    assert year.total("attended") == 2 + 1
    assert year.attendance_rate == pytest.approx(3 / 4)
    assert year.total("attestations") == 2
    assert year.by("attestations", "month") == {
        datetime.date(2026, 1, 1): 1,
        datetime.date(2026, 2, 1): 1,
    }
    assert year.proposals_by_status() == {"submitted": 1, "accepted": 1}
    assert year.total("amount_requested") == Decimal("1600.00")
    assert year.total("amount_granted") == Decimal("600.00")
    assert year.by("amount_granted", "month") == {datetime.date(2026, 3, 1): Decimal("600.00")}
    summary_ = year.summary()
    assert summary_["people_reached"] == 39
    assert summary_["attendance_rate"] == pytest.approx(0.75)


def test_the_year_2025_and_a_range_across_years(year_of_data):
    last = figures.read(figures.Period.year(2025))
    assert last.total("people_reached") == 100
    assert last.total("applied") == 1
    assert last.total("approved") == 0
    both = figures.read(
        figures.Period.months(datetime.date(2025, 12, 1), datetime.date(2026, 1, 1))
    )
    assert both.total("people_reached") == 107
    assert both.by("people_reached", "year") == {2025: 100, 2026: 7}
    assert str(figures.Period.year(2026)) == "2026"


def test_a_referents_pôles_only(year_of_data):
    fives = pole("fives").pk
    mine = figures.read(figures.Period.year(2026), pole_ids=[fives])
    assert mine.total("people_reached") == 12
    assert mine.total("sessions_held") == 1
    assert mine.total("applied") == 2
    assert mine.total("amount_requested") == Decimal("800.00")
    assert figures.read(figures.Period.year(2026), pole_ids=[]).total("actions") == 0


def test_active_ambassadors_are_distinct_authors_of_the_last_90_days(year_of_data):
    period = figures.Period.months(datetime.date(2026, 1, 1), datetime.date(2026, 3, 1))
    assert figures.read(period).active_ambassadors == 2
    assert figures.read(period, pole_ids=[pole("fives").pk]).active_ambassadors == 1
    # Ninety days before the end of January 2026 reach back into December 2025.
    january = figures.Period.months(datetime.date(2026, 1, 1), datetime.date(2026, 1, 1))
    assert figures.read(january).active_ambassadors == 1


def test_the_summary_reads_in_two_queries(year_of_data, django_assert_num_queries):
    with django_assert_num_queries(2):
        figures.read(figures.Period.year(2026)).summary()


def test_refresh_equals_rebuild_on_this_data(year_of_data):
    def rows():
        return sorted(
            summary.MonthlyFigure.objects.values_list(
                "metric", "month", "pole_id", "theme", "kind", "value"
            ),
            key=str,
        )

    rebuilt = rows()
    summary.MonthlyFigure.objects.all().delete()
    cells = [
        (datetime.date(year, month, 1), pole_id)
        for year in (2025, 2026)
        for month in range(1, 13)
        for pole_id in [None, *Pole.objects.values_list("pk", flat=True)]
    ]
    for family in summary.SOURCES:
        summary.refresh(family, cells)
    assert rows() == rebuilt


def test_public_figures_under_five_are_hidden():
    assert figures.public_number(4) is None
    assert figures.public_number(5) == 5
    assert figures.public_number(0) is None
