"""Personal data (RGPD): everything the portal holds about a member, as plain data, and
erasing it. Each sub-domain contributes its part (``<sub-domain>/privacy.py``)."""

from django.db import transaction

from allauth.account.models import EmailAddress

from .actions import privacy as actions
from .contact import privacy as contact
from .people import privacy as people
from .plain_data import iso
from .proposals import privacy as proposals
from .trainings import privacy as trainings

CONTRIBUTORS = (people, trainings, proposals, actions, contact)


def export(user):
    """Everything about ``user``, in plain data."""
    data = {
        "compte": {
            "adresse_email": user.email,
            "prenom": user.first_name,
            "nom": user.last_name,
            "cree_le": iso(user.date_joined),
            "derniere_connexion": iso(user.last_login),
            "adresses": [
                {"adresse": address.email, "verifiee": address.verified}
                for address in EmailAddress.objects.filter(user=user)
            ],
        }
    }
    for contributor in CONTRIBUTORS:
        data.update(contributor.export(user))
    return data


def erase(user):
    """Erase the member: account, addresses and what each sub-domain does not keep
    anonymously. The caller ends the session (``logout``)."""
    with transaction.atomic():
        for contributor in CONTRIBUTORS:
            contributor.erase(user)
        user.delete()
