"""Restore a backup of `backup_site`: the database, then the files of each storage it holds,
then empty caches. Everything is checked before anything is touched (the manifest, the
vendor, the migrations, the tools, every checksum), and a person confirms unless `--yes`.
Exit codes: `portal.core.backups.Exit`; docs/backups.md."""

import time
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.core.management.base import BaseCommand
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from portal.core.backups import Exit, database, files, manifest, refusal

YES = {"oui", "o", "yes", "y"}


class Command(BaseCommand):
    help = (
        "Restaure une sauvegarde de backup_site : remplace la base de données et les fichiers "
        "(après vérification de chaque empreinte et confirmation)."
    )
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument(
            "backup", help="dossier de la sauvegarde, par exemple backups/2026-12-06T0300"
        )
        parser.add_argument(
            "--yes", action="store_true", help="ne pas demander de confirmation (scripts)"
        )

    def handle(self, *args, backup, yes, **options):
        started = time.monotonic()
        folder = Path(backup)
        saved = manifest.read(folder)
        vendor = database.vendor()
        manifest.check_compatible(saved, vendor)
        if vendor == "postgresql":
            database.require_tools("pg_restore")
        manifest.verify(folder, saved)
        if not yes and not self._confirmed(saved):
            raise refusal(Exit.REFUSED, "Restauration annulée : rien n'a été modifié.")

        database.restore(folder / saved["database"]["file"])
        done = []
        for alias, entries in saved["storages"].items():
            written, removed = files.restore_storage(
                alias, folder / manifest.FILES / alias, entries
            )
            done.append(f"{alias} : {written} réécrit(s), {removed} retiré(s)")
        for cache in caches.all():
            cache.clear()

        self._check_counts(saved)
        self.stdout.write(
            f"Sauvegarde du {saved['created_at']} restaurée en {time.monotonic() - started:.1f} s"
            f" : base {database.describe()} ; fichiers ({'; '.join(done)}) ; caches vidés."
        )
        left_alone = sorted(set(settings.BACKUP_STORAGES) - set(saved["storages"]))
        if left_alone:
            self.stdout.write(
                f"Stockage(s) absent(s) de la sauvegarde, laissé(s) tel(s) quel(s) : "
                f"{', '.join(left_alone)}."
            )
        if self._pending_migrations():
            self.stdout.write("Cette sauvegarde précède des migrations : lancez manage.py migrate.")
        self.stdout.write(
            self.style.SUCCESS(
                "Redémarrez le portail et le worker (leurs caches en mémoire datent d'avant)."
            )
        )

    def _confirmed(self, saved):
        aliases = ", ".join(saved["storages"]) or "aucun"
        self.stdout.write(
            f"La sauvegarde du {saved['created_at']} va remplacer la base "
            f"{database.describe()} et les fichiers des stockages {aliases} : ce qui a été "
            "écrit depuis sera perdu."
        )
        try:
            answer = input("Tapez « oui » pour continuer : ")
        except (EOFError, OSError):
            answer = ""
        return answer.strip().lower() in YES

    def _check_counts(self, saved):
        found = manifest.facts(database.query)["counts"]
        expected = saved.get("counts", {})
        differ = [
            f"{label} : {found[label]} au lieu de {count}"
            for label, count in expected.items()
            if label in found and found[label] != count
        ]
        if differ:
            raise refusal(
                Exit.FAILED,
                "La base restaurée ne contient pas ce que dit le manifeste ("
                + "; ".join(differ)
                + ").",
            )

    def _pending_migrations(self):
        executor = MigrationExecutor(connection)
        return bool(executor.migration_plan(executor.loader.graph.leaf_nodes()))
