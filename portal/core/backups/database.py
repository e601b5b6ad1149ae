"""The database's part of a backup: `pg_dump`/`pg_restore` for PostgreSQL (the connection
settings of `DATABASES["default"]`, the password through `PGPASSWORD`, never on the command
line), sqlite3's backup API for SQLite (a consistent copy even while the site writes, which a
copy of the file is not)."""

import os
import shutil
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

from django.db import connection, transaction

from . import Exit, refusal

VENDORS = {"postgresql": "PostgreSQL", "sqlite": "SQLite"}
FILE_NAMES = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}
# libpq reads these from the environment: the OPTIONS of DATABASES["default"] that matter to
# pg_dump and pg_restore.
PG_OPTIONS = {
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "passfile": "PGPASSFILE",
    "service": "PGSERVICE",
    "connect_timeout": "PGCONNECT_TIMEOUT",
}


def vendor():
    """The vendor of the default database, refused unless we know how to save it."""
    if connection.vendor not in VENDORS:
        raise refusal(
            Exit.INCOMPATIBLE,
            f"Base de données « {connection.vendor} » non prise en charge : les sauvegardes "
            "savent traiter PostgreSQL et SQLite.",
        )
    return connection.vendor


def require_tools(*names):
    """Stop before anything is written when a PostgreSQL tool is not installed."""
    missing = [name for name in names if shutil.which(name) is None]
    if missing:
        raise refusal(
            Exit.TOOLS_MISSING,
            f"{' et '.join(missing)} introuvable : installez les outils clients de PostgreSQL "
            "(paquet Debian « postgresql-client », de la version du serveur ou plus récente).",
        )


def describe():
    """How the database is named in messages: « ambassadeurs » (PostgreSQL), a file's path."""
    return str(connection.settings_dict["NAME"])


def _pg_command(tool, *arguments):
    settings = connection.settings_dict
    command = [tool, "--no-password", *arguments]
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if settings.get(key):
            command.append(f"{option}={settings[key]}")
    if settings.get("NAME"):
        command.append(f"--dbname={settings['NAME']}")
    environment = dict(os.environ)
    if settings.get("PASSWORD"):
        environment["PGPASSWORD"] = str(settings["PASSWORD"])
    for option, variable in PG_OPTIONS.items():
        if option in settings.get("OPTIONS", {}):
            environment[variable] = str(settings["OPTIONS"][option])
    return command, environment


def _run(command, environment):
    result = subprocess.run(command, env=environment, capture_output=True, text=True)
    if result.returncode:
        raise refusal(
            Exit.FAILED,
            f"{command[0]} a échoué (code {result.returncode}) :\n{result.stderr.strip()}",
        )


def _sqlite_path():
    name = str(connection.settings_dict["NAME"])
    if name == ":memory:" or "mode=memory" in name:
        raise refusal(Exit.INCOMPATIBLE, "Une base SQLite en mémoire ne se sauvegarde pas.")
    return Path(name)


def dump(target, facts):
    """Write the default database into the file `target`; return `facts(query)`, `query(sql)`
    giving the rows of one query on the very data written, so that the manifest describes the
    dump even while the site writes."""
    if vendor() == "postgresql":
        require_tools("pg_dump")
        # pg_dump reads the snapshot of our open transaction: the counts are the dump's.
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot = cursor.fetchone()[0]
            command, environment = _pg_command(
                "pg_dump", "--format=custom", f"--snapshot={snapshot}", f"--file={target}"
            )
            _run(command, environment)
            return facts(lambda sql: _rows(cursor, sql))
    path = _sqlite_path()
    if not path.exists():
        raise refusal(Exit.NOT_FOUND, f"La base SQLite {path} n'existe pas.")
    return _sqlite_copy(
        path,
        target,
        "La copie de la base SQLite a échoué",
        lambda copy: facts(lambda sql: copy.execute(sql).fetchall()),
    )


def _sqlite_copy(source, target, failure, then=None):
    """Copy the SQLite database `source` into `target` through the backup API (every page,
    as one consistent snapshot); return `then(the copy's connection)`."""
    origin = f"{Path(source).resolve().as_uri()}?mode=ro"
    try:
        with (
            closing(sqlite3.connect(origin, uri=True)) as reader,
            closing(sqlite3.connect(target, timeout=20)) as writer,
        ):
            reader.backup(writer)
            return then(writer) if then else None
    except sqlite3.Error as error:
        raise refusal(Exit.FAILED, f"{failure} : {error}") from None


def _rows(cursor, sql):
    cursor.execute(sql)
    return cursor.fetchall()


def query(sql):
    """The rows of one query on the default database (after a restore)."""
    with connection.cursor() as cursor:
        return _rows(cursor, sql)


def restore(source):
    """Replace the default database by the one saved in the file `source`."""
    connection.close()  # ours must not hold a lock the restore waits for
    if vendor() == "postgresql":
        require_tools("pg_restore")
        # One transaction: a restore that fails leaves the database as it was.
        command, environment = _pg_command(
            "pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction"
        )
        _run([*command, str(source)], environment)
        return
    _sqlite_copy(source, _sqlite_path(), "La restauration de la base SQLite a échoué")
