"""Backups: the restore drill, and the refusals checked before anything is touched.

The drill runs on the database the suite runs on (PostgreSQL, or SQLite), in subprocesses of
`manage.py`, as `make backup` and `make restore` do, on a scratch site of its own: the database
`<test database>_drill` (created and dropped here) or a SQLite file, and its own media and
private folders. The subprocesses use the dev settings: they read `MEDIA_ROOT` and
`PRIVATE_MEDIA_ROOT` from the environment as production does (the test settings pin the
private folder to one shared temporary folder), and they are what `make backup` runs on a
laptop; their cache is in memory and their tasks run at once, so no service is needed.

Migrate, create a little real data (`backup_drill.create`), back up; change the data and the
files; a corrupted copy of the backup is refused and nothing moves; restore, and the data are
back; wipe everything, restore twice, and every page renders the same, every file has the same
bytes, the registration is there.
"""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

import dj_database_url
import pytest

from portal.core.backups import Exit, files
from tests.portal import backup_drill

ROOT = Path(__file__).resolve().parents[2]
SHEET = backup_drill.SHEET_SLUG


class Drill:
    """A scratch site: its database, its folders, its `manage.py`."""

    def __init__(self, tmp_path):
        self.media = tmp_path / "media"
        self.private = tmp_path / "private"
        url = os.environ.get("DATABASE_URL", "")
        self.postgresql = connection.vendor == "postgresql"
        if self.postgresql:
            config = dj_database_url.parse(url)
            self.name = f"test_{config['NAME']}_drill"
            self.server = {
                "host": config.get("HOST") or None,
                "port": config.get("PORT") or None,
                "user": config.get("USER") or None,
                "password": config.get("PASSWORD") or None,
            }
            self.url = urlsplit(url)._replace(path=f"/{self.name}").geturl()
        else:
            self.path = tmp_path / "drill.sqlite3"
            self.url = f"sqlite:///{self.path}"

    def environment(self):
        environment = {
            key: value
            for key, value in os.environ.items()
            # The drill's restore empties its caches: never a shared Redis.
            if key not in {"REDIS_URL", "DJANGO_SETTINGS_MODULE", "CACHE_DIR"}
        }
        environment.update(
            DJANGO_SETTINGS_MODULE="portal.settings.dev",
            DATABASE_URL=self.url,
            MEDIA_ROOT=str(self.media),
            PRIVATE_MEDIA_ROOT=str(self.private),
            ALLOWED_HOSTS="testserver",
        )
        return environment

    def manage(self, *arguments, expect=0):
        result = subprocess.run(
            [sys.executable, "manage.py", *arguments],
            cwd=ROOT,
            env=self.environment(),
            # A question would read the end of the input: never a test that waits.
            input="",
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == expect, (result.returncode, result.stdout, result.stderr)
        return result

    def shell(self, function):
        code = f"from tests.portal.backup_drill import {function}; {function}()"
        return backup_drill.read(self.manage("shell", "-v", "0", "-c", code).stdout)

    # The database, straight through the driver.

    def _server(self, dbname):
        import psycopg2

        link = psycopg2.connect(dbname=dbname, **self.server)
        link.autocommit = True
        return link

    def fresh_database(self):
        """An empty database (PostgreSQL), none at all (SQLite: migrate or restore makes it)."""
        self.drop_database()
        if self.postgresql:
            link = self._server("postgres")
            with link.cursor() as cursor:
                cursor.execute(f'CREATE DATABASE "{self.name}"')
            link.close()

    def drop_database(self):
        if self.postgresql:
            link = self._server("postgres")
            with link.cursor() as cursor:
                cursor.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
            link.close()
        else:
            self.path.unlink(missing_ok=True)

    def sql(self, statement):
        if self.postgresql:
            link = self._server(self.name)
            with link.cursor() as cursor:
                cursor.execute(statement)
                rows = cursor.fetchall() if cursor.description else None
            link.close()
            return rows
        with sqlite3.connect(self.path) as link:
            rows = link.execute(statement).fetchall()
        link.close()
        return rows

    def files(self):
        """{folder: {relative path: SHA-256}} of the media and private folders."""
        return {
            folder.name: {
                str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
                for path in sorted(folder.rglob("*"))
                if path.is_file()
            }
            for folder in (self.media, self.private)
        }


@pytest.fixture
def drill(tmp_path):
    site = Drill(tmp_path)
    site.fresh_database()
    yield site
    site.drop_database()


def test_back_up_break_restore_and_everything_is_back(drill, tmp_path):
    drill.manage("migrate", "--no-input", "--skip-checks", "-v", "0")
    before = drill.shell("create")
    assert [(email, status) for email, _, status in before["registrations"]] == [
        ("amina@example.org", "confirmed")
    ]
    assert before["pages"][f"/fr/fiches-experience/{SHEET}/"]["images"]
    assert all(page["status"] == 200 for page in before["pages"].values())

    backups = tmp_path / "backups"
    backup = Path(drill.manage("backup_site", "--output", str(backups)).stdout.strip())
    assert backup.parent == backups
    assert [path.name for path in backups.iterdir()] == [backup.name]
    manifest = json.loads((backup / "manifest.json").read_text())
    assert manifest["database"]["vendor"] == connection.vendor
    assert manifest["counts"]["members.Registration"] == 1
    assert manifest["counts"]["members.Attachment"] == 1
    assert "0001_initial" in manifest["migrations"]["members"]
    assert {
        alias: {entry["name"]: entry["sha256"] for entry in entries}
        for alias, entries in manifest["storages"].items()
    } == before["files"]
    files_before = drill.files()

    # Break things: a changed title, a lost registration, a lost image, changed bytes, an
    # extra file in each storage.
    drill.sql(f"UPDATE wagtailcore_page SET title = 'Titre abîmé' WHERE slug = '{SHEET}'")
    drill.sql("DELETE FROM members_registration")
    (drill.media / "original_images" / "stand.png").unlink()
    attachment = next(path for path in drill.private.rglob("*") if path.is_file())
    attachment.write_bytes(b"%PDF-1.4 autre chose")
    (drill.media / "intrus.txt").write_text("pas dans la sauvegarde")
    (drill.private / "proposals" / "intrus.pdf").write_bytes(b"%PDF-1.4 intrus")
    broken = drill.files()

    # A backup with one changed byte is refused before anything is touched.
    corrupted = tmp_path / "corrupted"
    shutil.copytree(backup, corrupted)
    stored = corrupted / "files" / "private" / attachment.relative_to(drill.private)
    stored.write_bytes(stored.read_bytes()[:-1] + b"!")
    refused = drill.manage("restore_site", str(corrupted), "--yes", expect=Exit.CORRUPT)
    assert "Sauvegarde abîmée" in refused.stderr
    assert "Rien n'a été modifié" in refused.stderr
    assert drill.files() == broken
    assert drill.sql("SELECT COUNT(*) FROM members_registration") == [(0,)]

    restored = drill.manage("restore_site", str(backup), "--yes").stdout
    assert "default : 1 réécrit(s), 1 retiré(s)" in restored, restored
    assert "private : 1 réécrit(s), 1 retiré(s)" in restored, restored
    assert drill.files() == files_before
    assert drill.sql("SELECT COUNT(*) FROM members_registration") == [(1,)]
    title = f"SELECT title FROM wagtailcore_page WHERE slug = '{SHEET}'"
    assert drill.sql(title) == [("Un stand au marché",)]

    # The machine is lost: an empty database, no files. Restoring twice is harmless.
    drill.fresh_database()
    shutil.rmtree(drill.media)
    shutil.rmtree(drill.private)
    drill.manage("restore_site", str(backup), "--yes")
    again = drill.manage("restore_site", str(backup), "--yes").stdout
    assert "default : 0 réécrit(s), 0 retiré(s)" in again, again
    assert drill.files() == files_before
    assert drill.shell("snapshot") == before


# ---- refusals, in this process: none may reach the database --------------------------------


def fake_backup(folder, vendor=None, *, migrations=None, name="images/stand.png"):
    """A backup whose checksums are right but whose database is not one: a restore that got
    past its checks would fail."""
    folder.mkdir()
    dump = b"pas une vraie base"
    (folder / "database.dump").write_bytes(dump)
    content = b"une image"
    if ".." not in name:
        (folder / "files" / "default" / name).parent.mkdir(parents=True)
        (folder / "files" / "default" / name).write_bytes(content)
    manifest = {
        "format": 1,
        "created_at": "2026-12-06T03:00:00+01:00",
        "database": {
            "vendor": vendor or connection.vendor,
            "file": "database.dump",
            "size": len(dump),
            "sha256": hashlib.sha256(dump).hexdigest(),
        },
        "migrations": migrations or {},
        "storages": {
            "default": [
                {"name": name, "size": len(content), "sha256": hashlib.sha256(content).hexdigest()}
            ]
        },
        "counts": {},
    }
    (folder / "manifest.json").write_text(json.dumps(manifest))
    return folder


def refusal(*arguments):
    with pytest.raises(CommandError) as raised:
        call_command(*arguments)
    return raised.value.returncode, str(raised.value)


def test_a_missing_folder_is_refused(tmp_path):
    code, message = refusal("restore_site", str(tmp_path / "2026-12-06T0300"), "--yes")
    assert code == Exit.NOT_FOUND
    assert message.startswith("Sauvegarde introuvable")


def test_a_folder_without_manifest_is_refused(tmp_path):
    (tmp_path / "database.dump").write_bytes(b"x")
    code, message = refusal("restore_site", str(tmp_path), "--yes")
    assert code == Exit.NOT_FOUND
    assert "n'est pas une sauvegarde du portail" in message


def test_a_backup_of_the_other_database_is_refused_in_french(tmp_path):
    other = "sqlite" if connection.vendor == "postgresql" else "postgresql"
    code, message = refusal("restore_site", str(fake_backup(tmp_path / "b", other)), "--yes")
    assert code == Exit.INCOMPATIBLE
    names = {"postgresql": "PostgreSQL", "sqlite": "SQLite"}
    assert f"contient une base {names[other]} ; ce portail utilise {names[connection.vendor]}" in (
        message
    )


def test_a_backup_from_a_newer_portal_is_refused(tmp_path):
    folder = fake_backup(tmp_path / "b", migrations={"members": ["9999_a_venir"]})
    code, message = refusal("restore_site", str(folder), "--yes")
    assert code == Exit.INCOMPATIBLE
    assert "members.9999_a_venir" in message


def test_a_file_missing_from_the_backup_is_refused(tmp_path):
    folder = fake_backup(tmp_path / "b")
    (folder / "files" / "default" / "images" / "stand.png").unlink()
    code, message = refusal("restore_site", str(folder), "--yes")
    assert code == Exit.CORRUPT
    assert "files/default/images/stand.png manque" in message


def test_a_name_outside_the_storage_is_refused(tmp_path):
    code, message = refusal("restore_site", str(fake_backup(tmp_path / "b", name="../x")), "--yes")
    assert code == Exit.CORRUPT
    assert "le nom de fichier '../x' est refusé" in message


def test_without_a_yes_nothing_is_restored(tmp_path, monkeypatch, capsys):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("non\n"))
    code, message = refusal("restore_site", str(fake_backup(tmp_path / "b")))
    assert code == Exit.REFUSED
    assert message == "Restauration annulée : rien n'a été modifié."
    assert "va remplacer la base" in capsys.readouterr().out


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's tools")
def test_without_the_postgresql_tools_nothing_starts(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    code, message = refusal("restore_site", str(fake_backup(tmp_path / "b")), "--yes")
    assert code == Exit.TOOLS_MISSING
    assert message.startswith("pg_restore introuvable : installez")
    code, message = refusal("backup_site", "--output", str(tmp_path / "backups"))
    assert code == Exit.TOOLS_MISSING
    assert not (tmp_path / "backups").exists()


# ---- the files' part against an S3 bucket (moto, in memory), as with django-storages -------


def test_a_bucket_is_saved_and_put_back_through_the_storage_api(tmp_path, monkeypatch, settings):
    moto = pytest.importorskip("moto")
    pytest.importorskip("storages")
    import boto3

    for variable, value in {
        "AWS_ACCESS_KEY_ID": "drill",
        "AWS_SECRET_ACCESS_KEY": "drill",
        "AWS_DEFAULT_REGION": "us-east-1",
    }.items():
        monkeypatch.setenv(variable, value)
    with moto.mock_aws():
        boto3.client("s3", region_name="us-east-1").create_bucket(Bucket="media")
        settings.AWS_S3_ENDPOINT_URL = None
        settings.STORAGES = {
            **settings.STORAGES,
            "default": {
                "BACKEND": "storages.backends.s3.S3Storage",
                # As production's: a second file of the same name is never overwritten.
                "OPTIONS": {"bucket_name": "media", "file_overwrite": False},
            },
        }
        bucket = storages["default"]
        bucket.save("original_images/stand.png", ContentFile(b"une image"))
        bucket.save("documents/compte-rendu.txt", ContentFile(b"un compte rendu"))
        entries = files.save_storage("default", tmp_path / "default")
        assert [entry["name"] for entry in entries] == [
            "documents/compte-rendu.txt",
            "original_images/stand.png",
        ]

        bucket.delete("documents/compte-rendu.txt")
        bucket.delete("original_images/stand.png")
        bucket.save("original_images/stand.png", ContentFile(b"une autre image"))
        bucket.save("intrus.txt", ContentFile(b"pas dans la sauvegarde"))
        assert files.restore_storage("default", tmp_path / "default", entries) == (2, 1)
        assert files.restore_storage("default", tmp_path / "default", entries) == (0, 0)
        assert {name: bucket.open(name).read() for name in files.walk(bucket)} == {
            "documents/compte-rendu.txt": b"un compte rendu",
            "original_images/stand.png": b"une image",
        }
