"""Query strings and pagination shared by the search page and the catalogues."""

import re
import unicodedata

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator

# Long enough for any real question; longer input is cut rather than refused.
MAX_QUERY_LENGTH = 200


def clean_query(raw):
    """Drop control characters (PostgreSQL refuses NUL), fold spaces, cut the length."""
    text = "".join(" " if unicodedata.category(char).startswith("C") else char for char in raw)
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def search_terms(query):
    """The words of a query. Quotes, brackets and operators mean nothing to our visitors
    and some full-text engines choke on them (SQLite's FTS5 on an unbalanced quote)."""
    return " ".join(re.sub(r"[^\w\s'’-]", " ", query).split())


def search_ids(queryset, terms):
    """Ids of the pages matching every word, else any word, best first."""
    results = queryset.search(terms, operator="and")
    ids = [page.pk for page in results]
    if not ids and len(terms.split()) > 1:
        ids = [page.pk for page in queryset.search(terms, operator="or")]
    return ids


def paginate(items, page_number, per_page):
    """A page of results; a missing or malformed number gives the first page, a number
    past the end the last one."""
    paginator = Paginator(items, per_page)
    try:
        return paginator.page(page_number)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)
