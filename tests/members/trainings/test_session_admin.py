"""Sessions managed in the Wagtail admin by editors and the coordination."""

import datetime

from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import ModelLogEntry

import pytest
from bs4 import BeautifulSoup

from members.models import Registration, TrainingSession
from members.roles import Role
from members.trainings import services
from portal.core import time
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


LIST = "/admin/training_sessions/"


def roster_url(session):
    return f"/admin/training_sessions/roster/{session.pk}/"


def rows(response):
    """The session list's rows: {place: {column label: cell text}}, and the roster link."""
    table = BeautifulSoup(response.content, "html.parser").select_one("table.listing")
    if table is None:
        return {}
    labels = [th.get_text(" ", strip=True) for th in table.select("thead th")]
    found = {}
    for tr in table.select("tbody tr"):
        cells = dict(zip(labels, tr.select("td"), strict=True))
        texts = {label: cell.get_text(" ", strip=True) for label, cell in cells.items()}
        link = cells["Présences"].find("a")
        texts["roster"] = link["href"] if link else None
        found[texts["Lieu"]] = texts
    return found


@pytest.mark.parametrize("who", ["coordinator", "referent"])
def test_the_session_list_queries_do_not_grow(client, request, training, who):
    """Seats, waiting list and the roster link come from the list's own query: the same
    number of queries for 2 sessions and for 20 (13, as before the new columns)."""
    user = request.getfixturevalue(who)
    full = TrainingSessionFactory(training=training, capacity=2, pole=pole("fives"), place="A")
    for index in range(3):
        services.register(full.pk, MemberFactory(username=f"q{index}", roles=[Role.AMBASSADOR]))
    TrainingSessionFactory(training=training, starts_in_days=-2, pole=None, place="B")
    client.force_login(user)

    def count():
        client.get(LIST)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(LIST)
        assert response.status_code == 200
        return len(queries), response

    few, response = count()
    assert len(rows(response)) == 2
    for index in range(18):
        session = TrainingSessionFactory(
            training=training,
            starts_in_days=index - 9,
            place=f"Salle {index}",
            pole=pole("fives") if index % 2 else None,
        )
        if index >= 10:
            member = MemberFactory(username=f"r{index}", roles=[Role.AMBASSADOR])
            services.register(session.pk, member)
    many, response = count()
    assert len(rows(response)) == 20
    assert rows(response)["A"]["Inscrits / places"] == "2 / 2"
    assert few == many == 13, f"{few} then {many} queries"


def test_the_list_shows_seats_waiting_and_a_roster_link(
    client, training, coordinator, referent, other_referent, editor
):
    fives = TrainingSessionFactory(
        training=training, capacity=2, pole=pole("fives"), place="Fives, salle 1"
    )
    for index in range(3):
        services.register(fives.pk, MemberFactory(username=f"s{index}", roles=[Role.AMBASSADOR]))
    hall = TrainingSessionFactory(training=training, capacity=12, pole=None, place="Hôtel de ville")

    client.force_login(coordinator)
    listed = rows(client.get(LIST))
    assert (
        listed["Fives, salle 1"]["Inscrits / places"],
        listed["Fives, salle 1"]["Liste d'attente"],
    ) == ("2 / 2", "1")
    assert (
        listed["Hôtel de ville"]["Inscrits / places"],
        listed["Hôtel de ville"]["Liste d'attente"],
    ) == ("0 / 12", "0")
    assert listed["Fives, salle 1"]["roster"] == roster_url(fives)
    assert listed["Hôtel de ville"]["roster"] == roster_url(hall)
    assert listed["Fives, salle 1"]["Présences"].startswith("Liste de présence")

    # The référente of Fives: the link for her pôle's session only.
    client.force_login(referent)
    listed = rows(client.get(LIST))
    assert listed["Fives, salle 1"]["roster"] == roster_url(fives)
    assert listed["Hôtel de ville"]["roster"] is None
    client.force_login(other_referent)
    assert {row["roster"] for row in rows(client.get(LIST)).values()} == {None}
    # An editor manages the sessions but takes no attendance: no link, and no roster.
    client.force_login(editor)
    listed = rows(client.get(LIST))
    assert listed["Fives, salle 1"]["Inscrits / places"] == "2 / 2"
    assert {row["roster"] for row in listed.values()} == {None}
    assert roster_url(fives) not in client.get(LIST).content.decode()
    assert client.get(roster_url(fives))["Location"] == "/admin/"


def test_ambassadors_have_no_session_list(client, ambassador, training):
    TrainingSessionFactory(training=training)
    client.force_login(ambassador)
    response = client.get(LIST)
    assert response.status_code == 302
    assert response["Location"].startswith("/fr/compte/login/")


def test_past_today_and_upcoming_follow_the_paris_day(client, coordinator, training, monkeypatch):
    """By the Paris day a session starts on, whatever the server's zone; here on the day
    the clocks go forward (23 hours)."""
    today = datetime.date(2031, 3, 30)
    monkeypatch.setattr(time, "local_today", lambda: today)

    def at(day, hour, minute, place):
        start = datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=time.PARIS)
        return TrainingSessionFactory(
            training=training,
            starts_at=start,
            ends_at=start + datetime.timedelta(hours=1),
            place=place,
        )

    yesterday, tomorrow = today - datetime.timedelta(days=1), today + datetime.timedelta(days=1)
    at(yesterday, 23, 59, "hier soir")
    at(today, 0, 0, "ce matin minuit")
    at(today, 23, 59, "ce soir")
    at(tomorrow, 0, 0, "demain minuit")
    cancelled = at(tomorrow, 10, 0, "annulée demain")
    TrainingSession.objects.filter(pk=cancelled.pk).update(cancelled=True)
    client.force_login(coordinator)
    listed = rows(client.get(LIST))
    assert {place: row["Quand"] for place, row in listed.items()} == {
        "hier soir": "Passée",
        "ce matin minuit": "Aujourd'hui",
        "ce soir": "Aujourd'hui",
        "demain minuit": "À venir",
        "annulée demain": "À venir Annulée",
    }
    for value, places in [
        ("past", {"hier soir"}),
        ("today", {"ce matin minuit", "ce soir"}),
        ("upcoming", {"demain minuit", "annulée demain"}),
        ("", set(listed)),
    ]:
        response = client.get(LIST, {"when": value})
        assert set(rows(response)) == places, value
    # The filter is offered, and a forged value is no error.
    page = client.get(LIST).content.decode()
    assert 'name="when"' in page
    assert client.get(LIST, {"when": "<script>"}).status_code == 200


