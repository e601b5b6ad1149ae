"""A message sent through the contact page, kept in the staff's inbox.

Messages come from the public, not from accounts: a sender is a name and an e-mail
address or a phone number. Only ``services`` writes them.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import Topic

MAX_MESSAGE = 5000
MAX_NAME = 120
LANGUAGE_NAMES = {"fr": _("français"), "en": _("anglais"), "ar": _("arabe")}


class ContactMessage(models.Model):
    name = models.CharField(_("nom"), max_length=MAX_NAME)
    email = models.EmailField(_("adresse e-mail"), blank=True)
    phone = models.CharField(_("téléphone"), max_length=30, blank=True)
    topic = models.CharField(_("sujet"), max_length=20, choices=Topic.choices)
    pole = models.ForeignKey(
        "pages.Pole",
        verbose_name=_("pôle"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    message = models.TextField(_("message"), max_length=MAX_MESSAGE)
    language = models.CharField(_("langue"), max_length=8, default=settings.LANGUAGE_CODE)
    created_at = models.DateTimeField(_("reçu le"), auto_now_add=True, db_index=True)
    handled = models.BooleanField(_("traité"), default=False)
    handled_at = models.DateTimeField(_("traité le"), null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("traité par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        app_label = "members"
        ordering = ["handled", "-created_at"]
        verbose_name = _("message reçu")
        verbose_name_plural = _("messages reçus")
        indexes = [models.Index(fields=["pole", "handled"], name="contact_pole_handled")]

    def __str__(self):
        return _("Message de %(name)s") % {"name": self.name}

    @property
    def reach(self):
        """How to answer: the e-mail address, the phone number, or both."""
        return " · ".join(value for value in (self.email, self.phone) if value)

    def topic_label(self):
        if self.topic == Topic.POLE and self.pole is not None:
            return _("Pôle %(name)s") % {"name": self.pole.name}
        return self.get_topic_display()

    def handled_label(self):
        return _("traité") if self.handled else _("à traiter")

    def language_label(self):
        """The sender's language, named in the reader's language."""
        return LANGUAGE_NAMES.get(self.language, self.language)
