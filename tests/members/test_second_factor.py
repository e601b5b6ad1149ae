"""The second factor (TOTP) is asked of every account that reaches member data or the
admin's member tools: superusers, and whoever holds one of
``MEMBERS_SECOND_FACTOR_PERMISSIONS``. Group names play no part."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.test import override_settings

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)
from allauth.mfa.utils import decrypt

pytestmark = pytest.mark.django_db

PASSWORD = "mot-de-passe-de-test"
LOGIN = "/fr/compte/login/"
SET_UP = "/fr/compte/2fa/totp/activate/"
PRODUCTION_LIST = [
    "members.decide_application",
    "members.view_application",
    "members.take_attendance",
]


def account(username, *permissions, superuser=False):
    """A verified account holding exactly ``permissions`` ("app_label.codename")."""
    User = get_user_model()
    make = User.objects.create_superuser if superuser else User.objects.create_user
    user = make(username=username, email=f"{username}@example.org", password=PASSWORD)
    if not superuser:
        user.is_staff = True
        user.save(update_fields=["is_staff"])
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    for permission in permissions:
        user.user_permissions.add(permission_named(permission))
    return user


def permission_named(name):
    app_label, codename = name.split(".")
    if app_label == "wagtailadmin":
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)
    existing = Permission.objects.filter(
        content_type__app_label=app_label, codename=codename
    ).first()
    if existing:
        return existing
    # Not created yet by a migration (take_attendance): hang it on the registrations.
    permission, _created = Permission.objects.get_or_create(
        codename=codename,
        content_type=ContentType.objects.get(app_label="members", model="registration"),
        defaults={"name": codename.replace("_", " ")},
    )
    return permission


def with_totp(user):
    return TOTP.activate(user, generate_totp_secret())


def valid_codes(totp):
    """The codes the authenticator app may show right now (allauth's tolerance)."""
    secret = decrypt(totp.instance.data["secret"])
    return [
        format_hotp_value(hotp_value(secret, counter))
        for counter in yield_hotp_counters_from_time()
    ]


def test_a_superuser_without_a_second_factor_is_sent_to_set_it_up(client):
    client.force_login(account("root", superuser=True))
    for url in ["/admin/", "/admin/applications/", "/admin/pages/", "/fr/espace-membre/"]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"] == SET_UP, url


def test_a_superuser_with_a_second_factor_works(client):
    user = account("root", superuser=True)
    with_totp(user)
    client.force_login(user)
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/applications/").status_code == 200


def test_whoever_may_decide_applications_needs_it_whatever_their_groups(client):
    client.force_login(
        account("decideur", "wagtailadmin.access_admin", "members.decide_application")
    )
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == SET_UP


@pytest.mark.parametrize("permission", PRODUCTION_LIST)
def test_in_production_referents_need_it_too(client, permission):
    client.force_login(account("referente", "wagtailadmin.access_admin", permission))
    with override_settings(MEMBERS_SECOND_FACTOR_PERMISSIONS=PRODUCTION_LIST):
        response = client.get("/admin/")
        assert response.status_code == 302
        assert response["Location"] == SET_UP
        response = client.get("/fr/espace-membre/")
        assert response["Location"] == SET_UP


def test_in_the_tests_referents_work_without_it(client):
    client.force_login(account("referente", "wagtailadmin.access_admin", "members.take_attendance"))
    assert client.get("/admin/").status_code == 200


def test_the_shipped_lists():
    from portal.settings import base, test

    assert base.MEMBERS_SECOND_FACTOR_PERMISSIONS == PRODUCTION_LIST
    assert test.MEMBERS_SECOND_FACTOR_PERMISSIONS == ["members.decide_application"]
    assert base.MEMBERS_REQUIRE_SECOND_FACTOR is True


def test_people_without_those_permissions_are_left_alone(client):
    client.force_login(account("redactrice", "wagtailadmin.access_admin"))
    with override_settings(MEMBERS_SECOND_FACTOR_PERMISSIONS=PRODUCTION_LIST):
        assert client.get("/admin/").status_code == 200


def test_the_setting_turns_it_off_for_development(client):
    client.force_login(account("root", superuser=True))
    with override_settings(MEMBERS_REQUIRE_SECOND_FACTOR=False):
        assert client.get("/admin/").status_code == 200


def test_set_up_logout_and_static_files_stay_reachable(client, home):
    user = account("root", superuser=True)
    client.force_login(user)
    # The set-up page asks for the password first (allauth), then shows the key.
    response = client.get(SET_UP, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0].startswith("/fr/compte/reauthenticate/")
    client.post(response.redirect_chain[-1][0], {"password": PASSWORD})
    response = client.get(SET_UP)
    assert response.status_code == 200
    assert response.context["form"].secret
    assert client.get("/static/css/portal.css").status_code == 200
    assert client.get("/fr/").status_code == 200
    # Both logouts work: allauth's and the admin's.
    assert client.get("/fr/compte/logout/").status_code == 200
    response = client.post("/admin/logout/")
    assert response.status_code == 302
    assert response["Location"] != SET_UP
    assert "_auth_user_id" not in client.session
    client.force_login(user)
    client.post("/fr/compte/logout/")
    assert "_auth_user_id" not in client.session


def test_the_login_asks_for_the_code_of_an_account_that_has_one(client, home):
    user = account("root", superuser=True)
    totp = with_totp(user)
    response = client.post(LOGIN, {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/fr/compte/2fa/authenticate/"
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/")["Location"].startswith(LOGIN)
    codes = valid_codes(totp)
    wrong = next(code for code in ("000000", "111111", "222222", "333333") if code not in codes)
    client.post("/fr/compte/2fa/authenticate/", {"code": wrong})
    assert "_auth_user_id" not in client.session
    response = client.post("/fr/compte/2fa/authenticate/", {"code": codes[len(codes) // 2]})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)
    assert client.get("/admin/").status_code == 200
