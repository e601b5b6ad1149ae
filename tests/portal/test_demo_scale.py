"""``load_demo --scale N`` (``portal.demo.scale``), built here with a small unit: live pages
in a valid tree, found by the search, people and registrations as the services would
leave them, proposals in every status, the figures rebuilt, nothing added twice, and page
query counts that do not grow with the data."""

import datetime
from collections import Counter
from decimal import Decimal

from django.core.management import CommandError, call_command
from django.db import connection
from django.db.models import Count
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision

import pytest

from members import summary
from members.models import (
    Application,
    BudgetLine,
    Profile,
    Proposal,
    Registration,
    TrainingSession,
)
from members.people.choices import ApplicationStatus
from members.proposals.choices import ProposalStatus
from members.summary import MonthlyFigure
from members.trainings.choices import ACTIVE_STATUSES, RegistrationStatus
from pages.models import EventPage, ExperienceSheetPage, ExperienceSheetTag
from portal.core.listing import search_ids
from portal.demo import scale, scale_people
from tests.factories import (
    EventIndexPageFactory,
    ExperienceSheetIndexPageFactory,
    FundingCallIndexPageFactory,
    FundingCallPageFactory,
)
from tests.members.factories import MemberFactory, TrainingFactory

pytestmark = pytest.mark.django_db

UNIT = scale.Counts(
    sheets=20, events=10, members=10, sessions=5, registrations=50, proposals=10, actions=40
)


@pytest.fixture
def site(home):
    MemberFactory(coordinator=True, username="coordinatrice")
    for slug in scale_people.INITIAL:
        TrainingFactory(slug=slug, title=slug, initial_path=True)
    for slug in scale_people.THEMATIC:
        TrainingFactory(slug=slug, title=slug, requires_initial_path=True)
    calls = FundingCallIndexPageFactory(parent=home)
    now = timezone.now()
    FundingCallPageFactory(parent=calls, opens_at=now - datetime.timedelta(days=30))
    FundingCallPageFactory(
        parent=calls,
        opens_at=now - datetime.timedelta(days=200),
        closes_at=now - datetime.timedelta(days=120),
    )
    return {
        "home": home,
        "catalogue": ExperienceSheetIndexPageFactory(parent=home),
        "agenda": EventIndexPageFactory(parent=home),
    }


def rows():
    return Counter(
        sheets=ExperienceSheetPage.objects.count(),
        events=EventPage.objects.count(),
        members=Profile.objects.count(),
        sessions=TrainingSession.objects.count(),
        registrations=Registration.objects.count(),
        proposals=Proposal.objects.count(),
        pages=Page.objects.count(),
        revisions=Revision.objects.count(),
        tags=ExperienceSheetTag.objects.count(),
    )


def test_one_block_of_live_pages_in_a_valid_tree(site):
    added = scale.build(1, UNIT, log=lambda message: None)

    assert added == Counter(
        sheets=20, events=10, members=10, sessions=5, registrations=50, proposals=10, actions=40
    )
    assert Page.find_problems() == ([], [], [], [], [])
    catalogue, agenda = site["catalogue"], site["agenda"]
    catalogue.refresh_from_db()
    assert catalogue.numchild == 20
    for parent, model, number in ((catalogue, ExperienceSheetPage, 20), (agenda, EventPage, 10)):
        pages = list(model.objects.child_of(parent).live())
        assert len(pages) == number
        assert len({page.slug for page in pages}) == number
        for page in pages:
            assert page.url_path == f"{parent.url_path}{page.slug}/"
            assert page.locale_id == parent.locale_id
            assert page.first_published_at and page.last_published_at
            assert page.live_revision_id == page.latest_revision_id
            assert not page.has_unpublished_changes
            revision = Revision.objects.get(pk=page.latest_revision_id)
            assert revision.as_object().title == page.title
        ids = [page.pk for page in pages]
        actions = Counter(
            PageLogEntry.objects.filter(page_id__in=ids).values_list("action", flat=True)
        )
        assert actions == {"wagtail.create": number, "wagtail.publish": number}
    # Tags through taggit's tables, seen by the reference index; pôles in their table.
    sheet = ExperienceSheetPage.objects.child_of(catalogue).first()
    assert sheet.tags.count() >= 2
    assert ReferenceIndex.get_references_for_object(sheet).count() >= sheet.tags.count()
    assert ExperienceSheetPage.objects.filter(poles__isnull=False).exists()
    assert EventPage.objects.filter(pole__isnull=False).exists()
    catalogue_page = Page.objects.get(pk=catalogue.pk)
    assert catalogue_page.get_children().count() == catalogue_page.numchild


def test_the_catalogue_search_finds_a_scaled_sheet(site, client):
    scale.build(1, UNIT, log=lambda message: None)
    sheet = ExperienceSheetPage.objects.order_by("path").last()
    word = max(sheet.title.replace("'", " ").split(), key=len)

    assert sheet.pk in search_ids(site["catalogue"].sheets(), word)
    response = client.get(site["catalogue"].url, {"q": sheet.title})
    assert response.status_code == 200
    assert sheet.pk in [found.pk for found in response.context["results_page"]]


