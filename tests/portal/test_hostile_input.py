"""Hostile input answers 4xx, never 500, and saves nothing half-way: a ``next`` that is not a
path on this site (register, cancel, the login redirects), a calendar token that is not one,
the open-data API's search parameters; a refused request is one line in the log."""

import logging
import sys

from django.test import Client, RequestFactory

import pytest
from bs4 import BeautifulSoup

from members.models import Profile, Registration
from members.trainings.calendar import valid_token
from portal.core.redirects import is_safe_path, safe_next

from ..members.factories import MemberFactory, TrainingFactory, TrainingSessionFactory

DASHBOARD = "/fr/espace-membre/"

HOSTILE_NEXT = [
    "0",
    "dashboard",
    "members:dashboard",
    "espace-membre/",
    "//evil.example",
    "///evil.example",
    "https://evil.example",
    "http://testserver.evil.example/",
    "/\\evil.example",
    "\\\\evil.example",
    "\x00",
    "/fr/\x00",
    "%00",
    "javascript:alert(1)",
    " javascript:alert(1)",
    "/" + "a" * 5000,
    "\u200f/fr/espace-membre/",
    "/fr/\u202eespace",
    "/fr/\nSet-Cookie: x=1",
    "/fr/\tx",
    "data:text/html,<script>alert(1)</script>",
    "https:/evil.example",
]


@pytest.fixture
def member(db):
    return MemberFactory(username="amina", ambassador=True, pole="fives")


@pytest.fixture
def session(home):
    return TrainingSessionFactory(training=TrainingFactory(title="Écoute active"), capacity=5)


def register_url(session):
    return f"/fr/espace-membre/sessions/{session.pk}/inscription/"


def cancel_url(registration):
    return f"/fr/espace-membre/inscriptions/{registration.pk}/annuler/"


@pytest.mark.parametrize("target", HOSTILE_NEXT)
def test_safe_next_refuses_what_is_not_a_path_on_this_site(target, rf):
    request = rf.post("/", {"next": target})
    assert safe_next(request, "/fallback/") == "/fallback/"
    assert not is_safe_path(target, request)


@pytest.mark.parametrize("target", ["/fr/espace-membre/", "/fr/formations/?page=2#sessions"])
def test_safe_next_keeps_a_path_on_this_site(target, rf):
    assert safe_next(rf.get("/", {"next": target}), "/fallback/") == target


@pytest.mark.parametrize("target", HOSTILE_NEXT)
def test_register_with_a_hostile_next_is_saved_and_goes_to_the_dashboard(
    target, client, member, session
):
    """The registration is the member's wish, the ``next`` only where to land: it is saved,
    and the answer is the dashboard (decided before the write, never a 500 after it)."""
    client.force_login(member)
    response = client.post(register_url(session), {"next": target})
    assert response.status_code == 302
    assert response["Location"] == DASHBOARD
    registration = Registration.objects.get(session=session, user=member)
    assert registration.is_confirmed


@pytest.mark.parametrize("target", HOSTILE_NEXT)
def test_cancel_with_a_hostile_next(target, client, member, session):
    client.force_login(member)
    client.post(register_url(session))
    registration = Registration.objects.get(session=session, user=member)
    page = client.get(cancel_url(registration), {"next": target})
    assert page.status_code == 200
    # The page's « Non, garder ma place » and its form lead back to the dashboard only.
    html = BeautifulSoup(page.content, "html.parser")
    assert html.select_one("input[name='next']")["value"] == DASHBOARD
    assert {a["href"] for a in html.select("main a.button--secondary")} == {DASHBOARD}
    response = client.post(cancel_url(registration), {"next": target})
    assert response.status_code == 302
    assert response["Location"] == DASHBOARD
    registration.refresh_from_db()
    assert not registration.is_active


def test_register_and_cancel_keep_a_safe_next(client, member, session):
    client.force_login(member)
    back = "/fr/formations/?page=2"
    assert client.post(register_url(session), {"next": back})["Location"] == back
    registration = Registration.objects.get(session=session, user=member)
    assert client.post(cancel_url(registration), {"next": back})["Location"] == back


@pytest.mark.parametrize("target", ["0", "//evil.example", "/\\evil", "https://evil.example"])
def test_the_admin_login_redirect_drops_a_hostile_next(target, client, db):
    response = client.get("/admin/login/", {"next": target})
    assert response.status_code == 302
    assert "evil" not in response["Location"]
    assert "next=0" not in response["Location"]


