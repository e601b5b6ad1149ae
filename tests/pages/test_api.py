"""Open data: sheets and events as read-only JSON through Wagtail's API v2."""

import datetime

import pytest

from tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    ExperienceSheetIndexPageFactory,
    ExperienceSheetPageFactory,
    StandardPageFactory,
    pole,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def sheet(home):
    index = ExperienceSheetIndexPageFactory(parent=home)
    page = ExperienceSheetPageFactory.build(title="Kermesse santé", framework_asv="yes")
    page.tags.add("prévention")
    page.poles = [pole("moulins")]
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_sheets_listing_and_detail(client, sheet, home):
    StandardPageFactory(parent=home, title="Mentions légales")
    listing = client.get("/api/v2/fiches/").json()
    assert listing["meta"]["total_count"] == 1
    assert listing["items"][0]["title"] == "Kermesse santé"
    detail = client.get(f"/api/v2/fiches/{sheet.pk}/").json()
    assert detail["territory"] == "Ville de Lille"
    assert detail["tags"] == ["prévention"]
    assert detail["poles"] == [{"code": "moulins", "name": "Moulins"}]
    assert detail["framework_asv"] == "yes"
    assert detail["meta"]["locale"] == "fr"
    # Other page types are not exposed through this endpoint.
    assert client.get("/api/v2/fiches/", {"type": "pages.StandardPage"}).status_code == 400


def test_events_with_their_dates_and_pole(client, home):
    agenda = EventIndexPageFactory(parent=home)
    event = EventPageFactory(
        parent=agenda,
        title="Stand",
        start_date=datetime.date(2027, 5, 4),
        start_time=datetime.time(9, 30),
        pole=pole("fives"),
        place_name="",
    )
    detail = client.get(f"/api/v2/evenements/{event.pk}/").json()
    assert detail["start_date"] == "2027-05-04"
    assert detail["start_time"] == "09:30:00"
    assert detail["pole"] == {"code": "fives", "name": "Fives"}


def test_drafts_are_not_published_in_the_api(client, sheet):
    sheet.unpublish()
    assert client.get("/api/v2/fiches/").json()["meta"]["total_count"] == 0
    assert client.get(f"/api/v2/fiches/{sheet.pk}/").status_code == 404


def test_the_api_is_read_only(client, sheet):
    assert client.post("/api/v2/fiches/", {}).status_code == 405
    assert client.delete(f"/api/v2/fiches/{sheet.pk}/").status_code == 405


@pytest.mark.parametrize("pk", ["99999999999999999999", str(2**63), "9" * 400])
def test_an_id_past_what_a_database_stores_is_a_404(client, sheet, pk):
    """A page's pk is its ``page_ptr``: SQLite could not compare it with a number past 2**63
    (OverflowError, a 500, found by tests/fuzz)."""
    for endpoint in ("fiches", "evenements"):
        response = client.get(f"/api/v2/{endpoint}/{pk}/", {"id": "1"})
        assert response.status_code == 404
        assert response["Content-Type"].startswith("application/json")


@pytest.mark.parametrize(
    "query",
    [
        {"end_time": ""},
        {"start_date": "2026-02-30"},
        {"start_date": "0000-00-00"},
        {"recurrence_until": "99999-01-01"},
        {"pole": "99999999999999999999"},
        {"recurrence_interval": "99999999999999999999"},
    ],
)
def test_a_field_filter_that_is_no_value_of_its_field_is_a_400(client, home, query):
    """Django's ValidationError (a date, a time that is none) and SQLite's OverflowError
    (an id past 2**63 on a relation) went through Wagtail's field filters: 500s found by
    tests/fuzz."""
    response = client.get("/api/v2/evenements/", query)
    assert response.status_code == 400
    assert response.json()["message"]


def test_field_filters_still_filter(client, home):
    agenda = EventIndexPageFactory(parent=home)
    EventPageFactory(parent=agenda, title="Stand", start_date=datetime.date(2027, 5, 4))
    found = client.get("/api/v2/evenements/", {"start_date": "2027-05-04", "locale": "fr"})
    assert found.json()["meta"]["total_count"] == 1


@pytest.mark.parametrize("value", ["", "abc", "1.5", "99999999999999999999"])
def test_find_refuses_an_id_that_is_not_one(client, sheet, value):
    """``/find/?id=`` went to the database as typed: « abc » was a ValueError (a 500)."""
    response = client.get("/api/v2/fiches/find/", {"id": value})
    assert response.status_code == 400
    assert client.get("/api/v2/fiches/find/", {"id": sheet.pk}).status_code == 302


@pytest.mark.parametrize("search", [" ", "\u00a0", '"', "()", "!!!", "\u200f"])
def test_a_search_without_a_word_is_a_400(client, home, search):
    """A blank or a lone quote went to SQLite's full-text search as typed: 500s (found by
    tests/fuzz)."""
    for endpoint in ("fiches", "evenements"):
        response = client.get(f"/api/v2/{endpoint}/", {"search": search})
        assert response.status_code == 400
        assert response.json()["message"] == "search must contain at least one word"


def test_a_search_keeps_its_words_and_drops_the_rest(client, sheet):
    word = sheet.title.split()[0]
    response = client.get("/api/v2/fiches/", {"search": f'"{word}', "locale": "fr"})
    assert response.status_code == 200
    assert [item["id"] for item in response.json()["items"]] == [sheet.pk]
