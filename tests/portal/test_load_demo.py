from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.images.models import Image
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import StringTranslation, Translation

import pytest
from bs4 import BeautifulSoup

from home.models import HomePage
from pages.choices import CallStatus
from pages.models import (
    EventPage,
    ExperienceSheetIndexPage,
    ExperienceSheetPage,
    FundingCallPage,
    PolePage,
    RecruitmentPage,
    StandardPage,
    TrainingPage,
)
from portal.core.models import SiteFooter
from portal.demo.actions import AMBASSADOR_COUNT
from portal.demo.loader import DEMO_USERS

# wagtail-localize publishes translations when their transaction commits.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

MODELS = [
    Page,
    HomePage,
    StandardPage,
    RecruitmentPage,
    ExperienceSheetPage,
    EventPage,
    PolePage,
    TrainingPage,
    FundingCallPage,
    Revision,
    Image,
    SiteFooter,
    Translation,
    StringTranslation,
]


def french(model):
    return model.objects.filter(locale__language_code="fr")


def counts():
    counted = {model.__name__: model.objects.count() for model in MODELS}
    counted["users"] = get_user_model().objects.count()
    return counted


def test_demo_site_loaded_twice(client):
    """Two loads (the slowest steps of the suite), checked from every side: the first
    without accounts, the second with them changes nothing else."""
    call_command("load_demo", "--no-users", verbosity=0)
    assert not get_user_model().objects.exists()
    first = counts()
    check_content_of_each_kind(first)
    check_pages_of_each_type_exist_in_english_and_arabic()
    check_sheets_are_reviewed_by_moderators_and_the_home_leads_to_recruitment(client)
    check_site_in_three_languages(client)
    check_translations_are_managed_by_wagtail_localize()

    call_command("load_demo", "--users", verbosity=0)
    second = counts()
    # The demo accounts, and the demo ambassadors who logged the year's actions.
    assert second.pop("users") == len(DEMO_USERS) + AMBASSADOR_COUNT
    first.pop("users")
    assert second == first
    check_demo_accounts_sign_in_with_their_role(client)


def check_demo_accounts_sign_in_with_their_role(client):
    for spec in DEMO_USERS:
        client.logout()
        response = client.post(
            "/fr/compte/login/", {"login": spec["email"], "password": spec["password"]}
        )
        assert response.status_code == 302, spec["email"]
        user = get_user_model().objects.get(email=spec["email"])
        assert set(user.groups.values_list("role__role", flat=True)) == set(spec["roles"])
    ambassador = get_user_model().objects.get(email="ambassadrice@example.org")
    assert ambassador.profile.pole.code == "fives"
    referent = get_user_model().objects.get(email="referente.fives@example.org")
    assert [pole.code for pole in referent.profile.referent_poles.all()] == ["fives"]
    assert get_user_model().objects.get(email="candidat@example.org").application.status == (
        "pending"
    )


def check_content_of_each_kind(first):
    assert first["HomePage"] == 3  # French home and its English and Arabic translations
    # The programme, legal notice, accessibility statement and privacy page.
    assert french(StandardPage).count() == 4
    assert first["RecruitmentPage"] == 3
    assert french(ExperienceSheetPage).count() >= 6
    assert french(PolePage).count() == 5
    assert french(TrainingPage).filter(initial_path=True).count() == 3
    assert french(TrainingPage).filter(initial_path=False).count() == 4
    statuses = {call.status() for call in french(FundingCallPage)}
    assert statuses == {CallStatus.OPEN, CallStatus.CLOSED}
    meetings = french(EventPage).filter(category="pole_meeting", recurrence="weekly")
    assert meetings.count() == 5
    assert {meeting.recurrence_interval for meeting in meetings} == {6}
    assert first["SiteFooter"] == 3


def check_pages_of_each_type_exist_in_english_and_arabic():
    for model in [
        RecruitmentPage,
        ExperienceSheetPage,
        EventPage,
        PolePage,
        TrainingPage,
        FundingCallPage,
    ]:
        languages = set(model.objects.values_list("locale__language_code", flat=True))
        assert languages == {"fr", "en", "ar"}, model


def check_sheets_are_reviewed_by_moderators_and_the_home_leads_to_recruitment(client):
    catalogue = ExperienceSheetIndexPage.objects.get(locale__language_code="fr")
    workflow = catalogue.get_workflow()
    assert workflow is not None and workflow.active
    groups = {group.name for task in workflow.tasks for group in task.specific.groups.all()}
    assert groups == {"Moderators"}

    home = BeautifulSoup(client.get("/fr/").content, "html.parser")
    assert home.select_one(".hero a.button")["href"] == "/fr/devenir-ambassadeur/"


def check_site_in_three_languages(client):
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
        ("/fr/devenir-ambassadeur/", "Devenir ambassadeur·rice"),
        ("/fr/fiches-experience/", "Fiches expérience"),
        ("/fr/agenda/", "Agenda"),
        ("/fr/formations/", "Les formations"),
        ("/fr/appels-a-projets/", "Appels à projets"),
        ("/fr/accessibilite/", "Déclaration d'accessibilité"),
        ("/fr/donnees-personnelles/", "Données personnelles"),
        ("/fr/mentions-legales/", "Mentions légales"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert BeautifulSoup(response.content, "html.parser").h1.get_text(strip=True) == text


def check_translations_are_managed_by_wagtail_localize():
    english = StandardPage.objects.get(locale__language_code="en", slug="the-programme")
    translation = Translation.objects.get(
        source__object__translation_key=english.translation_key, target_locale=english.locale
    )
    progress, done = translation.get_progress()
    assert progress == done > 30  # every string of the page is translated
