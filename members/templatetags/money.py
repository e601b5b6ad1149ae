"""``{% load money %}{{ amount|euros }}``: an amount in euros in the language of the page
(``1 234,50 €``, ``€1,234.50``…), "—" when there is none. ``{{ maximum|euros:"whole" }}``
leaves out the ``,00`` of a whole amount."""

from decimal import Decimal, InvalidOperation

from django import template
from django.utils.translation import get_language

from members.proposals.amounts import format_amount

register = template.Library()

NONE = "—"


@register.filter
def euros(value, option=""):
    if value is None or value == "":
        return NONE
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, TypeError, ValueError):
        return ""
    if not amount.is_finite():
        return ""
    return format_amount(amount, get_language(), whole=option == "whole")
