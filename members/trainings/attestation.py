"""The attestation of trainings attended, as a PDF (fpdf2: pure Python, nothing to install
on the server). In French: it is read by employers and VAE juries."""

import datetime
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import override

from fpdf import FPDF

from portal.core.dates import long_date

from .models import Registration

# The PDF core fonts speak Latin-1: write the few other characters French text uses in
# forms they know.
REPLACEMENTS = str.maketrans(
    {"’": "'", "\u2018": "'", "–": "-", "—": "-", "œ": "oe", "Œ": "OE", "\u202f": " ", "…": "..."}
)


def latin(text):
    return str(text).translate(REPLACEMENTS).encode("latin-1", "replace").decode("latin-1")


def attended(user):
    return list(
        Registration.objects.filter(user=user, attended=True)
        .select_related("session__training")
        .order_by("session__starts_at")
    )


def hours_label(hours):
    hours = Decimal(hours).normalize()
    text = f"{hours:f}".replace(".", ",")
    return f"{text} h"


def build(user, registrations, today=None):
    today = today or timezone.localdate()
    with override("fr"):
        issued = long_date(today, "j F Y")
        rows = [
            (
                registration.session.training.title,
                long_date(timezone.localtime(registration.session.starts_at), "j F Y"),
                registration.session.training.duration_hours,
            )
            for registration in registrations
        ]
    total = sum((hours for _title, _date, hours in rows), Decimal(0))
    name = user.get_full_name() or user.email

    pdf = FPDF(format="A4")
    pdf.set_title(latin(f"Attestation de formation - {name}"))
    pdf.set_author("Ville de Lille - Service Santé")
    pdf.set_creation_date(datetime.datetime.combine(today, datetime.time(12), datetime.UTC))
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, latin("Ville de Lille - Service Santé"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(
        0,
        6,
        latin("Programme des ambassadeurs et ambassadrices santé"),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(12)
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 10, "Attestation de formation", new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.ln(8)
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(
        0,
        6,
        latin(
            f"La Ville de Lille atteste que {name}, ambassadeur ou ambassadrice santé, "
            "a suivi les formations suivantes dans le cadre du programme des "
            "ambassadeurs santé des Pôles Ressources Santé :"
        ),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    with pdf.table(col_widths=(100, 40, 30), text_align=("LEFT", "LEFT", "RIGHT")) as table:
        header = table.row()
        for title in ("Formation", "Date", "Durée"):
            header.cell(title)
        for title, day, hours in rows:
            row = table.row()
            row.cell(latin(title))
            row.cell(latin(day))
            row.cell(hours_label(hours))
        last = table.row()
        last.cell("Total", colspan=2)
        last.cell(hours_label(total))
    pdf.ln(10)
    pdf.cell(0, 6, latin(f"Fait à Lille, le {issued}."), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    pdf.set_font("Helvetica", "I", 9)
    pdf.multi_cell(
        0,
        5,
        latin(
            "Document établi à partir des présences notées par les référents des pôles et "
            "la coordination du programme. Pour le vérifier, écrivez au Service Santé de la "
            "Ville de Lille."
        ),
    )
    return bytes(pdf.output())
