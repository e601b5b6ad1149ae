from django import template

register = template.Library()


@register.simple_tag
def call_status(call, now=None):
    """A funding call's status (upcoming, open, closed) at ``now``."""
    return call.status(now)
