from django.test import override_settings
from django.urls import path

import pytest

pytestmark = pytest.mark.django_db


def broken_view(request):
    raise RuntimeError("boom")


urlpatterns = [path("boom/", broken_view)]


def test_404_is_styled_and_translated(client, home):
    response = client.get("/fr/cette-page-n-existe-pas/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Cette page est introuvable" in html
    assert 'href="/fr/"' in html
    assert 'class="skip-link"' in html


def test_404_in_english(client, home):
    from tests.factories import translate_page

    translate_page(home, "en", title="Home", slug="home", hero_title="Hello")
    response = client.get("/en/nothing-here/")
    assert response.status_code == 404
    assert "This page cannot be found" in response.content.decode()


@override_settings(ROOT_URLCONF=__name__)
def test_500_is_a_plain_page_that_needs_no_database(client):
    client.raise_request_exception = False
    response = client.get("/boom/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Le site rencontre un problème" in html
    assert 'lang="fr"' in html
