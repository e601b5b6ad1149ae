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
