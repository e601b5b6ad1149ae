"""The catalogue's and the agenda's filters: behind a summary that counts them, the active
ones as chips above the results, each removing only itself."""

import datetime
from urllib.parse import parse_qs

import pytest
from bs4 import BeautifulSoup

from portal.core.time import local_today
from tests.factories import EventIndexPageFactory, EventPageFactory, pole
from tests.pages import test_catalogue

pytestmark = pytest.mark.django_db

catalogue = test_catalogue.catalogue  # the catalogue's fixture: four sheets
CROSS = "\u00d7"


def html(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def chips(page):
    """(accessible name, query of the link) of each chip that removes one filter."""
    return [
        (" ".join(a.get_text(" ", strip=True).replace(CROSS, "").split()), a["href"])
        for a in page.select(".active-filters a.chip:not(.chip--clear)")
    ]


def query(href):
    return parse_qs(href.lstrip("?"))


def test_the_filters_wait_behind_a_summary_that_counts_them(client, catalogue):
    params = {"pole": "moulins", "theme": "prevention", "q": "professionnels"}
    page = html(client.get(catalogue.url, params))
    panel = page.select_one("details.filters-panel[data-filters]")
    summary = panel.select_one("summary")
    assert summary.get_text(strip=True) == "Filtrer (3 actifs)"
    # Closed when there are results (portal.js opens it on a wide screen): on a phone the
    # results come first; the form is inside the panel, the results after it.
    assert not panel.has_attr("open")
    assert panel.select_one("form.filters input[name='q']")
    assert panel.find_next_sibling("section", class_="catalogue__results")
    one = html(client.get(catalogue.url, {"pole": "moulins"}))
    assert one.select_one("details.filters-panel summary").get_text(strip=True) == (
        "Filtrer (1 actif)"
    )
    none = html(client.get(catalogue.url))
    assert none.select_one("details.filters-panel summary").get_text(strip=True) == (
        "Filtrer les fiches"
    )
    assert none.select_one(".active-filters") is None


def test_without_results_the_filters_are_open(client, catalogue):
    page = html(client.get(catalogue.url, {"q": "astronomie"}))
    assert page.select_one("details.filters-panel").has_attr("open")


def test_each_chip_removes_its_filter_only_and_goes_back_to_page_one(client, catalogue):
    params = {"pole": ["moulins", "fives"], "theme": "prevention", "q": "santé", "page": "2"}
    page = html(client.get(catalogue.url, params))
    names = dict(chips(page))
    assert set(names) == {
        "Retirer le filtre Mots-clés : santé",
        "Retirer le filtre Thème : prévention",
        "Retirer le filtre Pôle : Fives",
        "Retirer le filtre Pôle : Moulins",
    }
    assert query(names["Retirer le filtre Pôle : Moulins"]) == {
        "pole": ["fives"],
        "theme": ["prevention"],
        "q": ["santé"],
    }
    assert query(names["Retirer le filtre Mots-clés : santé"]) == {
        "pole": ["moulins", "fives"],
        "theme": ["prevention"],
    }
    assert page.select_one(".active-filters a.chip--clear")["href"] == catalogue.url
    # The visible text is part of the accessible name; the cross is not read.
    chip = page.select(".active-filters a.chip")[1]
    assert chip.select_one(".visually-hidden").get_text() == "Retirer le filtre "
    assert chip.select_one("[aria-hidden='true']").get_text() == CROSS


@pytest.fixture
def agenda(home):
    index = EventIndexPageFactory(parent=home)
    today = local_today()
    for number, code in enumerate(["fives", "moulins", "fives"]):
        EventPageFactory(
            parent=index,
            title=f"Stand {number}",
            start_date=today + datetime.timedelta(days=number + 1),
            category="stand",
            pole=pole(code),
        )
    return index


def test_the_agenda_filters_work_the_same_way(client, agenda):
    page = html(client.get(agenda.url, {"periode": "passes", "pole": "fives", "type": "stand"}))
    panel = page.select_one("details.filters-panel[data-filters]")
    assert panel.select_one("summary").get_text(strip=True) == "Filtrer (2 actifs)"
    assert panel.has_attr("open")  # nothing in the past: the filters are the way on
    names = dict(chips(page))
    assert query(names["Retirer le filtre Pôle : Fives"]) == {
        "periode": ["passes"],
        "type": ["stand"],
    }
    assert query(names["Retirer le filtre Type : Stand d'information"]) == {
        "periode": ["passes"],
        "pole": ["fives"],
    }
    assert page.select_one(".active-filters a.chip--clear")["href"] == agenda.url + (
        "?periode=passes"
    )
    upcoming = html(client.get(agenda.url, {"pole": "fives", "page": "3"}))
    assert not upcoming.select_one("details.filters-panel").has_attr("open")
    assert upcoming.select_one(".active-filters a.chip")["href"] == "?"
    assert "(2 événements)" in upcoming.select_one("#agenda-results-title").get_text(" ")
    plain = html(client.get(agenda.url))
    assert plain.select_one("details.filters-panel summary").get_text(strip=True) == (
        "Filtrer l’agenda"
    )
    assert plain.select_one(".active-filters") is None
