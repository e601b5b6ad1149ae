"""Amounts in euros on the public pages: grouped in every language, never broken from their
sign, the same as in the member area."""

from decimal import Decimal

from django.template import Context, Template
from django.utils import translation

import pytest

from members.proposals.amounts import format_amount
from portal.core.money import format_euros

NNBSP, NBSP, RLM = "\u202f", "\u00a0", "\u200f"


def render(template, language, **context):
    with translation.override(language):
        return Template("{% load amounts %}" + template).render(Context(context))


@pytest.mark.parametrize(
    ("language", "whole", "cents"),
    [
        ("fr", f"5{NNBSP}000{NBSP}€", f"1{NNBSP}234,50{NBSP}€"),
        ("en", "€5,000", "€1,234.50"),
        ("ar", f"{RLM}5,000{NBSP}€", f"{RLM}1,234.50{NBSP}€"),
    ],
)
def test_each_language_groups_and_keeps_the_sign_attached(language, whole, cents):
    assert render('{{ amount|euros:"whole" }}', language, amount=5000) == whole
    assert render("{{ amount|euros }}", language, amount=Decimal("1234.50")) == cents
    assert " " not in whole + cents  # no ordinary space: no line break inside
    assert all(not char.isdigit() or char.isascii() for char in whole + cents)


@pytest.mark.parametrize("value", [None, ""])
def test_no_amount_is_a_dash(value):
    assert render("{{ amount|euros }}", "fr", amount=value) == "—"


@pytest.mark.parametrize("value", ["abc", "inf", "NaN", object()])
def test_what_is_not_an_amount_shows_nothing(value):
    assert render("{{ amount|euros }}", "fr", amount=value) == ""


@pytest.mark.parametrize("language", ["fr", "en", "ar", "en-gb", "de", ""])
@pytest.mark.parametrize("value", [0, 7, 5000, Decimal("1234.5"), Decimal("99999999.99")])
def test_the_same_as_the_member_area(language, value):
    assert format_euros(value, language) == format_amount(value, language)
    assert format_euros(value, language, whole=True) == format_amount(value, language, whole=True)


@pytest.mark.django_db
def test_an_experience_sheet_shows_its_budget_grouped(client, home):
    from tests.factories import ExperienceSheetIndexPageFactory, ExperienceSheetPageFactory

    index = ExperienceSheetIndexPageFactory(parent=home)
    sheet = ExperienceSheetPageFactory(parent=index, budget=12500)
    assert f"12{NNBSP}500{NBSP}€" in client.get(sheet.url).content.decode()