def test_registrations_as_the_services_leave_them(site):
    scale.build(1, UNIT, log=lambda message: None)
    now = timezone.now()

    sessions = TrainingSession.objects.with_seats()
    assert any(session.starts_at < now for session in sessions)
    assert any(session.starts_at > now for session in sessions)
    for session in sessions:
        registrations = list(session.registrations.order_by("id"))
        assert session.confirmed_count <= session.capacity
        if session.waiting_count:
            assert session.confirmed_count == session.capacity
        created = [registration.created_at for registration in registrations]
        assert created == sorted(created), "the waiting list's order is the ids' order"
        assert all(registration.created_at < session.starts_at for registration in registrations)
        assert all(registration.created_at <= now for registration in registrations)
        for registration in registrations:
            if registration.attended is not None:
                assert session.ends_at < now
                assert registration.status == RegistrationStatus.CONFIRMED
            if registration.reminder_sent_at is not None:
                assert registration.status == RegistrationStatus.CONFIRMED
                assert registration.reminder_sent_at < session.starts_at < now
            if registration.status == RegistrationStatus.CANCELLED:
                assert registration.cancelled_at < session.starts_at
    doubles = (
        Registration.objects.filter(status__in=ACTIVE_STATUSES)
        .values("session", "user")
        .annotate(number=Count("id"))
        .filter(number__gt=1)
    )
    assert not doubles.exists()
    assert Registration.objects.filter(attended=True).exists()
    # A thematic training was registered for only after the whole initial path.
    for registration in Registration.objects.filter(
        session__training__requires_initial_path=True
    ).select_related("session"):
        followed = set(
            Registration.objects.filter(
                user=registration.user_id,
                attended=True,
                session__ends_at__lt=registration.created_at,
            ).values_list("session__training__slug", flat=True)
        )
        assert followed >= set(scale_people.INITIAL)
    # Approved ambassadors, spread over the pôles, who cannot sign in with a password.
    assert Application.objects.filter(status=ApplicationStatus.APPROVED).count() == 10
    assert Profile.objects.values("pole").distinct().count() == 5
    person = Profile.objects.first().user
    assert not person.has_usable_password()


def test_proposals_in_every_status_within_their_call(site):
    scale.build(1, UNIT, log=lambda message: None)

    assert set(Proposal.objects.values_list("status", flat=True)) == set(ProposalStatus.values)
    for proposal in Proposal.objects.select_related("call"):
        lines = list(proposal.budget_lines.all())
        requested = sum((line.amount - line.other_amount for line in lines), Decimal(0))
        assert lines and requested <= proposal.call.max_per_project
        events = list(proposal.events.order_by("created_at"))
        if proposal.status == ProposalStatus.DRAFT:
            assert not events and proposal.submitted_at is None
            continue
        assert proposal.call.opens_at <= proposal.submitted_at < proposal.call.closes_at
        assert events[-1].to_status == proposal.status
        assert [event.from_status for event in events[1:]] == [e.to_status for e in events[:-1]]
        if proposal.status == ProposalStatus.ACCEPTED:
            assert 0 < proposal.amount_granted <= requested
            assert proposal.reviews.filter(submitted_at__isnull=False).exists()
    assert BudgetLine.objects.filter(other_amount__gt=0).exists()


def test_the_figures_are_rebuilt_once_at_the_end(site):
    scale.build(1, UNIT, log=lambda message: None)

    def table():
        rows = MonthlyFigure.objects.values_list(
            "metric", "month", "pole", "kind", "theme", "value"
        )
        return sorted(rows, key=lambda row: (*row[:2], row[2] or 0, *row[3:]))

    built = table()
    assert {"sessions_held", "attended", "approved", "proposals", "actions"} <= {
        row[0] for row in built
    }
    summary.rebuild()
    assert table() == built


def test_the_same_scale_twice_adds_nothing_and_a_larger_one_the_difference(site):
    scale.build(1, UNIT, log=lambda message: None)
    once = rows()

    assert sum(scale.build(1, UNIT, log=lambda message: None).values()) == 0
    assert rows() == once

    added = scale.build(2, UNIT, log=lambda message: None)
    assert added == Counter(
        sheets=20, events=10, members=10, sessions=5, registrations=50, proposals=10, actions=40
    )
    assert rows()["sheets"] == 40
    assert Page.find_problems() == ([], [], [], [], [])


def query_count(client, url):
    client.get(url)  # warm the caches a running site keeps warm
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def test_page_queries_do_not_grow_with_the_data(site, client):
    scale.build(1, UNIT, log=lambda message: None)
    # Filters that already match something: an empty listing may cost fewer queries.
    sheet = ExperienceSheetPage.objects.filter(poles__isnull=False).order_by("path").first()
    theme = sheet.tags.first().slug
    word = max(sheet.title.replace("'", " ").split(), key=len)
    event = (
        EventPage.objects.filter(pole__isnull=False, start_date__gte=timezone.localdate())
        .order_by("path")
        .first()
    )
    catalogue, agenda = site["catalogue"].url, site["agenda"].url
    urls = [
        site["home"].url,
        catalogue,
        f"{catalogue}?pole={sheet.poles.first().code}&theme={theme}&public={sheet.target_public}",
        f"{catalogue}?q={word}&theme={theme}",
        agenda,
        f"{agenda}?pole={event.pole.code}&type={event.category}",
        sheet.url,
        event.url,
    ]
    before = {url: query_count(client, url) for url in urls}

    scale.build(4, UNIT, log=lambda message: None)

    assert ExperienceSheetPage.objects.count() == 80
    assert {url: query_count(client, url) for url in urls} == before


@pytest.mark.parametrize("value", ["0", "-1", "x", "1.5", "", "٣"])
def test_the_command_wants_a_positive_whole_number(value):
    with pytest.raises(CommandError, match="nombre entier positif"):
        call_command("load_demo", "--scale", value)
