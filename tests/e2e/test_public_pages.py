"""Public pages in headless Chromium: accessibility (axe-core), keyboard, phones, RTL."""

from urllib.parse import quote

import pytest
from axe_playwright_python.sync_playwright import Axe

from .conftest import screenshot

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# The checks Wagtail's userbar shows editors, some of them experimental in axe-core.
WAGTAIL_USERBAR_RULES = [
    "button-name",
    "empty-heading",
    "empty-table-header",
    "frame-title",
    "heading-order",
    "input-button-name",
    "link-name",
    "p-as-heading",
]

PAGES = {
    "home-fr": "/fr/",
    "home-ar": "/ar/",
    "programme-fr": "/fr/le-programme/",
    "programme-ar": "/ar/the-programme/",
    "pole-fr": "/fr/poles-ressources-sante/fives/",
    "search-fr": "/fr/recherche/?q=ambassadeur",
    "search-ar": "/ar/search/?q=" + quote("الصحة"),
    "search-empty-fr": "/fr/recherche/?q=zzzz",
    "not-found-fr": "/fr/page-inexistante/",
}

axe = Axe()


@pytest.mark.parametrize("name", list(PAGES))
def test_page_has_no_accessibility_violation(page, viewport, live_server_url, name):
    response = page.goto(live_server_url + PAGES[name])
    assert response.status == (404 if name.startswith("not-found") else 200)
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    screenshot(page, name, viewport)
    assert results.violations_count == 0, results.generate_report()
    editor_checks = axe.run(
        page, options={"runOnly": {"type": "rule", "values": WAGTAIL_USERBAR_RULES}}
    )
    assert editor_checks.violations_count == 0, editor_checks.generate_report()
    assert page.csp_errors == []


@pytest.mark.parametrize("name", ["home-fr", "home-ar", "programme-fr", "search-ar"])
def test_page_fits_the_screen_without_sideways_scrolling(page, live_server_url, name):
    page.goto(live_server_url + PAGES[name])
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0


@pytest.mark.parametrize(("path", "direction"), [("/fr/", "ltr"), ("/ar/", "rtl")])
def test_arabic_reads_right_to_left(page, live_server_url, path, direction):
    page.goto(live_server_url + path)
    assert page.get_attribute("html", "dir") == direction
    assert page.evaluate("getComputedStyle(document.body).direction") == direction


@pytest.mark.parametrize("path", ["/fr/le-programme/", "/ar/the-programme/"])
def test_skip_link_takes_keyboard_users_to_the_content(page, live_server_url, path):
    page.goto(live_server_url + path)
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    box = skip.bounding_box()
    assert box is not None and box["y"] >= 0 and box["height"] > 0  # visible once focused
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    # The next stop is inside the content, not back in the header.
    assert page.evaluate("document.getElementById('main').contains(document.activeElement)")


def test_menu_opens_with_the_keyboard_on_a_phone(browser, live_server_url):
    context = browser.new_context(viewport={"width": 360, "height": 780})
    page = context.new_page()
    page.goto(live_server_url + "/fr/")
    toggle = page.locator("[data-nav-toggle]")
    menu_link = page.locator("#main-nav-list a", has_text="Le programme")
    assert toggle.is_visible()
    assert not menu_link.is_visible()
    toggle.focus()
    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true"
    assert menu_link.is_visible()
    page.keyboard.press("Escape")
    assert not menu_link.is_visible()
    context.close()


def test_search_from_the_header_with_the_keyboard(page, live_server_url):
    page.goto(live_server_url + "/fr/")
    page.locator("#header-search-q").fill("formation")
    page.keyboard.press("Enter")
    page.wait_for_url("**/fr/recherche/?q=formation")
    assert page.locator("h2#results-title").inner_text().endswith("« formation »")


def test_language_switcher_leads_to_the_translated_page(page, live_server_url):
    page.goto(live_server_url + "/fr/le-programme/")
    page.locator(".lang-switcher a[lang=ar]").click()
    page.wait_for_url("**/ar/the-programme/")
    assert page.locator("h1").inner_text() == "البرنامج"
