"""How a welcome names a member: by their first name, never by their account."""

from django import template

register = template.Library()


@register.filter
def greeting_name(user):
    """The member's first name; the part of their e-mail address before the @ when they
    have not given one (never the whole address, nor the username)."""
    first_name = (getattr(user, "first_name", "") or "").strip()
    if first_name:
        return first_name
    email = (getattr(user, "email", "") or "").strip()
    return email.partition("@")[0]
