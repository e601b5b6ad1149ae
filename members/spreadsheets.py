"""Spreadsheets for staff, shared by the sub-domains' exports (imports none of them).

- CSV as spreadsheet programs in France expect it: UTF-8 with a BOM, semicolons, decimal
  commas, dates as ``31/12/2026 14:30``.
- XLSX (openpyxl): numbers stay numbers, dates are dates (Paris time), a totals row may be
  set in bold.
- Whatever people typed stays text. A text starting like a formula (``=HYPERLINK(…)``,
  ``+``, ``-``, ``@``, a tab, a carriage return, or their full-width forms (U+FF1D, U+FF0B,
  U+FF0D, U+FF20):

  - in CSV, gets a leading apostrophe (``'=HYPERLINK(…)``): the one escaping function,
    ``cell``;
  - in XLSX, keeps its exact text in a string cell (``data_type`` ``"s"``, written inline,
    never as a formula ``<f>``) with the quote prefix set, so a spreadsheet shows it as
    text and keeps it text when someone edits the cell. No apostrophe is added there: it
    would show.

  Numbers stay numbers: ``-5`` (an int, a Decimal) is a number in both formats; the text
  ``"-5"`` is escaped.
- An XLSX cell drops the control characters XML cannot hold (a CSV keeps them).
- Every CSV is written by ``csv_writer`` (the one factory: ``;``, the BOM) and every XLSX
  cell by ``xlsx_cell``; times are Paris time (``portal.core.time.PARIS``), whatever zone
  the server or the request runs in.
"""

import csv
import datetime
import io
from decimal import Decimal

from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

from portal.core.time import PARIS

# A cell that starts with one of these is a formula to a spreadsheet program: a name typed
# as « =HYPERLINK(…) » must stay text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DATE_FORMAT = "%d/%m/%Y %H:%M"
XLSX_DATE_FORMAT = "DD/MM/YYYY HH:MM"
XLSX_AMOUNT_FORMAT = "#,##0.00"


def cell(value):
    """``value`` as text a spreadsheet shows as it is (an apostrophe before a formula)."""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def is_number(value):
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def local(value):
    """An aware datetime in the site's time (Paris), without its zone (what XLSX keeps)."""
    if timezone.is_aware(value):
        value = timezone.localtime(value, timezone=PARIS)
    return value.replace(tzinfo=None)


def csv_value(value):
    if value is None:
        return ""
    if is_number(value):
        return str(value).replace(".", ",")
    if isinstance(value, datetime.datetime):
        return local(value).strftime(DATE_FORMAT)
    if isinstance(value, datetime.date):
        return value.strftime("%d/%m/%Y")
    return cell(value)


def csv_writer(buffer):
    """The one CSV writer: French Excel's ``;``, after the UTF-8 BOM written to ``buffer``.
    Its rows must go through ``csv_value`` (``csv_response`` does)."""
    buffer.write("\ufeff")
    return csv.writer(buffer, delimiter=";", lineterminator="\r\n")


def csv_response(filename, header, rows, totals=None):
    """``rows``: lists of plain values (text, numbers, dates, None); ``totals`` last."""
    buffer = io.StringIO()
    writer = csv_writer(buffer)
    writer.writerow([csv_value(value) for value in header])
    for row in rows:
        writer.writerow([csv_value(value) for value in row])
    if totals is not None:
        writer.writerow([csv_value(value) for value in totals])
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, f"{filename}.csv")
    response["Cache-Control"] = "private, no-store"
    return response


def xlsx_cell(sheet, value, bold=False):
    if isinstance(value, datetime.datetime):
        written = WriteOnlyCell(sheet, local(value))
        written.number_format = XLSX_DATE_FORMAT
    elif is_number(value):
        written = WriteOnlyCell(sheet, value)
        if isinstance(value, Decimal):
            written.number_format = XLSX_AMOUNT_FORMAT
    elif value is None or isinstance(value, datetime.date):
        written = WriteOnlyCell(sheet, value)
    else:
        # XLSX (XML 1.0) holds no control character but tab and line breaks: one typed or
        # pasted in a name (« \x01 ») made openpyxl refuse the cell and the export a 500.
        text = ILLEGAL_CHARACTERS_RE.sub("", str(value))
        written = WriteOnlyCell(sheet, text)
        # openpyxl takes a text starting with « = » for a formula: it stays text.
        written.data_type = "s"
        if text.startswith(FORMULA_STARTS):
            written.quotePrefix = True
    if bold:
        written.font = Font(bold=True)
    return written


def xlsx_response(filename, title, header, rows, totals=None):
    """One sheet named ``title``: the header (bold), ``rows``, then ``totals`` in bold."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=str(title)[:31])
    sheet.append([xlsx_cell(sheet, value, bold=True) for value in header])
    for row in rows:
        sheet.append([xlsx_cell(sheet, value) for value in row])
    if totals is not None:
        sheet.append([xlsx_cell(sheet, value, bold=True) for value in totals])
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = content_disposition_header(True, f"{filename}.xlsx")
    response["Cache-Control"] = "private, no-store"
    return response
