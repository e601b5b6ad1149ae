"""The only code that writes contact messages: receiving one, marking it handled.

A received message is stored and e-mailed, once the transaction commits, to the pôle's
référents (or the coordination). The sender gets no copy: the form would otherwise send
e-mails to any address typed into it.
"""

import logging
from functools import partial

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import audit, emails
from ..errors import NotAllowed, Refused
from ..tasks import send_email
from . import queries
from .models import ContactMessage

logger = logging.getLogger(__name__)


def send_message(*, name, email, phone, topic, pole, message, language):
    """Store a message from the contact page and tell whoever answers it."""
    language = language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
    with transaction.atomic():
        received = ContactMessage.objects.create(
            name=name,
            email=email or "",
            phone=phone or "",
            topic=topic,
            pole=pole,
            message=message,
            language=language,
        )
        audit.record(
            received, "members.contact.receive", topic=topic, pole=pole.pk if pole else None
        )
        to = queries.recipients(topic, pole)
        if to:
            subject, body, html = emails.render_message(
                "contact/message_received",
                {
                    "message": received,
                    "inbox_url": emails.absolute_url(
                        reverse("contact_messages:inspect", args=[received.pk])
                    ),
                },
                settings.LANGUAGE_CODE,
            )
            transaction.on_commit(
                partial(
                    send_email.enqueue,
                    subject=subject,
                    body=body,
                    to=to,
                    html=html,
                    reply_to=[received.email] if received.email else [],
                )
            )
        else:
            logger.warning(
                "Contact message %s: nobody to tell (no coordination address)", received.pk
            )
    return received


def mark_handled(message_id, handled, by):
    """Mark a message « traité » (``handled=True``) or back to « à traiter »."""
    with transaction.atomic():
        message = ContactMessage.objects.select_for_update().filter(pk=message_id).first()
        if message is None or not queries.can_handle(by, message):
            raise NotAllowed(_("Vous ne pouvez pas changer ce message."))
        if message.handled == handled:
            raise Refused(
                _("Ce message est déjà marqué traité.")
                if handled
                else _("Ce message est déjà marqué à traiter.")
            )
        message.handled = handled
        message.handled_at = timezone.now() if handled else None
        message.handled_by = by if handled else None
        message.save(update_fields=["handled", "handled_at", "handled_by"])
        audit.record(
            message,
            "members.contact.handle" if handled else "members.contact.reopen",
            by=by,
        )
    return message
