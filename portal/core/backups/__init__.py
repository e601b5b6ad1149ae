"""Backups of the whole site and their restore (`manage.py backup_site`, `restore_site`).

A backup is one folder, named by its date and time, that holds:

- `database.dump` (PostgreSQL, `pg_dump --format=custom`) or `database.sqlite3` (SQLite,
  copied through sqlite3's backup API): `database.py`;
- `files/<alias>/…`: every file of each storage of `BACKUP_STORAGES`, read and written back
  through Django's storage API, so that a folder and an S3 bucket are saved alike: `files.py`;
- `manifest.json`: the date, the database's vendor, the applied migrations, each file's name,
  size and SHA-256, counts of a few tables: `manifest.py`. It is written last, and the folder
  is renamed into place only then: a folder without a manifest is not a backup.

Every refusal is a `CommandError` with its own exit code (below), and a French message.
"""

from enum import IntEnum

from django.core.management.base import CommandError


class Exit(IntEnum):
    """The exit codes of `backup_site` and `restore_site` (1 is any other error, 2 a wrong
    command line)."""

    NOT_FOUND = 3  # no such folder, or no readable manifest in it
    CORRUPT = 4  # a file missing from the backup or unlike its checksum
    INCOMPATIBLE = 5  # another database vendor, migrations this code does not know
    TOOLS_MISSING = 6  # pg_dump or pg_restore not installed
    REFUSED = 7  # the person did not confirm
    FAILED = 8  # pg_dump, pg_restore or sqlite3 failed, or the restored data differ


def refusal(code, message):
    return CommandError(message, returncode=code)
