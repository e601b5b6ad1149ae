"""`manifest.json`: what a backup holds, written last, and every check a restore makes before it
touches anything (the folder, the manifest, each checksum, the vendor, the migrations)."""

import json
import pkgutil
from collections import defaultdict
from importlib import import_module
from pathlib import Path

import django
from django.apps import apps
from django.conf import settings
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.utils import timezone

import wagtail

from . import Exit, refusal
from .database import VENDORS
from .files import file_digest, safe_name

FORMAT = 1
NAME = "manifest.json"
FILES = "files"


def facts(query):
    """What the manifest says of the data: the applied migrations ({app: [names]}) and the rows
    of the tables of `BACKUP_COUNTED_MODELS` ("app_label.Model"). `query(sql)` returns the rows
    of one query on the very data saved (the dump's snapshot, the SQLite copy)."""
    applied = defaultdict(list)
    for app, name in sorted(query("SELECT app, name FROM django_migrations")):
        applied[app].append(name)
    counts = {}
    for label in settings.BACKUP_COUNTED_MODELS:
        try:
            table = apps.get_model(label)._meta.db_table
        except LookupError:
            continue
        counts[label] = query(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")[0][0]
    return {"migrations": dict(applied), "counts": counts}


def build(vendor, database_file, found, storages):
    """The manifest of a backup whose database is the file `database_file`, its `facts`
    `found`, its files `storages` ({alias: entries})."""
    size, sha256 = file_digest(database_file)
    return {
        "format": FORMAT,
        "created_at": timezone.localtime().isoformat(timespec="seconds"),
        "versions": {"django": django.get_version(), "wagtail": wagtail.__version__},
        "database": {
            "vendor": vendor,
            "file": Path(database_file).name,
            "size": size,
            "sha256": sha256,
        },
        "migrations": found["migrations"],
        "storages": storages,
        "counts": found["counts"],
    }


def write(folder, manifest):
    with (folder / NAME).open("w", encoding="utf-8") as handle:
        json.dump(manifest, handle, ensure_ascii=False, indent=1)
        handle.write("\n")


def read(folder):
    """The manifest of the backup in `folder`, refused when there is none to read."""
    folder = Path(folder)
    if not folder.is_dir():
        raise refusal(Exit.NOT_FOUND, f"Sauvegarde introuvable : le dossier {folder} n'existe pas.")
    try:
        manifest = json.loads((folder / NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = None
    if isinstance(manifest, dict) and manifest.get("format", FORMAT) != FORMAT:
        raise refusal(
            Exit.INCOMPATIBLE,
            f"Sauvegarde au format {manifest['format']!r} : ce portail lit le format {FORMAT}.",
        )
    if not _shaped(manifest) or manifest.get("format") != FORMAT:
        raise refusal(
            Exit.NOT_FOUND,
            f"{folder} n'est pas une sauvegarde du portail : son {NAME} manque ou est illisible.",
        )
    return manifest


def _shaped(manifest):
    return (
        isinstance(manifest, dict)
        and isinstance(manifest.get("database"), dict)
        and {"vendor", "file", "size", "sha256"} <= set(manifest["database"])
        and isinstance(manifest.get("storages"), dict)
        and all(
            isinstance(entry, dict) and {"name", "size", "sha256"} <= set(entry)
            for entries in manifest["storages"].values()
            for entry in (entries if isinstance(entries, list) else [None])
        )
    )


def verify(folder, manifest):
    """Every file of the backup is there with its size and checksum; refused otherwise."""
    folder = Path(folder)
    database = manifest["database"]
    expected = [(folder / Path(database["file"]).name, database)]
    for alias, entries in manifest["storages"].items():
        for entry in entries:
            if not safe_name(entry["name"]):
                raise _corrupt(f"le nom de fichier {entry['name']!r} est refusé")
            expected.append((folder / FILES / alias / entry["name"], entry))
    for path, entry in expected:
        try:
            found = file_digest(path)
        except OSError:
            raise _corrupt(f"{path.relative_to(folder)} manque") from None
        if found != (entry["size"], entry["sha256"]):
            raise _corrupt(f"{path.relative_to(folder)} ne correspond pas à son empreinte SHA-256")


def _corrupt(what):
    return refusal(Exit.CORRUPT, f"Sauvegarde abîmée : {what}. Rien n'a été modifié.")


def known_migrations():
    """(app label, name) of every migration file of the installed apps, listed without being
    imported (one of wagtail_localize's queries the database when imported)."""
    known = set()
    for config in apps.get_app_configs():
        module_name, _ = MigrationLoader.migrations_module(config.label)
        try:
            module = import_module(module_name) if module_name else None
        except ModuleNotFoundError:
            module = None
        for _, name, is_package in pkgutil.iter_modules(getattr(module, "__path__", [])):
            if not is_package and name[0] not in "_~":
                known.add((config.label, name))
    return known


def check_compatible(manifest, vendor):
    """The backup fits this site: same database vendor, no migration this code lacks, a
    storage for each of its storages."""
    saved = manifest["database"]["vendor"]
    if saved != vendor:
        raise refusal(
            Exit.INCOMPATIBLE,
            f"Cette sauvegarde contient une base {VENDORS.get(saved, saved)} ; ce portail utilise "
            f"{VENDORS[vendor]}. Restaurez-la sur un portail configuré pour "
            f"{VENDORS.get(saved, saved)} (DATABASE_URL). Rien n'a été modifié.",
        )
    installed = {config.label for config in apps.get_app_configs()}
    known = known_migrations()
    unknown = sorted(
        f"{app}.{name}"
        for app, names in manifest.get("migrations", {}).items()
        if app in installed
        for name in names
        if (app, name) not in known
    )
    if unknown:
        raise refusal(
            Exit.INCOMPATIBLE,
            "Cette sauvegarde vient d'une version plus récente du portail (migrations inconnues "
            f"ici : {', '.join(unknown[:5])}{'…' if len(unknown) > 5 else ''}). Déployez cette "
            "version avant de restaurer. Rien n'a été modifié.",
        )
    missing = sorted(set(manifest["storages"]) - set(settings.STORAGES))
    if missing:
        raise refusal(
            Exit.INCOMPATIBLE,
            f"Stockage(s) absent(s) de STORAGES : {', '.join(missing)}. Rien n'a été modifié.",
        )
