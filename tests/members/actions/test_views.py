"""The action log's pages through the test client: who may open them, the form prefilled
from the last action or the profile's pôle, each bad input refused on its field with
nothing saved, one UUID sent twice saving one action (HTML form and JSON), another
member's UUID refused, changing and deleting within 7 days and not after (nor in a closed
year), another member's action answering 404, CSRF, the page's queries, the service
worker, the dashboard panel and the logout form."""

import datetime
import json
import uuid

from django.contrib.messages import get_messages
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone, translation

import pytest
from bs4 import BeautifulSoup

from members import permissions, summary
from members.actions import services
from members.actions.models import Action
from members.actions.panels import actions_panel
from portal.core.time import local_today
from tests.factories import pole

from ..factories import MemberFactory

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture(autouse=True)
def french():
    """URLs reversed in French, whatever language an earlier request left active."""
    with translation.override("fr"):
        yield


def log_url():
    return reverse("members:actions")


def edit_url(action):
    return reverse("members:action_edit", args=[action.pk])


def delete_url(action):
    return reverse("members:action_delete", args=[action.pk])


def form_data(**overrides):
    data = {
        "uuid": str(uuid.uuid4()),
        "date": local_today().isoformat(),
        "kind": "stand",
        "theme": "nutrition",
        "pole": str(pole("fives").pk),
        "people": "12",
        "note": "",
    }
    data.update(overrides)
    return {name: value for name, value in data.items() if value is not None}


def values(**overrides):
    base = {
        "date": local_today(),
        "kind": "workshop",
        "theme": "vaccination",
        "pole": pole("moulins"),
        "people": 8,
        "approximate": False,
        "note": "",
    }
    return {**base, **overrides}


def logged(member, **overrides):
    action, _created = services.log_action(member, uuid.uuid4(), values(**overrides))
    return action


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def said(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def field_errors(page, name):
    return [error.get_text(strip=True) for error in page.select(f"[id^=id_{name}_error_]")]


# ---- who may open the pages ---------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_the_login(client, ambassador):
    action = logged(ambassador)
    for url in (log_url(), edit_url(action), delete_url(action), reverse("members:actions_worker")):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("account_login") + "?next="), url
    response = client.post(log_url(), form_data(), **JSON)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert Action.objects.count() == 1


@pytest.mark.parametrize("role", ["applicant", "editor", "referent", "coordinator"])
def test_only_ambassadors_open_the_log(client, role):
    member = MemberFactory(**{role: True})
    client.force_login(member)
    assert client.get(log_url()).status_code == 403
    assert client.post(log_url(), form_data()).status_code == 403
    response = client.post(log_url(), form_data(), **JSON)
    assert response.status_code == 403
    assert "ambassad" in response.json()["errors"]["__all__"][0]
    assert client.get(log_url(), **JSON).status_code == 403
    assert client.get(reverse("members:actions_worker")).status_code == 403
    assert not Action.objects.exists()


def test_an_ambassador_opens_the_log(client, ambassador):
    client.force_login(ambassador)
    response = client.get(log_url())
    assert response.status_code == 200
    assert response["Cache-Control"].startswith("max-age=0")
    assert "no-store" in response["Cache-Control"]
    assert "Accept" in response["Vary"]
    page = soup(response)
    assert page.h1.get_text(strip=True) == "Noter une action"
    root = page.select_one("[data-action-log]")
    assert root["data-member"] == str(ambassador.pk)
    assert root["data-worker"] == reverse("members:actions_worker")
    assert root["data-login"] == reverse("account_login") + "?next=" + log_url()
    forms = json.loads(root["data-pending-forms"])
    assert forms["one"] == "{n} action en attente d'envoi"
    assert forms["other"] == "{n} actions en attente d'envoi"
    status = page.select_one("[data-outbox-status]")
    assert status["aria-live"] == "polite"
    people = page.select_one("#id_people")
    assert people["type"] == "number"
    assert people["inputmode"] == "numeric"
    assert page.select("[data-step]") and all(
        b.has_attr("hidden") for b in page.select("[data-step]")
    )
    assert page.select_one("#id_approximate")["type"] == "checkbox"
    assert [i["value"] for i in page.select("input[name=kind]")] == list(Action.Kind.values)
    assert [i["value"] for i in page.select("input[name=theme]")] == list(Action.Theme.values)


