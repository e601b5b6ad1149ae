from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.blocks import RICH_TEXT_FEATURES, FeaturedLinksBlock
from pages.mixins import EasyReadMixin, SocialMixin
from portal.core import navigation, page_cache
from portal.core.i18n import active_language_code, localize_page_ids
from portal.core.time import next_local_midnight


class HomePage(EasyReadMixin, SocialMixin, Page):
    """The root of the site in each language."""

    hero_title = models.CharField(
        _("accroche"),
        max_length=120,
        default="",
        help_text=_("La grande phrase en haut de la page d'accueil."),
    )
    hero_text = models.TextField(
        _("texte d'accroche"), blank=True, max_length=400, help_text=_("Une ou deux phrases.")
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image d'accroche"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_cta_label = models.CharField(_("libellé du bouton"), max_length=60, blank=True)
    hero_cta_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page du bouton"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    intro = RichTextField(_("présentation"), blank=True, features=RICH_TEXT_FEATURES)
    featured = StreamField(FeaturedLinksBlock(), verbose_name=_("liens mis en avant"), blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_cta_label"),
                FieldPanel("hero_cta_page"),
            ],
            heading=_("Accroche"),
        ),
        EasyReadMixin.easy_read_panel,
        FieldPanel("intro"),
        FieldPanel("featured"),
    ]

    promote_panels = SocialMixin.promote_panels

    search_fields = [
        *Page.search_fields,
        index.SearchField("hero_title"),
        index.SearchField("hero_text"),
        index.SearchField("easy_read_summary"),
        index.SearchField("intro"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    # One home page; its translations are copies made by wagtail-localize, which do not
    # go through this limit.
    max_count = 1

    template = "home/home_page.html"

    class Meta:
        verbose_name = _("page d'accueil")
        verbose_name_plural = _("pages d'accueil")

    def get_social_image(self):
        return self.social_image or self.hero_image

    def get_context(self, request, *args, **kwargs):
        from home.sections import home_sections

        context = super().get_context(request, *args, **kwargs)
        resolved = self.linked_pages(request)
        context["featured_links"] = self.featured_links(resolved)
        hero_page = resolved.get(self.hero_cta_page_id)
        context["hero_cta_url"] = hero_page["url"] if hero_page else ""
        context.update(home_sections(self, request))
        # The next events are chosen by the day in Paris, the open calls by the minute.
        page_cache.valid_until(request, next_local_midnight())
        for call in context["open_calls"]:
            page_cache.valid_until(request, call.closes_at)
        return context

    def featured_links(self, resolved):
        """The featured cards, each pointing at the page in the visitor's language."""
        links = []
        for block in self.featured.raw_data:
            value = block["value"]
            page = resolved.get(value.get("page"))
            if page is None:
                continue
            links.append(
                {
                    "title": value.get("title") or page["title"],
                    "text": value.get("text") or "",
                    "url": page["url"],
                }
            )
        return links

    def linked_pages(self, request):
        """The hero's and the cards' pages in the visitor's language: ``{id: {"title",
        "url"}}``, their live translation or else the page itself when live. One query
        (an OR over the pages' translations that reads the whole page table: 8 ms at
        ``load_demo --scale 10``), kept until the next publication per language and set
        of ids, so a preview with other pages resolves its own."""
        ids = tuple(
            pk
            for pk in [self.hero_cta_page_id]
            + [block["value"].get("page") for block in self.featured.raw_data]
            if isinstance(pk, int)
        )
        if not ids:
            return {}
        language = active_language_code()

        def build(site=None, request=None):
            return {
                pk: {"title": page.title, "url": page.url} if page is not None else None
                for pk, page in localize_page_ids(ids, language).items()
            }

        key = f"home-links-{language}-{'-'.join(map(str, ids))}"
        resolved = navigation.cached(key, build, request)
        return build() if resolved is None else resolved
