"""Dates in words, as each language writes them: French writes the first day of the month
« 1er » (« le 1er décembre 2026 »), every other day and every other language as Django's
formats say. Used by the templates (``{% load date_tags %}``) and by the PDFs."""

import datetime

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language


def _first_day_format(fmt):
    """``fmt`` with its day of the month (``j``, not escaped) followed by « er »."""
    out = []
    chars = iter(fmt)
    for char in chars:
        if char == "\\":
            out.append(char + next(chars, ""))
        elif char == "j":
            out.append(r"j\e\r")
        else:
            out.append(char)
    return "".join(out)


def long_date(value, fmt="j F Y", language=None):
    """``value`` (a date or a datetime, shown in the current time zone) in words."""
    if value in (None, ""):
        return ""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    language = language or get_language() or ""
    if language.split("-")[0] == "fr" and value.day == 1:
        fmt = _first_day_format(fmt)
    return date_format(value, fmt)
