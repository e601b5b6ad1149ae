"""Header, breadcrumb, language switcher and footer.

Menus and footers come from the navigation cache (portal.core.navigation). Their HTML is
rendered once per process and navigation version (``navigation.local``), keyed on all it
shows: the language, the site, and for the menu the entry that is the current page or holds
it (``aria-current``); the language switcher per page. A publication, a move, a deletion or a
footer edit changes the version: the next request renders them again. A page's translations
and its breadcrumb's ancestors are kept the same way: no query once warm.
"""

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import translate_url
from django.utils import translation
from django.utils.safestring import mark_safe

from wagtail.models import Page

from portal.core import navigation
from portal.core.i18n import active_language_code

register = template.Library()


def _cached_html(context, key, render):
    """``render()``'s HTML, kept per process and navigation version under ``key`` plus the
    active language; rendered every time without a request (error pages)."""
    request = context.get("request")
    if request is None:
        return render()
    return mark_safe(navigation.local(request, ("html", translation.get_language(), *key), render))


class NavCacheNode(template.Node):
    def __init__(self, name, vary_on, nodelist):
        self.name = name
        self.vary_on = vary_on
        self.nodelist = nodelist

    def render(self, context):
        key = (self.name, *(str(value.resolve(context)) for value in self.vary_on))
        return _cached_html(context, key, lambda: self.nodelist.render(context))


@register.tag
def navcache(parser, token):
    """``{% navcache "name" value… %}…{% endnavcache %}``: the block's HTML rendered once per
    process, language and navigation version, and per value given (keep them few: a boolean,
    a page id). Only for what the navigation's version covers: published pages, the footer,
    translations of the interface; never anything of one visitor but the values given."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("navcache needs a name")
    nodelist = parser.parse(("endnavcache",))
    parser.delete_first_token()
    name = bits[1].strip("\"'")
    return NavCacheNode(name, [parser.compile_filter(bit) for bit in bits[2:]], nodelist)


def _menu_state(current, items, home):
    """Which entry is the current page (``aria-current="page"``) or holds it ("true")."""
    if current is None:
        return None, None, False
    exact = next((item["id"] for item in items if item["id"] == current.pk), None)
    holder = next((item["id"] for item in items if current.path.startswith(item["path"])), None)
    return exact, holder, home is not None and current.pk == home["id"]


@register.simple_tag(takes_context=True)
def main_nav(context):
    request = context["request"]
    language_code = active_language_code()
    menu = navigation.menu(request, language_code)
    home = navigation.home_page(request, language_code)
    exact, holder, home_current = _menu_state(context.get("page"), menu, home)

    def render():
        items = [
            {**item, "exact": item["id"] == exact, "current": item["id"] == holder} for item in menu
        ]
        return render_to_string(
            "components/main_nav.html",
            {"home": home, "home_current": home_current, "items": items},
        )

    return _cached_html(context, ("main_nav", exact, holder, home_current), render)


@register.simple_tag(takes_context=True)
def home_url(context):
    """The home page in the active language."""
    home = navigation.home_page(context["request"], active_language_code())
    return home["url"] if home else "/"


def _crumbs(page, request):
    """The breadcrumb's links above ``page`` (one query, then kept per parent)."""

    def build():
        ancestors = page.get_ancestors().filter(depth__gte=2).only("id", "title", "url_path")
        return [{"title": a.title, "url": a.get_url(request)} for a in ancestors]

    return navigation.local(request, ("crumbs", page.path[: -page.steplen]), build)


@register.inclusion_tag("components/breadcrumb.html", takes_context=True)
def breadcrumb(context):
    page = context.get("page")
    request = context["request"]
    crumbs = []
    if page is not None and page.depth > 2:
        crumbs = _crumbs(page, request)
    return {"page": page, "crumbs": crumbs}


def page_translations(page, request):
    """The URLs of a page's live translations, keyed by language code (one query, then kept
    until the next publication)."""
    if page is None or not page.pk:
        return {}

    def build():
        return {
            translated.locale.language_code: translated.get_url(request)
            for translated in Page.objects.live()
            .filter(translation_key=page.translation_key)
            .select_related("locale")
            .only("id", "url_path", "title", "locale__language_code")
        }

    return navigation.local(request, ("translations", page.translation_key), build)


@register.simple_tag(takes_context=True)
def language_switcher(context):
    request = context["request"]
    page = context.get("page")

    def render():
        translations = context.get("page_translations")
        if translations is None:
            translations = page_translations(page, request)
        current = translation.get_language()
        entries = []
        for code, name in settings.LANGUAGES:
            entry = {"code": code, "name": name, "current": code == current, "translated": True}
            if page is None:
                entry["url"] = translate_url(request.get_full_path(), code)
            elif code in translations:
                entry["url"] = translations[code]
            else:
                entry["translated"] = False
                home = navigation.home_page(request, code)
                entry["url"] = home["url"] if home else f"/{code}/"
            entries.append(entry)
        return render_to_string("components/language_switcher.html", {"entries": entries})

    if page is None or not page.pk:
        # Views without a page (search, members' area): the links follow the whole URL.
        return mark_safe(render())
    return _cached_html(context, ("language_switcher", page.pk), render)


@register.simple_tag(takes_context=True)
def site_footer(context):
    request = context["request"]
    language_code = active_language_code()

    def render():
        footer, links = navigation.footer(request, language_code)
        return render_to_string(
            "components/footer.html",
            {"footer": footer, "links": links, "LANGUAGE_CODE": language_code},
            request=request,
        )

    return _cached_html(context, ("site_footer", language_code), render)
