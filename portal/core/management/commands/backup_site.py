"""Save the database and the files of `BACKUP_STORAGES` into a new folder named by the date and
time (`backups/2026-12-06T0300`): see `portal/core/backups/` and docs/backups.md.

The folder is written under a hidden name and renamed when its manifest is written: a backup
cut short (a full disk, a failed pg_dump) leaves no folder that looks complete."""

import os
import shutil
import time
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.core.management.base import BaseCommand
from django.utils import timezone

from portal.core.backups import Exit, database, files, manifest, refusal


def folder_name(root):
    stamp = timezone.localtime().strftime("%Y-%m-%dT%H%M")
    name, number = stamp, 1
    while (root / name).exists():
        number += 1
        name = f"{stamp}-{number}"
    return name


def size_of(folder):
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


class Command(BaseCommand):
    help = (
        "Sauvegarde la base de données et les fichiers (BACKUP_STORAGES) dans un nouveau "
        "dossier daté, avec son manifeste (tailles et empreintes SHA-256)."
    )
    # A backup must run even when a check would fail (a setting to fix later).
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            default=os.environ.get("BACKUP_DIR") or "backups",
            help="dossier où créer la sauvegarde (défaut : $BACKUP_DIR, sinon backups/)",
        )

    def handle(self, *args, output, **options):
        started = time.monotonic()
        vendor = database.vendor()
        if vendor == "postgresql":
            database.require_tools("pg_dump")
        root = Path(output).resolve()
        self._refuse_inside_a_storage(root)
        root.mkdir(parents=True, exist_ok=True)
        name = folder_name(root)
        partial = root / f".{name}.partial"
        # Private data: readable by the owner only.
        partial.mkdir(mode=0o700)
        try:
            database_file = partial / database.FILE_NAMES[vendor]
            found = database.dump(database_file, manifest.facts)
            saved = {}
            for alias in settings.BACKUP_STORAGES:
                saved[alias] = files.save_storage(alias, partial / manifest.FILES / alias)
            manifest.write(partial, manifest.build(vendor, database_file, found, saved))
            final = root / name
            partial.rename(final)
        except BaseException:
            shutil.rmtree(partial, ignore_errors=True)
            raise
        counted = ", ".join(f"{alias} : {len(entries)}" for alias, entries in saved.items())
        self.stderr.write(
            f"Sauvegarde faite en {time.monotonic() - started:.1f} s : base {database.describe()}"
            f" ({database.VENDORS[vendor]}), fichiers ({counted}), "
            f"{size_of(final) / 1e6:.1f} Mo."
        )
        # The path alone on stdout, for scripts.
        self.stdout.write(str(final))

    def _refuse_inside_a_storage(self, root):
        for alias in settings.BACKUP_STORAGES:
            storage = storages[alias]
            if isinstance(storage, FileSystemStorage) and root.is_relative_to(
                Path(storage.location).resolve()
            ):
                raise refusal(
                    Exit.INCOMPATIBLE,
                    f"Le dossier {root} est dans le stockage « {alias} » qu'il sauvegarde : "
                    "choisissez-en un autre (--output ou BACKUP_DIR).",
                )
