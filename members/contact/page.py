"""The contact page's form, added to the page through ``pages.extensions``.

A valid message is stored (``services.send_message``) and the visitor is sent back to
the page, which then says it arrived (POST, redirect, GET: reloading sends nothing twice).
A form with mistakes is shown again with what was typed. A robot that filled the hidden
field is answered as if its message were sent; nothing is stored or sent.
"""

import logging

from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from portal.core import navigation

from . import services, throttle
from .choices import ANSWER_DAYS
from .forms import ContactForm, pole_names

logger = logging.getLogger(__name__)

SENT_PARAMETER = "envoye"
FORM_ATTRIBUTE = "_contact_form"


def _sent_url(request):
    return f"{request.path}?{SENT_PARAMETER}=1#contact-confirmation"


def _poles(site, request):
    return pole_names()


def page_context(page, request):
    form = getattr(request, FORM_ATTRIBUTE, None)
    sent = form is None and request.GET.get(SENT_PARAMETER) == "1"
    if form is None and not sent:
        # The pôles' names from the cache: the page costs no query for them.
        poles = navigation.cached("contact-poles", _poles, request)
        form = ContactForm(poles=poles)
    return {
        "contact_form_template": "members/contact/form.html",
        "contact_form": form,
        "contact_sent": sent,
        "contact_answer_days": ANSWER_DAYS,
    }


def serve_post(page, request):
    """The form's POST: a redirect once sent, else the page with the form's errors."""
    if request.method != "POST":
        return None
    form = ContactForm(request.POST)
    if form.is_trap():
        logger.info("Contact form: hidden field filled, message dropped (page %s)", page.pk)
        return HttpResponseRedirect(_sent_url(request))
    status = 200
    if form.is_valid():
        data = form.cleaned_data
        if throttle.allow(request, data.get("email"), data.get("phone")):
            services.send_message(
                name=data["name"],
                email=data.get("email"),
                phone=data.get("phone"),
                topic=data["topic"],
                pole=data.get("pole"),
                message=data["message"],
                language=page.locale.language_code,
            )
            return HttpResponseRedirect(_sent_url(request))
        form.add_error(
            None,
            _(
                "Vous avez déjà envoyé plusieurs messages dans l'heure : votre message n'a "
                "pas été envoyé. Réessayez dans une heure, ou appelez-nous."
            ),
        )
        status = 429
    setattr(request, FORM_ATTRIBUTE, form)
    return TemplateResponse(
        request,
        page.get_template(request),
        page.get_context(request),
        status=status,
    )
