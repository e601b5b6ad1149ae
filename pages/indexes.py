"""Where the section index pages are (agenda, catalogue, funding calls, pôles, trainings),
in every language, and the links built on them.

Read in one query for all languages and kept in the cache until the next publication, like
the menus. This module sits below the page models (it asks Wagtail's ``Page`` table by
content type), so any page type, the home page and the member area can use it.
"""

from django.conf import settings

from wagtail.models import Page

from portal.core import navigation

# Name used by the templates → the index page's model, in the ``pages`` app.
INDEX_TYPES = {
    "agenda": "eventindexpage",
    "catalogue": "experiencesheetindexpage",
    "funding": "fundingcallindexpage",
    "poles": "poleindexpage",
    "trainings": "trainingindexpage",
}


def _build(site, request):
    names = {model: name for name, model in INDEX_TYPES.items()}
    indexes = {}
    pages = (
        Page.objects.live()
        .filter(content_type__app_label="pages", content_type__model__in=names)
        .select_related("locale", "content_type")
        .order_by("path")
    )
    for page in pages:
        name = names[page.content_type.model]
        indexes.setdefault(page.locale.language_code, {})[name] = page.get_url(request)
    return indexes


def _indexes(request):
    return navigation.cached("page-indexes", _build, request) or {}


def index_urls(request, language):
    """Every index page's URL in ``language``, the French one where it has none."""
    indexes = _indexes(request)
    return {**indexes.get(settings.LANGUAGE_CODE, {}), **indexes.get(language, {})}


def index_url(request, name, language):
    """The URL of an index page (``agenda``, ``catalogue``…) in ``language``, else French."""
    indexes = _indexes(request)
    french = indexes.get(settings.LANGUAGE_CODE, {})
    return indexes.get(language, {}).get(name) or french.get(name)


def pole_feed_url(request, pole_code, language):
    """The agenda's iCal feed of one pôle (its ``ical/<code>/`` route), or None."""
    agenda = index_url(request, "agenda", language)
    return f"{agenda}ical/{pole_code}/" if agenda and pole_code else None
