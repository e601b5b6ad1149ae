"""A session's roster as a spreadsheet: CSV (opens anywhere) or XLSX (openpyxl), written
by the shared helpers of ``members.spreadsheets`` (formula cells stay text)."""

from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from portal.core.time import PARIS

from ..spreadsheets import cell, csv_response, xlsx_response

__all__ = ["cell", "roster_header", "roster_response", "roster_rows"]


def roster_rows(registrations):
    attended = {True: _("présent·e"), False: _("absent·e"), None: ""}
    for registration in registrations:
        user = registration.user
        profile = getattr(user, "profile", None) if user else None
        yield [
            user.last_name if user else "",
            user.first_name if user else "",
            user.email if user else "",
            (profile.phone if profile else "") or "",
            str(profile.pole) if profile and profile.pole else "",
            registration.get_status_display(),
            registration.created_at,
            attended[registration.attended],
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
    start = timezone.localtime(session.starts_at, timezone=PARIS)
    filename = slugify(f"{session.training.title} {start:%Y-%m-%d}") or "session"
    if kind == "csv":
        return csv_response(filename, roster_header(), roster_rows(registrations))
    return xlsx_response(filename, _("Inscrits"), roster_header(), roster_rows(registrations))
