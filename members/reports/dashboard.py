"""The programme's dashboard in the Wagtail admin (/admin/chiffres/): the coordination
sees every pôle (and what has none), a référent the pôles they follow.

Every number comes from one ``figures.read(period, pôles)`` (two queries, whatever the
amount of data); the pôles of the filter are one more. Each chart is drawn on the server
(``charts``) beside the table of its numbers, and each number links to the rows behind
it: the actions' list filtered the same way, or the admin's lists of applications,
sessions and proposals (filtered by pôle and state where they can be)."""

from django.utils.formats import date_format
from django.utils.translation import get_language_bidi, gettext_lazy
from django.utils.translation import gettext as _

from babel.numbers import format_percent

from ..actions.choices import ActionKind, ActionTheme
from ..proposals.amounts import display_locale, format_amount
from ..proposals.choices import ProposalStatus
from . import charts, figures

NO_POLE_LABEL = gettext_lazy("Sans pôle")


def read(selection):
    """``figures.read`` for the selection. What has no pôle is read with every pôle and
    kept apart here (``read`` takes pôle ids only); its active ambassadors are not
    counted (None)."""
    if not selection.no_pole:
        return figures.read(selection.period, selection.pole_ids)
    everything = figures.read(selection.period, None)
    return figures.Figures(
        period=selection.period,
        pole_ids=[None],
        rows=[row for row in everything.rows if row["pole_id"] is None],
        active_ambassadors=None,
    )


def cell(value, url, header, label):
    """A number of a table, its link, and what it counts (said to screen readers in the
    link, which may be read out of the table)."""
    return {"value": value, "url": url, "context": f"{header}, {label}"}


def percent(rate, language):
    if rate is None:
        return "—"
    return format_percent(rate, locale=display_locale(language), numbering_system="latn")


def month_points(values, links=None, key=None):
    """Points of a month chart: ``values`` is ``{month: [value, …]}`` in order."""
    points, previous_year = [], None
    for month, numbers in values.items():
        short = (date_format(month, "N"),)
        if month.year != previous_year:
            short = (*short, str(month.year))
        previous_year = month.year
        url = links.actions(mois=f"{month:%Y-%m}") if links else ""
        points.append(charts.Point(date_format(month, "F Y"), list(numbers), short, url))
    return points


