"""Attachments of proposals: their type is read from their content (real files made here,
and fakes under the names of real ones), their names are cleaned, they are stored where no
URL reaches and leave only as downloads."""

import io
import re
import zipfile
from pathlib import Path
from urllib.parse import unquote

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.files import File
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

import pytest
from fpdf import FPDF
from openpyxl import Workbook
from PIL import Image

from members.proposals import files
from members.proposals.files import (
    DOCX,
    JPEG,
    ODT,
    PDF,
    PNG,
    XLSX,
    detect,
    display_name,
    stored_name,
)
from members.proposals.private_files import (
    NoPublicURL,
    PrivateStorage,
    file_response,
    get_private_storage,
)

MB = 1024 * 1024

DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="word/document.xml" Type="http://schemas.openxmlformats'
    '.org/officeDocument/2006/relationships/officeDocument"/></Relationships>'
)


@pytest.fixture(autouse=True)
def french():
    with translation.override("fr"):
        yield


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def pdf_bytes():
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="Budget prévisionnel de l'atelier")
    return bytes(pdf.output())


def image_bytes(image_format):
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "teal").save(buffer, format=image_format)
    return buffer.getvalue()


def xlsx_bytes():
    workbook = Workbook()
    workbook.active["A1"] = "Matériel"
    workbook.active["B1"] = 120
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def zip_bytes(parts):
    """A zip of `parts` (name -> text), in this order; `mimetype` stored uncompressed as
    OpenDocument asks."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            method = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(name, text, compress_type=method)
    return buffer.getvalue()


def docx_parts(main=DOCX_MAIN):
    return {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package'
            '.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/word/document.xml" ContentType="{main}"/></Types>'
        ),
        "_rels/.rels": RELS,
        "word/document.xml": (
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
            'main"><w:body><w:p><w:r><w:t>Projet</w:t></w:r></w:p></w:body></w:document>'
        ),
    }


def odt_parts(mimetype="application/vnd.oasis.opendocument.text"):
    return {
        "mimetype": mimetype,
        "META-INF/manifest.xml": (
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
            'manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/"'
            f' manifest:media-type="{mimetype}"/><manifest:file-entry manifest:full-path='
            '"content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
        ),
        "content.xml": (
            '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:'
            'office:1.0" office:version="1.3"><office:body><office:text/></office:body>'
            "</office:document-content>"
        ),
    }


def refusal(uploaded):
    with pytest.raises(ValidationError) as caught:
        detect(uploaded)
    assert uploaded.tell() == 0
    return caught.value


# Real files ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "make", "kind"),
    [
        ("budget.pdf", pdf_bytes, PDF),
        ("affiche.jpg", lambda: image_bytes("JPEG"), JPEG),
        ("plan.png", lambda: image_bytes("PNG"), PNG),
        ("budget.xlsx", xlsx_bytes, XLSX),
        ("projet.docx", lambda: zip_bytes(docx_parts()), DOCX),
        ("projet.odt", lambda: zip_bytes(odt_parts()), ODT),
    ],
)
def test_real_files_are_recognised_and_rewound(name, make, kind):
    uploaded = upload(name, make())
    uploaded.read(3)
    assert detect(uploaded) == kind
    assert uploaded.tell() == 0


def test_the_name_and_the_browsers_type_count_for_nothing():
    """A real PNG sent as `notes.txt`, typed text/plain, is a PNG."""
    assert detect(upload("notes.txt", image_bytes("PNG"), "text/plain")) == PNG


def test_the_kinds_name_their_extension_and_type():
    assert (PDF.extension, PDF.mimetype) == ("pdf", "application/pdf")
    assert (JPEG.extension, JPEG.mimetype) == ("jpg", "image/jpeg")
    assert XLSX.mimetype == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    with pytest.raises(AttributeError):
        PDF.extension = "html"


def test_a_large_file_is_read_only_from_its_first_bytes():
    class Counting(io.BytesIO):
        read_bytes = 0

        def read(self, size=-1):
            data = super().read(size)
            self.read_bytes += len(data)
            return data

    content = Counting(pdf_bytes() + b"\n" * (9 * MB))
    assert detect(File(content, name="gros.pdf")) == PDF
    assert content.read_bytes <= 8192


# Fakes ---------------------------------------------------------------------------------------


def test_a_program_named_report_pdf_is_refused():
    program = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + bytes(200)
    error = refusal(upload("report.pdf", program, "application/pdf"))
    assert error.code == "type"
    assert error.messages == [
        "Ce fichier n'est pas d'un type accepté. Envoyez un PDF, une image JPEG ou PNG, "
        "ou un document ODT, DOCX ou XLSX."
    ]


def test_text_named_photo_png_typed_image_png_is_refused():
    error = refusal(upload("photo.png", b"Bonjour, ceci n'est pas une image.", "image/png"))
    assert error.code == "type"


def test_a_zip_of_something_else_named_docx_is_refused():
    fake = zip_bytes({"hello.txt": "bonjour"})
    error = refusal(upload("projet.docx", fake, DOCX.mimetype))
    assert error.code == "type"


@pytest.mark.parametrize(
    "parts",
    [
        # Declares a document it does not hold.
        {k: v for k, v in docx_parts().items() if k != "word/document.xml"},
        # A macro-enabled document is not a DOCX.
        docx_parts(main="application/vnd.ms-word.document.macroEnabled.main+xml"),
        # A spreadsheet's part without the spreadsheet's declaration.
        {"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"},
        # An OpenDocument spreadsheet is not a text.
        odt_parts(mimetype="application/vnd.oasis.opendocument.spreadsheet"),
        # The text's mimetype, but not as the first entry.
        {"content.xml": "<x/>", "mimetype": "application/vnd.oasis.opendocument.text"},
    ],
    ids=["docx-without-document", "docm", "xlsx-undeclared", "ods", "odt-mimetype-not-first"],
)
def test_office_lookalikes_are_refused(parts):
    assert refusal(upload("projet.docx", zip_bytes(parts))).code == "type"


def test_a_broken_zip_is_refused():
    broken = zip_bytes(docx_parts())[:200]
    assert refusal(upload("projet.docx", broken)).code == "type"


def test_a_zip_of_many_entries_is_refused():
    """A valid DOCX otherwise, but with 1,001 entries."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in docx_parts().items():
            archive.writestr(name, text)
        for number in range(files.ZIP_MAX_ENTRIES + 1 - len(docx_parts())):
            archive.writestr(f"word/media/{number}.xml", "")
    assert refusal(upload("projet.docx", buffer.getvalue())).code == "type"


