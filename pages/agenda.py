"""The agenda's listing: upcoming or past events, filtered by pôle, type and month.

Events are dated in memory (a repeating event shows its next date) once a day per
publication, and the result kept in the cache: the number of queries and the work per request
do not grow with the agenda. This module sits below the page
models: it gets the events and the pôles from the agenda page it is given.
"""

import datetime

from django.utils import formats
from django.utils.translation import gettext_lazy as _

from pages.catalogue import without
from pages.choices import EventCategory
from portal.core import navigation
from portal.core.listing import paginate
from portal.core.time import local_today

PER_PAGE = 10
MONTHS_OFFERED = 12


def _month_options(today, past):
    first = today.replace(day=1)
    months = []
    for offset in range(MONTHS_OFFERED):
        month_index = first.month - 1 + (-offset if past else offset)
        year = first.year + month_index // 12
        month = month_index % 12 + 1
        day = datetime.date(year, month, 1)
        months.append((f"{year:04d}-{month:02d}", formats.date_format(day, "F Y")))
    return months


def _parse_month(value, valid):
    if value not in valid:
        return None
    year, month = value.split("-")
    return int(year), int(month)


def _date_for(event, today, past, month):
    """The date an event is listed at, or None if it does not belong to the listing."""
    if past:
        if month:
            days = [d for d in event.dates_in_month(*month) if d < today]
            return days[-1] if days else None
        return event.last_date_before(today)
    if month:
        days = [d for d in event.dates_in_month(*month) if d >= today]
        return days[0] if days else None
    return event.next_date(today)


def _dated(index, today, past, month):
    """``(date, time, event id, pôle code, category)`` of every event the listing shows, in
    its order: plain values, so that the list can be kept in the cache."""
    events = index.events().defer_streamfields()
    # The past view also shows the past dates of a series that goes on.
    events = (
        events.filter(start_date__lt=today)
        if past
        else events.filter(events.model.still_running(today))
    )
    dated = []
    for event in events:
        day = _date_for(event, today, past, month)
        if day is not None:
            pole = event.pole.code if event.pole_id else ""
            dated.append((day, event.start_time or datetime.time(), event.pk, pole, event.category))
    dated.sort(key=lambda entry: entry[:2], reverse=past)
    return dated


def _events(index, ids):
    """The events of one page of the listing, in that order."""
    by_id = {event.pk: event for event in index.events().filter(pk__in=ids).defer_streamfields()}
    return [by_id[pk] for pk in ids if pk in by_id]


def agenda_context(index, request):
    """The listing's context. ``index`` is an ``EventIndexPage``: ``index.events()`` is the
    queryset of its events, ``index.poles()`` every pôle in display order.

    Which events the listing shows, and at which date, is worked out once a day per
    publication and kept in the cache; a request filters and counts those plain values and
    reads only the events of the page it shows."""
    params = request.GET
    today = local_today()
    past = params.get("periode") == "passes"
    poles = list(index.poles())
    pole_codes = {pole.code: pole for pole in poles}
    categories = dict(EventCategory.choices)
    months = _month_options(today, past)

    selected_pole = params.get("pole") if params.get("pole") in pole_codes else ""
    selected_category = params.get("type") if params.get("type") in categories else ""
    selected_month = params.get("mois") if params.get("mois") in dict(months) else ""
    month = _parse_month(selected_month, dict(months))

    name = f"agenda-{index.pk}-{today.isoformat()}-{int(past)}-{selected_month}"
    dated = navigation.cached(
        name, lambda site, request: _dated(index, today, past, month), request
    )
    if dated is None:
        dated = _dated(index, today, past, month)

    def keep(entry, skip=None):
        _day, _time, _pk, pole, category = entry
        pole_ok = skip == "pole" or not selected_pole or pole == selected_pole
        category_ok = skip == "type" or not selected_category or category == selected_category
        return pole_ok and category_ok

    pole_counts = dict.fromkeys(pole_codes, 0)
    category_counts = dict.fromkeys(categories, 0)
    for entry in dated:
        _day, _time, _pk, pole, category = entry
        if keep(entry, skip="pole") and pole in pole_counts:
            pole_counts[pole] += 1
        if keep(entry, skip="type") and category in category_counts:
            category_counts[category] += 1

    entries = [entry for entry in dated if keep(entry)]
    entries_page = paginate(entries, params.get("page"), PER_PAGE)
    shown = list(entries_page.object_list)
    events = _events(index, [pk for _day, _time, pk, _pole, _category in shown])
    days = {pk: day for day, _time, pk, _pole, _category in shown}
    entries_page.object_list = [{"date": days[event.pk], "event": event} for event in events]
    active_filters = [
        {"facet": facet, "label": label, "remove_url": without(params, key)}
        for key, facet, label in (
            ("pole", _("Pôle"), selected_pole and pole_codes[selected_pole].name),
            ("type", _("Type"), selected_category and categories[selected_category]),
            ("mois", _("Mois"), selected_month and dict(months)[selected_month]),
        )
        if label
    ]
    return {
        "past": past,
        "entries_page": entries_page,
        "entry_count": len(entries),
        "pole_options": [
            {"value": p.code, "label": p.name, "count": pole_counts[p.code]} for p in poles
        ],
        "category_options": [
            {"value": value, "label": label, "count": category_counts[value]}
            for value, label in categories.items()
        ],
        "month_options": [{"value": value, "label": label} for value, label in months],
        "selected": {"pole": selected_pole, "type": selected_category, "mois": selected_month},
        "active_filters": active_filters,
        "active_count": len(active_filters),
        "clear_query": "?periode=passes" if past else "",
        "period_label": _("Événements passés") if past else _("Prochains événements"),
        "poles": poles,
    }
