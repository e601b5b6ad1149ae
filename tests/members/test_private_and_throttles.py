"""Member pages are never cached (private, no-store); the throttles count the client's IP
behind our proxies (TRUSTED_PROXY_COUNT) and not a forged X-Forwarded-For; wrong passwords
at the account's deletion are throttled per account and per IP."""

import time
from types import SimpleNamespace

from django.contrib.auth import get_user_model

import pytest
from allauth.core.internal import ratelimit

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db

LOGIN = "/fr/compte/login/"
MY_DATA = "/fr/espace-membre/mes-donnees/"


def private(response):
    directives = {part.strip() for part in response.get("Cache-Control", "").split(",")}
    return {"private", "no-store"} <= directives


@pytest.mark.parametrize(
    "url", ["/fr/compte/login/", "/en/account/login/", "/fr/compte/password/reset/"]
)
def test_the_account_pages_are_private_for_everyone(client, home, url):
    response = client.get(url)
    assert response.status_code == 200
    assert private(response)


def test_the_member_area_is_private_even_when_it_sends_strangers_away(client, home):
    response = client.get("/fr/espace-membre/")
    assert response.status_code == 302
    assert private(response)


def test_a_public_page_is_not_marked_for_strangers(client, home):
    response = client.get("/fr/")
    assert response.status_code == 200
    assert "Cache-Control" not in response


def test_the_members_pages_are_private_but_public_pages_are_left_alone(client, home, ambassador):
    client.force_login(ambassador)
    for url in ("/fr/espace-membre/", MY_DATA, "/ar/member-area/", "/fr/compte/email/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert private(response), url
    # The personal export keeps its own header.
    assert private(client.get(MY_DATA + "?format=json"))
    assert "Cache-Control" not in client.get("/fr/")


def test_the_admin_keeps_its_own_headers(client, home, settings):
    settings.MEMBERS_REQUIRE_SECOND_FACTOR = False
    admin = get_user_model().objects.create_superuser("root", "root@example.org", PASSWORD)
    client.force_login(admin)
    response = client.get("/admin/pages/")
    assert response.status_code in (200, 302)
    assert response.status_code == 200
    # Wagtail's own never_cache, not ours (which would say the same).


def fail_logins(client, count, **headers):
    """For each failed login, 429 if it was throttled (allauth answers 200 with its message)."""
    statuses = []
    for attempt in range(count):
        response = client.post(
            LOGIN, {"login": f"nobody{attempt}@example.org", "password": "wrong"}, **headers
        )
        throttled = "Trop de tentatives de connexion" in response.content.decode()
        statuses.append(429 if throttled else response.status_code)
    return statuses


def test_behind_one_proxy_two_clients_are_counted_separately(client, home, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    first = {"HTTP_X_FORWARDED_FOR": "203.0.113.7", "REMOTE_ADDR": "10.0.0.1"}
    second = {"HTTP_X_FORWARDED_FOR": "198.51.100.9", "REMOTE_ADDR": "10.0.0.1"}
    assert 429 not in fail_logins(client, 20, **first)
    assert fail_logins(client, 1, **first) == [429]
    assert fail_logins(client, 1, **second) == [200]


def test_without_a_trusted_proxy_a_forged_header_is_ignored(client, home, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    assert 429 not in fail_logins(client, 20, HTTP_X_FORWARDED_FOR="203.0.113.7")
    assert fail_logins(client, 1, HTTP_X_FORWARDED_FOR="198.51.100.9") == [429]


def erase(client, password):
    return client.post(MY_DATA, {"password": password, "confirm": "on"})


def test_wrong_passwords_lock_the_deletion_of_that_account_only(
    client, home, ambassador, other_ambassador, monkeypatch
):
    client.force_login(ambassador)
    for _attempt in range(5):
        response = erase(client, "wrong")
        assert response.status_code == 200
        assert "pas le bon" in response.content.decode()
    # The sixth is refused without being checked, and so is the right password.
    checked = []
    original = type(ambassador).check_password
    monkeypatch.setattr(
        type(ambassador),
        "check_password",
        lambda user, raw: checked.append(raw) or original(user, raw),
    )
    for password in ("wrong", PASSWORD, ""):
        response = erase(client, password)
        assert response.status_code == 429
        assert "bloquée pendant 15 minutes" in response.content.decode()
    assert checked == []
    assert get_user_model().objects.filter(pk=ambassador.pk).exists()
    # Another account is not affected.
    other = client_for(other_ambassador)
    response = other.post(MY_DATA, {"password": "wrong", "confirm": "on"})
    assert response.status_code == 200
    # Once the window has passed, the right password deletes the account.
    later = time.time() + 15 * 60 + 1
    monkeypatch.setattr(
        ratelimit, "time", SimpleNamespace(time=lambda: later, monotonic=time.monotonic)
    )
    response = erase(client, PASSWORD)
    assert response.status_code == 302
    assert not get_user_model().objects.filter(pk=ambassador.pk).exists()


def client_for(user):
    from django.test import Client

    other = Client()
    other.force_login(user)
    return other
