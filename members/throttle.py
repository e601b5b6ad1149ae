"""The project's throttles: django-allauth's cache-backed rate limits (the same as the
logins'), with one way of telling who the client is.

The client's IP address is allauth's: ``REMOTE_ADDR``, or the address the last
``ALLAUTH_TRUSTED_PROXY_COUNT`` proxies (``TRUSTED_PROXY_COUNT`` in the environment, 0 by
default) wrote in ``X-Forwarded-For``; with 0, that header is ignored, as anyone can forge it.
"""

from allauth.account.adapter import get_adapter
from allauth.core.internal import ratelimit


def client_ip(request):
    """The client's IP address, as every throttle counts it."""
    return get_adapter(request).get_client_ip(request)


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
