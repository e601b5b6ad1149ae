from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    """The member area: one app (label ``members``), split by sub-domain (``people/``,
    ``trainings/``), with shared roles, permissions, e-mails, audit and privacy."""

    name = "members"
    verbose_name = _("Espace membre")

    def ready(self):
        from allauth.account.signals import email_confirmed

        from .people.services import verify_address

        def on_email_confirmed(sender, request, email_address, **kwargs):
            verify_address(email_address.user)

        email_confirmed.connect(
            on_email_confirmed, weak=False, dispatch_uid="members-email-confirmed"
        )
