"""The attachments of project proposals: their type read from their content, their names, the
and the name they are stored under (a leaf module).

- `detect(upload)` returns the `Kind` of an upload (PDF, JPEG, PNG, ODT, DOCX, XLSX) from its
  bytes alone, never from its name or the browser's content type, or raises a
  `ValidationError` (codes `empty`, `size`, `type`).
- `display_name(original)` is the sender's name of the file, cleaned, kept only for display
  and for the download; `stored_name(kind)` is the server's name on disk, a random one.

Where the files go and how they come out (a private storage, downloads only) is in
`private_files.py`.
"""

import math
import re
import unicodedata
import uuid
import zipfile
import zlib
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

import filetype


@dataclass(frozen=True)
class Kind:
    extension: str  # of the stored file
    mimetype: str  # the Content-Type of its downloads
    label: str
    other_extensions: tuple[str, ...] = ()

    @property
    def extensions(self):
        """The extensions a sender's name may end with for this kind (lower case)."""
        return (self.extension, *self.other_extensions)


PDF = Kind("pdf", "application/pdf", _("PDF"))
JPEG = Kind("jpg", "image/jpeg", _("image JPEG"), ("jpeg", "jpe"))
PNG = Kind("png", "image/png", _("image PNG"))
ODT = Kind("odt", "application/vnd.oasis.opendocument.text", _("document ODT"))
DOCX = Kind(
    "docx",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    _("document DOCX"),
)
XLSX = Kind(
    "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", _("tableur XLSX")
)
KINDS = (PDF, JPEG, PNG, ODT, DOCX, XLSX)
KINDS_BY_MIMETYPE = {kind.mimetype: kind for kind in KINDS}

# Recognised from their first bytes by filetype.
_BY_SIGNATURE = {PDF.mimetype: PDF, JPEG.mimetype: JPEG, PNG.mimetype: PNG}
_HEAD_BYTES = 8192  # what filetype looks at
_ZIP_SIGNATURE = b"PK\x03\x04"

# Zip bombs: an office document has a few dozen parts; 100 MB of XML is a very large one.
ZIP_MAX_ENTRIES = 1_000
ZIP_MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024
# The parts read to tell the documents apart are small: never decompress more than this.
_CONTENT_TYPES_MAX_BYTES = 1024 * 1024

_DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"

MESSAGE_TYPE = _(
    "Ce fichier n'est pas d'un type accepté. Envoyez un PDF, une image JPEG ou PNG, "
    "ou un document ODT, DOCX ou XLSX."
)
MESSAGE_EMPTY = _("Ce fichier est vide.")
MESSAGE_SIZE = _("Ce fichier pèse %(size)s Mo : %(limit)s Mo au plus.")

_MB = 1024 * 1024


