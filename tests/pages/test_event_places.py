"""Where an event takes place: its own address, else its pôle's, with a map link, on the
event's page and on its card in the agenda (no query more per card)."""

import datetime
from urllib.parse import parse_qs, urlsplit

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
from bs4 import BeautifulSoup

from portal.core.time import local_today
from tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    PoleIndexPageFactory,
    PolePageFactory,
    pole,
)

pytestmark = pytest.mark.django_db

POLE_ADDRESS = "Maison de quartier Fives\n12 rue Pierre-Legrand\n59800 Lille"


def html(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def osm_query(href):
    parts = urlsplit(href)
    assert (parts.netloc, parts.path) == ("www.openstreetmap.org", "/search")
    return parse_qs(parts.query)["query"]


@pytest.fixture
def places(home):
    poles = PoleIndexPageFactory(parent=home)
    fives = PolePageFactory(parent=poles, pole=pole("fives"), address=POLE_ADDRESS)
    agenda = EventIndexPageFactory(parent=home)
    tomorrow = local_today() + datetime.timedelta(days=1)
    at_pole = EventPageFactory(
        parent=agenda,
        title="Permanence santé",
        start_date=tomorrow,
        pole=pole("fives"),
        place_name="",
        address="",
    )
    elsewhere = EventPageFactory(
        parent=agenda,
        title="Stand au marché",
        start_date=tomorrow,
        pole=pole("fives"),
        place_name="Marché de Wazemmes",
        address="Place de la Nouvelle Aventure\n59000 Lille",
    )
    return {"pole_page": fives, "agenda": agenda, "at_pole": at_pole, "elsewhere": elsewhere}


def test_an_event_at_its_pole_shows_the_poles_address_and_map(client, places):
    page = html(client.get(places["at_pole"].url))
    where = page.select_one(".event-place")
    assert [line.get_text() for line in where.select("span.text-line")] == POLE_ADDRESS.split("\n")
    assert where.select_one("a")["href"] == places["pole_page"].url
    map_link = page.select_one(".sheet__card a[href^='https://www.openstreetmap.org/']")
    assert map_link.get_text(" ", strip=True).startswith("Voir sur la carte")
    assert map_link["href"] == places["pole_page"].openstreetmap_url()


def test_an_event_with_its_own_address_shows_it_and_searches_it_on_the_map(client, places):
    page = html(client.get(places["elsewhere"].url))
    where = page.select_one(".event-place")
    assert [line.get_text() for line in where.select("span.text-line")] == [
        "Marché de Wazemmes",
        "Place de la Nouvelle Aventure",
        "59000 Lille",
    ]
    map_link = page.select_one(".sheet__card a[href^='https://www.openstreetmap.org/']")
    assert map_link.get_text(" ", strip=True).startswith("Voir sur la carte")
    assert osm_query(map_link["href"]) == ["Place de la Nouvelle Aventure 59000 Lille"]
    # The pôle that organises it is still linked.
    assert page.find("a", href=places["pole_page"].url)


def test_the_agenda_cards_show_the_address_without_a_query_per_card(client, places):
    agenda = places["agenda"]
    client.get(agenda.url)  # warm the caches a running site keeps warm
    page = html(client.get(agenda.url))
    cards = {
        card.select_one(".card__title").get_text(strip=True): card.select_one(".card__place")
        for card in page.select(".card--event")
    }
    at_pole = cards["Permanence santé"]
    assert "Pôle Fives" in at_pole.get_text()
    link = at_pole.select_one("a")
    assert link.select_one("bdi").get_text() == (
        "Maison de quartier Fives, 12 rue Pierre-Legrand, 59800 Lille"
    )
    assert link["href"] == places["pole_page"].openstreetmap_url()
    elsewhere = cards["Stand au marché"]
    assert "Marché de Wazemmes" in elsewhere.get_text()
    assert osm_query(elsewhere.select_one("a")["href"]) == [
        "Place de la Nouvelle Aventure 59000 Lille"
    ]

    def queries():
        with CaptureQueriesContext(connection) as captured:
            client.get(agenda.url)
        return len(captured)

    few = queries()
    for number in range(6):
        EventPageFactory(
            parent=agenda,
            title=f"Atelier {number}",
            start_date=local_today() + datetime.timedelta(days=2 + number),
            pole=pole(["fives", "moulins"][number % 2]),
            place_name="",
        )
    client.get(agenda.url)
    assert queries() == few


def test_a_publication_of_the_pole_page_updates_the_cards(client, places):
    client.get(places["agenda"].url)
    pole_page = places["pole_page"]
    pole_page.address = "Nouvelle adresse\n59800 Lille"
    pole_page.save_revision().publish()
    page = html(client.get(places["agenda"].url))
    assert "Nouvelle adresse, 59800 Lille" in page.get_text()
