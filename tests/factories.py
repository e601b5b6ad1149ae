"""Factories for pages and users, shared by the whole suite."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

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


def superuser(**fields):
    """A superuser as the admin lets them in: with the second factor every superuser
    must set up (a TOTP authenticator)."""
    from allauth.mfa.models import Authenticator

    user = UserFactory(is_superuser=True, is_staff=True, **fields)
    Authenticator.objects.create(
        user=user, type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"}
    )
    return user


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


# ---- public content ----------------------------------------------------------------------


def pole(code="fives"):
    """One of the five pôles created by the data migration."""
    from pages.models import Pole

    return Pole.objects.get(code=code)


class RecruitmentPageFactory(wagtail_factories.PageFactory):
    title = "Devenir ambassadeur·rice"
    slug = "devenir-ambassadeur"
    intro = "Rejoignez les ambassadeurs santé."
    who_can_join = "<p>Toute personne majeure.</p>"
    live = True

    class Meta:
        model = "pages.RecruitmentPage"


class PoleIndexPageFactory(wagtail_factories.PageFactory):
    title = "Les pôles"
    slug = "poles"
    live = True

    class Meta:
        model = "pages.PoleIndexPage"


class PolePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pôle {n}")
    slug = factory.Sequence(lambda n: f"pole-{n}")
    pole = factory.LazyFunction(pole)
    host_association = "Association de quartier"
    address = "Maison de quartier\n59800 Lille"
    live = True

    class Meta:
        model = "pages.PolePage"


class ExperienceSheetIndexPageFactory(wagtail_factories.PageFactory):
    title = "Fiches expérience"
    slug = "fiches-experience"
    live = True

    class Meta:
        model = "pages.ExperienceSheetIndexPage"


class ExperienceSheetPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Fiche {n}")
    slug = factory.Sequence(lambda n: f"fiche-{n}")
    summary = "Une action de santé dans un quartier."
    territory = "Ville de Lille"
    start_year = 2018
    author = "La coordinatrice"
    problem = "<p>Le contexte.</p>"
    objectives = "<p>Les objectifs.</p>"
    story = "<p>Les étapes.</p>"
    results = "<p>Les résultats.</p>"
    action_lead = "Ville de Lille"
    target_public = "residents"
    live = True

    class Meta:
        model = "pages.ExperienceSheetPage"


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Agenda"
    slug = "agenda"
    live = True

    class Meta:
        model = "pages.EventIndexPage"


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Événement {n}")
    slug = factory.Sequence(lambda n: f"evenement-{n}")
    intro = "Un rendez-vous santé."
    category = "stand"
    place_name = "Marché de Wazemmes"
    start_date = factory.LazyFunction(timezone.localdate)
    live = True

    class Meta:
        model = "pages.EventPage"


class TrainingIndexPageFactory(wagtail_factories.PageFactory):
    title = "Formations"
    slug = "formations"
    live = True

    class Meta:
        model = "pages.TrainingIndexPage"


class TrainingPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Formation {n}")
    slug = factory.Sequence(lambda n: f"formation-{n}")
    intro = "Une formation."
    objectives = "<p>Apprendre.</p>"
    content = "<p>Le programme.</p>"
    duration_label = "½ journée"
    duration_hours = 3.5
    live = True

    class Meta:
        model = "pages.TrainingPage"


class FundingCallIndexPageFactory(wagtail_factories.PageFactory):
    title = "Appels à projets"
    slug = "appels-a-projets"
    live = True

    class Meta:
        model = "pages.FundingCallIndexPage"


class FundingCallPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Appel {n}")
    slug = factory.Sequence(lambda n: f"appel-{n}")
    funder = "ARS Hauts-de-France"
    summary = "Un appel à initiatives."
    max_per_project = 3000
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))
    closes_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    eligibility = "<p>Les ambassadeurs.</p>"
    criteria = factory.LazyFunction(
        lambda: [("criterion", {"title": "Utilité pour le quartier", "description": ""})]
    )
    live = True

    class Meta:
        model = "pages.FundingCallPage"
