from django.conf import settings
from django.template.response import TemplateResponse

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from portal.core import navigation
from portal.core.i18n import active_language_code, localize_pages
from portal.core.listing import clean_query, paginate, search_terms

from .forms import SearchForm

RESULTS_PER_PAGE = 10
# Enough for any query on this site; a word found on every page stops there.
MAX_RESULTS = 500


def _locales(language_code):
    """The visitor's locale and the source (French) one, in one query."""
    codes = {language_code, settings.LANGUAGE_CODE}
    locales = {
        locale.language_code: locale for locale in Locale.objects.filter(language_code__in=codes)
    }
    return locales.get(language_code), locales.get(settings.LANGUAGE_CODE)


def _matches(pages, terms):
    """The pages matching every word, else any word, best first (one query, two when no
    page has every word)."""
    found = list(pages.search(terms, operator="and")[:MAX_RESULTS])
    if not found and len(terms.split()) > 1:
        found = list(pages.search(terms, operator="or")[:MAX_RESULTS])
    return found


def search_page_ids(terms, locale, source):
    """Ids of the live pages matching ``terms``, best first, for a visitor reading
    ``locale``: its pages, and the French (source) ones not translated into it yet.

    A French page that matches but has a translation gives way to its translation (an
    Arabic visitor typing a French word finds the Arabic page). One more query than in
    French, whatever the number of pages.
    """
    if locale is None:
        return []
    if source is None or source.pk == locale.pk:
        return [page.pk for page in _matches(Page.objects.live().filter(locale=locale), terms)]
    found = _matches(Page.objects.live().filter(locale_id__in=[locale.pk, source.pk]), terms)
    keys = [page.translation_key for page in found if page.locale_id != locale.pk]
    translated = {}
    if keys:
        translated = dict(
            Page.objects.live()
            .filter(locale=locale, translation_key__in=keys)
            .values_list("translation_key", "pk")
        )
    ids = []
    for page in found:
        pk = (
            page.pk
            if page.locale_id == locale.pk
            else translated.get(page.translation_key, page.pk)
        )
        if pk not in ids:
            ids.append(pk)
    return ids


def search(request):
    query = clean_query(request.GET.get("q", ""))
    language_code = active_language_code()
    promotions = []
    ids = []
    terms = search_terms(query)
    locale = None
    if terms:
        locale, source = _locales(language_code)
        # The same words again (another page of results, the next visitor) cost no search:
        # ids kept in this process until the next publication (portal.core.navigation).
        ids = navigation.local(
            request,
            ("search", language_code, terms),
            lambda: search_page_ids(terms, locale, source),
        )
        promotions = list(
            SearchPromotion.objects.filter(
                query__query_string=normalise_query_string(query)
            ).select_related("page__locale")
        )

    results_page = paginate(ids, request.GET.get("page"), RESULTS_PER_PAGE)
    # Render the specific pages (for their summaries) in a bounded number of queries.
    specific = {
        page.pk: page
        for page in Page.objects.filter(pk__in=results_page.object_list)
        .specific()
        .defer_streamfields()
    }
    hits = [specific[pk] for pk in results_page.object_list if pk in specific]
    for hit in hits:
        # A French page shown before its translation exists: marked « en français ».
        hit.other_language = "" if hit.locale_id == locale.pk else settings.LANGUAGE_CODE

    promoted_pages = localize_pages([p.page for p in promotions], language_code)
    promoted = [
        {
            "title": promotion.title if promotion.page is None else page.title,
            "url": promotion.external_link_url if promotion.page is None else page.url,
            "description": promotion.description,
            "lang": (
                page.locale.language_code
                if page is not None and page.locale.language_code != language_code
                else ""
            ),
        }
        for promotion, page in zip(promotions, promoted_pages, strict=True)
        if promotion.page is None or page is not None
    ]

    if query and (hits or promoted):
        # Popular queries feed the promoted results screen in the admin.
        Query.get(query).add_hit()

    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query,
            "form": SearchForm(initial={"q": query}),
            "results_page": results_page,
            "hits": hits,
            "promoted": promoted,
            "result_count": results_page.paginator.count,
        },
    )
