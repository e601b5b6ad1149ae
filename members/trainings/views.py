"""Registering for a session, cancelling, the attestation and the private calendar.
Each view asks ``members.permissions`` and hands the change to ``trainings.services``."""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from portal.core.redirects import safe_next

from .. import permissions
from ..errors import NotAllowed, ServiceError
from ..people import services as people_services
from ..people.models import Profile
from . import services
from .choices import RegistrationStatus, SessionState
from .models import Registration, TrainingSession
from .queries import title_language, training_titles, waiting_position


def back_to(request, fallback):
    """Where to go after a POST (or back from a confirmation page): the page the form came
    from, if it is a path on this site (``portal.core.redirects``)."""
    return safe_next(request, fallback)


@login_required
@require_POST
def register(request, session_id):
    """The service takes the session's lock and decides; the answer is a redirect whose
    message it needs no query for (the waiting position comes with the registration).
    Every member of a rush pays this view's cost in turn (issue 14): keep it lean."""
    if not permissions.can_register(request.user):
        raise PermissionDenied
    # Where to go is decided before anything is written; a path on this site or the dashboard.
    back = back_to(request, reverse("members:dashboard"))
    try:
        # The service's lock reads the session: no other look-up first.
        registration = services.register(session_id, request.user)
    except TrainingSession.DoesNotExist:
        raise Http404 from None
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
                % {"position": registration.position},
            )
    # Redirect after POST: reloading the page never sends the form again. A URL, never a
    # view name: ``redirect("dashboard")`` would try to reverse it.
    return HttpResponseRedirect(back)


def training_url(session):
    """The session's training page in the language of the request (French when it has no
    translation yet), at its list of sessions."""
    page = session.training.localized
    return f"{page.url}#sessions" if page.url else None


@login_required
@require_http_methods(["GET", "POST"])
def cancel(request, registration_id):
    """GET: what cancelling would lose, and two answers. POST: cancel (through the
    service), then back to the dashboard with what is still possible."""
    registration = get_object_or_404(
        Registration.objects.select_related("session__training", "session__pole"),
        pk=registration_id,
        user=request.user,
    )
    back = back_to(request, reverse("members:dashboard"))
    if request.method == "POST":
        return _cancel(request, registration, back)
    session = registration.session
    language = get_language()
    titles = training_titles([session], language)
    waiting_count = None
    if registration.is_confirmed:
        waiting_count = Registration.objects.filter(
            session=session, status=RegistrationStatus.WAITING
        ).count()
    return render(
        request,
        "members/trainings/cancel.html",
        {
            "registration": registration,
            "session": session,
            "title": titles[session.pk],
            "title_lang": title_language(session, titles, language),
            "started": session.has_started(),
            "position": waiting_position(registration),
            "waiting_count": waiting_count,
            "back": back,
        },
    )


def _cancel(request, registration, back):
    if not registration.is_active:
        messages.info(request, _("Cette inscription était déjà annulée : rien n’a changé."))
        return HttpResponseRedirect(back)
    try:
        services.cancel(registration.pk, request.user)
    except ServiceError as refusal:
        messages.error(request, str(refusal))
        return HttpResponseRedirect(back)
    messages.success(request, _cancelled_message(registration.session))
    return HttpResponseRedirect(back)


def _cancelled_message(session):
    """« Cancelled », and whether one can come back: seats left, or the waiting list."""
    done = _("Votre inscription est annulée.")
    session = TrainingSession.objects.with_seats().select_related("training").get(pk=session.pk)
    url = training_url(session)
    if session.registration_state() != SessionState.OPEN or not url:
        return done
    seats = session.seats_left
    if seats:
        again = ngettext(
            "Il reste %(count)s place si vous changez d’avis :",
            "Il reste %(count)s places si vous changez d’avis :",
            seats,
        ) % {"count": seats}
        link = _("vous réinscrire")
    else:
        again = _("La session est maintenant complète ; la liste d’attente reste ouverte :")
        link = _("vous inscrire sur la liste d’attente")
    return format_html('{} {} <a href="{}">{}</a>', done, again, url, link)


@login_required
def session_calendar_file(request, session_id):
    """« Add to my calendar »: one session I have a seat in, as an .ics file."""
    from .calendar import session_ics

    registration = get_object_or_404(
        Registration.objects.select_related("session__training", "session__pole"),
        # Through the session's own id: a number past 2**63 finds nothing, where
        # ``session_id=`` handed it to SQLite (OverflowError, a 500).
        session__pk=session_id,
        user=request.user,
        status=RegistrationStatus.CONFIRMED,
    )
    session = registration.session
    content = session_ics([session], titles=training_titles([session], get_language()))
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    day = timezone.localtime(session.starts_at).date().isoformat()
    response["Content-Disposition"] = f'attachment; filename="formation-{day}.ics"'
    response["Cache-Control"] = "private, no-store"
    return response


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
    from .calendar import session_calendar, valid_token

    if not valid_token(token):
        # The shape first: a NUL byte or an overlong value never reaches the database.
        raise Http404
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
