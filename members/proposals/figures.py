"""Proposals' figures: projects by status (month of their last submission), the amounts
they ask the calls for, and the amounts granted (month of the decision)."""

from django.db.models import DecimalField, OuterRef, Subquery, Sum, Value
from django.db.models.functions import Coalesce, TruncMonth

from portal.core.time import PARIS

from .. import summary
from .choices import ProposalStatus
from .models import BudgetLine, Proposal

METRICS = ("proposals", "amount_requested", "amount_granted")
MONEY = DecimalField(max_digits=14, decimal_places=2)


def _requested():
    lines = (
        BudgetLine.objects.filter(proposal=OuterRef("pk"))
        .order_by()
        .values("proposal")
        .annotate(total=Sum("amount") - Sum("other_amount"))
        .values("total")
    )
    return Coalesce(Subquery(lines, output_field=MONEY), Value(0, output_field=MONEY))


@summary.register("proposals", METRICS)
def proposal_figures(start, end, pole):
    low, high = summary.paris_bounds(start, end)
    submitted = (
        Proposal.objects.filter(submitted_at__gte=low, submitted_at__lt=high)
        .filter(**summary.pole_filter(pole))
        .exclude(status=ProposalStatus.DRAFT)
        .annotate(requested=_requested(), month=TruncMonth("submitted_at", tzinfo=PARIS))
    )
    # Sum the per-proposal subquery in Python: grouping over a subquery is not portable.
    counts = {}
    for row in submitted.values("month", "pole_id", "status", "requested"):
        key = (row["month"], row["pole_id"], row["status"])
        count, money = counts.get(key, (0, 0))
        counts[key] = (count + 1, money + row["requested"])
    for (month, pole_id, status), (count, money) in counts.items():
        yield {
            "month": month,
            "pole_id": pole_id,
            "kind": status,
            "metric": "proposals",
            "value": count,
        }
        yield {
            "month": month,
            "pole_id": pole_id,
            "kind": status,
            "metric": "amount_requested",
            "value": money,
        }
    granted = (
        Proposal.objects.filter(
            status=ProposalStatus.ACCEPTED, decided_at__gte=low, decided_at__lt=high
        )
        .filter(**summary.pole_filter(pole))
        .annotate(month=TruncMonth("decided_at", tzinfo=PARIS))
        .values("month", "pole_id")
        .annotate(value=Coalesce(Sum("amount_granted"), Value(0, output_field=MONEY)))
        .order_by()
    )
    for row in granted:
        yield {
            "month": row["month"],
            "pole_id": row["pole_id"],
            "metric": "amount_granted",
            "value": row["value"],
        }


def cells(proposal):
    return [(proposal.submitted_at, proposal.pole_id), (proposal.decided_at, proposal.pole_id)]