def test_the_url_is_translated_like_the_other_member_pages():
    assert log_url() == "/fr/espace-membre/actions/"
    assert reverse("members:actions_worker") == "/fr/espace-membre/actions/sw.js"


# ---- the form's first values -------------------------------------------------------------


def checked(page, name):
    return [i["value"] for i in page.select(f"input[name={name}][checked]")]


def test_a_first_action_starts_from_today_and_the_profile_pole(client):
    member = MemberFactory(ambassador=True, pole="wazemmes")
    client.force_login(member)
    page = soup(client.get(log_url()))
    assert page.select_one("#id_date")["value"] == local_today().isoformat()
    assert page.select_one("#id_date")["max"] == local_today().isoformat()
    assert page.select_one("#id_pole option[selected]")["value"] == str(pole("wazemmes").pk)
    assert checked(page, "kind") == []
    assert checked(page, "theme") == []
    assert page.select_one("#id_people").get("value") is None
    assert uuid.UUID(page.select_one("input[name=uuid]")["value"]).version == 4


def test_the_next_action_starts_from_the_last_one(client, ambassador):
    logged(ambassador, kind="talks", theme="sante-mentale", pole=pole("moulins"))
    client.force_login(ambassador)
    page = soup(client.get(log_url()))
    assert checked(page, "kind") == ["talks"]
    assert checked(page, "theme") == ["sante-mentale"]
    assert page.select_one("#id_pole option[selected]")["value"] == str(pole("moulins").pk)


def test_each_page_gets_its_own_uuid(client, ambassador):
    client.force_login(ambassador)
    first = soup(client.get(log_url())).select_one("input[name=uuid]")["value"]
    second = soup(client.get(log_url())).select_one("input[name=uuid]")["value"]
    assert first != second


# ---- logging -----------------------------------------------------------------------------


def test_logging_an_action_without_javascript(client, ambassador):
    client.force_login(ambassador)
    data = form_data(people="25", approximate="on", note="  Devant la pharmacie  ")
    response = client.post(log_url(), data)
    assert response.status_code == 302
    assert response["Location"] == log_url()
    assert said(response) == ["Action enregistrée. Merci !"]
    action = Action.objects.get()
    assert str(action.uuid) == data["uuid"]
    assert (action.author, action.people, action.approximate) == (ambassador, 25, True)
    assert (action.kind, action.theme, action.pole.code) == ("stand", "nutrition", "fives")
    assert action.note == "Devant la pharmacie"
    page = soup(client.get(log_url()))
    row = page.select_one(f"[data-uuid='{action.uuid}']")
    assert "Stand" in row.get_text()
    assert "environ 25 personnes touchées" in " ".join(row.get_text().split())
    assert row.select_one(f"a[href='{edit_url(action)}']")
    assert row.select_one(f"a[href='{delete_url(action)}']")


def test_logging_an_action_from_the_outbox(client, ambassador):
    client.force_login(ambassador)
    data = form_data()
    response = client.post(log_url(), data, **JSON)
    assert response.status_code == 201
    answer = response.json()
    assert answer["uuid"] == data["uuid"]
    assert answer["created"] is True
    row = BeautifulSoup(answer["html"], "html.parser").li
    assert row["data-uuid"] == data["uuid"]
    assert Action.objects.get().author == ambassador
    assert said(response) == []


def test_the_script_reads_who_is_signed_in_and_a_fresh_token(client, ambassador):
    client.force_login(ambassador)
    response = client.get(log_url(), **JSON)
    assert response.status_code == 200
    answer = response.json()
    assert answer["member"] == ambassador.pk
    assert len(answer["csrf"]) == 64
    assert "Accept" in response["Vary"]


