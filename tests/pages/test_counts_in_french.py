"""French says « 0 résultat » (the singular for 0 and 1, CLDR's plural rule n > 1).

The source strings are French, but without a French catalogue Django picks between msgid and
msgid_plural with English's rule (n != 1): « 0 résultats ». These tests need
locale/fr/LC_MESSAGES/django.po (Plural-Forms: nplurals=2; plural=(n > 1);) whose plural
entries repeat the msgid in msgstr[0] and the msgid_plural in msgstr[1]."""

from django.utils import translation
from django.utils.translation import ngettext

import pytest
from bs4 import BeautifulSoup

from tests.factories import EventIndexPageFactory, ExperienceSheetIndexPageFactory

PLURALS = [
    ("%(counter)s résultat pour « %(query)s »", "%(counter)s résultats pour « %(query)s »"),
    ("%(counter)s fiche expérience", "%(counter)s fiches expérience"),
    ("%(counter)s événement", "%(counter)s événements"),
]


@pytest.mark.parametrize(("singular", "plural"), PLURALS)
def test_french_takes_the_singular_for_zero(singular, plural):
    with translation.override("fr"):
        assert [ngettext(singular, plural, n) for n in (0, 1, 2)] == [singular, singular, plural]
    with translation.override("en"):
        assert ngettext(singular, plural, 0) != ngettext(singular, plural, 1)


@pytest.mark.django_db
def test_the_listings_say_zero_in_the_singular(client, home):
    catalogue = ExperienceSheetIndexPageFactory(parent=home)
    agenda = EventIndexPageFactory(parent=home)

    def heading(url, selector):
        page = BeautifulSoup(client.get(url).content, "html.parser")
        return " ".join(page.select_one(selector).get_text(" ").split())

    assert heading(catalogue.url, "#results-title") == "0 fiche expérience"
    assert heading(agenda.url, "#agenda-results-title").endswith("(0 événement)")
    assert heading("/fr/recherche/?q=astronomie", "#results-title") == (
        "0 résultat pour « astronomie »"
    )
