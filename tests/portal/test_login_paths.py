"""One way in: allauth's login (throttled, second factor, verified address). Wagtail's own
front-end login and Django's login views never sign anyone in."""

from django.contrib.auth import get_user_model
from django.contrib.auth.views import LoginView as DjangoLoginView
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.urls.exceptions import Resolver404

from wagtail.models import PageViewRestriction

import pytest
from allauth.account.models import EmailAddress

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

PASSWORD = "mot-de-passe-de-test"
WAGTAIL_LOGINS = ["/fr/_util/login/", "/en/_util/login/", "/ar/_util/login/", "/_util/login/"]


@pytest.fixture
def member(db):
    user = get_user_model().objects.create_user(
        username="nadia", email="nadia@example.org", password=PASSWORD
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


@pytest.mark.parametrize("url", WAGTAIL_LOGINS)
def test_wagtails_front_end_login_signs_nobody_in(client, home, member, url):
    for login in (member.email, member.username):
        response = client.post(
            url, {"username": login, "password": PASSWORD, "next": "/fr/espace-membre/"}
        )
        assert response.status_code in (301, 302), url
        assert "_auth_user_id" not in client.session
    response = client.get("/fr/espace-membre/")
    assert response.status_code == 302
    assert response["Location"].startswith("/fr/compte/login/")


@pytest.mark.parametrize("url", WAGTAIL_LOGINS)
def test_wrong_passwords_there_are_never_checked(client, home, member, url):
    """Twelve wrong passwords are not tried anywhere: each is sent to allauth's login, which
    throttles; the right password then still works there."""
    for _attempt in range(12):
        response = client.post(url, {"username": member.email, "password": "wrong"})
        assert response.status_code in (301, 302)
    response = client.post("/fr/compte/login/", {"login": member.email, "password": PASSWORD})
    assert response.status_code == 302
    assert "_auth_user_id" in client.session


@pytest.mark.parametrize(
    "language, login",
    [("fr", "/fr/compte/login/"), ("en", "/en/account/login/"), ("ar", "/ar/account/login/")],
)
def test_wagtails_front_end_login_leads_to_allauths(client, language, login):
    response = client.get(f"/{language}/_util/login/?next=/{language}/espace-prive/")
    assert response.status_code == 302
    assert response["Location"] == f"{login}?next=%2F{language}%2Fespace-prive%2F"
    # Its form's POST too, without looking at the password.
    response = client.post(
        f"/{language}/_util/login/", {"next": "/fr/espace-membre/", "password": "x"}
    )
    assert response["Location"] == f"{login}?next=%2Ffr%2Fespace-membre%2F"


def test_without_language_prefix_it_ends_at_allauths_login(client):
    response = client.get("/_util/login/?next=/fr/espace-prive/", follow=True)
    assert response.redirect_chain[-1][0] == "/fr/compte/login/?next=%2Ffr%2Fespace-prive%2F"


def test_an_outside_next_is_dropped(client):
    response = client.get("/fr/_util/login/?next=https://elsewhere.example/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/compte/login/"
    response = client.get("/fr/_util/login/?next=//elsewhere.example/")
    assert response["Location"] == "/fr/compte/login/"


def test_a_private_page_sends_visitors_to_allauths_login(client, home):
    page = StandardPageFactory(parent=home, title="Espace réservé", slug="espace-reserve")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/fr/espace-reserve/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/compte/login/?next=/fr/espace-reserve/"


def test_the_admins_password_reset_is_off(client):
    assert client.get("/admin/password_reset/").status_code == 404


def _patterns(resolver, prefix=""):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            yield from _patterns(pattern, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), pattern


def _is_django_login(func):
    view_class = getattr(func, "view_class", None)
    return view_class is not None and issubclass(view_class, DjangoLoginView)


def test_no_reachable_url_is_a_django_login_view():
    """Wagtail's admin and front-end logins are Django's LoginView (a password alone, no
    throttling, no second factor): each URL they are declared at resolves to something else."""
    found = []
    for route, pattern in _patterns(get_resolver()):
        if not _is_django_login(pattern.callback):
            continue
        found.append(route)
        assert "<" not in route and "^" not in route, route
        try:
            match = resolve("/" + route)
        except Resolver404:
            continue
        assert not _is_django_login(match.func), route
    # Wagtail's admin login and its front-end login (in each language) are shadowed.
    assert "admin/login/" in found
    assert any(route.endswith("_util/login/") for route in found)
