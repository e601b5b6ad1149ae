"""``{% load event_tags %}{% event_place event as place %}``: where an event in a list takes
place, with the pôles' pages (their addresses, in every language) read in one query and kept
in the cache until the next publication, like the menus."""

from django import template
from django.conf import settings
from django.utils.translation import get_language

from pages.models import PolePage
from pages.places import address_lines
from portal.core import navigation

register = template.Library()


def _build(site, request):
    places = {}
    for page in PolePage.objects.live().select_related("locale").defer_streamfields():
        places.setdefault(page.pole_id, {})[page.locale.language_code] = {
            "title": page.title,
            "url": page.get_url(request),
            "language": page.locale.language_code,
            "address_lines": address_lines(page.address),
            "map_url": page.openstreetmap_url(),
        }
    return places


def pole_page_for(request, pole_id, language):
    """The pôle's page in ``language``, else in French, else None; no query once the cache
    is warm: ``{title, url, language, address_lines, map_url}``."""
    by_language = (navigation.cached("pole-places", _build, request) or {}).get(pole_id, {})
    return by_language.get(language) or by_language.get(settings.LANGUAGE_CODE)


@register.simple_tag(takes_context=True)
def event_place(context, event):
    """Where an event in a list takes place (``EventPage.place``): its own address, else its
    pôle's page in the reader's language."""
    request = context.get("request")
    pole_page = None
    if request is not None and event.pole_id and not event.address.strip():
        pole_page = pole_page_for(request, event.pole_id, get_language())
    return event.place(pole_page)
