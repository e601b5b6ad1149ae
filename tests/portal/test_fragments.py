"""The header's and footer's pieces kept as HTML per process (``{% navcache %}``,
portal/core/templatetags/navigation_tags.py) until the navigation's version changes: every
change shows at the next request, and what a piece shows stays right for each page, language
and visitor (aria-current, lang/dir, signed-in links)."""

from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale, Page

import pytest
from bs4 import BeautifulSoup

from pages.models import ContactPage
from portal.core import navigation
from portal.core.models import SiteFooter, SiteFooterLink
from tests.factories import StandardPageFactory, UserFactory, translate_page

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def menu(response):
    """Each main menu link: (text, href, aria-current or None)."""
    return [
        (a.get_text(strip=True), a["href"], a.get("aria-current"))
        for a in soup(response).select("#main-nav-list a")
    ]


@pytest.fixture
def pages(home):
    about = StandardPageFactory(parent=home, title="À propos", slug="a-propos", show_in_menus=True)
    team = StandardPageFactory(parent=about, title="L'équipe", slug="equipe")
    news = StandardPageFactory(parent=home, title="Actualités", slug="actus", show_in_menus=True)
    return {"about": about, "team": team, "news": news}


def test_aria_current_follows_each_page(client, home, pages):
    # The same process serves them one after the other: each gets its own state.
    expected = {
        "/fr/": [
            ("Accueil", "/fr/", "page"),
            ("À propos", "/fr/a-propos/", None),
            ("Actualités", "/fr/actus/", None),
        ],
        "/fr/a-propos/": [
            ("Accueil", "/fr/", None),
            ("À propos", "/fr/a-propos/", "page"),
            ("Actualités", "/fr/actus/", None),
        ],
        "/fr/a-propos/equipe/": [
            ("Accueil", "/fr/", None),
            ("À propos", "/fr/a-propos/", "true"),
            ("Actualités", "/fr/actus/", None),
        ],
        "/fr/actus/": [
            ("Accueil", "/fr/", None),
            ("À propos", "/fr/a-propos/", None),
            ("Actualités", "/fr/actus/", "page"),
        ],
    }
    for _round in range(2):
        for url, links in expected.items():
            assert menu(client.get(url)) == links, url
    search = menu(client.get("/fr/recherche/?q=santé"))
    assert all(current is None for _text, _href, current in search)


def test_a_publication_shows_at_once(client, home, pages):
    client.get("/fr/a-propos/equipe/")  # warm every piece
    about = pages["about"]
    about.title = "Qui sommes-nous"
    about.save_revision().publish()
    response = client.get("/fr/a-propos/equipe/")
    assert ("Qui sommes-nous", "/fr/a-propos/", "true") in menu(response)
    crumbs = [a.get_text(strip=True) for a in soup(response).select(".breadcrumb a")]
    assert crumbs == ["Accueil", "Qui sommes-nous"]

    new = StandardPageFactory(parent=home, title="Contact presse", slug="presse")
    new.show_in_menus = True
    new.save_revision().publish()
    assert ("Contact presse", "/fr/presse/", None) in menu(client.get("/fr/"))

    pages["news"].unpublish()
    assert "/fr/actus/" not in [href for _text, href, _current in menu(client.get("/fr/"))]


def test_a_change_announced_by_another_server_shows_at_once(client, home, pages):
    """Another app server's publication reaches this process through the shared version,
    even for a change this process saw no signal of."""
    client.get("/fr/")
    Page.objects.filter(pk=pages["news"].pk).update(title="Les nouvelles")
    assert ("Actualités", "/fr/actus/", None) in menu(client.get("/fr/"))  # kept, as designed
    navigation.invalidate()
    assert ("Les nouvelles", "/fr/actus/", None) in menu(client.get("/fr/"))


def test_a_footer_edit_shows_at_once(client, home, pages):
    footer = SiteFooter(
        locale=Locale.objects.get(language_code="fr"),
        name="Ambassadeurs santé",
        organisation="Ville de Lille",
        email="avant@example.org",
    )
    footer.links = [SiteFooterLink(page=pages["about"], sort_order=0)]
    footer.save()
    assert "avant@example.org" in client.get("/fr/actus/").content.decode()
    footer.email = "apres@example.org"
    footer.save()
    html = client.get("/fr/actus/").content.decode()
    assert "apres@example.org" in html
    assert "avant@example.org" not in html


