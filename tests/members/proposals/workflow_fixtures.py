"""Proposals ready for the workflow's tests: a call with two criteria, a complete
proposal by an ambassador of Fives with a co-ambassador, and people in every role."""

import datetime
from decimal import Decimal

from django.utils import timezone

from members.models import BudgetLine, Proposal
from pages.models import FundingCallIndexPage
from tests.factories import FundingCallIndexPageFactory, FundingCallPageFactory, home_page, pole

CRITERIA = [
    ("criterion", {"title": "Répond aux attentes des habitants", "description": ""}),
    ("criterion", {"title": "Budget clair", "description": ""}),
]


def make_call(**fields):
    home = home_page()
    index = FundingCallIndexPage.objects.filter(locale=home.locale).first()
    if index is None:
        index = FundingCallIndexPageFactory(parent=home)
    fields.setdefault("criteria", CRITERIA)
    return FundingCallPageFactory(parent=index, max_per_project=3000, **fields)


def complete_proposal(call, owner, co=(), pole_code="fives", status=Proposal.Status.DRAFT):
    proposal = Proposal.objects.create(
        call=call,
        owner=owner,
        pole=pole(pole_code),
        title="Une kermesse de la santé",
        summary="Un après-midi de stands avec des professionnels de santé.",
        expectations="Les habitantes demandent des réponses sur leurs droits.",
        objectives="Informer, orienter, faire connaître le pôle.",
        target_public="Familles du quartier",
        expected_participants=150,
        actions="Préparation en mars, fête en mai.",
        partners="CPAM, centre social",
        evaluation="Un compteur à l'entrée, un mot sur un tableau.",
        status=status,
    )
    proposal.co_ambassadors.set(co)
    BudgetLine.objects.create(
        proposal=proposal,
        label="Location de tentes",
        category="rental",
        amount=Decimal("1500.00"),
        other_source="Ville de Lille",
        other_amount=Decimal("300.00"),
    )
    return proposal


def soon(days=1):
    return timezone.now() + datetime.timedelta(days=days)
