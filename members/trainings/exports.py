"""A session's roster as a spreadsheet: CSV (opens anywhere) or XLSX (openpyxl)."""

import csv
import io

from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from openpyxl import Workbook

# A cell that starts with one of these is a formula to a spreadsheet program: a name typed
# as « =HYPERLINK(…) » must stay text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value):
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def roster_rows(registrations):
    attended = {True: _("présent·e"), False: _("absent·e"), None: ""}
    for registration in registrations:
        user = registration.user
        profile = getattr(user, "profile", None) if user else None
        yield [
            cell(value)
            for value in (
                user.last_name if user else "",
                user.first_name if user else "",
                user.email if user else "",
                (profile.phone if profile else "") or "",
                str(profile.pole) if profile and profile.pole else "",
                registration.get_status_display(),
                timezone.localtime(registration.created_at).strftime("%d/%m/%Y %H:%M"),
                attended[registration.attended],
            )
        ]


def roster_header():
    return [
        _("Nom"),
        _("Prénom"),
        _("Adresse e-mail"),
        _("Téléphone"),
        _("Pôle"),
        _("État"),
        _("Inscription le"),
        _("Présence"),
    ]


def roster_response(session, registrations, kind):
    start = timezone.localtime(session.starts_at)
    filename = slugify(f"{session.training.title} {start:%Y-%m-%d}") or "session"
    if kind == "csv":
        buffer = io.StringIO()
        # A BOM and semicolons: how spreadsheet programs in France expect a CSV file.
        buffer.write("\ufeff")
        writer = csv.writer(buffer, delimiter=";")
        writer.writerow(roster_header())
        writer.writerows(roster_rows(registrations))
        response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
        return response
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Inscrits")[:31]
    sheet.append(roster_header())
    for row in roster_rows(registrations):
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
    return response