def test_the_footer_links_the_contact_page(client, home):
    SiteFooter.objects.create(
        locale=Locale.objects.get(language_code="fr"), name="Ambassadeurs santé"
    )
    home.add_child(instance=ContactPage(title="Nous contacter", slug="contact", address="Lille"))
    footer = soup(client.get("/fr/")).select_one(".site-footer")
    assert footer.find("a", href="/fr/contact/").get_text(strip=True) == (
        "Écrire un message à la coordination"
    )


def test_each_language_keeps_its_pieces_lang_and_direction(client, home, pages):
    translate_page(home, "ar", title="الرئيسية", slug="home-ar", hero_title="مرحبا")
    translate_page(pages["about"], "ar", title="من نحن", slug="about", show_in_menus=True)
    for _round in range(2):
        french = soup(client.get("/fr/a-propos/"))
        arabic = soup(client.get("/ar/about/"))
        assert (french.html["lang"], french.html["dir"]) == ("fr", "ltr")
        assert (arabic.html["lang"], arabic.html["dir"]) == ("ar", "rtl")
        assert french.select_one(".skip-link").get_text() == "Aller au contenu"
        assert arabic.select_one(".skip-link").get_text() != "Aller au contenu"
        assert [a.get_text(strip=True) for a in arabic.select("#main-nav-list a")][1] == "من نحن"
        switcher = {a["lang"]: a for a in arabic.select("nav.lang-switcher a")}
        assert switcher["ar"].get("aria-current") == "true"
        assert switcher["fr"]["href"] == "/fr/a-propos/"
        assert switcher["fr"].get("aria-current") is None
        french_switcher = {a["lang"]: a for a in french.select("nav.lang-switcher a")}
        assert french_switcher["ar"]["href"] == "/ar/about/"
        assert french_switcher["fr"].get("aria-current") == "true"
        # hreflang alternates, from the same translations
        alternates = {
            link["hreflang"]: link["href"] for link in french.select("link[rel=alternate]")
        }
        assert alternates["ar"] == "http://testserver/ar/about/"


def test_signed_in_members_keep_their_links(client, home, pages):
    anonymous = soup(client.get("/fr/a-propos/")).select_one(".account-link")
    assert anonymous.get_text(strip=True) == "Se connecter"
    client.force_login(UserFactory())
    member = soup(client.get("/fr/a-propos/")).select_one(".account-link")
    assert member.get_text(strip=True) == "Mon espace"
    client.logout()
    again = soup(client.get("/fr/a-propos/")).select_one(".account-link")
    assert again.get_text(strip=True) == "Se connecter"


def test_the_search_box_keeps_only_its_own_query(client, home, pages):
    client.get("/fr/")
    searched = soup(client.get("/fr/recherche/?q=vaccination"))
    assert searched.select_one("#header-search-q")["value"] == "vaccination"
    assert soup(client.get("/fr/")).select_one("#header-search-q")["value"] == ""


def test_a_warm_page_reads_neither_its_translations_nor_its_ancestors(client, home, pages):
    """Only Wagtail's routing is left: the site, the locale, the path, view restrictions."""
    client.get("/fr/a-propos/equipe/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/fr/a-propos/equipe/")
    sql = [query["sql"] for query in queries.captured_queries]
    assert not [q for q in sql if "translation_key" in q.split("WHERE")[-1]]
    assert not [q for q in sql if '"depth" >= 2' in q]
    assert [a.get_text(strip=True) for a in soup(response).select(".breadcrumb a")] == [
        "Accueil",
        "À propos",
    ]


@pytest.fixture
def image(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    return get_image_model().objects.create(title="Quartier", file=get_test_image_file())


def test_image_tag_writes_what_wagtail_image_writes(image, django_assert_num_queries):
    wagtail = Template(
        '{% load wagtailimages_tags %}{% image img fill-64x32 loading="eager" alt="" %}'
    )
    ours = Template('{% load page_tags %}{% image_tag img "fill-64x32" loading="eager" alt="" %}')
    expected = wagtail.render(Context({"img": image}))
    assert 'loading="eager"' in expected
    fresh = get_image_model().objects.get(pk=image.pk)
    # The rendition comes from the renditions' cache: no query, the same <img>.
    with django_assert_num_queries(0):
        assert ours.render(Context({"img": fresh})) == expected
    assert ours.render(Context({"img": None})) == ""


def test_page_url_is_the_page_url(rf_request, home, pages):
    template = Template("{% load page_tags %}{% page_url p %}")
    team = pages["team"]
    assert template.render(Context({"p": team, "request": rf_request})) == team.url
    assert template.render(Context({"p": team})) == team.url


@pytest.fixture
def rf_request():
    return RequestFactory().get("/fr/")
