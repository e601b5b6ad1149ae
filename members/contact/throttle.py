"""How many messages one sender may send: the same cache-backed rate limits as the
logins (django-allauth's, ``ACCOUNT_RATE_LIMITS``), under their own action name.

Five messages an hour from one IP address, three an hour from one e-mail address or one
phone number. Only messages that would be stored count; a form sent with mistakes does not.
"""

from allauth.core.internal import ratelimit

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


def _consume(request, action, key=None, dry_run=False):
    usage = ratelimit.consume(
        request,
        app=APP,
        action=action,
        config=RATES,
        key=key,
        dry_run=dry_run,
        limit_get=True,
    )
    return usage is not None


def allow(request, email, phone):
    """Whether this sender may send one more message now; if so, the message is counted."""
    checks = [("contact_ip", None)] + [("contact_address", key) for key in _keys(email, phone)]
    if not all(_consume(request, action, key, dry_run=True) for action, key in checks):
        return False
    for action, key in checks:
        _consume(request, action, key)
    return True
