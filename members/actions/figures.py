"""The action log's figures: actions and people reached, by month, pôle, theme and type."""

from django.db.models import Count, Sum
from django.db.models.functions import TruncMonth

from .. import summary
from .models import Action

METRICS = ("actions", "people_reached")


@summary.register("actions", METRICS)
def action_figures(start, end, pole):
    rows = (
        Action.objects.filter(date__gte=start, date__lt=end, **summary.pole_filter(pole))
        .annotate(month=TruncMonth("date"))
        .values("month", "pole_id", "theme", "kind")
        .annotate(actions=Count("id"), people_reached=Sum("people"))
        .order_by()
    )
    for row in rows:
        for metric in METRICS:
            yield {**row, "metric": metric, "value": row[metric]}
