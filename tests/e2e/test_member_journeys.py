"""The member area in headless Chromium, against the production-like server: the whole
journey from the application to a registration, and every member page checked by axe in
French and Arabic, on a desktop and a phone."""

import email
import email.policy
import re
import time

import pytest
from playwright.sync_api import expect

from .conftest import SCREENSHOTS, SERVER, fresh_totp, manage, screenshot
from .test_public_pages import assert_accessible

PASSWORD = "une-phrase-de-passe-2026"


@pytest.fixture(scope="module")
def demo_accounts(live_server_url):
    """The demo's accounts (coordinator, référente, ambassador…) in the server's database."""
    manage("load_demo", "--users")
    return live_server_url


def emails_to(address):
    """The (subject, text) of the e-mails the server wrote for ``address``, oldest first."""
    messages = []
    for path in sorted(SERVER["emails"].glob("*.log")):
        for raw in path.read_bytes().split(b"-" * 79):
            message = email.message_from_bytes(raw.strip(), policy=email.policy.default)
            if address not in str(message.get("To", "")):
                continue
            text = message.get_body(preferencelist=("plain",))
            messages.append((str(message["Subject"]), text.get_content() if text else ""))
    return messages


def log_in(page, base, address, password, next_path=""):
    page.goto(f"{base}/fr/compte/login/{next_path}")
    page.locator("input[name=login]").fill(address)
    page.locator("input[name=password]").fill(password)
    page.locator("main").get_by_role("button", name="Se connecter").click()


