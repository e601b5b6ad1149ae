"""Accounts: e-mail login, throttling, the second factor for coordinators, the admin's
login going through ours, e-mails sent only when the work commits."""

from django.core import mail
from django.db import transaction

import pytest

from members import emails
from members.roles import Role

from .conftest import PASSWORD
from .factories import MemberFactory

pytestmark = pytest.mark.django_db

LOGIN = "/fr/compte/login/"


def test_members_sign_in_with_their_email_address(client, home, ambassador):
    response = client.post(LOGIN, {"login": ambassador.email, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/fr/espace-membre/"
    assert client.get("/fr/espace-membre/").status_code == 200


def test_an_unverified_address_cannot_sign_in(client, home, send_on_commit):
    user = MemberFactory(username="new", roles=[Role.APPLICANT], unverified=True)
    response = send_on_commit(client.post, LOGIN, {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    assert "/compte/confirm-email/" in response["Location"]
    assert client.get("/fr/espace-membre/").status_code == 302
    assert [m.to for m in mail.outbox] == [[user.email]]


def test_failed_logins_are_throttled(client, home, ambassador):
    for _attempt in range(5):
        response = client.post(LOGIN, {"login": ambassador.email, "password": "wrong"})
        assert response.status_code == 200
    # The right password no longer opens the door for a while.
    response = client.post(LOGIN, {"login": ambassador.email, "password": PASSWORD})
    assert response.status_code == 429 or (
        response.status_code == 200 and "_auth_user_id" not in client.session
    )
    assert "_auth_user_id" not in client.session


def test_the_wagtail_login_page_leads_to_ours(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/compte/login/?next=%2Fadmin%2Fpages%2F"
    response = client.get("/admin/login/?next=https://elsewhere.example/")
    assert response["Location"] == "/fr/compte/login/?next=%2Fadmin%2F"


def test_the_admin_sends_strangers_to_the_login(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/fr/compte/login/")


def test_a_coordinator_sets_up_a_second_factor_before_reaching_member_data(client, home):
    # Not the ``coordinator`` trait: this one has no second factor yet.
    coordinator = MemberFactory(username="claire", roles=[Role.COORDINATOR], is_staff=True)
    client.post(LOGIN, {"login": coordinator.email, "password": PASSWORD})
    for url in ["/admin/", "/admin/applications/", "/fr/espace-membre/"]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"] == "/fr/compte/2fa/totp/activate/"
    # The set-up page stays reachable (allauth asks for the password again first), and
    # so does the public site.
    activate = "/fr/compte/2fa/totp/activate/"
    response = client.get(activate)
    assert response["Location"].startswith("/fr/compte/reauthenticate/")
    client.post(response["Location"], {"password": PASSWORD})
    response = client.get(activate)
    assert response.status_code == 200
    assert response.context["form"].secret  # the key to add to the authenticator app
    assert client.get("/fr/").status_code == 200


def test_with_a_second_factor_the_coordinator_works(client, coordinator):
    client.force_login(coordinator)
    assert client.get("/admin/applications/").status_code == 200


def test_editors_are_not_forced_to_a_second_factor(client, editor):
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200


def test_an_email_for_work_that_rolled_back_is_never_sent(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                emails.send(
                    "people/application_decided",
                    "someone@example.org",
                    {"application": None, "approved": True, "dashboard_url": "/"},
                    "fr",
                )
                raise RuntimeError("the work failed")
        except RuntimeError:
            pass
        with transaction.atomic():
            emails.send(
                "people/application_decided",
                "other@example.org",
                {"application": None, "approved": True, "dashboard_url": "/"},
                "fr",
            )
    assert [m.to for m in mail.outbox] == [["other@example.org"]]


def test_a_session_ends_with_the_browser_unless_the_member_asks_to_stay(client, home, ambassador):
    client.post(LOGIN, {"login": ambassador.email, "password": PASSWORD})
    assert client.session.get_expire_at_browser_close()
    client.logout()
    client.post(LOGIN, {"login": ambassador.email, "password": PASSWORD, "remember": "on"})
    assert not client.session.get_expire_at_browser_close()
    assert client.session.get_expiry_age() == 7 * 24 * 3600


def test_a_forgotten_password_is_reset_from_the_email(client, home, ambassador, send_on_commit):
    import re

    response = send_on_commit(
        client.post, "/fr/compte/password/reset/", {"email": ambassador.email}
    )
    assert response.status_code == 302
    (message,) = mail.outbox
    assert message.to == [ambassador.email]
    link = re.search(r"http://testserver(/fr/compte/password/reset/key/\S+/)", message.body)[1]
    form_url = client.get(link)["Location"]
    new_password = "un-nouveau-mot-de-passe-2026"
    response = client.post(form_url, {"password1": new_password, "password2": new_password})
    assert response.status_code == 302
    client.logout()
    response = client.post(LOGIN, {"login": ambassador.email, "password": new_password})
    assert response["Location"] == "/fr/espace-membre/"


def test_an_unknown_address_is_not_revealed_by_the_reset_form(client, home, send_on_commit):
    response = send_on_commit(
        client.post, "/fr/compte/password/reset/", {"email": "nobody@example.org"}
    )
    assert response.status_code == 302
    assert mail.outbox == []
