"""Amounts in euros: read as people type them in France, shown in the reader's language.

Reading (``parse_amount``, ``AmountField``): ``1 234,50``, ``1234,5``, ``1 234 €``, ``0,5``,
``€12``, ``12 EUR``, ``12 euros``; thousands separated by a space, a no-break space or a narrow
no-break space, in groups of three. A dot followed by one or two digits (``12.5``, as an
English phone types it) is the decimal mark; a dot followed by three digits (``1.234``) could
be a thousand or one euro and a quarter, so it is refused with the expected form rather than
guessed. Digits typed on an Arabic keyboard (``١٢٣٤``) read as the same digits.

Showing (``format_amount``, the ``euros`` filter of ``{% load money %}``): Babel's currency
format of the reader's language, with no line break between the number and the sign:

- ``fr`` (``fr_FR``): ``1 234,50 €``, a narrow no-break space between thousands and a
  no-break space before the sign;
- ``en`` (``en_IE``, an English-speaking country of the euro): ``€1,234.50``;
- ``ar`` (``ar``, Latin digits): ``1,234.50 €``, a no-break space before the sign. It begins
  with the right-to-left mark (U+200F) CLDR puts there, invisible, so that the amount reads in
  the order of the Arabic text around it; the Maghreb locales (``ar_MA``, ``ar_TN``) carry the
  same mark and write ``1.234,50``, the very dot-before-three-digits form refused on input.
"""

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from babel.numbers import NumberFormatError, format_decimal, parse_decimal

# Shown as the public pages show amounts: one formatter for the whole site.
from portal.core.money import format_euros as format_amount  # noqa: F401

MAX_AMOUNT = Decimal("99999999.99")  # DecimalField(max_digits=10, decimal_places=2)
MAX_INPUT_LENGTH = 40
CENT = Decimal("0.01")

INPUT_LOCALE = "fr_FR"

MESSAGES = {
    "required": _("Indiquez un montant."),
    "invalid": _("Écrivez un montant en euros, par exemple : 1 234,50"),
    "ambiguous": _(
        "Avec un point, ce montant peut se lire de deux façons. Écrivez-le sans point, "
        "les centimes après une virgule, par exemple : 1 234,50"
    ),
    "negative": _("Un montant ne peut pas être négatif."),
    "max_decimal_places": _("Deux chiffres après la virgule au plus (les centimes)."),
    "too_large": _("Ce montant est trop grand."),
    "too_long": _(
        "C'est trop long pour un montant : écrivez le nombre seul, par exemple : 1 234,50"
    ),
}

# Thousands separators people type, or that Babel writes: a space, a no-break space, a narrow
# no-break space, a thin space.
_SPACES = " \u00a0\u202f\u2009"
_SIGNS = "+-\u2212"  # U+2212: the minus sign of word processors
_CURRENCY = r"(?:€|eur(?:os?)?)"
_WITH_CURRENCY = re.compile(
    rf"(?:(?P<before>{_CURRENCY})\s*)?(?P<number>.*?)(?:\s*(?P<after>{_CURRENCY}))?",
    re.IGNORECASE | re.DOTALL,
)
_GROUPED = re.compile(rf"\d{{1,3}}(?:[{_SPACES}]+\d{{3}})+")
_AMBIGUOUS_DOT = re.compile(r"\.\d{3}(?!\d)")


def _refuse(code):
    raise ValidationError(MESSAGES[code], code=code)


def parse_amount(text, required=False):
    """The ``Decimal`` (two places) of an amount typed in euros, None when ``text`` is empty
    (unless ``required``). Refusals are ``ValidationError``s with a French message and one of
    the codes of ``MESSAGES``; no other exception comes out, whatever the text."""
    if isinstance(text, Decimal | int | float) and not isinstance(text, bool):
        return _checked(Decimal(str(text)) if isinstance(text, float) else Decimal(text))
    text = "" if text is None else str(text)
    if len(text) > MAX_INPUT_LENGTH:
        _refuse("too_long")
    if "\x00" in text:
        _refuse("invalid")
    text = text.strip()
    if not text:
        if required:
            _refuse("required")
        return None

    sign, text = _take_sign(text)
    match = _WITH_CURRENCY.fullmatch(text)
    if match["before"] and match["after"]:
        _refuse("invalid")
    number = match["number"]
    if not sign:
        sign, number = _take_sign(number)
    number = "".join(
        str(unicodedata.decimal(char)) if char.isdecimal() else char for char in number
    )
    if not number or any(char not in "0123456789.," + _SPACES for char in number):
        _refuse("invalid")

    if "." in number:
        if _AMBIGUOUS_DOT.search(number.translate({ord(space): None for space in _SPACES})):
            _refuse("ambiguous")
        if "," in number or number.count(".") > 1:
            _refuse("invalid")
        number = number.replace(".", ",")  # 12.5, 1234.50: a dot then one or two digits
    whole, comma, cents = number.partition(",")
    if "," in cents or not (whole or cents) or any(char in _SPACES for char in cents):
        _refuse("invalid")
    if any(char in _SPACES for char in whole):
        if not _GROUPED.fullmatch(whole):  # 12 34: a thousand, or twelve euros thirty-four?
            _refuse("invalid")
        whole = whole.translate({ord(space): None for space in _SPACES})
    try:
        value = parse_decimal(f"{whole or '0'}{comma}{cents}", locale=INPUT_LOCALE, strict=True)
    except (NumberFormatError, InvalidOperation, ValueError):
        _refuse("invalid")
    if sign and sign in "-\u2212" and value:
        _refuse("negative")
    if len(cents) > 2:
        _refuse("max_decimal_places")
    return _checked(value)


def _take_sign(text):
    if text[:1] and text[0] in _SIGNS:
        return text[0], text[1:].lstrip()
    return "", text


def _checked(value):
    if not value.is_finite():
        _refuse("invalid")
    if value < 0:
        _refuse("negative")
    if value > MAX_AMOUNT:
        _refuse("too_large")
    if value != value.quantize(CENT, rounding="ROUND_DOWN"):
        _refuse("max_decimal_places")
    return value.quantize(CENT)


def input_value(value):
    """A ``Decimal`` as one writes it in the field: ``1 234,50``, plain spaces, no euro sign."""
    return format_decimal(
        value, format="#,##0.00", locale=INPUT_LOCALE, decimal_quantization=False
    ).translate({ord(space): " " for space in _SPACES})


class AmountField(forms.CharField):
    """An amount in euros, typed as text (a number input refuses the French comma) and
    cleaned by ``parse_amount`` into a ``Decimal`` (None when left empty and not required).
    An invalid value comes back as typed; a ``Decimal`` shows as ``1 234,50``."""

    default_error_messages = MESSAGES

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", forms.TextInput)
        super().__init__(strip=False, empty_value=None, **kwargs)

    def to_python(self, value):
        try:
            return parse_amount(value, required=self.required)
        except ValidationError as error:
            code = error.code or "invalid"
            raise ValidationError(self.error_messages.get(code, error.message), code=code) from None

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        if not widget.is_hidden:
            attrs.update(inputmode="decimal", autocomplete="off")
        return attrs

    def prepare_value(self, value):
        if isinstance(value, Decimal | int) and not isinstance(value, bool):
            value = Decimal(value)
            if value.is_finite():
                return input_value(value)
        return value
