"""Where proposals' attachments live and the only way out: a storage under
`PRIVATE_MEDIA_ROOT` with no URL, and downloads streamed by views that checked permissions.

- `get_private_storage` (for `FileField(storage=get_private_storage)`): `STORAGES["private"]`.
- `file_response(fieldfile, name, mimetype)` streams one file as a download.
"""

import re
import unicodedata
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import FileSystemStorage, storages
from django.http import FileResponse
from django.utils.functional import cached_property

from .files import KINDS_BY_MIMETYPE, display_name

# Storage -------------------------------------------------------------------------------------


class NoPublicURL(ValueError):
    """Private files have no URL: serve them with `file_response` from a view that checks
    permissions."""


class PrivateStorage(FileSystemStorage):
    """Files under `PRIVATE_MEDIA_ROOT` (read when first used, and again when a test overrides
    it), which is never under `MEDIA_ROOT` or `STATIC_ROOT`; files readable by their owner
    and group only; no URL."""

    def __init__(self):
        super().__init__(
            location=None,
            base_url=None,
            file_permissions_mode=0o640,
            directory_permissions_mode=0o750,
        )

    @cached_property
    def base_location(self):
        location = Path(settings.PRIVATE_MEDIA_ROOT).resolve()
        for public in ("MEDIA_ROOT", "STATIC_ROOT"):
            root = getattr(settings, public, None)
            if root and location.is_relative_to(Path(root).resolve()):
                raise ImproperlyConfigured(
                    f"PRIVATE_MEDIA_ROOT ({location}) must not be inside {public} ({root})."
                )
        return str(location)

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting in ("PRIVATE_MEDIA_ROOT", "MEDIA_ROOT", "STATIC_ROOT"):
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)

    def url(self, name):
        raise NoPublicURL(f"{name} is a private file: it has no URL.")


def get_private_storage():
    """The storage of `STORAGES["private"]` (this folder by default, a private bucket of an
    S3-compatible store on several servers), for `FileField(storage=get_private_storage)`:
    migrations then name this function rather than a folder."""
    return storages["private"]


# Downloads -----------------------------------------------------------------------------------


def _ascii_name(name):
    """The `filename=` fallback: accents dropped, other letters, quotes, backslashes, `%` and
    `;` left out or replaced."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return display_name(re.sub(r'["\\%;]', "_", folded))


def file_response(fieldfile, name, mimetype):
    """A download of a private file (a `FieldFile`) under the display name `name`, typed
    `mimetype` (one of the accepted kinds', else `application/octet-stream`): never shown
    inline, never sniffed, never cached, sandboxed if a browser opened it anyway.

    Return it only from a view that has checked the user may read the file."""
    kind = KINDS_BY_MIMETYPE.get(mimetype)
    if kind is None:
        mimetype = "application/octet-stream"
    name = display_name(name, kind)
    response = FileResponse(
        fieldfile.open("rb"), as_attachment=True, filename=name, content_type=mimetype
    )
    # Django writes only `filename*=` for a name with accents: give both, the ASCII one
    # first for old clients (RFC 6266, section 4.3).
    response["Content-Disposition"] = (
        f"attachment; filename=\"{_ascii_name(name)}\"; filename*=UTF-8''{quote(name, safe='')}"
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    # django-csp leaves a policy the response already has.
    response["Content-Security-Policy"] = "sandbox"
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    return response
