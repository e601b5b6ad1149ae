"""Funding calls and drafts for the member side of proposals (``test_member_*``): an open
call with two criteria under the French site's calls index, a closed one, and drafts of
the ambassador Amina (Fives). Fixture names are prefixed so that they never shadow the
workflow tests' own (``workflow_fixtures``)."""

import datetime
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

import pytest
from fpdf import FPDF

from members.models import BudgetLine, Proposal
from pages.models import FundingCallIndexPage
from tests.factories import FundingCallIndexPageFactory, FundingCallPageFactory, home_page, pole

from ..factories import MemberFactory

CRITERIA = [
    ("criterion", {"title": "Répond aux attentes des habitants", "description": ""}),
    ("criterion", {"title": "Budget clair", "description": ""}),
]


def new_call(**fields):
    """A call under the French calls index (created if needed), open for 30 days, at most
    3 000 € per project."""
    home = home_page()
    index = FundingCallIndexPage.objects.filter(locale=home.locale).first()
    if index is None:
        index = FundingCallIndexPageFactory(parent=home)
    fields.setdefault("criteria", CRITERIA)
    fields.setdefault("max_per_project", 3000)
    return FundingCallPageFactory(parent=index, **fields)


def fill(proposal, with_budget=True):
    """Every part of a proposal filled in, and one budget line (1 500 €, 300 € of it by the
    city)."""
    for name, value in {
        "pole": pole("fives"),
        "title": "Une kermesse de la santé",
        "summary": "Un après-midi de stands avec des professionnels de santé.",
        "expectations": "Les habitantes demandent des réponses sur leurs droits.",
        "objectives": "Informer, orienter, faire connaître le pôle.",
        "target_public": "Familles du quartier",
        "expected_participants": 150,
        "actions": "Préparation en mars, fête en mai.",
        "partners": "CPAM, centre social",
        "evaluation": "Un compteur à l'entrée.",
    }.items():
        setattr(proposal, name, value)
    proposal.save()
    if with_budget:
        BudgetLine.objects.create(
            proposal=proposal,
            label="Location de tentes",
            category="rental",
            amount=Decimal("1500.00"),
            other_source="Ville de Lille",
            other_amount=Decimal("300.00"),
        )
    return proposal


def pdf_bytes(text="Devis"):
    document = FPDF()
    document.add_page()
    document.set_font("helvetica", size=12)
    document.cell(text=text)
    return bytes(document.output())


def pdf_upload(name="devis.pdf"):
    return SimpleUploadedFile(name, pdf_bytes(), content_type="application/pdf")


def exe_upload(name="devis.pdf"):
    """A Windows program under a PDF's name."""
    content = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + bytes(2000)
    return SimpleUploadedFile(name, content, content_type="application/pdf")


@pytest.fixture
def open_call(home):
    return new_call(title="Initiatives santé 2027")


@pytest.fixture
def closed_call(home):
    now = timezone.now()
    return new_call(
        title="Appel fermé",
        opens_at=now - datetime.timedelta(days=60),
        closes_at=now - datetime.timedelta(days=2),
    )


@pytest.fixture
def draft(open_call, ambassador):
    """Amina's empty draft for the open call."""
    return Proposal.objects.create(call=open_call, owner=ambassador)


@pytest.fixture
def full_draft(draft):
    """Amina's draft, complete: it may be submitted."""
    return fill(draft)


@pytest.fixture
def private_media(settings, tmp_path):
    """Attachments stored in a folder of this test only."""
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return settings.PRIVATE_MEDIA_ROOT


def stored_files(root):
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


# ---- for the workflow's tests (test_workflow, test_reviews, test_budget) -------------


@pytest.fixture
def call(db):
    from .workflow_fixtures import make_call

    return make_call()


@pytest.fixture
def cast(db):
    """Everyone who may come near a proposal of Fives."""
    return {
        "owner": MemberFactory(username="owner", ambassador=True, pole="fives"),
        "co": MemberFactory(username="co", ambassador=True, pole="fives"),
        "other_ambassador": MemberFactory(username="other", ambassador=True, pole="moulins"),
        "referent": MemberFactory(username="ref", referent=True, referent_of=["fives"]),
        "other_referent": MemberFactory(username="oref", referent=True, referent_of=["moulins"]),
        "coordinator": MemberFactory(username="coord", coordinator=True),
        "editor": MemberFactory(username="edit", editor=True),
    }
