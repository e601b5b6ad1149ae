"""StreamField blocks shared by every content page.

One ``BodyBlock`` is reused everywhere so that editors meet the same choices on
every page type and templates render them the same way.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Titre"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Niveau"),
        choices=[("h2", _("Titre de section (niveau 2)")), ("h3", _("Sous-titre (niveau 3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Titre")
        template = "blocks/heading_block.html"
        description = _("Un titre qui découpe la page en sections.")
        preview_value = {"text": "Nos actions dans les quartiers", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Texte")
        template = "blocks/paragraph_block.html"
        description = _("Du texte mis en forme : paragraphes, listes, liens.")
        preview_value = (
            "<p>Les ambassadrices et ambassadeurs santé relaient l'information "
            "santé auprès de leurs voisins.</p>"
        )


class ImageFigureBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Légende"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_figure_block.html"
        description = _(
            "Une image avec son texte alternatif (ce que l'image montre) et une légende."
        )


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Citation"))
    attribution = blocks.CharBlock(label=_("Auteur ou autrice"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Citation")
        template = "blocks/quote_block.html"
        description = _("Une parole d'habitant·e ou de partenaire.")
        preview_value = {
            "text": "On ose davantage poser des questions à une voisine qu'à un guichet.",
            "attribution": "Une ambassadrice de Wazemmes",
        }


class LinkTargetValue(blocks.StructValue):
    def href(self):
        """The page in the visitor's language when it is translated, else the address."""
        page = self.get("page")
        if page is not None:
            return page.localized.url
        return self.get("url") or ""


class LinkTargetBlock(blocks.StructBlock):
    """A link to a page of the site or, failing that, to an address."""

    page = blocks.PageChooserBlock(label=_("Page du site"), required=False)
    url = blocks.URLBlock(label=_("Ou adresse web"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "page": ValidationError(
                        _("Choisissez une page du site ou saisissez une adresse web.")
                    )
                }
            )
        return value

    class Meta:
        icon = "link"
        label = _("Lien")
        value_class = LinkTargetValue


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titre"), max_length=120)
    text = blocks.TextBlock(label=_("Texte"), required=False)
    button_label = blocks.CharBlock(label=_("Libellé du bouton"), max_length=60)
    link = LinkTargetBlock(label=_("Destination du bouton"))

    class Meta:
        icon = "pick"
        label = _("Appel à l'action")
        template = "blocks/call_to_action_block.html"
        description = _("Un encadré avec un bouton qui invite à agir.")


class FaqItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=250)
    answer = ParagraphBlock(label=_("Réponse"))

    class Meta:
        icon = "help"
        label = _("Question")


class FaqBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titre"), required=False, max_length=120)
    items = blocks.ListBlock(FaqItemBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "help"
        label = _("Questions fréquentes")
        template = "blocks/faq_block.html"
        description = _("Des questions et leurs réponses, à déplier.")
        preview_value = {
            "title": "Questions fréquentes",
            "items": [
                {
                    "question": "Faut-il un diplôme ?",
                    "answer": "<p>Non, il suffit d'être majeur·e.</p>",
                }
            ],
        }


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(
        label=_("Libellé"),
        required=False,
        help_text=_("Laissez vide pour afficher le titre du document."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document à télécharger")
        template = "blocks/document_link_block.html"
        description = _("Un lien vers un document, avec son format et son poids.")


class VideoLinkBlock(blocks.StructBlock):
    """A link to a video hosted elsewhere: no embedded player, so no third-party script."""

    url = blocks.URLBlock(label=_("Adresse de la vidéo"))
    title = blocks.CharBlock(label=_("Titre de la vidéo"), max_length=200)
    duration = blocks.CharBlock(
        label=_("Durée"), required=False, max_length=20, help_text=_("Par exemple : 3 min")
    )
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "media"
        label = _("Lien vers une vidéo")
        template = "blocks/video_link_block.html"
        description = _("Un lien vers une vidéo hébergée ailleurs (pas de lecteur intégré).")
        preview_value = {
            "url": "https://www.lille.fr/",
            "title": "Portrait d'une ambassadrice",
            "duration": "3 min",
        }


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageFigureBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    faq = FaqBlock()
    document = DocumentLinkBlock()
    video_link = VideoLinkBlock()

    class Meta:
        label = _("Contenu")


class FeaturedLinkBlock(blocks.StructBlock):
    """A card on the home page that leads to a page of the site."""

    page = blocks.PageChooserBlock(label=_("Page"))
    title = blocks.CharBlock(
        label=_("Titre de la carte"),
        required=False,
        max_length=80,
        help_text=_("Laissez vide pour reprendre le titre de la page."),
    )
    text = blocks.TextBlock(label=_("Texte de la carte"), required=False, max_length=250)

    class Meta:
        icon = "link"
        label = _("Lien mis en avant")
        description = _("Une carte qui mène vers une page du site.")


class FeaturedLinksBlock(blocks.StreamBlock):
    link = FeaturedLinkBlock()

    class Meta:
        label = _("Liens mis en avant")
        max_num = 6


class ExternalLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titre"), max_length=200)
    url = blocks.URLBlock(label=_("Adresse"))
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "link-external"
        label = _("Lien vers un autre site")
        template = "blocks/external_link_block.html"
        description = _("Un lien vers une ressource publiée ailleurs.")


class ResourcesBlock(blocks.StreamBlock):
    document = DocumentLinkBlock()
    video_link = VideoLinkBlock()
    link = ExternalLinkBlock()

    class Meta:
        label = _("Ressources")


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Étape"), max_length=120)
    duration = blocks.CharBlock(
        label=_("Durée"), required=False, max_length=60, help_text=_("Par exemple : ½ journée")
    )
    text = blocks.TextBlock(label=_("Description"))

    class Meta:
        icon = "list-ol"
        label = _("Étape")


class InvolvementBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Niveau d'engagement"), max_length=120)
    text = blocks.TextBlock(label=_("Ce que cela veut dire"))

    class Meta:
        icon = "user"
        label = _("Niveau d'engagement")


class TestimonialBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Témoignage"))
    name = blocks.CharBlock(label=_("Prénom"), max_length=60, required=False)
    neighbourhood = blocks.CharBlock(label=_("Quartier"), max_length=60, required=False)

    class Meta:
        icon = "openquote"
        label = _("Témoignage")


class CriterionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Critère"), max_length=200)
    description = blocks.TextBlock(label=_("Ce qui est regardé"), required=False)

    class Meta:
        icon = "tick"
        label = _("Critère")
