from wagtail.contrib.search_promotions.models import Query, SearchPromotion

import pytest
from bs4 import BeautifulSoup

from tests.factories import StandardPageFactory, translate_page

pytestmark = pytest.mark.django_db


def results(response):
    page = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in page.select("ol.search-results h3 a")]


@pytest.fixture
def pages(home):
    screening = StandardPageFactory(
        parent=home,
        title="Dépistage du diabète",
        slug="depistage",
        intro="Un dépistage gratuit au pôle de Fives.",
    )
    training = StandardPageFactory(
        parent=home, title="La formation à l'écoute active", slug="formation"
    )
    return {"screening": screening, "training": training}


def test_the_search_url_is_localised(client):
    assert client.get("/fr/recherche/").status_code == 200
    assert client.get("/en/search/").status_code == 200


def test_finds_live_pages_by_title_and_intro(client, pages):
    assert results(client.get("/fr/recherche/", {"q": "diabète"})) == ["Dépistage du diabète"]
    assert results(client.get("/fr/recherche/", {"q": "gratuit"})) == ["Dépistage du diabète"]


def test_drafts_are_not_found(client, home):
    draft = StandardPageFactory(parent=home, title="Projet secret vaccination", live=False)
    draft.unpublish()
    assert results(client.get("/fr/recherche/", {"q": "vaccination"})) == []


def test_only_pages_of_the_current_language(client, home, pages):
    translate_page(home, "en", title="Home", slug="home", hero_title="Hello")
    translate_page(pages["screening"], "en", title="Diabetes screening", slug="screening")
    assert results(client.get("/en/search/", {"q": "diabetes"})) == ["Diabetes screening"]
    assert results(client.get("/en/search/", {"q": "diabète"})) == []


def test_promoted_results_come_first(client, pages):
    query = Query.get("formation")
    SearchPromotion.objects.create(
        query=query, page=pages["training"], description="Le parcours de départ.", sort_order=0
    )
    page = BeautifulSoup(client.get("/fr/recherche/", {"q": "formation"}).content, "html.parser")
    promoted = page.select_one(".promoted")
    assert promoted.select_one("a").get_text(strip=True) == "La formation à l'écoute active"
    assert "Le parcours de départ." in promoted.get_text()


def test_paginates_and_keeps_the_query(client, home):
    for number in range(23):
        StandardPageFactory(parent=home, title=f"Atelier nutrition {number}")
    first = BeautifulSoup(client.get("/fr/recherche/", {"q": "nutrition"}).content, "html.parser")
    assert len(first.select("ol.search-results > li")) == 10
    next_link = first.select_one('.pagination a[rel="next"]')["href"]
    assert "q=nutrition" in next_link and "page=2" in next_link
    last = client.get("/fr/recherche/", {"q": "nutrition", "page": "3"})
    assert len(results(last)) == 3


@pytest.mark.parametrize(
    "params",
    [
        {"q": ""},
        {"q": "   "},
        {"q": '"&|!():*'},
        {"q": "NOT AND OR"},
        {"q": "santé\x00\x01"},
        {"q": "x" * 2000},
        {"q": "l'écoute \"active"},
        {"q": "diabète", "page": "abc"},
        {"q": "diabète", "page": "-1"},
        {"q": "diabète", "page": "99999"},
        {"q": "السكري"},
    ],
)
def test_odd_input_gives_a_page_never_an_error(client, pages, params):
    response = client.get("/fr/recherche/", params)
    assert response.status_code == 200
    assert BeautifulSoup(response.content, "html.parser").h1.get_text(strip=True)


def test_a_long_query_is_cut_not_refused(client, pages):
    response = client.get("/fr/recherche/", {"q": "diabète " + "x" * 2000})
    assert response.status_code == 200
    assert len(response.context["search_query"]) == 200
    assert results(response) == ["Dépistage du diabète"]


def test_no_result_gives_advice(client, pages):
    response = client.get("/fr/recherche/", {"q": "zzzzzz"})
    assert "Essayez un autre mot" in response.content.decode()
