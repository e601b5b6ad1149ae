"""The programme's dashboard in the Wagtail admin (/admin/chiffres/): the coordination
sees every pôle (and what has none), a référent the pôles they follow.

Every number comes from one ``figures.read(period, pôles)`` (two queries, whatever the
amount of data); the pôles of the filter are one more. Each chart is drawn on the server
(``charts``) beside the table of its numbers, and each number links to the rows behind
it: the actions' list filtered the same way, or the admin's lists of applications,
sessions and proposals (filtered by pôle and state where they can be)."""

from django.utils.translation import get_language_bidi, gettext_lazy
from django.utils.translation import gettext as _

from babel.numbers import format_percent

from portal.core.money import display_locale

from ..actions.choices import ActionKind, ActionTheme
from ..proposals.amounts import format_amount
from ..proposals.choices import ProposalStatus
from . import charts, figures

NO_POLE_LABEL = gettext_lazy("Sans pôle")
ACCEPTED = {"status": ProposalStatus.ACCEPTED}
# The headline numbers, by family: the key of ``Figures.summary``, its label, and the list
# of the rows behind it (a method of ``links.Links`` and its arguments), if any.
CARDS = [
    (
        gettext_lazy("Ambassadeurs et ambassadrices"),
        [
            ("applied", gettext_lazy("candidatures reçues"), ("applications", {})),
            (
                "approved",
                gettext_lazy("candidatures acceptées"),
                ("applications", {"status": "approved"}),
            ),
            (
                "active_ambassadors",
                gettext_lazy("actifs ou actives dans les 90 jours avant la fin de la période"),
                None,
            ),
        ],
    ),
    (
        gettext_lazy("Formations"),
        [
            ("sessions_held", gettext_lazy("sessions tenues"), ("sessions", {})),
            ("seats_filled", gettext_lazy("places occupées"), ("sessions", {})),
            ("attended", gettext_lazy("présences"), ("sessions", {})),
            ("attendance_rate", gettext_lazy("taux de présence"), None),
            ("attestations", gettext_lazy("attestations téléchargées"), None),
        ],
    ),
    (
        gettext_lazy("Actions"),
        [
            ("actions", gettext_lazy("actions notées"), ("actions", {})),
            ("people_reached", gettext_lazy("personnes touchées"), ("actions", {})),
        ],
    ),
    (
        gettext_lazy("Projets"),
        [
            ("proposals", gettext_lazy("projets déposés"), ("proposals", {})),
            ("amount_requested", gettext_lazy("montants demandés"), None),
            ("amount_granted", gettext_lazy("montants accordés"), ("proposals", ACCEPTED)),
        ],
    ),
]


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


def percent(rate, language):
    if rate is None:
        return "—"
    return format_percent(rate, locale=display_locale(language), numbering_system="latn")


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

    def shown(self, key, value):
        if key in figures.MONEY_METRICS:
            return self.euros(value)
        if key == "attendance_rate":
            return percent(value, self.language)
        return self.n(value)

    def cards(self):
        """The headline numbers by family: (key of ``Figures.summary``, label, shown, link)."""
        summary = self.data.summary()
        return [
            {
                "title": title,
                "items": [
                    (
                        key,
                        label,
                        self.shown(key, summary[key]),
                        getattr(self.links, link[0])(**link[1]) if link else "",
                    )
                    for key, label, link in items
                ],
            }
            for title, items in CARDS
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

    def _chart(self, chart_id, title, dimension, points, headers, **options):
        return charts.with_table(
            chart_id, title, dimension, points, headers, self.language, rtl=self.rtl, **options
        )

    def training(self):
        """Seats filled and people present by month (the chart); sessions held and the
        rate of presence too (the table)."""
        seats = self.data.by_month("seats_filled")
        present = self.data.by_month("attended")
        held = self.data.by_month("sessions_held")
        points = charts.month_points({month: [seats[month], present[month]] for month in seats})
        url = self.links.sessions()
        rows = []
        for point, month in zip(points, seats, strict=True):
            point.url = url
            rate = present[month] / seats[month] if seats[month] else None
            rows.append(
                {
                    "label": point.label,
                    "cells": [
                        charts.cell(self.n(value), link, header, point.label)
                        for value, link, header in (
                            (held[month], url, _("Sessions tenues")),
                            (seats[month], url, _("Places occupées")),
                            (present[month], url, _("Présences")),
                        )
                    ]
                    + [charts.cell(percent(rate, self.language), "", _("Taux"), point.label)],
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

    def month_chart(self, chart_id, title, metric, header):
        values = {month: [value] for month, value in self.data.by_month(metric).items()}
        points = charts.month_points(values, self.links)
        return self._chart(chart_id, title, _("Mois"), points, [header], kind="columns")

    def charts(self):
        people = _("Personnes touchées")
        training_points, training_rows = self.training()
        return [
            self.month_chart(
                "chart-people-month", _("Personnes touchées par mois"), "people_reached", people
            ),
            self.month_chart("chart-actions-month", _("Actions par mois"), "actions", _("Actions")),
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
