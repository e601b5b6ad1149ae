"""The contact page on a 360 px phone, in French and in Arabic: a message sent with a
mistake comes back with what was typed and its error, then is sent and confirmed on the
same page; both states pass axe, nothing scrolls sideways, the robots' trap is off
screen. In French, the coordination then finds the message in the admin's inbox."""

import json
import re

import pytest

from .conftest import VIEWPORTS, manage, screenshot, sign_in_with_code, watched_page
from .test_public_pages import assert_accessible

PASSWORD = "une-question-pour-la-coordination-2026"
SECRET = "JBSWY3DPEHPK3PXP"

SETUP = """
import json
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from members.roles import Role

User = get_user_model()
email = "contact-coordination@example.org"
user, created = User.objects.get_or_create(
    username="contact-coordination",
    defaults={{"email": email, "first_name": "Claire", "last_name": "Contact", "is_staff": True}},
)
if created:
    user.set_password({password!r})
    user.save()
    user.groups.set(Group.objects.filter(role__role=Role.COORDINATOR))
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    Authenticator.objects.create(
        user=user, type=Authenticator.Type.TOTP, data={{"secret": {secret!r}}}
    )
print(json.dumps(email))
"""


def no_sideways_scrolling(page):
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_send_a_message_from_a_phone(browser, live_server_url, language):
    context = browser.new_context(viewport=VIEWPORTS["phone"], locale=f"{language}-FR")
    page = watched_page(context)
    url = f"{live_server_url}/{language}/contact/"
    assert page.goto(url).status == 200
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    assert no_sideways_scrolling(page)
    # The trap is off screen for people; screen readers skip it (aria-hidden).
    trap = page.locator(".contact__trap input").bounding_box()
    assert (
        trap is None or trap["x"] + trap["width"] <= 0 or trap["x"] >= VIEWPORTS["phone"]["width"]
    )
    assert_accessible(page, f"contact-page-{language}", "phone")

    # Sent without an e-mail address or a phone number: the error, and what was typed.
    form = page.locator("main form.member-form")
    form.locator("input[name=name]").fill("Nadia Benali" if language == "fr" else "نادية بن علي")
    form.locator("select[name=topic]").select_option("pole-fives")
    message = (
        "Bonjour, où a lieu la prochaine permanence du pôle\u00a0?"
        if language == "fr"
        else "مرحبا، أين تقام الحصة القادمة للقطب؟"
    )
    form.locator("textarea[name=message]").fill(message)
    form.locator("button[type=submit]").click()
    page.wait_for_load_state()
    summary = page.locator(".error-summary")
    assert summary.is_visible()
    assert page.locator("textarea[name=message]").input_value() == message
    assert page.locator("select[name=topic]").input_value() == "pole-fives"
    assert page.locator("input[name=email]").get_attribute("aria-invalid") == "true"
    assert_accessible(page, f"contact-errors-{language}", "phone")

    # Corrected and sent: the confirmation, on the same page.
    page.locator("input[name=email]").fill(f"nadia-{language}@example.org")
    page.locator("main form.member-form button[type=submit]").click()
    page.wait_for_url(re.compile(r".*/contact/\?envoye=1#contact-confirmation$"))
    confirmation = page.locator("#contact-confirmation")
    assert confirmation.is_visible()
    assert page.locator("main form.member-form").count() == 0
    if language == "fr":
        assert "Merci, votre message est bien arrivé" in confirmation.inner_text()
        assert "3 jours ouvrés" in confirmation.inner_text()
    assert no_sideways_scrolling(page)
    assert_accessible(page, f"contact-confirmation-{language}", "phone")
    context.close()

    if language != "fr":
        return
    # The coordination reads it in the admin's inbox.
    email = json.loads(
        manage("shell", "-c", SETUP.format(password=PASSWORD, secret=SECRET))
        .strip()
        .splitlines()[-1]
    )
    context = browser.new_context(viewport=VIEWPORTS["desktop"])
    page = context.new_page()
    sign_in_with_code(page, live_server_url, email, PASSWORD, SECRET, "/admin/messages-recus/")
    assert page.get_by_role("link", name="Nadia Benali").count() == 1
    screenshot(page, "contact-admin-inbox", "desktop")
    page.get_by_role("link", name="Nadia Benali").click()
    page.get_by_role("button", name="Marquer traité").click()
    page.wait_for_url(re.compile(r".*/admin/messages-recus/inspect/\d+/$"))
    assert page.get_by_role("button", name="Remettre à traiter").count() == 1
    screenshot(page, "contact-admin-message", "desktop")
    context.close()
