"""The site's clock: Lille lives in Europe/Paris, whatever time zone the server runs in."""

import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone

PARIS = ZoneInfo("Europe/Paris")


def local_today():
    """Today's date in Paris."""
    return timezone.localdate(timezone=PARIS)


def next_local_midnight(now=None):
    """The next midnight in Paris (an aware datetime): when "today" changes for the site."""
    today = timezone.localtime(now or timezone.now(), PARIS).date()
    return datetime.datetime.combine(today + datetime.timedelta(days=1), datetime.time(), PARIS)