BAD_INPUT = [
    ("people", {"people": "-3"}, "Le nombre de personnes touchées est d'au moins 1."),
    ("people", {"people": "0"}, "Le nombre de personnes touchées est d'au moins 1."),
    ("people", {"people": "douze"}, "Écrivez un nombre entier, par exemple 12."),
    ("people", {"people": "12.5"}, "Écrivez un nombre entier, par exemple 12."),
    ("people", {"people": ""}, "Indiquez le nombre de personnes touchées."),
    (
        "people",
        {"people": "10001"},
        "Plus de 10 000 personnes ? Vérifiez le nombre, ou écrivez à la coordination.",
    ),
    (
        "date",
        {"date": (local_today() + datetime.timedelta(days=1)).isoformat()},
        "La date ne peut pas être dans le futur.",
    ),
    (
        "date",
        {"date": (local_today() - datetime.timedelta(days=366)).isoformat()},
        "La date ne peut pas remonter à plus d'un an.",
    ),
    ("date", {"date": "31/02/2026"}, "Écrivez la date sous la forme jj/mm/aaaa."),
    ("date", {"date": ""}, "Indiquez la date de l'action."),
    ("kind", {"kind": "picnic"}, "Choisissez le type d'action."),
    ("kind", {"kind": None}, "Choisissez le type d'action."),
    ("theme", {"theme": "astrologie"}, "Choisissez le thème."),
    ("pole", {"pole": "999999"}, "Choisissez un pôle de la liste."),
    ("pole", {"pole": "fives"}, "Choisissez un pôle de la liste."),
    ("note", {"note": "x" * 501}, "La note fait au plus 500 caractères."),
]


@pytest.mark.parametrize(("field", "bad", "message"), BAD_INPUT)
def test_bad_input_is_refused_on_its_field_and_what_was_typed_stays(
    client, ambassador, field, bad, message
):
    client.force_login(ambassador)
    data = form_data(**{"people": "14", "note": "Au marché de Fives", **bad})
    response = client.post(log_url(), data)
    assert response.status_code == 200
    page = soup(response)
    assert field_errors(page, field) == [message]
    assert page.select_one("[data-error-summary]")
    if field not in ("kind", "theme"):
        assert page.select_one(f"#id_{field}")["aria-invalid"] == "true"
        assert f"id_{field}_error_1" in page.select_one(f"#id_{field}")["aria-describedby"]
    else:
        fieldset = page.select_one(f"input[name={field}]").find_parent("fieldset")
        assert f"id_{field}_error_1" in fieldset["aria-describedby"]
    # What was typed stays, the same UUID too (sending it again saves one action).
    assert page.select_one("input[name=uuid]")["value"] == data["uuid"]
    if field != "people":
        assert page.select_one("#id_people")["value"] == "14"
    if field != "note":
        assert page.select_one("#id_note").get_text().strip() == "Au marché de Fives"
    assert not Action.objects.exists()


@pytest.mark.parametrize(("field", "bad", "message"), BAD_INPUT)
def test_bad_input_from_the_outbox_answers_400_with_the_message(
    client, ambassador, field, bad, message
):
    client.force_login(ambassador)
    response = client.post(log_url(), form_data(**bad), **JSON)
    assert response.status_code == 400
    answer = response.json()
    assert answer["errors"] == {field: [message]}
    assert message in answer["message"]
    assert not Action.objects.exists()


def test_a_date_in_a_closed_year_is_refused_by_the_service(client, ambassador):
    summary.ClosedYear.objects.create(year=local_today().year)
    client.force_login(ambassador)
    response = client.post(log_url(), form_data(people="5"))
    assert response.status_code == 200
    page = soup(response)
    year = local_today().year
    assert field_errors(page, "date") == [
        f"L'année {year} est close : ses actions ne peuvent plus changer."
    ]
    assert page.select_one("#id_people")["value"] == "5"
    assert not Action.objects.exists()