def started_session(training, confirmed=3, waiting=1, **extra):
    session = TrainingSessionFactory(training=training, capacity=confirmed, **extra)
    for index in range(confirmed + waiting):
        services.register(session.pk, MemberFactory(username=f"a{index}", roles=[Role.AMBASSADOR]))
    started = timezone.now() - datetime.timedelta(minutes=20)
    TrainingSession.objects.filter(pk=session.pk).update(
        starts_at=started, ends_at=started + datetime.timedelta(hours=2)
    )
    return session


def attendance(session):
    return [
        (r.status, r.attended) for r in Registration.objects.filter(session=session).order_by("id")
    ]


def post_roster(client, session, data):
    """Post the roster; the messages the roster page then shows, as (level, text)."""
    response = client.post(roster_url(session), data, follow=True)
    assert response.redirect_chain == [(roster_url(session), 302)]
    return [(m.level_tag, m.message) for m in response.context["messages"]]


def attendance_logs(session):
    return ModelLogEntry.objects.filter(
        action="members.session.attendance", object_id=str(session.pk)
    )


@pytest.mark.parametrize(
    "key",
    ["attended-99999999999999999999", "attended-" + "9" * 400, "attended-²", "attended-\u0661"],
)
def test_a_forged_registration_id_on_the_roster_is_ignored(client, training, coordinator, key):
    """An id that is no registration of this roster never reaches ``int()`` nor the
    database (« ² » is a digit to ``isdigit``, not to ``int``; 20 digits overflowed
    SQLite: 500s found by tests/fuzz)."""
    session = started_session(training, confirmed=1, waiting=0)
    client.force_login(coordinator)
    told = post_roster(client, session, {key: "present"})
    assert told == [("info", "Aucun changement : les présences étaient déjà notées ainsi.")]
    assert attendance(session) == [("confirmed", None)]


def test_everyone_present_marks_all_and_is_logged(client, training, coordinator):
    session = started_session(training)
    first = Registration.objects.filter(session=session).order_by("id").first()
    Registration.objects.filter(pk=first.pk).update(attended=False)
    client.force_login(coordinator)
    page = BeautifulSoup(client.get(roster_url(session)).content, "html.parser")
    button = page.find("button", attrs={"name": "everyone"})
    assert button.get_text(strip=True) == "Tout le monde présent"
    assert button["value"] == "present" and button.find_parent("form")["method"] == "post"
    # The button submits the whole form: the radios (one forged « absent ») do not count.
    told = post_roster(client, session, {"everyone": "present", f"attended-{first.pk}": "absent"})
    assert attendance(session) == [("confirmed", True)] * 3 + [("waiting", None)]
    assert told == [("success", "3 présences enregistrées.")]
    (entry,) = attendance_logs(session)
    assert entry.user == coordinator
    assert set(entry.data["marks"].values()) == {True}

    # Nothing changed: said as such, not as « 0 présences », and nothing logged.
    assert post_roster(client, session, {"everyone": "present"}) == [
        ("info", "Aucun changement : les présences étaient déjà notées ainsi.")
    ]
    registrations = Registration.objects.filter(session=session, status="confirmed")
    told = post_roster(client, session, {f"attended-{r.pk}": "present" for r in registrations})
    assert [level for level, _text in told] == ["info"]
    assert attendance_logs(session).count() == 1
    # One change: the singular.
    told = post_roster(client, session, {f"attended-{first.pk}": "absent"})
    assert told == [("success", "1 présence enregistrée.")]


def test_everyone_present_for_the_referent_of_the_pole_only(
    client, training, referent, other_referent, editor
):
    session = started_session(training, pole=pole("fives"))
    for outsider in (other_referent, editor):
        client.force_login(outsider)
        response = client.post(roster_url(session), {"everyone": "present"})
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert attendance(session) == [("confirmed", None)] * 3 + [("waiting", None)]
    client.force_login(referent)
    client.post(roster_url(session), {"everyone": "present"})
    assert attendance(session) == [("confirmed", True)] * 3 + [("waiting", None)]
    assert attendance_logs(session).get().user == referent


def test_everyone_present_is_refused_before_the_session_starts(client, training, coordinator):
    session = TrainingSessionFactory(training=training, capacity=2)
    for index in range(2):
        services.register(session.pk, MemberFactory(username=f"b{index}", roles=[Role.AMBASSADOR]))
    client.force_login(coordinator)
    page = client.get(roster_url(session)).content.decode()
    assert "Tout le monde présent" not in page
    ((level, message),) = post_roster(client, session, {"everyone": "present"})
    assert level == "error" and "pas encore commencé" in message
    assert attendance(session) == [("confirmed", None)] * 2
    assert not attendance_logs(session).exists()
