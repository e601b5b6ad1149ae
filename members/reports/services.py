"""Closing a year: its figures become final (the funders' reports say « chiffres
définitifs »), the summary table's rows of that year are never recomputed again, and the
actions dated in it can no longer change (``members.actions.services`` refuses)."""

import datetime

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.core.time import local_today

from .. import audit, permissions, summary
from ..errors import NotAllowed, Refused

# The summary table starts there (``members.summary.rebuild``).
FIRST_YEAR = 2000
ALREADY = gettext_lazy("L'année %(year)s est déjà close : ses chiffres sont définitifs.")


class CloseRefused(Refused):
    """The year cannot be closed; the message says why (``field`` is ``"year"``)."""


def check_year(year, today=None):
    """``year`` if it may be closed (a past year, not closed yet); raises ``CloseRefused``
    otherwise. The confirmation page asks it first; ``close_year`` again, in its
    transaction."""
    today = today or local_today()
    wrong = isinstance(year, bool) or not isinstance(year, int)
    if wrong or not FIRST_YEAR <= year <= today.year:
        raise CloseRefused(_("Choisissez une année de la liste."), field="year")
    if year == today.year:
        raise CloseRefused(
            _("Seule une année finie peut être close : %(year)s n'est pas terminée.")
            % {"year": year},
            field="year",
        )
    if summary.ClosedYear.objects.filter(year=year).exists():
        raise CloseRefused(ALREADY % {"year": year}, field="year")
    return year


def close_year(year, by, today=None):
    """Close ``year`` (a past year, once), by the coordination. In one transaction: every
    cell of the year is recomputed from the sources (the final figures), then the year is
    recorded as closed and the closing written to the audit log. Returns the
    ``ClosedYear``."""
    if not permissions.can_close_years(by):
        raise NotAllowed(_("Seule la coordination peut clore une année."))
    with transaction.atomic():
        if isinstance(year, int) and not isinstance(year, bool):
            # Alone on the year: writes dated in it finish first, later ones see it closed.
            summary.hold_year(year, closing=True)
        year = check_year(year, today)
        summary.rebuild(first=datetime.date(year, 1, 1), last=datetime.date(year + 1, 1, 1))
        try:
            with transaction.atomic():
                closed = summary.ClosedYear.objects.create(year=year, closed_by=by)
        except IntegrityError:  # closed meanwhile by someone else
            raise CloseRefused(ALREADY % {"year": year}, field="year") from None
        audit.record(closed, "members.figures.close_year", by=by, year=year)
    return closed
