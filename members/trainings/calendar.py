"""iCalendar files of training sessions: attached to confirmation e-mails, and the private
feed of a member's confirmed sessions (a secret, revocable URL)."""

import datetime
import re

from django.conf import settings
from django.utils import timezone

from icalendar import Event

from pages.ical import new_calendar
from portal.core.time import PARIS

# ``secrets.token_urlsafe(24)`` (members.people.models.new_calendar_token): 32 URL-safe
# characters; a little room either way, nothing else.
TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{16,64}")


def valid_token(token):
    """Whether ``token`` has the shape of a calendar token (checked before any query)."""
    return isinstance(token, str) and TOKEN_SHAPE.fullmatch(token) is not None


def _host():
    return settings.WAGTAILADMIN_BASE_URL.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]


def session_component(session, stamp, title=None):
    component = Event()
    component.add("uid", f"session-{session.pk}@{_host()}")
    component.add("dtstamp", stamp)
    component.add("dtstart", timezone.localtime(session.starts_at, PARIS))
    component.add("dtend", timezone.localtime(session.ends_at, PARIS))
    component.add("summary", title or session.training.title)
    location = session.place
    if session.pole_id:
        location = f"{location} (Pôle Ressources Santé – {session.pole.name})"
    component.add("location", location)
    if session.trainer:
        component.add("description", session.trainer)
    component.add("status", "CANCELLED" if session.cancelled else "CONFIRMED")
    return component


def session_calendar(sessions, name="Ambassadeurs santé – formations", titles=None):
    calendar = new_calendar(name)
    stamp = timezone.now().astimezone(datetime.UTC).replace(microsecond=0)
    titles = titles or {}
    for session in sessions:
        calendar.add_component(session_component(session, stamp, titles.get(session.pk)))
    calendar.add_missing_timezones()
    return calendar


def session_ics(sessions, titles=None):
    """The text of an .ics file for these sessions."""
    return session_calendar(sessions, titles=titles).to_ical().decode()
