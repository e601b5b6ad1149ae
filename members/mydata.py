"""Personal data (RGPD): what the portal holds about a member, as JSON; deleting it."""

from django.contrib.auth import logout
from django.db import transaction

from allauth.account.models import EmailAddress

from .models import Application, Profile, Registration


def _date(value):
    return value.isoformat() if value else None


def collect(user):
    """Everything about ``user``, in plain data."""
    application = Application.objects.filter(user=user).select_related("pole").first()
    profile = Profile.objects.filter(user=user).select_related("pole").first()
    registrations = Registration.objects.filter(user=user).select_related("session__training")
    return {
        "compte": {
            "adresse_email": user.email,
            "prenom": user.first_name,
            "nom": user.last_name,
            "cree_le": _date(user.date_joined),
            "derniere_connexion": _date(user.last_login),
            "adresses": [
                {"adresse": address.email, "verifiee": address.verified}
                for address in EmailAddress.objects.filter(user=user)
            ],
        },
        "candidature": application
        and {
            "telephone": application.phone,
            "pole": str(application.pole) if application.pole else None,
            "quartier": application.neighbourhood,
            "langues": application.languages,
            "autres_langues": application.other_languages,
            "implication": application.involvement,
            "disponibilites": application.availability,
            "motivation": application.motivation,
            "accord_confidentialite_le": _date(application.consent_at),
            "etat": application.status,
            "envoyee_le": _date(application.created_at),
            "decidee_le": _date(application.decided_at),
            "message_de_decision": application.decision_message,
        },
        "profil": profile
        and {
            "pole": str(profile.pole) if profile.pole else None,
            "telephone": profile.phone,
            "langues": profile.languages,
            "implication": profile.involvement,
            "centres_d_interet": sorted(profile.interests.names()),
            "contact_par_email": profile.contact_by_email,
            "contact_par_sms": profile.contact_by_sms,
            "contact_par_telephone": profile.contact_by_phone,
            "langue_des_messages": profile.language,
        },
        "inscriptions_aux_formations": [
            {
                "formation": registration.session.training.title,
                "debut": _date(registration.session.starts_at),
                "fin": _date(registration.session.ends_at),
                "lieu": registration.session.place,
                "etat": registration.status,
                "inscrite_le": _date(registration.created_at),
                "annulee_le": _date(registration.cancelled_at),
                "presence": registration.attended,
            }
            for registration in registrations
        ],
    }


def delete_account(request):
    """Erase the member: account, addresses, application, profile. Registrations stay,
    without anybody's name, for the programme's statistics (``user`` is set to NULL)."""
    user = request.user
    with transaction.atomic():
        kept = Registration.objects.filter(user=user).update(user=None)
        user.delete()
    logout(request)
    return kept
