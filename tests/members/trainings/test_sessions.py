"""Training sessions: register, waiting list, cancel and promotion, refusals, e-mails."""

import datetime

from django.core import mail
from django.db import IntegrityError, transaction
from django.utils import timezone

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar

from members.models import Registration
from members.trainings import queries, services

from ..factories import (
    MemberFactory,
    RegistrationFactory,
    TrainingFactory,
    TrainingSessionFactory,
)

pytestmark = pytest.mark.django_db


def ambassadors(count, language="fr"):
    return [
        MemberFactory(
            username=f"amb{index}", ambassador=True, pole="fives", profile__language=language
        )
        for index in range(count)
    ]


def register_url(session):
    return f"/fr/espace-membre/sessions/{session.pk}/inscription/"


def test_seats_then_waiting_list_in_arrival_order(session, send_on_commit):
    people = ambassadors(4)
    results = [send_on_commit(services.register, session.pk, u) for u in people]
    assert [r.status for r in results] == ["confirmed", "confirmed", "waiting", "waiting"]
    assert [queries.waiting_position(r) for r in results] == [None, None, 1, 2]
    subjects = [m.subject for m in mail.outbox]
    assert subjects[0] == "[Ambassadeurs santé] Inscription confirmée : Écoute active"
    assert subjects[2] == "[Ambassadeurs santé] Liste d’attente : Écoute active"
    assert "en position 1" in mail.outbox[2].body
    assert "en position 2" in mail.outbox[3].body


def test_the_confirmation_carries_the_session_for_a_calendar(session, send_on_commit):
    (member,) = ambassadors(1)
    send_on_commit(services.register, session.pk, member)
    (message,) = mail.outbox
    assert message.to == [member.email]
    ((filename, content, mimetype),) = message.attachments
    assert (filename, mimetype) == ("formation.ics", "text/calendar")
    events = Calendar.from_ical(content).walk("VEVENT")
    assert len(events) == 1
    start = events[0].decoded("dtstart")
    assert str(start.tzinfo) == "Europe/Paris"
    assert start == session.starts_at
    assert str(events[0]["summary"]) == "Écoute active"
    assert "Hôtel de ville" in str(events[0]["location"])


def test_emails_are_in_the_member_language(home, session, send_on_commit):
    (member,) = ambassadors(1, language="ar")
    send_on_commit(services.register, session.pk, member)
    (message,) = mail.outbox
    assert any("\u0600" <= char <= "\u06ff" for char in message.body)


def test_registering_twice_keeps_one_registration(session, send_on_commit):
    (member,) = ambassadors(1)
    first = send_on_commit(services.register, session.pk, member)
    again = send_on_commit(services.register, session.pk, member)
    assert again.pk == first.pk
    assert Registration.objects.filter(session=session, user=member).count() == 1
    assert len(mail.outbox) == 1


def test_the_database_refuses_a_second_active_registration(session):
    (member,) = ambassadors(1)
    Registration.objects.create(session=session, user=member, status="confirmed")
    with pytest.raises(IntegrityError), transaction.atomic():
        Registration.objects.create(session=session, user=member, status="waiting")
    # A cancelled one does not count: the member may register again.
    Registration.objects.filter(session=session, user=member).update(status="cancelled")
    Registration.objects.create(session=session, user=member, status="confirmed")


def test_cancelling_promotes_the_first_on_the_waiting_list(session, send_on_commit):
    first, second, third, fourth = ambassadors(4)
    registrations = [
        send_on_commit(services.register, session.pk, u) for u in (first, second, third, fourth)
    ]
    mail.outbox.clear()
    cancelled, promoted = send_on_commit(services.cancel, registrations[0].pk, first)
    assert cancelled.status == "cancelled"
    assert promoted.user == third
    statuses = dict(Registration.objects.values_list("user__username", "status"))
    assert statuses == {
        "amb0": "cancelled",
        "amb1": "confirmed",
        "amb2": "confirmed",
        "amb3": "waiting",
    }
    assert queries.waiting_position(Registration.objects.get(user=fourth)) == 1
    assert sorted(m.to[0] for m in mail.outbox) == sorted([first.email, third.email])
    promotion = next(m for m in mail.outbox if m.to == [third.email])
    assert "Une place s’est libérée" in promotion.subject
    assert promotion.attachments


def test_leaving_the_waiting_list_promotes_nobody(session, send_on_commit):
    people = ambassadors(3)
    registrations = [send_on_commit(services.register, session.pk, u) for u in people]
    _cancelled, promoted = send_on_commit(services.cancel, registrations[2].pk, people[2])
    assert promoted is None
    assert Registration.objects.filter(status="confirmed").count() == 2


def test_refusals_say_why(home, training, send_on_commit):
    (member,) = ambassadors(1)
    now = timezone.now()
    past = TrainingSessionFactory(training=training, past=True)
    closed = TrainingSessionFactory(
        training=training, registration_closes_at=now - datetime.timedelta(hours=1)
    )
    not_yet = TrainingSessionFactory(
        training=training, registration_opens_at=now + datetime.timedelta(days=2)
    )
    cancelled = TrainingSessionFactory(training=training, cancelled=True)
    expected = {
        past: "a déjà commencé",
        closed: "sont closes",
        not_yet: "ouvrent le",
        cancelled: "est annulée",
    }
    for target, reason in expected.items():
        with pytest.raises(services.RegistrationRefused, match=reason):
            send_on_commit(services.register, target.pk, member)
    assert not Registration.objects.exists()
    assert mail.outbox == []


