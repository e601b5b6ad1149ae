"""``{% load contact %}{% contact_page_url as contact_url %}``: where the contact page is.

The live contact page's URL in the visitor's language, the French one when it has none,
"" when there is no contact page. Read in one query for every language and kept in the
navigation cache until the next publication (no query once the cache is warm).
"""

from django import template
from django.conf import settings

from pages.models.contact import ContactPage
from portal.core import navigation
from portal.core.i18n import active_language_code

register = template.Library()


def _build(site, request):
    urls = {}
    pages = ContactPage.objects.live().select_related("locale").order_by("path")
    for page in pages:
        urls.setdefault(page.locale.language_code, page.get_url(request))
    return urls


def contact_urls(request):
    """``{language code: URL}`` of the live contact pages of the request's site."""
    if request is None:
        return {}
    return navigation.cached("contact-page", _build, request) or {}


@register.simple_tag(takes_context=True)
def contact_page_url(context, language=None):
    urls = contact_urls(context.get("request"))
    language = language or active_language_code()
    return urls.get(language) or urls.get(settings.LANGUAGE_CODE) or ""
