"""``{% load amounts %}{{ amount|euros }}``: an amount in euros in the page's language
(``1 234,50 €``, ``€1,234.50``, ``1,234.50 €`` in Arabic), on one line, "—" when there is
none. ``{{ amount|euros:"whole" }}`` leaves out the ``,00`` of a whole amount (a call's
ceiling, a sheet's budget: ``5 000 €``). The same output as the member area's
``{% load money %}``, which is this filter under another name."""

from django import template
from django.utils.translation import get_language

from portal.core.money import as_decimal, format_euros

register = template.Library()

NONE = "—"


@register.filter
def euros(value, option=""):
    if value is None or value == "":
        return NONE
    amount = as_decimal(value)
    if amount is None:
        return ""
    return format_euros(amount, get_language(), whole=option == "whole")