def test_a_thematic_training_asks_for_the_initial_path(home, training, send_on_commit):
    (member,) = ambassadors(1)
    thematic = TrainingFactory(title="Premiers secours", requires_initial_path=True)
    session = TrainingSessionFactory(training=thematic)
    with pytest.raises(services.RegistrationRefused, match="parcours de départ"):
        services.register(session.pk, member)
    # Once the initial path is attended, the door opens.
    initial = TrainingSessionFactory(training=training, starts_in_days=-20)
    RegistrationFactory(session=initial, user=member, attended=True)
    assert send_on_commit(services.register, session.pk, member).status == "confirmed"


def test_a_session_is_shared_by_the_translations_of_its_page(client, home, session):
    from tests.factories import translate_page

    english = translate_page(session.training, "en")
    response = client.get(english.url)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert len(page.select("#sessions .session")) == 1
    assert "2" in page.select_one(".session__seats").get_text()


def test_the_page_offers_the_button_to_ambassadors_only(client, session, applicant):
    url = session.training.url
    page = BeautifulSoup(client.get(url).content, "html.parser")
    assert not page.select("form[action$='/inscription/']")
    assert page.select_one("#sessions a[href^='/fr/compte/login/']")
    client.force_login(applicant)
    page = BeautifulSoup(client.get(url).content, "html.parser")
    assert not page.select("form[action$='/inscription/']")
    (member,) = ambassadors(1)
    client.force_login(member)
    page = BeautifulSoup(client.get(url).content, "html.parser")
    form = page.select_one(f"form[action='{register_url(session)}']")
    assert form.select_one("input[name=csrfmiddlewaretoken]")


def test_register_through_the_page_then_redirect(client, session, send_on_commit):
    (member,) = ambassadors(1)
    client.force_login(member)
    next_url = session.training.url + "#sessions"
    response = send_on_commit(client.post, register_url(session), {"next": next_url})
    assert response.status_code == 302
    assert response["Location"] == next_url
    assert Registration.objects.get(user=member).status == "confirmed"
    # Replaying the POST (back button, double click) changes nothing.
    send_on_commit(client.post, register_url(session), {"next": next_url})
    assert Registration.objects.filter(user=member).count() == 1
    page = BeautifulSoup(client.get(session.training.url).content, "html.parser")
    assert "Vous êtes inscrit·e." in page.select_one("#sessions").get_text()
    assert "1 place restante" in page.select_one(".session__seats").get_text()


def test_an_outside_next_url_is_ignored(client, session, send_on_commit):
    (member,) = ambassadors(1)
    client.force_login(member)
    response = send_on_commit(client.post, register_url(session), {"next": "https://evil.example/"})
    assert response["Location"] == "/fr/espace-membre/"


def test_registration_needs_post_and_an_ambassador(client, session, applicant):
    assert client.post(register_url(session))["Location"].startswith("/fr/compte/login/")
    client.force_login(applicant)
    assert client.post(register_url(session)).status_code == 403
    (member,) = ambassadors(1)
    client.force_login(member)
    assert client.get(register_url(session)).status_code == 405
    assert client.post("/fr/espace-membre/sessions/999999/inscription/").status_code == 404


def test_another_members_registration_answers_404(client, session, send_on_commit):
    owner, stranger = ambassadors(2)
    registration = send_on_commit(services.register, session.pk, owner)
    client.force_login(stranger)
    response = client.post(f"/fr/espace-membre/inscriptions/{registration.pk}/annuler/")
    assert response.status_code == 404
    registration.refresh_from_db()
    assert registration.status == "confirmed"


def test_a_started_session_cannot_be_cancelled_online(client, training, send_on_commit):
    (member,) = ambassadors(1)
    session = TrainingSessionFactory(training=training, starts_in_days=1)
    registration = send_on_commit(services.register, session.pk, member)
    later = session.starts_at + datetime.timedelta(minutes=5)
    with pytest.raises(services.RegistrationRefused, match="a commencé"):
        services.cancel(registration.pk, member, now=later)


@pytest.mark.parametrize("count", [1, 10])
def test_the_training_page_queries_do_not_grow_with_sessions(client, training, count):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    (member,) = ambassadors(1)
    for index in range(count):
        session = TrainingSessionFactory(training=training, capacity=1, starts_in_days=index + 1)
        services.register(session.pk, member)
    client.force_login(member)
    client.get(training.url)  # warm the menus' cache
    with CaptureQueriesContext(connection) as queries:
        response = client.get(training.url)
    page = BeautifulSoup(response.content, "html.parser")
    assert len(page.select("#sessions .session")) == count
    # Signed in: the anonymous page's 10, plus the session, the user, their permissions
    # (two queries, shared by our checks and the userbar's), their registrations. The
    # same for 1 and 10.
    assert len(queries) == 15, "\n".join(q["sql"][:150] for q in queries)
