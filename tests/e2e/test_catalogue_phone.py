"""The catalogue and the agenda on a phone: the results first, the filters behind their
summary (opened with the keyboard), the active ones as chips; opened beside the results on
a wide screen; an event's address with its map link. axe-core on each view."""

import re
from urllib.parse import urlencode

from playwright.sync_api import expect

from .conftest import VIEWPORTS, watched_page
from .test_public_pages import assert_accessible

FILTERED = "/fr/fiches-experience/?theme=nutrition&pole=moulins"
PHONE_FOLD = VIEWPORTS["phone"]["height"]  # 780 px at 360 px wide


def test_on_a_phone_the_results_come_before_the_filters(browser, live_server_url):
    context = browser.new_context(viewport=VIEWPORTS["phone"], locale="fr-FR")
    page = watched_page(context)
    for language in ("fr", "ar"):
        if language == "fr":
            page.goto(live_server_url + FILTERED)
        else:
            # The Arabic catalogue (through the switcher), with a pôle and one of its own
            # themes (the Arabic sheets have their own keywords).
            switcher = page.locator(".lang-switcher a[lang=ar]")
            catalogue = live_server_url + switcher.get_attribute("href")
            page.goto(catalogue + "?pole=moulins")
            assert page.get_attribute("html", "dir") == "rtl"
            theme = page.locator("input[name=theme]").first.get_attribute("value")
            page.goto(catalogue + "?" + urlencode({"pole": "moulins", "theme": theme}))
        panel = page.locator("details[data-filters]")
        assert panel.get_attribute("open") is None
        if language == "fr":
            assert panel.locator("summary").inner_text() == "Filtrer (2 actifs)"
        first = page.locator(".catalogue__results .card").first
        assert first.bounding_box()["y"] < PHONE_FOLD
        assert not page.locator(".filters input[type=checkbox]").first.is_visible()
        chips = page.locator(".active-filters a.chip:not(.chip--clear)")
        assert chips.count() == 2
        assert chips.first.bounding_box()["y"] < first.bounding_box()["y"]
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0
        assert_accessible(page, f"catalogue-phone-chips-{language}", "phone")

    # French again: the summary opens from the keyboard, and a chip removes its filter only.
    page.goto(live_server_url + FILTERED)
    summary = page.locator("details[data-filters] summary")
    summary.focus()
    page.keyboard.press("Enter")
    assert page.locator("details[data-filters]").get_attribute("open") is not None
    assert page.locator(".filters input[type=checkbox]").first.is_visible()
    theme_chip = page.get_by_role("link", name=re.compile(r"^Retirer le filtre Thème"))
    with page.expect_navigation():
        theme_chip.click()
    assert "theme=" not in page.url and "pole=moulins" in page.url
    assert page.locator("details[data-filters] summary").inner_text() == "Filtrer (1 actif)"
    context.close()


def test_on_a_wide_screen_the_filters_are_open_and_without_script_the_print_button_hides(
    browser, live_server_url
):
    context = browser.new_context(viewport=VIEWPORTS["desktop"], locale="fr-FR")
    page = watched_page(context)
    page.goto(live_server_url + FILTERED)
    expect(page.locator("details[data-filters]")).to_have_attribute("open", "")
    filters = page.locator(".filters").bounding_box()
    results = page.locator(".catalogue__results").bounding_box()
    assert filters["x"] + filters["width"] <= results["x"]  # beside, at the start
    assert_accessible(page, "catalogue-desktop-fr", "desktop")
    page.goto(live_server_url + "/fr/fiches-experience/ambassadeurs-sante-lille/")
    assert page.get_by_role("button", name="Imprimer la fiche").is_visible()
    context.close()

    # Without JavaScript: no print button that would do nothing, the filters stay closed
    # while there are results, and open when there are none.
    context = browser.new_context(
        viewport=VIEWPORTS["phone"], locale="fr-FR", java_script_enabled=False
    )
    page = context.new_page()
    page.goto(live_server_url + "/fr/fiches-experience/ambassadeurs-sante-lille/")
    assert page.locator("button[data-print]").count() == 1
    assert not page.locator("button[data-print]").is_visible()
    page.goto(live_server_url + FILTERED)
    assert page.locator("details[data-filters]").get_attribute("open") is None
    page.goto(live_server_url + "/fr/fiches-experience/?q=zzzz")
    assert page.locator(".filters input[type=checkbox]").first.is_visible()
    context.close()


def test_an_event_shows_its_address_and_the_agenda_its_places(browser, live_server_url):
    context = browser.new_context(viewport=VIEWPORTS["phone"], locale="fr-FR")
    page = watched_page(context)
    page.goto(live_server_url + "/fr/agenda/reunion-partenaires-fives/")
    place = page.locator(".event-place")
    assert "8 rue des Ateliers" in place.inner_text()  # the pôle's address
    map_link = page.locator(".sheet__card a[href^='https://www.openstreetmap.org/']")
    assert map_link.count() == 1
    assert_accessible(page, "catalogue-event-address-fr", "phone")
    page.goto(live_server_url + "/fr/agenda/")
    assert page.locator("details[data-filters]").get_attribute("open") is None
    assert page.locator(".event-list .card").first.bounding_box()["y"] < PHONE_FOLD
    addresses = page.locator(".card__place a[href^='https://www.openstreetmap.org/']")
    assert addresses.count() >= 3
    assert_accessible(page, "catalogue-agenda-fr", "phone")
    context.close()
