"""Editors work in the Wagtail admin: pages, the footer snippet, translations."""

from django.contrib.auth.models import Group

import pytest

from portal.core.models import SiteFooter
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(home):
    user = UserFactory(is_staff=False)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_editor_reaches_the_admin_and_the_page_tree(client, editor, home):
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200
    assert client.get(f"/admin/pages/{home.pk}/").status_code == 200
    assert client.get(f"/admin/pages/{home.pk}/edit/").status_code == 200


def test_editor_edits_the_footer(client, editor):
    client.force_login(editor)
    response = client.get("/admin/snippets/portal/sitefooter/add/")
    assert response.status_code == 200
    response = client.post(
        "/admin/snippets/portal/sitefooter/add/",
        {
            "name": "Ambassadeurs santé",
            "tagline": "",
            "organisation": "Ville de Lille – Service Santé",
            "address": "Place Augustin Laurent\n59000 Lille",
            "email": "contact@example.org",
            "phone": "",
            "contact_hours": "",
            "links-TOTAL_FORMS": "0",
            "links-INITIAL_FORMS": "0",
            "links-MIN_NUM_FORMS": "0",
            "links-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 302
    footer = SiteFooter.objects.get()
    assert footer.locale.language_code == "fr"
    assert footer.email == "contact@example.org"


def test_editor_may_submit_translations(editor):
    assert editor.has_perm("wagtail_localize.submit_translation")
    assert editor.has_perm("portal.change_sitefooter")


def test_a_user_without_a_group_has_no_admin(client, home):
    client.force_login(UserFactory())
    response = client.get("/admin/")
    assert response.status_code == 302
    assert client.get("/admin/snippets/portal/sitefooter/").status_code == 302


# ---- the admin's language --------------------------------------------------------------


@pytest.fixture
def translation_screen(editor, home):
    """The translation editor of an Arabic copy made by wagtail-localize."""
    from wagtail.models import Locale
    from wagtail_localize.models import Translation
    from wagtail_localize.operations import TranslationCreator

    from tests.factories import StandardPageFactory

    page = StandardPageFactory(parent=home, title="Mentions légales", slug="mentions-legales")
    arabic = Locale.objects.get(language_code="ar")
    TranslationCreator(editor, [arabic]).create_translations(page)
    assert Translation.objects.filter(target_locale=arabic).exists()
    return f"/admin/pages/{page.get_translation(arabic).pk}/edit/"


def visible_text(response):
    from bs4 import BeautifulSoup

    page = BeautifulSoup(response.content, "html.parser")
    for hidden in page(["script", "style", "template"]):
        hidden.decompose()
    return " ".join(page.get_text(" ").split()), page


def test_the_admin_speaks_french_to_staff_whose_browser_asks_for_english(
    client, editor, translation_screen
):
    client.force_login(editor)
    response = client.get(translation_screen, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    text, page = visible_text(response)
    assert page.html["lang"] == "fr"
    assert "Traduction de Mentions légales en العربية" in page.title.get_text()
    # Wagtail's words, and a language called a language (not « Région »).
    assert "Langue : العربية" in text and "Région" not in text
    assert "More actions" not in text and " translation" not in text
    # The words wagtail-localize's script writes in English, ready in French for it.
    words = page.select_one("#translation-editor-words")
    assert words["data-more-actions"] == "Plus d'actions"  # Wagtail's French for it
    assert words["data-title"] == "Traduction Français → العربية"
    assert "js/admin-translation-editor.js" in response.content.decode()


def test_a_language_chosen_in_the_account_settings_wins(client, editor, translation_screen):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(editor)
    response = client.get(translation_screen, HTTP_ACCEPT_LANGUAGE="fr")
    text, page = visible_text(response)
    assert page.html["lang"] == "en"
    assert "Locale: العربية" in text


def test_the_public_site_still_follows_the_address_not_the_admin(client, home):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="ar")["Location"] == "/ar/"
