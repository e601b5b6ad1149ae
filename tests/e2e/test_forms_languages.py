"""The application on a 360 px phone, in Arabic and in French: sent with mistakes, the
summary counts what it lists and the address and phone are typed left to right; sent right,
the page that follows says what comes next, links to whom to ask, and does not scroll
sideways, even with a long address in its message. Both pages pass axe."""

import re
import time

import pytest

from .conftest import VIEWPORTS, watched_page
from .test_public_pages import assert_accessible

PASSWORD = "une-phrase-de-passe-2026"
APPLY = {"ar": "/ar/member-area/apply/", "fr": "/fr/espace-membre/candidater/"}


def scrolls_sideways(page):
    return page.evaluate(
        "document.documentElement.scrollWidth > document.documentElement.clientWidth"
    )


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_the_application_with_mistakes_then_sent(browser, live_server_url, language):
    context = browser.new_context(viewport=VIEWPORTS["phone"], locale=language)
    page = watched_page(context)
    page.goto(live_server_url + APPLY[language])
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    form = page.locator("form.member-form")
    # A bad address and phone, a password too short, common and numeric, no consent.
    page.locator("#id_first_name").fill("Samira")
    page.locator("#id_last_name").fill("Haddad")
    page.locator("#id_email").fill("nadia@")
    page.locator("#id_phone").fill("12")
    page.locator("#id_involvement_0").check()
    page.locator("#id_password1").fill("123")
    form.locator("button[type=submit]").click()
    summary = page.locator("[data-error-summary]")
    summary.wait_for()
    items = summary.locator("ul > li")
    title = summary.locator(".alert__title").inner_text()
    assert items.count() == 6
    assert re.findall(r"\d+", title) == ["6"]
    assert page.locator("#id_password1").input_value() == ""
    for name, kind in (("email", "email"), ("phone", "tel")):
        field = page.locator(f"#id_{name}")
        assert field.get_attribute("type") == kind
        assert field.get_attribute("inputmode") == kind
        direction = field.evaluate("element => getComputedStyle(element).direction")
        assert direction == "ltr", name
    assert not scrolls_sideways(page)
    assert_accessible(page, f"forms-apply-mistakes-{language}", "phone")

    # Sent right, with an address long enough to overflow a phone if it did not wrap.
    address = f"nadia.benali.quartier-de-fives.{int(time.time())}{language}@association-exemple.org"
    page.locator("#id_email").fill(address)
    page.locator("#id_phone").fill("06 12 34 56 78")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_consent").check()
    form.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(rf"/{language}/[^/]+/confirm-email/$"))
    assert address in page.locator("main").inner_text()
    assert page.locator("[data-next-steps] > li").count() == 4
    help_link = page.locator("[data-help] a")
    assert help_link.count() == 1
    assert help_link.get_attribute("href").startswith(f"/{language}/")
    assert not scrolls_sideways(page)
    assert_accessible(page, f"forms-verification-sent-{language}", "phone")
    context.close()
