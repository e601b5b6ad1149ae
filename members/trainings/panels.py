"""What the dashboard shows of trainings: my next sessions and waiting lists, my
attestation and my calendar link."""

from django.urls import reverse

from pages.indexes import index_url

from .. import permissions
from ..panel import Panel
from ..people.models import Profile
from .queries import upcoming_registrations


def sessions_panel(request, locale):
    registrations = upcoming_registrations(request.user, locale.language_code)
    if not registrations and not permissions.is_ambassador(request.user):
        return None
    return Panel(
        "members/trainings/panels/sessions.html",
        {
            "confirmed": [r for r in registrations if r.is_confirmed],
            "waiting": [r for r in registrations if r.is_waiting],
            "trainings_url": index_url(request, "trainings", locale.language_code),
        },
    )


def webcal(url):
    """The ``webcal://`` form of an http(s) address: calendar apps subscribe to it."""
    return "webcal://" + url.split("://", 1)[1] if url and "://" in url else None


def tools_panel(request, locale):
    if not permissions.is_ambassador(request.user):
        return None
    token = Profile.objects.filter(user=request.user).values_list("calendar_token", flat=True)
    token = token.first()
    calendar_url = token and request.build_absolute_uri(
        reverse("members:calendar_feed", kwargs={"token": token})
    )
    return Panel(
        "members/trainings/panels/tools.html",
        {"calendar_url": calendar_url, "webcal_url": webcal(calendar_url)},
    )
