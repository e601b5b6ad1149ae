"""The contact page's form: a message is stored and e-mailed to whoever answers it, the
visitor reads the confirmation in their language; throttles, the robots' trap and hostile
input refuse without storing anything and without a 500."""

from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
from bs4 import BeautifulSoup

from members.contact.models import ContactMessage
from pages.models import Pole
from tests.factories import pole

from ..factories import MemberFactory

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_the_page_shows_the_address_and_the_form(client, contact_page):
    response = client.get(contact_page.url)
    assert response.status_code == 200
    page = soup(response)
    assert "Place Augustin-Laurent" in page.select_one(".sheet__card").get_text()
    form = page.select_one("form.member-form")
    names = {field["name"] for field in form.select("input, textarea, select")}
    assert {"csrfmiddlewaretoken", "name", "email", "phone", "topic", "message"} <= names
    options = [option["value"] for option in form.select("select[name=topic] option")]
    assert options[0] == "coordination"
    assert {f"pole-{code}" for code in Pole.objects.values_list("code", flat=True)} <= set(options)
    assert {"trainings", "funding"} <= set(options)
    # The trap: hidden from screen readers, out of the tab order, labelled for people.
    trap = form.select_one(".contact__trap")
    assert trap["aria-hidden"] == "true"
    assert trap.select_one("input[name=website]")["tabindex"] == "-1"


def test_a_message_to_the_coordination_is_stored_emailed_and_confirmed(
    client, contact_page, coordinator, sent
):
    response = sent(contact_page)
    assert response.status_code == 302
    assert response["Location"] == f"{contact_page.url}?envoye=1#contact-confirmation"
    stored = ContactMessage.objects.get()
    assert (stored.name, stored.email, stored.topic, stored.pole) == (
        "Nadia Benali",
        "nadia@example.org",
        "coordination",
        None,
    )
    assert stored.language == "fr" and not stored.handled
    # One e-mail, to the coordination only (no copy to the visitor), in French.
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == [coordinator.email]
    assert email.reply_to == ["nadia@example.org"]
    assert email.subject == (
        "[Ambassadeurs santé] Message reçu par la page de contact : La coordination du programme"
    )
    assert "\n" not in email.subject
    assert "Nadia Benali a écrit par la page de contact" in email.body
    assert "prochaine formation" in email.body
    assert f"/admin/messages-recus/inspect/{stored.pk}/" in email.body
    assert not email.alternatives  # plain text only
    # The confirmation, on the same page.
    page = soup(client.get(response["Location"]))
    confirmation = page.select_one("#contact-confirmation")
    assert "Merci, votre message est bien arrivé" in confirmation.get_text()
    assert "3 jours ouvrés" in confirmation.get_text()
    assert page.select_one("form.member-form") is None


def test_a_message_to_a_pole_goes_to_its_referents(
    client, contact_page, coordinator, referent, other_referent, sent
):
    assert sent(contact_page, topic="pole-fives").status_code == 302
    stored = ContactMessage.objects.get()
    assert (stored.topic, stored.pole) == ("pole", pole("fives"))
    assert [email.to for email in mail.outbox] == [[referent.email]]
    assert "Pôle Fives" in mail.outbox[0].subject


def test_a_pole_without_referent_sends_to_the_coordination(
    client, contact_page, coordinator, referent, sent
):
    sent(contact_page, topic="pole-wazemmes", email="", phone="06 12 34 56 78")
    stored = ContactMessage.objects.get()
    assert stored.phone == "06 12 34 56 78" and stored.email == ""
    assert [email.to for email in mail.outbox] == [[coordinator.email]]
    assert mail.outbox[0].reply_to == []


@pytest.mark.parametrize(
    ("language", "heading", "days"),
    [
        ("en", "Thank you, your message has arrived", "3 working days"),
        ("ar", "شكرًا، وصلت رسالتكم", "3"),
    ],
)
def test_the_confirmation_is_in_the_visitors_language(
    client, contact_pages, coordinator, sent, language, heading, days
):
    page = contact_pages[language]
    response = sent(page)
    assert response.status_code == 302
    assert ContactMessage.objects.get().language == language
    # The coordination reads French whatever the visitor's language.
    assert "a écrit par la page de contact" in mail.outbox[0].body
    html = client.get(response["Location"])
    assert html.status_code == 200
    text = soup(html).select_one("#contact-confirmation").get_text()
    if heading_translated(language):
        assert heading in text and days in text
    assert soup(html).html["lang"] == language


def heading_translated(language):
    """The catalogues are merged at the end of the work: until then the French shows."""
    from django.utils import translation

    with translation.override(language):
        return translation.gettext("Merci, votre message est bien arrivé") != (
            "Merci, votre message est bien arrivé"
        )


def test_a_form_with_mistakes_keeps_what_was_typed(client, contact_page, coordinator, sent):
    response = sent(contact_page, email="", phone="", message="Mon message important")
    assert response.status_code == 200
    page = soup(response)
    summary = page.select_one(".error-summary").get_text()
    assert "adresse e-mail ou un numéro de téléphone" in summary
    assert page.select_one("input[name=name]")["value"] == "Nadia Benali"
    assert page.select_one("textarea[name=message]").get_text().strip() == "Mon message important"
    assert page.select_one("input[name=email]")["aria-invalid"] == "true"
    assert not ContactMessage.objects.exists() and not mail.outbox


def test_the_errors_are_in_the_visitors_language(client, contact_pages, coordinator, sent):
    response = sent(contact_pages["en"], name="", email="pas-une-adresse")
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == "en"
    assert page.select_one(".error-summary")
    assert not ContactMessage.objects.exists()


