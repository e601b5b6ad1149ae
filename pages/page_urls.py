"""Where a page that a site has once per language is: the contact page, the pôles page.

``live_page_url(request, Model, key)``: the URL of the live page of ``Model`` in the
visitor's language, the French one when that language has none, "" when there is none.
The URLs of every language are read in one query and kept in the navigation cache, under
``key``, until the next publication (no query once the cache is warm).
"""

from django.conf import settings

from portal.core import navigation
from portal.core.i18n import active_language_code


def live_page_urls(request, model, key):
    """``{language code: URL}`` of the live pages of ``model`` on the request's site."""
    if request is None:
        return {}

    def build(site, request):
        urls = {}
        pages = model.objects.live().select_related("locale").order_by("path")
        for page in pages:
            urls.setdefault(page.locale.language_code, page.get_url(request))
        return urls

    return navigation.cached(key, build, request) or {}


def live_page_url(request, model, key, language=None):
    urls = live_page_urls(request, model, key)
    language = language or active_language_code()
    return urls.get(language) or urls.get(settings.LANGUAGE_CODE) or ""
