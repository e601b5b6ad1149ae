"""What the contact page's inbox holds about a member, for the data export and erasure.

Messages are not tied to accounts: they name a sender and an address or a phone number.
A member's export lists the messages sent from one of their verified e-mail addresses;
erasing the member deletes them (nothing of them is kept for the figures).
"""

from allauth.account.models import EmailAddress

from ..plain_data import iso
from .models import ContactMessage


def _sent_by(user):
    addresses = set(
        EmailAddress.objects.filter(user=user, verified=True).values_list("email", flat=True)
    )
    if not addresses:
        return ContactMessage.objects.none()
    return ContactMessage.objects.filter(email__in=addresses)


def export(user):
    return {
        "messages_de_contact": [
            {
                "envoye_le": iso(message.created_at),
                "nom": message.name,
                "adresse_email": message.email,
                "telephone": message.phone,
                "pour": str(message.topic_label()),
                "message": message.message,
                "traite": message.handled,
            }
            for message in _sent_by(user).select_related("pole")
        ]
    }


def erase(user):
    return _sent_by(user).delete()
