"""Facts the pages point at, shared by every language and by the member area: they are
not pages and are not translated (editors manage them as snippets)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel


class Pole(models.Model):
    code = models.SlugField(
        _("code"), unique=True, help_text=_("Identifiant court, sans accent : « fives ».")
    )
    name = models.CharField(_("quartier"), max_length=100)
    sort_order = models.PositiveSmallIntegerField(_("ordre"), default=0)

    panels = [FieldPanel("name"), FieldPanel("code"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("pôle")
        verbose_name_plural = _("pôles")

    def __str__(self):
        return self.name
