"""The home page's live key figures: approved ambassadors, training sessions held this
year, people reached this year.

They come from ``members.reports.figures.key_figures`` only (the summary table, cached
until the next write that changes it commits), so that the home page says what the
coordination's dashboard and the funders' reports say. Figures under 5 come back as
``None``: the page says « moins de 5 ». Numbers are written the way the page's language
writes them (Babel, CLDR): French groups thousands with a narrow no-break space
(« 2 410 »), English and Arabic with a comma."""

from django.conf import settings
from django.utils import translation

from babel import Locale, UnknownLocaleError
from babel.numbers import format_decimal

from members.reports.figures import key_figures
from members.summary import KEY_FIGURES_TAG
from portal.core import page_cache

NAMES = ("ambassadors", "sessions_held", "people_reached")


def format_number(value, language=None):
    """A whole number in the reader's language; ``None`` stays ``None``."""
    if value is None:
        return None
    code = translation.to_locale(language or translation.get_language() or "")
    try:
        locale = Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        locale = Locale.parse(translation.to_locale(settings.LANGUAGE_CODE))
    return format_decimal(value, locale=locale)


def live_key_figures(language=None, request=None):
    """What the template shows: the year, one entry per figure (``value``: the number or
    None under 5, ``number``: written in ``language``), and ``any``: whether one of them
    is at least 5 (else the page says that the first figures are coming). With ``request``,
    the page's cached copy follows the figures."""
    if request is not None:
        page_cache.depends_on(request, KEY_FIGURES_TAG)
    figures = key_figures()
    entries = {
        name: {"value": figures[name], "number": format_number(figures[name], language)}
        for name in NAMES
    }
    return {
        "year": figures["year"],
        **entries,
        "any": any(entry["value"] is not None for entry in entries.values()),
    }
