"""The easy-to-read summary (« Facile à lire et à comprendre »): one idea per line, shown
as a list in a box right after the h1, with the easy-to-read badge only when the editor
certifies the European rules; nothing when empty; no extra query."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from tests.factories import (
    FundingCallIndexPageFactory,
    FundingCallPageFactory,
    RecruitmentPageFactory,
    TrainingIndexPageFactory,
    TrainingPageFactory,
    superuser,
    translate_page,
)

pytestmark = pytest.mark.django_db

# What an editor types: a blank line, a bullet of their own, spaces around.
TYPED = "Vous êtes majeur.\n\n- Vous aimez aider vos voisins.\n  On vous forme.  \n"
LINES = ["Vous êtes majeur.", "Vous aimez aider vos voisins.", "On vous forme."]


def make(kind, home, **fields):
    if kind == "recruitment":
        return RecruitmentPageFactory(parent=home, **fields)
    if kind == "training":
        return TrainingPageFactory(parent=TrainingIndexPageFactory(parent=home), **fields)
    if kind == "funding_call":
        return FundingCallPageFactory(parent=FundingCallIndexPageFactory(parent=home), **fields)
    for name, value in fields.items():
        setattr(home, name, value)
    home.save_revision().publish()
    return home


def box(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one("section.easy-read")


@pytest.mark.parametrize("kind", ["recruitment", "training", "funding_call", "home"])
def test_the_summary_is_a_list_right_after_the_h1(client, home, kind):
    page = make(kind, home, easy_read_summary=TYPED, easy_read_certified=True)
    section = box(client, page)
    assert section is not None
    assert section["lang"] == "fr"
    heading = section.select_one("h2")
    assert heading.get_text(strip=True) == "En bref, facile à lire"
    assert section["aria-labelledby"] == heading["id"]
    assert [li.get_text(strip=True) for li in section.select("ul > li")] == LINES
    logo = section.select_one("img")
    assert logo["src"].endswith("img/easy-read.svg")
    assert "Facile à lire" in logo["alt"]
    # The first thing after the page's title: no other heading between them.
    h1 = section.find_previous("h1")
    assert h1 is not None
    assert h1.find_next("h2") is heading


@pytest.mark.parametrize("kind", ["recruitment", "training", "funding_call", "home"])
def test_no_badge_without_the_editors_word_and_no_box_without_a_summary(client, home, kind):
    page = make(kind, home, easy_read_summary="Une idée.", easy_read_certified=False)
    section = box(client, page)
    assert section is not None
    assert section.select_one("img") is None
    page.easy_read_summary = " \n \n"
    page.easy_read_certified = True
    page.save_revision().publish()
    assert box(client, page) is None


def test_the_arabic_page_shows_its_arabic_summary(client, home):
    page = RecruitmentPageFactory(
        parent=home, easy_read_summary="Vous êtes majeur.", easy_read_certified=True
    )
    translate_page(home, "ar")
    arabic = translate_page(page, "ar", easy_read_summary="أنت راشد.\nنحن نكوّنك.")
    response = client.get(arabic.url)
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["dir"] == "rtl"
    section = soup.select_one("section.easy-read")
    assert section["lang"] == "ar"
    assert [li.get_text(strip=True) for li in section.select("li")] == ["أنت راشد.", "نحن نكوّنك."]
    assert section.select_one("img") is not None


def test_the_box_costs_no_query(client, home):
    page = RecruitmentPageFactory(parent=home)

    def queries():
        client.get(page.url)
        with CaptureQueriesContext(connection) as captured:
            client.get(page.url)
        return len(captured)

    without = queries()
    page.easy_read_summary = TYPED
    page.easy_read_certified = True
    page.save_revision().publish()
    assert box(client, page) is not None
    assert queries() == without


def test_editors_fill_it_in_the_content_tab(client, home):
    page = RecruitmentPageFactory(parent=home)
    client.force_login(superuser())
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("textarea[name=easy_read_summary]") is not None
    assert soup.select_one("input[name=easy_read_certified][type=checkbox]") is not None
    assert "En bref, facile à lire" in response.content.decode()
