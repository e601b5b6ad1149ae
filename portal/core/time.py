"""The site's clock: Lille lives in Europe/Paris, whatever time zone the server runs in."""

from zoneinfo import ZoneInfo

from django.utils import timezone

PARIS = ZoneInfo("Europe/Paris")


def local_today():
    """Today's date in Paris."""
    return timezone.localdate(timezone=PARIS)
