"""The sensitive POSTs throttled per account (or address) and per IP behind one trusted
proxy: the change of e-mail address (allauth's own rate limit), the application, the action
log. Each limit is reached at exactly its configured count and not before, with a 429 in the
URL's language, Retry-After, nothing saved and the form given back as it was typed; a
replayed action does not count; the counters live in the shared cache. A proxy count larger
than X-Forwarded-For falls back to a safe address and never answers 500."""

import json
import logging
import math
import time
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, ngettext

import pytest
from allauth.account import app_settings as account_settings
from allauth.account.models import EmailAddress
from allauth.core.internal import ratelimit
from bs4 import BeautifulSoup

from members import throttle
from members.actions.models import Action
from members.actions.views import LOG_RATES
from members.models import Application
from members.people.views import APPLY_RATES

from .actions.test_views import form_data
from .factories import MemberFactory
from .people.test_apply import answers

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.1"  # our proxy: every request connects from it
JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture(autouse=True)
def one_proxy(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1


def via(address):
    """The headers of a request our proxy forwards from ``address``."""
    return {"HTTP_X_FORWARDED_FOR": address, "REMOTE_ADDR": PROXY}


def amounts(rates):
    """``{"10/h/user,30/h/ip"}`` → ``{"user": [10], "ip": [30]}``."""
    found = {}
    for rate in ratelimit.parse_rates(rates):
        found.setdefault(rate.per, []).append(rate.amount)
    return found


def url(name, code="fr"):
    with translation.override(code):
        return reverse(name)


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def page(response):
    return BeautifulSoup(response.content, "html.parser")


def assert_refused(response, window):
    """A 429 with Retry-After within the rate's window."""
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= window
    assert "no-store" in response["Cache-Control"]


def later(monkeypatch, seconds):
    """allauth's clock, ``seconds`` ahead (its counters expire with it)."""
    now = time.time() + seconds
    monkeypatch.setattr(
        ratelimit, "time", SimpleNamespace(time=lambda: now, monotonic=time.monotonic)
    )


# ---- the change of e-mail address: allauth's « manage_email », per account and per IP ------

EMAIL_PAGE = "account_email"


def manage_email_amounts(settings):
    found = amounts(settings.ACCOUNT_RATE_LIMITS["manage_email"])
    return found["user"][0], found["ip"][0]


def change_email(client, address, code="fr", **headers):
    return client.post(url(EMAIL_PAGE, code), {"action_add": "", "email": address}, **headers)


def test_the_email_page_is_limited_per_account_from_any_ip(settings, home):
    per_user, _per_ip = manage_email_amounts(settings)
    member = MemberFactory(username="nora", ambassador=True)
    client = signed_in(member)
    for attempt in range(per_user):
        response = change_email(
            client, f"nora{attempt}@example.org", **via(f"203.0.113.{attempt % 2 + 1}")
        )
        assert response.status_code == 302, attempt
    # The next one is refused from a third address too, and nothing of it is saved.
    response = change_email(client, "nora-last@example.org", **via("198.51.100.7"))
    assert_refused(response, 3600)
    assert not EmailAddress.objects.filter(email="nora-last@example.org").exists()
    text = page(response).get_text(" ", strip=True)
    assert "Trop de demandes en peu de temps" in text
    assert "rien n’a été enregistré" in text
    assert "Réessayez dans 60 minutes." in text
    # Showing the page is not refused: the form is there again.
    assert client.get(url(EMAIL_PAGE), **via("198.51.100.7")).status_code == 200
    # Another member behind the same proxy is not affected.
    other = signed_in(MemberFactory(username="oscar", ambassador=True))
    assert change_email(other, "oscar2@example.org", **via("198.51.100.7")).status_code == 302


def test_the_email_page_is_limited_per_ip_whatever_the_account(settings, home):
    per_user, per_ip = manage_email_amounts(settings)
    # Enough members, each under their own limit, to reach the IP's.
    members = [
        MemberFactory(username=f"membre{index}", ambassador=True)
        for index in range(math.ceil(per_ip / (per_user - 1)) + 1)
    ]
    clients = [signed_in(member) for member in members]
    sent = 0
    for index, client in enumerate(clients[:-1]):
        for attempt in range(per_user - 1):
            if sent == per_ip:
                break
            response = change_email(client, f"m{index}-{attempt}@example.org", **via("203.0.113.5"))
            assert response.status_code == 302, (index, attempt)
            sent += 1
    assert sent == per_ip
    # A member who has sent nothing is refused from this address, not from another one.
    last = clients[-1]
    response = change_email(last, "fresh@example.org", **via("203.0.113.5"))
    assert_refused(response, 3600)
    assert not EmailAddress.objects.filter(email="fresh@example.org").exists()
    assert change_email(last, "fresh@example.org", **via("203.0.113.6")).status_code == 302
    assert EmailAddress.objects.filter(email="fresh@example.org").exists()


@pytest.mark.parametrize(("code", "direction"), [("fr", "ltr"), ("en", "ltr"), ("ar", "rtl")])
def test_the_refusal_page_speaks_the_language_of_the_url(settings, home, code, direction):
    per_user, _per_ip = manage_email_amounts(settings)
    client = signed_in(MemberFactory(username="lina", ambassador=True))
    for attempt in range(per_user):
        assert (
            change_email(client, f"lina{attempt}@example.org", **via("203.0.113.9")).status_code
            == 302
        )
    response = change_email(client, "lina-last@example.org", code=code, **via("203.0.113.9"))
    assert_refused(response, 3600)
    html = page(response)
    assert html.html["lang"] == code
    assert html.html.get("dir", "ltr") == direction
    text = html.get_text(" ", strip=True)
    with translation.override(code):
        expected = [
            gettext("Trop de demandes en peu de temps"),
            ngettext("Réessayez dans %(count)s minute.", "Réessayez dans %(count)s minutes.", 60)
            % {"count": 60},
            gettext("Revenir à l’accueil"),
        ]
    for words in expected:
        assert words in text, words
    # The page's way back is the form of the same language.
    back = html.select_one("main a.button")
    assert back["href"] == url(EMAIL_PAGE, code)
    if code != "fr":
        assert "Revenir à l’accueil" not in text


# ---- the application: per IP and per e-mail address ---------------------------------------


APPLY = "members:apply"


def apply(client, email, code="fr", **headers):
    return client.post(url(APPLY, code), answers(email=email), **headers)


def test_applications_are_limited_per_ip_each_hour_and_each_day(home, monkeypatch):
    hourly, daily = sorted(amounts(APPLY_RATES["apply_ip"])["ip"])
    client = Client()
    sent = 0
    for hour in range(math.ceil(daily / hourly)):
        later(monkeypatch, hour * 3600 + 1)
        for _attempt in range(min(hourly, daily - sent)):
            response = apply(client, f"candidat{sent}@example.org", **via("203.0.113.20"))
            assert response.status_code == 302, sent
            sent += 1
        if sent < daily:
            # The hour's limit: refused from this address, not from another one.
            response = apply(client, "refused@example.org", **via("203.0.113.20"))
            assert_refused(response, 3600)
            assert (
                apply(Client(), f"other{hour}@example.org", **via("203.0.113.21")).status_code
                == 302
            )
    assert sent == daily
    later(monkeypatch, 10 * 3600)
    response = apply(client, "refused@example.org", **via("203.0.113.20"))
    assert_refused(response, 24 * 3600)
    assert not get_user_model().objects.filter(email="refused@example.org").exists()


def test_a_refused_application_keeps_what_was_typed_and_saves_nothing(home):
    hourly = min(amounts(APPLY_RATES["apply_ip"])["ip"])
    for attempt in range(hourly):
        assert (
            apply(Client(), f"voisin{attempt}@example.org", **via("203.0.113.30")).status_code
            == 302
        )
    outbox = len(mail.outbox)
    # A fresh client (no session, no cookie) from the same address: the counter is the cache's.
    response = apply(Client(), "nadia.b@example.org", **via("203.0.113.30"))
    assert_refused(response, 3600)
    assert not get_user_model().objects.filter(email="nadia.b@example.org").exists()
    assert Application.objects.count() == hourly
    assert len(mail.outbox) == outbox
    form = page(response).select_one("form.member-form")
    assert form.select_one("[name=first_name]")["value"] == "Nadia"
    assert form.select_one("[name=email]")["value"] == "nadia.b@example.org"
    assert form.select_one("[name=motivation]").get_text().strip() == "J'aime aider mes voisines."
    summary = page(response).select_one("[data-error-summary]").get_text(" ", strip=True)
    assert "la vôtre n’est pas encore envoyée" in summary
    assert "Réessayez dans 60 minutes." in summary


def test_applications_are_limited_per_address_from_any_ip(home):
    per_address = amounts(APPLY_RATES["apply_address"])["key"][0]
    for attempt in range(per_address):
        # The first creates the account; the next ones mail « you already have an account ».
        response = apply(Client(), "Samia@Example.org", **via(f"203.0.113.{40 + attempt}"))
        assert response.status_code == 302, attempt
    mails = len(mail.outbox)
    response = apply(Client(), "samia@example.org ", **via("198.51.100.40"))
    assert_refused(response, 3600)
    assert len(mail.outbox) == mails
    assert get_user_model().objects.filter(email__iexact="samia@example.org").count() == 1
    # Another address from that IP is welcome.
    assert apply(Client(), "karim@example.org", **via("198.51.100.40")).status_code == 302


def test_allauth_s_own_flood_guard_answers_our_page(home):
    """allauth counts every POST of the visitor's form (« signup »): past it, our 429 page."""
    per_ip = amounts(account_settings.RATE_LIMITS["signup"])["ip"][0]
    for attempt in range(per_ip):
        response = apply(Client(), "pas-une-adresse", **via("203.0.113.35"))
        assert response.status_code == 200, attempt
    response = apply(Client(), "nadia@example.org", **via("203.0.113.35"))
    assert_refused(response, 60)
    assert "Réessayez dans 1 minute." in page(response).get_text(" ", strip=True)
    assert not get_user_model().objects.filter(email="nadia@example.org").exists()


def test_a_member_without_application_is_counted_from_their_ip(home):
    hourly = min(amounts(APPLY_RATES["apply_ip"])["ip"])
    for attempt in range(hourly):
        assert (
            apply(Client(), f"stand{attempt}@example.org", **via("203.0.113.50")).status_code == 302
        )
    member = MemberFactory(username="yasmine")
    client = signed_in(member)
    response = apply(client, "ignored@example.org", code="en", **via("203.0.113.50"))
    assert_refused(response, 3600)
    assert page(response).html["lang"] == "en"
    assert not Application.objects.filter(user=member).exists()
    assert page(response).select_one("[name=first_name]")["value"] == "Nadia"
    assert apply(client, "ignored@example.org", **via("203.0.113.51")).status_code == 302
    assert Application.objects.filter(user=member).exists()


# ---- the action log: per account and per IP; a replay does not count -----------------------


LOG = "members:actions"


def post_action(client, data, address, code="fr", json_asked=True):
    headers = {**via(address), **(JSON if json_asked else {})}
    return client.post(url(LOG, code), data, **headers)


def test_the_action_log_is_limited_per_account_and_a_replay_does_not_count(home, monkeypatch):
    per_account = amounts(LOG_RATES["log_account"])["key"][0]
    member = MemberFactory(username="amal", ambassador=True)
    client = signed_in(member)
    first = form_data()
    assert post_action(client, first, "203.0.113.60").status_code == 201
    for attempt in range(per_account - 2):
        response = post_action(client, form_data(), f"203.0.113.{61 + attempt % 2}")
        assert response.status_code == 201, attempt
    # The outbox sends again an action it already sent (its answer was lost): not counted.
    for _replay in range(5):
        assert post_action(client, first, "203.0.113.61").status_code == 200
    assert post_action(client, form_data(), "203.0.113.62").status_code == 201
    assert Action.objects.filter(author=member).count() == per_account
    # The next new one is refused, from any address, as JSON the outbox understands.
    refused = form_data()
    response = post_action(client, refused, "198.51.100.60")
    assert_refused(response, 600)
    assert int(response["Retry-After"]) > 590
    answer = json.loads(response.content)
    assert "pas encore enregistrée" in answer["message"]
    assert "Réessayez dans 10 minutes." in answer["message"]
    assert not Action.objects.filter(uuid=refused["uuid"]).exists()
    # Replays are still answered; another member is not affected.
    assert post_action(client, first, "198.51.100.60").status_code == 200
    other = signed_in(MemberFactory(username="bilal", ambassador=True))
    assert post_action(other, form_data(), "198.51.100.60").status_code == 201
    # When Retry-After has passed, the outbox's next try is saved.
    later(monkeypatch, int(response["Retry-After"]) + 1)
    assert post_action(client, refused, "198.51.100.60").status_code == 201
    assert Action.objects.filter(uuid=refused["uuid"]).exists()


def test_the_action_log_is_limited_per_ip_whatever_the_account(home):
    per_account = amounts(LOG_RATES["log_account"])["key"][0]
    per_ip = amounts(LOG_RATES["log_ip"])["ip"][0]
    members = [
        MemberFactory(username=f"amb{index}", ambassador=True)
        for index in range(math.ceil(per_ip / (per_account - 1)) + 1)
    ]
    clients = [signed_in(member) for member in members]
    sent = 0
    # Actions the site refuses (no one reached) count too: each asks for the same work.
    while sent < per_ip:
        client = clients[sent // (per_account - 1)]
        response = post_action(client, form_data(people="0"), "203.0.113.70")
        assert response.status_code == 400, sent
        sent += 1
    assert not Action.objects.exists()
    last = clients[-1]
    refused = form_data()
    assert_refused(post_action(last, refused, "203.0.113.70"), 600)
    assert not Action.objects.filter(uuid=refused["uuid"]).exists()
    assert post_action(last, refused, "203.0.113.71").status_code == 201


def test_without_javascript_the_refused_form_comes_back_as_it_was_typed(home, monkeypatch):
    per_account = amounts(LOG_RATES["log_account"])["key"][0]
    member = MemberFactory(username="hind", ambassador=True)
    client = signed_in(member)
    for _attempt in range(per_account):
        assert post_action(client, form_data(people="0"), "203.0.113.80").status_code == 400
    typed = form_data(people="17", note="Stand au marché de Wazemmes")
    response = post_action(client, typed, "203.0.113.80", code="ar", json_asked=False)
    assert_refused(response, 600)
    html = page(response)
    assert html.html["lang"] == "ar"
    form = html.select_one("form[data-action-form]")
    assert form.select_one("[name=uuid]")["value"] == typed["uuid"]
    assert form.select_one("[name=people]")["value"] == "17"
    assert form.select_one("[name=note]").get_text().strip() == "Stand au marché de Wazemmes"
    with translation.override("ar"):
        expected = gettext(
            "Beaucoup d’actions ont été envoyées en peu de temps : celle-ci n’est pas encore "
            "enregistrée."
        )
    assert expected in html.select_one("[data-error-summary]").get_text(" ", strip=True)
    assert not Action.objects.filter(author=member).exists()
    # Sent again once the window has passed: saved once.
    later(monkeypatch, int(response["Retry-After"]) + 1)
    response = post_action(client, typed, "203.0.113.80", json_asked=False)
    assert response.status_code == 302
    assert Action.objects.filter(uuid=typed["uuid"]).count() == 1


# ---- the client's address when the proxy count is wrong -----------------------------------


def request_with(**meta):
    return RequestFactory().post("/fr/compte/login/", **meta)


@pytest.fixture
def fresh_warnings(monkeypatch):
    monkeypatch.setattr(throttle, "WARNED", set())


def test_a_proxy_count_larger_than_the_header_falls_back_to_the_nearest_proxy_s_address(
    settings, home, caplog, fresh_warnings
):
    caplog.set_level(logging.WARNING, logger="members.throttle")
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 2
    # One proxy wrote the client's address; a second one was expected.
    assert throttle.client_ip(request_with(**via("203.0.113.90"))) == "203.0.113.90"
    # A forged first entry is not the one taken: the nearest proxy's is.
    forged = {"HTTP_X_FORWARDED_FOR": "1.2.3.4, 203.0.113.91, 10.0.0.2", "REMOTE_ADDR": PROXY}
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 5
    assert throttle.client_ip(request_with(**forged)) == "10.0.0.2"
    # No header at all: the connecting address, as allauth does.
    assert throttle.client_ip(request_with(REMOTE_ADDR="192.0.2.8")) == "192.0.2.8"
    for _attempt in range(3):
        response = Client().post(
            "/fr/compte/login/",
            {"login": "x@example.org", "password": "faux"},
            **via("203.0.113.92"),
        )
        assert response.status_code == 200
    warnings = [record for record in caplog.records if "TRUSTED_PROXY_COUNT" in record.getMessage()]
    assert len(warnings) == 1


def test_an_unreadable_forwarded_address_falls_back_to_the_connecting_one(
    settings, home, caplog, fresh_warnings
):
    caplog.set_level(logging.WARNING, logger="members.throttle")
    garbage = {"HTTP_X_FORWARDED_FOR": "not-an-address", "REMOTE_ADDR": "192.0.2.9"}
    assert throttle.client_ip(request_with(**garbage)) == "192.0.2.9"
    nothing = {"HTTP_X_FORWARDED_FOR": "junk", "REMOTE_ADDR": ""}
    assert throttle.client_ip(request_with(**nothing)) == throttle.UNKNOWN_IP
    for _attempt in range(2):
        response = Client().post(
            "/fr/compte/login/", {"login": "x@example.org", "password": "faux"}, **garbage
        )
        assert response.status_code == 200
    assert len([r for r in caplog.records if r.name == "members.throttle"]) == 1


def test_without_a_trusted_proxy_the_header_is_never_used_even_as_a_fallback(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    request = request_with(HTTP_X_FORWARDED_FOR="203.0.113.99", REMOTE_ADDR="")
    assert throttle.client_ip(request) == throttle.UNKNOWN_IP
