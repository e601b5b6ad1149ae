"""Factories for pages and users, shared by the whole suite."""

from django.contrib.auth import get_user_model

import factory
import wagtail_factories

from home.models import HomePage
from pages.models import StandardPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Page standard {n}")
    slug = factory.Sequence(lambda n: f"page-standard-{n}")
    intro = "Une page de test."
    live = True

    class Meta:
        model = StandardPage


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"personne{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("mot-de-passe-de-test")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True


def home_page():
    """The French home page created by the data migration, its required hero filled in."""
    page = HomePage.objects.get(locale__language_code="fr")
    if not page.hero_title:
        page.hero_title = "La santé se partage entre voisins"
        page.save_revision().publish()
        page.refresh_from_db()
    return page


def translate_page(page, language_code, **fields):
    """A published translation of ``page``, made the way Wagtail copies for translation."""
    from wagtail.models import Locale

    locale = Locale.objects.get(language_code=language_code)
    translation = page.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation
