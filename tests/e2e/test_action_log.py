"""The action log in headless Chromium, against the production-like server: an ambassador
on a 360 px phone logs an action online (taps and seconds measured), then three offline;
the page reopens offline (the service worker), the waiting count survives the reload, and
back online each action reaches the server exactly once, even when the session expired
meanwhile (the actions wait, the page asks to sign in, then sends them once). Signing out
with actions waiting asks first. The log and the edit page pass axe in French and Arabic,
on a phone and a desktop; screenshots of the form offline with its waiting count."""

import json
import time

import pytest

from .conftest import VIEWPORTS, manage, screenshot
from .test_member_journeys import log_in
from .test_public_pages import assert_accessible

LOG = "/fr/espace-membre/actions/"
LOGIN_TO_LOG = f"?next={LOG}"
# Ambassadors of their own, so that their log starts empty whatever else the demo holds.
TRAVELLER = ("actions-e2e@example.org", "une-ambassadrice-en-vadrouille-2026")
REVIEWER = ("actions-pages-e2e@example.org", "une-ambassadrice-des-pages-2026")

SETUP = """
import json, uuid
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from members.actions import services
from members.models import Profile
from members.roles import Role
from pages.models import Pole
from portal.core.time import local_today

User = get_user_model()
ids = {{}}
for name, (email, password), with_action in {accounts!r}:
    user, created = User.objects.get_or_create(
        username=name, defaults={{"email": email, "first_name": "Samira"}}
    )
    if created:
        user.set_password(password)
        user.save()
        user.groups.set(Group.objects.filter(role__role=Role.AMBASSADOR))
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        Profile.objects.create(user=user, pole=Pole.objects.get(code="fives"))
    ids[name] = {{"user": user.pk}}
    if with_action:
        action, _ = services.log_action(user, uuid.uuid4(), {{
            "date": local_today(), "kind": "stand", "theme": "nutrition",
            "pole": Pole.objects.get(code="fives"), "people": 40, "approximate": True,
            "note": "Stand au marché de Fives, avec le centre social.",
        }})
        ids[name]["action"] = action.pk
print(json.dumps(ids))
"""

COUNT = """
import json
from members.actions.models import Action
actions = Action.objects.filter(author__email={email!r})
uuids = [str(key) for key in actions.values_list("uuid", flat=True)]
print(json.dumps({{"total": actions.count(), "uuids": uuids}}))
"""


@pytest.fixture(scope="module")
def accounts(live_server_url):
    output = manage(
        "shell",
        "-c",
        SETUP.format(
            accounts=[("actions-e2e", TRAVELLER, False), ("actions-pages-e2e", REVIEWER, True)]
        ),
    )
    return json.loads(output.strip().splitlines()[-1])


# The CSRF token of the page's copy in the offline cache: each rendering has its own, so
# the page shown offline is that copy if it carries the same.
CACHED_TOKEN = """async () => {
    for (const name of await caches.keys()) {
        const copy = await (await caches.open(name)).match(location.pathname);
        if (copy) {
            const html = await copy.text();
            return new DOMParser().parseFromString(html, "text/html")
                .querySelector("[data-action-form] [name=csrfmiddlewaretoken]").value;
        }
    }
    return null;
}"""
FORM_TOKEN = "[data-action-form] [name=csrfmiddlewaretoken]"


def on_server(email):
    output = manage("shell", "-c", COUNT.format(email=email))
    return json.loads(output.strip().splitlines()[-1])


def waiting_entries(page):
    return page.evaluate(
        "() => window.ActionOutbox.entries("
        "document.querySelector('[data-action-log]').dataset.member)"
    )


def offline_ready(page):
    page.wait_for_selector("[data-action-log][data-offline-ready=true]", state="attached")


def count_line(page):
    return page.locator("[data-outbox-count]")


def note_offline(page, people):
    """One more action with the type and theme kept from the last one: a number, a tap."""
    page.locator("#id_people").fill(str(people))
    page.locator("main").get_by_role("button", name="Enregistrer l’action").click()


def test_logging_actions_online_offline_and_after_the_session_expired(
    browser, live_server_url, accounts
):
    base = live_server_url
    email, password = TRAVELLER
    context = browser.new_context(viewport=VIEWPORTS["phone"], locale="fr-FR")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    log_in(page, base, email, password, LOGIN_TO_LOG)
    page.wait_for_url(f"**{LOG}")
    offline_ready(page)

    # 1. Online, the common case after the prefill (today's date, the profile's pôle):
    # three taps and a number.
    taps = 0
    started = time.perf_counter()
    page.locator("label[for=id_kind_0]").click()  # Stand
    taps += 1
    page.get_by_text("Alimentation, activité physique", exact=True).click()
    taps += 1
    page.locator("#id_people").fill("12")  # typed, not a tap
    page.locator("main").get_by_role("button", name="Enregistrer l’action").click()
    taps += 1
    page.locator(".action-list .action-row").first.wait_for()
    page.get_by_text("Action enregistrée. Merci !").wait_for()
    elapsed = time.perf_counter() - started
    print(f"\nOne action logged online at 360 px: {taps} taps + the number, {elapsed:.2f} s")
    assert taps == 3
    assert elapsed < 10
    assert page.locator("[data-outbox]").is_hidden()
    assert on_server(email)["total"] == 1

    # 2. Offline: three actions wait on the phone, the page says so.
    context.set_offline(True)
    for people in (5, 6, 7):
        note_offline(page, people)
    page.wait_for_function(
        "() => document.querySelector('[data-outbox-count]').textContent.startsWith('3 ')"
    )
    assert count_line(page).inner_text() == "3 actions en attente d'envoi"
    assert page.locator("[data-outbox-status]").inner_text() == "3 actions en attente d'envoi"
    assert page.locator("[data-outbox-offline]").is_visible()
    assert page.locator(".outbox__entry").count() == 3
    offline = [entry["uuid"] for entry in waiting_entries(page)]
    assert len(set(offline)) == 3
    screenshot(page, "action-log-journey-offline-fr", "phone")

    # 3. The page reopens offline: the service worker serves its copy; the count stays.
    kept_token = page.evaluate(CACHED_TOKEN)
    assert kept_token
    response = page.reload()
    assert response.from_service_worker
    assert page.locator(FORM_TOKEN).get_attribute("value") == kept_token
    page.wait_for_function(
        "() => document.querySelector('[data-outbox-count]').textContent.startsWith('3 ')"
    )
    assert page.locator(".outbox__entry").count() == 3
    assert on_server(email)["total"] == 1

    # 4. Back online: each action reaches the server once, and leaves the phone.
    context.set_offline(False)
    page.locator("[data-outbox]").wait_for(state="hidden")
    server = on_server(email)
    assert server["total"] == 4
    assert all(server["uuids"].count(key) == 1 for key in offline)
    assert waiting_entries(page) == []

    # 5. The session expires while offline: the actions wait, the page asks to sign in.
    context.set_offline(True)
    for people in (8, 9):
        note_offline(page, people)
    page.wait_for_function(
        "() => document.querySelector('[data-outbox-count]').textContent.startsWith('2 ')"
    )
    expired = [entry["uuid"] for entry in waiting_entries(page)]
    context.clear_cookies()
    context.set_offline(False)
    login = page.locator("[data-outbox-login]")
    login.wait_for(state="visible")
    assert "Connectez-vous pour envoyer vos actions" in login.inner_text()
    assert count_line(page).inner_text() == "2 actions en attente d'envoi"
    assert len(waiting_entries(page)) == 2
    assert on_server(email)["total"] == 4
    screenshot(page, "action-log-journey-signed-out-fr", "phone")

    # 6. Signed in again (from the page's link), they are sent, once.
    login.get_by_role("link", name="Se connecter").click()
    page.wait_for_url("**/compte/login/**")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(password)
    page.locator("main").get_by_role("button", name="Se connecter").click()
    page.wait_for_url(f"**{LOG}")
    page.locator("[data-outbox]").wait_for(state="hidden")
    server = on_server(email)
    assert server["total"] == 6
    assert all(server["uuids"].count(key) == 1 for key in offline + expired)
    # Opening the page again sends nothing more.
    page.reload()
    page.locator(".action-list .action-row").first.wait_for()
    assert on_server(email)["total"] == 6
    assert errors == []
    context.close()