def _megabytes(size, *, round_up=False):
    """`11,2` (the active language's decimal separator), `10` for a whole number. Rounded up
    for the file's size, so that a file just over the limit never reads as the limit."""
    tenths = size * 10 / _MB
    tenths = math.ceil(tenths) if round_up else round(tenths)
    if tenths % 10 == 0:
        return formats.number_format(tenths // 10)
    return formats.number_format(tenths / 10, decimal_pos=1)


def _size_of(upload):
    size = getattr(upload, "size", None)
    if size is None:
        upload.seek(0, 2)
        size = upload.tell()
    return size


def _refuse():
    return ValidationError(MESSAGE_TYPE, code="type")


def detect(upload):
    """The `Kind` of an upload (a Django `UploadedFile`, a `File`, any binary file object),
    read from its content; `ValidationError` if it is empty, too large or of another type.

    Reads the first 8 KB and, for a zip, its directory and at most two small parts: the file
    is never loaded whole. The upload is rewound afterwards."""
    size = _size_of(upload)
    if not size:
        raise ValidationError(MESSAGE_EMPTY, code="empty")
    limit = settings.PROPOSAL_ATTACHMENT_MAX_BYTES
    if size > limit:
        raise ValidationError(
            MESSAGE_SIZE,
            code="size",
            params={"size": _megabytes(size, round_up=True), "limit": _megabytes(limit)},
        )
    try:
        upload.seek(0)
        head = upload.read(_HEAD_BYTES)
        guess = filetype.guess(head)
        if guess is not None and guess.mime in _BY_SIGNATURE:
            return _BY_SIGNATURE[guess.mime]
        if head.startswith(_ZIP_SIGNATURE):
            upload.seek(0)
            kind = _zip_kind(upload)
            if kind is not None:
                return kind
        raise _refuse()
    finally:
        upload.seek(0)


def _zip_kind(upload):
    """ODT, DOCX or XLSX from the parts of a zip, or None."""
    try:
        with zipfile.ZipFile(upload) as archive:
            entries = archive.infolist()
            if len(entries) > ZIP_MAX_ENTRIES:
                return None
            if sum(entry.file_size for entry in entries) > ZIP_MAX_UNCOMPRESSED_BYTES:
                return None
            names = {entry.filename for entry in entries}
            if entries and entries[0].filename == "mimetype":
                expected = ODT.mimetype.encode()
                if _read(archive, entries[0], len(expected) + 1) == expected:
                    return ODT
                return None
            if "[Content_Types].xml" not in names:
                return None
            content_types = _read(archive, "[Content_Types].xml", _CONTENT_TYPES_MAX_BYTES)
            if _declares(content_types, _DOCX_MAIN) and "word/document.xml" in names:
                return DOCX
            if _declares(content_types, _XLSX_MAIN) and "xl/workbook.xml" in names:
                return XLSX
            return None
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        EOFError,
        OSError,
        # Encrypted entries, unknown compression methods, broken headers.
        RuntimeError,
        NotImplementedError,
        ValueError,
        KeyError,
    ):
        return None


def _read(archive, entry, limit):
    """At most `limit` decompressed bytes of one entry, whatever size it claims."""
    with archive.open(entry) as part:
        return part.read(limit)


def _declares(content_types, mimetype):
    return (
        re.search(
            rb"ContentType\s*=\s*([\"'])" + re.escape(mimetype.encode()) + rb"\1", content_types
        )
        is not None
    )


# Names ---------------------------------------------------------------------------------------

DISPLAY_NAME_MAX_LENGTH = 120
_MAX_EXTENSION_LENGTH = 10  # "docx", "jpeg": longer is not an extension


def _split_extension(name):
    """("rapport", "pdf") from "rapport.pdf"; no extension if what follows the last dot is
    long or has a space ("v1.2 final")."""
    stem, dot, extension = name.rpartition(".")
    if not dot or not extension or len(extension) > _MAX_EXTENSION_LENGTH or " " in extension:
        return name, ""
    return stem, extension


def display_name(original, kind=None):
    """The sender's name of a file, for display and downloads only (never a path on disk):
    its last component (after `/` or `\\`), without control or invisible characters (NUL,
    newlines, right-to-left overrides), no leading dot, whitespace collapsed, 120 characters
    at most with its extension kept; `document.<ext>` when nothing else is left.

    Given the detected `kind`, the name ends with one of its extensions (appended if
    needed: `photo.png.jpg`), so that a download opens with the right application."""
    name = unicodedata.normalize("NFC", str(original or ""))
    name = re.split(r"[\\/]", name)[-1]
    name = re.sub(r"\s", " ", name)
    name = "".join(char for char in name if not unicodedata.category(char).startswith("C"))
    name = " ".join(name.split()).rstrip(". ")  # Windows drops trailing dots and spaces
    stem, extension = _split_extension(name)
    if kind is not None and extension.lower() not in kind.extensions:
        stem, extension = name, kind.extension
    # No hidden files (".htaccess").
    stem = stem.lstrip(". ").rstrip(". ") or "document"
    if extension:
        keep = DISPLAY_NAME_MAX_LENGTH - len(extension) - 1
        return f"{stem[:keep].rstrip('. ') or 'document'}.{extension}"
    return stem[:DISPLAY_NAME_MAX_LENGTH].rstrip(". ")


def stored_name(kind):
    """`proposals/<year>/<random hex>.<ext>`: the name on disk, chosen by the server."""
    return f"proposals/{timezone.now():%Y}/{uuid.uuid4().hex}.{kind.extension}"
