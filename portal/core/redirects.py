"""One safe answer to « where to go next »: a ``next`` parameter is followed only when it is
a path on this site; anything else (another host, a scheme, a bare word, control or
invisible characters such as a NUL byte or a right-to-left mark, spaces, backslashes, an
overlong value) gives the fallback."""

import unicodedata

from django.utils.http import url_has_allowed_host_and_scheme

MAX_NEXT_LENGTH = 2000


def is_safe_path(target, request):
    """A path on this site: one leading ``/``, no backslash, no control, format (bidi marks,
    zero-width) or space character, not overlong, and accepted by Django's own check."""
    if not isinstance(target, str) or not target or len(target) > MAX_NEXT_LENGTH:
        return False
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return False
    if any(unicodedata.category(char)[0] in "CZ" for char in target):
        return False
    return url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )


def safe_next(request, fallback, field="next"):
    """The ``next`` of the POST (else of the query string) when it is safe, else ``fallback``."""
    target = request.POST.get(field, "") or request.GET.get(field, "")
    return target if is_safe_path(target, request) else fallback
