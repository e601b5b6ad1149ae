"""Query counts stay constant as the menu grows, and small."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

BUDGET = 15


def count_queries(client, url):
    client.get(url)  # warm the caches a running site keeps warm (site root paths)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def build_site(home, menu_pages):
    about = StandardPageFactory(parent=home, title="À propos", slug="a-propos", show_in_menus=True)
    for number in range(menu_pages - 1):
        StandardPageFactory(parent=home, title=f"Rubrique {number}", show_in_menus=True)
    return about


@pytest.mark.parametrize("url", ["/fr/", "/fr/a-propos/"])
def test_queries_do_not_grow_with_the_menu(client, home, url):
    about = build_site(home, 3)
    few = count_queries(client, url)

    for number in range(27):
        StandardPageFactory(parent=home, title=f"Autre rubrique {number}", show_in_menus=True)
    many = count_queries(client, url)

    assert about.get_children_count() == 0
    assert few == many, f"{url}: {few} queries with 3 menu pages, {many} with 30"
    assert many <= BUDGET


def test_home_page_query_count(client, home):
    build_site(home, 3)
    assert count_queries(client, "/fr/") == 9


def test_standard_page_query_count(client, home):
    build_site(home, 3)
    # Three more than the home page: routing one level down, the specific page, the breadcrumb.
    assert count_queries(client, "/fr/a-propos/") == 12
