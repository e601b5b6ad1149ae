"""iCalendar (RFC 5545) files and feeds for the agenda, built with the icalendar library.

An event keeps one UID in every language (its translation key), so a calendar that
subscribed in French and in Arabic does not show it twice.
"""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify

from icalendar import Calendar
from icalendar import Event as ICalEvent

from pages.choices import Recurrence
from portal.core.time import PARIS

PRODID = "-//Ville de Lille//Ambassadeurs santé//FR"


def _location(event):
    parts = [event.place_name]
    if event.pole_id and not event.place_name:
        parts.append(f"Pôle Ressources Santé – {event.pole.name}")
    parts.append(" ".join(event.address.split()))
    return ", ".join(part for part in parts if part)


def _rrule(event):
    if not event.recurrence:
        return None
    rule = {
        "FREQ": "WEEKLY" if event.recurrence == Recurrence.WEEKLY else "MONTHLY",
        "INTERVAL": max(event.recurrence_interval, 1),
    }
    if event.recurrence_until:
        if event.all_day:
            rule["UNTIL"] = event.recurrence_until
        else:
            # With a zoned DTSTART, RFC 5545 wants UNTIL in UTC.
            end_of_day = datetime.datetime.combine(
                event.recurrence_until, datetime.time(23, 59, 59), tzinfo=PARIS
            )
            rule["UNTIL"] = end_of_day.astimezone(datetime.UTC)
    return rule


def event_component(event, request, stamp):
    component = ICalEvent()
    host = request.get_host().split(":", 1)[0]
    component.add("uid", f"{event.translation_key}@{host}")
    component.add("dtstamp", stamp)
    start = event.start
    component.add("dtstart", start)
    component.add("dtend", event.end_for(start))
    component.add("summary", event.title)
    if event.intro:
        component.add("description", event.intro)
    location = _location(event)
    if location:
        component.add("location", location)
    component.add("url", request.build_absolute_uri(event.get_url(request)))
    component.add("categories", [event.get_category_display()])
    if event.last_published_at:
        component.add("last-modified", event.last_published_at)
    rule = _rrule(event)
    if rule:
        component.add("rrule", rule)
    return component


def new_calendar(name):
    """An empty calendar named ``name``, its times read in Europe/Paris."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Paris")
    return calendar


def build_calendar(request, events, name):
    calendar = new_calendar(name)
    stamp = timezone.now().astimezone(datetime.UTC).replace(microsecond=0)
    for event in events:
        calendar.add_component(event_component(event, request, stamp))
    # A VTIMEZONE for Europe/Paris, so that every calendar app reads the times alike.
    calendar.add_missing_timezones()
    return calendar


def calendar_response(request, events, name, filename):
    calendar = build_calendar(request, events, name)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{slugify(filename) or "agenda"}.ics"'
    return response
