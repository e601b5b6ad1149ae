"""``{% load date_tags %}{{ session.starts_at|long_date:"l j F Y" }}``: a date in words in
the language of the page, « 1er » for the first of the month in French (see
``portal.core.dates``)."""

from django import template

from portal.core.dates import long_date as _long_date

register = template.Library()


@register.filter(expects_localtime=True)
def long_date(value, fmt="j F Y"):
    try:
        return _long_date(value, fmt)
    except (AttributeError, TypeError, ValueError):
        return ""
