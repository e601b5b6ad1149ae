"""Titles, descriptions, canonical and hreflang links, OpenGraph, sitemap and robots."""

import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup

from tests.factories import StandardPageFactory, translate_page

pytestmark = pytest.mark.django_db
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture
def about(home):
    page = StandardPageFactory(
        parent=home, title="À propos", slug="a-propos", search_description="Qui nous sommes."
    )
    translate_page(home, "en", title="Home", slug="home", hero_title="Hello")
    translate_page(page, "en", title="About", slug="about", search_description="Who we are.")
    return page


def head(client, url):
    return BeautifulSoup(client.get(url).content, "html.parser").head


def test_title_description_canonical(client, about):
    page = head(client, "/fr/a-propos/")
    assert page.title.get_text().startswith("À propos ·")
    assert page.find("meta", attrs={"name": "description"})["content"] == "Qui nous sommes."
    assert page.find("link", rel="canonical")["href"] == "http://testserver/fr/a-propos/"


def test_hreflang_alternates_between_translations(client, about):
    page = head(client, "/en/about/")
    alternates = {link["hreflang"]: link["href"] for link in page.find_all("link", rel="alternate")}
    assert alternates == {
        "fr": "http://testserver/fr/a-propos/",
        "en": "http://testserver/en/about/",
        "x-default": "http://testserver/fr/a-propos/",
    }


def test_opengraph(client, about):
    page = head(client, "/en/about/")
    og = {meta["property"]: meta["content"] for meta in page.find_all("meta", property=True)}
    assert og["og:title"] == "About"
    assert og["og:description"] == "Who we are."
    assert og["og:url"] == "http://testserver/en/about/"
    assert og["og:locale"] == "en_GB"
    assert og["og:locale:alternate"] == "fr_FR"


def test_sitemap_lists_pages_of_every_language_with_alternates(client, about):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    urls = {
        url.find(f"{SITEMAP}loc").text: {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
        }
        for url in root.findall(f"{SITEMAP}url")
    }
    assert set(urls) >= {
        "http://testserver/fr/",
        "http://testserver/en/",
        "http://testserver/fr/a-propos/",
        "http://testserver/en/about/",
    }
    assert urls["http://testserver/fr/a-propos/"]["en"] == "http://testserver/en/about/"
    assert urls["http://testserver/en/about/"]["x-default"] == "http://testserver/fr/a-propos/"


def test_sitemap_leaves_out_drafts(client, home, about):
    draft = StandardPageFactory(parent=home, title="Brouillon", slug="brouillon")
    draft.unpublish()
    assert b"/fr/brouillon/" not in client.get("/sitemap.xml").content


def test_robots_txt_points_to_the_sitemap(client, home):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body
    assert "Disallow: /fr/espace-membre/" in body
