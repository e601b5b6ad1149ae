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


def test_a_translated_page_is_found_in_its_translation_only(client, home, pages):
    translate_page(home, "en", title="Home", slug="home", hero_title="Hello")
    translate_page(pages["screening"], "en", title="Diabetes screening", slug="screening")
    assert results(client.get("/en/search/", {"q": "diabetes"})) == ["Diabetes screening"]
    # The French word finds the French page, which gives way to its translation.
    assert results(client.get("/en/search/", {"q": "diabète"})) == ["Diabetes screening"]
    # The untranslated training page is found in French.
    assert results(client.get("/en/search/", {"q": "écoute"})) == ["La formation à l'écoute active"]
    # English pages are not found from the French site.
    assert results(client.get("/fr/recherche/", {"q": "diabetes"})) == []


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


# ---- other languages: their pages, and the French ones not translated yet ----------------


@pytest.fixture
def arabic(home, pages):
    """An Arabic site where the screening page is translated and the training is not."""
    translate_page(home, "ar", title="الرئيسية", slug="home", hero_title="مرحبا")
    screening = translate_page(
        pages["screening"],
        "ar",
        title="الكشف عن السكري",
        slug="screening",
        intro="كشف مجاني في قطب فيف.",
    )
    vaccination = StandardPageFactory(
        parent=home,
        title="Formation à la vaccination",
        slug="vaccination",
        intro="Comprendre le calendrier des vaccins pour en parler autour de soi.",
    )
    return {"screening": screening, "vaccination": vaccination}


def hit_items(response):
    page = BeautifulSoup(response.content, "html.parser")
    return page.select("ol.search-results > li")


def test_arabic_search_includes_french_pages_not_translated_yet(client, arabic):
    response = client.get("/ar/search/", {"q": "vaccination"})
    [item] = hit_items(response)
    link = item.select_one("h3 a")
    assert link.get_text(strip=True) == "Formation à la vaccination"
    assert link["href"] == "/fr/vaccination/"
    assert link["lang"] == link["hreflang"] == "fr"
    assert item.select_one(".card__lang .badge")
    assert item.select_one("p[lang=fr]").get_text(strip=True).startswith("Comprendre")


def test_a_french_word_finds_the_translation_not_the_french_page(client, arabic):
    # « diabète » is only in the French screening page: the Arabic visitor gets its
    # translation, once, in Arabic and unmarked.
    [item] = hit_items(client.get("/ar/search/", {"q": "diabète"}))
    link = item.select_one("h3 a")
    assert (link.get_text(strip=True), link["href"]) == ("الكشف عن السكري", "/ar/screening/")
    assert not link.has_attr("lang") and not item.select_one(".card__lang")


def test_arabic_words_find_arabic_pages_each_once(client, arabic):
    assert results(client.get("/ar/search/", {"q": "السكري"})) == ["الكشف عن السكري"]
    # Both languages match « Fives »: the translated page is listed once, in Arabic.
    assert results(client.get("/ar/search/", {"q": "Fives"})) == ["الكشف عن السكري"]


def test_french_search_stays_french(client, arabic):
    assert results(client.get("/fr/recherche/", {"q": "السكري"})) == []
    [item] = hit_items(client.get("/fr/recherche/", {"q": "vaccination"}))
    assert not item.select_one("h3 a").has_attr("lang")
    assert not item.select_one(".card__lang")


def test_a_promoted_french_page_is_marked_in_arabic(client, arabic):
    SearchPromotion.objects.create(
        query=Query.get("تلقيح"), page=arabic["vaccination"], sort_order=0, description=""
    )
    page = BeautifulSoup(client.get("/ar/search/", {"q": "تلقيح"}).content, "html.parser")
    link = page.select_one(".promoted a")
    assert link.get_text(strip=True) == "Formation à la vaccination"
    assert link["lang"] == "fr"
    assert page.select_one(".promoted .card__lang")


def count_queries(client, url, params):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries)


def test_arabic_search_queries_stay_constant_as_pages_grow(client, home, arabic):
    def add_workshops(numbers):
        for number in numbers:
            french = StandardPageFactory(parent=home, title=f"Atelier santé {number}")
            if number % 2:
                translate_page(french, "ar", title=f"ورشة صحية {number}", slug=f"atelier-{number}")

    add_workshops(range(2))  # one page in French only, one translated
    # The first visit fills the site navigation's cache, which publishing empties.
    assert len(results(client.get("/ar/search/", {"q": "atelier"}))) == 2
    before = count_queries(client, "/ar/search/", {"q": "atelier"})
    add_workshops(range(2, 8))
    assert len(results(client.get("/ar/search/", {"q": "atelier"}))) == 8
    assert count_queries(client, "/ar/search/", {"q": "atelier"}) == before


def test_the_same_words_again_cost_no_search_and_a_publication_is_found_at_once(
    client, pages, home
):
    """The ids found are kept per language and words until the next publication (a search
    over every page took seconds at load_demo --scale 10)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def search_queries(words):
        with CaptureQueriesContext(connection) as queries:
            found = results(client.get("/fr/recherche/", {"q": words}))
        # The search index's tables (not the promotions'): wagtailsearch_indexentry and
        # SQLite's full-text companion.
        return found, [q["sql"] for q in queries if "wagtailsearch_" in q["sql"]]

    found, searched = search_queries("dépistage")
    assert found == ["Dépistage du diabète"] and searched
    found, searched = search_queries("dépistage")
    assert found == ["Dépistage du diabète"] and searched == []
    StandardPageFactory(parent=home, title="Dépistage à Moulins", slug="depistage-moulins")
    found, searched = search_queries("dépistage")
    assert sorted(found) == ["Dépistage du diabète", "Dépistage à Moulins"] and searched
