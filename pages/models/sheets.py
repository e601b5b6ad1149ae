"""Experience sheets ("fiches expérience", in the style of Inspir'action): how a local
health action was built, so that other territories can reproduce it."""

from django import forms
from django.db import models
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.blocks import RICH_TEXT_FEATURES, ResourcesBlock
from pages.catalogue import catalogue_context
from pages.choices import FRAMEWORKS, FrameworkAnswer, TargetPublic
from pages.mixins import SectionIndexMixin, SocialMixin
from pages.panels import PublicationChecklistPanel, RequiredRichTextPageForm
from portal.core import navigation


class ExperienceSheetTag(TaggedItemBase):
    content_object = ParentalKey(
        "pages.ExperienceSheetPage", related_name="tagged_items", on_delete=models.CASCADE
    )


def framework_field(label):
    return models.CharField(
        label, max_length=10, choices=FrameworkAnswer, default=FrameworkAnswer.UNKNOWN
    )


class ExperienceSheetIndexPage(SectionIndexMixin, Page):
    subpage_types = ["pages.ExperienceSheetPage"]
    template = "pages/experience_sheet_index_page.html"

    class Meta:
        verbose_name = _("catalogue des fiches expérience")
        verbose_name_plural = _("catalogues des fiches expérience")

    def sheets(self):
        """The catalogue's live sheets."""
        return ExperienceSheetPage.objects.child_of(self).live()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_context(self, request))
        return context