def test_a_missing_or_forged_uuid_is_refused_above_the_form(client, ambassador):
    client.force_login(ambassador)
    for forged in ("", "pas-un-uuid", "' OR 1=1 --"):
        data = form_data(uuid=forged)
        response = client.post(log_url(), data)
        assert response.status_code == 200
        page = soup(response)
        summary_box = page.select_one("[data-error-summary]")
        assert "n'a pas d'identifiant valable" in summary_box.get_text()
        # A new UUID: sending the form again saves the action.
        renewed = page.select_one("input[name=uuid]")["value"]
        assert uuid.UUID(renewed)
        data["uuid"] = renewed
        assert not Action.objects.exists()
    response = client.post(log_url(), data)
    assert response.status_code == 302
    assert Action.objects.count() == 1
    response = client.post(log_url(), form_data(uuid="zzz"), **JSON)
    assert response.status_code == 400
    assert "__all__" in response.json()["errors"]


# ---- one UUID, one action ------------------------------------------------------------------


def test_a_form_sent_twice_saves_one_action(client, ambassador):
    client.force_login(ambassador)
    data = form_data()
    first = client.post(log_url(), data)
    assert said(first) == ["Action enregistrée. Merci !"]
    again = client.post(log_url(), data)
    assert again.status_code == 302
    assert said(again)[-1] == "Cette action était déjà enregistrée."
    assert Action.objects.count() == 1


def test_an_outbox_replayed_saves_one_action(client, ambassador):
    client.force_login(ambassador)
    data = form_data()
    assert client.post(log_url(), data, **JSON).status_code == 201
    for _replay in range(3):
        response = client.post(log_url(), data, **JSON)
        assert response.status_code == 200
        assert response.json()["uuid"] == data["uuid"]
        assert response.json()["created"] is False
    # Even when the entry would now be refused: the answer is the action saved then.
    stale = {**data, "date": (local_today() - datetime.timedelta(days=400)).isoformat()}
    response = client.post(log_url(), stale, **JSON)
    assert response.status_code == 200
    assert response.json()["created"] is False
    response = client.post(log_url(), data)
    assert said(response)[-1] == "Cette action était déjà enregistrée."
    assert Action.objects.count() == 1


def test_another_members_uuid_is_refused(client, ambassador, other_ambassador):
    theirs = logged(other_ambassador, people=3)
    client.force_login(ambassador)
    data = form_data(uuid=str(theirs.uuid), people="40")
    response = client.post(log_url(), data)
    assert response.status_code == 200
    page = soup(response)
    assert "n'a pas d'identifiant valable" in page.select_one("[data-error-summary]").get_text()
    assert page.select_one("input[name=uuid]")["value"] != str(theirs.uuid)
    assert page.select_one("#id_people")["value"] == "40"
    response = client.post(log_url(), data, **JSON)
    assert response.status_code == 400
    assert "identifiant" in response.json()["message"]
    assert Action.objects.count() == 1
    theirs.refresh_from_db()
    assert (theirs.author, theirs.people) == (other_ambassador, 3)


# ---- changing and deleting ---------------------------------------------------------------


def test_the_author_changes_an_action_within_7_days(client, ambassador):
    action = logged(ambassador, people=8)
    client.force_login(ambassador)
    response = client.get(edit_url(action))
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one("#id_people")["value"] == "8"
    assert checked(page, "kind") == ["workshop"]
    assert not page.select("input[name=uuid]")
    data = form_data(people="80", kind="talks", pole=str(pole("moulins").pk))
    response = client.post(edit_url(action), data)
    assert response.status_code == 302
    assert response["Location"] == log_url()
    assert said(response) == ["Action modifiée."]
    action.refresh_from_db()
    assert (action.people, action.kind) == (80, "talks")


def test_a_change_with_a_mistake_keeps_what_was_typed(client, ambassador):
    action = logged(ambassador, people=8)
    client.force_login(ambassador)
    response = client.post(edit_url(action), form_data(people="-1", note="Corrigé"))
    assert response.status_code == 200
    page = soup(response)
    assert field_errors(page, "people") == ["Le nombre de personnes touchées est d'au moins 1."]
    assert page.select_one("#id_note").get_text().strip() == "Corrigé"
    action.refresh_from_db()
    assert action.people == 8


