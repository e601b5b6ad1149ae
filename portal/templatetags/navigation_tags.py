"""Header, breadcrumb, language switcher and footer: a constant number of queries each."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

from wagtail.models import Page, Site

from portal.i18n import active_language_code, localize_pages
from portal.models import SiteFooter

register = template.Library()


def home_pages(request):
    """The site's live home page in each language, keyed by language code.

    One query, memoised on the request.
    """
    homes = getattr(request, "_portal_home_pages", None)
    if homes is None:
        homes = {}
        site = Site.find_for_request(request)
        if site is not None:
            homes = {
                page.locale.language_code: page
                for page in Page.objects.live()
                .filter(translation_key=site.root_page.translation_key)
                .select_related("locale")
            }
        request._portal_home_pages = homes
    return homes


def _home_page(request, language_code=None):
    homes = home_pages(request)
    return homes.get(language_code or active_language_code()) or homes.get(settings.LANGUAGE_CODE)


@register.inclusion_tag("components/main_nav.html", takes_context=True)
def main_nav(context):
    request = context["request"]
    current = context.get("page")
    home = _home_page(request)
    items = []
    if home is not None:
        menu_pages = (
            home.get_children()
            .live()
            .in_menu()
            .only("id", "title", "url_path", "path", "depth", "locale_id")
        )
        for item in menu_pages:
            is_current = current is not None and (
                current.pk == item.pk or current.path.startswith(item.path)
            )
            items.append(
                {
                    "title": item.title,
                    "url": item.get_url(request),
                    "current": is_current,
                    "exact": current is not None and current.pk == item.pk,
                }
            )
    return {"request": request, "home": home, "items": items, "page": current}


@register.simple_tag(takes_context=True)
def home_url(context):
    """The home page in the active language."""
    request = context["request"]
    home = _home_page(request)
    return home.get_url(request) if home is not None else "/"


@register.inclusion_tag("components/breadcrumb.html", takes_context=True)
def breadcrumb(context):
    page = context.get("page")
    request = context["request"]
    crumbs = []
    if page is not None and page.depth > 2:
        ancestors = page.get_ancestors().filter(depth__gte=2).only("id", "title", "url_path")
        crumbs = [{"title": a.title, "url": a.get_url(request)} for a in ancestors]
    return {"page": page, "crumbs": crumbs}


def _switcher_entries(request, page):
    translations = {}
    if page is not None and page.pk:
        translations = {
            p.locale.language_code: p
            for p in Page.objects.live()
            .filter(translation_key=page.translation_key)
            .select_related("locale")
            .only("id", "url_path", "title", "locale__language_code")
        }
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
            home = _home_page(request, code)
            entry["url"] = home.get_url(request) if home is not None else f"/{code}/"
        entries.append(entry)
    return entries


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context["request"]
    return {"entries": _switcher_entries(request, context.get("page"))}


@register.inclusion_tag("components/footer.html", takes_context=True)
def site_footer(context):
    request = context["request"]
    language_code = active_language_code()
    footers = {
        footer.locale.language_code: footer
        for footer in SiteFooter.objects.filter(
            locale__language_code__in={language_code, settings.LANGUAGE_CODE}
        ).select_related("locale")
    }
    footer = footers.get(language_code) or footers.get(settings.LANGUAGE_CODE)
    links = []
    if footer is not None:
        pages = [link.page for link in footer.links.select_related("page__locale")]
        links = [
            {
                "title": page.title,
                "url": page.get_url(request),
                # A page not yet translated is linked in French: say so to screen readers.
                "lang": page.locale.language_code,
            }
            for page in localize_pages(pages, language_code)
            if page is not None
        ]
    return {"footer": footer, "links": links, "request": request}
