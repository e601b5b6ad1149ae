"""The proposals' list as a spreadsheet (``?export=xlsx`` or ``csv`` on the admin's list,
its filters applied): one row per proposal, the averages of the scores, the dates in Paris
time, a totals row; whatever people typed stays text."""

# The fixtures are imported from admin_fixtures (pytest loads only conftest.py): the tests'
# arguments bear their names.
# ruff: noqa: F811

import csv
import datetime
import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from members.models import Proposal

from ..factories import MemberFactory
from .admin_fixtures import call, make_call, make_proposal, owner, send_review  # noqa: F401

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
HEADER = [
    "Appel à projets",
    "Titre",
    "Pôle",
    "Porteur ou porteuse",
    "État",
    "Coût total (€)",
    "Autres financements (€)",
    "Montant demandé (€)",
    "Montant accordé (€)",
    "Moyenne : Utilité pour le quartier",
    "Moyenne : Budget réaliste",
    "Moyenne générale",
    "Examens envoyés",
    "Déposé le",
    "Décidé le",
]


@pytest.fixture
def proposals(call, owner, referent, other_referent, coordinator):
    """An accepted proposal of Fives with a formula for a title, reviewed twice; one of
    Moulins under review, scored by its référent only; one in another call."""
    hack = make_proposal(
        call,
        owner,
        title='=HYPERLINK("x")',
        # Paris is at UTC+1 before the last Sunday of March, at UTC+2 after.
        submitted_at=datetime.datetime(2026, 3, 29, 0, 30, tzinfo=UTC),
    )
    send_review(hack, referent, [1, 4])
    send_review(hack, coordinator, [4, 3])
    Proposal.objects.filter(pk=hack.pk).update(
        status=Proposal.Status.ACCEPTED,
        amount_granted=Decimal("1000.00"),
        decided_at=datetime.datetime(2026, 6, 15, 10, 0, tzinfo=UTC),
    )
    moulins = make_proposal(
        call,
        MemberFactory(username="malik", first_name="Malik", last_name="Ziani", ambassador=True),
        title="Marche santé",
        pole_code="moulins",
        lines=((Decimal("800.00"), Decimal("0.00")), (Decimal("200.00"), Decimal("50.00"))),
        submitted_at=datetime.datetime(2026, 4, 2, 8, 15, tzinfo=UTC),
    )
    send_review(moulins, other_referent, [5, 5])
    other = make_proposal(make_call(title="Autre appel"), owner, title="Ailleurs")
    make_proposal(call, owner, title="Brouillon", status=Proposal.Status.DRAFT)
    return {"hack": hack, "moulins": moulins, "other": other}


def xlsx_rows(client, query):
    response = client.get(f"/admin/proposals/?{query}&export=xlsx")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(response.content)).active
    return sheet, [[cell.value for cell in row] for row in sheet.iter_rows()]


def test_the_xlsx_export_of_a_call(client, home, call, proposals, coordinator):
    client.force_login(coordinator)
    sheet, rows = xlsx_rows(client, f"call={call.pk}&ordering=submitted_at")
    assert rows[0] == HEADER
    assert len(rows) == 1 + 2 + 1
    assert rows[1] == [
        "Appel santé 2026",
        '=HYPERLINK("x")',
        "Fives",
        "Amina Haddad",
        "accepté",
        1500,
        300,
        1200,
        1000,
        2.5,
        3.5,
        3,
        2,
        datetime.datetime(2026, 3, 29, 1, 30),
        datetime.datetime(2026, 6, 15, 12, 0),
    ]
    # The title is text, never a formula.
    assert sheet["B2"].data_type == "s" and sheet["B2"].quotePrefix
    # Under review and not scored by the coordinator: the averages wait for their scores.
    assert rows[2] == [
        "Appel santé 2026",
        "Marche santé",
        "Moulins",
        "Malik Ziani",
        "déposé",
        1000,
        50,
        950,
        None,
        None,
        None,
        None,
        1,
        datetime.datetime(2026, 4, 2, 10, 15),
        None,
    ]
    assert rows[3] == [
        "Total",
        "2 projet(s)",
        *([None] * 3),
        2500,
        350,
        2150,
        1000,
        *([None] * 3),
        3,
        None,
        None,
    ]


def test_the_csv_export_honours_the_filters(client, home, call, proposals, coordinator):
    client.force_login(coordinator)
    response = client.get(f"/admin/proposals/?call={call.pk}&status=accepted&export=csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == HEADER
    assert rows[1] == [
        "Appel santé 2026",
        '\'=HYPERLINK("x")',
        "Fives",
        "Amina Haddad",
        "accepté",
        "1500,00",
        "300,00",
        "1200,00",
        "1000,00",
        "2,5",
        "3,5",
        "3,0",
        "2",
        "29/03/2026 01:30",
        "15/06/2026 12:00",
    ]
    assert rows[2] == [
        "Total",
        "1 projet(s)",
        *([""] * 3),
        "1500,00",
        "300,00",
        "1200,00",
        "1000,00",
        *([""] * 3),
        "2",
        "",
        "",
    ]
    assert len(rows) == 3


def test_several_calls_name_their_criteria(client, home, proposals, coordinator):
    client.force_login(coordinator)
    _sheet, rows = xlsx_rows(client, "ordering=title")
    assert [row[1] for row in rows[1:-1]] == ['=HYPERLINK("x")', "Ailleurs", "Marche santé"]
    assert "Moyenne : Budget réaliste (Appel santé 2026)" in rows[0]
    assert "Moyenne : Budget réaliste (Autre appel)" in rows[0]


def test_a_referent_exports_the_proposals_of_their_pole(client, home, proposals, referent):
    client.force_login(referent)
    _sheet, rows = xlsx_rows(client, "")
    assert [row[1] for row in rows[1:]] == ["Ailleurs", '=HYPERLINK("x")', "2 projet(s)"]
