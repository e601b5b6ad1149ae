"""The proposals' list and its export cost the same number of queries for 2 proposals as
for 20: amounts, reviews and disagreements come in the proposals' own query."""

# The fixtures are imported from admin_fixtures (pytest loads only conftest.py): the tests'
# arguments bear their names.
# ruff: noqa: F811

from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
from bs4 import BeautifulSoup

from ..factories import MemberFactory
from .admin_fixtures import call, make_call, make_proposal, send_review  # noqa: F401

pytestmark = pytest.mark.django_db

LINES = ((Decimal("1000.00"), Decimal("100.00")), (Decimal("250.50"), Decimal("0.00")))


@pytest.fixture
def many(call, referent, coordinator):
    def build(count):
        other_call = make_call(title="Autre appel")
        for index in range(count):
            owner = MemberFactory(username=f"owner{index}", ambassador=True)
            proposal = make_proposal(
                call if index % 2 else other_call, owner, title=f"Projet {index}", lines=LINES
            )
            send_review(proposal, referent, [1, 5])
            if index % 3 == 0:
                send_review(proposal, coordinator, [4, 4])

    return build


def measure(client, url):
    client.get(url)  # warm the caches (menus, content types)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response, queries


@pytest.mark.parametrize("count", [2, 20])
def test_the_list_queries_do_not_grow(client, home, many, coordinator, count):
    many(count)
    client.force_login(coordinator)
    response, queries = measure(client, "/admin/proposals/")
    rows = BeautifulSoup(response.content, "html.parser").select("#listing-results tbody tr")
    assert len(rows) == count
    cells = [td.get_text(strip=True) for td in rows[0].select("td")]
    assert "1\u202f150,50\u00a0€" in cells
    # Scored 1 and 4 on a criterion; the others wait for the coordinator's own scores.
    flags = {row.select("td")[-1].get_text(strip=True) for row in rows}
    assert flags == {"désaccord", "après vos notes"}
    assert len(queries) == 14, "\n".join(query["sql"][:200] for query in queries)


@pytest.mark.parametrize("count", [2, 20])
def test_the_export_queries_do_not_grow(client, home, many, coordinator, count):
    many(count)
    client.force_login(coordinator)
    _response, queries = measure(client, "/admin/proposals/?export=xlsx")
    assert len(queries) == 8, "\n".join(query["sql"][:200] for query in queries)
