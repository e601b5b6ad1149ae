"""The experience-sheet catalogue: combinable filters kept in the URL, with counts.

All the sheets of a catalogue are read in three queries (sheets, keywords, pôles) and
filtered in memory: the number of queries does not grow with the catalogue, and the
counts next to each option cost nothing more. Unknown or malformed filter values are
ignored; the others still apply. This module sits below the page models: it reads the
sheets from the catalogue page it is given.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from pages.choices import FRAMEWORKS, FrameworkAnswer, TargetPublic
from portal.core.listing import clean_query, paginate, search_ids, search_terms

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


def _sheet_values(sheet):
    """The values a sheet has for each filter."""
    return {
        "theme": {item.tag.slug for item in sheet.tagged_items.all()},
        "pole": {pole.code for pole in sheet.poles.all()},
        "territoire": {sheet.territory},
        "cadre": {
            key for key in FRAMEWORKS if getattr(sheet, f"framework_{key}") == FrameworkAnswer.YES
        },
        "public": {sheet.target_public},
        "annee": {str(sheet.start_year)},
    }


def _option_labels(sheets):
    """Every option present in the catalogue, with its label, in display order."""
    tags, poles, territories, publics, years = {}, {}, set(), set(), set()
    for sheet in sheets:
        for item in sheet.tagged_items.all():
            tags[item.tag.slug] = item.tag.name
        for pole in sheet.poles.all():
            poles[pole.code] = pole
        territories.add(sheet.territory)
        publics.add(sheet.target_public)
        years.add(sheet.start_year)
    public_labels = dict(TargetPublic.choices)
    return {
        "theme": sorted(tags.items(), key=lambda item: item[1].lower()),
        "pole": [
            (code, pole.name)
            for code, pole in sorted(poles.items(), key=lambda item: item[1].sort_order)
        ],
        "territoire": [(name, name) for name in sorted(territories)],
        "cadre": list(FRAMEWORKS.items()),
        "public": [(value, public_labels[value]) for value in publics if value in public_labels],
        "annee": [(str(year), str(year)) for year in sorted(years, reverse=True)],
    }


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


def _matches(values, selection, skip=None):
    return all(
        values[key] & set(chosen) for key, chosen in selection.items() if chosen and key != skip
    )


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


def catalogue_context(index, request):
    """The catalogue's context. ``index`` is an ``ExperienceSheetIndexPage``:
    ``index.sheets()`` is the queryset of its live sheets."""
    sheets_query = (
        index.sheets()
        .prefetch_related("tagged_items__tag", "poles")
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
            "target_public",
            "updated_on",
            "framework_asv",
            "framework_cls",
            "framework_clsm",
            "framework_contrat_de_ville",
        )
        .order_by("-updated_on", "title")
    )
    every_sheet = list(sheets_query)
    labels = _option_labels(every_sheet)

    params = request.GET
    query = clean_query(params.get("q", ""))
    terms = search_terms(query)
    candidates = every_sheet
    if terms:
        ranked = search_ids(index.sheets(), terms)
        rank = {pk: position for position, pk in enumerate(ranked)}
        candidates = sorted(
            (sheet for sheet in every_sheet if sheet.pk in rank), key=lambda s: rank[s.pk]
        )

    values = {sheet.pk: _sheet_values(sheet) for sheet in candidates}
    selection = {
        key: _selected(params, key, {value for value, _label in labels[key]})
        for key, _label, _widget in FACETS
    }

    facets = []
    for key, label, widget in FACETS:
        facet = Facet(key=key, label=label, widget=widget)
        others = [s for s in candidates if _matches(values[s.pk], selection, skip=key)]
        for value, option_label in labels[key]:
            facet.options.append(
                Option(
                    value=value,
                    label=option_label,
                    count=sum(1 for s in others if value in values[s.pk][key]),
                    selected=value in selection[key],
                )
            )
        facets.append(facet)

    results = [s for s in candidates if _matches(values[s.pk], selection)]
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
        "results_page": paginate(results, params.get("page"), PER_PAGE),
        "result_count": len(results),
        "catalogue_size": len(every_sheet),
    }
