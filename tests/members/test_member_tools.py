"""The ambassador's tools: dashboard, attestation PDF, private calendar, my data (RGPD),
and the roster with attendance and exports for référents and the coordination."""

import csv
import datetime
import io
import json

from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar
from openpyxl import load_workbook
from pypdf import PdfReader

from members import roles
from members.models import Application, Profile, Registration, TrainingSession
from members.roles import Role
from members.trainings import services
from tests.factories import pole

from .conftest import PASSWORD
from .factories import (
    MemberFactory,
    ProfileFactory,
    RegistrationFactory,
    TrainingFactory,
    TrainingSessionFactory,
)

pytestmark = pytest.mark.django_db

DASHBOARD = "/fr/espace-membre/"


def dashboard_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(DASHBOARD)
    assert response.status_code == 200
    return len(queries), response


@pytest.mark.parametrize("count", [2, 20])
def test_dashboard_queries_do_not_grow_with_registrations(client, home, ambassador, count):
    training = TrainingFactory(title="Écoute active")
    for index in range(count):
        session = TrainingSessionFactory(training=training, capacity=1, starts_in_days=index + 1)
        if index % 2:
            RegistrationFactory(
                session=session,
                user=MemberFactory(username=f"first{index}", roles=[Role.AMBASSADOR]),
            )
        services.register(session.pk, ambassador)
    client.force_login(ambassador)
    client.get(DASHBOARD)  # warm the caches (menus)
    queries, response = dashboard_queries(client)
    page = BeautifulSoup(response.content, "html.parser")
    assert len(page.select(".registration")) == count
    positions = [
        status.get_text(" ", strip=True)
        for status in page.select(".registration .status--upcoming")
    ]
    assert len(positions) == count // 2
    assert all("position 1" in text for text in positions)
    # The same number of queries with 2 and with 20 registrations (one more since the
    # « Mes projets » panel: an ambassador without projects costs it one query; one more
    # since the « Mes actions » panel: the year's count).
    assert queries == 13, queries


