"""E-mails to members: rendered from templates in the member's language, sent by a
background task once the transaction commits (nothing leaves for work that rolled back).

A message is named ``<sub-domain>/<name>`` and is three templates under
``members/<sub-domain>/email/``: ``<name>_subject.txt``, ``<name>.txt`` and, optionally,
``<name>.html``.
"""

from functools import partial

from django.conf import settings
from django.db import transaction
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from .tasks import send_email

SUBJECT_PREFIX = "[Ambassadeurs santé] "


def enqueue_on_commit(subject, body, to, html=None, attachments=()):
    transaction.on_commit(
        partial(
            send_email.enqueue,
            subject=subject,
            body=body,
            to=list(to),
            html=html,
            attachments=[list(item) for item in attachments],
        )
    )


def render_message(name, context, language):
    domain, name = name.split("/", 1)
    prefix = f"members/{domain}/email/{name}"
    language = language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
    with translation.override(language):
        context = {"language": language, "site_url": settings.WAGTAILADMIN_BASE_URL, **context}
        subject = render_to_string(f"{prefix}_subject.txt", context)
        subject = SUBJECT_PREFIX + " ".join(subject.split())
        body = render_to_string(f"{prefix}.txt", context)
        try:
            html = render_to_string(f"{prefix}.html", context)
        except TemplateDoesNotExist:
            html = None
    return subject, body, html


def send(name, to, context, language, attachments=()):
    """Render message ``name`` in ``language`` and send it to ``to`` after the commit."""
    if isinstance(to, str):
        to = [to]
    subject, body, html = render_message(name, context, language)
    enqueue_on_commit(subject, body, to, html=html, attachments=attachments)


def absolute_url(path):
    """``path`` on the site's public address, for an e-mail."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def member_url(name, language, **kwargs):
    """An absolute link into the member area, in ``language``, for an e-mail."""
    with translation.override(language):
        path = reverse(name, kwargs=kwargs or None)
    return absolute_url(path)
