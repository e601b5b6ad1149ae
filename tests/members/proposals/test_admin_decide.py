"""The coordination decides in the admin, through ``transitions.transition``: start the
review, ask for changes, accept (an amount at most what was asked), decline; référents
review but do not decide. An accepted project becomes a draft experience sheet."""

# The fixtures are imported from admin_fixtures (pytest loads only conftest.py): the tests'
# arguments bear their names.
# ruff: noqa: F811

from decimal import Decimal

from django.core import mail

import pytest
from bs4 import BeautifulSoup

from members.models import Proposal, ProposalEvent
from pages.models import ExperienceSheetPage
from tests.factories import ExperienceSheetIndexPageFactory

from .admin_fixtures import call, owner, proposal, review_url  # noqa: F401

pytestmark = pytest.mark.django_db

DECISIONS = ("start_review", "request_changes", "accept", "decline")


def offered(client, proposal):
    soup = BeautifulSoup(client.get(review_url(proposal)).content, "html.parser")
    return [field["value"] for field in soup.select('form input[name="action"]')]


def set_status(proposal, status):
    Proposal.objects.filter(pk=proposal.pk).update(status=status)
    proposal.refresh_from_db()


def test_a_referent_reviews_but_does_not_decide(client, home, proposal, referent):
    set_status(proposal, Proposal.Status.UNDER_REVIEW)
    client.force_login(referent)
    assert offered(client, proposal) == ["declare"]
    events = ProposalEvent.objects.count()
    data = {
        "action": "",
        "accept-amount": "100",
        "request_changes-message": "Non.",
        "decline-message": "Non.",
    }
    for name in DECISIONS:
        data["action"] = name
        response = client.post(review_url(proposal), data)
        assert (response.status_code, response["Location"]) == (302, "/admin/"), name
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.UNDER_REVIEW
    assert proposal.amount_granted is None
    assert ProposalEvent.objects.count() == events
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("status", "decisions"),
    [
        (Proposal.Status.SUBMITTED, ["start_review", "request_changes", "decline"]),
        (Proposal.Status.UNDER_REVIEW, ["request_changes", "accept", "decline"]),
        (Proposal.Status.CHANGES_REQUESTED, []),
        (Proposal.Status.ACCEPTED, []),
    ],
)
def test_only_the_decisions_the_workflow_allows_are_offered(
    client, home, proposal, coordinator, status, decisions
):
    set_status(proposal, status)
    client.force_login(coordinator)
    assert [name for name in offered(client, proposal) if name in DECISIONS] == decisions


def test_accepting_more_than_asked_is_refused_less_is_granted(
    client, home, proposal, owner, coordinator, send_on_commit
):
    client.force_login(coordinator)
    response = send_on_commit(client.post, review_url(proposal), {"action": "start_review"})
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.UNDER_REVIEW
    mail.outbox.clear()

    # 1 500 € costs, 300 € from the city: 1 200 € asked.
    data = {"action": "accept", "accept-amount": "1 200,01", "accept-message": ""}
    response = send_on_commit(client.post, review_url(proposal), data)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    error = soup.select_one("#id_accept-amount").find_parent(class_="w-field").get_text(" ")
    assert "Indiquez le montant accordé : plus de 0 et au plus 1\u202f200,00\u00a0€" in error
    assert soup.select_one("#id_accept-amount")["value"] == "1 200,01"
    proposal.refresh_from_db()
    assert (proposal.status, proposal.amount_granted) == (Proposal.Status.UNDER_REVIEW, None)
    assert mail.outbox == []

    data.update({"accept-amount": "1 000,50", "accept-message": "Bravo, sans la sono."})
    response = send_on_commit(client.post, review_url(proposal), data)
    assert (response.status_code, response["Location"]) == (302, review_url(proposal))
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.ACCEPTED
    assert proposal.amount_granted == Decimal("1000.50")
    assert proposal.decided_at is not None
    assert [message.to for message in mail.outbox] == [[owner.email]]
    body = mail.outbox[0].body
    assert "1\u202f000,50\u00a0€" in body and "Bravo, sans la sono." in body
    page = client.get(review_url(proposal)).content.decode()
    assert "Montant accordé : 1\u202f000,50\u00a0€" in page


