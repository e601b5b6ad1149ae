"""The English and Arabic catalogues are complete: an untranslated string shows French to
a visitor who chose another language, and a fuzzy one (a guess by msgmerge) may say
something else entirely."""

from pathlib import Path

from django.conf import settings
from django.urls import reverse
from django.utils import translation

import pytest
from babel.messages.pofile import read_po

LOCALE = Path(settings.BASE_DIR) / "locale"


def catalogue(code):
    with (LOCALE / code / "LC_MESSAGES" / "django.po").open("rb") as po:
        return read_po(po, locale=code)


@pytest.mark.parametrize("code", ["en", "ar"])
def test_every_string_is_translated_and_none_is_a_guess(code):
    messages = [message for message in catalogue(code) if message.id]
    untranslated = [
        message.id
        for message in messages
        if not (all(message.string) if message.pluralizable else message.string)
    ]
    fuzzy = [message.id for message in messages if message.fuzzy]
    assert untranslated == []
    assert fuzzy == []


def test_french_knows_every_plural_message_so_that_zero_is_singular():
    # Without a French entry, ngettext applies the English rule: « 0 résultats ».
    from portal.core.management.commands.french_plurals import plural_messages

    french = {
        (message.context or "", message.id): message.string
        for message in catalogue("fr")
        if message.pluralizable
    }
    expected = plural_messages()
    assert expected, "the English catalogue has plural messages"
    missing = [key for key in expected if key not in french]
    assert missing == [], "run `make makemessages` (manage.py french_plurals)"
    assert all(french[key] == key[1] for key in expected)
    with translation.override("fr"):
        assert translation.ngettext("%(counter)s événement", "%(counter)s événements", 0) == (
            "%(counter)s événement"
        )
        assert translation.ngettext("%(counter)s événement", "%(counter)s événements", 2) == (
            "%(counter)s événements"
        )


@pytest.mark.parametrize("code", ["en", "ar"])
def test_translated_urls_are_plain_paths(code):
    # A URL pattern translated into words with spaces, or without its slash, breaks links.
    with translation.override(code):
        paths = [
            reverse("search"),
            reverse("members:dashboard"),
            reverse("members:apply"),
            reverse("members:propose", kwargs={"call_key": "2f1e7c1a-0000-4000-8000-000000000000"}),
        ]
    for path in paths:
        assert path.startswith(f"/{code}/") and path.endswith("/"), path
        assert path.isascii() and " " not in path, path
