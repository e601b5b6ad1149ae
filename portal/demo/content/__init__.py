"""The demo's public content as data: one TOML file per section and language.

``fr/<section>.toml`` holds the French pages, the source. ``en/`` and ``ar/`` hold their
translations: the index page, and each translated page with ``source``, the slug of the
French page it translates. They give only the texts; the other fields (pôles, dates,
numbers) are the French page's.

The reader returns the structures the loader builds pages from:

- TOML has no null: an optional field left out of a French page reads as None (OPTIONAL);
- rows written as tables with named fields read as tuples, in the order the loader unpacks
  them (ROWS).
"""

import tomllib
from pathlib import Path

DIRECTORY = Path(__file__).resolve().parent
SOURCE = "fr"
TRANSLATIONS = ("en", "ar")
LANGUAGES = (SOURCE, *TRANSLATIONS)
SECTIONS = ("recruitment", "poles", "sheets", "events", "trainings", "funding")
# The site's own pages, beside the programme's sections: legal pages, the contact page.
SITE_FILES = ("legal", "contact")

ROWS = {
    "involvement": ("title", "text"),
    "path_steps": ("title", "duration", "text"),
    "testimonials": ("text", "name", "neighbourhood"),
    "faq": ("question", "answer"),
    "criteria": ("title", "description"),
}

OPTIONAL = {
    "sheets": ("budget",),
    "events": ("pole", "start_time", "end_time", "end_day_offset", "recurrence_weeks_until"),
}


def path(section, language):
    return DIRECTORY / language / f"{section}.toml"


def load(section, language):
    """The file as TOML reads it."""
    with path(section, language).open("rb") as file:
        return tomllib.load(file)


def read(section, language=SOURCE):
    """The section in one language: the recruitment page's fields, or for the other
    sections ``{"index": fields, "pages": [fields, …]}``."""
    data = _rows(load(section, language))
    if language == SOURCE:
        # Translations must not get them: a None would replace the French value.
        for page in data.get("pages", []):
            for key in OPTIONAL.get(section, ()):
                page.setdefault(key, None)
    return data


def translations(section):
    """The section in each language other than French, by language code."""
    return {code: read(section, code) for code in TRANSLATIONS}


def _rows(value, key=None):
    if isinstance(value, dict):
        return {name: _rows(item, name) for name, item in value.items()}
    if isinstance(value, list) and key in ROWS:
        fields = ROWS[key]
        for row in value:
            if set(row) != set(fields):
                raise ValueError(f"{key}: a row has {sorted(row)}, expected {sorted(fields)}")
        return [tuple(row[field] for field in fields) for row in value]
    if isinstance(value, list):
        return [_rows(item) for item in value]
    return value
