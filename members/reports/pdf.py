"""A funder's report as a PDF (fpdf2): A4, a title, the report's tables, and on every page
the period, « chiffres provisoires » or « chiffres définitifs » and the page's number.

The font is embedded (DejaVu Sans, vendored in ``fonts/`` with its licence) so that « € »,
accents, the narrow no-break spaces of French numbers (``1 234``) and Arabic names print;
text shaping (HarfBuzz, through ``uharfbuzz``) joins Arabic letters and runs them right to
left. The report is a few tables of the summary table's figures: its size does not grow
with the number of actions."""

from decimal import Decimal
from pathlib import Path

from django.http import HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import override

from babel.numbers import format_decimal, format_percent
from fpdf import FPDF
from fpdf.fonts import FontFace

from ..proposals.amounts import format_amount
from ..spreadsheets import content_disposition_header
from .report_tables import LANGUAGE, Rate

FONTS = Path(__file__).resolve().parent / "fonts"
FONT = "dejavu"
LOCALE = "fr_FR"
NONE = "—"
MARGIN = 15
HEADING_FILL = (225, 232, 240)
TOTALS_FILL = (242, 242, 242)
INK = (20, 20, 20)
GREY = (90, 90, 90)
# Heights (mm) to keep a table together: its title, a row, a note.
TITLE_HEIGHT = 10
ROW_HEIGHT = 8
NOTE_HEIGHT = 10


def text_of(value):
    """A cell's value as French text: ``1 234``, ``1 234,50 €``, ``87,5 %``, « — »."""
    if value is None:
        return NONE
    if isinstance(value, Rate):
        return format_percent(float(value), "#,##0.0\u00a0%", locale=LOCALE)
    if isinstance(value, Decimal):
        return format_amount(value, LANGUAGE)
    if isinstance(value, int) and not isinstance(value, bool):
        return format_decimal(value, locale=LOCALE)
    return str(value)


def is_number(value):
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


class ReportPDF(FPDF):
    def __init__(self, report):
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.report = report
        self.add_font(FONT, "", FONTS / "DejaVuSans.ttf")
        self.add_font(FONT, "B", FONTS / "DejaVuSans-Bold.ttf")
        self.set_text_shaping(True)
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, margin=MARGIN + 5)
        self.set_lang("fr-FR")
        self.set_title(report.title)
        self.set_author(_("Ambassadeurs santé — Ville de Lille"))
        self.set_creator("Ambassadeurs santé")
        self.set_creation_date(report.generated_at)
        self.footer_text = _("%(title)s · %(period)s · %(status)s") % {
            "title": str(report.funder.name),
            "period": report.period_label,
            "status": report.status_label,
        }

    def footer(self):
        self.set_y(-(MARGIN + 2))
        self.set_font(FONT, size=8)
        self.set_text_color(*GREY)
        width = self.epw
        self.cell(width * 0.8, 5, self.footer_text, align="L")
        self.cell(
            width * 0.2,
            5,
            _("page %(page)s / %(pages)s") % {"page": self.page_no(), "pages": "{nb}"},
            align="R",
        )
        self.set_text_color(*INK)

    def title_block(self):
        report = self.report
        self.set_font(FONT, "B", 18)
        self.multi_cell(0, 9, report.title, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_font(FONT, size=11)
        self.set_text_color(*GREY)
        self.multi_cell(
            0,
            6,
            _("Ambassadeurs santé de Lille · %(period)s · %(status)s")
            % {"period": report.period_label, "status": report.status_label},
            align="L",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.set_text_color(*INK)
        self.ln(4)

    def table_block(self, table):
        # A table that fits on a page starts on a new one rather than break; a longer one
        # keeps its heading with its first rows.
        height = TITLE_HEIGHT + ROW_HEIGHT * (len(table.rows) + 3) + NOTE_HEIGHT * len(table.notes)
        fits_a_page = height < self.eph - TITLE_HEIGHT
        if self.will_page_break(height if fits_a_page else TITLE_HEIGHT + ROW_HEIGHT * 4):
            self.add_page()
        self.set_font(FONT, "B", 13)
        self.multi_cell(0, 8, table.title, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(1)
        self.set_font(FONT, size=9)
        columns = len(table.header)
        numeric = [
            index > 0 and any(is_number(row[index]) or row[index] is None for row in table.rows)
            for index in range(columns)
        ]
        if table.key == "key_figures":
            numeric = [False, True]
        aligns = tuple("RIGHT" if right else "LEFT" for right in numeric)
        with self.table(
            col_widths=table.widths or None,
            text_align=aligns,
            headings_style=FontFace(emphasis="BOLD", fill_color=HEADING_FILL),
            line_height=5.5,
            padding=(1.2, 1.5),
            v_align="MIDDLE",
        ) as grid:
            grid.row([str(heading) for heading in table.header])
            for row in table.rows:
                grid.row([text_of(value) for value in row])
            if table.totals:
                grid.row(
                    [text_of(value) for value in table.totals],
                    style=FontFace(emphasis="BOLD", fill_color=TOTALS_FILL),
                )
        self.set_font(FONT, size=8.5)
        self.set_text_color(*GREY)
        for note in table.notes:
            self.ln(1.5)
            self.multi_cell(0, 4.5, note, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(*INK)
        self.ln(6)


def pdf_bytes(report):
    with override(LANGUAGE):
        document = ReportPDF(report)
        document.add_page()
        document.title_block()
        for table in report.tables:
            document.table_block(table)
        return bytes(document.output())


def response(report):
    result = HttpResponse(pdf_bytes(report), content_type="application/pdf")
    result["Content-Disposition"] = content_disposition_header(True, f"{report.filename}.pdf")
    result["Cache-Control"] = "private, no-store"
    return result