class Dashboard:
    """What the page shows, computed once from the figures of the selection."""

    def __init__(self, data, selection, poles, every_pole, links, language):
        self.data, self.selection, self.links = data, selection, links
        self.poles, self.every_pole, self.language = poles, every_pole, language
        self.rtl = get_language_bidi()

    def n(self, value):
        return "—" if value is None else charts.number(value, self.language)

    def euros(self, value):
        return format_amount(value, self.language)

    def cards(self):
        """The headline numbers by family: (key of ``Figures.summary``, label, shown, link)."""
        summary, links = self.data.summary(), self.links
        n, euros = self.n, self.euros
        return [
            {
                "title": _("Ambassadeurs et ambassadrices"),
                "items": [
                    (
                        "applied",
                        _("candidatures reçues"),
                        n(summary["applied"]),
                        links.applications(),
                    ),
                    (
                        "approved",
                        _("candidatures acceptées"),
                        n(summary["approved"]),
                        links.applications(status="approved"),
                    ),
                    (
                        "active_ambassadors",
                        _("actifs ou actives dans les 90 jours avant la fin de la période"),
                        n(summary["active_ambassadors"]),
                        "",
                    ),
                ],
            },
            {
                "title": _("Formations"),
                "items": [
                    (
                        "sessions_held",
                        _("sessions tenues"),
                        n(summary["sessions_held"]),
                        links.sessions(),
                    ),
                    (
                        "seats_filled",
                        _("places occupées"),
                        n(summary["seats_filled"]),
                        links.sessions(),
                    ),
                    ("attended", _("présences"), n(summary["attended"]), ""),
                    (
                        "attendance_rate",
                        _("taux de présence"),
                        percent(summary["attendance_rate"], self.language),
                        "",
                    ),
                    (
                        "attestations",
                        _("attestations téléchargées"),
                        n(summary["attestations"]),
                        "",
                    ),
                ],
            },
            {
                "title": _("Actions"),
                "items": [
                    ("actions", _("actions notées"), n(summary["actions"]), links.actions()),
                    (
                        "people_reached",
                        _("personnes touchées"),
                        n(summary["people_reached"]),
                        links.actions(),
                    ),
                ],
            },
            {
                "title": _("Projets"),
                "items": [
                    ("proposals", _("projets déposés"), n(summary["proposals"]), links.proposals()),
                    (
                        "amount_requested",
                        _("montants demandés"),
                        euros(summary["amount_requested"]),
                        "",
                    ),
                    (
                        "amount_granted",
                        _("montants accordés"),
                        euros(summary["amount_granted"]),
                        links.proposals(status=ProposalStatus.ACCEPTED),
                    ),
                ],
            },
        ]

    def proposals(self):
        """Rows per status (projects, amount requested), then the totals."""
        counts = self.data.by("proposals", "kind")
        money = self.data.by("amount_requested", "kind")
        rows = [
            {
                "label": label,
                "count": self.n(counts.get(value, 0)),
                "requested": money.get(value, 0),
                "url": self.links.proposals(status=value),
            }
            for value, label in ProposalStatus.choices
            if value != ProposalStatus.DRAFT
        ]
        return {
            "rows": rows,
            "count": self.n(self.data.total("proposals")),
            "requested": self.data.total("amount_requested"),
            "granted": self.data.total("amount_granted"),
            "url": self.links.proposals(),
            "accepted_url": self.links.proposals(status=ProposalStatus.ACCEPTED),
        }

    def _chart(
        self, chart_id, title, dimension, points, headers, kind="bars", series=(), rows=None
    ):
        """A chart and its table: one row per point, one column per value (``rows`` and
        their totals when the table shows more than the chart)."""
        desc = charts.describe(points, self.language)
        if kind == "columns":
            svg = charts.column_chart(
                chart_id, title, desc, points, self.language, series=series, rtl=self.rtl
            )
        else:
            svg = charts.bar_chart(chart_id, title, desc, points, self.language, rtl=self.rtl)
        if rows is None:
            rows = [
                {
                    "label": point.label,
                    "cells": [
                        cell(self.n(value), point.url, header, point.label)
                        for value, header in zip(point.values, headers, strict=True)
                    ],
                }
                for point in points
            ]
            totals = [self.n(sum(point.values[0] for point in points))]
        else:
            rows, totals = rows
        return {
            "id": chart_id,
            "title": title,
            "svg": svg,
            "dimension": dimension,
            "headers": headers,
            "rows": rows,
            "totals": totals,
            "wide": kind == "columns",
        }

    def training(self):
        """Seats filled and people present by month (the chart); sessions held and the
        rate of presence too (the table)."""
        seats = self.data.by_month("seats_filled")
        present = self.data.by_month("attended")
        held = self.data.by_month("sessions_held")
        points = month_points({month: [seats[month], present[month]] for month in seats})
        url = self.links.sessions()
        rows = []
        for point, month in zip(points, seats, strict=True):
            point.url = url
            rate = present[month] / seats[month] if seats[month] else None
            rows.append(
                {
                    "label": point.label,
                    "cells": [
                        cell(self.n(value), link, header, point.label)
                        for value, link, header in (
                            (held[month], url, _("Sessions tenues")),
                            (seats[month], url, _("Places occupées")),
                            (present[month], "", _("Présences")),
                        )
                    ]
                    + [cell(percent(rate, self.language), "", _("Taux"), point.label)],
                }
            )
        totals = [
            self.n(sum(held.values())),
            self.n(sum(seats.values())),
            self.n(sum(present.values())),
            percent(self.data.attendance_rate, self.language),
        ]
        return points, (rows, totals)

    def pole_points(self, metric):
        values = self.data.by(metric, "pole")
        if self.selection.no_pole:
            shown = [(None, NO_POLE_LABEL)]
        elif self.selection.pole is not None:
            shown = [(self.selection.pole.pk, self.selection.pole.name)]
        else:
            shown = [(pole.pk, pole.name) for pole in self.poles]
            if self.every_pole:
                shown.append((None, NO_POLE_LABEL))
        return [
            charts.Point(
                str(label),
                [values.get(pk, 0)],
                url=self.links.actions(pole=pk if pk is not None else "sans"),
            )
            for pk, label in shown
        ]

    def choice_points(self, metric, dimension, choices, param):
        values = self.data.by(metric, dimension)
        known = dict(choices)
        keys = [*known, *(key for key in values if key not in known)]
        return [
            charts.Point(
                str(known.get(key, key) or "—"),
                [values.get(key, 0)],
                url=self.links.actions(**{param: key}),
            )
            for key in keys
        ]

    def charts(self):
        people, actions = _("Personnes touchées"), _("Actions")
        by_month = self.data.by_month("people_reached")
        training_points, training_rows = self.training()
        return [
            self._chart(
                "chart-people-month",
                _("Personnes touchées par mois"),
                _("Mois"),
                month_points({m: [v] for m, v in by_month.items()}, self.links),
                [people],
                kind="columns",
            ),
            self._chart(
                "chart-actions-month",
                _("Actions par mois"),
                _("Mois"),
                month_points(
                    {m: [v] for m, v in self.data.by_month("actions").items()}, self.links
                ),
                [actions],
                kind="columns",
            ),
            self._chart(
                "chart-people-pole",
                _("Personnes touchées par pôle"),
                _("Pôle"),
                self.pole_points("people_reached"),
                [people],
            ),
            self._chart(
                "chart-people-theme",
                _("Personnes touchées par thème"),
                _("Thème"),
                self.choice_points("people_reached", "theme", ActionTheme.choices, "theme"),
                [people],
            ),
            self._chart(
                "chart-people-kind",
                _("Personnes touchées par type d'action"),
                _("Type d'action"),
                self.choice_points("people_reached", "kind", ActionKind.choices, "type"),
                [people],
            ),
            self._chart(
                "chart-training-month",
                _("Formations : places occupées et présences par mois"),
                _("Mois"),
                training_points,
                [_("Sessions tenues"), _("Places occupées"), _("Présences"), _("Taux")],
                kind="columns",
                series=(_("Places occupées"), _("Présences")),
                rows=training_rows,
            ),
        ]
