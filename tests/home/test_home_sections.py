"""The home page's sections: next events, latest sheets, open calls, pôles, figures."""

import datetime

from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    ExperienceSheetIndexPageFactory,
    ExperienceSheetPageFactory,
    FundingCallIndexPageFactory,
    FundingCallPageFactory,
    PoleIndexPageFactory,
    PolePageFactory,
    RecruitmentPageFactory,
    TrainingIndexPageFactory,
    TrainingPageFactory,
    pole,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme(home):
    today = timezone.localdate()
    now = timezone.now()
    agenda = EventIndexPageFactory(parent=home)
    for offset, title in [(30, "Dans un mois"), (2, "Après-demain"), (-5, "Passé"), (9, "Bientôt")]:
        EventPageFactory(
            parent=agenda, title=title, start_date=today + datetime.timedelta(days=offset)
        )
    EventPageFactory(
        parent=agenda,
        title="Tous les six mois",
        start_date=today - datetime.timedelta(days=300),
        recurrence="monthly",
        recurrence_interval=6,
    )
    catalogue = ExperienceSheetIndexPageFactory(parent=home)
    for year, title in [(2020, "Ancienne"), (2024, "Récente")]:
        ExperienceSheetPageFactory(
            parent=catalogue, title=title, updated_on=datetime.date(year, 1, 1)
        )
    calls = FundingCallIndexPageFactory(parent=home)
    FundingCallPageFactory(parent=calls, title="Appel ouvert")
    FundingCallPageFactory(
        parent=calls,
        title="Appel clos",
        opens_at=now - datetime.timedelta(days=90),
        closes_at=now - datetime.timedelta(days=30),
    )
    poles = PoleIndexPageFactory(parent=home)
    for code in ["wazemmes", "fives"]:
        PolePageFactory(parent=poles, pole=pole(code), title=f"Pôle {code}", slug=code)
    trainings = TrainingIndexPageFactory(parent=home)
    TrainingPageFactory(parent=trainings)
    recruitment = RecruitmentPageFactory(parent=home)
    return {"recruitment": recruitment, "catalogue": catalogue}


def section(page, heading_id):
    return page.find(id=heading_id).find_parent("section")


def test_home_shows_what_is_coming(client, programme):
    page = BeautifulSoup(client.get("/fr/").content, "html.parser")
    events = [
        a.get_text(strip=True) for a in section(page, "events-title").select(".card__title a")
    ]
    assert events == ["Après-demain", "Bientôt", "Dans un mois"]
    calls = [a.get_text(strip=True) for a in section(page, "calls-title").select(".card__title a")]
    assert calls == ["Appel ouvert"]
    sheets = [
        a.get_text(strip=True) for a in section(page, "sheets-title").select(".card__title a")
    ]
    assert sheets == ["Récente", "Ancienne"]
    poles = [span.get_text() for span in page.select(".pole-list__name")]
    assert poles == ["Fives", "Wazemmes"]  # in the pôles' own order


def test_the_latest_sheets_follow_each_publication(client, home, programme):
    """The three sheets last updated are chosen once per publication (a sort of every sheet):
    a sheet published, updated or unpublished is seen on the next visit."""

    def sheets():
        page = BeautifulSoup(client.get("/fr/").content, "html.parser")
        return [
            a.get_text(strip=True) for a in section(page, "sheets-title").select(".card__title a")
        ]

    assert sheets() == ["Récente", "Ancienne"]
    catalogue = programme["catalogue"]
    newest = ExperienceSheetPageFactory(
        parent=catalogue, title="Toute neuve", updated_on=datetime.date(2026, 1, 1)
    )
    assert sheets() == ["Toute neuve", "Récente", "Ancienne"]
    ExperienceSheetPageFactory(
        parent=catalogue, title="Entre les deux", updated_on=datetime.date(2025, 1, 1)
    )
    assert sheets() == ["Toute neuve", "Entre les deux", "Récente"]
    newest.unpublish()
    assert sheets() == ["Entre les deux", "Récente", "Ancienne"]


def test_key_figures_are_computed_from_the_data(client, programme):
    figures = client.get("/fr/").context["figures"]
    # 3 events this year at most once each, plus the six-monthly one if it falls this year.
    assert figures["sheets"] == 2
    assert figures["poles"] == 2
    assert figures["trainings"] == 1
    assert figures["events_this_year"] >= 1


def test_the_application_button_is_two_clicks_from_home(client, home, programme):
    home.hero_cta_label = "Devenir ambassadeur·rice"
    home.hero_cta_page = programme["recruitment"]
    home.save_revision().publish()
    page = BeautifulSoup(client.get("/fr/").content, "html.parser")
    hero = page.select_one(".hero a.button")
    assert hero["href"] == programme["recruitment"].url
    recruitment = BeautifulSoup(client.get(hero["href"]).content, "html.parser")
    apply_buttons = recruitment.select("a.button")
    assert apply_buttons and all(
        a["href"] == "/fr/espace-membre/candidater/" for a in apply_buttons
    )
