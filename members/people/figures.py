"""People's figures: applications received and accepted, by month and pôle."""

from django.db.models import Count
from django.db.models.functions import TruncMonth

from portal.core.time import PARIS

from .. import summary
from .choices import ApplicationStatus
from .models import Application


@summary.register("people", ("applied", "approved"))
def people_figures(start, end, pole):
    low, high = summary.paris_bounds(start, end)
    applications = Application.objects.filter(**summary.pole_filter(pole))
    for metric, field, rows in (
        ("applied", "created_at", applications),
        ("approved", "decided_at", applications.filter(status=ApplicationStatus.APPROVED)),
    ):
        grouped = (
            rows.filter(**{f"{field}__gte": low, f"{field}__lt": high})
            .annotate(month=TruncMonth(field, tzinfo=PARIS))
            .values("month", "pole_id")
            .annotate(value=Count("id"))
            .order_by()
        )
        for row in grouped:
            yield {**row, "metric": metric}


def cells(application):
    """The cells an application counts in."""
    return [
        (application.created_at, application.pole_id),
        (application.decided_at, application.pole_id),
    ]