def test_a_zip_that_would_unpack_past_100_mb_is_refused():
    """A valid DOCX otherwise, with one part of 101 MB of zeros (about 100 KB compressed)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in docx_parts().items():
            archive.writestr(name, text)
        with archive.open("word/media/zeros.bin", "w") as part:
            for _ in range(101):
                part.write(bytes(MB))
    assert len(buffer.getvalue()) < MB
    assert refusal(upload("projet.docx", buffer.getvalue())).code == "type"


def test_an_empty_file_is_refused():
    error = refusal(upload("vide.pdf", b"", "application/pdf"))
    assert error.code == "empty"
    assert error.messages == ["Ce fichier est vide."]


def test_a_file_over_10_mb_is_refused_with_its_size(tmp_path):
    """A sparse file of 11.15 MB (nothing written but its PDF header): the size is refused
    before the content is read."""
    path = tmp_path / "gros.pdf"
    with path.open("wb") as handle:
        handle.write(b"%PDF-1.4\n")
        handle.truncate(int(11.15 * MB))
    with path.open("rb") as handle:
        error = refusal(File(handle, name="gros.pdf"))
    assert error.code == "size"
    assert error.messages == ["Ce fichier pèse 11,2 Mo : 10 Mo au plus."]


def test_the_limit_is_inclusive_and_a_byte_over_never_reads_as_10_mb():
    limit = settings.PROPOSAL_ATTACHMENT_MAX_BYTES
    assert limit == 10 * MB
    exactly = File(io.BytesIO(b"%PDF-1.4\n" + bytes(limit - 9)), name="juste.pdf")
    assert detect(exactly) == PDF
    over = File(io.BytesIO(b"%PDF-1.4\n" + bytes(limit - 8)), name="trop.pdf")
    assert refusal(over).messages == ["Ce fichier pèse 10,1 Mo : 10 Mo au plus."]


# Names ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("original", "shown"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\x\\secret.docx", "secret.docx"),
        ("\x00evil.pdf", "evil.pdf"),
        ("budget\x00.pdf\x00.exe", "budget.pdf.exe"),
        (".htaccess", "document.htaccess"),
        ("..hidden.pdf", "hidden.pdf"),
        ("...", "document"),
        ("", "document"),
        ("dossier/", "document"),
        ("Budget\r\nprévisionnel\n\t .pdf", "Budget prévisionnel.pdf"),
        ("facture\u202egpj.exe", "facturegpj.exe"),
        ("  Compte   rendu.odt  ", "Compte rendu.odt"),
    ],
)
def test_display_name_keeps_a_clean_base_name(original, shown):
    assert display_name(original) == shown


def test_display_name_cuts_a_long_name_and_keeps_its_extension():
    shown = display_name("é" * 296 + ".pdf")
    assert len(shown) == 120
    assert shown == "é" * 116 + ".pdf"


def test_display_name_ends_with_the_detected_kinds_extension():
    assert display_name("photo.png", JPEG) == "photo.png.jpg"
    assert display_name("photo.JPEG", JPEG) == "photo.JPEG"
    assert display_name("rapport", PDF) == "rapport.pdf"
    assert display_name("", XLSX) == "document.xlsx"


def test_stored_names_are_the_servers_and_unique():
    names = {stored_name(PDF) for _ in range(50)}
    assert len(names) == 50
    for name in names:
        folder, year, file_name = name.split("/")
        assert (folder, len(year)) == ("proposals", 4)
        stem, extension = file_name.split(".")
        assert extension == "pdf"
        assert len(stem) == 32 and int(stem, 16) >= 0
    assert stored_name(DOCX).endswith(".docx")


# Storage and downloads -----------------------------------------------------------------------


def test_private_storage_is_outside_the_media_and_has_no_url():
    private_storage = get_private_storage()
    location = Path(private_storage.location)
    assert location == Path(settings.PRIVATE_MEDIA_ROOT).resolve()
    assert not location.is_relative_to(Path(settings.MEDIA_ROOT).resolve())
    assert private_storage is storages["private"]
    assert isinstance(private_storage, PrivateStorage)
    with pytest.raises(NoPublicURL):
        private_storage.url("proposals/2026/abc.pdf")


def test_private_storage_follows_the_setting_and_refuses_a_folder_under_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    private_storage = get_private_storage()
    assert Path(private_storage.location) == (tmp_path / "private").resolve()
    settings.MEDIA_ROOT = tmp_path
    with pytest.raises(ImproperlyConfigured, match="must not be inside MEDIA_ROOT"):
        private_storage.path("x.pdf")


@pytest.fixture
def stored_pdf(settings, tmp_path):
    """A PDF saved in the private storage, opened, and its bytes."""
    settings.PRIVATE_MEDIA_ROOT = tmp_path
    private_storage = get_private_storage()
    content = pdf_bytes()
    name = private_storage.save(stored_name(PDF), ContentFile(content))
    assert Path(private_storage.path(name)).is_relative_to(tmp_path)
    with private_storage.open(name) as stored:
        yield stored, content


def test_a_download_is_an_attachment_with_both_names_never_sniffed_or_cached(stored_pdf):
    stored, content = stored_pdf
    response = file_response(stored, "Budget prévisionnel.pdf", PDF.mimetype)
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment; ")
    assert 'filename="Budget previsionnel.pdf"' in disposition
    star = disposition.split("filename*=", 1)[1]
    assert star.startswith("UTF-8''")
    assert unquote(star.removeprefix("UTF-8''"), encoding="utf-8") == "Budget prévisionnel.pdf"
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "private, no-store"
    assert response["Content-Security-Policy"] == "sandbox"
    assert b"".join(response.streaming_content) == content


def test_a_download_name_cannot_break_the_header_nor_pick_its_type(stored_pdf):
    stored, _content = stored_pdf
    response = file_response(stored, 'a"; filename=evil.html\r\nX: y', "text/html")
    assert response["Content-Type"] == "application/octet-stream"
    assert re.fullmatch(
        r"""attachment; filename="[^"\\]*"; filename\*=UTF-8''[A-Za-z0-9%._~-]+""",
        response["Content-Disposition"],
    )
