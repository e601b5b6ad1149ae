"""The catalogue searched (``?q=``): the search backend's order, counts that agree with the
results, and work that does not grow with the number of matches (issue 14: every match was
made a page object, two seconds at 10,000 sheets)."""

import random

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
from bs4 import BeautifulSoup

from pages.catalogue import PER_PAGE, _Results, matching_ids
from pages.catalogue_index import mask_of
from tests.factories import ExperienceSheetIndexPageFactory, ExperienceSheetPageFactory, pole

pytestmark = pytest.mark.django_db


def shown(response):
    page = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in page.select(".catalogue__results .card__title a")]


def make_sheet(index, title, tags=(), poles=(), **fields):
    sheet = ExperienceSheetPageFactory.build(title=title, **fields)
    sheet.tags.add(*tags)
    sheet.poles = [pole(code) for code in poles]
    index.add_child(instance=sheet)
    sheet.save_revision().publish()
    return sheet


def add_matches(index, number, start=0):
    """Sheets whose summary holds « vaccination » (and nothing else does), every other one
    in Fives."""
    for n in range(start, start + number):
        make_sheet(
            index,
            f"Fiche {n}",
            poles=["fives"] if n % 2 == 0 else ["moulins"],
            summary=f"Une campagne de vaccination numéro {n}.",
        )


@pytest.fixture
def catalogue(home):
    return ExperienceSheetIndexPageFactory(parent=home)


def search_queries(client, url, params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries), response


def test_results_keep_the_search_backends_order_across_pages(client, catalogue):
    add_matches(catalogue, PER_PAGE + 3)
    make_sheet(catalogue, "Vaccination des enfants", summary="La vaccination, encore.")
    make_sheet(catalogue, "Kermesse", summary="Rien à voir.")
    expected = [sheet.title for sheet in catalogue.sheets().search("vaccination", operator="and")]
    assert len(expected) == PER_PAGE + 4
    first = client.get(catalogue.url, {"q": "vaccination"})
    second = client.get(catalogue.url, {"q": "vaccination", "page": 2})
    assert shown(first) + shown(second) == expected
    assert first.context["result_count"] == PER_PAGE + 4
    assert first.context["results_page"].paginator.num_pages == 2


def test_search_and_filters_combine_and_counts_agree(client, catalogue):
    add_matches(catalogue, 7)
    make_sheet(catalogue, "Kermesse", poles=["fives"], summary="Rien à voir.")
    response = client.get(catalogue.url, {"q": "vaccination", "pole": "fives"})
    assert sorted(shown(response)) == ["Fiche 0", "Fiche 2", "Fiche 4", "Fiche 6"]
    assert response.context["result_count"] == 4
    poles = next(f for f in response.context["facets"] if f.key == "pole")
    # Beside each pôle: the matches it would give (the search applies, not its own choice).
    assert {o.value: o.count for o in poles.options} == {"fives": 4, "moulins": 3}


def test_a_search_costs_the_same_with_5_and_20_matches(client, catalogue):
    add_matches(catalogue, 5)
    client.get(catalogue.url)  # the filters' index and the navigation, as a running site has
    few, response = search_queries(client, catalogue.url, {"q": "vaccination"})
    assert response.context["result_count"] == 5
    add_matches(catalogue, 15, start=5)
    client.get(catalogue.url)
    many, response = search_queries(client, catalogue.url, {"q": "vaccination"})
    assert response.context["result_count"] == 20
    assert few == many, f"{few} queries with 5 matches, {many} with 20"


def test_the_same_search_filtered_or_paged_does_not_search_again(client, catalogue):
    add_matches(catalogue, PER_PAGE + 2)
    client.get(catalogue.url)
    plain, _response = search_queries(client, catalogue.url, {})
    first, _response = search_queries(client, catalogue.url, {"q": "vaccination"})
    assert first > plain  # the search itself
    for params in ({"q": "vaccination", "page": 2}, {"q": "vaccination", "pole": "fives"}):
        again, response = search_queries(client, catalogue.url, params)
        assert again == plain, params
    assert shown(response) == [
        sheet.title
        for sheet in catalogue.sheets().search("vaccination", operator="and")
        if sheet.title in {f"Fiche {n}" for n in range(0, PER_PAGE + 2, 2)}
    ]


def test_a_published_sheet_is_found_at_once(client, catalogue):
    add_matches(catalogue, 2)
    assert client.get(catalogue.url, {"q": "vaccination"}).context["result_count"] == 2
    make_sheet(catalogue, "Vaccination au marché")
    response = client.get(catalogue.url, {"q": "vaccination"})
    assert response.context["result_count"] == 3
    assert "Vaccination au marché" in shown(response)
    catalogue.get_children().get(title="Fiche 0").specific.unpublish()
    response = client.get(catalogue.url, {"q": "vaccination"})
    assert response.context["result_count"] == 2
    assert "Fiche 0" not in shown(response)


def test_every_word_else_any_word(client, catalogue):
    add_matches(catalogue, 2)
    make_sheet(catalogue, "Dépistage", summary="Dépistage et vaccination au marché.")
    both = client.get(catalogue.url, {"q": "vaccination dépistage"})
    assert shown(both) == ["Dépistage"]
    either = client.get(catalogue.url, {"q": "vaccination astronomie"})
    assert either.context["result_count"] == 3
    assert matching_ids(catalogue.sheets(), "astronomie") == []


@pytest.mark.parametrize("seed", range(5))
def test_results_slices_match_a_plain_list(seed):
    generator = random.Random(seed)
    size = generator.randint(1, 300)
    ids = [generator.randint(1, 10**6) for _ in range(size)]
    results = mask_of([bit for bit in range(size) if generator.random() < 0.4])
    best_first = list(range(size))
    generator.shuffle(best_first)
    in_order = [ids[bit] for bit in range(size) if results >> bit & 1]
    by_relevance = [ids[bit] for bit in best_first if results >> bit & 1]
    for expected, order in ((in_order, None), (by_relevance, best_first)):
        listed = _Results(ids, results, order)
        assert len(listed) == len(expected)
        for start in range(0, len(expected) + PER_PAGE, PER_PAGE):
            assert listed[start : start + PER_PAGE] == expected[start : start + PER_PAGE]


def test_mask_of():
    assert mask_of([]) == 0
    assert mask_of([0, 3, 64, 3]) == 1 | 8 | 1 << 64
