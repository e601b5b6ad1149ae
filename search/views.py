from django.template.response import TemplateResponse

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from portal.core.i18n import active_language_code, localize_pages
from portal.core.listing import clean_query, paginate, search_terms

from .forms import SearchForm

RESULTS_PER_PAGE = 10


def search(request):
    query = clean_query(request.GET.get("q", ""))
    language_code = active_language_code()
    promotions = []
    terms = search_terms(query)
    if terms:
        locale = Locale.objects.get_for_language(language_code)
        pages = Page.objects.live().filter(locale=locale)
        # Every word first; if no page has them all, any of them, best matches first.
        results = pages.search(terms, operator="and")
        if len(terms.split()) > 1 and not results.count():
            results = pages.search(terms, operator="or")
        promotions = list(
            SearchPromotion.objects.filter(
                query__query_string=normalise_query_string(query)
            ).select_related("page")
        )
    else:
        results = Page.objects.none()

    results_page = paginate(results, request.GET.get("page"), RESULTS_PER_PAGE)
    # Render the specific pages (for their summaries) in a bounded number of queries.
    specific = {
        page.pk: page
        for page in Page.objects.filter(pk__in=[p.pk for p in results_page.object_list])
        .specific()
        .defer_streamfields()
    }
    hits = [specific[p.pk] for p in results_page.object_list if p.pk in specific]

    promoted_pages = localize_pages([p.page for p in promotions], language_code)
    promoted = [
        {
            "title": promotion.title if promotion.page is None else page.title,
            "url": promotion.external_link_url if promotion.page is None else page.url,
            "description": promotion.description,
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
