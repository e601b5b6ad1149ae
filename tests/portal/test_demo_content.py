"""The demo's content files (portal/demo/content/<language>/<section>.toml): every language
has every section, in the shape of the French, and whatever a section names exists where it
is defined. Files only, no database: the load itself is tested in test_load_demo.py."""

import importlib
import re

import pytest

from pages.models import EventPage, ExperienceSheetPage
from portal.demo import content

SECTIONS = ["recruitment", "poles", "sheets", "events", "trainings", "funding"]
PAGE_SECTIONS = SECTIONS[1:]

FRENCH_PAGES = {"poles": 5, "sheets": 7, "events": 16, "trainings": 7, "funding": 2}

# The demo translates one page of each section, to show a translated page of every type;
# the others are shown in French in every language.
TRANSLATED_PAGES = 1

# The fields a translated page leaves out: they do not depend on the language (codes,
# choices, numbers, dates written as days from today, coordinates, people's names and
# e-mail addresses). The loader takes them from the French page.
NOT_TRANSLATED = {
    "poles": {"code", "latitude", "longitude", "referent_name", "referent_email"},
    "sheets": {
        "poles",
        "start_year",
        "budget",
        "updated_on",
        # The keywords stay French: the catalogue's theme filter is not translated.
        "tags",
        "framework_asv",
        "framework_cls",
        "framework_clsm",
        "framework_contrat_de_ville",
        "target_public",
        "contact_name",
        "contact_email",
    },
    "events": {
        "category",
        "audience",
        "pole",
        "day_offset",
        "start_time",
        "end_time",
        "end_day_offset",
        "recurrence",
        "recurrence_interval",
        "recurrence_weeks_until",
    },
    "trainings": {"duration_hours", "initial_path", "path_order", "requires_initial_path"},
    "funding": {"envelope", "max_per_project", "opens_day_offset", "closes_day_offset"},
}
# Only a translated page has it: the slug of the French page it translates.
TRANSLATION_ONLY = "source"

# The catalogue's theme filter offers exactly these: a misspelt tag would add an option.
THEMES = {
    "accès aux droits",
    "aller-vers",
    "environnement",
    "formation",
    "habitants",
    "nutrition",
    "participation",
    "promotion de la santé",
    "santé mentale",
    "santé sexuelle",
}


