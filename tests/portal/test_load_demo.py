from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.images.models import Image
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import StringTranslation, Translation

import pytest
from bs4 import BeautifulSoup

from home.models import HomePage
from pages.models import StandardPage
from portal.models import SiteFooter

# wagtail-localize publishes translations when their transaction commits.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

MODELS = [Page, HomePage, StandardPage, Revision, Image, SiteFooter, Translation, StringTranslation]


def counts():
    counted = {model.__name__: model.objects.count() for model in MODELS}
    counted["users"] = get_user_model().objects.count()
    return counted


def test_load_demo_twice_leaves_the_same_counts(client):
    call_command("load_demo", "--users", verbosity=0)
    first = counts()
    call_command("load_demo", "--users", verbosity=0)
    assert counts() == first

    assert first["HomePage"] == 3  # French home and its English and Arabic translations
    assert StandardPage.objects.filter(locale__language_code="fr").count() == 10
    assert first["SiteFooter"] == 3
    assert first["users"] == 2


def test_demo_site_in_three_languages(client):
    call_command("load_demo", verbosity=0)
    # Each URL with a text its main heading shows.
    assert {locale.language_code for locale in Locale.objects.all()} == {"fr", "en", "ar"}
    for url, text in [
        ("/fr/", "La santé se partage entre voisins"),
        ("/en/", "Health is shared between neighbours"),
        ("/ar/", "الصحة نتقاسمها بين الجيران"),
        ("/fr/le-programme/", "Le programme"),
        ("/en/the-programme/", "The programme"),
        ("/ar/the-programme/", "البرنامج"),
        ("/fr/poles-ressources-sante/fives/", "Pôle Ressources Santé – Fives"),
        ("/fr/accessibilite/", "Déclaration d'accessibilité"),
        ("/fr/donnees-personnelles/", "Données personnelles"),
        ("/fr/mentions-legales/", "Mentions légales"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert BeautifulSoup(response.content, "html.parser").h1.get_text(strip=True) == text


def test_demo_translations_are_managed_by_wagtail_localize():
    call_command("load_demo", verbosity=0)
    english = StandardPage.objects.get(locale__language_code="en")
    translation = Translation.objects.get(
        source__object__translation_key=english.translation_key, target_locale=english.locale
    )
    progress, done = translation.get_progress()
    assert progress == done > 30  # every string of the page is translated


def test_demo_accounts_only_on_request():
    call_command("load_demo", "--no-users", verbosity=0)
    assert not get_user_model().objects.exists()
