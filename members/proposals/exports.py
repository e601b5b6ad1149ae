"""The proposals of the admin's list (its filters applied) as a spreadsheet: one row per
proposal, the budget's figures, the average score per criterion and overall, the dates
in Paris time, a totals row. Written by ``members.spreadsheets`` (formula cells stay text).

Scores follow the review page's rule: the averages of a proposal still under review show
only to someone who has sent their own scores (or withdrawn); a decided or withdrawn
proposal shows them to every reader."""

from collections import defaultdict
from decimal import Decimal
from statistics import mean

from django.db.models import Avg
from django.utils.text import slugify
from django.utils.translation import gettext as _

from portal.core.time import local_today

from ..spreadsheets import csv_response, xlsx_response
from .amounts import CENT
from .models import ZERO
from .review_models import Score
from .reviews import criteria

KINDS = ("csv", "xlsx")


def _money(value):
    """Euros to the cent, whatever the database's sum gave (SQLite: ``1500``)."""
    return None if value is None else Decimal(value).quantize(CENT)


def _average(value):
    return None if value is None else round(float(value), 1)


def _columns(proposals):
    """``[(call id, criterion key, heading)]`` of every call in the export, in order."""
    calls = {}
    for proposal in proposals:
        calls.setdefault(proposal.call_id, proposal.call)
    several = len(calls) > 1
    return [
        (call.pk, key, f"{title} ({call.title})" if several else title)
        for call in calls.values()
        for key, title in criteria(call)
    ]


def _averages(proposals):
    """``{proposal id: {criterion key: average}}`` of the scores sent (one query)."""
    found = defaultdict(dict)
    rows = (
        Score.objects.filter(
            review__proposal__in=[proposal.pk for proposal in proposals],
            review__submitted_at__isnull=False,
            value__isnull=False,
        )
        .order_by()
        .values("review__proposal_id", "criterion")
        .annotate(average=Avg("value"))
    )
    for row in rows:
        found[row["review__proposal_id"]][row["criterion"]] = row["average"]
    return found


def header(columns):
    return [
        _("Appel à projets"),
        _("Titre"),
        _("Pôle"),
        _("Porteur ou porteuse"),
        _("État"),
        _("Coût total (€)"),
        _("Autres financements (€)"),
        _("Montant demandé (€)"),
        _("Montant accordé (€)"),
        *(_("Moyenne : %(criterion)s") % {"criterion": title} for _c, _k, title in columns),
        _("Moyenne générale"),
        _("Examens envoyés"),
        _("Déposé le"),
        _("Décidé le"),
    ]


def rows(proposals, columns):
    """The proposals come annotated by ``admin.with_figures`` (budget totals, reviews
    sent, whether the viewer has reviewed)."""
    averages = _averages(proposals)
    for proposal in proposals:
        visible = proposal.viewer_reviewed or proposal.is_closed
        mine = averages.get(proposal.pk, {})
        by_column = [
            _average(mine.get(key)) if visible and call_id == proposal.call_id else None
            for call_id, key, _title in columns
        ]
        given = [
            mine[key] for call_id, key, _t in columns if call_id == proposal.call_id and key in mine
        ]
        owner = proposal.owner
        yield [
            proposal.call.title,
            proposal.title,
            proposal.pole.name if proposal.pole_id else "",
            (owner.get_full_name() or owner.email) if owner else "",
            proposal.get_status_display(),
            _money(proposal.total_cost),
            _money(proposal.other_funding),
            _money(proposal.requested_amount),
            _money(proposal.amount_granted),
            *by_column,
            _average(mean(given)) if visible and given else None,
            proposal.reviews_sent,
            proposal.submitted_at,
            proposal.decided_at,
        ]


def totals_row(proposals, columns):
    def total(name):
        return sum((getattr(proposal, name) or ZERO for proposal in proposals), ZERO)

    count = len(proposals)
    return [
        _("Total"),
        _("%(count)s projet(s)") % {"count": count},
        "",
        "",
        "",
        _money(total("total_cost")),
        _money(total("other_funding")),
        _money(total("requested_amount")),
        _money(total("amount_granted")),
        *(None for _column in columns),
        None,
        sum(proposal.reviews_sent for proposal in proposals),
        None,
        None,
    ]


def filename(proposals):
    calls = {proposal.call.title for proposal in proposals}
    name = calls.pop() if len(calls) == 1 else _("projets")
    return slugify(f"{name} {local_today():%Y-%m-%d}", allow_unicode=True) or "projets"


def response(queryset, kind):
    """The download of ``queryset`` (annotated by ``admin.with_figures``) as ``kind``."""
    proposals = list(queryset)
    columns = _columns(proposals)
    body = list(rows(proposals, columns))
    if kind == "csv":
        return csv_response(
            filename(proposals), header(columns), body, totals=totals_row(proposals, columns)
        )
    return xlsx_response(
        filename(proposals),
        _("Projets"),
        header(columns),
        body,
        totals=totals_row(proposals, columns),
    )
