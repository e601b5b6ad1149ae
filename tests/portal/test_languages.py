"""Three languages: the switcher, lang/dir, and translated pages reachable in each."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import StandardPageFactory, translate_page

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def switcher_links(response):
    nav = soup(response).select_one("nav.lang-switcher")
    return {
        link["lang"]: {
            "href": link["href"],
            "current": link.get("aria-current") == "true",
            "note": link.select_one(".lang-switcher__note"),
        }
        for link in nav.select("a")
    }


@pytest.fixture
def programme(home):
    return StandardPageFactory(parent=home, title="Le programme", slug="le-programme")


@pytest.fixture
def translated(home, programme):
    en_home = translate_page(home, "en", title="Home", slug="home", hero_title="Hello")
    ar_home = translate_page(home, "ar", title="الرئيسية", slug="home-ar", hero_title="مرحبا")
    en = translate_page(programme, "en", title="The programme", slug="the-programme")
    ar = translate_page(programme, "ar", title="البرنامج", slug="the-programme")
    return {"en_home": en_home, "ar_home": ar_home, "en": en, "ar": ar}


@pytest.mark.parametrize(
    ("url", "lang", "direction"),
    [("/fr/", "fr", "ltr"), ("/en/", "en", "ltr"), ("/ar/", "ar", "rtl")],
)
def test_html_element_says_language_and_direction(client, translated, url, lang, direction):
    response = client.get(url)
    assert response.status_code == 200
    html = soup(response).html
    assert html["lang"] == lang
    assert html["dir"] == direction


def test_a_translated_page_is_reachable_in_each_language(client, translated):
    for url, title in [
        ("/fr/le-programme/", "Le programme"),
        ("/en/the-programme/", "The programme"),
        ("/ar/the-programme/", "البرنامج"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert soup(response).h1.get_text(strip=True) == title


def test_switcher_leads_to_the_translated_page(client, translated):
    links = switcher_links(client.get("/fr/le-programme/"))
    assert links["fr"] == {"href": "/fr/le-programme/", "current": True, "note": None}
    assert links["en"]["href"] == "/en/the-programme/"
    assert links["ar"]["href"] == "/ar/the-programme/"
    assert links["en"]["note"] is None and links["ar"]["note"] is None


def test_switcher_says_when_a_page_is_not_translated(client, home, programme, translated):
    only_french = StandardPageFactory(parent=home, title="Mentions légales", slug="mentions")
    links = switcher_links(client.get(only_french.url))
    # No English page: the link leads to the English home and says so, in English.
    assert links["en"]["href"] == "/en/"
    assert links["en"]["note"].get_text(strip=True) == "page not translated: home page"
    assert links["en"]["note"].parent["lang"] == "en"
    assert links["ar"]["href"] == "/ar/"
    assert links["ar"]["note"] is not None


def test_switcher_on_search_keeps_the_query(client, translated):
    links = switcher_links(client.get("/fr/recherche/?q=sant%C3%A9"))
    assert links["en"]["href"] == "/en/search/?q=sant%C3%A9"
    assert links["fr"]["current"]


def test_ui_strings_are_translated(client, translated):
    assert "Aller au contenu" in client.get("/fr/").content.decode()
    assert "Skip to content" in client.get("/en/").content.decode()
    assert "انتقل إلى المحتوى" in client.get("/ar/").content.decode()


def test_menu_lists_the_pages_of_the_current_language(client, home, translated):
    for page in (translated["en"],):
        page.show_in_menus = True
        page.save_revision().publish()
    menu = soup(client.get("/en/")).select("#main-nav-list a")
    assert [(a.get_text(strip=True), a["href"]) for a in menu] == [
        ("Home", "/en/"),
        ("The programme", "/en/the-programme/"),
    ]
