"""Header, breadcrumb, language switcher and footer.

Menus and footers come from the navigation cache (portal.core.navigation); the breadcrumb
and the switcher cost one query each on pages that need them.
"""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

from wagtail.models import Page

from portal.core import navigation
from portal.core.i18n import active_language_code

register = template.Library()


@register.inclusion_tag("components/main_nav.html", takes_context=True)
def main_nav(context):
    request = context["request"]
    current = context.get("page")
    language_code = active_language_code()
    items = []
    for item in navigation.menu(request, language_code):
        exact = current is not None and current.pk == item["id"]
        items.append(
            {
                **item,
                "exact": exact,
                "current": current is not None and current.path.startswith(item["path"]),
            }
        )
    home = navigation.home_page(request, language_code)
    return {
        "home": home,
        "home_current": current is not None and home is not None and current.pk == home["id"],
        "items": items,
    }


@register.simple_tag(takes_context=True)
def home_url(context):
    """The home page in the active language."""
    home = navigation.home_page(context["request"], active_language_code())
    return home["url"] if home else "/"


@register.inclusion_tag("components/breadcrumb.html", takes_context=True)
def breadcrumb(context):
    page = context.get("page")
    request = context["request"]
    crumbs = []
    if page is not None and page.depth > 2:
        ancestors = page.get_ancestors().filter(depth__gte=2).only("id", "title", "url_path")
        crumbs = [{"title": a.title, "url": a.get_url(request)} for a in ancestors]
    return {"page": page, "crumbs": crumbs}


def page_translations(page):
    """The live translations of a page, keyed by language code (one query)."""
    if page is None or not page.pk:
        return {}
    return {
        translated.locale.language_code: translated
        for translated in Page.objects.live()
        .filter(translation_key=page.translation_key)
        .select_related("locale")
        .only("id", "url_path", "title", "locale__language_code")
    }


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context["request"]
    page = context.get("page")
    translations = context.get("page_translations")
    if translations is None:
        translations = page_translations(page)
    current = translation.get_language()
    entries = []
    for code, name in settings.LANGUAGES:
        entry = {"code": code, "name": name, "current": code == current, "translated": True}
        if page is None:
            entry["url"] = translate_url(request.get_full_path(), code)
        elif code in translations:
            entry["url"] = translations[code].get_url(request)
        else:
            entry["translated"] = False
            home = navigation.home_page(request, code)
            entry["url"] = home["url"] if home else f"/{code}/"
        entries.append(entry)
    return {"entries": entries}


@register.inclusion_tag("components/footer.html", takes_context=True)
def site_footer(context):
    request = context["request"]
    footer, links = navigation.footer(request, active_language_code())
    return {"footer": footer, "links": links, "LANGUAGE_CODE": active_language_code()}
