"""What each live sheet of a catalogue is filed under, as bit sets, built once per publication.

Sheet number i in display order (last updated first, then by title) is bit i. For each filter
(``theme``, ``pole``, ``territoire``, ``cadre``, ``public``, ``annee``) and each of its values,
one whole number holds the bits of the sheets that have it: combining filters is ``&`` and
``|``, counting is ``bit_count()``, whatever the size of the catalogue. Built from three
queries of plain values (no page objects), kept in the cache until the next publication
(``portal.core.navigation.cached``): 10,000 sheets make an index of a few hundred kilobytes.

A search of the catalogue is its matching sheets' bits, best first: worked out once per index
and query (``ranked``), kept in this process's memory beside the index it refers to.
"""

import threading
import uuid
from array import array
from collections import OrderedDict, defaultdict
from dataclasses import dataclass, field

from pages.choices import FRAMEWORKS, FrameworkAnswer
from portal.core import navigation

KEYS = ("theme", "pole", "territoire", "cadre", "public", "annee")
# Searches a process remembers (the last ones asked, whatever the catalogue). Each is at most
# 4 bytes per sheet: 64 searches matching all of 10,000 sheets hold 2.5 MB.
SEARCHES_KEPT = 64
# Part of the cache key: a copy pickled by an older version of this module (other fields) is
# never read back after a deployment.
FORMAT = 2


@dataclass
class CatalogueIndex:
    ids: list  # sheet ids, in display order
    position: dict  # sheet id → its bit
    masks: dict  # filter → value → bits of the sheets that have it
    themes: list  # (slug, name), by name
    poles: list  # (code, name), in the pôles' order
    territories: list
    publics: set
    years: list  # as text, latest first
    # This build, whichever process reads it from the cache: what a search found is only
    # valid for the index it was worked out with (its bits, the published sheets).
    build_id: str = field(default_factory=lambda: uuid.uuid4().hex)

    @property
    def everything(self):
        return (1 << len(self.ids)) - 1


class _Searches:
    """The last searches of this process, least recently used dropped first."""

    def __init__(self, size):
        self.size = size
        self.entries = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            value = self.entries.get(key)
            if value is not None:
                self.entries.move_to_end(key)
            return value

    def set(self, key, value):
        with self.lock:
            self.entries[key] = value
            self.entries.move_to_end(key)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)


_searches = _Searches(SEARCHES_KEPT)


@dataclass(frozen=True)
class Matches:
    best_first: array  # the matching sheets' bits, by relevance
    mask: int  # the same as one whole number


def mask_of(bits):
    """The whole number with these bits set. Built as bytes: or-ing ``1 << bit`` one bit at
    a time copies the growing number each time (quadratic: a 10,000-sheet match took longer
    than its search)."""
    if not bits:
        return 0
    octets = bytearray(max(bits) // 8 + 1)
    for bit in bits:
        octets[bit >> 3] |= 1 << (bit & 7)
    return int.from_bytes(octets, "little")


def ranked(index, terms, find_ids):
    """The sheets matching ``terms``, best first: ``find_ids(terms)`` (the search backend's
    ids, in relevance order) asked once per index and query, not per request.

    Ranking a word most sheets hold reads every one of their texts in the database (a few
    hundred milliseconds at 10,000 sheets); the visitor who then filters the results, or
    turns their pages, asks the same search again. A new publication makes a new index,
    whose searches start afresh: a new or changed sheet is found at once."""
    key = (index.build_id, terms)
    matches = _searches.get(key)
    if matches is None:
        position = index.position
        bits = array("I", (position[pk] for pk in find_ids(terms) if pk in position))
        matches = Matches(best_first=bits, mask=mask_of(bits))
        _searches.set(key, matches)
    return matches


def build(index_page):
    frameworks = [f"framework_{key}" for key in FRAMEWORKS]
    sheets = index_page.sheets()
    rows = list(
        sheets.order_by("-updated_on", "title").values_list(
            "id", "territory", "target_public", "start_year", *frameworks
        )
    )
    ids = [row[0] for row in rows]
    position = {pk: bit for bit, pk in enumerate(ids)}
    masks = {key: defaultdict(int) for key in KEYS}
    for bit, (_pk, territory, public, year, *answers) in enumerate(rows):
        masks["territoire"][territory] |= 1 << bit
        masks["public"][public] |= 1 << bit
        masks["annee"][str(year)] |= 1 << bit
        for key, answer in zip(FRAMEWORKS, answers, strict=True):
            if answer == FrameworkAnswer.YES:
                masks["cadre"][key] |= 1 << bit

    themes = {}
    model = sheets.model  # ExperienceSheetPage: its tags' and pôles' tables
    tagged = model.tags.through.objects.filter(content_object__in=sheets.values("pk"))
    for sheet_id, slug, name in tagged.values_list("content_object_id", "tag__slug", "tag__name"):
        if sheet_id in position:
            masks["theme"][slug] |= 1 << position[sheet_id]
            themes[slug] = name

    poles = {}
    links = model.poles.through.objects.filter(experiencesheetpage__in=sheets.values("pk"))
    links = links.values_list(
        "experiencesheetpage_id", "pole__code", "pole__name", "pole__sort_order"
    )
    for sheet_id, code, name, order in links:
        if sheet_id in position:
            masks["pole"][code] |= 1 << position[sheet_id]
            poles[code] = (order, name)

    return CatalogueIndex(
        ids=ids,
        position=position,
        masks={key: dict(values) for key, values in masks.items()},
        themes=sorted(themes.items(), key=lambda item: item[1].lower()),
        poles=[(code, name) for code, (_order, name) in sorted(poles.items(), key=lambda i: i[1])],
        territories=sorted(masks["territoire"]),
        publics=set(masks["public"]),
        years=sorted((year for year in masks["annee"] if year != "None"), reverse=True),
    )


def catalogue_index(index_page, request):
    """The index of ``index_page``'s live sheets, from the cache (rebuilt after a publish)."""
    cached = navigation.cached(
        f"catalogue-{FORMAT}-{index_page.pk}", lambda site, request: build(index_page), request
    )
    return cached if cached is not None else build(index_page)
