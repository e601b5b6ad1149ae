"""The experience-sheet catalogue: combinable filters kept in the URL, with counts.

What every sheet is filed under is read once per publication into a small index of bit sets
(``pages.catalogue_index``, in the cache); a request combines them, counts the options, and
reads only the sheets of the page it shows: the number of queries and the work per request
do not grow with the catalogue. Unknown or malformed filter values are
ignored; the others still apply. This module sits below the page models: it reads the
sheets from the catalogue page it is given.
"""

import itertools
import re
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from pages.catalogue_index import catalogue_index, ranked
from pages.choices import FRAMEWORKS, TargetPublic
from portal.core.listing import clean_query, paginate, search_terms

PER_PAGE = 12
MAX_VALUES_PER_FILTER = 20


@dataclass
class Option:
    value: str
    label: str
    count: int = 0
    selected: bool = False


@dataclass
class Facet:
    key: str
    label: str
    widget: str  # "checkbox" or "select"
    options: list = field(default_factory=list)

    @property
    def selected(self):
        return [option for option in self.options if option.selected]


FACETS = [
    ("theme", _("Thème"), "checkbox"),
    ("pole", _("Pôle"), "checkbox"),
    ("territoire", _("Territoire"), "select"),
    ("cadre", _("Cadre d'intervention"), "checkbox"),
    ("public", _("Public visé"), "checkbox"),
    ("annee", _("Année de démarrage"), "select"),
]


def _selected(params, key, valid):
    values = []
    for value in params.getlist(key)[:MAX_VALUES_PER_FILTER]:
        if value in valid and value not in values:
            values.append(value)
    return values


def without(params, key, value=None):
    """The current query string minus one filter value (every value of ``key`` when
    ``value`` is None), and the page number: removing a filter starts again at page 1."""
    query = params.copy()
    if value is None:
        query.pop(key, None)
    else:
        query.setlist(key, [v for v in params.getlist(key) if v != value])
    query.pop("page", None)
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


def _labels(index):
    """Every option present in the catalogue, with its label in the reader's language, in
    display order."""
    publics = dict(TargetPublic.choices)
    return {
        "theme": index.themes,
        "pole": index.poles,
        "territoire": [(name, name) for name in index.territories],
        "cadre": [(key, label) for key, label in FRAMEWORKS.items() if key in index.masks["cadre"]],
        "public": [(value, label) for value, label in publics.items() if value in index.publics],
        "annee": [(year, year) for year in index.years],
    }


def matching_ids(queryset, terms):
    """Ids of the sheets matching every word, else any word, best first (the search
    backend's relevance). Only ids are read: a common word matches most of the catalogue,
    and making a page object of each match cost seconds at 10,000 sheets."""
    ids = _result_ids(queryset.search(terms, operator="and"))
    if not ids and len(terms.split()) > 1:
        ids = _result_ids(queryset.search(terms, operator="or"))
    return ids


def _result_ids(results):
    # The database backends (PostgreSQL, SQLite, MySQL, the fallback) build their results
    # as a queryset, in relevance order: its ids alone, no model instance.
    get_queryset = getattr(results, "get_queryset", None)
    if get_queryset is None:  # Elasticsearch, OpenSearch: their hits
        return [page.pk for page in results]
    return list(get_queryset().values_list("pk", flat=True))


def _union(masks, values):
    combined = 0
    for value in values:
        combined |= masks.get(value, 0)
    return combined


def catalogue_context(index_page, request):
    """The catalogue's context. ``index_page`` is an ``ExperienceSheetIndexPage``:
    ``index_page.sheets()`` is the queryset of its live sheets."""
    index = catalogue_index(index_page, request)
    labels = _labels(index)
    params = request.GET
    query = clean_query(params.get("q", ""))
    terms = search_terms(query)
    candidates = index.everything
    matches = None
    if terms:
        matches = ranked(index, terms, lambda terms: matching_ids(index_page.sheets(), terms))
        candidates = matches.mask

    selection = {
        key: _selected(params, key, {value for value, _label in labels[key]})
        for key, _label, _widget in FACETS
    }
    # Each facet's own choice, as a set of sheets (everything when nothing is chosen).
    chosen = {
        key: _union(index.masks[key], values) if values else index.everything
        for key, values in selection.items()
    }
    facets = []
    for key, label, widget in FACETS:
        facet = Facet(key=key, label=label, widget=widget)
        # Counts beside an option: the sheets the other facets' choices leave.
        others = candidates
        for other, mask in chosen.items():
            if other != key:
                others &= mask
        for value, option_label in labels[key]:
            facet.options.append(
                Option(
                    value=value,
                    label=option_label,
                    count=(others & index.masks[key].get(value, 0)).bit_count(),
                    selected=value in selection[key],
                )
            )
        facets.append(facet)

    results = candidates
    for mask in chosen.values():
        results &= mask
    result_ids = _Results(index.ids, results, matches.best_first if matches else None)
    results_page = paginate(result_ids, params.get("page"), PER_PAGE)
    results_page.object_list = _sheets(index_page, list(results_page.object_list))

    active_filters = [
        {
            "facet": facet.label,
            "label": option.label,
            "remove_url": without(params, facet.key, option.value),
        }
        for facet in facets
        for option in facet.selected
    ]
    if query:
        active_filters.insert(
            0, {"facet": _("Mots-clés"), "label": query, "remove_url": without(params, "q")}
        )
    return {
        "search_query": query,
        "facets": facets,
        "active_filters": active_filters,
        "active_count": len(active_filters),
        "results_page": results_page,
        "result_count": len(result_ids),
        "catalogue_size": len(index.ids),
    }


class _Results:
    """The ids of the results, for the paginator: their number from the bits, and only the
    slice it asks for worked out (a common word matches most of a 10,000-sheet catalogue;
    its first page needs its first twelve). In display order, or by relevance when
    ``best_first`` (the matching bits, best first) is given."""

    def __init__(self, ids, results, best_first=None):
        self.ids = ids
        self.results = results
        self.best_first = best_first
        self.total = results.bit_count()

    def __len__(self):
        return self.total

    def __getitem__(self, window):
        if not isinstance(window, slice):
            raise TypeError("the results are read a page at a time")
        start, stop, _step = window.indices(self.total)
        if start >= stop:
            return []
        # Bit i is the i-th sheet in display order: character i of ``flags``.
        flags = bin(self.results)[:1:-1]
        if self.best_first is None:
            bits = (match.start() for match in re.finditer("1", flags))
        else:
            bits = (bit for bit in self.best_first if bit < len(flags) and flags[bit] == "1")
        return [self.ids[bit] for bit in itertools.islice(bits, start, stop)]


def _sheets(index_page, ids):
    """The sheets of one page of results, in that order, with what their cards show."""
    sheets = (
        index_page.sheets()
        .filter(pk__in=ids)
        .prefetch_related("tagged_items__tag")
        .only(
            "id",
            "title",
            "url_path",
            "path",
            "depth",
            "locale_id",
            "summary",
            "territory",
            "start_year",
        )
    )
    by_id = {sheet.pk: sheet for sheet in sheets}
    return [by_id[pk] for pk in ids if pk in by_id]
