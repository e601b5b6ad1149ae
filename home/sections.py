"""What the home page shows besides its own fields.

Facts that change only when editors publish (key figures, the pôles, the recruitment
page) are cached until the next publication. The next events are chosen once a day per
publication and the three sheets last updated once per publication; both are read on each
visit (one query each), as are the open calls. The programme's live figures (ambassadors,
sessions held, people reached) come from the summary table, cached until a write changes
them (``home.key_figures``).
"""

import datetime

from django.conf import settings
from django.db.models import Count
from django.utils import timezone

from wagtail.models import Page

from pages.indexes import index_urls
from pages.models import (
    EventPage,
    ExperienceSheetPage,
    FundingCallPage,
    PolePage,
    RecruitmentPage,
    TrainingPage,
)
from portal.core import navigation
from portal.core.time import local_today

from .key_figures import live_key_figures


def _page(page, request):
    return {"title": page.title, "url": page.get_url(request)}


def _build(site, request):
    today = local_today()
    default = settings.LANGUAGE_CODE
    counts = {
        row["content_type__model"]: row["total"]
        for row in Page.objects.live()
        .filter(locale__language_code=default)
        .values("content_type__model")
        .annotate(total=Count("id"))
        .order_by()
    }
    year_start = datetime.date(today.year, 1, 1)
    events_this_year = sum(
        len(event.occurrence_dates(year_start, limit=60))
        - len(event.occurrence_dates(datetime.date(today.year + 1, 1, 1), limit=60))
        for event in EventPage.objects.live()
        .filter(locale__language_code=default, start_date__lte=datetime.date(today.year, 12, 31))
        .filter(EventPage.still_running(year_start))
        .defer_streamfields()
    )
    # The five pôles in each language: a pôle page not translated yet is shown in French.
    pages = {}
    for page in (
        PolePage.objects.live().select_related("pole", "locale").order_by("pole__sort_order")
    ):
        pages.setdefault(page.locale.language_code, {})[page.pole.code] = {
            **_page(page, request),
            "name": page.pole.name,
            "code": page.pole.code,
            "lang": page.locale.language_code,
        }
    french = pages.get(default, {})
    poles = {
        code: [pages.get(code, {}).get(pole, entry) for pole, entry in french.items()]
        for code, _name in settings.LANGUAGES
    }
    recruitment = {
        page.locale.language_code: _page(page, request)
        for page in RecruitmentPage.objects.live().select_related("locale")
    }
    return {
        "figures": {
            "sheets": counts.get(ExperienceSheetPage._meta.model_name, 0),
            "events_this_year": events_this_year,
            "poles": len(french),
            "trainings": counts.get(TrainingPage._meta.model_name, 0),
        },
        "poles": poles,
        "recruitment": recruitment,
    }


def _next_events(locale_id, today):
    """The next three events' dates and ids in one language: every running event is dated,
    so this is worked out once a day per publication and kept in the cache."""
    dated = [
        (event.next_date(today), event.pk)
        for event in EventPage.for_language(locale_id)
        .filter(EventPage.still_running(today))
        .defer_streamfields()
    ]
    return sorted((day, pk) for day, pk in dated if day)[:3]


def _latest_sheet_ids(locale_id):
    """The three sheets last updated in one language: a sort of every live sheet (about
    15 ms at ``load_demo --scale 10``), so worked out once per publication."""
    return list(
        ExperienceSheetPage.objects.live()
        .filter(locale_id=locale_id)
        .order_by("-updated_on", "-first_published_at", "-pk")
        .values_list("pk", flat=True)[:3]
    )


def _latest_sheets(locale_id, request):
    ids = navigation.cached(
        f"home-sheets-{locale_id}", lambda site, request: _latest_sheet_ids(locale_id), request
    )
    if ids is None:
        ids = _latest_sheet_ids(locale_id)
    by_id = {
        sheet.pk: sheet
        for sheet in ExperienceSheetPage.objects.live()
        .filter(pk__in=ids)
        .only("id", "title", "url_path", "summary", "territory", "start_year")
    }
    return [by_id[pk] for pk in ids if pk in by_id]


def home_sections(home, request):
    language = home.locale.language_code
    default = settings.LANGUAGE_CODE
    cached = navigation.cached("home-sections", _build, request)
    now = timezone.now()
    today = local_today()
    next_events = navigation.cached(
        f"home-events-{home.locale_id}-{today.isoformat()}",
        lambda site, request: _next_events(home.locale_id, today),
        request,
    )
    if next_events is None:
        next_events = _next_events(home.locale_id, today)
    by_id = {
        event.pk: event
        for event in EventPage.objects.filter(pk__in=[pk for _day, pk in next_events])
        .select_related("pole", "locale")
        .defer_streamfields()
    }
    events = [(day, by_id[pk]) for day, pk in next_events if pk in by_id]
    return {
        "figures": cached["figures"],
        "poles": cached["poles"].get(language) or cached["poles"].get(default, []),
        "recruitment": cached["recruitment"].get(language) or cached["recruitment"].get(default),
        "index_urls": index_urls(request, language),
        "next_events": events,
        "latest_sheets": _latest_sheets(home.locale_id, request),
        "open_calls": list(FundingCallPage.open_for_language(home.locale_id, now)),
        # No query while cached; the cache is forgotten when a write changes a figure.
        "key_figures": live_key_figures(language, request),
    }
