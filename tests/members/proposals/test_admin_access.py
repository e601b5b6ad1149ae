"""Who reaches the proposals in the admin: the list, one proposal's page, its attachments,
the exports and the history, for every role. 302 means: sent to the login (no admin
access) or back to the admin's home (no permission); 404: a proposal one may not see."""

# The fixtures are imported from admin_fixtures (pytest loads only conftest.py): the tests'
# arguments bear their names.
# ruff: noqa: F811

import pytest
from bs4 import BeautifulSoup

from members.models import Proposal
from members.proposals import access
from tests.factories import pole

from ..factories import MemberFactory
from .admin_fixtures import (  # noqa: F401
    add_attachment,
    call,
    make_call,
    make_proposal,
    owner,
    proposal,
    review_url,
    root,
)

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "ambassador", "referent", "other_referent", "coordinator", "editor", "root"]
# url: anonymous, the ambassador who wrote it, référente of Fives, référent of Moulins,
#      coordinator, editor, superuser
MATRIX = {
    "/admin/proposals/": [302, 302, 200, 200, 200, 302, 200],
    "/admin/proposals/?export=csv": [302, 302, 200, 200, 200, 302, 200],
    "/admin/proposals/?export=xlsx": [302, 302, 200, 200, 200, 302, 200],
    "/admin/proposals/review/{proposal}/": [302, 302, 200, 404, 200, 302, 200],
    "/admin/proposals/attachment/{attachment}/": [302, 302, 200, 404, 200, 302, 200],
    "/admin/proposals/history/{proposal}/": [302, 302, 200, 404, 200, 302, 200],
    # A draft is its authors' own: staff do not see it.
    "/admin/proposals/review/{draft}/": [302, 302, 404, 404, 404, 302, 404],
    "/admin/proposals/attachment/{draft_attachment}/": [302, 302, 404, 404, 404, 302, 404],
    # No generic write view exists.
    "/admin/proposals/new/": [302, 302, 404, 404, 404, 404, 404],
    "/admin/proposals/edit/{proposal}/": [302, 302, 404, 404, 404, 404, 404],
    "/admin/proposals/delete/{proposal}/": [302, 302, 404, 404, 404, 404, 404],
    "/admin/proposals/copy/{proposal}/": [302, 302, 404, 404, 404, 404, 404],
    "/admin/proposals/inspect/{proposal}/": [302, 302, 404, 404, 404, 404, 404],
    "/admin/proposals/usage/{proposal}/": [302, 302, 404, 404, 404, 404, 404],
}


@pytest.fixture
def people(owner, referent, other_referent, coordinator, editor, root):
    return {
        "anonymous": None,
        "ambassador": owner,
        "referent": referent,
        "other_referent": other_referent,
        "coordinator": coordinator,
        "editor": editor,
        "root": root,
    }


def test_access_matrix(client, home, people, call, owner, proposal):
    attachment = add_attachment(proposal)
    draft = make_proposal(call, owner, title="Brouillon", status=Proposal.Status.DRAFT)
    draft_attachment = add_attachment(draft)
    failures = []
    for template, expected in MATRIX.items():
        url = template.format(
            proposal=proposal.pk,
            attachment=attachment.pk,
            draft=draft.pk,
            draft_attachment=draft_attachment.pk,
        )
        for role, status in zip(ROLES, expected, strict=True):
            client.logout()
            if people[role] is not None:
                client.force_login(people[role])
            got = client.get(url).status_code
            if got != status:
                failures.append(f"{role:15} {url}: {got}, expected {status}")
    assert not failures, "\n".join(failures)


def test_a_stranger_is_sent_to_the_login_and_an_editor_to_the_admin(client, home, proposal, editor):
    response = client.get(review_url(proposal))
    assert response["Location"].startswith("/fr/compte/login/")
    client.force_login(editor)
    response = client.get(review_url(proposal))
    assert response["Location"] == "/admin/"


def test_each_reviewer_lists_only_the_proposals_they_review(
    client, home, call, owner, proposal, referent, other_referent, coordinator
):
    moulins = make_proposal(
        call,
        MemberFactory(username="malik", ambassador=True, pole="moulins"),
        title="Marche santé à Moulins",
        pole_code="moulins",
    )
    make_proposal(call, owner, title="Brouillon secret", status=Proposal.Status.DRAFT)
    seen = {}
    for user in (referent, other_referent, coordinator):
        client.force_login(user)
        page = client.get("/admin/proposals/").content.decode()
        seen[user.username] = {
            title
            for title in ("Une kermesse de la santé", "Marche santé à Moulins", "Brouillon secret")
            if title in page
        }
    assert seen == {
        "rania": {"Une kermesse de la santé"},
        "marc": {"Marche santé à Moulins"},
        "claire": {"Une kermesse de la santé", "Marche santé à Moulins"},
    }
    assert set(access.reviewable_proposals(other_referent)) == {moulins}


def test_the_attachment_downloads_for_its_reviewers_only(
    client, home, proposal, referent, coordinator
):
    attachment = add_attachment(proposal, name="Devis été.pdf")
    client.force_login(referent)
    response = client.get(f"/admin/proposals/attachment/{attachment.pk}/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-1.4")
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "Devis%20%C3%A9t%C3%A9.pdf" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    page = client.get(review_url(proposal)).content.decode()
    assert f'href="/admin/proposals/attachment/{attachment.pk}/"' in page


def test_the_menu_shows_projects_to_reviewers(client, home, referent, coordinator, editor):
    for user, shown in ((referent, True), (coordinator, True), (editor, False)):
        client.force_login(user)
        menu = client.get("/admin/").content.decode()
        assert ('"url": "/admin/proposals/"' in menu) is shown


def test_the_list_filters_and_counts_by_status(client, home, call, owner, proposal, coordinator):
    make_proposal(call, owner, title="Marche santé", pole_code="moulins", status="under_review")
    make_proposal(make_call(title="Autre appel"), owner, title="Ailleurs", status="accepted")
    client.force_login(coordinator)

    def listed(query):
        response = client.get(f"/admin/proposals/?{query}")
        assert response.status_code == 200
        soup = BeautifulSoup(response.content, "html.parser")
        known = {"Une kermesse de la santé", "Marche santé", "Ailleurs"}
        links = [a.get_text(strip=True) for a in soup.select("#listing-results tbody td a")]
        counts = [a.get_text(" ", strip=True) for a in soup.select("#listing-results ul a")]
        return [title for title in links if title in known], counts

    titles, counts = listed(f"pole={pole('moulins').pk}")
    assert titles == ["Marche santé"]
    assert counts[:4] == [
        "Déposé : 0",
        "En cours d'examen : 1",
        "Modifications demandées : 0",
        "Accepté : 0",
    ]
    titles, counts = listed(f"call={call.pk}")
    assert sorted(titles) == ["Marche santé", "Une kermesse de la santé"]
    assert counts[:4] == [
        "Déposé : 1",
        "En cours d'examen : 1",
        "Modifications demandées : 0",
        "Accepté : 0",
    ]
    assert listed("status=accepted")[0] == ["Ailleurs"]
    assert listed("q=marche")[0] == ["Marche santé"]