def test_from_application_to_a_training_session(browser, demo_accounts):
    base = demo_accounts
    address = f"nadia.{int(time.time())}@example.org"
    context = browser.new_context(viewport={"width": 360, "height": 780}, locale="fr-FR")
    page = context.new_page()

    # 1. From the home page, the recruitment page, then its button to the application.
    page.goto(f"{base}/fr/")
    page.locator("main a[href='/fr/devenir-ambassadeur/']").first.click()
    page.locator("main a[href='/fr/espace-membre/candidater/']").first.click()
    page.wait_for_url("**/fr/espace-membre/candidater/")

    # 2. The application, sent once with a mistake: what was typed stays.
    page.locator("#id_first_name").fill("Nadia")
    page.locator("#id_last_name").fill("Benali")
    page.locator("#id_email").fill(address)
    page.locator("#id_phone").fill("12")
    page.get_by_label("Relayer les informations santé autour de moi").check()
    page.locator("#id_password1").fill(PASSWORD)
    page.get_by_role("button", name="Envoyer ma candidature").click()
    summary = page.locator("[data-error-summary]")
    # The click only starts the submission: wait for the answer's summary.
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    assert page.locator("#id_first_name").input_value() == "Nadia"
    page.locator("#id_phone").fill("06 12 34 56 78")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_consent").check()
    page.get_by_role("button", name="Envoyer ma candidature").click()
    page.wait_for_url("**/fr/compte/confirm-email/")

    # 3. The verification link from the e-mail.
    (_subject, body), *_ = emails_to(address)
    link = re.search(r"https?://\S+/fr/compte/confirm-email/\S+/", body)[0]
    page.goto(link)
    page.get_by_role("button", name=re.compile("Confirm")).click()
    page.wait_for_url("**/fr/espace-membre/")
    assert "Votre candidature est bien arrivée." in page.locator("main").inner_text()
    context.close()

    # 4. The coordinator signs in, sets up the second factor, and accepts.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
    page = context.new_page()
    log_in(page, base, "coordinatrice@example.org", "demo-coordinatrice-2026", "?next=/admin/")
    page.wait_for_url("**/reauthenticate/**")
    page.locator("input[name=password]").fill("demo-coordinatrice-2026")
    page.get_by_role("button", name=re.compile("Confirm")).click()
    page.wait_for_url("**/2fa/totp/activate/")
    secret = page.locator("#authenticator_secret").input_value()
    page.locator("input[name=code]").fill(fresh_totp(secret))
    page.get_by_role("button", name=re.compile("Activ")).click()
    page.goto(f"{base}/admin/applications/")
    page.get_by_role("link", name="Nadia Benali").click()
    page.get_by_label("Accepter la candidature").check()
    page.get_by_label("Message à la personne").fill("Bienvenue dans le réseau !")
    page.get_by_role("button", name="Enregistrer la réponse et prévenir la personne").click()
    page.wait_for_url("**/admin/applications/")
    context.close()
    subjects = [subject for subject, _body in emails_to(address)]
    assert any("Bienvenue" in subject for subject in subjects)

    # 5. Nadia signs in, registers for a session, sees it, cancels it: without JavaScript,
    # every step is a link or a form (the cancel confirmation is a page of its own).
    context = browser.new_context(
        viewport={"width": 360, "height": 780}, locale="fr-FR", java_script_enabled=False
    )
    page = context.new_page()
    log_in(page, base, address, PASSWORD)
    page.wait_for_url("**/fr/espace-membre/")
    page.goto(f"{base}/fr/formations/ecoute-active/")
    page.locator("#sessions form button").first.click()
    page.wait_for_url("**/fr/formations/ecoute-active/#sessions")
    assert "votre place est réservée" in page.locator(".messages").inner_text()
    page.goto(f"{base}/fr/espace-membre/")
    registration = page.locator(".registration").first
    assert "écoute active" in registration.inner_text()
    assert "Place réservée" in registration.inner_text()
    # Cancelling asks first, on a page of its own that names the session.
    registration.get_by_role("link", name=re.compile("Annuler mon inscription")).click()
    page.wait_for_url(re.compile(r"/fr/espace-membre/inscriptions/\d+/annuler/\?next="))
    assert "écoute active" in page.locator("main h2").inner_text()
    page.get_by_role("button", name="Oui, annuler mon inscription").click()
    page.wait_for_url("**/fr/espace-membre/")
    message = page.locator(".messages").inner_text()
    assert "Votre inscription est annulée." in message
    assert "si vous changez d’avis" in message
    assert page.locator(".registration").count() == 0
    context.close()
    subjects = [subject for subject, _body in emails_to(address)]
    assert any("Inscription confirmée" in subject for subject in subjects)
    assert any("Inscription annulée" in subject for subject in subjects)


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_calendar_block_and_cancel_confirmation_on_a_phone(browser, demo_accounts, language):
    """The demo ambassador at 360 px: the calendar block fits, « Copier » copies the private
    address, « S'abonner » is a webcal:// link; the cancel confirmation page, then « Non »."""
    base = demo_accounts
    context = browser.new_context(viewport={"width": 360, "height": 780}, locale="fr-FR")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base)
    page = context.new_page()
    csp_errors = []
    page.on(
        "console",
        lambda message: "Content Security Policy" in message.text and csp_errors.append(message),
    )
    log_in(page, base, "ambassadrice@example.org", "demo-ambassadrice-2026")
    page.wait_for_url("**/fr/espace-membre/")
    if language == "ar":
        page.goto(base + page.locator(".lang-switcher a[lang=ar]").get_attribute("href"))
        assert page.get_attribute("html", "dir") == "rtl"

    block = page.locator(".calendar-feed")
    field = block.locator("[data-copy-source]")
    address = field.input_value()
    assert re.fullmatch(rf"{base}/{language}/[\w-]+/[\w-]+/[\w-]+\.ics", address)
    webcal = block.locator("a[href^='webcal:']").get_attribute("href")
    assert webcal == "webcal://" + address.split("://", 1)[1]
    copy = block.locator("[data-copy] button")
    copy.click()
    done = block.locator("[data-copy]").get_attribute("data-copy-done")
    status = block.locator("[data-copy-status][aria-live=polite]")
    status.filter(has_text=done).wait_for(state="attached")
    assert page.evaluate("navigator.clipboard.readText()") == address
    block.locator("details summary").click()
    assert block.locator("details").get_attribute("open") is not None
    box = block.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 360
    for element in (field, copy):
        inner = element.bounding_box()
        assert inner["x"] >= 0 and inner["x"] + inner["width"] <= 360
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    block.screenshot(path=SCREENSHOTS / f"calendar-block-{language}-phone.png")
    screenshot(page, f"calendar-dashboard-{language}", "phone")

    # The cancel link of the seat leads to its confirmation page; « Non » keeps the seat.
    dashboard, seats = page.url, page.locator(".registration").count()
    page.locator(".registration a[href*='?next=']").first.click()
    page.wait_for_url(re.compile(rf"/{language}/.+\?next="))
    assert page.locator("main form button[type=submit]").count() == 1
    assert page.locator("main .card time").count() == 1
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    assert_accessible_page(page, f"calendar-cancel-confirmation-{language}", csp_errors)
    page.locator("main form a.button--secondary").click()
    page.wait_for_url(dashboard)
    assert page.locator(".registration").count() == seats
    context.close()