@pytest.mark.parametrize(
    ("name", "status"),
    [
        ("request_changes", Proposal.Status.CHANGES_REQUESTED),
        ("decline", Proposal.Status.DECLINED),
    ],
)
def test_asking_for_changes_or_declining_needs_a_message(
    client, home, proposal, owner, coordinator, send_on_commit, name, status
):
    client.force_login(coordinator)
    response = send_on_commit(
        client.post, review_url(proposal), {"action": name, f"{name}-message": "  "}
    )
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    field = soup.select_one(f"#id_{name}-message").find_parent(class_="w-field")
    assert "Écrivez un message au porteur du projet : il explique la décision." in field.get_text()
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.SUBMITTED
    assert mail.outbox == []

    message = "Le budget doit montrer l'apport de la ville."
    response = send_on_commit(
        client.post, review_url(proposal), {"action": name, f"{name}-message": message}
    )
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == status
    assert proposal.events.order_by("-id").first().message == message
    assert message in mail.outbox[0].body
    # The page shows it, with its message, and so does the history.
    page = BeautifulSoup(client.get(review_url(proposal)).content, "html.parser")
    assert message in page.get_text()
    history = client.get(f"/admin/proposals/history/{proposal.pk}/").content.decode()
    assert ("Modifications demandées" if name == "request_changes" else "Projet non retenu") in (
        history
    )


def test_a_decision_already_taken_is_explained(client, home, proposal, coordinator):
    set_status(proposal, Proposal.Status.DECLINED)
    client.force_login(coordinator)
    response = client.post(review_url(proposal), {"action": "start_review"}, follow=True)
    assert response.redirect_chain == [(review_url(proposal), 302)]
    text = BeautifulSoup(response.content, "html.parser").get_text()
    assert "Ce projet est non retenu : « Commencer l'examen » n'est pas possible" in text
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.DECLINED


@pytest.fixture
def catalogue(home):
    return ExperienceSheetIndexPageFactory(parent=home)


def test_an_accepted_project_becomes_one_draft_sheet(
    client, home, catalogue, proposal, coordinator, referent, editor
):
    set_status(proposal, Proposal.Status.ACCEPTED)
    client.force_login(referent)
    page = client.get(review_url(proposal)).content.decode()
    assert "Créer la fiche expérience" not in page
    response = client.post(review_url(proposal), {"action": "sheet"})
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert not ExperienceSheetPage.objects.exists()

    client.force_login(coordinator)
    assert "Créer la fiche expérience" in client.get(review_url(proposal)).content.decode()
    for _attempt in range(2):
        response = client.post(review_url(proposal), {"action": "sheet"})
        assert response.status_code == 302
    sheet = ExperienceSheetPage.objects.get()
    assert not sheet.live
    assert sheet.get_parent().specific == catalogue
    assert catalogue.locale.language_code == "fr"
    proposal.refresh_from_db()
    assert proposal.sheet == sheet
    assert sheet.funded_project == proposal
    assert sheet.title == proposal.title

    def sheet_links(user):
        client.force_login(user)
        soup = BeautifulSoup(client.get(review_url(proposal)).content, "html.parser")
        assert "Créer la fiche expérience" not in soup.get_text()
        return [a["href"] for a in soup.select("main a") if "Modifier la fiche" in a.get_text()]

    # The coordination does not edit pages: the sheet is said to wait for the editors.
    assert sheet_links(coordinator) == []
    assert "est en brouillon dans le catalogue" in client.get(review_url(proposal)).content.decode()
    # A coordinator who is also an editor gets the link to the sheet's edit page.
    coordinator.groups.add(*editor.groups.all())
    assert sheet_links(coordinator) == [f"/admin/pages/{sheet.pk}/edit/"]
    assert client.get(f"/admin/pages/{sheet.pk}/edit/").status_code == 200


def test_the_sheet_links_back_to_its_funded_project(client):
    from members.proposals import sheets
    from members.proposals.choices import ProposalStatus
    from tests.factories import ExperienceSheetIndexPageFactory, home_page, superuser

    from ..factories import MemberFactory
    from .workflow_fixtures import complete_proposal, make_call

    ExperienceSheetIndexPageFactory(parent=home_page())
    owner = MemberFactory(username="owner-sheet", ambassador=True)
    proposal = complete_proposal(make_call(), owner, status=ProposalStatus.ACCEPTED)
    admin = superuser(username="root-sheet")
    sheet = sheets.make_sheet(proposal.pk, by=admin)
    assert sheet.funded_project == proposal
    review_url = f"/admin/proposals/review/{proposal.pk}/"
    edit_url = f"/admin/pages/{sheet.pk}/edit/"
    # Who edits pages and reads member data (here a superuser) goes from the sheet to
    # the project; an editor, who reads no member data, gets no link.
    client.force_login(admin)
    assert review_url in client.get(edit_url).content.decode()
    client.force_login(MemberFactory(username="editor-sheet", editor=True))
    page = client.get(edit_url)
    assert page.status_code == 200
    assert review_url not in page.content.decode()
