"""The trainings on offer: the initial path and the thematic modules.

Session dates, seats and registrations belong to the member area: they are facts shared
by every language, not page content. The member area adds them to the page through
``extensions.TRAINING_PAGE_CONTEXT``.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from pages import extensions
from pages.blocks import RICH_TEXT_FEATURES, BodyBlock
from pages.mixins import EasyReadMixin, SectionIndexMixin, SocialMixin
from portal.core.i18n import live_in_language


class TrainingIndexPage(SectionIndexMixin, Page):
    body = StreamField(BodyBlock(), verbose_name=_("contenu"), blank=True)

    content_panels = [*SectionIndexMixin.content_panels, FieldPanel("body")]

    subpage_types = ["pages.TrainingPage", "pages.StandardPage"]
    template = "pages/training_index_page.html"

    class Meta:
        verbose_name = _("liste des formations")
        verbose_name_plural = _("listes des formations")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        modules = list(
            live_in_language(TrainingPage.objects.all(), self.locale_id)
            .select_related("locale")
            .order_by("-initial_path", "path_order", "title")
            .defer_streamfields()
        )
        context["initial_path"] = [module for module in modules if module.initial_path]
        context["thematic"] = [module for module in modules if not module.initial_path]
        return context


class TrainingPage(EasyReadMixin, SocialMixin, Page):
    intro = models.TextField(_("résumé"), max_length=500)
    objectives = RichTextField(_("objectifs"), features=RICH_TEXT_FEATURES)
    content = RichTextField(_("contenu de la formation"), features=RICH_TEXT_FEATURES)
    partner = models.CharField(
        _("partenaire ou formateur"),
        max_length=200,
        blank=True,
        help_text=_("Par exemple : la CPAM de Lille-Douai."),
    )
    duration_label = models.CharField(
        _("durée"), max_length=60, help_text=_("Telle qu'on la dit : « deux journées ».")
    )
    duration_hours = models.DecimalField(
        _("durée en heures"),
        max_digits=5,
        decimal_places=1,
        help_text=_("Sert au total des heures sur l'attestation de formation."),
    )
    initial_path = models.BooleanField(
        _("fait partie du parcours de départ"),
        default=False,
        help_text=_("Les étapes que chaque nouvel ambassadeur suit."),
    )
    path_order = models.PositiveSmallIntegerField(
        _("ordre dans le parcours"), default=0, help_text=_("1 pour la première étape, etc.")
    )
    prerequisites = models.TextField(_("prérequis"), blank=True)
    requires_initial_path = models.BooleanField(
        _("réservée aux personnes qui ont suivi le parcours de départ"), default=False
    )
    body = StreamField(BodyBlock(), verbose_name=_("autres contenus"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        EasyReadMixin.easy_read_panel,
        FieldPanel("objectives"),
        FieldPanel("content"),
        MultiFieldPanel(
            [
                FieldPanel("partner"),
                FieldRowPanel([FieldPanel("duration_label"), FieldPanel("duration_hours")]),
                FieldRowPanel([FieldPanel("initial_path"), FieldPanel("path_order")]),
                FieldPanel("prerequisites"),
                FieldPanel("requires_initial_path"),
            ],
            heading=_("Organisation"),
        ),
        FieldPanel("body"),
    ]
    promote_panels = SocialMixin.promote_panels
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro", boost=2),
        index.SearchField("easy_read_summary"),
        index.SearchField("objectives"),
        index.SearchField("content"),
        index.SearchField("partner"),
        index.FilterField("initial_path"),
    ]

    parent_page_types = ["pages.TrainingIndexPage"]
    subpage_types = []
    template = "pages/training_page.html"

    class Meta:
        verbose_name = _("formation")
        verbose_name_plural = _("formations")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Sessions and registrations are the member area's facts, shared by every language.
        context.update(extensions.extra_context(extensions.TRAINING_PAGE_CONTEXT, self, request))
        return context