def assert_accessible_page(page, name, csp_errors):
    from .test_public_pages import AXE_OPTIONS, axe

    results = axe.run(page, options=AXE_OPTIONS)
    screenshot(page, name, "phone")
    assert results.violations_count == 0, results.generate_report()
    assert csp_errors == []


MEMBER_PAGES = {
    "apply": ("/fr/espace-membre/candidater/", None),
    "login": ("/fr/compte/login/", None),
    "dashboard": ("/fr/espace-membre/", "ambassadrice"),
    "profile": ("/fr/espace-membre/profil/", "ambassadrice"),
    "my-data": ("/fr/espace-membre/mes-donnees/", "ambassadrice"),
    "training-sessions": ("/fr/formations/ecoute-active/", "ambassadrice"),
    "applicant-dashboard": ("/fr/espace-membre/", "candidat"),
    "applicant-edit": ("/fr/espace-membre/candidature/", "candidat"),
    "email": ("/fr/compte/email/", "ambassadrice"),
    "password": ("/fr/compte/password/change/", "ambassadrice"),
}


@pytest.fixture(scope="module")
def signed_in(browser, demo_accounts):
    """The cookies of each demo account, signed in once for all the page checks."""
    cookies = {}
    for account in {account for _path, account in MEMBER_PAGES.values() if account}:
        context = browser.new_context()
        page = context.new_page()
        log_in(page, demo_accounts, f"{account}@example.org", f"demo-{account}-2026")
        page.wait_for_url("**/fr/espace-membre/")
        cookies[account] = context.cookies()
        context.close()
    return cookies


@pytest.mark.pages
@pytest.mark.parametrize("language", ["fr", "ar"])
@pytest.mark.parametrize("name", list(MEMBER_PAGES))
def test_member_pages_are_accessible(page, viewport, demo_accounts, signed_in, name, language):
    path, account = MEMBER_PAGES[name]
    base = demo_accounts
    if account:
        page.context.add_cookies(signed_in[account])
    response = page.goto(base + path)
    assert response.status == 200
    if language == "ar":
        target = page.locator(".lang-switcher a[lang=ar]").get_attribute("href")
        response = page.goto(base + target)
        assert response.status == 200
        assert page.get_attribute("html", "dir") == "rtl"
    assert_accessible(page, f"member-{name}-{language}", viewport)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0


@pytest.mark.pages
def test_application_errors_are_accessible(page, viewport, live_server_url):
    page.goto(live_server_url + "/fr/espace-membre/candidater/")
    page.get_by_role("button", name="Envoyer ma candidature").click()
    expect(page.locator("[data-error-summary]")).to_be_visible()
    assert_accessible(page, "member-apply-errors-fr", viewport)
