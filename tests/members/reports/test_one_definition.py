"""One definition: for the same year, the admin dashboard, the funders' workbook and PDF,
and the home page give the same totals, those of ``figures.read``. The data is written
through the services (the action log, attendance), as on the running site."""

import re
import uuid

from django.core.cache import cache

import pytest
from bs4 import BeautifulSoup

from members import summary
from members.actions.services import log_action
from members.reports import figures
from members.trainings import staff
from portal.core.time import local_today
from tests.factories import pole

from ..factories import MemberFactory, RegistrationFactory, TrainingSessionFactory
from .test_reports import pdf_text, sheets, spaced
from .test_reports import table as sheet_table

pytestmark = pytest.mark.django_db

PEOPLE = [12, 40, 7, 150, 3, 96, 1, 25, 600, 8, 70, 13]  # 1,025 in all


def digits(text):
    return int(re.sub(r"\D", "", text))


@pytest.fixture
def year(home, coordinator, django_capture_on_commit_callbacks):
    today = local_today()
    authors = [
        MemberFactory(username=f"amb{index}", ambassador=True, pole=code)
        for index, code in enumerate(["fives", "moulins", "wazemmes"])
    ]
    with django_capture_on_commit_callbacks(execute=True):
        for index, people in enumerate(PEOPLE):
            log_action(
                authors[index % 3],
                uuid.uuid4(),
                {
                    "date": today.replace(day=1) if index % 2 else today,
                    "kind": ["stand", "talks", "workshop"][index % 3],
                    "theme": ["nutrition", "vaccination"][index % 2],
                    "pole": pole(["fives", "moulins", "wazemmes"][index % 3]).pk,
                    "people": people,
                },
            )
        for _ in range(5):
            session = TrainingSessionFactory(past=True, pole=pole("fives"))
            registrations = RegistrationFactory.create_batch(2, session=session)
            staff.mark_attendance(
                session.pk, {registrations[0].pk: True, registrations[1].pk: False}, coordinator
            )
    return figures.read(figures.Period.year(today.year))


def test_dashboard_reports_and_home_page_agree(client, year, coordinator):
    assert year.total("people_reached") == sum(PEOPLE) == 1025
    assert year.total("sessions_held") == 5
    this_year = local_today().year
    client.force_login(coordinator)

    dashboard = BeautifulSoup(client.get("/admin/chiffres/").content, "html.parser")
    for metric in ("people_reached", "actions", "sessions_held", "attended"):
        shown = dashboard.select_one(f"[data-metric={metric}]").get_text(" ", strip=True)
        assert digits(shown.split(" — ")[0]) == year.total(metric), metric

    params = {"funder": "ville", "year": this_year}
    book = sheets(client.get("/admin/chiffres/rapport/", {**params, "format": "xlsx"}).content)
    _header, key, _totals = sheet_table(book["Chiffres clés"])
    assert [value[0] for value in key.values()] == list(year.summary().values())

    pdf = spaced(
        " ".join(
            pdf_text(client.get("/admin/chiffres/rapport/", {**params, "format": "pdf"}).content)
        )
    )
    assert "1 025" in pdf

    client.logout()
    cache.delete(summary.KEY_FIGURES_CACHE)
    home = BeautifulSoup(client.get("/fr/").content, "html.parser")
    section = home.find(id="key-figures-title").find_parent("section")
    items = [item.get_text(" ", strip=True) for item in section.select("li")]
    assert digits(items[1]) == year.total("sessions_held") == 5
    assert digits(items[2]) == year.total("people_reached")
