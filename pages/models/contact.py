"""The contact page: the coordination's address and opening hours, and a form.

The form's handling (who receives the message, the inbox, the throttles) belongs to the
member area: it registers its functions for ``extensions.CONTACT_PAGE_CONTEXT`` and
``extensions.CONTACT_PAGE_SERVE``. With none registered, the page shows its text only.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from pages import extensions
from pages.blocks import RICH_TEXT_FEATURES


class ContactPage(Page):
    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)
    address = models.TextField(
        _("adresse et horaires"),
        blank=True,
        help_text=_("Une information par ligne : adresse, téléphone, jours et heures d'accueil."),
    )
    confirmation = models.TextField(
        _("message de confirmation"),
        blank=True,
        help_text=_(
            "Montré après l'envoi d'un message. Vide : « Merci, votre message est bien "
            "arrivé », avec le délai de réponse."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("address"),
        FieldPanel("confirmation"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("address"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "pages/contact_page.html"

    class Meta:
        verbose_name = _("page de contact")
        verbose_name_plural = _("pages de contact")

    def serve(self, request, *args, **kwargs):
        # The member area answers the form's POST (and redirects); else the page renders.
        response = extensions.first_answer(extensions.CONTACT_PAGE_SERVE, self, request)
        if response is not None:
            return response
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(extensions.extra_context(extensions.CONTACT_PAGE_CONTEXT, self, request))
        return context
