"""Applying, changing one's answers, and the ambassador's profile. Each view asks
``members.permissions`` and hands the change to ``people.services``."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from allauth.account.views import SignupView

from portal.core.models import SiteFooter

from .. import permissions, throttle
from ..errors import ServiceError
from .forms import ApplicationEditForm, ApplicationForm, ProfileForm
from .models import Application, Profile

TEMPLATE = "members/people/apply.html"

# Applications that would be saved (a form sent with mistakes does not count; allauth counts
# every POST of the visitor's form too, 20 a minute per IP): ten an hour and thirty a day from
# one connection, which a stand where a référent helps people apply on one wifi stays under;
# three an hour with one e-mail address, as each application mails it.
APPLY_RATES = {"apply_ip": "10/h/ip,30/d/ip", "apply_address": "3/h/key"}


def _application_checks(email):
    return [("apply_ip", None), ("apply_address", "email:" + email.strip().lower())]


def throttled(request, form, email):
    """None if this application may be sent now (it is counted); else the seconds to wait,
    and the form says so, ready to be sent again as it is."""
    checks = _application_checks(email)
    if throttle.allow(request, "members.apply", APPLY_RATES, checks):
        return None
    seconds = throttle.retry_after(request, "members.apply", APPLY_RATES, checks)
    refusal = _(
        "Trop de candidatures ont été envoyées en peu de temps depuis cette connexion ou avec "
        "cette adresse e-mail : la vôtre n’est pas encore envoyée."
    )
    form.add_error(None, f"{refusal} {throttle.wait_message(seconds)}")
    return seconds


class ApplyView(SignupView):
    """The application: for a visitor, the account and the application in one form."""

    template_name = TEMPLATE

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["privacy_url"] = SiteFooter.privacy_url()
        return kwargs

    def form_valid(self, form):
        refused = throttled(self.request, form, form.cleaned_data["email"])
        if refused:
            return throttle.too_many(self.form_invalid(form), refused)
        return super().form_valid(form)


apply_as_visitor = ApplyView.as_view()


@require_http_methods(["GET", "POST"])
def apply(request):
    if not request.user.is_authenticated:
        return apply_as_visitor(request)
    if Application.objects.filter(user=request.user).exists():
        messages.info(request, _("Vous avez déjà envoyé votre candidature : voici où elle en est."))
        return redirect("members:dashboard")
    form = ApplicationForm(request.POST or None, privacy_url=SiteFooter.privacy_url())
    if request.method == "POST" and form.is_valid():
        refused = throttled(request, form, request.user.email)
        if refused:
            response = render(request, TEMPLATE, {"form": form, "signed_in": True})
            return throttle.too_many(response, refused)
        try:
            form.save_application(request.user)
        except ServiceError as refusal:
            messages.info(request, str(refusal))
        else:
            messages.success(request, _("Merci ! Votre candidature est envoyée."))
        return redirect("members:dashboard")
    return render(request, TEMPLATE, {"form": form, "signed_in": True})


@login_required
@require_http_methods(["GET", "POST"])
def edit_application(request):
    application = get_object_or_404(Application.objects.select_related("user"), user=request.user)
    if application.is_decided:
        messages.info(request, _("Votre candidature a reçu une réponse : elle ne change plus."))
        return redirect("members:dashboard")
    form = ApplicationEditForm(request.POST or None, application=application)
    if request.method == "POST" and form.is_valid():
        try:
            form.save()
        except ServiceError as refusal:
            messages.info(request, str(refusal))
        else:
            messages.success(request, _("Votre candidature est mise à jour."))
        return redirect("members:dashboard")
    return render(request, TEMPLATE, {"form": form, "editing": True})


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    if not permissions.can_edit_profile(request.user):
        raise PermissionDenied
    instance = Profile.objects.filter(user=request.user).first() or Profile(user=request.user)
    form = ProfileForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Votre profil est enregistré."))
        return redirect("members:profile")
    return render(request, "members/people/profile.html", {"form": form})
