"""What search engines and link previews read: canonical URL, hreflang, OpenGraph."""

from django import template
from django.conf import settings

from portal.core.templatetags.navigation_tags import page_translations
from portal.core.templatetags.page_tags import page_summary, rendition

register = template.Library()

OG_LOCALES = {"fr": "fr_FR", "en": "en_GB", "ar": "ar_AR"}


@register.simple_tag(takes_context=True)
def get_page_translations(context):
    """The URLs of the current page's live translations by language, shared by the head and
    the language switcher (one query, then kept until the next publication)."""
    return page_translations(context.get("page"), context.get("request"))


@register.inclusion_tag("components/seo_meta.html", takes_context=True)
def seo_meta(context):
    request = context["request"]
    page = context.get("page")
    language_code = context.get("LANGUAGE_CODE") or settings.LANGUAGE_CODE
    if page is None:
        return {"page": None, "canonical": request.build_absolute_uri(request.path)}
    translations = context.get("page_translations") or {}
    alternates = [
        {"code": code, "url": request.build_absolute_uri(translations[code])}
        for code, _name in settings.LANGUAGES
        if code in translations
    ]
    default = next((a for a in alternates if a["code"] == settings.LANGUAGE_CODE), None)
    image_url = ""
    get_image = getattr(page, "get_social_image", None)
    image = get_image() if get_image else None
    if image is not None:
        image_url = request.build_absolute_uri(rendition(image, "fill-1200x630").url)
    return {
        "page": page,
        "title": page.seo_title or page.title,
        "description": page_summary(page),
        "canonical": request.build_absolute_uri(page.get_url(request)),
        "alternates": alternates,
        "x_default": default["url"] if default and len(alternates) > 1 else "",
        "og_locale": OG_LOCALES.get(language_code, language_code),
        "og_alternate_locales": [
            OG_LOCALES.get(a["code"], a["code"]) for a in alternates if a["code"] != language_code
        ],
        "image_url": image_url,
    }
