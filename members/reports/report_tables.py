"""The tables of the funders' reports, each built from the report's ``figures`` (one
``figures.read``) and its pôles: plain data that the workbook and the PDF lay out.

A cell's Python type says what it is: ``str`` text, ``int`` a count, ``Decimal`` euros,
``Rate`` a share (0.875 is 87.5 %), ``None`` nothing to show. Rows by pôle list every pôle
of the report (with zeros), then « Sans pôle » in the coordination's reports when there
are figures with no pôle; rows by theme or type list every choice in its order."""

from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from ..actions.choices import ActionKind, ActionTheme
from ..proposals.amounts import format_amount
from ..proposals.choices import ProposalStatus
from .figures import METRIC_LABELS, kind_label, theme_label

# The reports are in French (``funders.build`` runs under ``translation.override``).
LANGUAGE = "fr"


class Rate(float):
    """A share (people present over seats filled), shown as a percentage."""


@dataclass
class Table:
    key: str
    title: str
    header: list
    rows: list
    totals: list | None = None
    notes: list = field(default_factory=list)
    # Relative widths of the columns in the PDF (the first column is the label).
    widths: tuple = ()


def rate(attended, seats):
    return Rate(attended / seats) if seats else None


def label(metric):
    return capfirst(METRIC_LABELS[metric])


class Rows:
    """The rows by pôle of some metrics: every pôle in the report (with zeros), then the
    figures with no pôle (for the coordination's reports, when there are any)."""

    def __init__(self, report):
        self.report = report
        self.figures = report.figures

    def by_pole(self, metrics):
        values = {metric: self.figures.by(metric, "pole") for metric in metrics}
        rows = [
            (pole.name, [values[metric].get(pole.pk, 0) for metric in metrics])
            for pole in self.report.poles
        ]
        if self.report.all_poles and any(values[metric].get(None) for metric in metrics):
            rows.append((_("Sans pôle"), [values[metric].get(None, 0) for metric in metrics]))
        return rows

    def totals(self, metrics):
        return [self.figures.total(metric) for metric in metrics]


def cover(report):
    return Table(
        key="cover",
        title=_("Rapport"),
        header=[_("Rubrique"), _("Valeur")],
        rows=[
            [_("Financeur"), str(report.funder.name)],
            [_("Période"), capfirst(report.period_label)],
            [_("Pôles couverts"), capfirst(report.poles_label)],
            [
                _("Généré le"),
                date_format(timezone.localtime(report.generated_at), "DATETIME_FORMAT"),
            ],
            [
                _("État des chiffres"),
                _("Chiffres définitifs : l'année est close.")
                if report.final
                else _(
                    "Chiffres provisoires : l'année n'est pas close, ils peuvent encore changer."
                ),
            ],
            [_("Contenu"), str(report.funder.intro)],
        ],
        widths=(1, 3),
    )


def key_figures(report):
    figures = report.figures.summary()
    rows = []
    for name, value in figures.items():
        if name == "active_ambassadors":
            heading = _("Ambassadeurs et ambassadrices actifs (90 derniers jours)")
        elif name == "attendance_rate":
            heading = _("Taux de présence aux formations")
            value = None if value is None else Rate(value)
        else:
            heading = label(name)
        rows.append([heading, value])
    return Table(
        key="key_figures",
        title=_("Chiffres clés"),
        header=[_("Mesure"), _("Valeur")],
        rows=rows,
        widths=(3, 1),
    )


def _pole_table(report, key, title, metrics, notes=()):
    rows = Rows(report)
    return Table(
        key=key,
        title=title,
        header=[_("Pôle"), *(label(metric) for metric in metrics)],
        rows=[[name, *values] for name, values in rows.by_pole(metrics)],
        totals=[_("Total"), *rows.totals(metrics)],
        notes=list(notes),
        widths=(2, *(1 for _metric in metrics)),
    )


def ambassadors(report):
    active = report.figures.active_ambassadors
    note = _(
        "Ambassadeurs et ambassadrices actifs (au moins une action notée dans les 90 jours "
        "avant la fin de la période, tous pôles du rapport) : %(count)s."
    ) % {"count": active}
    return _pole_table(
        report,
        "ambassadors",
        _("Ambassadeurs par pôle"),
        ("applied", "approved"),
        notes=[note],
    )


