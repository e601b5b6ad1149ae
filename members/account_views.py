from urllib.parse import urlencode

from django.contrib.auth import REDIRECT_FIELD_NAME
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme


def login_redirect(request):
    """Wagtail's login page leads to ours, keeping where the person was going."""
    target = request.GET.get(REDIRECT_FIELD_NAME, "/admin/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/admin/"
    return redirect(f"{reverse('account_login')}?{urlencode({REDIRECT_FIELD_NAME: target})}")


def signup_redirect(request):
    return redirect("members:apply")
