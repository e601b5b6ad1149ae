"""The figures' pages of the Wagtail admin in headless Chromium, against the
production-like server: the dashboard and the actions' list checked by axe in French and
Arabic (the admin speaks the staff member's chosen language: an Arabic-speaking
coordinator's account), on a desktop and a phone, with no sideways scrolling of the page
at 360 px (wide charts and tables scroll inside their own focusable region)."""

import json
import re

import pytest

from .conftest import SCREENSHOTS, VIEWPORTS, manage, sign_in_with_code
from .test_public_pages import assert_accessible

pytestmark = pytest.mark.pages

PASSWORD = "des-chiffres-pour-les-financeurs-2026"
SECRET = "JBSWY3DPEHPK3PXP"

# Run in the server's database: three staff accounts whose second factor is set up with a
# known secret (a coordinator in French, one in Arabic, the référente of Fives), actions
# of the demo's ambassador in Fives and of another in Moulins, and the summary table
# rebuilt from them.
SETUP = """
import datetime, json, uuid
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile
from members import summary
from members.actions import services
from members.actions.choices import ActionKind, ActionTheme
from members.models import Profile
from members.roles import Role
from pages.models import Pole
from portal.core.time import local_today

User = get_user_model()
fives, moulins = Pole.objects.get(code="fives"), Pole.objects.get(code="moulins")
made = {{}}
for key, role, language in (
    ("coordinator", Role.COORDINATOR, "fr"),
    ("coordinator_ar", Role.COORDINATOR, "ar"),
    ("referent", Role.REFERENT, "fr"),
    ("ambassador", Role.AMBASSADOR, "fr"),
):
    email = f"chiffres-{{key}}@example.org"
    user, created = User.objects.get_or_create(
        username=f"chiffres-{{key}}",
        defaults={{"email": email, "first_name": key.title(), "last_name": "Chiffres",
                   "is_staff": role != Role.AMBASSADOR}},
    )
    if created:
        user.set_password({password!r})
        user.save()
        user.groups.set(Group.objects.filter(role__role=role))
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        profile = Profile.objects.create(user=user, pole=moulins if key == "ambassador" else fives)
        if role == Role.REFERENT:
            profile.referent_poles.set([fives])
        if role != Role.AMBASSADOR:
            Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP,
                                         data={{"secret": {secret!r}}})
        settings = UserProfile.get_for_user(user)
        settings.preferred_language = language
        settings.save()
    made[key] = email

today = local_today()
demo = User.objects.get(email="ambassadrice@example.org")
other = User.objects.get(username="chiffres-ambassador")
kinds, themes = ActionKind.values, ActionTheme.values
for index in range(60):
    author = demo if index % 3 else other
    day = today - datetime.timedelta(days=index * 5)
    services.log_action(author, uuid.uuid5(uuid.NAMESPACE_URL, f"chiffres-e2e-{{index}}"), {{
        "date": day, "kind": kinds[index % len(kinds)], "theme": themes[index % len(themes)],
        "pole": fives if author == demo else moulins, "people": 3 + index * 7 % 40,
        "approximate": index % 4 == 0, "note": "Stand au marché" if index % 2 else "",
    }})
summary.rebuild()
print(json.dumps(made))
"""


