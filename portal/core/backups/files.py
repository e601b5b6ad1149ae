"""The files' part of a backup: each storage of `BACKUP_STORAGES` walked, read and written
back through Django's storage API (`storages[alias]`: `listdir`, `open`, `save`, `delete`), so
that the same code saves a folder and an S3-compatible bucket (django-storages)."""

import hashlib
import posixpath
from pathlib import Path, PurePosixPath

from django.core.files import File
from django.core.files.storage import storages

from . import Exit, refusal

CHUNK = 1024 * 1024


def walk(storage, path=""):
    """Every file name of `storage` under `path`, in a stable order. A folder storage whose
    folder does not exist yet holds no file."""
    try:
        directories, files = storage.listdir(path)
    except FileNotFoundError:
        if path:
            raise
        return
    for name in sorted(files):
        yield posixpath.join(path, name) if path else name
    for directory in sorted(directories):
        yield from walk(storage, posixpath.join(path, directory) if path else directory)


def safe_name(name):
    """A storage name from a manifest: relative, no `..`: it can only land inside the backup's
    folder and inside the storage."""
    parts = PurePosixPath(name).parts
    return bool(name) and not PurePosixPath(name).is_absolute() and ".." not in parts


def digest(chunks):
    """(size, SHA-256 in hex) of an iterable of bytes."""
    sha, size = hashlib.sha256(), 0
    for chunk in chunks:
        sha.update(chunk)
        size += len(chunk)
    return size, sha.hexdigest()


def file_digest(path):
    with Path(path).open("rb") as handle:
        return digest(iter(lambda: handle.read(CHUNK), b""))


def save_storage(alias, folder):
    """Copy every file of the storage `alias` under `folder`; return the manifest's entries:
    `{"name", "size", "sha256"}` for each."""
    storage = storages[alias]
    entries = []
    for name in walk(storage):
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        with storage.open(name, "rb") as source, target.open("wb") as copy:
            size, sha256 = digest(_written(source.chunks(CHUNK), copy))
        entries.append({"name": name, "size": size, "sha256": sha256})
    return entries


def _written(chunks, handle):
    for chunk in chunks:
        handle.write(chunk)
        yield chunk


def restore_storage(alias, folder, entries):
    """Make the storage `alias` hold exactly the files of `entries`, read from `folder`:
    a file already there with the same bytes is left alone, a different one replaced, one the
    backup does not hold removed. Return (written, removed) counts."""
    storage = storages[alias]
    written = 0
    for entry in entries:
        name = entry["name"]
        if storage.exists(name):
            if _same(storage, name, entry):
                continue
            # FileSystemStorage would save under another name rather than overwrite.
            storage.delete(name)
        with (folder / name).open("rb") as source:
            saved = storage.save(name, File(source, name=name))
        if saved != name:
            raise refusal(
                Exit.FAILED, f"Stockage « {alias} » : {name} a été enregistré sous le nom {saved}."
            )
        written += 1
    kept = {entry["name"] for entry in entries}
    extra = [name for name in walk(storage) if name not in kept]
    for name in extra:
        storage.delete(name)
    return written, len(extra)


def _same(storage, name, entry):
    if storage.size(name) != entry["size"]:
        return False
    with storage.open(name, "rb") as handle:
        return digest(handle.chunks(CHUNK))[1] == entry["sha256"]
