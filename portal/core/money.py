"""Amounts in euros as the reader of a language writes them, never broken across lines.

The public pages (funding calls, experience sheets) and the member area show amounts the
same way: Babel's currency format of the page's language (CLDR), Latin digits, grouped in
thousands in every language, and no ordinary space anywhere, so that the number and the
sign stay on one line:

- ``fr`` (``fr_FR``): ``5 000 €``, a narrow no-break space (U+202F) between thousands and a
  no-break space (U+00A0) before the sign;
- ``en`` (``en_IE``, an English-speaking country of the euro): ``€5,000``;
- ``ar`` (``ar``, Latin digits as everywhere on the site): ``5,000 €`` after the invisible
  right-to-left mark (U+200F) CLDR puts there, so that the amount reads in the order of the
  Arabic text around it. Django's own ``ar`` formats do not group at all (``5000``).

This module sits at the bottom (``portal.core``): templates load it as ``{% load amounts %}``.
"""

from copy import copy
from decimal import Decimal, InvalidOperation

from babel import Locale
from babel.numbers import format_currency

# Language of the page (settings.LANGUAGES) -> Babel locale of its amounts.
DISPLAY_LOCALES = {"fr": "fr_FR", "en": "en_IE", "ar": "ar"}
DEFAULT_DISPLAY_LOCALE = "fr_FR"


def display_locale(language):
    """The Babel locale of the amounts of a page in ``language`` (``fr``, ``en-gb``…)."""
    code = (language or "").replace("_", "-").split("-")[0].lower()
    return DISPLAY_LOCALES.get(code, DEFAULT_DISPLAY_LOCALE)


def as_decimal(value):
    """``value`` as a finite ``Decimal``, or None (empty, not a number, infinite)."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, TypeError, ValueError):
        return None
    return amount if amount.is_finite() else None


def format_euros(value, language, whole=False):
    """``value`` in euros for a reader of ``language``. Cents are shown, except for a whole
    amount when ``whole`` is true (``5 000 €``: a ceiling, a budget, a round figure)."""
    value = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    locale = display_locale(language)
    if whole and value.is_finite() and value == value.to_integral_value():
        pattern = copy(Locale.parse(locale).currency_formats["standard"])
        pattern.frac_prec = (0, 0)
        text = pattern.apply(
            value, locale, currency="EUR", currency_digits=False, numbering_system="latn"
        )
    else:
        text = format_currency(value, "EUR", locale=locale, numbering_system="latn")
    return text.replace(" ", "\u00a0")