def test_signing_out_with_actions_waiting_asks_first(browser, live_server_url, accounts):
    base = live_server_url
    email, password = TRAVELLER
    context = browser.new_context(viewport=VIEWPORTS["phone"], locale="fr-FR")
    page = context.new_page()
    log_in(page, base, email, password, LOGIN_TO_LOG)
    page.wait_for_url(f"**{LOG}")
    offline_ready(page)
    today = page.locator("#id_date").input_value()
    pole = page.locator("#id_pole").input_value()
    before = on_server(email)["total"]
    # An action waiting on the phone (put there as the log's page does; the dashboard sends
    # nothing, so it stays while the member signs out).
    page.goto(f"{base}/fr/espace-membre/")
    page.evaluate(
        """([today, pole]) => window.ActionOutbox.put({
            uuid: crypto.randomUUID(),
            member: document.querySelector("form[data-logout]").dataset.member,
            fields: {date: today, kind: "talks", theme: "autre", pole, people: "3", note: ""},
            label: "Discussions informelles", state: "waiting", message: "", noted: Date.now(),
        })""",
        [today, pole],
    )
    page.locator(".member-nav").get_by_role("button", name="Se déconnecter").click()
    warning = page.locator("[data-logout-warning]")
    warning.wait_for(state="visible")
    assert "pas encore envoyées" in warning.inner_text()
    assert page.url.endswith("/fr/espace-membre/")  # still signed in
    assert page.evaluate("document.activeElement.hasAttribute('data-logout-warning')")
    screenshot(page, "action-log-logout-warning-fr", "phone")
    warning.get_by_role("button", name="Me déconnecter quand même").click()
    page.wait_for_url(lambda url: "/espace-membre/" not in url)
    names = page.evaluate("() => caches.keys()")
    assert [name for name in names if name.startswith("action-log-")] == []
    assert (
        page.evaluate("async () => (await navigator.serviceWorker.getRegistrations()).length") == 0
    )
    # The entry stayed on the phone, under its member: sent at the next sign-in, once.
    log_in(page, base, email, password, LOGIN_TO_LOG)
    page.wait_for_url(f"**{LOG}")
    page.locator("[data-outbox]").wait_for(state="hidden")
    page.get_by_text("Action enregistrée. Merci !").wait_for()
    assert on_server(email)["total"] == before + 1
    # Nothing waits: signing out goes straight on.
    page.locator(".member-nav").get_by_role("button", name="Se déconnecter").click()
    page.wait_for_url(lambda url: "/espace-membre/" not in url)
    context.close()


PUT_ENTRY = """([fields]) => window.ActionOutbox.put({
    uuid: crypto.randomUUID(),
    member: document.querySelector("form[data-logout]").dataset.member,
    fields: fields, label: "Atelier", state: "waiting", message: "", noted: Date.now(),
})"""


def test_an_entry_the_site_refuses_stays_with_its_message(browser, live_server_url, accounts):
    email, password = TRAVELLER
    context = browser.new_context(viewport=VIEWPORTS["desktop"], locale="fr-FR")
    page = context.new_page()
    log_in(page, live_server_url, email, password, LOGIN_TO_LOG)
    page.wait_for_url(f"**{LOG}")
    before = on_server(email)["total"]
    fields = {
        "date": page.locator("#id_date").input_value(),
        "kind": "workshop",
        "theme": "nutrition",
        "pole": page.locator("#id_pole").input_value(),
        "people": "0",  # an old page's outbox, or a phone that skipped the form's checks
        "note": "",
    }
    page.evaluate(PUT_ENTRY, [fields])
    page.reload()
    refused = page.locator(".outbox__entry--refused")
    refused.wait_for()
    assert "Refusée par le site" in refused.inner_text()
    assert "Le nombre de personnes touchées est d'au moins 1." in refused.inner_text()
    assert count_line(page).is_hidden()  # nothing waits to be sent
    assert len(waiting_entries(page)) == 1  # kept until the member removes it
    refused.get_by_role("button", name="Retirer").click()
    page.locator("[data-outbox]").wait_for(state="hidden")
    assert waiting_entries(page) == []
    assert on_server(email)["total"] == before
    context.close()


