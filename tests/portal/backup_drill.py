"""The data of the backup drill (`test_backup_restore.py`), run by `manage.py shell` on the
drill's own database and folders: `create()` makes a little of everything a backup must keep
and `snapshot()` prints what a restore must give back, as one JSON line after `MARKER`.

Everything is imported inside the functions: this module is imported before Django is set
up by the test that reads `MARKER`."""

import hashlib
import json
import re

MARKER = "DRILL-SNAPSHOT "
SHEET_SLUG = "un-stand-au-marche"
DOCUMENT = "Compte rendu de la réunion des pôles.\n".encode()


def _sha(data):
    return hashlib.sha256(data).hexdigest()


def _pdf():
    from fpdf import FPDF

    document = FPDF()
    document.add_page()
    document.set_font("helvetica", size=12)
    document.cell(text="Devis de location de tentes")
    return bytes(document.output())


def create():
    """A published sheet with its image, a document, an ambassador registered for a training
    session, and a proposal with a private attachment (added through its service)."""
    from django.core.files.base import ContentFile
    from django.core.files.uploadedfile import SimpleUploadedFile

    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    from members.models import Proposal
    from members.proposals.services import add_attachment
    from tests.factories import (
        ExperienceSheetIndexPageFactory,
        ExperienceSheetPageFactory,
        FundingCallIndexPageFactory,
        FundingCallPageFactory,
        home_page,
    )
    from tests.members.factories import MemberFactory, RegistrationFactory

    home = home_page()
    image = get_image_model().objects.create(
        title="Stand au marché", file=get_test_image_file("stand.png", colour="teal")
    )
    sheets = ExperienceSheetIndexPageFactory(parent=home)
    ExperienceSheetPageFactory(
        parent=sheets, title="Un stand au marché", slug=SHEET_SLUG, image=image
    )
    get_document_model().objects.create(
        title="Compte rendu", file=ContentFile(DOCUMENT, name="compte-rendu.txt")
    )
    amina = MemberFactory(username="amina", ambassador=True)
    RegistrationFactory(user=amina)
    call = FundingCallPageFactory(parent=FundingCallIndexPageFactory(parent=home))
    proposal = Proposal.objects.create(call=call, owner=amina)
    add_attachment(proposal.pk, amina, SimpleUploadedFile("devis.pdf", _pdf(), "application/pdf"))
    snapshot()


def snapshot():
    """Every live page as rendered (its title, status and a hash of its HTML), each document
    as served, the registrations, the attachments' bytes, and every file of the storages."""
    from django.conf import settings
    from django.core.files.storage import storages
    from django.test import Client

    from wagtail.documents import get_document_model
    from wagtail.models import Page

    from members.models import Attachment, Registration
    from portal.core.backups.files import walk

    client = Client()
    pages = {}
    # Rendered first: the sheet's image rendition is made then, before the files are listed.
    for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
        response = client.get(page.url)
        html = response.content.decode()
        pages[page.url] = {
            "title": page.title,
            "status": response.status_code,
            "html": _sha(re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html).encode()),
            "images": sorted(set(re.findall(r'src="(/media/images/[^"]+)"', html))),
        }
    documents = {}
    for document in get_document_model().objects.order_by("pk"):
        response = client.get(document.url)
        documents[document.title] = [response.status_code, _sha(b"".join(response))]
    registrations = sorted(
        [r.user.email, r.session.training.title, r.status]
        for r in Registration.objects.select_related("user", "session__training")
    )
    attachments = []
    for attachment in Attachment.objects.order_by("pk"):
        with attachment.file.open("rb") as handle:
            attachments.append(
                [attachment.original_name, attachment.file.name, _sha(handle.read())]
            )
    files = {}
    for alias in settings.BACKUP_STORAGES:
        storage = storages[alias]
        files[alias] = {}
        for name in walk(storage):
            with storage.open(name, "rb") as handle:
                files[alias][name] = _sha(handle.read())
    print(
        MARKER
        + json.dumps(
            {
                "pages": pages,
                "documents": documents,
                "registrations": registrations,
                "attachments": attachments,
                "files": files,
            },
            sort_keys=True,
        )
    )


def read(stdout):
    """The snapshot printed in `stdout`."""
    for line in stdout.splitlines():
        if line.startswith(MARKER):
            return json.loads(line[len(MARKER) :])
    raise AssertionError(f"No snapshot in:\n{stdout}")
