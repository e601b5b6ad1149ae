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


# ---- the demo's legal pages, in each language ------------------------------------------

LEGAL_URLS = {
    "fr": [
        ("/fr/mentions-legales/", "Mentions légales"),
        ("/fr/accessibilite/", "Déclaration d'accessibilité"),
        ("/fr/donnees-personnelles/", "Données personnelles"),
    ],
    "en": [
        ("/en/legal-notice/", "Legal notice"),
        ("/en/accessibility/", "Accessibility statement"),
        ("/en/privacy/", "Personal data"),
    ],
    "ar": [
        ("/ar/legal-notice/", "الإشعار القانوني"),
        ("/ar/accessibility/", "بيان إمكانية الوصول"),
        ("/ar/privacy/", "البيانات الشخصية"),
    ],
}


def load_legal_pages(home):
    """The demo loader's steps for the legal pages and the footer, on their own."""
    from portal.demo import content_site
    from portal.demo.loader import DemoLoader

    loader = DemoLoader(log=lambda message: None, with_users=False)
    for key in content_site.LEGAL_KEYS:
        loader.refs[key] = loader.standard_page(home, content_site.LEGAL_PAGES[key]["fr"])
    loader.publish_new_pages()
    content_site.translate_legal_pages(loader)
    loader.footer()


# wagtail-localize publishes translations when their transaction commits.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_demo_legal_pages_exist_in_each_language_and_each_footer_leads_to_them(client, home):
    from pages.models import StandardPage

    translate_page(home, "en", title="Home", slug="home", hero_title="Hello")
    translate_page(home, "ar", title="الرئيسية", slug="home-ar", hero_title="مرحبا")
    load_legal_pages(home)
    pages = StandardPage.objects.count()
    load_legal_pages(home)  # the loader runs twice and changes nothing
    assert StandardPage.objects.count() == pages == 9

    for code, expected in LEGAL_URLS.items():
        for url, title in expected:
            response = client.get(url)
            assert response.status_code == 200, url
            page = BeautifulSoup(response.content, "html.parser")
            assert page.h1.get_text(strip=True) == title
            assert page.html["lang"] == code
        # Every page's footer, here the last one's, leads to the pages of its language,
        # unmarked: none falls back to French.
        assert footer_links(response) == [(title, url) for url, title in expected]
        assert not page.select(".site-footer__links a[lang]")

    statement = BeautifulSoup(client.get("/ar/accessibility/").content, "html.parser")
    text = statement.main.get_text(" ")
    for fact in ["RGAA 4.1", "غير مطابق", "PDF", "ambassadeurs-sante@example.org", "71120"]:
        assert fact in text, fact
    assert "Défenseur des droits" in text  # named as in French, the body to write to
    assert (
        len(statement.main.select("h2")) == 6
    )  # status, gaps, scope, technologies, contact, recourse
