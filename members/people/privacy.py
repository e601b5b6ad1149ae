"""What the people sub-domain holds about a member, for the data export."""

from .. import summary
from ..plain_data import iso
from . import figures
from .models import Application, Profile


def _value(instance, name):
    if name == "pole":
        return str(instance.pole) if instance.pole_id else None
    if name == "interests":
        return sorted(instance.interests.names())
    return getattr(instance, name)


def export(user):
    application = Application.objects.filter(user=user).select_related("pole").first()
    profile = Profile.objects.filter(user=user).select_related("pole").first()
    return {
        "candidature": application
        and {
            **{name: _value(application, name) for name in Application.ANSWER_FIELDS},
            "language": application.language,
            "consent_at": iso(application.consent_at),
            "status": application.status,
            "created_at": iso(application.created_at),
            "decided_at": iso(application.decided_at),
            "decision_message": application.decision_message,
        },
        "profil": profile and {name: _value(profile, name) for name in Profile.EDITABLE_FIELDS},
    }


def erase(user):
    """The application and the profile go with the account; the figures that counted the
    application forget it (closed years keep theirs)."""
    application = Application.objects.filter(user=user).first()
    if application is not None:
        cells = figures.cells(application)
        application.delete()
        summary.refresh("people", cells)
