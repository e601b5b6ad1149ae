"""The experience-sheet catalogue: every filter, their combination, bad input."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import (
    ExperienceSheetIndexPageFactory,
    ExperienceSheetPageFactory,
    pole,
    translate_page,
)

pytestmark = pytest.mark.django_db


def titles(response):
    page = BeautifulSoup(response.content, "html.parser")
    return sorted(a.get_text(strip=True) for a in page.select(".catalogue__results .card__title a"))


def counts(response, key):
    facet = next(f for f in response.context["facets"] if f.key == key)
    return {option.value: option.count for option in facet.options}


def make_sheet(index, title, tags=(), poles=(), **fields):
    sheet = ExperienceSheetPageFactory.build(title=title, **fields)
    sheet.tags.add(*tags)
    sheet.poles = [pole(code) for code in poles]
    index.add_child(instance=sheet)
    sheet.save_revision().publish()
    return sheet


@pytest.fixture
def catalogue(home):
    index = ExperienceSheetIndexPageFactory(parent=home)
    make_sheet(
        index,
        "Kermesse santé",
        tags=["prévention", "fête"],
        poles=["moulins"],
        start_year=2019,
        framework_asv="yes",
        target_public="residents",
        summary="Des professionnels de santé au cœur du quartier.",
    )
    make_sheet(
        index,
        "Ateliers produits naturels",
        tags=["prévention", "environnement"],
        poles=["lille-sud"],
        start_year=2021,
        target_public="women",
    )
    make_sheet(
        index,
        "Stands droits en santé",
        tags=["accès aux droits"],
        poles=["fives", "moulins"],
        start_year=2019,
        framework_asv="yes",
        framework_contrat_de_ville="yes",
        target_public="far_from_care",
    )
    make_sheet(
        index,
        "Atelier santé ville du Douaisis",
        tags=["participation"],
        territory="Douaisis",
        start_year=2016,
        framework_cls="yes",
        target_public="residents",
    )
    return index


def test_lists_every_sheet_without_filters(client, catalogue):
    response = client.get(catalogue.url)
    assert response.status_code == 200
    assert len(titles(response)) == 4
    assert response.context["result_count"] == 4


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"theme": "prevention"}, ["Ateliers produits naturels", "Kermesse santé"]),
        ({"pole": "moulins"}, ["Kermesse santé", "Stands droits en santé"]),
        ({"territoire": "Douaisis"}, ["Atelier santé ville du Douaisis"]),
        ({"cadre": "asv"}, ["Kermesse santé", "Stands droits en santé"]),
        ({"cadre": "cls"}, ["Atelier santé ville du Douaisis"]),
        ({"public": "women"}, ["Ateliers produits naturels"]),
        ({"annee": "2019"}, ["Kermesse santé", "Stands droits en santé"]),
        ({"q": "professionnels"}, ["Kermesse santé"]),
    ],
)
def test_each_filter(client, catalogue, params, expected):
    assert titles(client.get(catalogue.url, params)) == expected


def test_filters_combine_across_and_add_up_within(client, catalogue):
    # Two pôles: either one (OR); and a theme: both conditions (AND).
    both_poles = client.get(catalogue.url, {"pole": ["fives", "lille-sud"]})
    assert titles(both_poles) == ["Ateliers produits naturels", "Stands droits en santé"]
    combined = client.get(catalogue.url, {"pole": ["moulins"], "theme": "prevention"})
    assert titles(combined) == ["Kermesse santé"]
    everything = client.get(
        catalogue.url,
        {"pole": "moulins", "cadre": "asv", "annee": "2019", "public": "far_from_care"},
    )
    assert titles(everything) == ["Stands droits en santé"]


def test_counts_say_what_each_option_would_give(client, catalogue):
    response = client.get(catalogue.url, {"pole": "moulins"})
    # Among the Moulins sheets: one per theme below.
    assert counts(response, "theme") == {
        "acces-aux-droits": 1,
        "environnement": 0,
        "fete": 1,
        "participation": 0,
        "prevention": 1,
    }
    # A facet's own counts ignore its own selection, so other pôles can be added.
    assert counts(response, "pole") == {"fives": 1, "lille-sud": 1, "moulins": 2}


def test_filters_stay_in_the_url_and_can_be_removed_one_by_one(client, catalogue):
    response = client.get(catalogue.url, {"pole": "moulins", "theme": "prevention"})
    page = BeautifulSoup(response.content, "html.parser")
    checked = {(i["name"], i["value"]) for i in page.select(".filters input[checked]")}
    assert checked == {("pole", "moulins"), ("theme", "prevention")}
    remove_links = [a["href"] for a in page.select(".active-filters a")]
    assert "?theme=prevention" in remove_links
    assert "?pole=moulins" in remove_links


@pytest.mark.parametrize(
    "params",
    [
        {"pole": "atlantide", "theme": "prevention"},
        {"annee": "deux-mille", "theme": "prevention"},
        {"cadre": "<script>", "theme": "prevention"},
        {"public": ["", "women", "women"], "theme": "prevention"},
    ],
)
def test_unknown_values_are_ignored_the_rest_applies(client, catalogue, params):
    response = client.get(catalogue.url, params)
    assert response.status_code == 200
    expected = ["Ateliers produits naturels", "Kermesse santé"]
    if "public" in params:
        expected = ["Ateliers produits naturels"]
    assert titles(response) == expected


@pytest.mark.parametrize("page_number", ["0", "-3", "abc", "999", "1e9", "2.5"])
def test_odd_page_numbers_never_fail(client, catalogue, page_number):
    response = client.get(catalogue.url, {"page": page_number})
    assert response.status_code == 200
    assert len(titles(response)) == 4


def test_a_very_long_query_is_handled(client, catalogue):
    response = client.get(catalogue.url, {"q": "professionnels " + "z" * 2000})
    assert response.status_code == 200
    assert len(response.context["search_query"]) == 200


def test_no_result_gives_advice(client, catalogue):
    response = client.get(catalogue.url, {"q": "astronomie"})
    html = response.content.decode()
    assert "Aucune fiche ne correspond" in html
    assert "Retirez un filtre" in html


def test_paginates_twelve_by_twelve(client, home):
    index = ExperienceSheetIndexPageFactory(parent=home)
    for number in range(14):
        make_sheet(index, f"Fiche {number:02d}", tags=["santé"])
    first = client.get(index.url, {"theme": "sante"})
    assert len(titles(first)) == 12
    second = client.get(index.url, {"theme": "sante", "page": "2"})
    assert len(titles(second)) == 2
    next_link = BeautifulSoup(first.content, "html.parser").select_one('a[rel="next"]')["href"]
    assert "theme=sante" in next_link and "page=2" in next_link


def test_a_translated_catalogue_lists_its_own_language(client, home, catalogue):
    translate_page(home, "en", title="Home", slug="home", hero_title="Hello")
    english = translate_page(catalogue, "en", title="Experience sheets", slug="sheets")
    assert client.get(english.url).context["result_count"] == 0
    sheet = catalogue.get_children().first().specific
    translate_page(sheet, "en", title="Health fair", slug="health-fair")
    assert titles(client.get(english.url)) == ["Health fair"]