def test_the_attestation_lists_the_trainings_attended(client, home, ambassador, send_on_commit):
    first = TrainingFactory(title="Le rôle de l’ambassadeur·rice", duration_hours=3.5)
    second = TrainingFactory(title="Écoute active", duration_hours=14)
    missed = TrainingFactory(title="Droits en santé", duration_hours=3)
    for training, attended in ((first, True), (second, True), (missed, False)):
        session = TrainingSessionFactory(training=training, starts_in_days=-30)
        RegistrationFactory(session=session, user=ambassador, attended=attended)
    ambassador.first_name, ambassador.last_name = "Amina", "Haddad"
    ambassador.save()
    client.force_login(ambassador)
    response = client.get("/fr/espace-membre/attestation-de-formation.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    text = " ".join(text.split())
    assert "Attestation de formation" in text
    assert "Amina Haddad" in text
    assert "Le rôle de l'ambassadeur·rice" in text
    assert "Écoute active" in text
    assert "Droits en santé" not in text
    assert "Total 17,5 h" in text


def test_no_attestation_before_any_attendance(client, home, ambassador, applicant):
    client.force_login(ambassador)
    response = client.get("/fr/espace-membre/attestation-de-formation.pdf")
    assert response.status_code == 302
    client.force_login(applicant)
    assert client.get("/fr/espace-membre/attestation-de-formation.pdf").status_code == 403


def test_the_private_calendar_feed(client, home, ambassador, other_ambassador, send_on_commit):
    training = TrainingFactory(title="Premiers secours")
    mine = TrainingSessionFactory(training=training, capacity=1)
    full = TrainingSessionFactory(training=training, capacity=1, starts_in_days=12)
    send_on_commit(services.register, full.pk, other_ambassador)
    send_on_commit(services.register, mine.pk, ambassador)
    send_on_commit(services.register, full.pk, ambassador)  # waiting: not in the feed
    token = Profile.objects.get(user=ambassador).calendar_token
    url = f"/fr/espace-membre/calendrier/{token}.ics"
    response = client.get(url)  # no login: calendar apps have none
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    events = Calendar.from_ical(response.content).walk("VEVENT")
    assert [event.decoded("dtstart") for event in events] == [mine.starts_at]
    assert str(events[0].decoded("dtstart").tzinfo) == "Europe/Paris"
    assert client.get("/fr/espace-membre/calendrier/not-the-key.ics").status_code == 404
    # Revoked: the old link stops working.
    client.force_login(ambassador)
    assert client.post("/fr/espace-membre/calendrier/nouveau-lien/").status_code == 302
    client.logout()
    assert client.get(url).status_code == 404
    assert Profile.objects.get(user=ambassador).calendar_token != token


def test_my_data_downloads_everything(client, home, ambassador, send_on_commit):
    session = TrainingSessionFactory(training__title="Vaccination")
    send_on_commit(services.register, session.pk, ambassador)
    profile = Profile.objects.get(user=ambassador)
    profile.interests.add("vaccination")
    client.force_login(ambassador)
    response = client.get("/fr/espace-membre/mes-donnees/?format=json")
    assert response.status_code == 200
    data = json.loads(response.content)
    assert data["compte"]["adresse_email"] == ambassador.email
    assert data["profil"]["pole"] == "Fives"
    assert data["profil"]["interests"] == ["vaccination"]
    assert data["inscriptions_aux_formations"][0]["formation"] == "Vaccination"
    assert data["candidature"] is None


def test_deleting_the_account_keeps_anonymous_statistics(client, home, applicant, send_on_commit):
    # An ambassador who came through an application: both are erased.
    ambassador = applicant
    roles.revoke(ambassador, Role.APPLICANT)
    roles.grant(ambassador, Role.AMBASSADOR)
    ProfileFactory(user=ambassador, pole=pole("fives"))
    session = TrainingSessionFactory(training__title="Vaccination")
    send_on_commit(services.register, session.pk, ambassador)
    client.force_login(ambassador)
    url = "/fr/espace-membre/mes-donnees/"
    response = client.post(url, {"password": "wrong", "confirm": "on"})
    assert response.status_code == 200
    assert "pas le bon" in response.content.decode()
    assert get_user_model().objects.filter(pk=ambassador.pk).exists()
    response = client.post(url, {"password": PASSWORD, "confirm": "on"})
    assert response.status_code == 302
    assert not get_user_model().objects.filter(pk=ambassador.pk).exists()
    assert not Application.objects.filter(user_id=ambassador.pk).exists()
    assert not Profile.objects.filter(user_id=ambassador.pk).exists()
    registration = Registration.objects.get(session=session)
    assert registration.user is None
    assert registration.status == "confirmed"
    assert "_auth_user_id" not in client.session


def roster_url(session):
    return f"/admin/training_sessions/roster/{session.pk}/"


def test_the_roster_marks_attendance_and_exports(client, home, referent, coordinator):
    session = TrainingSessionFactory(
        training__title="Santé sexuelle", capacity=2, pole=pole("fives")
    )
    people = []
    for index in range(3):
        user = MemberFactory(
            username=f"p{index}",
            first_name=f"Prénom{index}",
            ambassador=True,
            pole="fives",
            profile__phone=f"06 00 00 00 0{index}",
        )
        services.register(session.pk, user)
        people.append(user)
    # Attendance is noted once the session has started.
    started = timezone.now() - datetime.timedelta(minutes=30)
    TrainingSession.objects.filter(pk=session.pk).update(
        starts_at=started, ends_at=started + datetime.timedelta(hours=3)
    )
    client.force_login(referent)
    response = client.get(roster_url(session))
    assert response.status_code == 200
    registrations = list(Registration.objects.filter(status="confirmed").order_by("id"))
    response = client.post(
        roster_url(session),
        {
            f"attended-{registrations[0].pk}": "present",
            f"attended-{registrations[1].pk}": "absent",
            # A forged value for the waiting one is ignored.
            f"attended-{Registration.objects.get(status='waiting').pk}": "present",
        },
    )
    assert response.status_code == 302
    assert [r.attended for r in Registration.objects.order_by("id")] == [True, False, None]

    csv_response = client.get(roster_url(session) + "?export=csv")
    rows = list(csv.reader(io.StringIO(csv_response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Nom", "Prénom", "Adresse e-mail"]
    assert len(rows) == 1 + 3
    assert rows[1][1] == "Prénom0" and rows[1][-1] == "présent·e"

    client.force_login(coordinator)
    xlsx = client.get(roster_url(session) + "?export=xlsx")
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet.max_row == 4
    assert sheet["B2"].value == "Prénom0"


def test_a_referent_of_another_pole_has_no_roster(client, home, other_referent, editor):
    session = TrainingSessionFactory(pole=pole("fives"))
    for user in (other_referent, editor):
        client.force_login(user)
        response = client.get(roster_url(session))
        assert (response.status_code, response["Location"]) == (302, "/admin/")
        response = client.get(roster_url(session) + "?export=csv")
        assert response.status_code == 302
