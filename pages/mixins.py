"""Abstract mixins shared by page types, each carrying its own panels.

wagtail-localize does not support custom base page models: page types share fields
through these abstract mixins on ``Page`` subclasses instead.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index


class SocialMixin(models.Model):
    """The image shown when a page is shared (OpenGraph)."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image de partage"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Montrée quand la page est partagée sur un réseau social ou une messagerie. "
            "Par défaut, l'image principale de la page."
        ),
    )

    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel([FieldPanel("social_image")], heading=_("Partage")),
    ]

    class Meta:
        abstract = True

    def get_social_image(self):
        return self.social_image


class SectionIndexMixin(SocialMixin):
    """The landing page of a section (agenda, catalogue, pôles…): one per language,
    right under the home page, with a standfirst."""

    intro = models.TextField(_("chapeau"), blank=True, max_length=500)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True
