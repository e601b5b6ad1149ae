"""An editor starts an experience sheet in the admin with only its title and summary, saves
the draft, and reads what is still missing before it can be published; visitors read the
easy-to-read summary at the top of the recruitment page, on a phone, in French and Arabic."""

import json
import re

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from .conftest import VIEWPORTS, manage, screenshot, sign_in_with_code
from .test_public_pages import AXE_OPTIONS

PASSWORD = "une-phrase-de-passe-2026"
SECRET = "JBSWY3DPEHPK3PXP"

# Run in the server's database: an editor whose second factor has a known secret.
SETUP = """
import json
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from members.roles import Role
from pages.models import ExperienceSheetIndexPage

email = "redactrice.brouillons@example.org"
user = get_user_model().objects.create_user(
    username="redactrice-brouillons", email=email, password={password!r},
    first_name="Rita", last_name="Brouillon", is_staff=True,
)
user.groups.set(Group.objects.filter(role__role=Role.EDITOR))
EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={{"secret": {secret!r}}})
index = ExperienceSheetIndexPage.objects.get(locale__language_code="fr")
print(json.dumps({{"email": email, "index": index.pk}}))
"""


def test_an_editor_saves_a_two_field_draft_and_sees_what_is_missing(browser, live_server_url):
    base = live_server_url
    made = json.loads(
        manage("shell", "-c", SETUP.format(password=PASSWORD, secret=SECRET))
        .strip()
        .splitlines()[-1]
    )

    context = browser.new_context(viewport=VIEWPORTS["desktop"], locale="fr-FR")
    page = context.new_page()
    sign_in_with_code(page, base, made["email"], PASSWORD, SECRET, "/admin/")

    page.goto(f"{base}/admin/pages/add/pages/experiencesheetpage/{made['index']}/")
    checklist = page.locator("#publication-checklist")
    assert checklist.locator("li").count() == 11  # everything, the title and summary first
    page.locator("[name=title]").fill("Un jardin partagé à Fives")
    # The admin's script writes the slug from the title when the title loses the focus.
    page.locator("[name=title]").blur()
    expect(page.locator("[name=slug]")).not_to_have_value("")
    page.locator("[name=summary]").fill("Des voisins cultivent ensemble et parlent d'alimentation.")
    page.get_by_role("button", name="Enregistrer le brouillon").click()
    page.wait_for_url(re.compile(r".*/admin/pages/\d+/edit/.*"))

    assert "Un jardin partagé à Fives" in page.locator(".messages").inner_text()
    items = checklist.locator("li").all_inner_texts()
    assert len(items) == 9, items
    assert "Le récit : Problématique et contexte" in items
    assert "Fiche d'identité : Porteur de l'action" in items
    assert "il reste 9 champs obligatoires" in checklist.inner_text(), checklist.inner_text()
    # The draft kept what was typed, and is not on the site.
    assert page.locator("[name=summary]").input_value().startswith("Des voisins cultivent")
    assert page.locator("[name=start_year]").input_value() == ""
    screenshot(page, "easyread-admin-sheet-draft-checklist", "desktop")
    context.close()

    # The easy-to-read box on a phone, French then Arabic (through the language switcher).
    axe = Axe()
    context = browser.new_context(viewport=VIEWPORTS["phone"], locale="fr-FR")
    page = context.new_page()
    page.goto(f"{base}/fr/devenir-ambassadeur/")
    for language in ("fr", "ar"):
        if language == "ar":
            page.goto(base + page.locator(".lang-switcher a[lang=ar]").get_attribute("href"))
        box = page.locator("section.easy-read")
        assert box.get_attribute("lang") == language
        assert box.locator("li").count() == 7
        assert box.locator("img.easy-read__logo").is_visible()
        assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
        results = axe.run(page, options=AXE_OPTIONS)
        screenshot(page, f"easyread-recruitment-{language}", "phone")
        assert results.violations_count == 0, results.generate_report()
    context.close()
