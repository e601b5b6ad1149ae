"""``{% load contact %}{% contact_page_url as contact_url %}``: where the contact page is.

The live contact page's URL in the visitor's language, the French one when it has none,
"" when there is no contact page. Read in one query for every language and kept in the
navigation cache until the next publication (no query once the cache is warm).
"""

from django import template

from pages.models.contact import ContactPage
from pages.page_urls import live_page_url

register = template.Library()


@register.simple_tag(takes_context=True)
def contact_page_url(context, language=None):
    return live_page_url(context.get("request"), ContactPage, "contact-page", language)