def test_the_author_deletes_an_action_within_7_days(client, ambassador):
    action = logged(ambassador)
    client.force_login(ambassador)
    response = client.get(delete_url(action))
    assert response.status_code == 200
    assert soup(response).select_one(f"form[action='{delete_url(action)}']")
    assert Action.objects.filter(pk=action.pk).exists()
    response = client.post(delete_url(action))
    assert response.status_code == 302
    assert said(response) == ["Action supprimée."]
    assert not Action.objects.filter(pk=action.pk).exists()


def age(action, days):
    Action.objects.filter(pk=action.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=days)
    )


LOCKED = "Cette action est verrouillée : elle ne peut plus être modifiée ni supprimée."


def assert_locked(client, action):
    for url in (edit_url(action), delete_url(action)):
        response = client.get(url)
        assert response.status_code == 302
        assert said(response)[-1] == LOCKED
    response = client.post(edit_url(action), form_data(people="99"))
    assert response.status_code == 302
    response = client.post(delete_url(action))
    assert response.status_code == 302
    action.refresh_from_db()
    assert action.people == 8
    row = soup(client.get(log_url())).select_one(f"[data-uuid='{action.uuid}']")
    assert "verrouillée" in row.get_text()
    assert not row.select("a")


def test_an_action_is_locked_after_7_days(client, ambassador):
    action = logged(ambassador, people=8)
    age(action, 6.9)
    client.force_login(ambassador)
    row = soup(client.get(log_url())).select_one(f"[data-uuid='{action.uuid}']")
    assert row.select_one(f"a[href='{edit_url(action)}']")  # still the 7th day
    assert client.get(edit_url(action)).status_code == 200
    age(action, 8)
    assert_locked(client, action)


def test_an_action_of_a_closed_year_is_locked(client, ambassador):
    action = logged(ambassador, people=8)
    summary.ClosedYear.objects.create(year=action.date.year)
    client.force_login(ambassador)
    assert_locked(client, action)


def test_another_members_action_answers_404(client, ambassador, other_ambassador):
    theirs = logged(other_ambassador, people=8)
    client.force_login(ambassador)
    assert client.get(edit_url(theirs)).status_code == 404
    assert client.post(edit_url(theirs), form_data(people="99")).status_code == 404
    assert client.get(delete_url(theirs)).status_code == 404
    assert client.post(delete_url(theirs)).status_code == 404
    assert client.get(reverse("members:action_edit", args=[theirs.pk + 1000])).status_code == 404
    theirs.refresh_from_db()
    assert theirs.people == 8
    assert str(theirs.uuid) not in client.get(log_url()).content.decode()


# ---- CSRF ----------------------------------------------------------------------------------


def test_csrf_is_enforced(ambassador):
    client = Client(enforce_csrf_checks=True)
    client.force_login(ambassador)
    assert client.post(log_url(), form_data()).status_code == 403
    assert client.post(log_url(), form_data(), **JSON).status_code == 403
    action = logged(ambassador)
    assert client.post(delete_url(action)).status_code == 403
    assert Action.objects.count() == 1
    # The page's script: a token read from the JSON answer, sent in the header.
    token = client.get(log_url(), **JSON).json()["csrf"]
    response = client.post(log_url(), form_data(), HTTP_X_CSRFTOKEN=token, **JSON)
    assert response.status_code == 201
    # The form without JavaScript: the token of the page.
    page = soup(client.get(log_url()))
    data = form_data(csrfmiddlewaretoken=page.select_one("[name=csrfmiddlewaretoken]")["value"])
    assert client.post(log_url(), data).status_code == 302
    assert Action.objects.count() == 3


# ---- queries -------------------------------------------------------------------------------


def page_queries(client, django_assert_num_queries, expected):
    client.get(log_url())  # menus and settings cached, as on a live site
    with django_assert_num_queries(expected):
        response = client.get(log_url())
    assert response.status_code == 200
    return soup(response)


