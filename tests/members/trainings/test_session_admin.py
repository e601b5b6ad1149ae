"""Sessions managed in the Wagtail admin by editors and the coordination."""

import datetime

from django.core import mail
from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from members.models import Registration, TrainingSession
from members.roles import Role
from members.trainings import services
from tests.factories import pole

from ..factories import MemberFactory, TrainingSessionFactory

pytestmark = pytest.mark.django_db

ADD = "/admin/training_sessions/new/"


def form_data(training, **overrides):
    start = (timezone.localtime() + datetime.timedelta(days=10)).replace(
        hour=9, minute=0, second=0, microsecond=0
    )
    data = {
        "training": str(training.pk),
        "starts_at": start.strftime("%Y-%m-%d %H:%M"),
        "ends_at": (start + datetime.timedelta(hours=3)).strftime("%Y-%m-%d %H:%M"),
        "pole": str(pole("fives").pk),
        "place": "Pôle Ressources Santé de Fives",
        "capacity": "12",
        "registration_opens_at": "",
        "registration_closes_at": "",
        "trainer": "CPAM",
    }
    data.update(overrides)
    return data


def test_an_editor_schedules_a_session(client, editor, training):
    client.force_login(editor)
    response = client.post(ADD, form_data(training))
    assert response.status_code == 302, response.content.decode()[:2000]
    session = TrainingSession.objects.get()
    assert (session.capacity, session.pole, session.training) == (12, pole("fives"), training)
    assert timezone.localtime(session.starts_at).hour == 9


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"ends_at": ""}, "Ce champ est obligatoire."),
        ({"capacity": "0"}, "Une session a au moins une place."),
        ({"capacity": "beaucoup"}, "Saisissez un nombre entier."),
        ({"starts_at": "2027-02-30 09:00"}, "Saisissez une date et une heure valides."),
    ],
)
def test_bad_session_values_are_explained(client, coordinator, training, overrides, message):
    client.force_login(coordinator)
    response = client.post(ADD, form_data(training, **overrides))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not TrainingSession.objects.exists()


def test_a_session_that_ends_before_it_starts_is_refused(client, coordinator, training):
    client.force_login(coordinator)
    data = form_data(training)
    data["ends_at"], data["starts_at"] = data["starts_at"], data["ends_at"]
    response = client.post(ADD, data)
    assert response.status_code == 200
    assert "La session doit finir après son début." in response.content.decode()
    data = form_data(training)
    data["registration_closes_at"] = data["ends_at"]
    response = client.post(ADD, data)
    assert "au plus tard au début de la session" in response.content.decode()
    assert not TrainingSession.objects.exists()


def test_more_seats_move_the_waiting_list_up(client, coordinator, training, send_on_commit):
    session = TrainingSessionFactory(training=training, capacity=1)
    people = []
    for index in range(3):
        user = MemberFactory(username=f"w{index}", ambassador=True, pole=None)
        services.register(session.pk, user)
        people.append(user)
    mail.outbox.clear()
    client.force_login(coordinator)
    local = timezone.localtime
    data = form_data(
        training,
        starts_at=local(session.starts_at).strftime("%Y-%m-%d %H:%M"),
        ends_at=local(session.ends_at).strftime("%Y-%m-%d %H:%M"),
        capacity="2",
        pole="",
        place=session.place,
    )
    response = send_on_commit(client.post, f"/admin/training_sessions/edit/{session.pk}/", data)
    assert response.status_code == 302
    statuses = [r.status for r in Registration.objects.order_by("id")]
    assert statuses == ["confirmed", "confirmed", "waiting"]
    assert [m.to for m in mail.outbox] == [[people[1].email]]


def test_ambassadors_and_applicants_cannot_manage_sessions(client, ambassador, training):
    client.force_login(ambassador)
    response = client.post(ADD, form_data(training))
    assert response.status_code == 302
    assert response["Location"].startswith("/fr/compte/login/")
    assert not TrainingSession.objects.exists()


@pytest.mark.parametrize("registrations", [2, 20])
def test_the_session_list_queries_do_not_grow(client, coordinator, training, registrations):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for index in range(3):
        session = TrainingSessionFactory(training=training, capacity=10, starts_in_days=index + 1)
    for index in range(registrations):
        user = MemberFactory(username=f"q{index}", roles=[Role.AMBASSADOR])
        services.register(session.pk, user)
    client.force_login(coordinator)
    client.get("/admin/training_sessions/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/admin/training_sessions/")
    assert response.status_code == 200
    waiting = max(registrations - 10, 0)
    cells = [
        cell.get_text(strip=True)
        for cell in BeautifulSoup(response.content, "html.parser").select("tbody td")
    ]
    assert str(waiting) in cells and str(min(registrations, 10)) in cells
    assert len(queries) == 13, "\n".join(q["sql"][:120] for q in queries)
