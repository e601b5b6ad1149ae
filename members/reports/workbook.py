"""A funder's report as a workbook (openpyxl): one sheet per table, its header row in bold,
its totals row in bold, numbers as numbers (euros and percentages with their number
format), the notes under the table. Every cell goes through ``members.spreadsheets``'s
``xlsx_cell``: a text starting like a formula (a pôle named « =… ») stays text."""

import io
import re
from decimal import Decimal

from django.http import HttpResponse

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from ..spreadsheets import XLSX_TYPE, content_disposition_header, xlsx_cell
from .report_tables import Rate

EURO_FORMAT = '#,##0.00\\ "€"'
RATE_FORMAT = "0.0%"
SHEET_TITLE_LENGTH = 31
# Characters a sheet's name may not hold.
NOT_IN_TITLES = re.compile(r"[\[\]:*?/\\]")


def sheet_title(title, taken):
    """``title`` as a sheet's name: at most 31 characters, none of ``[]:*?/\\``, not one of
    ``taken`` (a number is added)."""
    base = NOT_IN_TITLES.sub(" ", str(title)).strip() or "Tableau"
    name, number = base[:SHEET_TITLE_LENGTH], 1
    while name.lower() in taken:
        number += 1
        suffix = f" ({number})"
        name = base[: SHEET_TITLE_LENGTH - len(suffix)] + suffix
    taken.add(name.lower())
    return name


def _cell(sheet, value, bold=False):
    written = xlsx_cell(sheet, value, bold=bold)
    if isinstance(value, Rate):
        written.number_format = RATE_FORMAT
    elif isinstance(value, Decimal):
        written.number_format = EURO_FORMAT
    return written


def _width(values):
    longest = max((len(str(value)) for value in values if value is not None), default=8)
    return min(max(longest + 2, 10), 70)


def write_table(workbook, table, taken):
    sheet = workbook.create_sheet(title=sheet_title(table.title, taken))
    every_row = [table.header, *table.rows, *([table.totals] if table.totals else [])]
    for index in range(len(table.header)):
        values = [row[index] for row in every_row if index < len(row)]
        if index:  # numbers: their formatted width, at least the heading's
            values = [table.header[index], "0" * 14 if any(map(_is_money, values)) else ""]
        sheet.column_dimensions[get_column_letter(index + 1)].width = _width(values)
    sheet.freeze_panes = "A2"
    sheet.append([_cell(sheet, value, bold=True) for value in table.header])
    for row in table.rows:
        sheet.append([_cell(sheet, value) for value in row])
    if table.totals:
        sheet.append([_cell(sheet, value, bold=True) for value in table.totals])
    if table.notes:
        sheet.append([])
        for note in table.notes:
            sheet.append([_cell(sheet, note)])
    return sheet


def _is_money(value):
    return isinstance(value, Decimal)


def workbook_bytes(report):
    workbook = Workbook(write_only=True)
    taken = set()
    for table in report.tables:
        write_table(workbook, table, taken)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def response(report):
    result = HttpResponse(workbook_bytes(report), content_type=XLSX_TYPE)
    result["Content-Disposition"] = content_disposition_header(True, f"{report.filename}.xlsx")
    result["Cache-Control"] = "private, no-store"
    return result
