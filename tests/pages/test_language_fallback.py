"""Listings of facts in English or Arabic also show the French pages not translated yet,
marked as French; the catalogue of sheets (texts to read) does not."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
from bs4 import BeautifulSoup

from tests.factories import (
    ExperienceSheetIndexPageFactory,
    ExperienceSheetPageFactory,
    FundingCallIndexPageFactory,
    FundingCallPageFactory,
    PoleIndexPageFactory,
    PolePageFactory,
    TrainingIndexPageFactory,
    TrainingPageFactory,
    pole,
    translate_page,
)

pytestmark = pytest.mark.django_db


def titles(response, selector=".card__title a"):
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    return [(a.get_text(strip=True), a.get("lang")) for a in page.select(selector)]


@pytest.fixture
def poles(home):
    index = PoleIndexPageFactory(parent=home)
    fives = PolePageFactory(parent=index, pole=pole("fives"), title="Pôle de Fives")
    PolePageFactory(parent=index, pole=pole("moulins"), title="Pôle de Moulins")
    arabic_index = translate_page(index, "ar", title="الأقطاب")
    translate_page(fives, "ar", title="قطب Fives")
    return arabic_index


def test_the_arabic_pole_list_shows_every_pole_the_french_ones_marked(client, poles):
    response = client.get(poles.url)
    assert titles(response) == [("قطب Fives", None), ("Pôle de Moulins", "fr")]
    badges = BeautifulSoup(response.content, "html.parser").select(".card__lang .badge")
    assert [badge.get_text(strip=True) for badge in badges] == ["بالفرنسية"]


def test_the_french_pole_list_is_not_affected(client, poles):
    french = poles.get_translation(poles.locale.get_default())
    assert titles(client.get(french.url)) == [("Pôle de Fives", None), ("Pôle de Moulins", None)]


def test_the_fallback_costs_no_query_per_page(client, poles):
    def count():
        client.get(poles.url)
        with CaptureQueriesContext(connection) as queries:
            client.get(poles.url)
        return len(queries)

    before = count()
    french = poles.get_translation(poles.locale.get_default())
    for code in ["wazemmes", "lille-sud", "faubourg-de-bethune"]:
        PolePageFactory(parent=french, pole=pole(code), title=f"Pôle {code}")
    assert count() == before


def test_trainings_and_calls_in_english_include_the_french_ones(client, home):
    trainings = TrainingIndexPageFactory(parent=home)
    role = TrainingPageFactory(parent=trainings, title="Le rôle", initial_path=True)
    TrainingPageFactory(parent=trainings, title="Premiers secours", initial_path=False)
    english = translate_page(trainings, "en", title="Trainings")
    translate_page(role, "en", title="The role")
    assert titles(client.get(english.url)) == [("The role", None), ("Premiers secours", "fr")]

    calls = FundingCallIndexPageFactory(parent=home)
    FundingCallPageFactory(parent=calls, title="Initiatives santé")
    english_calls = translate_page(calls, "en", title="Funding calls")
    assert titles(client.get(english_calls.url)) == [("Initiatives santé", "fr")]
    # The English home page lists the open call too.
    english_home = english.get_parent()
    assert ("Initiatives santé", "fr") in titles(client.get(english_home.url))


def test_the_arabic_home_lists_the_five_poles_whatever_is_translated(client, poles):
    arabic_home = poles.get_parent()
    page = BeautifulSoup(client.get(arabic_home.url).content, "html.parser")
    entries = [
        (
            item.select_one(".pole-list__title").get_text(strip=True),
            item.select_one(".pole-list__title").get("lang"),
        )
        for item in page.select(".pole-list li")
    ]
    assert entries == [("قطب Fives", None), ("Pôle de Moulins", "fr")]


def test_the_sheet_catalogue_keeps_to_its_language(client, home):
    catalogue = ExperienceSheetIndexPageFactory(parent=home)
    ExperienceSheetPageFactory(parent=catalogue, title="Fiche en français")
    arabic = translate_page(catalogue, "ar", title="بطاقات التجارب")
    assert titles(client.get(arabic.url), ".catalogue__results .card__title a") == []