def shape(value):
    """Keys, list lengths and value types, recursively: the texts left out."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [shape(item) for item in value]
    return type(value).__name__


def pole_codes():
    """The five pôles, created by a migration: the pôles of the demo are these."""
    migration = importlib.import_module("pages.migrations.0003_the_five_poles")
    return {code for code, _name in migration.POLES}


def choices(model, field):
    return {value for value, _label in model._meta.get_field(field).choices}


def french_pages(section):
    return content.load(section, "fr")["pages"]


def strings(value):
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        for item in value:
            yield from strings(item)
    elif isinstance(value, str):
        yield value


# ---- files and shapes ------------------------------------------------------------------------


def test_every_language_has_every_section_and_nothing_else():
    assert content.LANGUAGES == ("fr", "en", "ar")
    assert list(content.SECTIONS) == SECTIONS
    for language in content.LANGUAGES:
        files = sorted(path.stem for path in (content.DIRECTORY / language).glob("*.toml"))
        assert files == sorted([*SECTIONS, "legal", "contact"]), language
    assert content.SITE_FILES == ("legal", "contact")


def test_the_recruitment_page_has_the_same_shape_in_every_language():
    french = shape(content.load("recruitment", "fr"))
    assert len(french["faq"]) == 5
    for language in content.TRANSLATIONS:
        assert shape(content.load("recruitment", language)) == french, language


@pytest.mark.parametrize("section", PAGE_SECTIONS)
def test_french_pages_all_have_the_same_fields(section):
    pages = french_pages(section)
    assert len(pages) == FRENCH_PAGES[section]
    # An optional field is left out when empty (TOML has no null): the reader gives None.
    optional = set(content.OPTIONAL.get(section, ()))
    fields = set().union(*pages)
    for page in pages:
        assert fields - set(page) <= optional, page["slug"]


@pytest.mark.parametrize("section", PAGE_SECTIONS)
def test_translations_have_the_shape_of_the_french(section):
    french = content.load(section, "fr")
    by_slug = {page["slug"]: page for page in french["pages"]}
    # Every field said not to be translated is a field of the French pages.
    assert NOT_TRANSLATED[section] <= set().union(*french["pages"])
    english = content.load(section, "en")
    # English and Arabic are parallel: same index fields, same pages translated.
    assert shape(content.load(section, "ar")) == shape(english)
    for language in content.TRANSLATIONS:
        translated = content.load(section, language)
        assert set(translated) == {"index", "pages"}, language
        assert shape(translated["index"]) == shape(french["index"]), language
        assert len(translated["pages"]) == TRANSLATED_PAGES, language
        for page in translated["pages"]:
            source = by_slug[page[TRANSLATION_ONLY]]
            texts = {key: value for key, value in page.items() if key != TRANSLATION_ONLY}
            expected = {
                key: value for key, value in source.items() if key not in NOT_TRANSLATED[section]
            }
            assert shape(texts) == shape(expected), (language, page[TRANSLATION_ONLY])
    sources = {
        code: [page[TRANSLATION_ONLY] for page in content.load(section, code)["pages"]]
        for code in content.TRANSLATIONS
    }
    assert sources["en"] == sources["ar"]


# ---- references --------------------------------------------------------------------------------


def test_the_five_poles_have_a_page_each():
    codes = [page["code"] for page in french_pages("poles")]
    assert len(codes) == 5
    assert set(codes) == pole_codes()


def test_sheets_name_known_poles_themes_and_choices():
    poles = pole_codes()
    answers = choices(ExperienceSheetPage, "framework_asv")
    publics = choices(ExperienceSheetPage, "target_public")
    used = set()
    for sheet in french_pages("sheets"):
        assert sheet["poles"] and set(sheet["poles"]) <= poles, sheet["slug"]
        assert sheet["tags"] and set(sheet["tags"]) <= THEMES, sheet["slug"]
        used.update(sheet["tags"])
        for key in [
            "framework_asv",
            "framework_cls",
            "framework_clsm",
            "framework_contrat_de_ville",
        ]:
            assert sheet[key] in answers, (sheet["slug"], key)
        assert sheet["target_public"] in publics, sheet["slug"]
    assert used == THEMES


def test_events_name_known_poles_and_choices():
    poles = pole_codes()
    categories = choices(EventPage, "category")
    audiences = choices(EventPage, "audience")
    recurrences = choices(EventPage, "recurrence") | {""}
    events = french_pages("events")
    for event in events:
        # Without a pôle, the event is for the whole city.
        assert event.get("pole", "fives") in poles, event["slug"]
        assert event["category"] in categories, event["slug"]
        assert event["audience"] in audiences, event["slug"]
        assert event["recurrence"] in recurrences, event["slug"]
    assert sum("pole" not in event for event in events) == 4


@pytest.mark.parametrize("section", PAGE_SECTIONS)
def test_translated_pages_name_a_french_page(section):
    slugs = {page["slug"] for page in french_pages(section)}
    for language in content.TRANSLATIONS:
        for page in content.load(section, language)["pages"]:
            assert page["source"] in slugs, (language, page["source"])


def test_slugs_are_unique_among_siblings():
    for language in content.LANGUAGES:
        # The recruitment page and the section indexes are children of the home page.
        top = [content.load("recruitment", language)["slug"]]
        top += [content.load(section, language)["index"]["slug"] for section in PAGE_SECTIONS]
        assert len(set(top)) == len(top), language
        for section in PAGE_SECTIONS:
            slugs = [page["slug"] for page in content.load(section, language)["pages"]]
            assert len(set(slugs)) == len(slugs), (language, section)


# ---- texts and the reader ----------------------------------------------------------------------


def test_french_punctuation_keeps_its_no_break_spaces():
    """Before « : ; ? ! » and after «, French has a no-break space (U+00A0 or U+202F):
    a plain space there means an editor or a tool replaced it."""
    texts = [text for section in SECTIONS for text in strings(content.load(section, "fr"))]
    assert sum(text.count("\u00a0") for text in texts) > 100
    for text in texts:
        assert not re.search(r" [:;?!»]|« ", text), text


def test_the_reader_gives_the_structures_the_loader_unpacks():
    recruitment = content.read("recruitment")
    assert all(len(row) == 3 for row in recruitment["path_steps"])
    assert recruitment["faq"][0] == (
        "Est-ce que je suis payé·e\u00a0?",
        "Non. Les ambassadeurs et ambassadrices sont bénévoles\u00a0: vous donnez de votre "
        "temps parce que vous en avez envie. Les formations sont gratuites, et on ne vous "
        "demande rien en échange.",
    )
    sheets = content.read("sheets")["pages"]
    assert [sheet["budget"] for sheet in sheets].count(None) == 2
    assert all(isinstance(row, tuple) for row in content.read("funding")["pages"][0]["criteria"])
    # A translation only overrides: it gets no None for what it leaves out.
    assert "budget" not in content.read("sheets", "en")["pages"][0]


def test_a_row_with_a_wrong_field_is_refused():
    with pytest.raises(ValueError, match="faq"):
        content._rows({"faq": [{"question": "?", "answr": "!"}]})
