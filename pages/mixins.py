"""Abstract mixins shared by page types, each carrying its own panels.

wagtail-localize does not support custom base page models: page types share fields
through these abstract mixins on ``Page`` subclasses instead.
"""

import re

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

# A bullet typed at the start of a line of the easy-to-read summary: the list has its own.
LIST_MARKER = re.compile(r"^\s*[-•*–]\s+")


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


class EasyReadMixin(models.Model):
    """An optional summary in easy-to-read French (« Facile à lire et à comprendre »):
    short sentences, one idea per line, shown at the top of the page as a list."""

    easy_read_summary = models.TextField(
        _("résumé facile à lire"),
        blank=True,
        max_length=1500,
        help_text=_(
            "Une idée par ligne, en phrases courtes et avec des mots simples. "
            "Chaque ligne devient un point de la liste."
        ),
    )
    easy_read_certified = models.BooleanField(
        _("ce résumé respecte les règles européennes du facile à lire"),
        default=False,
        help_text=_(
            "Cochez seulement si le résumé a été écrit selon ces règles et relu par des "
            "personnes concernées : le logo « Facile à lire » s'affiche alors."
        ),
    )

    easy_read_panel = MultiFieldPanel(
        [FieldPanel("easy_read_summary"), FieldPanel("easy_read_certified")],
        heading=_("En bref, facile à lire"),
    )

    class Meta:
        abstract = True

    def easy_read_lines(self):
        """The summary's ideas, one per non-empty line (list markers typed by the editor
        dropped)."""
        lines = (LIST_MARKER.sub("", line).strip() for line in self.easy_read_summary.splitlines())
        return [line for line in lines if line]
