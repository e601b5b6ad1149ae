"""A sitemap past ``PageSitemap.limit`` URLs: an index of its parts at /sitemap.xml (issue 14:
12,000 URLs at --scale 10, of which search engines only ever saw the first 5,000)."""

import xml.etree.ElementTree as ET

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from pages.sitemap import PageSitemap
from tests.factories import StandardPageFactory, translate_page

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture
def pages(home):
    translate_page(home, "en", title="Home", slug="home", hero_title="Hello")
    for n in range(6):
        StandardPageFactory(parent=home, title=f"Rubrique {n}", slug=f"rubrique-{n}")
    # The home pages (fr, en) and six pages.
    return 8


def locations(response, tag):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    return [element.find(f"{SITEMAP}loc").text for element in root.findall(f"{SITEMAP}{tag}")]


def test_a_small_sitemap_is_one_list(client, pages):
    assert len(locations(client.get("/sitemap.xml"), "url")) == pages


def test_past_the_limit_an_index_lists_every_part(client, pages, monkeypatch):
    monkeypatch.setattr(PageSitemap, "limit", 3)
    index = client.get("/sitemap.xml")
    assert index["X-Robots-Tag"] == "noindex, noodp, noarchive"
    parts = locations(index, "sitemap")
    assert parts == [f"http://testserver/sitemap.xml?p={n}" for n in (1, 2, 3)]
    urls = []
    for part in parts:
        urls += locations(client.get(part.removeprefix("http://testserver")), "url")
    assert len(urls) == len(set(urls)) == pages
    assert "http://testserver/fr/rubrique-5/" in urls
    assert "http://testserver/en/" in urls
    assert client.get("/sitemap.xml", {"p": 4}).status_code == 404


def test_each_part_costs_the_same_queries(client, pages, monkeypatch):
    monkeypatch.setattr(PageSitemap, "limit", 3)
    counts = []
    for number in (1, 2, 3):
        client.get("/sitemap.xml", {"p": number})
        with CaptureQueriesContext(connection) as queries:
            client.get("/sitemap.xml", {"p": number})
        counts.append(len(queries))
    assert len(set(counts)) == 1, counts