def test_a_burst_the_site_throttles_waits_and_leaves_after_retry_after(
    browser, live_server_url, accounts
):
    """The site's 429 (members/actions/views.py, tested there) is played by the browser here,
    once, asking to wait 5 s: nothing is refused or lost, the outbox says why it waits and
    sends everything by itself after Retry-After. (The service worker is kept out so that
    every request goes through the route.)"""
    email, password = TRAVELLER
    context = browser.new_context(
        viewport=VIEWPORTS["desktop"], locale="fr-FR", service_workers="block"
    )
    page = context.new_page()
    log_in(page, live_server_url, email, password, LOGIN_TO_LOG)
    page.wait_for_url(f"**{LOG}")
    before = on_server(email)["total"]
    refusals = []

    def throttled(route):
        if route.request.method == "POST" and not refusals:
            refusals.append(time.monotonic())
            message = "Beaucoup d’actions ont été envoyées en peu de temps."
            route.fulfill(
                status=429,
                headers={"Retry-After": "5", "Content-Type": "application/json"},
                body=json.dumps({"errors": {"__all__": [message]}, "message": message}),
            )
        else:
            route.continue_()

    page.route(f"**{LOG}", throttled)
    fields = {
        "date": page.locator("#id_date").input_value(),
        "kind": "workshop",
        "theme": "nutrition",
        "pole": page.locator("#id_pole").input_value(),
        "people": "3",
        "note": "",
    }
    for _entry in range(3):
        page.evaluate(PUT_ENTRY, [fields])
    page.reload()
    busy = page.locator("[data-outbox-busy]")
    busy.wait_for(state="visible")
    assert "repartiront d’elles-mêmes" in busy.inner_text()
    assert count_line(page).inner_text() == "3 actions en attente d'envoi"
    assert [entry["state"] for entry in waiting_entries(page)] == ["waiting"] * 3
    assert on_server(email)["total"] == before
    # No reload, no network event: the page tries again by itself when the site said.
    page.locator("[data-outbox]").wait_for(state="hidden", timeout=20_000)
    assert time.monotonic() - refusals[0] >= 5
    assert waiting_entries(page) == []
    assert on_server(email)["total"] == before + 3
    context.close()


# ---- the pages: axe, phones, right to left, screenshots ------------------------------------


@pytest.fixture(scope="module")
def reviewer_cookies(browser, live_server_url, accounts):
    context = browser.new_context()
    page = context.new_page()
    log_in(page, live_server_url, *REVIEWER)
    page.wait_for_url("**/fr/espace-membre/")
    cookies = context.cookies()
    context.close()
    return cookies


def open_in(page, base, path, language):
    response = page.goto(base + path)
    assert response.status == 200
    assert response.url == base + path
    if language == "ar":
        target = page.locator(".lang-switcher a[lang=ar]").get_attribute("href")
        response = page.goto(base + target)
        assert response.status == 200
        assert page.get_attribute("html", "dir") == "rtl"


def fits_the_screen(page, viewport):
    if viewport == "phone":
        assert page.evaluate("document.documentElement.scrollWidth") <= VIEWPORTS["phone"]["width"]


@pytest.mark.pages
@pytest.mark.parametrize("language", ["fr", "ar"])
# The log page's own check is the offline one below (the form with actions waiting).
@pytest.mark.parametrize("name", ["edit"])
def test_the_action_pages_are_accessible(
    page, viewport, live_server_url, accounts, reviewer_cookies, name, language
):
    page.context.add_cookies(reviewer_cookies)
    action = accounts["actions-pages-e2e"]["action"]
    path = LOG if name == "log" else f"{LOG}{action}/modifier/"
    open_in(page, live_server_url, path, language)
    if name == "log":
        page.locator("[data-step]").first.wait_for()  # the script's buttons shown
    assert_accessible(page, f"action-{name}-{language}", viewport)
    fits_the_screen(page, viewport)


@pytest.mark.pages
@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_form_offline_with_actions_waiting(
    page, viewport, live_server_url, accounts, reviewer_cookies, language
):
    page.context.add_cookies(reviewer_cookies)
    open_in(page, live_server_url, LOG, language)
    offline_ready(page)
    page.context.set_offline(True)
    note_offline_here = page.locator("#id_people")
    for people in (15, 4):
        note_offline_here.fill(str(people))
        page.locator(".action-form__submit").click()
    # Two entries listed (Arabic says « two » in words, its dual form: count the list).
    page.wait_for_function("() => document.querySelectorAll('[data-outbox-list] > *').length === 2")
    assert page.locator("[data-outbox-count]").inner_text().strip()
    assert page.locator("[data-outbox-offline]").is_visible()
    page.locator("#id_people").fill("8")
    assert_accessible(page, f"action-log-offline-{language}", viewport)
    fits_the_screen(page, viewport)
    # These two stay on this test's phone (its context closes offline): nothing is sent.
