"""What a visitor comes for, done in Chromium: find a sheet by theme and pôle with the
keyboard, add a pôle's events to a calendar, reach the application form from the home."""

import re

import icalendar
import pytest

CATALOGUE = "/fr/fiches-experience/"


def tab_to(page, selector, limit=120):
    """Press Tab until the element matching ``selector`` has the focus."""
    target = page.locator(selector)
    for _ in range(limit):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return
    pytest.fail(f"{selector} was not reached with the Tab key")


def checkbox_for(page, facet, text):
    label = page.locator(f"label[for^='filter-{facet}-']", has_text=text).first
    return "#" + label.get_attribute("for")


def test_catalogue_filters_work_with_the_keyboard(browser, live_server_url):
    context = browser.new_context(viewport={"width": 360, "height": 780})
    page = context.new_page()
    page.goto(live_server_url + CATALOGUE)
    total = page.locator(".catalogue__results .card").count()
    assert total >= 6

    # On a phone the filters wait behind their disclosure, after the results' count.
    tab_to(page, "details[data-filters] summary")
    page.keyboard.press("Enter")
    tab_to(page, checkbox_for(page, "theme", "nutrition"))
    page.keyboard.press("Space")
    tab_to(page, checkbox_for(page, "pole", "Moulins"))
    page.keyboard.press("Space")
    tab_to(page, ".filters button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert "theme=nutrition" in page.url and "pole=moulins" in page.url
    cards = page.locator(".catalogue__results .card")
    assert 1 <= cards.count() < total
    for tags in cards.locator(".tag-list").all_inner_texts():
        assert "nutrition" in tags
    active = page.locator(".active-filters li")
    assert active.count() == 2

    # Removing one filter keeps the other, and is a plain link.
    active.first.locator("a").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "theme=" not in page.url and "pole=moulins" in page.url
    context.close()


def test_a_poles_events_can_be_added_to_a_calendar(page, live_server_url):
    page.goto(live_server_url + "/fr/poles-ressources-sante/fives/")
    subscribe = page.get_by_role("link", name="Ajouter les événements du pôle à mon calendrier")
    assert subscribe.get_attribute("href").startswith("webcal://")
    download = page.get_by_role("link", name="Télécharger le fichier iCal")
    response = page.request.get(live_server_url + download.get_attribute("href"))
    assert response.ok
    assert response.headers["content-type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.body())
    events = calendar.walk("VEVENT")
    assert events, "the pôle's feed is empty"
    meetings = [event for event in events if "RRULE" in event]
    assert meetings and meetings[0]["RRULE"]["INTERVAL"] == [6]
    assert all(
        event["DTSTART"].dt.tzinfo is not None or "VALUE" in event["DTSTART"].params
        for event in events
    )


def test_the_application_form_is_two_clicks_from_the_home(page, live_server_url):
    page.goto(live_server_url + "/fr/")
    with page.expect_navigation():
        page.locator(".hero a.button").first.click()
    assert page.url.endswith("/fr/devenir-ambassadeur/")
    apply = page.locator("a.button", has_text="Je veux devenir ambassadeur·rice").first
    assert apply.get_attribute("href") == "/fr/espace-membre/candidater/"


def test_an_experience_sheet_prints_on_a4(browser, live_server_url):
    context = browser.new_context()
    page = context.new_page()
    page.goto(live_server_url + CATALOGUE + "ambassadeurs-sante-lille/")
    page.emulate_media(media="print")
    # Navigation, filters and buttons stay off paper; the identity card is printed.
    assert page.locator(".main-nav").is_hidden()
    assert page.locator(".sheet__card").is_visible()
    pdf = page.pdf(prefer_css_page_size=True)
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    assert boxes, "no page in the PDF"
    # A4 is 595 by 842 points.
    assert {(round(float(w)), round(float(h))) for w, h in boxes} == {(595, 842)}
    assert len(boxes) <= 4, f"the sheet prints on {len(boxes)} pages"
    context.close()
