"""A welcome names the member by their first name, never by their account."""

from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from portal.core.templatetags.greeting_tags import greeting_name

from .factories import MemberFactory


@pytest.mark.parametrize(
    ("first_name", "expected"),
    [("Amina", "Amina"), ("  Amina ", "Amina"), ("", "amina.b"), ("   ", "amina.b")],
)
def test_the_first_name_else_the_start_of_the_address(first_name, expected):
    user = MemberFactory.build(
        username="compte-4521", first_name=first_name, email="amina.b@example.org"
    )
    assert greeting_name(user) == expected


def test_nobody_is_greeted_by_an_empty_name_or_an_account():
    assert greeting_name(AnonymousUser()) == ""


@pytest.mark.parametrize(("first_name", "expected"), [("Amina", "Amina"), ("", "amina.b")])
def test_the_dashboard_greets_the_person(client, home, first_name, expected):
    user = MemberFactory(
        username="compte-4521",
        first_name=first_name,
        email="amina.b@example.org",
        ambassador=True,
    )
    client.force_login(user)
    page = BeautifulSoup(client.get(reverse("members:dashboard")).content, "html.parser")
    assert page.select_one("main h1").get_text(strip=True) == f"Bonjour {expected}"
    # Neither the header nor the member menu shows the account's address or username.
    for part in page.select(".site-header, .member-nav"):
        text = part.get_text()
        assert "amina.b@example.org" not in text
        assert "compte-4521" not in text
