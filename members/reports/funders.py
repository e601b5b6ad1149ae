"""What each funder's report contains (``FUNDERS``: the tables each one receives, in
order) and ``build``, which reads the figures once (``figures.read``) so that every number
equals the dashboard's for the same period and pôles.

A report is plain data (``Report`` and its ``report_tables.Table``s): the workbook
(``workbook``) and the PDF (``pdf``) only lay it out. Reports are written in French
whoever asks (the funders read French): ``build`` runs under ``translation.override``."""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pages.models import Pole

from .. import summary
from . import figures as figures_module
from .report_tables import LANGUAGE, TABLES, cover, key_figures

__all__ = ["ALIASES", "FUNDERS", "LANGUAGE", "Funder", "Report", "build", "funder_choices"]


@dataclass(frozen=True)
class Funder:
    key: str
    name: object  # lazy text
    intro: object  # lazy text
    tables: tuple


# The tables each funder receives, in order (the cover and the key figures come first in
# every report). The keys are those of ``TABLES`` below.
FUNDERS = {
    funder.key: funder
    for funder in (
        Funder(
            "ars",
            gettext_lazy("Agence régionale de santé (ARS)"),
            gettext_lazy(
                "Les actions de promotion de la santé des ambassadeurs et ambassadrices, "
                "par thème et par type, leur formation et les projets qu'ils portent."
            ),
            (
                "ambassadors",
                "trainings",
                "actions_by_theme",
                "actions_by_kind",
                "actions_by_pole",
                "projects_by_status",
            ),
        ),
        Funder(
            "departement",
            gettext_lazy("Département du Nord"),
            gettext_lazy(
                "L'engagement des habitants et habitantes comme ambassadeurs et "
                "ambassadrices, leur formation, les personnes qu'ils touchent dans chaque "
                "pôle et les projets financés."
            ),
            (
                "ambassadors",
                "trainings",
                "actions_by_pole",
                "actions_by_kind",
                "projects_by_pole",
            ),
        ),
        Funder(
            "ville",
            gettext_lazy("Ville de Lille"),
            gettext_lazy(
                "Les actions dans les quartiers de Lille, pôle par pôle et par thème, les "
                "ambassadeurs et ambassadrices qui les mènent et les projets des quartiers."
            ),
            (
                "ambassadors",
                "actions_by_pole",
                "actions_by_theme",
                "trainings",
                "projects_by_status",
                "projects_by_pole",
            ),
        ),
    )
}
# Other names the links may use for a funder.
ALIASES = {"nord": "departement"}


def funder_choices():
    return [(funder.key, funder.name) for funder in FUNDERS.values()]


@dataclass
class Report:
    """A funder's report: its figures and what the cover says, in French."""

    funder: Funder
    period: figures_module.Period
    figures: figures_module.Figures
    poles: list
    all_poles: bool
    final: bool
    generated_at: datetime.datetime
    tables: list = field(default_factory=list)
    title: str = ""
    status_label: str = ""
    period_label: str = ""
    poles_label: str = ""

    @property
    def filename(self):
        return f"rapport-{self.funder.key}-{period_slug(self.period)}"


def poles_label(poles, all_poles):
    if all_poles:
        return _("tous les pôles")
    if not poles:
        return _("aucun pôle")
    return ", ".join(pole.name for pole in poles)


def period_label(period):
    first, last = period.first, period.last
    if first.month == 1 and last.month == 12 and first.year == last.year:
        return _("année %(year)s") % {"year": first.year}
    if first == last:
        return date_format(first, "F Y")
    return _("de %(first)s à %(last)s") % {
        "first": date_format(first, "F Y"),
        "last": date_format(last, "F Y"),
    }


def period_slug(period):
    first, last = period.first, period.last
    if first.month == 1 and last.month == 12 and first.year == last.year:
        return str(first.year)
    return f"{first:%Y-%m}-{last:%Y-%m}"


def is_final(period, closed):
    """Whether every year of ``period`` is closed (its figures are final)."""
    return all(year in closed for year in range(period.first.year, period.last.year + 1))


def build(funder, period, pole_ids=None, now=None):
    """The report for ``funder`` (a ``Funder`` or its key) on ``period``, for ``pole_ids``
    (None: every pôle, and what has no pôle). Four queries, whatever the data."""
    if not isinstance(funder, Funder):
        funder = FUNDERS[ALIASES.get(funder, funder)]
    with translation.override(LANGUAGE):
        poles = Pole.objects.all()
        if pole_ids is not None:
            poles = poles.filter(pk__in=pole_ids)
        report = Report(
            funder=funder,
            period=period,
            figures=figures_module.read(period, pole_ids),
            poles=list(poles),
            all_poles=pole_ids is None,
            final=is_final(period, summary.closed_years()),
            generated_at=now or timezone.now(),
        )
        report.title = _("Rapport d'activité — %(funder)s") % {"funder": funder.name}
        report.status_label = (
            _("chiffres définitifs") if report.final else _("chiffres provisoires")
        )
        report.period_label = period_label(period)
        report.poles_label = poles_label(report.poles, report.all_poles)
        report.tables = [
            cover(report),
            key_figures(report),
            *(TABLES[key](report) for key in funder.tables),
        ]
    return report
