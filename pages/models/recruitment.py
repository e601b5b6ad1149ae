"""The page that invites residents to become health ambassadors."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.blocks import (
    RICH_TEXT_FEATURES,
    BodyBlock,
    FaqItemBlock,
    InvolvementBlock,
    StepBlock,
    TestimonialBlock,
)
from pages.mixins import EasyReadMixin, SocialMixin


class RecruitmentPage(EasyReadMixin, SocialMixin, Page):
    intro = models.TextField(_("chapeau"), max_length=500)
    apply_label = models.CharField(
        _("libellé du bouton de candidature"),
        max_length=80,
        default=_("Je deviens ambassadeur ou ambassadrice"),
    )
    who_can_join = RichTextField(_("qui peut devenir ambassadeur"), features=RICH_TEXT_FEATURES)
    involvement = StreamField(
        [("level", InvolvementBlock())],
        verbose_name=_("niveaux d'engagement"),
        blank=True,
        help_text=_("Ce que chacun peut choisir de faire, du plus simple au plus engagé."),
    )
    path_steps = StreamField(
        [("step", StepBlock())], verbose_name=_("le parcours de formation"), blank=True
    )
    testimonials = StreamField(
        [("testimonial", TestimonialBlock())], verbose_name=_("témoignages"), blank=True
    )
    faq = StreamField([("question", FaqItemBlock())], verbose_name=_("questions"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("autres contenus"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        EasyReadMixin.easy_read_panel,
        FieldPanel("apply_label"),
        FieldPanel("who_can_join"),
        FieldPanel("involvement"),
        FieldPanel("path_steps"),
    ]
    voices_panels = [FieldPanel("testimonials"), FieldPanel("faq"), FieldPanel("body")]
    promote_panels = SocialMixin.promote_panels
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Le rôle et le parcours")),
            ObjectList(voices_panels, heading=_("Témoignages et questions")),
            ObjectList(promote_panels, heading=_("Référencement")),
            ObjectList(Page.settings_panels, heading=_("Paramètres")),
        ]
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro", boost=2),
        index.SearchField("easy_read_summary"),
        index.SearchField("who_can_join"),
        index.SearchField("involvement"),
        index.SearchField("path_steps"),
        index.SearchField("faq"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["pages.StandardPage"]
    max_count_per_parent = 1
    template = "pages/recruitment_page.html"

    class Meta:
        verbose_name = _("page « Devenir ambassadeur »")
        verbose_name_plural = _("pages « Devenir ambassadeur »")

    @staticmethod
    def apply_url():
        """The member area's application form, in the visitor's language."""
        return reverse("members:apply")
