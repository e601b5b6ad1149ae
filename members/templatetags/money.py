"""``{% load money %}{{ amount|euros }}``: an amount in euros in the language of the page
(``1 234,50 €``, ``€1,234.50``…), "—" when there is none. ``{{ maximum|euros:"whole" }}``
leaves out the ``,00`` of a whole amount. The member area's name for the site's one filter
(``portal/core/templatetags/amounts.py``)."""

from django import template

from portal.core.templatetags.amounts import euros

register = template.Library()
register.filter("euros", euros)
