"""Trainings' figures: sessions held (at least one person noted present), seats filled
(confirmed registrations of those sessions), people present, attestations downloaded."""

from django.db.models import Count, Exists, OuterRef, Q
from django.db.models.functions import TruncMonth

from portal.core.time import PARIS

from .. import summary
from .choices import RegistrationStatus
from .models import AttestationDownload, Registration, TrainingSession


def held_sessions():
    present = Registration.objects.filter(session=OuterRef("pk"), attended=True)
    return TrainingSession.objects.filter(cancelled=False).filter(Exists(present))


@summary.register("trainings", ("sessions_held", "seats_filled", "attended"))
def training_figures(start, end, pole):
    low, high = summary.paris_bounds(start, end)
    rows = (
        held_sessions()
        .filter(starts_at__gte=low, starts_at__lt=high, **summary.pole_filter(pole))
        .annotate(month=TruncMonth("starts_at", tzinfo=PARIS))
        .values("month", "pole_id")
        .annotate(
            sessions_held=Count("id", distinct=True),
            seats_filled=Count(
                "registrations",
                filter=Q(registrations__status=RegistrationStatus.CONFIRMED),
            ),
            attended=Count(
                "registrations",
                filter=Q(
                    registrations__status=RegistrationStatus.CONFIRMED,
                    registrations__attended=True,
                ),
            ),
        )
        .order_by()
    )
    for row in rows:
        for metric in ("sessions_held", "seats_filled", "attended"):
            yield {
                "month": row["month"],
                "pole_id": row["pole_id"],
                "metric": metric,
                "value": row[metric],
            }


@summary.register("attestations", ("attestations",))
def attestation_figures(start, end, pole):
    low, high = summary.paris_bounds(start, end)
    rows = (
        AttestationDownload.objects.filter(at__gte=low, at__lt=high, **summary.pole_filter(pole))
        .annotate(month=TruncMonth("at", tzinfo=PARIS))
        .values("month", "pole_id")
        .annotate(value=Count("id"))
        .order_by()
    )
    for row in rows:
        yield {**row, "metric": "attestations"}


def session_cell(session):
    return (session.starts_at, session.pole_id)
