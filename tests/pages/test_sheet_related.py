"""A sheet's keywords and « Fiches sur des thèmes proches » are kept per process until the
next publication: the next visitor costs no query for them, and a publication shows at
once."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
from bs4 import BeautifulSoup

from tests.factories import ExperienceSheetIndexPageFactory
from tests.pages.test_catalogue_search import make_sheet

pytestmark = pytest.mark.django_db


def related(client, sheet):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(sheet.url)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    titles = [a.get_text(strip=True) for a in page.select("#related ~ * h3 a, #related ~ * a")]
    keywords = [q for q in queries if "taggit_tag" in q["sql"]]
    return titles, keywords


def test_related_sheets_are_read_once_and_follow_publications(client, home):
    index = ExperienceSheetIndexPageFactory(parent=home)
    sheet = make_sheet(index, "Kermesse santé", tags=["prévention", "fête"])
    make_sheet(index, "Fête du quartier", tags=["fête"])
    make_sheet(index, "Sans rapport", tags=["sport"])

    titles, keywords = related(client, sheet)
    assert "Fête du quartier" in titles and "Sans rapport" not in titles
    assert keywords
    titles_again, keywords_again = related(client, sheet)
    assert titles_again == titles and keywords_again == []

    make_sheet(index, "Prévention au marché", tags=["prévention", "fête"])
    titles, keywords = related(client, sheet)
    assert titles[0] == "Prévention au marché"  # two keywords shared: first
    assert keywords
