"""Every figure of the programme, from one definition: the summary table
(``members.summary.MonthlyFigure``). The admin dashboards, the exports, the funders'
reports and the home page all call ``read`` (or ``key_figures``), so that they give the
same totals for the same period and pôles.

Periods are whole months (the table's grain): ``Period(first_month, last_month)``, both
included. The one figure that a monthly table cannot give, the ambassadors *active* in the
90 days before the period's end (a count of distinct people), is read from the action log
itself, in one query."""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.cache import cache
from django.db.models import Count, Q, Sum
from django.utils.translation import gettext_lazy as _

from portal.core.time import local_today

from ..actions.choices import ActionKind, ActionTheme
from ..actions.models import Action
from ..proposals.choices import ProposalStatus
from ..summary import KEY_FIGURES_CACHE, MonthlyFigure, next_month

ACTIVE_DAYS = 90
# Public figures under this are shown as "fewer than 5" (people could be recognised).
PUBLIC_FLOOR = 5

METRIC_LABELS = {
    "applied": _("candidatures reçues"),
    "approved": _("candidatures acceptées"),
    "sessions_held": _("sessions de formation tenues"),
    "seats_filled": _("places occupées"),
    "attended": _("présences"),
    "attestations": _("attestations téléchargées"),
    "actions": _("actions"),
    "people_reached": _("personnes touchées"),
    "proposals": _("projets déposés"),
    "amount_requested": _("montants demandés"),
    "amount_granted": _("montants accordés"),
}
MONEY_METRICS = ("amount_requested", "amount_granted")
DIMENSIONS = ("pole", "theme", "kind", "month", "year")


@dataclass(frozen=True)
class Period:
    """Whole months, from ``first`` to ``last`` (first days of months), both included."""

    first: datetime.date
    last: datetime.date

    @classmethod
    def year(cls, year):
        return cls(datetime.date(year, 1, 1), datetime.date(year, 12, 1))

    @classmethod
    def months(cls, first, last):
        first, last = first.replace(day=1), last.replace(day=1)
        if last < first:
            first, last = last, first
        return cls(first, last)

    @property
    def end(self):
        """The first day after the period."""
        return next_month(self.last)

    @property
    def month_list(self):
        months, month = [], self.first
        while month <= self.last:
            months.append(month)
            month = next_month(month)
        return months

    def __str__(self):
        if self.first.month == 1 and self.last.month == 12 and self.first.year == self.last.year:
            return str(self.first.year)
        return f"{self.first:%m/%Y} – {self.last:%m/%Y}"


@dataclass
class Figures:
    """The figures of a period for some pôles (all when ``pole_ids`` is None)."""

    period: Period
    pole_ids: list | None
    rows: list = field(repr=False)
    active_ambassadors: int = 0

    def __post_init__(self):
        self._metrics = defaultdict(list)
        for row in self.rows:
            self._metrics[row["metric"]].append(row)

    def _rows(self, metric, where):
        rows = self._metrics.get(metric, ())
        if not where:
            return rows
        return [
            row for row in rows if all(_key(row, name) == wanted for name, wanted in where.items())
        ]

    def total(self, metric, **where):
        """The sum of ``metric`` over the rows matching ``where`` (e.g. ``kind="stand"``)."""
        value = sum((row["value"] for row in self._rows(metric, where)), Decimal(0))
        return value if metric in MONEY_METRICS else int(value)

    def by(self, metric, dimension, **where):
        """``{key: value}`` of ``metric`` by ``dimension`` (pole id, theme, kind, month or
        year), keys in order; only keys that have rows."""
        totals = defaultdict(Decimal)
        for row in self._rows(metric, where):
            totals[_key(row, dimension)] += row["value"]
        cast = (lambda v: v) if metric in MONEY_METRICS else int
        return {key: cast(value) for key, value in sorted(totals.items(), key=_order)}

    def by_month(self, metric, **where):
        """Every month of the period, with 0 for months without rows."""
        values = self.by(metric, "month", **where)
        return {month: values.get(month, 0) for month in self.period.month_list}

    @property
    def attendance_rate(self):
        """People present over seats filled, in the sessions held (None without any)."""
        seats = self.total("seats_filled")
        return None if not seats else self.total("attended") / seats

    def proposals_by_status(self):
        counts = self.by("proposals", "kind")
        return {
            status: counts.get(status, 0) for status in ProposalStatus.values if status in counts
        }

    def summary(self):
        """The headline numbers, in a plain dict (the dashboard's cards, the reports' first
        table, the tests' comparisons)."""
        return {
            "applied": self.total("applied"),
            "approved": self.total("approved"),
            "active_ambassadors": self.active_ambassadors,
            "sessions_held": self.total("sessions_held"),
            "seats_filled": self.total("seats_filled"),
            "attended": self.total("attended"),
            "attendance_rate": self.attendance_rate,
            "attestations": self.total("attestations"),
            "actions": self.total("actions"),
            "people_reached": self.total("people_reached"),
            "proposals": self.total("proposals"),
            "amount_requested": self.total("amount_requested"),
            "amount_granted": self.total("amount_granted"),
        }


