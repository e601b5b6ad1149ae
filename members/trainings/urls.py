from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

urlpatterns = [
    path(_("sessions/<int:session_id>/inscription/"), views.register, name="register"),
    path(_("inscriptions/<int:registration_id>/annuler/"), views.cancel, name="cancel"),
    path(
        _("sessions/<int:session_id>/agenda.ics"),
        views.session_calendar_file,
        name="session_calendar",
    ),
    path(_("attestation-de-formation.pdf"), views.attestation, name="attestation"),
    path(_("calendrier/<str:token>.ics"), views.calendar_feed, name="calendar_feed"),
    path(_("calendrier/nouveau-lien/"), views.renew_calendar_link, name="renew_calendar"),
]