def trainings(report):
    metrics = ("sessions_held", "seats_filled", "attended")
    rows = Rows(report)
    body = []
    for name, values in rows.by_pole((*metrics, "attestations")):
        held, seats, present, downloaded = values
        body.append([name, held, seats, present, rate(present, seats), downloaded])
    held, seats, present, downloaded = rows.totals((*metrics, "attestations"))
    return Table(
        key="trainings",
        title=_("Formations"),
        header=[
            _("Pôle"),
            label("sessions_held"),
            label("seats_filled"),
            label("attended"),
            _("Taux de présence"),
            label("attestations"),
        ],
        rows=body,
        totals=[_("Total"), held, seats, present, rate(present, seats), downloaded],
        notes=[
            _(
                "Une session est tenue quand au moins une personne y est notée présente ; le "
                "taux de présence rapporte les présences aux places occupées de ces sessions."
            )
        ],
        widths=(1.7, 1, 1, 1, 1, 1.3),
    )


def actions_by_pole(report):
    return _pole_table(
        report, "actions_by_pole", _("Actions par pôle"), ("actions", "people_reached")
    )


def _choice_rows(figures, dimension, choices, name_of):
    """Rows of actions and people reached by ``dimension`` (theme or kind): every choice in
    its order (with zeros), then any other key found in the figures."""
    actions = figures.by("actions", dimension)
    people = figures.by("people_reached", dimension)
    keys = [*choices, *(key for key in (*actions, *people) if key not in choices)]
    seen = []
    for key in keys:
        if key not in seen:
            seen.append(key)
    return [[str(name_of(key)), actions.get(key, 0), people.get(key, 0)] for key in seen]


def _actions_by(report, key, title, heading, dimension, values, name_of):
    """Actions and people reached by one of the action's choices (theme or type)."""
    return Table(
        key=key,
        title=title,
        header=[heading, label("actions"), label("people_reached")],
        rows=_choice_rows(report.figures, dimension, values, name_of),
        totals=[
            _("Total"),
            report.figures.total("actions"),
            report.figures.total("people_reached"),
        ],
        widths=(3, 1, 1),
    )


def actions_by_theme(report):
    return _actions_by(
        report,
        "actions_by_theme",
        _("Actions par thème"),
        _("Thème"),
        "theme",
        ActionTheme.values,
        theme_label,
    )


def actions_by_kind(report):
    return _actions_by(
        report,
        "actions_by_kind",
        _("Actions par type"),
        _("Type d'action"),
        "kind",
        ActionKind.values,
        kind_label,
    )


def projects_by_status(report):
    figures = report.figures
    counts = figures.proposals_by_status()
    requested = figures.by("amount_requested", "kind")
    statuses = dict(ProposalStatus.choices)
    return Table(
        key="projects_by_status",
        title=_("Projets par état"),
        header=[_("État"), label("proposals"), label("amount_requested")],
        rows=[
            [capfirst(str(statuses.get(status, status))), count, requested.get(status, 0)]
            for status, count in counts.items()
        ],
        totals=[_("Total"), figures.total("proposals"), figures.total("amount_requested")],
        notes=[
            _(
                "Les projets sont comptés au mois de leur dernier dépôt, dans leur état "
                "d'aujourd'hui ; les montants accordés au mois de la décision : %(granted)s "
                "sur la période."
            )
            % {"granted": _money_text(figures.total("amount_granted"))}
        ],
        widths=(2, 1, 1),
    )


def _money_text(value):
    return format_amount(value, LANGUAGE)


def projects_by_pole(report):
    return _pole_table(
        report,
        "projects_by_pole",
        _("Projets par pôle"),
        ("proposals", "amount_requested", "amount_granted"),
    )


TABLES = {
    "ambassadors": ambassadors,
    "trainings": trainings,
    "actions_by_pole": actions_by_pole,
    "actions_by_theme": actions_by_theme,
    "actions_by_kind": actions_by_kind,
    "projects_by_status": projects_by_status,
    "projects_by_pole": projects_by_pole,
}
