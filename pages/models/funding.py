"""Funding calls (appels à projets) that ambassadors can answer with a project."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from pages import extensions
from pages.blocks import RICH_TEXT_FEATURES, BodyBlock, CriterionBlock, ResourcesBlock
from pages.choices import CallStatus
from pages.mixins import EasyReadMixin, SectionIndexMixin, SocialMixin
from portal.core import page_cache
from portal.core.i18n import live_in_language


class FundingCallIndexPage(SectionIndexMixin, Page):
    body = StreamField(BodyBlock(), verbose_name=_("contenu"), blank=True)

    content_panels = [*SectionIndexMixin.content_panels, FieldPanel("body")]

    subpage_types = ["pages.FundingCallPage", "pages.StandardPage"]
    template = "pages/funding_call_index_page.html"

    class Meta:
        verbose_name = _("liste des appels à projets")
        verbose_name_plural = _("listes des appels à projets")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        calls = list(
            live_in_language(FundingCallPage.objects.all(), self.locale_id)
            .select_related("locale")
            .order_by("-closes_at")
            .defer_streamfields()
        )
        order = {CallStatus.OPEN: 0, CallStatus.UPCOMING: 1, CallStatus.CLOSED: 2}
        context["calls"] = sorted(calls, key=lambda call: order[call.status(now)])
        for call in calls:
            page_cache.valid_until(request, call.next_status_change(now))
        context["now"] = now
        return context


class FundingCallPage(EasyReadMixin, SocialMixin, Page):
    funder = models.CharField(
        _("financeur"), max_length=200, help_text=_("Par exemple : ARS Hauts-de-France.")
    )
    summary = models.TextField(_("résumé"), max_length=600)
    envelope = models.PositiveIntegerField(_("enveloppe totale (euros)"), null=True, blank=True)
    max_per_project = models.PositiveIntegerField(_("montant maximum par projet (euros)"))
    opens_at = models.DateTimeField(_("ouverture des candidatures"))
    closes_at = models.DateTimeField(_("clôture des candidatures"))
    eligibility = RichTextField(_("qui peut répondre"), features=RICH_TEXT_FEATURES)
    criteria = StreamField(
        [("criterion", CriterionBlock())],
        verbose_name=_("critères d'examen"),
        help_text=_("Les critères sur lesquels les projets seront notés."),
    )
    documents = StreamField(ResourcesBlock(), verbose_name=_("documents"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("autres contenus"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("funder"),
        FieldPanel("summary"),
        EasyReadMixin.easy_read_panel,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("envelope"), FieldPanel("max_per_project")]),
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
            ],
            heading=_("Montants et calendrier (heure de Paris)"),
        ),
        FieldPanel("eligibility"),
        FieldPanel("criteria"),
        FieldPanel("documents"),
        FieldPanel("body"),
    ]
    promote_panels = SocialMixin.promote_panels
    search_fields = [
        *Page.search_fields,
        index.SearchField("funder", boost=2),
        index.SearchField("summary"),
        index.SearchField("easy_read_summary"),
        index.SearchField("eligibility"),
        index.FilterField("opens_at"),
        index.FilterField("closes_at"),
    ]

    parent_page_types = ["pages.FundingCallIndexPage"]
    subpage_types = []
    template = "pages/funding_call_page.html"

    class Meta:
        verbose_name = _("appel à projets")
        verbose_name_plural = _("appels à projets")

    @classmethod
    def open_for_language(cls, locale_id, now=None):
        """The calls open now, in one language (French ones not translated yet included),
        the closest deadline first: one query."""
        now = now or timezone.now()
        return (
            live_in_language(cls.objects.all(), locale_id)
            .filter(opens_at__lte=now, closes_at__gt=now)
            .select_related("locale")
            .order_by("closes_at")
            .only(
                "id",
                "title",
                "url_path",
                "locale",
                "funder",
                "summary",
                "closes_at",
                "opens_at",
                "max_per_project",
            )
        )

    def clean(self):
        super().clean()
        errors = {}
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            errors["closes_at"] = _("La clôture doit être après l'ouverture.")
        if (
            self.envelope is not None
            and self.max_per_project
            and (self.max_per_project > self.envelope)
        ):
            errors["max_per_project"] = _(
                "Le montant maximum par projet dépasse l'enveloppe totale."
            )
        if errors:
            raise ValidationError(errors)

    def status(self, now=None):
        """Open from ``opens_at`` (included) until ``closes_at`` (excluded)."""
        now = now or timezone.now()
        if now < self.opens_at:
            return CallStatus.UPCOMING
        if now < self.closes_at:
            return CallStatus.OPEN
        return CallStatus.CLOSED

    def is_open(self, now=None):
        return self.status(now) == CallStatus.OPEN

    def next_status_change(self, now=None):
        """When ``status`` next changes by itself (None: closed for good)."""
        now = now or timezone.now()
        return min((m for m in (self.opens_at, self.closes_at) if m and m > now), default=None)

    def proposal_url(self):
        """Where an ambassador proposes a project: the same for every language's page.

        The member area answers (``extensions.FUNDING_CALL_PROPOSAL_URL``); ``None`` if no
        app does."""
        return extensions.first_answer(extensions.FUNDING_CALL_PROPOSAL_URL, self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        context["call_status"] = self.status(now)
        page_cache.valid_until(request, self.next_status_change(now))
        return context