def _key(row, dimension):
    if dimension == "pole":
        return row["pole_id"]
    if dimension == "year":
        return row["month"].year
    return row[dimension]


def _order(item):
    key = item[0]
    return (
        (key is None, key if key is not None else 0) if not isinstance(key, str) else (False, key)
    )


def read(period, pole_ids=None):
    """The figures of ``period`` for ``pole_ids`` (None: every pôle, and what has no pôle).
    Two queries, whatever the amount of data."""
    rows = MonthlyFigure.objects.filter(month__gte=period.first, month__lt=period.end)
    actions = Action.objects.filter(
        date__gt=min(period.end, local_today() + datetime.timedelta(days=1))
        - datetime.timedelta(days=ACTIVE_DAYS + 1),
        date__lt=period.end,
        author__isnull=False,
    )
    if pole_ids is not None:
        rows = rows.filter(pole_id__in=pole_ids)
        actions = actions.filter(pole_id__in=pole_ids)
    active = actions.aggregate(people=Count("author", distinct=True))["people"]
    return Figures(
        period=period,
        pole_ids=pole_ids,
        rows=list(rows.values("metric", "month", "pole_id", "theme", "kind", "value")),
        active_ambassadors=active,
    )


def kind_label(kind):
    return dict(ActionKind.choices).get(kind, kind)


def theme_label(theme):
    return dict(ActionTheme.choices).get(theme, theme)


def public_number(value):
    """A figure for the public: ``None`` when under ``PUBLIC_FLOOR`` (the page says "fewer
    than 5"), else the number."""
    return None if value < PUBLIC_FLOOR else value


def key_figures(today=None):
    """The home page's live figures, cached until the next write changes the table
    (``members.summary.refresh`` forgets them on commit): approved ambassadors, training
    sessions held this year, people reached this year."""
    today = today or local_today()
    cached = cache.get(KEY_FIGURES_CACHE)
    if cached is not None and cached.get("year") == today.year:
        return cached
    end = next_month(today.replace(day=1))
    this_year = Q(month__gte=datetime.date(today.year, 1, 1), month__lt=end)
    # The same rows and sums as ``read``, in one query for the home page.
    totals = MonthlyFigure.objects.aggregate(
        ambassadors=Sum("value", filter=Q(metric="approved", month__lt=end)),
        sessions_held=Sum("value", filter=Q(metric="sessions_held") & this_year),
        people_reached=Sum("value", filter=Q(metric="people_reached") & this_year),
    )
    figures = {"year": today.year}
    for name, value in totals.items():
        figures[name] = public_number(int(value or 0))
    cache.set(KEY_FIGURES_CACHE, figures, 60 * 60)
    return figures