class ExperienceSheetPage(SocialMixin, Page):
    # Summary
    summary = models.TextField(
        _("résumé"), max_length=600, help_text=_("Trois ou quatre phrases pour donner envie.")
    )
    territory = models.CharField(
        _("territoire"), max_length=120, help_text=_("Par exemple : Ville de Lille.")
    )
    poles = ParentalManyToManyField(
        "pages.Pole", verbose_name=_("pôles concernés"), blank=True, related_name="sheets"
    )
    # null: a draft may leave it empty (Wagtail defers required fields that the database
    # accepts empty); publishing asks for it.
    start_year = models.PositiveSmallIntegerField(_("année de démarrage"), null=True)
    budget = models.PositiveIntegerField(
        _("budget annuel (euros)"), null=True, blank=True, help_text=_("Laissez vide si inconnu.")
    )
    author = models.CharField(_("rédigé par"), max_length=200)
    updated_on = models.DateField(_("date de mise à jour"), default=timezone.localdate)
    tags = ClusterTaggableManager(
        through=ExperienceSheetTag,
        blank=True,
        verbose_name=_("mots-clés"),
        help_text=_("Les thèmes de l'action, par exemple : participation, prévention."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image principale"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # The story
    problem = RichTextField(_("problématique et contexte"), features=RICH_TEXT_FEATURES)
    objectives = RichTextField(_("objectifs"), features=RICH_TEXT_FEATURES)
    story = RichTextField(
        _("racontez votre projet"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Les étapes, dans l'ordre."),
    )
    results = RichTextField(_("résultats et perspectives"), features=RICH_TEXT_FEATURES)
    unexpected_effects = RichTextField(
        _("effets inattendus"), blank=True, features=RICH_TEXT_FEATURES
    )
    advice = RichTextField(
        _("conseils pour reproduire l'action"), blank=True, features=RICH_TEXT_FEATURES
    )
    vigilance = RichTextField(_("points de vigilance"), blank=True, features=RICH_TEXT_FEATURES)

    # Identity card
    action_lead = models.CharField(_("porteur de l'action"), max_length=200)
    framework_asv = framework_field(FRAMEWORKS["asv"])
    framework_cls = framework_field(FRAMEWORKS["cls"])
    framework_clsm = framework_field(FRAMEWORKS["clsm"])
    framework_contrat_de_ville = framework_field(FRAMEWORKS["contrat_de_ville"])
    target_public = models.CharField(_("public visé"), max_length=20, choices=TargetPublic)
    target_public_detail = models.CharField(_("public visé, en détail"), max_length=250, blank=True)
    operational_partners = models.TextField(_("partenaires opérationnels"), blank=True)
    financial_partners = models.TextField(_("partenaires financiers"), blank=True)
    governance = models.TextField(_("gouvernance"), blank=True)

    # Resources and contact
    resources = StreamField(ResourcesBlock(), verbose_name=_("autres ressources"), blank=True)
    contact_name = models.CharField(_("nom du contact"), max_length=120, blank=True)
    contact_role = models.CharField(_("fonction du contact"), max_length=200, blank=True)
    contact_email = models.EmailField(_("adresse électronique du contact"), blank=True)

    summary_panels = [
        PublicationChecklistPanel(),
        *Page.content_panels,
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("territory"), FieldPanel("start_year"), FieldPanel("budget")]),
        FieldPanel("poles", widget=forms.CheckboxSelectMultiple),
        FieldPanel("tags"),
        FieldRowPanel([FieldPanel("author"), FieldPanel("updated_on")]),
        FieldPanel("image"),
    ]
    story_panels = [
        FieldPanel("problem"),
        FieldPanel("objectives"),
        FieldPanel("story"),
        FieldPanel("results"),
        FieldPanel("unexpected_effects"),
        FieldPanel("advice"),
        FieldPanel("vigilance"),
    ]
    identity_panels = [
        FieldPanel("action_lead"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("framework_asv"), FieldPanel("framework_cls")]),
                FieldRowPanel(
                    [FieldPanel("framework_clsm"), FieldPanel("framework_contrat_de_ville")]
                ),
            ],
            heading=_("Cadre d'intervention politique"),
        ),
        FieldRowPanel([FieldPanel("target_public"), FieldPanel("target_public_detail")]),
        FieldPanel("operational_partners"),
        FieldPanel("financial_partners"),
        FieldPanel("governance"),
    ]
    resource_panels = [
        FieldPanel("resources"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_role"), FieldPanel("contact_email")],
            heading=_("Contact référent"),
        ),
    ]
    content_panels = summary_panels
    promote_panels = SocialMixin.promote_panels
    edit_handler = TabbedInterface(
        [
            ObjectList(summary_panels, heading=_("Résumé")),
            ObjectList(story_panels, heading=_("Le récit")),
            ObjectList(identity_panels, heading=_("Fiche d'identité")),
            ObjectList(resource_panels, heading=_("Ressources et contact")),
            ObjectList(promote_panels, heading=_("Référencement")),
            ObjectList(Page.settings_panels, heading=_("Paramètres")),
        ]
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("territory"),
        index.SearchField("problem"),
        index.SearchField("objectives"),
        index.SearchField("story"),
        index.SearchField("results"),
        index.SearchField("advice"),
        index.SearchField("action_lead"),
        index.SearchField("operational_partners"),
        index.RelatedFields("tags", [index.SearchField("name", boost=2)]),
        index.FilterField("start_year"),
        index.FilterField("target_public"),
    ]

    parent_page_types = ["pages.ExperienceSheetIndexPage"]
    subpage_types = []
    template = "pages/experience_sheet_page.html"
    base_form_class = RequiredRichTextPageForm

    class Meta:
        verbose_name = _("fiche expérience")
        verbose_name_plural = _("fiches expérience")

    def get_social_image(self):
        return self.social_image or self.image

    def frameworks(self):
        """The identity card's policy frameworks with their answers."""
        answers = dict(FrameworkAnswer.choices)
        return [
            {
                "label": label,
                "answer": getattr(self, f"framework_{key}"),
                "display": answers.get(getattr(self, f"framework_{key}"), ""),
            }
            for key, label in FRAMEWORKS.items()
        ]

    def related_sheets(self, tag_ids, limit=3):
        """Other live sheets of this language that share the most keywords (one query)."""
        if not tag_ids:
            return []
        return list(
            ExperienceSheetPage.objects.live()
            .filter(locale_id=self.locale_id, tagged_items__tag_id__in=tag_ids)
            .exclude(pk=self.pk)
            .annotate(shared=Count("tagged_items", distinct=True))
            .order_by("-shared", "-updated_on", "title")
            .only("id", "title", "url_path", "summary", "territory", "start_year")[:limit]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)

        def keywords_and_related():
            tag_items = list(self.tagged_items.select_related("tag"))
            return tag_items, self.related_sheets([item.tag_id for item in tag_items])

        # Its keywords and the sheets sharing them, kept in this process until the next
        # publication (the related sheets are an aggregate over every sheet sharing a
        # keyword: thousands at load_demo --scale 10). Previews are always read afresh.
        tag_items, related = navigation.local(
            request, ("sheet-keywords", self.pk), keywords_and_related
        )
        context["tag_items"] = tag_items
        context["related_sheets"] = related
        # The catalogue is the parent page: its URL is ours without our slug (no query).
        url = self.get_url(request)
        context["catalogue_url"] = url[: -len(self.slug) - 1] if url else ""
        return context