@pytest.mark.parametrize(
    "token", ["\x00", "a\x00" * 16, "x" * 65, "x" * 5000, "é" * 32, "a/../b", "‮" * 20, "abc"]
)
def test_a_calendar_token_of_the_wrong_shape_is_404(token, member):
    assert not valid_token(token)
    anonymous = Client(raise_request_exception=False)
    response = anonymous.get(f"/fr/espace-membre/calendrier/{token}.ics")
    assert response.status_code == 404


def test_a_real_calendar_token_still_works(member):
    token = Profile.objects.get(user=member).calendar_token
    assert valid_token(token)
    response = Client().get(f"/fr/espace-membre/calendrier/{token}.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")


@pytest.mark.parametrize(
    "query",
    [
        {"search": "santé", "search_operator": "x"},
        {"search_operator": "x"},
        {"search": "\x00"},
        {"search": "santé\x00"},
        {"search": "a" * 5000},
        {"locale": "\x00"},
        {"fields": "\x00"},
        {"order": "\x00"},
    ],
)
@pytest.mark.parametrize("endpoint", ["evenements", "fiches"])
def test_the_api_refuses_hostile_parameters_with_a_json_400(endpoint, query, home):
    client = Client(raise_request_exception=False)
    response = client.get(f"/api/v2/{endpoint}/", query)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["message"]


def test_the_api_still_searches(home):
    response = Client().get("/api/v2/evenements/", {"search": "santé", "search_operator": "or"})
    assert response.status_code == 200
    assert response.json()["meta"]["total_count"] == 0


def records_of(caplog, status):
    return [r for r in caplog.records if getattr(r, "status_code", None) == status]


def test_refused_requests_log_one_line_and_a_500_its_traceback(caplog, member):
    client = Client(raise_request_exception=False)
    with caplog.at_level(logging.WARNING, logger="django.request"):
        client.get("/fr/espace-membre/calendrier/\x00.ics")
        client.force_login(MemberFactory(username="candidate", applicant=True, pole="fives"))
        client.get("/fr/espace-membre/attestation-de-formation.pdf")
    (not_found,) = records_of(caplog, 404)
    (forbidden,) = records_of(caplog, 403)
    for record in (not_found, forbidden):
        assert record.exc_info is None
        assert "Traceback" not in caplog.text
        assert "\n" not in record.getMessage()

    caplog.clear()
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        info = sys.exc_info()
    request = RequestFactory().get("/")
    with caplog.at_level(logging.ERROR, logger="django.request"):
        logging.getLogger("django.request").error(
            "Internal Server Error: /",
            exc_info=info,
            extra={"status_code": 500, "request": request},
        )
    (error,) = records_of(caplog, 500)
    assert error.exc_info is not None
    assert "Traceback" in caplog.text and "RuntimeError: boom" in caplog.text


class _Draft:
    def get_latest_revision_as_object(self):
        return self

    def get_admin_display_title(self):
        return "Stand santé"


@pytest.mark.parametrize("target", ["0", "dashboard", "//evil.example", "/\\evil"])
def test_the_bulk_publish_refusal_goes_back_to_a_path_on_this_site(target, rf, monkeypatch):
    """The explorer's bulk publish refused (a draft missing fields): back to its own page
    when ``next`` is not a path on this site (``redirect("0")`` was a 500)."""
    from django.contrib.messages.storage.cookie import CookieStorage

    from pages import wagtail_hooks

    monkeypatch.setattr(wagtail_hooks, "missing_fields", lambda draft: ["territory"])
    request = rf.post(f"/admin/bulk/wagtailcore/page/publish/?id=1&next={target}")
    request._messages = CookieStorage(request)
    response = wagtail_hooks.refuse_to_publish_incomplete_drafts(
        request, "publish", [_Draft()], None
    )
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/bulk/wagtailcore/page/publish/")
    request = rf.post("/admin/bulk/x/", {"next": "/admin/pages/3/"})
    request._messages = CookieStorage(request)
    response = wagtail_hooks.refuse_to_publish_incomplete_drafts(
        request, "publish", [_Draft()], None
    )
    assert response["Location"] == "/admin/pages/3/"
