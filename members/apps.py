from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = _("Espace membre")

    def ready(self):
        from allauth.account.signals import email_confirmed

        from .services import email_verified

        def on_email_confirmed(sender, request, email_address, **kwargs):
            email_verified(email_address.user)

        email_confirmed.connect(
            on_email_confirmed, weak=False, dispatch_uid="members-email-confirmed"
        )
