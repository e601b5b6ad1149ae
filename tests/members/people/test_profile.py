"""The ambassador's profile, edited by them."""

from django.urls import reverse
from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from members.models import Profile
from tests.factories import pole

pytestmark = pytest.mark.django_db

PROFILE = "/fr/espace-membre/profil/"


def test_an_ambassador_updates_their_profile(client, home, ambassador):
    client.force_login(ambassador)
    response = client.post(
        PROFILE,
        {
            "first_name": "Amina",
            "last_name": "Haddad",
            "pole": str(pole("moulins").pk),
            "phone": "0712345678",
            "languages": ["fr", "ber"],
            "involvement": ["trainings", "groups"],
            "interests": "santé sexuelle, vaccination",
            "contact_by_email": "on",
            "contact_by_sms": "on",
            "language": "ar",
        },
    )
    assert response.status_code == 302
    profile = Profile.objects.get(user=ambassador)
    assert profile.pole == pole("moulins")
    assert profile.phone == "07 12 34 56 78"
    assert profile.languages == ["fr", "ber"]
    assert profile.involvement == ["trainings", "groups"]
    assert sorted(profile.interests.names()) == ["santé sexuelle", "vaccination"]
    assert (profile.contact_by_email, profile.contact_by_sms, profile.contact_by_phone) == (
        True,
        True,
        False,
    )
    assert profile.language == "ar"
    ambassador.refresh_from_db()
    assert ambassador.last_name == "Haddad"


def test_sms_without_a_phone_number_is_explained(client, home, ambassador):
    client.force_login(ambassador)
    response = client.post(
        PROFILE,
        {
            "first_name": "Amina",
            "last_name": "A",
            "involvement": ["relay"],
            "contact_by_sms": "on",
            "language": "fr",
        },
    )
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one("#id_phone")["aria-invalid"] == "true"
    assert "donnez votre numéro" in page.get_text()
    assert page.select_one("#id_last_name")["value"] == "A"
    assert not Profile.objects.get(user=ambassador).contact_by_sms


def test_the_profile_is_for_ambassadors(client, home, applicant, editor):
    assert client.get(PROFILE).status_code == 302
    for user in (applicant, editor):
        client.force_login(user)
        assert client.get(PROFILE).status_code == 403


@pytest.mark.parametrize(
    ("prefix", "interests", "said"),
    [
        ("fr", "nutrition, " + "a" * 51, "Un centre d'intérêt tient en 50 caractères au plus."),
        ("en", "a" * 51, "An interest is 50 characters long at most."),
        ("ar", ", ".join(f"thème {n}" for n in range(21)), "اذكر 20 اهتمامًا على الأكثر."),
    ],
)
def test_interests_too_long_or_too_many_are_explained_and_nothing_is_lost(
    client, home, ambassador, prefix, interests, said
):
    """taggit keeps 100 characters per name: a longer one was a 500 after the form said yes."""
    client.force_login(ambassador)
    with translation.override(prefix):
        url = reverse("members:profile")
    response = client.post(
        url,
        {
            "first_name": "Amina",
            "last_name": "Nouveau nom",
            "involvement": ["relay"],
            "interests": interests,
            "language": "fr",
        },
    )
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one("#id_interests")["aria-invalid"] == "true"
    assert said in page.get_text()
    assert page.select_one("#id_last_name")["value"] == "Nouveau nom"
    assert page.select_one("#id_interests")["value"] == interests
    ambassador.refresh_from_db()
    assert ambassador.last_name != "Nouveau nom"
    assert not Profile.objects.get(user=ambassador).interests.exists()
