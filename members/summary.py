"""The programme's figures, kept in one summary table: a row per month by pôle by theme by
type by metric. Every service that changes what a figure counts calls ``refresh`` for the
cells it touched, in its own transaction; ``rebuild`` recomputes everything (the
``rebuild_figures`` command). Dashboards, exports, reports and the home page read the table
through ``members.reports.figures``, so they never disagree.

Each sub-domain registers a *source* (``register``): for a family of metrics, a function
that computes the rows of a range of months, for every pôle or for one. Refreshing a cell
deletes its rows and writes them again from the source, under a lock on the cell (an
advisory lock on PostgreSQL; SQLite's writers are serialised by its IMMEDIATE
transactions), so two writers of one cell cannot lose each other's update.

A closed year (``ClosedYear``) is frozen: its rows are never refreshed nor rebuilt."""

import datetime
import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import connection, models, transaction
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.core import frontend_cache, page_cache
from portal.core.time import PARIS

# The home page's key figures (``members.reports.figures.key_figures``), forgotten on the
# commit of every write that changes the table.
KEY_FIGURES_CACHE = "members:key-figures"
# The whole-page cache's tag of the pages that show them (portal.core.page_cache).
KEY_FIGURES_TAG = "key-figures"

# Pass as ``pole`` to a source: every pôle, and rows with no pôle.
ALL_POLES = object()


class MonthlyFigure(models.Model):
    """One number of the programme for a month, a pôle, a theme and a type."""

    month = models.DateField(_("mois"), help_text=_("Le premier jour du mois."))
    pole = models.ForeignKey(
        "pages.Pole",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("pôle"),
    )
    theme = models.CharField(_("thème"), max_length=40, blank=True)
    kind = models.CharField(_("type"), max_length=40, blank=True)
    metric = models.CharField(_("mesure"), max_length=40)
    value = models.DecimalField(_("valeur"), max_digits=14, decimal_places=2)

    class Meta:
        verbose_name = _("chiffre mensuel")
        verbose_name_plural = _("chiffres mensuels")
        constraints = [
            models.UniqueConstraint(
                "metric",
                "month",
                Coalesce("pole", models.Value(0)),
                "theme",
                "kind",
                name="one_figure_per_cell",
            ),
        ]
        indexes = [models.Index(fields=["metric", "month"])]

    def __str__(self):
        return f"{self.metric} {self.month:%Y-%m} {self.pole_id or '-'} {self.value}"


class ClosedYear(models.Model):
    """A year whose figures are final: reported to the funders, never recomputed; the
    actions dated in it can no longer be changed."""

    year = models.PositiveSmallIntegerField(_("année"), unique=True)
    closed_at = models.DateTimeField(_("close le"), default=timezone.now)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("close par"),
    )

    class Meta:
        ordering = ["-year"]
        verbose_name = _("année close")
        verbose_name_plural = _("années closes")

    def __str__(self):
        return str(self.year)


@dataclass(frozen=True)
class Source:
    family: str
    metrics: tuple
    compute: object  # (start: date, end: date, pole) -> iterable of row dicts


SOURCES = {}


def register(family, metrics):
    """Register the decorated function as the source of ``metrics``. It receives the first
    day of the first month, the first day after the last month, and ``pole`` (a pôle id,
    ``None`` for rows with no pôle, or ``ALL_POLES``), and yields dicts with the keys
    ``month`` (a date in the month), ``pole_id``, ``theme``, ``kind``, ``metric``, ``value``."""

    def decorate(function):
        SOURCES[family] = Source(family, tuple(metrics), function)
        return function

    return decorate


def month_of(value):
    """The first day of the month of a date, or of a datetime in Paris time."""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value, PARIS).date()
    return value.replace(day=1)


def next_month(month):
    return (month.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)


def paris_bounds(start, end):
    """Aware datetimes for the dates ``[start, end)`` in Paris time."""
    return (
        datetime.datetime.combine(start, datetime.time(), PARIS),
        datetime.datetime.combine(end, datetime.time(), PARIS),
    )


