"""Every decision and change staff or members make is written to Wagtail's audit log, so
that it shows in the object's history in the admin and in the site history report."""

from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import log

ACTIONS = {
    "members.application.submit": (_("Candidature envoyée"), _("Candidature envoyée")),
    "members.application.edit": (_("Candidature modifiée"), _("Réponses modifiées")),
    "members.application.verify": (_("Adresse vérifiée"), _("Adresse e-mail vérifiée")),
    "members.application.approve": (_("Candidature acceptée"), _("Candidature acceptée")),
    "members.application.decline": (_("Candidature non retenue"), _("Candidature non retenue")),
    "members.profile.edit": (_("Profil modifié"), _("Profil modifié")),
    "members.profile.calendar": (
        _("Lien du calendrier renouvelé"),
        _("Nouveau lien du calendrier personnel"),
    ),
    "members.session.create": (_("Session créée"), _("Session créée")),
    "members.session.edit": (_("Session modifiée"), _("Session modifiée")),
    "members.session.capacity": (_("Places modifiées"), _("Nombre de places modifié")),
    "members.session.cancel": (_("Session annulée"), _("Session annulée")),
    "members.session.attendance": (_("Présences notées"), _("Présences notées")),
    "members.registration.create": (_("Inscription"), _("Inscription à la session")),
    "members.registration.cancel": (_("Inscription annulée"), _("Inscription annulée")),
    "members.registration.promote": (
        _("Place donnée"),
        _("Place donnée depuis la liste d'attente"),
    ),
}


def register_actions(actions):
    for action, (label, message) in ACTIONS.items():
        actions.register_action(action, label, message)


def record(instance, action, by=None, **data):
    """Write ``action`` on ``instance`` by ``by`` (None: the system) with plain ``data``."""
    if action not in ACTIONS:
        raise ValueError(f"Unknown audit action {action!r}")
    user = by if by is not None and by.is_authenticated else None
    return log(instance, action, user=user, data=data)
