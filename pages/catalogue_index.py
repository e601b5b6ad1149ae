"""What each live sheet of a catalogue is filed under, as bit sets, built once per publication.

Sheet number i in display order (last updated first, then by title) is bit i. For each filter
(``theme``, ``pole``, ``territoire``, ``cadre``, ``public``, ``annee``) and each of its values,
one whole number holds the bits of the sheets that have it: combining filters is ``&`` and
``|``, counting is ``bit_count()``, whatever the size of the catalogue. Built from three
queries of plain values (no page objects), kept in the cache until the next publication
(``portal.core.navigation.cached``): 10,000 sheets make an index of a few hundred kilobytes.
"""

from collections import defaultdict
from dataclasses import dataclass

from pages.choices import FRAMEWORKS, FrameworkAnswer
from portal.core import navigation

KEYS = ("theme", "pole", "territoire", "cadre", "public", "annee")


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

    @property
    def everything(self):
        return (1 << len(self.ids)) - 1


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
        f"catalogue-{index_page.pk}", lambda site, request: build(index_page), request
    )
    return cached if cached is not None else build(index_page)
