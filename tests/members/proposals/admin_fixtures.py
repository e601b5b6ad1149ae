"""What the admin's tests of proposals share: a call with two criteria, submitted
proposals of Fives with a budget, attachments, reviews sent through the services.

pytest loads only ``conftest.py``: test modules import these fixtures by name."""

import datetime
from decimal import Decimal

from django.core.files.base import ContentFile
from django.utils import timezone

import pytest

from members.models import Attachment, BudgetLine, Proposal, ProposalEvent
from members.proposals import files, reviews
from pages.models import FundingCallIndexPage
from tests.factories import FundingCallIndexPageFactory, FundingCallPageFactory, pole, superuser

from ..factories import MemberFactory

CRITERIA = [
    ("criterion", {"title": "Utilité pour le quartier", "description": ""}),
    ("criterion", {"title": "Budget réaliste", "description": ""}),
]
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def make_call(title="Appel santé 2026", **fields):
    from tests.factories import home_page

    home = home_page()
    index = FundingCallIndexPage.objects.filter(locale=home.locale).first()
    if index is None:
        index = FundingCallIndexPageFactory(parent=home)
    fields.setdefault("criteria", CRITERIA)
    return FundingCallPageFactory(parent=index, title=title, max_per_project=3000, **fields)


def make_proposal(
    call,
    owner,
    title="Une kermesse de la santé",
    status=Proposal.Status.SUBMITTED,
    pole_code="fives",
    lines=((Decimal("1500.00"), Decimal("300.00")),),
    submitted_at=None,
):
    """A complete proposal as the services leave it once submitted (rows written
    directly: the workflow has its own tests)."""
    proposal = Proposal.objects.create(
        call=call,
        owner=owner,
        pole=pole(pole_code),
        title=title,
        summary="Un après-midi de stands avec des professionnels de santé.",
        expectations="Les habitantes demandent des réponses sur leurs droits.",
        objectives="Informer, orienter, faire connaître le pôle.",
        target_public="Familles du quartier",
        expected_participants=150,
        actions="Préparation en mars, fête en mai.",
        partners="CPAM, centre social",
        evaluation="Un compteur à l'entrée.",
        status=status,
        submitted_at=submitted_at or timezone.now(),
    )
    for position, (amount, other) in enumerate(lines):
        BudgetLine.objects.create(
            proposal=proposal,
            position=position,
            label=f"Dépense {position + 1}",
            category="rental",
            amount=amount,
            other_source="Ville de Lille" if other else "",
            other_amount=other,
        )
    ProposalEvent.objects.create(
        proposal=proposal,
        actor=owner,
        transition="submit",
        from_status="draft",
        to_status="submitted",
    )
    return proposal


def add_attachment(proposal, name="Devis des tentes.pdf", content=PDF):
    attachment = Attachment(
        proposal=proposal,
        original_name=name,
        mimetype=files.PDF.mimetype,
        size=len(content),
        uploaded_by=proposal.owner,
    )
    attachment.file.save(files.stored_name(files.PDF), ContentFile(content), save=False)
    attachment.save()
    return attachment


def keys(call):
    return [key for key, _title in reviews.criteria(call)]


def send_review(proposal, reviewer, values, comment=""):
    """``values``: one score per criterion of the call, in order."""
    reviews.declare(proposal.pk, reviewer, no_conflict=True)
    scores = dict(zip(keys(proposal.call), values, strict=True))
    return reviews.submit_scores(proposal.pk, reviewer, scores, comment)


def review_url(proposal):
    return f"/admin/proposals/review/{proposal.pk}/"


def score_data(call, values, comment=""):
    data = {"action": "scores", "comment": comment}
    for key, value in zip(keys(call), values, strict=True):
        data[f"criterion-{key}"] = "na" if value is None else str(value)
    return data


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


@pytest.fixture
def call(db):
    return make_call()


@pytest.fixture
def owner(db):
    return MemberFactory(
        username="amina", first_name="Amina", last_name="Haddad", ambassador=True, pole="fives"
    )


@pytest.fixture
def proposal(call, owner):
    return make_proposal(call, owner)


@pytest.fixture
def root(db):
    """A superuser, with the second factor every superuser needs."""
    return superuser(username="root")


@pytest.fixture
def second_referent(db):
    """Another référente of Fives: a second reviewer beside the coordinator."""
    return MemberFactory(username="sarah", first_name="Sarah", referent=True, referent_of=["fives"])
