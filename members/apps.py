from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    """The member area: one app (label ``members``), split by sub-domain (``people/``,
    ``trainings/``), with shared roles, permissions, e-mails, audit and privacy."""

    name = "members"
    verbose_name = _("Espace membre")

    def ready(self):
        # The sources of the programme's figures register themselves (members.summary).
        from allauth.account.signals import email_confirmed

        from .actions import figures as _actions  # noqa: F401
        from .people import figures as _people  # noqa: F401
        from .people.services import verify_address
        from .proposals import figures as _proposals  # noqa: F401
        from .trainings import cached_pages
        from .trainings import figures as _trainings  # noqa: F401

        cached_pages.connect()

        def on_email_confirmed(sender, request, email_address, **kwargs):
            verify_address(email_address.user)

        email_confirmed.connect(
            on_email_confirmed, weak=False, dispatch_uid="members-email-confirmed"
        )
