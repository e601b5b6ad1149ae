"""The open-data API's queries do not grow with the number of items it lists (issue 14: each
sheet read its locale, then its themes, one query each)."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    ExperienceSheetIndexPageFactory,
    ExperienceSheetPageFactory,
    pole,
)

pytestmark = pytest.mark.django_db

POLES = ["fives", "moulins", "wazemmes", "lille-sud"]


def add_sheets(index, number, start=0):
    for n in range(start, start + number):
        sheet = ExperienceSheetPageFactory.build(title=f"Fiche {n}", slug=f"fiche-{n}")
        sheet.tags.add(f"thème {n % 3}", "santé")
        sheet.poles = [pole(POLES[n % 4]), pole(POLES[(n + 1) % 4])]
        index.add_child(instance=sheet)
        sheet.save_revision().publish()


def add_events(index, number, start=0):
    for n in range(start, start + number):
        EventPageFactory(
            parent=index,
            title=f"Stand {n}",
            slug=f"stand-{n}",
            start_date=datetime.date(2027, 5, 1) + datetime.timedelta(days=n),
            pole=pole(POLES[n % 4]),
        )


def queries_and_items(client, url, params):
    client.get(url, params)  # the site and its root paths, as a running site has them
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries), response.json()["items"]


@pytest.mark.parametrize("fields", [None, "*", "tags,poles"])
def test_sheets_cost_the_same_for_2_and_20_items(client, home, fields):
    index = ExperienceSheetIndexPageFactory(parent=home)
    add_sheets(index, 2)
    params = {"limit": 20, **({"fields": fields} if fields else {})}
    few, items = queries_and_items(client, "/api/v2/fiches/", params)
    assert len(items) == 2
    add_sheets(index, 18, start=2)
    many, items = queries_and_items(client, "/api/v2/fiches/", params)
    assert len(items) == 20
    assert few == many, f"{few} queries for 2 sheets, {many} for 20"
    assert all(item["meta"]["locale"] == "fr" for item in items)
    if fields:
        # What the prefetched relations give is what each sheet has.
        last = items[-1]
        assert last["tags"] == ["santé", "thème 1"]
        assert {p["code"] for p in last["poles"]} == {POLES[19 % 4], POLES[20 % 4]}


def test_events_cost_the_same_for_2_and_20_items(client, home):
    agenda = EventIndexPageFactory(parent=home)
    add_events(agenda, 2)
    params = {"limit": 20, "fields": "*"}
    few, items = queries_and_items(client, "/api/v2/evenements/", params)
    add_events(agenda, 18, start=2)
    many, items = queries_and_items(client, "/api/v2/evenements/", params)
    assert len(items) == 20
    assert few == many, f"{few} queries for 2 events, {many} for 20"
    assert items[-1]["pole"]["code"] == POLES[19 % 4]


def test_themes_are_listed_by_name_as_before(client, home):
    """Wagtail's TagsField listed them by name; accents do not send a theme to the end."""
    index = ExperienceSheetIndexPageFactory(parent=home)
    sheet = ExperienceSheetPageFactory.build(title="Kermesse")
    sheet.tags.add("santé", "Égalité", "accès aux droits", "zinc")
    index.add_child(instance=sheet)
    sheet.save_revision().publish()
    detail = client.get(f"/api/v2/fiches/{sheet.pk}/").json()
    assert detail["tags"] == ["accès aux droits", "Égalité", "santé", "zinc"]
