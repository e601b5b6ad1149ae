from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup

from portal.core.models import SiteFooter, SiteFooterLink
from tests.factories import StandardPageFactory, translate_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def legal(home):
    return StandardPageFactory(parent=home, title="Mentions légales", slug="mentions-legales")


@pytest.fixture
def footer(legal):
    footer = SiteFooter(
        locale=Locale.objects.get(language_code="fr"),
        name="Ambassadeurs santé",
        organisation="Ville de Lille – Service Santé",
        email="contact@example.org",
    )
    footer.links = [SiteFooterLink(page=legal, sort_order=0)]
    footer.save()
    return footer


def footer_links(response):
    page = BeautifulSoup(response.content, "html.parser")
    return [(a.get_text(strip=True), a["href"]) for a in page.select(".site-footer__links a")]


def test_footer_shows_contact_and_legal_links(client, footer):
    response = client.get("/fr/")
    assert "contact@example.org" in response.content.decode()
    assert footer_links(response) == [("Mentions légales", "/fr/mentions-legales/")]


def test_footer_links_follow_the_language(client, home, footer, legal):
    translate_page(home, "en", title="Home", slug="home", hero_title="Hello")
    translate_page(legal, "en", title="Legal notice", slug="legal-notice")
    # No English footer yet: the French one is used, its links lead to English pages.
    assert footer_links(client.get("/en/")) == [("Legal notice", "/en/legal-notice/")]


def test_without_a_footer_the_site_still_renders(client, home):
    response = client.get("/fr/")
    assert response.status_code == 200
    assert "site-footer" in response.content.decode()
