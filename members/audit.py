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
    "members.proposal.start": (_("Projet commencé"), _("Brouillon de projet commencé")),
    "members.proposal.edit": (_("Projet modifié"), _("Projet modifié")),
    "members.proposal.budget": (_("Budget modifié"), _("Budget du projet modifié")),
    "members.proposal.attach": (_("Pièce jointe ajoutée"), _("Pièce jointe ajoutée")),
    "members.proposal.detach": (_("Pièce jointe retirée"), _("Pièce jointe retirée")),
    "members.proposal.submit": (_("Projet déposé"), _("Projet déposé")),
    "members.proposal.start_review": (_("Examen commencé"), _("Examen du projet commencé")),
    "members.proposal.request_changes": (
        _("Modifications demandées"),
        _("Modifications demandées"),
    ),
    "members.proposal.resubmit": (_("Projet déposé à nouveau"), _("Projet déposé à nouveau")),
    "members.proposal.accept": (_("Projet accepté"), _("Projet accepté")),
    "members.proposal.decline": (_("Projet non retenu"), _("Projet non retenu")),
    "members.proposal.withdraw": (_("Projet retiré"), _("Projet retiré")),
    "members.proposal.review": (_("Projet noté"), _("Notes d'examen envoyées")),
    "members.proposal.recuse": (_("Relecture déclinée"), _("Conflit d'intérêts déclaré")),
    "members.proposal.sheet": (_("Fiche expérience créée"), _("Fiche expérience créée")),
    "members.action.log": (_("Action notée"), _("Action notée")),
    "members.action.edit": (_("Action modifiée"), _("Action modifiée")),
    "members.action.delete": (_("Action supprimée"), _("Action supprimée")),
    "members.figures.close_year": (_("Année close"), _("Chiffres de l'année figés")),
    "members.figures.rebuild": (_("Chiffres recalculés"), _("Chiffres recalculés")),
    "members.attestation.download": (_("Attestation téléchargée"), _("Attestation téléchargée")),
    "members.registration.create": (_("Inscription"), _("Inscription à la session")),
    "members.registration.cancel": (_("Inscription annulée"), _("Inscription annulée")),
    "members.registration.promote": (
        _("Place donnée"),
        _("Place donnée depuis la liste d'attente"),
    ),
    "members.contact.receive": (_("Message reçu"), _("Message reçu par la page de contact")),
    "members.contact.handle": (_("Message traité"), _("Message marqué traité")),
    "members.contact.reopen": (_("Message à traiter"), _("Message marqué à traiter")),
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