@pytest.fixture(scope="module")
def accounts(live_server_url):
    manage("load_demo", "--users")
    output = manage("shell", "-c", SETUP.format(password=PASSWORD, secret=SECRET))
    return json.loads(output.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def cookies(browser, live_server_url, accounts):
    """Each staff account signed in once (password, then the authenticator's code: a code
    is good once per account, and each account uses one)."""
    signed_in = {}
    for key in ("coordinator", "coordinator_ar", "referent"):
        context = browser.new_context()
        page = context.new_page()
        sign_in_with_code(page, live_server_url, accounts[key], PASSWORD, SECRET, "/admin/")
        signed_in[key] = context.cookies()
        context.close()
    return signed_in


PAGES = {
    "dashboard": "/admin/chiffres/",
    "dashboard-pole": "/admin/chiffres/?pole=2&du={year}-01&au={year}-12",
    "dashboard-errors": "/admin/chiffres/?annee=99999999&du=..%2F&pole=%00",
    "actions": "/admin/chiffres/actions/",
    "actions-filtered": "/admin/chiffres/actions/?theme=nutrition&annee={year}",
}
# The account of each language, and the pages each looks at.
VIEWERS = {"fr": "coordinator", "ar": "coordinator_ar", "referent": "referent"}


def whole_page(page, name, viewport):
    """A screenshot of the whole page: the admin scrolls inside its own frame, not the
    document, so the window is made as tall as the content first."""
    height = page.evaluate(
        "Math.max(...[...document.querySelectorAll('main, .content-wrapper, body')]"
        ".map(element => element.scrollHeight))"
    )
    size = VIEWPORTS[viewport]
    page.set_viewport_size({"width": size["width"], "height": height + 40})
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}-{viewport}-whole.png", full_page=True)
    page.set_viewport_size(size)


# What sticks out of the window in the page's content, outside the regions that scroll on
# purpose (the admin's frame hides what overflows, so the document's width tells nothing;
# the admin's own header is left to Wagtail).
STICKING_OUT = """() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll("#main .nice-padding *")]
        .filter(element => !element.parentElement.closest("[role=region]"))
        .filter(element => element.getClientRects().length)
        .filter(element => {
            const box = element.getBoundingClientRect();
            return box.right > width + 1 || box.left < -1;
        })
        .map(element => `${element.tagName} ${element.id} ${element.className}`);
}"""


def fits_the_screen(page, viewport):
    if viewport == "phone":
        assert page.evaluate("document.documentElement.scrollWidth") <= VIEWPORTS[viewport]["width"]
        sticking_out = page.evaluate(STICKING_OUT)
        assert not sticking_out, "\n".join(sticking_out)


# Each page in both languages where its text matters, the référent's view where its scope
# differs (one browser check costs seconds: the suite keeps CI under 20 minutes).
CASES = [
    ("dashboard", "fr"),
    ("dashboard", "ar"),
    ("dashboard-pole", "referent"),
    ("dashboard-errors", "fr"),
    ("dashboard-errors", "ar"),
    ("actions", "fr"),
    ("actions", "ar"),
    ("actions-filtered", "referent"),
]


@pytest.mark.parametrize(("name", "viewer"), CASES)
def test_figures_pages_are_accessible(page, viewport, live_server_url, cookies, viewer, name):
    page.context.add_cookies(cookies[VIEWERS[viewer]])
    year = page.evaluate("new Date().getFullYear()")
    path = PAGES[name].format(year=year)
    response = page.goto(live_server_url + path)
    assert response.status == 200
    assert response.url == live_server_url + path  # not sent elsewhere
    expected_dir = "rtl" if viewer == "ar" else "ltr"
    assert page.get_attribute("html", "dir") == expected_dir
    assert_accessible(page, f"figures-{name}-{viewer}", viewport)
    fits_the_screen(page, viewport)
    whole_page(page, f"figures-{name}-{viewer}", viewport)


def test_the_numbers_lead_to_their_actions(page, viewport, live_server_url, cookies):
    """From the dashboard's table of people reached by theme to the actions of that theme,
    with a keyboard only; the list's total is the number that was clicked."""
    page.context.add_cookies(cookies["referent"])
    page.goto(f"{live_server_url}/admin/chiffres/")
    links = page.locator("#chart-people-theme-caption").locator("xpath=..").locator("tbody a")
    link = next(
        links.nth(index)
        for index in range(links.count())
        if not links.nth(index).inner_text().startswith("0")
    )
    clicked = link.inner_text().split("—")[0].strip()
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/admin/chiffres/actions/?**")
    assert "theme=" in page.url
    scope = page.locator("#actions-scope").inner_text()
    assert "personnes touchées" in scope
    people = re.search(r"personnes touchées : ([\d\s\u202f]+)", scope)[1]
    assert re.sub(r"\s", "", people) == re.sub(r"\s", "", clicked)