def test_the_robots_trap_looks_sent_but_stores_nothing(
    client, contact_page, coordinator, sent, caplog
):
    with caplog.at_level("INFO", logger="members.contact.page"):
        response = sent(contact_page, website="https://spam.example/")
    assert response.status_code == 302
    assert response["Location"].endswith("?envoye=1#contact-confirmation")
    assert not ContactMessage.objects.exists()
    assert not mail.outbox
    assert len([r for r in caplog.records if "hidden field" in r.getMessage()]) == 1


def test_three_messages_an_hour_from_one_address(client, contact_page, coordinator, sent):
    for number in range(3):
        assert sent(contact_page, ip=f"198.51.100.{number}").status_code == 302
    response = sent(contact_page, ip="198.51.100.9", message="Un quatrième message")
    assert response.status_code == 429
    assert (
        "plusieurs messages dans l'heure" in soup(response).select_one(".error-summary").get_text()
    )
    assert soup(response).select_one("textarea[name=message]").get_text().strip() == (
        "Un quatrième message"
    )
    assert ContactMessage.objects.count() == 3 and len(mail.outbox) == 3
    # The same phone number counts as one address too.
    for number in range(3):
        sent(contact_page, ip=f"192.0.2.{number}", email="", phone="07 00 00 00 01")
    response = sent(contact_page, ip="192.0.2.9", email="", phone="+33 7 00 00 00 01")
    assert response.status_code == 429
    assert ContactMessage.objects.count() == 6


def test_five_messages_an_hour_from_one_ip(client, contact_page, coordinator, sent):
    for number in range(5):
        assert sent(contact_page, email=f"personne{number}@example.org").status_code == 302
    response = sent(contact_page, email="sixieme@example.org")
    assert response.status_code == 429
    assert ContactMessage.objects.count() == 5 and len(mail.outbox) == 5
    # A form with mistakes is not counted, and another IP may still write.
    assert sent(contact_page, email="autre@example.org", ip="203.0.113.99").status_code == 302


NASTY = [
    {"name": "\x00"},
    {"name": "Na\x00dia"},
    {"message": "\x00\x00\x00"},
    {"message": "a" * 100_000},
    {"message": "é" * 5001},
    {"email": "nadia@example.org\x00"},
    {"email": "nadia@example.org\r\nBcc: victim@example.org"},
    {"email": "a" * 300 + "@example.org"},
    {"email": "<script>@example.org"},
    {"phone": "\x00"},
    {"phone": "06" * 40},
    {"phone": "+" + "9" * 29},
    {"name": "\u200f\u200e\u202e", "message": "\u202e\u200f"},
    {"name": "\u202eNadia\u202c", "message": "\u200fمرحبا، أريد أن أعرف المزيد\u200f"},  # noqa: RUF001
    {"name": " ", "message": " \n\t "},
    {"name": None},
    {"email": None, "phone": None},
    {"message": None},
    {"topic": None},
    {"topic": "pole-inconnu"},
    {"topic": "pole"},
    {"topic": "pole-"},
    {"topic": "\x00"},
    {"topic": ["coordination", "funding"]},
    {"name": ["Nadia", "Autre"]},
    {"message": "<script>alert(1)</script>{{ 7*7 }}{% now 'Y' %}"},
    {"name": "Robert'); DROP TABLE members_contactmessage;--"},
    {"name": "x" * 10_000},
    {"csrfmiddlewaretoken": "faux"},
]


@pytest.mark.parametrize("fields", NASTY, ids=range(len(NASTY)))
def test_hostile_input_never_breaks_the_page(client, contact_page, coordinator, sent, fields):
    response = sent(contact_page, **fields)
    assert response.status_code in (200, 302, 400), response.status_code
    if response.status_code == 200:
        assert soup(response).select_one(".error-summary")
    for stored in ContactMessage.objects.all():
        assert "\x00" not in stored.name + stored.message + stored.email + stored.phone
        assert len(stored.message) <= 5000
        assert stored.name.strip()


def test_bytes_that_are_not_utf8_are_refused_or_replaced(client, contact_page, coordinator):
    body = (
        b"name=%ED%A0%80%FF&email=n%40example.org&topic=coordination"
        b"&message=%C0%AFBonjour%ED%A0%80&website="
    )
    response = client.post(contact_page.url, body, content_type="application/x-www-form-urlencoded")
    assert response.status_code in (200, 302, 400)
    # A JSON body is no form: the page answers with its errors.
    response = client.post(
        contact_page.url, {"name": ["a", {"b": 1}]}, content_type="application/json"
    )
    assert response.status_code == 200
    assert soup(response).select_one(".error-summary")
    assert not ContactMessage.objects.filter(name="a").exists()


def test_the_form_needs_its_csrf_token(contact_page, coordinator):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post(
        contact_page.url,
        {"name": "Nadia", "email": "n@example.org", "topic": "coordination", "message": "Bonjour"},
    )
    assert response.status_code == 403
    assert not ContactMessage.objects.exists()


def test_the_page_costs_the_same_queries_whatever_the_content(client, contact_page, coordinator):
    client.get(contact_page.url)  # warm the caches (menus, footer, site)

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(contact_page.url).status_code == 200
        return len(queries)

    before = count()
    for number in range(5):
        Pole.objects.create(code=f"nouveau-{number}", name=f"Nouveau {number}", sort_order=90)
        ContactMessage.objects.create(
            name="Quelqu'un", email="q@example.org", topic="coordination", message="Bonjour"
        )
    MemberFactory(referent=True, referent_of=["fives"])
    # A pôle's edit rebuilds the pages (pages/apps.py): warm the caches again.
    client.get(contact_page.url)
    assert count() == before
    assert before <= 9, before  # as a standard page: the pôles come from the cache
