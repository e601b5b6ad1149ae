from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin


class SiteFooter(TranslatableMixin, ClusterableModel):
    """The programme's contact details and legal links, shown at the foot of every page.

    One per language; a language without its own falls back to the French one.
    """

    name = models.CharField(_("nom du programme"), max_length=120)
    tagline = models.CharField(_("phrase de présentation"), max_length=250, blank=True)
    organisation = models.CharField(
        _("service porteur"),
        max_length=200,
        help_text=_("Par exemple : Ville de Lille, Service Santé"),
    )
    address = models.TextField(_("adresse"), blank=True)
    email = models.EmailField(_("adresse électronique de contact"), blank=True)
    phone = models.CharField(_("téléphone"), max_length=30, blank=True)
    contact_hours = models.CharField(_("horaires d'accueil"), max_length=200, blank=True)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page sur les données personnelles"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Les formulaires de l'espace membre y renvoient."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("tagline"),
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldPanel("address"),
                FieldPanel("email"),
                FieldPanel("phone"),
                FieldPanel("contact_hours"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("privacy_page"),
        InlinePanel("links", label=_("Liens du pied de page (mentions légales, accessibilité…)")),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("pied de page")
        verbose_name_plural = _("pieds de page")

    def __str__(self):
        return f"{self.name} ({self.locale})"

    @classmethod
    def privacy_url(cls):
        """The privacy page in the current language (French if it has no translation)."""
        footer = (
            cls.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
            .select_related("privacy_page")
            .first()
        )
        if footer is None or footer.privacy_page is None:
            return None
        return footer.privacy_page.localized.url


class SiteFooterLink(Orderable):
    footer = ParentalKey(SiteFooter, related_name="links", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Le lien mène à la version traduite de la page quand elle existe."),
    )

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("lien")
        verbose_name_plural = _("liens")
