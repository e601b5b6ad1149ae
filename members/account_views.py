from urllib.parse import urlencode

from django.contrib.auth import REDIRECT_FIELD_NAME
from django.shortcuts import redirect
from django.urls import reverse

from portal.core.redirects import safe_next


def _safe_next(request, default=None):
    """Where the person was going, if it is a path on this site; else ``default``."""
    return safe_next(request, default, field=REDIRECT_FIELD_NAME)


def _to_our_login(target):
    login_url = reverse("account_login")
    if not target:
        return redirect(login_url)
    return redirect(f"{login_url}?{urlencode({REDIRECT_FIELD_NAME: target})}")


def login_redirect(request):
    """Wagtail's admin login page leads to ours, keeping where the person was going."""
    return _to_our_login(_safe_next(request, default="/admin/"))


def frontend_login_redirect(request):
    """Wagtail's front-end login (``/<language>/_util/login/``, where its private pages and
    documents used to send people) leads to ours. It never checks a password: a POST is
    sent on to our login like a GET, so every attempt is throttled and asks for the second
    factor and a verified address there."""
    return _to_our_login(_safe_next(request))


def signup_redirect(request):
    return redirect("members:apply")
