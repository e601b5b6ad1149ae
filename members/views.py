"""The member area's shared pages: the dashboard (panels from each sub-domain) and my
data. The sub-domains' own views are in ``people/views.py``, ``trainings/views.py`` and
``proposals/views.py`` (with ``proposals/step_views.py``)."""

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from wagtail.models import Locale

from . import dashboard as dashboard_panels
from . import privacy, throttle
from .forms import DeleteAccountForm


def current_locale():
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return Locale.get_default()


@login_required
def dashboard(request):
    panels = dashboard_panels.panels(request, current_locale())
    return render(request, "members/dashboard.html", {"panels": panels})


@login_required
@require_http_methods(["GET", "POST"])
def my_data(request):
    if request.GET.get("format") == "json":
        response = JsonResponse(
            privacy.export(request.user), json_dumps_params={"ensure_ascii": False, "indent": 2}
        )
        response["Content-Disposition"] = 'attachment; filename="mes-donnees.json"'
        response["Cache-Control"] = "private, no-store"
        return response
    locked = request.method == "POST" and not _may_try_password(request, count=False)
    form = DeleteAccountForm(request.user, request.POST or None, locked=locked)
    if locked:
        # The password is not even checked: the right one is refused too, for a while.
        form.is_valid()
        return render(request, "members/my_data.html", {"form": form}, status=429)
    if request.method == "POST" and form.is_valid():
        privacy.erase(request.user)
        logout(request)
        messages.success(
            request,
            _(
                "Votre compte et vos données personnelles sont supprimés. "
                "Merci pour votre engagement."
            ),
        )
        return redirect("/")
    if request.method == "POST" and form.has_error("password", "password"):
        _may_try_password(request)
    return render(request, "members/my_data.html", {"form": form})


# Wrong passwords at the account's deletion: five per account, twenty per IP, in 15 minutes.
ERASE_RATES = {"erase_password_account": "5/15m/key", "erase_password_ip": "20/15m/ip"}


def _may_try_password(request, count=True):
    checks = [("erase_password_account", f"user:{request.user.pk}"), ("erase_password_ip", None)]
    return throttle.allow(request, "members.erase", ERASE_RATES, checks, count=count)
