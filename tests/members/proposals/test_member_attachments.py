"""A proposal's attachments from the member area: a real PDF sent from the attachments
step, listed, downloaded by whoever may read the proposal and nobody else, removed;
files of another type under a PDF's name, and a file too many, refused with a message."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from members.models import Attachment
from members.proposals import services, transitions

from .conftest import exe_upload, pdf_upload, stored_files

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def french(private_media):
    with translation.override("fr"):
        yield


def step(proposal, name="attachments"):
    return reverse("members:proposal_step", kwargs={"pk": proposal.pk, "step": name})


def download_url(attachment):
    return reverse(
        "members:proposal_attachment",
        kwargs={"pk": attachment.proposal_id, "attachment_pk": attachment.pk},
    )


def remove_url(attachment):
    return reverse(
        "members:proposal_attachment_remove",
        kwargs={"pk": attachment.proposal_id, "attachment_pk": attachment.pk},
    )


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_the_step_says_what_files_are_accepted(client, ambassador, draft):
    client.force_login(ambassador)
    page = soup(client.get(step(draft)))
    hint = page.select_one("#id_file_hint").get_text()
    assert "PDF" in hint and "XLSX" in hint
    assert "10 Mo au plus" in hint
    assert f"{settings.PROPOSAL_ATTACHMENT_MAX_FILES} fichiers" in hint
    file_input = page.select_one("input[type=file]")
    assert file_input["aria-describedby"] == "id_file_hint"
    assert ".pdf" in file_input["accept"]
    assert page.select_one("form[enctype='multipart/form-data']") is not None


def test_a_pdf_is_sent_listed_and_downloaded_by_its_owner(client, ambassador, draft, private_media):
    client.force_login(ambassador)
    response = client.post(
        step(draft), {"file": pdf_upload("Devis traiteur.pdf"), "then": "upload"}
    )
    assert response.status_code == 302
    assert response.url == step(draft)
    attachment = Attachment.objects.get(proposal=draft)
    assert (attachment.original_name, attachment.mimetype) == ("Devis traiteur.pdf", PDF_TYPE)
    assert len(stored_files(private_media)) == 1

    page = soup(client.get(step(draft)))
    item = page.select_one(".attachment")
    assert "Devis traiteur.pdf" in item.get_text()
    assert "PDF" in item.get_text()
    assert item.select_one("a")["href"] == download_url(attachment)

    response = client.get(download_url(attachment))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Content-Type"] == PDF_TYPE
    assert b"".join(response.streaming_content).startswith(b"%PDF")


PDF_TYPE = "application/pdf"


def test_continuing_with_a_file_sends_it_first(client, ambassador, draft):
    client.force_login(ambassador)
    response = client.post(step(draft), {"file": pdf_upload(), "then": "next"})
    assert response.url == step(draft, "review")
    assert draft.attachments.count() == 1


def test_who_may_download(
    client, ambassador, other_ambassador, referent, other_referent, coordinator, editor, full_draft
):
    from ..factories import MemberFactory

    co = MemberFactory(username="co-download", ambassador=True, pole="fives")
    full_draft.co_ambassadors.add(co)
    attachment = services.add_attachment(full_draft.pk, ambassador, pdf_upload())
    url = download_url(attachment)
    response = client.get(url)
    assert response.status_code == 302 and "/compte/login/" in response.url
    for person, status in (
        (ambassador, 200),
        (co, 200),
        (other_ambassador, 404),
        (referent, 404),  # a draft is its authors' own
        (other_referent, 404),
        (coordinator, 404),
        (editor, 404),
    ):
        client.force_login(person)
        assert client.get(url).status_code == status, person
    transitions.transition(full_draft.pk, "submit", ambassador)
    for person, status in (
        (ambassador, 200),
        (co, 200),
        (other_ambassador, 404),
        (referent, 200),
        (other_referent, 404),
        (coordinator, 200),
        (editor, 404),
    ):
        client.force_login(person)
        assert client.get(url).status_code == status, person


def test_an_attachment_of_another_proposal_is_not_reached_through_mine(
    client, ambassador, other_ambassador, draft, open_call
):
    from members.models import Proposal

    theirs = Proposal.objects.create(call=open_call, owner=other_ambassador)
    attachment = services.add_attachment(theirs.pk, other_ambassador, pdf_upload())
    client.force_login(ambassador)
    forged = reverse(
        "members:proposal_attachment", kwargs={"pk": draft.pk, "attachment_pk": attachment.pk}
    )
    assert client.get(forged).status_code == 404
    forged_removal = reverse(
        "members:proposal_attachment_remove",
        kwargs={"pk": draft.pk, "attachment_pk": attachment.pk},
    )
    assert client.post(forged_removal).status_code == 404
    assert client.post(remove_url(attachment)).status_code == 404
    assert Attachment.objects.filter(pk=attachment.pk).exists()


def test_a_program_named_pdf_is_refused_and_nothing_kept(client, ambassador, draft, private_media):
    client.force_login(ambassador)
    response = client.post(step(draft), {"file": exe_upload("devis.pdf"), "then": "upload"})
    assert response.status_code == 200
    error = soup(response).select_one("#id_file_error_1").get_text()
    assert "Ce fichier n'est pas d'un type accepté." in error
    assert soup(response).select_one("[data-error-summary]") is not None
    assert not Attachment.objects.exists()
    assert stored_files(private_media) == []


def test_a_sixth_file_is_refused(client, ambassador, draft, private_media):
    for number in range(settings.PROPOSAL_ATTACHMENT_MAX_FILES):
        services.add_attachment(draft.pk, ambassador, pdf_upload(f"piece-{number}.pdf"))
    client.force_login(ambassador)
    page = soup(client.get(step(draft)))
    # The input gives way to a word on the limit.
    assert page.select_one("input[type=file]") is None
    assert "c’est le maximum" in page.get_text()
    response = client.post(step(draft), {"file": pdf_upload("sixieme.pdf"), "then": "upload"})
    assert response.status_code == 200
    assert "pièces jointes au plus" in soup(response).select_one("[data-error-summary]").get_text()
    assert draft.attachments.count() == settings.PROPOSAL_ATTACHMENT_MAX_FILES
    assert len(stored_files(private_media)) == settings.PROPOSAL_ATTACHMENT_MAX_FILES


def test_sending_without_a_file_says_so(client, ambassador, draft):
    client.force_login(ambassador)
    response = client.post(step(draft), {"then": "upload"})
    assert response.status_code == 200
    assert soup(response).select_one("#id_file_error_1") is not None
    # Going on without a file is fine: attachments are optional.
    assert client.post(step(draft), {"then": "next"}).url == step(draft, "review")


def test_an_attachment_is_removed(client, ambassador, draft, private_media, settings):
    attachment = services.add_attachment(draft.pk, ambassador, pdf_upload())
    client.force_login(ambassador)
    assert client.get(remove_url(attachment)).status_code == 405
    response = client.post(remove_url(attachment))
    assert response.status_code == 302
    assert response.url == step(draft)
    assert not draft.attachments.exists()


def test_a_submitted_projects_attachments_stay(client, ambassador, full_draft):
    attachment = services.add_attachment(full_draft.pk, ambassador, pdf_upload())
    transitions.transition(full_draft.pk, "submit", ambassador)
    client.force_login(ambassador)
    response = client.post(remove_url(attachment))
    assert response.status_code == 302
    assert Attachment.objects.filter(pk=attachment.pk).exists()