def test_the_log_page_costs_the_same_queries_with_1_or_25_actions(
    client, ambassador, django_assert_num_queries
):
    logged(ambassador)
    client.force_login(ambassador)
    page = page_queries(client, django_assert_num_queries, 9)
    assert len(page.select(".action-list .action-row")) == 1
    for number in range(24):
        logged(ambassador, people=number + 1)
    page = page_queries(client, django_assert_num_queries, 9)
    assert len(page.select(".action-list .action-row")) == 20
    assert page.select_one(f"a[href='{reverse('members:my_data')}']")


def test_the_edit_page_costs_few_queries(client, ambassador, django_assert_num_queries):
    action = logged(ambassador)
    client.force_login(ambassador)
    client.get(edit_url(action))
    with django_assert_num_queries(8):
        assert client.get(edit_url(action)).status_code == 200


# ---- the service worker ------------------------------------------------------------------


def test_the_service_worker_is_the_members_and_covers_the_log(client, ambassador):
    client.force_login(ambassador)
    response = client.get(reverse("members:actions_worker"))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/javascript; charset=utf-8"
    assert response["Service-Worker-Allowed"] == log_url()
    body = response.content.decode()
    config = json.loads(body.split("const CONFIG = ", 1)[1].split(";\n", 1)[0])
    assert config["page"] == log_url()
    assert config["member"] == ambassador.pk
    assert config["mine"] == f"action-log-{ambassador.pk}-"
    assert config["cache"].startswith(config["family"])
    assert config["family"].startswith(config["mine"])
    with translation.override("ar"):
        arabic = client.get(reverse("members:actions_worker")).content.decode()
    other = json.loads(arabic.split("const CONFIG = ", 1)[1].split(";\n", 1)[0])
    assert other["page"].startswith("/ar/")
    assert other["mine"] == config["mine"]
    assert other["family"] != config["family"]  # each language keeps its own copy
    assert "/static/js/action-log.js" in config["assets"]
    assert "{%" not in body and "{{" not in body
    assert 'request.method !== "GET"' in body


# ---- the dashboard -------------------------------------------------------------------------


def test_the_dashboard_counts_this_years_actions(client, ambassador, other_ambassador):
    logged(ambassador, people=10)
    logged(ambassador, people=5, approximate=True)
    logged(other_ambassador, people=100)
    last_year = local_today().replace(month=1, day=1) - datetime.timedelta(days=1)
    if (local_today() - last_year).days <= 365:
        logged(ambassador, people=7, date=last_year)
    client.force_login(ambassador)
    page = soup(client.get(reverse("members:dashboard")))
    panel = page.select_one("#actions-title").find_parent("section")
    text = " ".join(panel.get_text().split())
    assert f"2 actions en {local_today().year}, 15 personnes touchées." in text
    assert panel.select_one(f"a[href='{log_url()}']").get_text(strip=True) == "Noter une action"


def test_the_dashboard_panel_is_one_query(ambassador, django_assert_num_queries):
    logged(ambassador, people=10)
    request = RequestFactory().get("/")
    request.user = ambassador
    assert permissions.can_log_actions(ambassador)  # the permissions, read once per request
    with django_assert_num_queries(1):
        panel = actions_panel(request, None)
    assert (panel.context["actions"], panel.context["people"]) == (1, 10)


@pytest.mark.parametrize("role", ["applicant", "editor"])
def test_the_dashboard_panel_is_for_ambassadors(role):
    request = RequestFactory().get("/")
    request.user = MemberFactory(**{role: True})
    assert actions_panel(request, None) is None


# ---- signing out -------------------------------------------------------------------------


def test_the_logout_form_asks_the_outbox_first(client, ambassador):
    client.force_login(ambassador)
    page = soup(client.get(reverse("members:dashboard")))
    form = page.select_one("form[data-logout]")
    assert form["action"] == reverse("account_logout")
    assert form["data-member"] == str(ambassador.pk)
    warning = form.select_one("[data-logout-warning]")
    assert warning.has_attr("hidden")
    assert warning.select_one("button[type=submit]")
    assert page.select_one("script[src$='js/outbox.js']")
