"""The member area (under /fr/espace-membre/, /en/member-area/, /ar/member-area/)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "members"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path(_("candidater/"), views.apply, name="apply"),
    path(_("candidature/"), views.edit_application, name="edit_application"),
    path(_("profil/"), views.profile, name="profile"),
    path(_("sessions/<int:session_id>/inscription/"), views.register, name="register"),
    path(_("inscriptions/<int:registration_id>/annuler/"), views.cancel, name="cancel"),
    path(_("attestation-de-formation.pdf"), views.attestation, name="attestation"),
    path(_("calendrier/<str:token>.ics"), views.calendar_feed, name="calendar_feed"),
    path(_("calendrier/nouveau-lien/"), views.renew_calendar_link, name="renew_calendar"),
    path(_("mes-donnees/"), views.my_data, name="my_data"),
    path(_("appels/<uuid:call_key>/proposer/"), views.not_yet, name="propose"),
]
