"""The home page's live key figures: approved ambassadors, training sessions held this
year, people reached this year. Read from ``members.reports.figures.key_figures`` (cached,
forgotten on the commit of each write), under 5 shown as « moins de 5 », numbers written
the way the page's language writes them."""

import datetime
import uuid

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
from bs4 import BeautifulSoup

from home.key_figures import format_number, live_key_figures
from members import summary
from members.actions import services
from members.reports import figures
from portal.core.time import local_today
from tests.factories import pole, translate_page
from tests.members.factories import (
    ApplicationFactory,
    MemberFactory,
    RegistrationFactory,
    TrainingSessionFactory,
)

pytestmark = pytest.mark.django_db

NARROW_NBSP = "\u202f"


@pytest.fixture
def arabic_home(home):
    return translate_page(home, "ar", hero_title="الصحة نتقاسمها بين الجيران")


@pytest.fixture
def ambassador():
    return MemberFactory(ambassador=True, pole="fives")


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run what a write does on commit (forgetting the cached figures), as a request's
    transaction would; the test's own transaction never commits."""

    def run(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args, **kwargs)

    return run


def log(commit, user, people, pole_code="fives", kind="stand"):
    values = {
        "date": local_today(),
        "kind": kind,
        "theme": "nutrition",
        "pole": pole(pole_code).pk,
        "people": people,
        "approximate": False,
        "note": "",
    }
    action, created = commit(services.log_action, user, uuid.uuid4(), values)
    assert created
    return action


def approved_ambassadors(commit, number):
    for _ in range(number):
        ApplicationFactory(approved=True)
    commit(summary.rebuild, ["people"])


def sessions_held(commit, number):
    """Sessions held now (this year), each with one person noted present."""
    for _ in range(number):
        session = TrainingSessionFactory(starts_in_days=0)
        RegistrationFactory(session=session, attended=True)
    commit(summary.rebuild, ["trainings"])


def key_figures_of(client, url="/fr/"):
    response = client.get(url)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    section = page.find(id="key-figures-title").find_parent("section")
    return page, section, [item.get_text(" ", strip=True) for item in section.select("li")]


def this_year():
    return figures.read(figures.Period.year(local_today().year))


def test_the_figures_are_those_of_the_summary_table(client, home, ambassador, commit):
    approved_ambassadors(commit, 6)
    sessions_held(commit, 5)
    for people in (600, 634, 3):
        log(commit, ambassador, people)
    year = this_year()
    everything = figures.read(figures.Period(datetime.date(2000, 1, 1), local_today()))
    assert year.total("people_reached") == 1237
    assert year.total("sessions_held") == 5
    assert everything.total("approved") == 6

    _page, section, items = key_figures_of(client)
    assert items == [
        "6 ambassadeurs et ambassadrices",
        "5 formations tenues cette année",
        f"1{NARROW_NBSP}237 personnes touchées cette année",
    ]
    assert section.select_one("ul.key-figures__list")  # a list, each number with its label
    note = section.select_one(".key-figures__note").get_text(strip=True)
    assert note == "Chiffres en direct, mis à jour à chaque action notée."


def test_arabic_writes_the_same_numbers_its_way(client, arabic_home, ambassador, commit):
    approved_ambassadors(commit, 7)
    for people in (1000, 500, 20):
        log(commit, ambassador, people)
    assert this_year().total("people_reached") == 1520

    page, section, _items = key_figures_of(client, "/ar/")
    assert page.html["dir"] == "rtl" and page.html["lang"] == "ar"
    numbers = [span.get_text() for span in section.select(".key-figures__number")]
    assert numbers[0] == "7"
    assert numbers[2] == "1,520"
    assert numbers[1] == "أقل من 5"
    # The same figure on the French page, French style.
    _page, _section, french = key_figures_of(client, "/fr/")
    assert french[2] == f"1{NARROW_NBSP}520 personnes touchées cette année"


def test_small_figures_say_fewer_than_five(client, home, ambassador, commit):
    approved_ambassadors(commit, 4)
    sessions_held(commit, 1)
    log(commit, ambassador, 2)
    log(commit, ambassador, 3)  # 5 people: shown
    _page, _section, items = key_figures_of(client)
    assert items == [
        "moins de 5 ambassadeurs et ambassadrices",
        "moins de 5 formations tenues cette année",
        "5 personnes touchées cette année",
    ]
    log(commit, ambassador, 1)
    assert key_figures_of(client)[2][2] == "6 personnes touchées cette année"


def test_without_any_figure_the_page_says_they_are_coming(client, home, ambassador, commit):
    log(commit, ambassador, 4)
    _page, section, items = key_figures_of(client)
    assert items == []
    assert section.get_text(" ", strip=True).endswith("Les premiers chiffres arrivent bientôt.")


def test_one_more_action_shows_without_clearing_the_cache(client, home, ambassador, commit):
    log(commit, ambassador, 40)
    assert key_figures_of(client)[2][2] == "40 personnes touchées cette année"
    assert cache.get(summary.KEY_FIGURES_CACHE)["people_reached"] == 40

    log(commit, ambassador, 2)  # committed: the cached figures are forgotten
    assert key_figures_of(client)[2][2] == "42 personnes touchées cette année"
    assert this_year().total("people_reached") == 42


def test_the_page_reads_the_cache_not_the_table(client, home, ambassador, commit):
    """While nothing commits, the page shows the cached figures (the proof that it costs
    no query): a write whose transaction has not committed is not shown yet."""
    log(commit, ambassador, 40)
    key_figures_of(client)
    services.log_action(
        ambassador,
        uuid.uuid4(),
        {"date": local_today(), "kind": "talks", "theme": "autre", "pole": None, "people": 9},
    )
    assert key_figures_of(client)[2][2] == "40 personnes touchées cette année"


def test_warm_key_figures_cost_no_query(home, ambassador, commit, django_assert_num_queries):
    log(commit, ambassador, 40)
    live_key_figures("fr")
    with django_assert_num_queries(0):
        assert live_key_figures("fr")["people_reached"]["number"] == "40"


def count_queries(client, url="/fr/"):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_home_queries_cold_and_warm_stay_constant(client, home, ambassador, commit):
    """Warm, the key figures cost no query; cold (after a write), one: a conditional
    aggregate over the summary table. Both stay the same as actions grow."""
    log(commit, ambassador, 40)
    client.get("/fr/")  # navigation and home sections cached, as on a running site
    warm = count_queries(client)
    cache.delete(summary.KEY_FIGURES_CACHE)
    cold = count_queries(client)
    assert cold - warm == 1
    for people in range(1, 40):
        log(commit, ambassador, people, pole_code=["fives", "moulins", "wazemmes"][people % 3])
    client.get("/fr/")
    assert count_queries(client) == warm
    cache.delete(summary.KEY_FIGURES_CACHE)
    assert count_queries(client) == cold


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fr", f"2{NARROW_NBSP}410"),
        ("en", "2,410"),
        ("ar", "2,410"),
        ("xx", f"2{NARROW_NBSP}410"),  # an unknown language: the site's (French)
    ],
)
def test_numbers_are_written_per_language(language, expected):
    assert format_number(2410, language) == expected
    assert format_number(None, language) is None
    assert format_number(5, language) == "5"
