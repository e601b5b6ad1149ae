"""The coordinator accepts or declines applications in the Wagtail admin."""

import datetime

from django.core import mail
from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from members.models import Application, Profile
from members.roles import Role
from tests.factories import pole

from ..factories import ApplicationFactory, MemberFactory

pytestmark = pytest.mark.django_db


def decide_url(application):
    return f"/admin/applications/decide/{application.pk}/"


@pytest.fixture
def application(db):
    return ApplicationFactory(
        user=MemberFactory(username="nadia", last_name="Benali", roles=[Role.APPLICANT]),
        pole=pole("fives"),
        phone="06 12 34 56 78",
        languages=["fr", "ar"],
        language="ar",
    )


def test_the_coordinator_sees_the_applications(client, coordinator, application):
    client.force_login(coordinator)
    response = client.get("/admin/applications/")
    assert response.status_code == 200
    assert "Nadia Benali" in response.content.decode()
    response = client.get(decide_url(application))
    assert response.status_code == 200
    text = BeautifulSoup(response.content, "html.parser").get_text(" ")
    assert "06 12 34 56 78" in text
    assert "arabe" in text


def test_accepting_makes_an_ambassador_and_tells_them_in_their_language(
    client, coordinator, application, send_on_commit
):
    client.force_login(coordinator)
    response = send_on_commit(
        client.post, decide_url(application), {"decision": "approved", "message": "Bienvenue !"}
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == Application.Status.APPROVED
    assert application.decided_by == coordinator
    user = application.user
    assert set(user.groups.values_list("role__role", flat=True)) == {Role.AMBASSADOR}
    profile = Profile.objects.get(user=user)
    assert (profile.pole, profile.phone, profile.language) == (
        pole("fives"),
        "06 12 34 56 78",
        "ar",
    )
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [user.email]
    # Written in Arabic: the application was sent from the Arabic site.
    assert any("\u0600" <= char <= "\u06ff" for char in message.subject)
    assert "Bienvenue !" in message.body
    assert "http://testserver/ar/member-area/" in message.body


def test_declining_needs_a_message(client, coordinator, application, send_on_commit):
    client.force_login(coordinator)
    response = send_on_commit(client.post, decide_url(application), {"decision": "declined"})
    assert response.status_code == 200
    assert "Expliquez en quelques mots pourquoi." in response.content.decode()
    application.refresh_from_db()
    assert application.status == Application.Status.PENDING
    assert mail.outbox == []

    send_on_commit(
        client.post,
        decide_url(application),
        {"decision": "declined", "message": "Le programme est complet cette année."},
    )
    application.refresh_from_db()
    assert application.status == Application.Status.DECLINED
    assert set(application.user.groups.values_list("role__role", flat=True)) == {Role.APPLICANT}
    assert "Le programme est complet cette année." in mail.outbox[0].body


def test_an_application_is_decided_once(client, coordinator, application, send_on_commit):
    client.force_login(coordinator)
    send_on_commit(client.post, decide_url(application), {"decision": "approved"})
    response = send_on_commit(
        client.post, decide_url(application), {"decision": "declined", "message": "Non."}
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == Application.Status.APPROVED
    assert len(mail.outbox) == 1


def test_a_bad_decision_value_is_refused(client, coordinator, application):
    client.force_login(coordinator)
    response = client.post(decide_url(application), {"decision": "maybe"})
    assert response.status_code == 200
    application.refresh_from_db()
    assert application.status == Application.Status.PENDING


def test_a_referent_reads_the_applications_of_their_pole_only(
    client, referent, other_referent, application
):
    client.force_login(referent)
    assert client.get(f"/admin/applications/inspect/{application.pk}/").status_code == 200
    assert "Benali" in client.get("/admin/applications/").content.decode()
    # …and may not decide: the admin sends them back to its home page.
    response = client.post(decide_url(application), {"decision": "approved"})
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    client.force_login(other_referent)
    assert client.get(f"/admin/applications/inspect/{application.pk}/").status_code == 404
    assert "Benali" not in client.get("/admin/applications/").content.decode()


def test_editors_and_ambassadors_see_no_application(client, editor, ambassador, application):
    client.force_login(editor)
    for url in ("/admin/applications/", decide_url(application)):
        response = client.get(url)
        # The admin refuses and sends them back to its home page.
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    response = client.post(decide_url(application), {"decision": "approved"})
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    client.force_login(ambassador)
    # Ambassadors never enter the Wagtail admin: they are sent to the login.
    for url in ("/admin/", decide_url(application)):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/fr/compte/login/")
    application.refresh_from_db()
    assert application.status == Application.Status.PENDING


@pytest.fixture
def unverified(db):
    return ApplicationFactory(
        user=MemberFactory(
            username="karim", last_name="Haddad", roles=[Role.APPLICANT], unverified=True
        ),
        pole=pole("fives"),
        unverified=True,
        created_at=timezone.make_aware(datetime.datetime(2026, 11, 3, 18, 45)),
    )


def test_an_unverified_address_is_explained_with_no_decision_to_take(
    client, coordinator, unverified, application, send_on_commit
):
    client.force_login(coordinator)
    response = client.get(decide_url(unverified))
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    text = " ".join(page.select_one("main").get_text(" ").split())
    assert "L'adresse e-mail n'est pas encore vérifiée : la personne" in text
    assert "Le message de vérification lui a été envoyé le 3 novembre 2026 18:45" in text
    # No decision form: no radio, no message field, no submit button, and no resend
    # button either (the applicant asks for a new message by trying to sign in).
    main = page.select_one("main")
    assert main.select("input[name=decision], textarea[name=message]") == []
    assert main.select("form[method=post], button[type=submit]") == []
    assert main.find("a", string="Revenir aux candidatures")["href"] == "/admin/applications/"
    # A forged decision is still refused by the service, and nothing is sent.
    response = send_on_commit(
        client.post, decide_url(unverified), {"decision": "approved", "message": ""}
    )
    assert response.status_code == 200
    assert "pas encore vérifié son adresse" in response.content.decode()
    unverified.refresh_from_db()
    assert unverified.is_pending and unverified.decided_at is None
    assert set(unverified.user.groups.values_list("role__role", flat=True)) == {Role.APPLICANT}
    assert mail.outbox == []
    # A verified application has its decision form.
    page = BeautifulSoup(client.get(decide_url(application)).content, "html.parser")
    assert page.select("main input[name=decision]")
    assert "pas encore vérifiée :" not in page.get_text()
