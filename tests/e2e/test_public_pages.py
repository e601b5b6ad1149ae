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
    "search-fr": "/fr/recherche/?q=ambassadeur",
    "search-ar": "/ar/search/?q=" + quote("الصحة"),
    "search-empty-fr": "/fr/recherche/?q=zzzz",
    "not-found-fr": "/fr/page-inexistante/",
}

# One page of each type of the public content, in French; the Arabic one is reached
# through the language switcher, as a visitor would.
CONTENT_PAGES = {
    "recruitment": "/fr/devenir-ambassadeur/",
    "catalogue": "/fr/fiches-experience/",
    "sheet": "/fr/fiches-experience/ambassadeurs-sante-lille/",
    "agenda": "/fr/agenda/",
    "event": "/fr/agenda/forum-sante-faubourg-de-bethune/",
    "pole-index": "/fr/poles-ressources-sante/",
    "pole": "/fr/poles-ressources-sante/fives/",
    "training-index": "/fr/formations/",
    "training": "/fr/formations/role-ambassadeur/",
    "funding-index": "/fr/appels-a-projets/",
    "funding-call": "/fr/appels-a-projets/ars-initiatives-sante-2027/",
}
# Views of the same pages with their filters in use.
FILTERED_PAGES = {
    "catalogue-filtered-fr": "/fr/fiches-experience/?theme=nutrition&pole=moulins",
    "catalogue-empty-fr": "/fr/fiches-experience/?q=zzzz",
    "agenda-past-fr": "/fr/agenda/?periode=passes",
    "agenda-filtered-fr": "/fr/agenda/?pole=fives&type=pole_meeting",
}

axe = Axe()

pytestmark = pytest.mark.pages


# One axe run: the WCAG tags, plus the userbar's rules (an explicit "enabled" wins over
# the tag selection in axe-core).
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": WCAG_TAGS},
    "rules": {rule: {"enabled": True} for rule in WAGTAIL_USERBAR_RULES},
}


def assert_accessible(page, name, viewport):
    results = axe.run(page, options=AXE_OPTIONS)
    screenshot(page, name, viewport)
    assert results.violations_count == 0, results.generate_report()
    assert page.csp_errors == []


@pytest.mark.parametrize("name", [*PAGES, *FILTERED_PAGES])
def test_page_has_no_accessibility_violation(page, viewport, live_server_url, name):
    path = PAGES.get(name) or FILTERED_PAGES[name]
    response = page.goto(live_server_url + path)
    assert response.status == (404 if name.startswith("not-found") else 200)
    assert_accessible(page, name, viewport)


@pytest.mark.parametrize("language", ["fr", "ar"])
@pytest.mark.parametrize("kind", list(CONTENT_PAGES))
def test_each_page_type_is_accessible_in_french_and_arabic(
    page, viewport, live_server_url, kind, language
):
    response = page.goto(live_server_url + CONTENT_PAGES[kind])
    assert response.status == 200
    if language == "ar":
        switcher = page.locator(".lang-switcher a[lang=ar]")
        # The page has its Arabic translation: the switcher does not fall back to the home.
        assert switcher.locator(".lang-switcher__note").count() == 0
        response = page.goto(live_server_url + switcher.get_attribute("href"))
        assert response.status == 200
        assert page.get_attribute("html", "dir") == "rtl"
    assert_accessible(page, f"{kind}-{language}", viewport)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0


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
    # The account link and the search open with it, and come next in the keyboard's order.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "account-link"
    page.keyboard.press("Escape")
    assert not menu_link.is_visible()
    assert not page.locator("#header-search-q").is_visible()
    assert page.evaluate("document.activeElement.hasAttribute('data-nav-toggle')")
    context.close()


def test_search_from_the_header_with_the_keyboard(page, live_server_url, viewport):
    page.goto(live_server_url + "/fr/")
    search = page.locator("#header-search-q")
    if viewport == "phone":
        # On a phone the search waits behind the menu button, opened from the keyboard.
        assert not search.is_visible()
        page.locator("[data-nav-toggle]").focus()
        page.keyboard.press("Enter")
    search.fill("formation")
    page.keyboard.press("Enter")
    page.wait_for_url("**/fr/recherche/?q=formation")
    assert page.locator("h2#results-title").inner_text().endswith("« formation »")


def test_language_switcher_leads_to_the_translated_page(page, live_server_url):
    page.goto(live_server_url + "/fr/le-programme/")
    page.locator(".lang-switcher a[lang=ar]").click()
    page.wait_for_url("**/ar/the-programme/")
    assert page.locator("h1").inner_text() == "البرنامج"
