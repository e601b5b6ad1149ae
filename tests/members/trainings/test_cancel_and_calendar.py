"""Cancelling a registration through its confirmation page; the private calendar as a
« S'abonner » link and an address to copy; one session as an .ics file; « 1er » in French
dates."""

import datetime
import io

from django.contrib.messages import get_messages
from django.core import mail
from django.template import Context, Template
from django.test import Client
from django.utils import timezone
from django.utils.translation import override

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar
from pypdf import PdfReader

from members.models import Profile, Registration
from members.trainings import attestation, services
from portal.core.dates import long_date
from portal.core.time import PARIS

from ..factories import MemberFactory, RegistrationFactory, TrainingSessionFactory

pytestmark = pytest.mark.django_db

DASHBOARD = "/fr/espace-membre/"


def ambassadors(count):
    return [
        MemberFactory(username=f"amb{index}", ambassador=True, pole="fives")
        for index in range(count)
    ]


def cancel_url(registration):
    return f"/fr/espace-membre/inscriptions/{registration.pk}/annuler/"


def ics_url(session):
    return f"/fr/espace-membre/sessions/{session.pk}/agenda.ics"


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def message_texts(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_the_dashboard_leads_to_a_confirmation_page(client, session, send_on_commit):
    owner, waiting = ambassadors(2)
    registration = send_on_commit(services.register, session.pk, owner)
    client.force_login(owner)
    dashboard = soup(client.get(DASHBOARD))
    # No one-tap cancel left: a link to the confirmation page, and no form posting there.
    assert not dashboard.select("form[action*='/annuler/']")
    link = dashboard.select_one(".registration a[href*='/annuler/']")
    assert link["href"] == f"{cancel_url(registration)}?next=/fr/espace-membre/"
    assert "Annuler mon inscription" in link.get_text()

    response = client.get(link["href"])
    assert response.status_code == 200
    page = soup(response)
    main = page.select_one("main").get_text(" ", strip=True)
    start = timezone.localtime(session.starts_at, PARIS)
    assert "Annuler votre inscription ?" in main
    assert "Écoute active" in page.select_one("main h2").get_text()
    with override("fr"):
        assert long_date(start, "l j F Y") in main
    assert f"de {start:%H:%M} à" in main
    assert session.place in main
    # Nobody waits yet: the seat is freed for someone else.
    assert "Votre place sera libérée" in main
    form = page.select_one(f"main form[method=post][action='{cancel_url(registration)}']")
    assert form.select_one("input[name=csrfmiddlewaretoken]")
    assert form.select_one("input[name=next]")["value"] == DASHBOARD
    assert form.select_one("button[type=submit]").get_text(strip=True) == (
        "Oui, annuler mon inscription"
    )
    keep = form.find("a", string="Non, garder ma place")
    assert keep["href"] == DASHBOARD
    # Showing the page changes nothing.
    registration.refresh_from_db()
    assert registration.status == "confirmed"

    # With someone waiting, the page says the seat goes to them.
    send_on_commit(services.register, session.pk, waiting)
    send_on_commit(services.register, session.pk, MemberFactory(ambassador=True))
    main = soup(client.get(cancel_url(registration))).select_one("main").get_text(" ")
    assert "personne suivante sur la liste d’attente" in main


def test_a_waiting_place_says_the_queue_position_is_lost(client, session, send_on_commit):
    people = ambassadors(3)
    registrations = [send_on_commit(services.register, session.pk, u) for u in people]
    client.force_login(people[2])
    main = soup(client.get(cancel_url(registrations[2]))).select_one("main")
    text = main.get_text(" ", strip=True)
    assert "Quitter la liste d’attente ?" in text
    assert "Vous perdrez votre position 1 sur la liste d’attente" in text
    assert main.find("button", string="Oui, annuler mon inscription")


def test_cancelling_promotes_the_next_and_says_the_session_is_full(client, session, send_on_commit):
    first, second, third = ambassadors(3)
    registrations = [
        send_on_commit(services.register, session.pk, u) for u in (first, second, third)
    ]
    mail.outbox.clear()
    client.force_login(first)
    response = send_on_commit(client.post, cancel_url(registrations[0]), {"next": DASHBOARD})
    assert response.status_code == 302
    assert response["Location"] == DASHBOARD
    statuses = dict(Registration.objects.values_list("user__username", "status"))
    assert statuses == {"amb0": "cancelled", "amb1": "confirmed", "amb2": "confirmed"}
    assert sorted(m.to[0] for m in mail.outbox) == sorted([first.email, third.email])
    # The dashboard says it, and that the waiting list is open if I change my mind.
    page = soup(client.get(DASHBOARD))
    alert = page.select_one(".messages .alert--success").get_text(" ", strip=True)
    assert "Votre inscription est annulée." in alert
    assert "complète" in alert and "liste d’attente reste ouverte" in alert
    link = page.select_one(".messages a")
    assert link["href"] == f"{session.training.url}#sessions"


def test_cancelling_while_seats_remain_offers_to_register_again(client, session, send_on_commit):
    (owner,) = ambassadors(1)
    registration = send_on_commit(services.register, session.pk, owner)
    client.force_login(owner)
    response = send_on_commit(client.post, cancel_url(registration), follow=True)
    assert response.redirect_chain[-1][0] == DASHBOARD
    alert = soup(response).select_one(".messages .alert--success")
    assert "Il reste 2 places si vous changez d’avis" in alert.get_text(" ")
    assert alert.select_one("a")["href"] == f"{session.training.url}#sessions"
    assert alert.select_one("a").get_text() == "vous réinscrire"
    # And the link works: the session takes the registration again.
    send_on_commit(client.post, f"/fr/espace-membre/sessions/{session.pk}/inscription/")
    assert Registration.objects.filter(user=owner, status="confirmed").count() == 1


def test_only_the_owner_sees_or_cancels(client, session, send_on_commit):
    owner, stranger = ambassadors(2)
    registration = send_on_commit(services.register, session.pk, owner)
    url = cancel_url(registration)
    assert client.get(url)["Location"].startswith("/fr/compte/login/")
    client.force_login(stranger)
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
    assert client.get("/fr/espace-membre/inscriptions/999999/annuler/").status_code == 404
    registration.refresh_from_db()
    assert registration.status == "confirmed"
    client.force_login(owner)
    assert client.put(url).status_code == 405


def test_an_already_cancelled_registration_says_so(client, session, send_on_commit):
    (owner,) = ambassadors(1)
    registration = send_on_commit(services.register, session.pk, owner)
    send_on_commit(services.cancel, registration.pk, owner)
    mail.outbox.clear()
    client.force_login(owner)
    response = client.get(cancel_url(registration))
    assert response.status_code == 200
    page = soup(response)
    assert "Cette inscription est déjà annulée" in page.select_one("h1").get_text()
    assert not page.select("main form")
    response = send_on_commit(client.post, cancel_url(registration))
    assert response.status_code == 302
    assert message_texts(response) == ["Cette inscription était déjà annulée : rien n’a changé."]
    assert mail.outbox == []


def test_a_started_session_offers_no_cancel_button(client, training, send_on_commit):
    (owner,) = ambassadors(1)
    session = TrainingSessionFactory(training=training, starts_in_days=1)
    registration = send_on_commit(services.register, session.pk, owner)
    session.starts_at = timezone.now() - datetime.timedelta(minutes=5)
    session.save()
    client.force_login(owner)
    page = soup(client.get(cancel_url(registration)))
    assert "ne peut plus être annulée en ligne" in page.select_one("main").get_text()
    assert not page.select("main form")
    response = client.post(cancel_url(registration))
    assert response.status_code == 302
    assert "ne peut plus être annulée en ligne" in message_texts(response)[0]
    registration.refresh_from_db()
    assert registration.status == "confirmed"


def test_next_goes_only_to_our_own_pages(client, session, send_on_commit):
    (owner,) = ambassadors(1)
    registration = send_on_commit(services.register, session.pk, owner)
    client.force_login(owner)
    for outside in ("https://evil.example/", "//evil.example/", "javascript:alert(1)"):
        page = soup(client.get(cancel_url(registration), {"next": outside}))
        assert page.find("a", string="Non, garder ma place")["href"] == DASHBOARD
        assert page.select_one("input[name=next]")["value"] == DASHBOARD
    page = soup(client.get(cancel_url(registration), {"next": session.training.url}))
    assert page.find("a", string="Non, garder ma place")["href"] == session.training.url
    response = send_on_commit(
        client.post, cancel_url(registration), {"next": "https://evil.example/"}
    )
    assert response["Location"] == DASHBOARD


def test_the_form_works_as_a_plain_post_with_its_csrf_token(session, send_on_commit):
    """No JavaScript: the browser sends the page's form as it is; without the token, no."""
    (owner,) = ambassadors(1)
    registration = send_on_commit(services.register, session.pk, owner)
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(owner)
    assert browser.post(cancel_url(registration)).status_code == 403
    form = soup(browser.get(cancel_url(registration))).select_one("main form")
    fields = {field["name"]: field.get("value", "") for field in form.select("input[name]")}
    response = send_on_commit(browser.post, form["action"], fields)
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.status == "cancelled"


def test_one_session_as_an_ics_file_for_its_owner_only(client, training, send_on_commit):
    owner, waiting, stranger = ambassadors(3)
    session = TrainingSessionFactory(training=training, capacity=1)
    send_on_commit(services.register, session.pk, owner)
    send_on_commit(services.register, session.pk, waiting)
    url = ics_url(session)
    assert client.get(url)["Location"].startswith("/fr/compte/login/")
    client.force_login(owner)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    (event,) = Calendar.from_ical(response.content).walk("VEVENT")
    assert event.decoded("dtstart") == session.starts_at
    assert str(event.decoded("dtstart").tzinfo) == "Europe/Paris"
    assert event.decoded("dtend") == session.ends_at
    assert str(event["summary"]) == "Écoute active"
    assert session.place in str(event["location"])
    # On the dashboard: one link per seat.
    links = soup(client.get(DASHBOARD)).select(f".registration a[href='{url}']")
    assert [link.get_text(" ", strip=True) for link in links] == [
        "Ajouter à mon agenda : Écoute active"
    ]
    # Not for a waiting place, a stranger, or a session that does not exist.
    client.force_login(waiting)
    assert client.get(url).status_code == 404
    assert not soup(client.get(DASHBOARD)).select(f"a[href='{url}']")
    client.force_login(stranger)
    assert client.get(url).status_code == 404
    assert client.get("/fr/espace-membre/sessions/999999/agenda.ics").status_code == 404


@pytest.mark.parametrize("session_id", ["99999999999999999999", str(2**63), "9" * 400])
def test_a_session_id_past_what_a_database_stores_is_a_404(client, ambassador, session_id):
    """The lookup went through ``session_id=``: SQLite's OverflowError, a 500 (found by
    tests/fuzz)."""
    client.force_login(ambassador)
    assert client.get(f"/fr/espace-membre/sessions/{session_id}/agenda.ics").status_code == 404


def test_the_confirmation_email_links_to_the_ics_file(session, send_on_commit):
    (owner,) = ambassadors(1)
    send_on_commit(services.register, session.pk, owner)
    (message,) = mail.outbox
    assert f"http://testserver{ics_url(session)}" in message.body
    ((filename, _content, mimetype),) = message.attachments
    assert (filename, mimetype) == ("formation.ics", "text/calendar")


def test_the_dashboard_offers_to_subscribe_and_to_copy(client, home, ambassador):
    client.force_login(ambassador)
    page = soup(client.get(DASHBOARD))
    token = Profile.objects.get(user=ambassador).calendar_token
    feed = f"testserver/fr/espace-membre/calendrier/{token}.ics"
    block = page.select_one(".calendar-feed")
    subscribe = block.select_one("a[href^='webcal://']")
    assert subscribe["href"] == f"webcal://{feed}"
    assert subscribe.get_text(" ", strip=True).startswith("S’abonner")
    field = block.select_one("[data-copy] input[readonly][data-copy-source]")
    assert field["value"] == f"http://{feed}"
    assert block.select_one(f"label[for='{field['id']}']")
    assert block.select_one("[data-copy]")["data-copy-label"] == "Copier"
    assert block.select_one("[data-copy-status][aria-live=polite]")
    # No button without JavaScript: copy.js adds it where the browser can copy.
    assert not block.select("[data-copy] button")
    assert block.select_one("script[src$='js/copy.js']")
    help_text = block.select_one("details").get_text(" ", strip=True)
    assert "Android (Google Agenda)" in help_text and "iPhone (Calendrier d’Apple)" in help_text
    # Behind a secure connection, the address to copy is https and the link webcal.
    page = soup(client.get(DASHBOARD, secure=True))
    assert page.select_one("[data-copy-source]")["value"] == f"https://{feed}"
    assert page.select_one(".calendar-feed a[href^='webcal:']")["href"] == f"webcal://{feed}"


@pytest.mark.parametrize(
    ("language", "day", "fmt", "expected"),
    [
        ("fr", datetime.date(2026, 12, 1), "j F Y", "1er décembre 2026"),
        ("fr", datetime.date(2026, 12, 1), "l j F Y", "mardi 1er décembre 2026"),
        ("fr", datetime.date(2026, 12, 2), "j F Y", "2 décembre 2026"),
        ("fr", datetime.date(2026, 12, 1), r"\j j", "j 1er"),
        ("en", datetime.date(2026, 12, 1), "j F Y", "1 December 2026"),
        ("ar", datetime.date(2026, 12, 1), "j F Y", "1 ديسمبر 2026"),
    ],
)
def test_the_first_of_the_month_in_french(language, day, fmt, expected):
    with override(language):
        assert long_date(day, fmt) == expected
        rendered = Template("{% load date_tags %}{{ day|long_date:fmt }}").render(
            Context({"day": day, "fmt": fmt})
        )
        assert rendered == expected


def test_the_filter_shows_a_datetime_in_paris_and_survives_bad_input():
    late = datetime.datetime(2026, 11, 30, 23, 30, tzinfo=datetime.UTC)  # 1 Dec in Paris
    template = Template('{% load date_tags %}{{ value|long_date:"j F Y" }}')
    with override("fr"):
        assert template.render(Context({"value": late})) == "1er décembre 2026"
        assert template.render(Context({"value": None})) == ""
        assert template.render(Context({"value": "pas une date"})) == ""


def test_the_attestation_writes_the_first_of_the_month(home, ambassador, training):
    session = TrainingSessionFactory(
        training=training,
        starts_at=datetime.datetime(2026, 12, 1, 9, tzinfo=PARIS),
        ends_at=datetime.datetime(2026, 12, 1, 12, tzinfo=PARIS),
    )
    RegistrationFactory(session=session, user=ambassador, attended=True)
    content = attestation.build(
        ambassador, attestation.attended(ambassador), today=datetime.date(2027, 1, 1)
    )
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    text = " ".join(text.split())
    assert "1er décembre 2026" in text
    assert "Fait à Lille, le 1er janvier 2027." in text
