"""English and Arabic visitors read the legal pages in their language and find French
pages not translated yet in the search, marked « en français »; an editor whose browser
asks for English works in a French admin, translation editor included."""

import json
from urllib.parse import quote

from axe_playwright_python.sync_playwright import Axe

from .conftest import VIEWPORTS, manage, screenshot, sign_in_with_code
from .test_public_pages import AXE_OPTIONS

PASSWORD = "une-phrase-de-passe-2026"
SECRET = "JBSWY3DPEHPK3PXQ"

# Run in the server's database: an administrator (who may publish) whose second factor
# has a known secret.
SETUP = """
import json
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from pages.models import StandardPage

email = "redactrice.langues@example.org"
user = get_user_model().objects.create_user(
    username="redactrice-langues", email=email, password={password!r},
    first_name="Lina", last_name="Langues", is_staff=True, is_superuser=True,
)
EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={{"secret": {secret!r}}})
page = StandardPage.objects.get(locale__language_code="ar", slug="accessibility")
print(json.dumps({{"email": email, "page": page.pk}}))
"""


def test_legal_pages_and_search_in_english_and_arabic(browser, live_server_url):
    base = live_server_url
    axe = Axe()
    context = browser.new_context(viewport=VIEWPORTS["phone"], locale="ar")
    page = context.new_page()
    for code, path, title in [
        ("ar", "/ar/accessibility/", "بيان إمكانية الوصول"),
        ("en", "/en/accessibility/", "Accessibility statement"),
    ]:
        response = page.goto(base + path)
        assert response.status == 200
        assert page.locator("h1").inner_text() == title
        # Each footer link leads to the page in the visitor's language.
        hrefs = page.locator(".site-footer__links a").evaluate_all(
            "links => links.map(link => link.getAttribute('href'))"
        )
        assert f"/{code}/accessibility/" in hrefs and all(h.startswith(f"/{code}/") for h in hrefs)
        results = axe.run(page, options=AXE_OPTIONS)
        screenshot(page, f"languages-accessibility-{code}", "phone")
        assert results.violations_count == 0, results.generate_report()

    page.goto(base + "/ar/search/?q=" + quote("vaccination"))
    french = page.locator("ol.search-results li", has=page.locator(".card__lang"))
    assert french.count() >= 1
    assert french.first.locator("h3 a").get_attribute("lang") == "fr"
    results = axe.run(page, options=AXE_OPTIONS)
    screenshot(page, "languages-search-ar", "phone")
    assert results.violations_count == 0, results.generate_report()
    context.close()


def test_staff_with_an_english_browser_translate_in_french(browser, live_server_url):
    base = live_server_url
    made = json.loads(
        manage("shell", "-c", SETUP.format(password=PASSWORD, secret=SECRET))
        .strip()
        .splitlines()[-1]
    )
    context = browser.new_context(viewport=VIEWPORTS["desktop"], locale="en-GB")
    page = context.new_page()
    sign_in_with_code(page, base, made["email"], PASSWORD, SECRET, "/admin/")

    page.goto(f"{base}/admin/pages/{made['page']}/edit/")
    editor = page.locator(".js-translation-editor")
    editor.get_by_text("Traduction Français → العربية").first.wait_for()
    assert page.locator("html").get_attribute("lang") == "fr"
    text = editor.inner_text() + editor.evaluate("node => node.textContent")
    assert "More actions" not in text and " translation" not in text
    assert "Plus d'actions" in editor.evaluate("node => node.textContent")
    glued = "dans" + "العربية"  # « Publier dans » and the language, no space between
    assert glued not in editor.evaluate("node => node.textContent")
    assert page.get_by_text("Publier dans العربية").count() >= 1
    # Its dates, written in English by the server, read in French.
    assert "December" not in text and "décembre" in editor.inner_text()
    screenshot(page, "languages-admin-translation", "desktop")
    context.close()
