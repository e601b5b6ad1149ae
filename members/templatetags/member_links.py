"""``{% load member_links %}{% poles_index_url as poles_url %}``: the page listing the pôles,
where a visitor finds whom to ask when the site has no contact page.

The live pôles page's URL in the visitor's language, the French one when it has none, ""
when there is none. Read in one query for every language and kept in the navigation cache
until the next publication.
"""

from django import template

from pages.models import PoleIndexPage
from pages.page_urls import live_page_url

register = template.Library()


@register.simple_tag(takes_context=True)
def poles_index_url(context):
    return live_page_url(context.get("request"), PoleIndexPage, "poles-index-page")