def forget_key_figures():
    """Called on commit: the figures, the cached home pages and their copies in Varnish or
    the CDN are forgotten."""
    cache.delete(KEY_FIGURES_CACHE)
    page_cache.invalidate(KEY_FIGURES_TAG)
    frontend_cache.purge_home_pages()


def closed_years():
    return set(ClosedYear.objects.values_list("year", flat=True))


def is_closed(day):
    return ClosedYear.objects.filter(year=day.year).exists()


def _advisory_lock(key, shared=False):
    """A transaction-level advisory lock on PostgreSQL; nothing on SQLite, whose writers
    are serialised by IMMEDIATE transactions."""
    if connection.vendor != "postgresql":
        return
    number = int.from_bytes(
        hashlib.blake2b(key.encode(), digest_size=8).digest(), "big", signed=True
    )
    function = "pg_advisory_xact_lock_shared" if shared else "pg_advisory_xact_lock"
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {function}(%s)", [number])


def hold_year(year, closing=False):
    """Writers hold a year shared until their transaction ends; closing it holds it alone.
    So a year cannot close while a write dated in it is in flight, and a write that comes
    after the closing sees it closed."""
    _advisory_lock(f"figures:year:{year}", shared=not closing)


def is_open(day):
    """Whether ``day``'s year may still change, holding the year (``hold_year``) for the
    rest of the transaction. Call it inside the write's transaction."""
    hold_year(day.year)
    return not ClosedYear.objects.filter(year=day.year).exists()


def _lock(family, month, pole_id):
    _advisory_lock(f"figures:{family}:{month:%Y-%m}:{pole_id or 0}")


def _rows(source, start, end, pole):
    for row in source.compute(start, end, pole):
        value = row["value"] or 0
        if not value:
            continue
        yield MonthlyFigure(
            month=month_of(row["month"]),
            pole_id=row["pole_id"],
            theme=row.get("theme") or "",
            kind=row.get("kind") or "",
            metric=row["metric"],
            value=value,
        )


def refresh(family, cells):
    """Recompute the rows of ``family`` for ``cells``: pairs of (a date or datetime in the
    month, a pôle id or None). Call it inside the transaction of the write, after the
    write; cells of closed years are left as they are."""
    source = SOURCES[family]
    wanted = {(month_of(when), pole_id) for when, pole_id in cells if when is not None}
    if not wanted:
        return
    transaction.on_commit(forget_key_figures)
    with transaction.atomic():
        for year in sorted({month.year for month, _pole in wanted}):
            hold_year(year)
        frozen = closed_years()  # read once the years are held
        for month, pole_id in sorted(wanted, key=lambda cell: (cell[0], cell[1] or 0)):
            if month.year in frozen:
                continue
            _lock(family, month, pole_id)
            MonthlyFigure.objects.filter(
                metric__in=source.metrics, month=month, pole_id=pole_id
            ).delete()
            MonthlyFigure.objects.bulk_create(
                _rows(source, month, next_month(month), pole_id), batch_size=500
            )


def rebuild(families=None, first=datetime.date(2000, 1, 1), last=datetime.date(2100, 1, 1)):
    """Recompute the rows of ``families`` (all by default) for the months from ``first``
    up to ``last`` (excluded), outside the closed years. Returns the number of rows
    written."""
    transaction.on_commit(forget_key_figures)
    written = 0
    with transaction.atomic():
        frozen = closed_years()
        for family in families or sorted(SOURCES):
            source = SOURCES[family]
            stale = MonthlyFigure.objects.filter(
                metric__in=source.metrics, month__gte=first, month__lt=last
            ).exclude(month__year__in=frozen)
            stale.delete()
            rows = [
                row for row in _rows(source, first, last, ALL_POLES) if row.month.year not in frozen
            ]
            MonthlyFigure.objects.bulk_create(rows, batch_size=1000)
            written += len(rows)
    return written


def pole_filter(pole, field="pole"):
    """The ``filter()`` keywords that restrict a source's query to ``pole``."""
    if pole is ALL_POLES:
        return {}
    if pole is None:
        return {f"{field}__isnull": True}
    return {field: pole}
