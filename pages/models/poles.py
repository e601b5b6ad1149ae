"""The five neighbourhood Pôles Ressources Santé: their public pages.

``Pole`` is the fact (``pages.models.facts``: one row per pôle, shared by every language
and by the member area); ``PolePage`` is its public page, translated like any page.
"""

from urllib.parse import urlencode

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.blocks import RICH_TEXT_FEATURES, BodyBlock
from pages.indexes import pole_feed_url
from pages.mixins import SectionIndexMixin, SocialMixin
from pages.models.events import EventPage
from pages.models.facts import Pole
from portal.core import navigation
from portal.core.i18n import live_in_language


def _pole_codes(site, request):
    return dict(Pole.objects.values_list("pk", "code"))


def pole_code(request, pole_id):
    """A pôle's code, without a query once the cache is warm."""
    return (navigation.cached("pole-codes", _pole_codes, request) or {}).get(pole_id)


class PoleIndexPage(SectionIndexMixin, Page):
    body = StreamField(BodyBlock(), verbose_name=_("contenu"), blank=True)

    content_panels = [*SectionIndexMixin.content_panels, FieldPanel("body")]
    search_fields = [*SectionIndexMixin.search_fields, index.SearchField("body")]

    subpage_types = ["pages.PolePage", "pages.StandardPage"]
    template = "pages/pole_index_page.html"

    class Meta:
        verbose_name = _("liste des pôles")
        verbose_name_plural = _("listes des pôles")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["poles"] = (
            live_in_language(PolePage.objects.all(), self.locale_id)
            .select_related("pole", "locale")
            .order_by("pole__sort_order", "title")
        )
        return context


class PolePage(SocialMixin, Page):
    pole = models.ForeignKey(
        Pole,
        verbose_name=_("pôle"),
        on_delete=models.PROTECT,
        related_name="pages",
        help_text=_("Le pôle que cette page présente ; le même dans toutes les langues."),
    )
    intro = models.TextField(_("chapeau"), blank=True, max_length=500)
    host_association = models.CharField(_("association qui accueille le pôle"), max_length=200)
    host_association_url = models.URLField(_("site de l'association"), blank=True)
    address = models.TextField(_("adresse"), help_text=_("Une information par ligne."))
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    opening_hours = RichTextField(
        _("horaires d'ouverture"), blank=True, features=["bold", "ul", "link"]
    )
    referent_name = models.CharField(_("nom du ou de la référente"), max_length=120, blank=True)
    referent_email = models.EmailField(_("adresse électronique publique"), blank=True)
    referent_phone = models.CharField(_("téléphone public"), max_length=30, blank=True)
    services = RichTextField(_("ce que l'on y trouve"), blank=True, features=RICH_TEXT_FEATURES)
    body = StreamField(BodyBlock(), verbose_name=_("contenu"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("pole"),
        FieldPanel("intro"),
        FieldPanel("services"),
        FieldPanel("body"),
    ]
    practical_panels = [
        MultiFieldPanel(
            [
                FieldPanel("host_association"),
                FieldPanel("host_association_url"),
                FieldPanel("address"),
                FieldPanel("latitude"),
                FieldPanel("longitude"),
                FieldPanel("opening_hours"),
            ],
            heading=_("Où et quand"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("referent_name"),
                FieldPanel("referent_email"),
                FieldPanel("referent_phone"),
            ],
            heading=_("Référent ou référente (coordonnées publiques)"),
        ),
    ]
    promote_panels = SocialMixin.promote_panels
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Présentation")),
            ObjectList(practical_panels, heading=_("Infos pratiques")),
            ObjectList(promote_panels, heading=_("Référencement")),
            ObjectList(Page.settings_panels, heading=_("Paramètres")),
        ]
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("services"),
        index.SearchField("host_association"),
        index.SearchField("address"),
        index.SearchField("body"),
        index.FilterField("pole"),
    ]

    parent_page_types = ["pages.PoleIndexPage"]
    subpage_types = []
    template = "pages/pole_page.html"

    class Meta:
        verbose_name = _("page d'un pôle")
        verbose_name_plural = _("pages des pôles")

    def openstreetmap_url(self):
        """A link to the place on OpenStreetMap: no embedded tiles, no third-party script."""
        if self.latitude is None or self.longitude is None:
            query = " ".join(self.address.split())
            return "https://www.openstreetmap.org/search?" + urlencode({"query": query})
        return (
            f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}"
            f"#map=17/{self.latitude}/{self.longitude}"
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["upcoming_events"] = EventPage.upcoming_for_pole(self.pole_id, self.locale_id)[:5]
        context["pole_feed_url"] = pole_feed_url(
            request, pole_code(request, self.pole_id), get_language()
        )
        return context
