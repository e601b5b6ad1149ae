"""Registering for a session, cancelling, the attestation and the private calendar.
Each view asks ``members.permissions`` and hands the change to ``trainings.services``."""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import permissions
from ..errors import NotAllowed, ServiceError
from ..people import services as people_services
from ..people.models import Profile
from . import services
from .choices import RegistrationStatus
from .models import Registration, TrainingSession
from .queries import training_titles, waiting_position


def back_to(request, fallback):
    """Where to go after a POST: the page the form came from, if it is ours."""
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


@login_required
@require_POST
def register(request, session_id):
    if not permissions.can_register(request.user):
        raise PermissionDenied
    session = get_object_or_404(TrainingSession, pk=session_id)
    try:
        registration = services.register(session.pk, request.user)
    except NotAllowed:
        raise PermissionDenied from None
    except ServiceError as refusal:
        messages.error(request, str(refusal))
    else:
        if registration.is_confirmed:
            messages.success(
                request,
                _("C’est noté : votre place est réservée. Un e-mail de confirmation arrive."),
            )
        else:
            messages.info(
                request,
                _(
                    "La session est complète : vous êtes sur la liste d’attente, en position "
                    "%(position)s. Nous vous écrirons si une place se libère."
                )
                % {"position": waiting_position(registration)},
            )
    # Redirect after POST: reloading the page never sends the form again.
    return redirect(back_to(request, reverse("members:dashboard")))


@login_required
@require_POST
def cancel(request, registration_id):
    try:
        _registration, _promoted = services.cancel(registration_id, request.user)
    except Registration.DoesNotExist:
        raise Http404 from None
    except ServiceError as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(request, _("Votre inscription est annulée."))
    return redirect(back_to(request, reverse("members:dashboard")))


@login_required
def attestation(request):
    if not permissions.can_register(request.user):
        raise PermissionDenied
    from . import attestation as pdf

    registrations = pdf.attended(request.user)
    if not registrations:
        messages.info(
            request,
            _("L’attestation sera disponible dès qu’une présence à une formation sera notée."),
        )
        return redirect("members:dashboard")
    content = pdf.build(request.user, registrations)
    services.record_attestation(request.user)
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="attestation-formation.pdf"'
    return response


def calendar_feed(request, token):
    """My confirmed sessions, for a calendar app: the secret in the URL is the key."""
    from .calendar import session_calendar

    profile = get_object_or_404(Profile.objects.select_related("user"), calendar_token=token)
    since = timezone.now() - datetime.timedelta(days=90)
    registrations = list(
        Registration.objects.filter(
            user=profile.user,
            status=RegistrationStatus.CONFIRMED,
            session__starts_at__gte=since,
        ).select_related("session__training", "session__pole")
    )
    sessions = [registration.session for registration in registrations]
    titles = training_titles(sessions, profile.language)
    calendar = session_calendar(sessions, titles=titles)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="mes-formations.ics"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def renew_calendar_link(request):
    try:
        people_services.renew_calendar_token(request.user)
    except NotAllowed:
        raise PermissionDenied from None
    messages.success(
        request,
        _("Nouveau lien créé : l’ancien ne marche plus. Abonnez votre agenda au nouveau."),
    )
    return redirect("members:dashboard")
