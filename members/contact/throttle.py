"""How many messages one sender may send: the same cache-backed rate limits as the
logins (django-allauth's, ``ACCOUNT_RATE_LIMITS``), under their own action name.

Five messages an hour from one IP address, three an hour from one e-mail address or one
phone number. Only messages that would be stored count; a form sent with mistakes does not.
"""

from .. import throttle

APP = "members.contact"
RATES = {
    "contact_ip": "5/h/ip",
    "contact_address": "3/h/key",
}


def _keys(email, phone):
    keys = []
    if email:
        keys.append("email:" + email.strip().lower())
    if phone:
        keys.append("phone:" + "".join(ch for ch in phone if ch.isdigit() or ch == "+"))
    return keys


def allow(request, email, phone):
    """Whether this sender may send one more message now; if so, the message is counted."""
    checks = [("contact_ip", None)] + [("contact_address", key) for key in _keys(email, phone)]
    return throttle.allow(request, APP, RATES, checks)
