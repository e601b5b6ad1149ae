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
