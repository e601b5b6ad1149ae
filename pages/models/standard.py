from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.blocks import BodyBlock
from pages.mixins import SocialMixin


class StandardPage(SocialMixin, Page):
    """Free content: about, legal notice, accessibility statement, privacy…"""

    intro = models.TextField(
        _("chapeau"),
        blank=True,
        max_length=500,
        help_text=_("Deux ou trois phrases qui disent l'essentiel de la page."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("contenu"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    promote_panels = SocialMixin.promote_panels

    # Free content fits anywhere below a home page.
    parent_page_types = [
        "home.HomePage",
        "pages.StandardPage",
        "pages.RecruitmentPage",
        "pages.PoleIndexPage",
        "pages.TrainingIndexPage",
        "pages.FundingCallIndexPage",
    ]
    subpage_types = ["pages.StandardPage"]

    template = "pages/standard_page.html"

    class Meta:
        verbose_name = _("page standard")
        verbose_name_plural = _("pages standard")
