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
from . import privacy
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
    form = DeleteAccountForm(request.user, request.POST or None)
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
    return render(request, "members/my_data.html", {"form": form})
