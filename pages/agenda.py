"""The agenda's listing: upcoming or past events, filtered by pôle, type and month.

Events are read in one query and dated in memory (a repeating event shows its next date),
so the number of queries does not grow with the agenda. This module sits below the page
models: it gets the events and the pôles from the agenda page it is given.
"""

import datetime

from django.utils import formats
from django.utils.translation import gettext_lazy as _

from pages.catalogue import without
from pages.choices import EventCategory
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


def agenda_context(index, request):
    """The listing's context. ``index`` is an ``EventIndexPage``: ``index.events()`` is the
    queryset of its events, ``index.poles()`` every pôle in display order."""
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

    events = index.events().defer_streamfields()
    # The past view also shows the past dates of a series that goes on.
    events = list(
        events.filter(start_date__lt=today)
        if past
        else events.filter(events.model.still_running(today))
    )

    dated = []
    for event in events:
        day = _date_for(event, today, past, month)
        if day is not None:
            dated.append((day, event))
    dated.sort(key=lambda pair: (pair[0], pair[1].start_time or datetime.time()), reverse=past)

    def keep(event, skip=None):
        pole_ok = (
            skip == "pole"
            or not selected_pole
            or (event.pole_id and event.pole.code == selected_pole)
        )
        category_ok = skip == "type" or not selected_category or event.category == selected_category
        return pole_ok and category_ok

    pole_counts = dict.fromkeys(pole_codes, 0)
    category_counts = dict.fromkeys(categories, 0)
    for _day, event in dated:
        if keep(event, skip="pole") and event.pole_id:
            pole_counts[event.pole.code] += 1
        if keep(event, skip="type"):
            category_counts[event.category] += 1

    entries = [{"date": day, "event": event} for day, event in dated if keep(event)]
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
        "entries_page": paginate(entries, params.get("page"), PER_PAGE),
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
