"""What the trainings sub-domain holds about a member, for the data export and erasure."""

from ..plain_data import iso
from .models import Registration


def export(user):
    registrations = Registration.objects.filter(user=user).select_related("session__training")
    return {
        "inscriptions_aux_formations": [
            {
                "formation": registration.session.training.title,
                "debut": iso(registration.session.starts_at),
                "fin": iso(registration.session.ends_at),
                "lieu": registration.session.place,
                "etat": registration.status,
                "inscrite_le": iso(registration.created_at),
                "annulee_le": iso(registration.cancelled_at),
                "presence": registration.attended,
            }
            for registration in registrations
        ]
    }


def erase(user):
    """Registrations stay, without anybody's name, for the programme's statistics."""
    return Registration.objects.filter(user=user).update(user=None)
