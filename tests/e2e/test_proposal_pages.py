"""The member's pages of a proposal in headless Chromium, against the production-like
server: the propose page, the five steps and the project's page checked by axe in French
and Arabic, on a desktop and a phone (no sideways scrolling at 360 px), and the budget
step showing a mistake once."""

import json

import pytest
from playwright.sync_api import expect

from .conftest import VIEWPORTS, manage
from .test_member_journeys import log_in
from .test_public_pages import assert_accessible

pytestmark = pytest.mark.pages

CALL_SLUG = "ars-initiatives-sante-2027"
# An ambassador of the demo who proposes nothing yet (the propose page is hers to see).
NEWCOMER = ("porteuse-e2e@example.org", "une-porteuse-de-projet-2026")
AMBASSADOR = ("ambassadrice@example.org", "demo-ambassadrice-2026")
STEPS = ["project", "actions", "budget", "attachments", "review"]

# Run in the server's database: a second ambassador, and a draft of the demo ambassador
# for the demo's open call, filled in through the services (a budget line included).
SETUP = """
import json
from decimal import Decimal
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from members.models import Profile
from members.proposals import services
from members.roles import Role
from pages.models import FundingCallPage, Pole

User = get_user_model()
email, password = {newcomer!r}
names = {{"email": email, "first_name": "Nour", "last_name": "Porteuse"}}
user, created = User.objects.get_or_create(username="porteuse-e2e", defaults=names)
if created:
    user.set_password(password)
    user.save()
    user.groups.set(Group.objects.filter(role__role=Role.AMBASSADOR))
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    Profile.objects.create(user=user, pole=Pole.objects.get(code="moulins"))
call = FundingCallPage.objects.get(slug={slug!r}, locale__language_code="fr")
ambassador = User.objects.get(email="ambassadrice@example.org")
draft, _created = services.start_draft(call, ambassador)
services.update_step(draft.pk, ambassador, {{
    "title": "Une fête de la santé au jardin partagé de Fives",
    "pole": Pole.objects.get(code="fives"),
    "summary": "Un samedi de stands et d'ateliers avec les habitants et les professionnels.",
    "expectations": "Les familles demandent où se faire dépister près de chez elles.",
    "objectives": "Informer, orienter, faire connaître le pôle.",
    "target_public": "Les familles du quartier",
    "expected_participants": 120,
    "actions": "Mars : préparation avec le centre social. Mai : la fête.",
    "partners": "CPAM, centre social Mosaïque",
    "evaluation": "Un compteur à l'entrée et un mur des avis.",
}})
services.save_budget(draft.pk, ambassador, [
    {{"label": "Location de tentes", "category": "rental", "amount": Decimal("1234.50"),
      "other_source": "Ville de Lille", "other_amount": Decimal("300")}},
    {{"label": "Goûter", "category": "food", "amount": Decimal("250")}},
])
print(json.dumps({{"call_key": str(call.translation_key), "draft": draft.pk}}))
"""


@pytest.fixture(scope="module")
def proposal_data(live_server_url):
    manage("load_demo", "--users")
    output = manage("shell", "-c", SETUP.format(newcomer=NEWCOMER, slug=CALL_SLUG))
    return json.loads(output.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def cookies(browser, live_server_url, proposal_data):
    """Each account signed in once for all the checks."""
    signed_in = {}
    for name, (address, password) in {"newcomer": NEWCOMER, "ambassador": AMBASSADOR}.items():
        context = browser.new_context()
        page = context.new_page()
        log_in(page, live_server_url, address, password)
        page.wait_for_url("**/fr/espace-membre/")
        signed_in[name] = context.cookies()
        context.close()
    return signed_in


def pages(data):
    draft = data["draft"]
    return {
        "propose": ("newcomer", f"/fr/espace-membre/appels/{data['call_key']}/proposer/"),
        **{
            f"step-{step}": ("ambassador", f"/fr/espace-membre/projets/{draft}/{step}/")
            for step in STEPS
        },
        "project": ("ambassador", f"/fr/espace-membre/projets/{draft}/"),
        "dashboard": ("ambassador", "/fr/espace-membre/"),
    }


NAMES = ["propose", *(f"step-{step}" for step in STEPS), "project", "dashboard"]


def fits_the_screen(page, viewport):
    if viewport == "phone":
        width = VIEWPORTS["phone"]["width"]
        assert page.evaluate("document.documentElement.scrollWidth") <= width


@pytest.mark.parametrize("language", ["fr", "ar"])
@pytest.mark.parametrize("name", NAMES)
def test_proposal_pages_are_accessible(
    page, viewport, live_server_url, proposal_data, cookies, name, language
):
    account, path = pages(proposal_data)[name]
    page.context.add_cookies(cookies[account])
    response = page.goto(live_server_url + path)
    assert response.status == 200
    assert response.url == live_server_url + path  # not sent elsewhere
    if language == "ar":
        target = page.locator(".lang-switcher a[lang=ar]").get_attribute("href")
        response = page.goto(live_server_url + target)
        assert response.status == 200
        assert page.get_attribute("html", "dir") == "rtl"
    assert_accessible(page, f"proposal-{name}-{language}", viewport)
    fits_the_screen(page, viewport)


def test_the_budget_shows_a_mistake_accessibly(
    page, viewport, live_server_url, proposal_data, cookies
):
    page.context.add_cookies(cookies["ambassador"])
    page.goto(f"{live_server_url}/fr/espace-membre/projets/{proposal_data['draft']}/budget/")
    page.locator("#id_lines-2-label").fill("Affiches")
    page.locator("#id_lines-2-category").select_option("communication")
    page.locator("#id_lines-2-amount").fill("1.234")
    page.get_by_role("button", name="Enregistrer et continuer").click()
    summary = page.locator("[data-error-summary]")
    # The click only starts the submission: wait for the answer's summary.
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    assert page.locator("#id_lines-2-amount").input_value() == "1.234"
    assert page.locator("#id_lines-2-label").input_value() == "Affiches"
    assert page.locator("#id_lines-2-amount").get_attribute("aria-invalid") == "true"
    assert_accessible(page, "proposal-step-budget-error-fr", viewport)
    fits_the_screen(page, viewport)


def test_a_line_is_added_without_javascript(browser, live_server_url, proposal_data, cookies):
    context = browser.new_context(
        viewport=VIEWPORTS["phone"], locale="fr-FR", java_script_enabled=False
    )
    context.add_cookies(cookies["ambassador"])
    page = context.new_page()
    url = f"{live_server_url}/fr/espace-membre/projets/{proposal_data['draft']}/budget/"
    page.goto(url)
    rows = page.locator("fieldset.budget-line").count()
    page.get_by_role("button", name="Ajouter une ligne").click()
    page.wait_for_url(f"{url}?vides=*")
    assert page.locator("fieldset.budget-line").count() == rows + 1
    context.close()
