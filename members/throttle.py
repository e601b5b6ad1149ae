"""The project's throttles: django-allauth's cache-backed rate limits (the same as the
logins'), with one way of telling who the client is and one way of saying « wait ».

The client's IP address is allauth's: ``REMOTE_ADDR``, or the address the last
``ALLAUTH_TRUSTED_PROXY_COUNT`` proxies (``TRUSTED_PROXY_COUNT`` in the environment, 0 by
default) wrote in ``X-Forwarded-For``; with 0, that header is ignored, as anyone can forge it.
The counters live in the ``default`` cache (Redis in production): every app server shares them.
"""

import logging
import math

from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import ngettext

from allauth import app_settings as allauth_settings
from allauth.account import app_settings as account_settings
from allauth.core.internal import httpkit, ratelimit

logger = logging.getLogger(__name__)

# The IP address of a request that gives none we can read (a Unix socket, a broken proxy):
# such requests share one counter rather than fail.
UNKNOWN_IP = "unknown"
# The misconfigurations already reported by this process: one warning each, not one a hit.
WARNED = set()
# When allauth refused and we cannot tell for how long: its rates are per minute by default.
DEFAULT_WAIT = 60


def client_ip(request):
    """The client's IP address, as every throttle counts it (the account adapter's).

    allauth's, except that a proxy count larger than the addresses in ``X-Forwarded-For``
    (allauth raises ImproperlyConfigured: a 500 for every POST) or an address that does not
    parse (allauth refuses with a 403) falls back, with one warning, to the last address of the
    header: the one our nearest proxy wrote, the only one a client cannot forge, and the
    client's own when there are fewer proxies than configured. Failing that, ``REMOTE_ADDR``.
    """
    try:
        ip = httpkit.get_client_ip(request)
    except ImproperlyConfigured:
        _warn_once(
            "count",
            "ALLAUTH_TRUSTED_PROXY_COUNT (TRUSTED_PROXY_COUNT) is %s but X-Forwarded-For holds "
            "fewer addresses: the throttles count the address the nearest proxy wrote.",
            allauth_settings.TRUSTED_PROXY_COUNT,
        )
        ip = None
    else:
        if not ip:
            _warn_once(
                "unreadable",
                "The client's IP address could not be read (X-Forwarded-For or REMOTE_ADDR): "
                "the throttles count the address the nearest proxy wrote, else REMOTE_ADDR.",
            )
    return ip or _fallback_ip(request)


def _fallback_ip(request):
    candidates = []
    if allauth_settings.TRUSTED_PROXY_COUNT > 0:
        candidates.append(request.headers.get("x-forwarded-for", "").rsplit(",", 1)[-1])
    candidates.append(request.META.get("REMOTE_ADDR") or "")
    for candidate in candidates:
        ip = httpkit.clean_client_ip(candidate) if candidate.strip() else None
        if ip:
            return ip
    return UNKNOWN_IP


def _warn_once(reason, message, *args):
    if reason not in WARNED:
        WARNED.add(reason)
        logger.warning(message, *args)


def allow(request, app, rates, checks, count=True):
    """Whether every check ``(action, key)`` (key None: per IP) has room left under
    ``rates``; if so and ``count``, one use of each is counted."""
    checks = list(checks)

    def consume(action, key, dry_run):
        usage = ratelimit.consume(
            request, app=app, action=action, config=rates, key=key, dry_run=dry_run, limit_get=True
        )
        return usage is not None

    if not all(consume(action, key, True) for action, key in checks):
        return False
    if count:
        for action, key in checks:
            consume(action, key, False)
    return True


def retry_after(request, app, rates, checks):
    """In how many seconds (at least 1) every check ``(action, key)`` has room again.

    A rate whose counter cannot be read here (per key without the key, per user for a
    visitor) counts as full for its whole window when no other one is full."""
    known, unknown = 0.0, 0.0
    now = ratelimit.time.time()  # allauth's clock, the one its counters were written with
    for action, key in checks:
        for rate in ratelimit.get_rates(app=app, action=action, config=rates):
            try:
                cache_key = ratelimit.get_cache_key(
                    request, app=app, action=action, rate=rate, key=key
                )
            except ImproperlyConfigured:
                unknown = max(unknown, rate.duration)
                continue
            live = [stamp for stamp in cache.get(cache_key, []) if stamp > now - rate.duration]
            if len(live) >= rate.amount:
                # Room comes back when the oldest use that fills the window leaves it.
                known = max(known, live[rate.amount - 1] + rate.duration - now)
    return max(1, math.ceil(known or unknown or DEFAULT_WAIT))


def wait_message(seconds):
    """« Réessayez dans 3 minutes. », in minutes, or in hours past an hour and a half."""
    minutes = max(1, math.ceil(seconds / 60))
    if minutes > 90:
        hours = math.ceil(minutes / 60)
        return ngettext(
            "Réessayez dans %(count)s heure.", "Réessayez dans %(count)s heures.", hours
        ) % {"count": hours}
    return ngettext(
        "Réessayez dans %(count)s minute.", "Réessayez dans %(count)s minutes.", minutes
    ) % {"count": minutes}


def too_many(response, seconds):
    """``response`` as a refusal: 429, ``Retry-After``, kept by no cache."""
    response.status_code = 429
    response["Retry-After"] = str(seconds)
    add_never_cache_headers(response)
    return response


# The views allauth throttles itself (its rate_limit decorator), by view name, and the
# action of ACCOUNT_RATE_LIMITS each counts under.
ALLAUTH_ACTIONS = {
    "account_login": "login",
    "members:apply": "signup",
    "account_email": "manage_email",
    "account_change_password": "change_password",
    "account_set_password": "change_password",
    "account_reset_password": "reset_password",
    "account_reset_password_from_key": "reset_password_from_key",
    "account_reauthenticate": "reauthenticate",
}


def handler429(request):
    """The page of a request allauth refused (``handler429`` of the root URLconf): in the
    visitor's language, with when to try again, and a way back to the page's form."""
    match = getattr(request, "resolver_match", None)
    action = ALLAUTH_ACTIONS.get(match.view_name if match else None)
    checks = [(action, None)] if action else []
    seconds = retry_after(request, "allauth.account", account_settings.RATE_LIMITS, checks)
    context = {"wait": wait_message(seconds), "back_url": request.path}
    return too_many(render(request, "429.html", context), seconds)
