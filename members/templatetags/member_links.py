"""``{% load member_links %}{% poles_index_url as poles_url %}``: the page listing the pôles,
where a visitor finds whom to ask when the site has no contact page.

The live pôles page's URL in the visitor's language, the French one when it has none, ""
when there is none. Read in one query for every language and kept in the navigation cache
until the next publication.
"""

from django import template
from django.conf import settings

from pages.models import PoleIndexPage
from portal.core import navigation
from portal.core.i18n import active_language_code

register = template.Library()


def _build(site, request):
    urls = {}
    pages = PoleIndexPage.objects.live().select_related("locale").order_by("path")
    for page in pages:
        urls.setdefault(page.locale.language_code, page.get_url(request))
    return urls


@register.simple_tag(takes_context=True)
def poles_index_url(context):
    request = context.get("request")
    if request is None:
        return ""
    urls = navigation.cached("poles-index-page", _build, request) or {}
    return urls.get(active_language_code()) or urls.get(settings.LANGUAGE_CODE) or ""
