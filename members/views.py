"""The member area's views. Each one asks ``members.permissions`` what the user may do."""

import datetime
from types import SimpleNamespace

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from wagtail.models import Locale

from allauth.account.views import SignupView

from home.sections import index_url
from pages.models import FundingCallPage
from portal.core.models import SiteFooter

from . import permissions, roles, services
from .forms import ApplicationEditForm, ApplicationForm, DeleteAccountForm, ProfileForm
from .models import Application, Profile, Registration, TrainingSession, new_calendar_token


class ApplyView(SignupView):
    """The application: for a visitor, the account and the application in one form."""

    template_name = "members/apply.html"

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["privacy_url"] = SiteFooter.privacy_url()
        return kwargs


apply_as_visitor = ApplyView.as_view()


@require_http_methods(["GET", "POST"])
def apply(request):
    if not request.user.is_authenticated:
        return apply_as_visitor(request)
    if not permissions.can_apply(request.user):
        messages.info(request, _("Vous avez déjà envoyé votre candidature : voici où elle en est."))
        return redirect("members:dashboard")
    form = ApplicationForm(request.POST or None, privacy_url=SiteFooter.privacy_url())
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            application = form.save_application(request.user)
            application.email_verified_at = application.created_at
            application.save(update_fields=["email_verified_at"])
        messages.success(request, _("Merci ! Votre candidature est envoyée."))
        return redirect("members:dashboard")
    return render(request, "members/apply.html", {"form": form, "signed_in": True})


@login_required
@require_http_methods(["GET", "POST"])
def edit_application(request):
    application = get_object_or_404(Application.objects.select_related("user"), user=request.user)
    if application.is_decided:
        messages.info(request, _("Votre candidature a reçu une réponse : elle ne change plus."))
        return redirect("members:dashboard")
    form = ApplicationEditForm(request.POST or None, application=application)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            locked = Application.objects.select_for_update().get(pk=application.pk)
            if locked.is_decided:
                messages.info(
                    request, _("Votre candidature a reçu une réponse : elle ne change plus.")
                )
                return redirect("members:dashboard")
            form.save()
        messages.success(request, _("Votre candidature est mise à jour."))
        return redirect("members:dashboard")
    return render(request, "members/apply.html", {"form": form, "editing": True})


def current_locale():
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return Locale.get_default()


@login_required
def dashboard(request):
    user = request.user
    application = Application.objects.filter(user=user).select_related("pole").first()
    locale = current_locale()
    registrations = services.upcoming_registrations(user, locale.language_code)
    calendar_token = (
        Profile.objects.filter(user=user).values_list("calendar_token", flat=True).first()
        if roles.is_ambassador(user)
        else None
    )
    context = {
        "confirmed": [r for r in registrations if r.status == Registration.Status.CONFIRMED],
        "waiting": [r for r in registrations if r.status == Registration.Status.WAITING],
        "application": application,
        "is_ambassador": roles.is_ambassador(user),
        "is_staff_member": user.is_staff or any(roles.has_role(user, r) for r in roles.STAFF_ROLES),
        "open_calls": list(FundingCallPage.open_for_language(locale.id)),
        "listing": SimpleNamespace(locale_id=locale.id),
        "trainings_url": index_url(request, "trainings", locale.language_code),
        "calendar_url": calendar_token
        and request.build_absolute_uri(
            reverse("members:calendar_feed", kwargs={"token": calendar_token})
        ),
    }
    return render(request, "members/dashboard.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    if not permissions.can_edit_profile(request.user):
        raise PermissionDenied
    instance, _created = Profile.objects.get_or_create(user=request.user)
    form = ProfileForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Votre profil est enregistré."))
        return redirect("members:profile")
    return render(request, "members/profile.html", {"form": form})


def not_yet(request, **kwargs):
    """Views of a later part of the member area (funding-call proposals)."""
    raise Http404


# ---- Training sessions ---------------------------------------------------------------------


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
    except services.RegistrationRefused as refusal:
        messages.error(request, str(refusal))
    else:
        if registration.status == Registration.Status.CONFIRMED:
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
                % {"position": services.waiting_position(registration)},
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
    except services.RegistrationRefused as refusal:
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
    response = HttpResponse(pdf.build(request.user, registrations), content_type="application/pdf")
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
            status=Registration.Status.CONFIRMED,
            session__starts_at__gte=since,
        ).select_related("session__training", "session__pole")
    )
    sessions = [registration.session for registration in registrations]
    titles = services.training_titles(sessions, profile.language)
    calendar = session_calendar(sessions, titles=titles)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="mes-formations.ics"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def renew_calendar_link(request):
    if not permissions.can_register(request.user):
        raise PermissionDenied
    Profile.objects.filter(user=request.user).update(calendar_token=new_calendar_token())
    messages.success(
        request,
        _("Nouveau lien créé : l’ancien ne marche plus. Abonnez votre agenda au nouveau."),
    )
    return redirect("members:dashboard")


@login_required
@require_http_methods(["GET", "POST"])
def my_data(request):
    from . import mydata

    if request.GET.get("format") == "json":
        response = JsonResponse(
            mydata.collect(request.user), json_dumps_params={"ensure_ascii": False, "indent": 2}
        )
        response["Content-Disposition"] = 'attachment; filename="mes-donnees.json"'
        response["Cache-Control"] = "private, no-store"
        return response
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        mydata.delete_account(request)
        messages.success(
            request,
            _(
                "Votre compte et vos données personnelles sont supprimés. "
                "Merci pour votre engagement."
            ),
        )
        return redirect("/")
    return render(request, "members/my_data.html", {"form": form})
