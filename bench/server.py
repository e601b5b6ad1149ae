"""The benchmark's database and server: a fresh database loaded with the demo, then gunicorn
as ``make serve`` runs it (its environment, ``WEB_CONCURRENCY`` workers, 3 by default) on a
free port, with ``bench.settings`` (the production settings and the bare view's URL)."""

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/ambassadeurs_bench"
BARE = "/bench/hello/"
# Seconds a single GET may take (a page at --scale behind a queue of wrk's requests).
SLOW = 120


class ServerFailed(RuntimeError):
    """The server did not start, or a preparation step failed."""


def workdir(name):
    """Where the bench keeps the SQLite file, media, static files, caches and logs: one folder
    per database, kept between runs (``--keep`` reuses it)."""
    folder = Path(tempfile.gettempdir()) / f"ambassadeurs-bench-{name}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def environment(database_url, folder, secret_key, redis_url=None):
    """The variables of ``make serve`` (the Makefile's SERVE_ENV), with the bench's settings,
    database and folders. The bench process uses them too: the sessions it creates are
    signed with the same key and read from the same database and caches."""
    env = {
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "SECRET_KEY": secret_key,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        "SECURE_HSTS_SECONDS": "0",
        "SERVE_MEDIA": "1",
        "ACCOUNT_DEFAULT_HTTP_PROTOCOL": "http",
        # Production's: e-mails wait in the database for the worker (not started here: on
        # a production server it runs beside, or on another machine), so that a request
        # costs what it costs in production, not the sending of its e-mails.
        "TASKS_BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "CACHE_DIR": str(folder / "cache"),
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(folder / "media"),
        "PRIVATE_MEDIA_ROOT": str(folder / "private"),
        "STATIC_ROOT": str(folder / "static"),
        "LOG_LEVEL": os.environ.get("LOG_LEVEL", "INFO"),
        # As behind one nginx: each simulated ambassador posts from their own address
        # (X-Forwarded-For), so the throttles per IP count them one by one.
        "TRUSTED_PROXY_COUNT": "1",
    }
    if redis_url:
        env["REDIS_URL"] = redis_url
    return env


def new_secret_key():
    return f"bench-{secrets.token_urlsafe(40)}"


# ---- the database -------------------------------------------------------------------------


def database_name(url):
    return urlparse(url).path.lstrip("/")


def _postgres(url):
    import psycopg2

    parts = urlparse(url)
    connection = psycopg2.connect(
        host=parts.hostname,
        port=parts.port or 5432,
        user=parts.username or "postgres",
        password=parts.password,
        dbname="postgres",
    )
    connection.autocommit = True
    return connection


def postgres_exists(url):
    connection = _postgres(url)
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database_name(url)])
        found = cursor.fetchone() is not None
    connection.close()
    return found


def recreate_postgres(url):
    name = database_name(url).replace('"', "")
    connection = _postgres(url)
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()


def manage(env, *args, log=print):
    """``manage.py`` with the bench's environment; its output goes to ``log``, line by line."""
    command = [sys.executable, "manage.py", *args]
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines = []
    for line in process.stdout:
        lines.append(line.rstrip())
        log(f"    {line.rstrip()}")
    if process.wait() != 0:
        tail = "\n".join(lines[-20:])
        raise ServerFailed(f"manage.py {' '.join(args)} failed ({process.returncode}):\n{tail}")
    return "\n".join(lines)


def load_demo_arguments(env, scale):
    """``load_demo``'s arguments for ``scale``; refuses clearly when the command has no
    ``--scale`` option yet."""
    if not scale:
        return ["load_demo"]
    helptext = manage(env, "load_demo", "--help", log=lambda line: None)
    if "--scale" not in helptext:
        raise ServerFailed(
            "manage.py load_demo has no --scale option yet: run without --scale, or once "
            "load_demo --scale N is in the tree."
        )
    return ["load_demo", "--scale", str(scale)]


def prepare(env, scale, fresh, log=print):
    """Migrate, load the demo (unless the database is kept) and collect the static files."""
    started = time.monotonic()
    manage(env, "migrate", "--no-input", "--verbosity", "0", log=log)
    loaded = None
    if fresh:
        arguments = load_demo_arguments(env, scale)
        manage(env, *arguments, log=log)
        loaded = time.monotonic() - started
    manage(env, "collectstatic", "--no-input", "--verbosity", "0", log=log)
    return loaded


# ---- the server ---------------------------------------------------------------------------


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(url, timeout=10):
    """Status and headers of a GET, redirects not followed."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(url, timeout=timeout) as response:
            response.read()
            return response.status, response.headers
    except urllib.error.HTTPError as answer:
        return answer.code, answer.headers


class Server:
    """gunicorn serving ``portal.wsgi`` with ``bench.settings``, as ``make serve`` runs it."""

    def __init__(self, env, workers, log_path, access_log=False):
        self.env = env
        self.workers = workers
        self.log_path = log_path
        self.access_log = access_log
        self.port = free_port()
        self.process = None

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self, extra_env=None, timeout=90):
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            "portal.wsgi:application",
            "--bind",
            f"127.0.0.1:{self.port}",
            "--workers",
            str(self.workers),
            # Its default control socket is one path for every gunicorn of the account: a
            # command meant for another server on this machine would reach ours.
            "--no-control-socket",
        ]
        if self.access_log:
            command += ["--access-logfile", "-"]
        log = open(self.log_path, "a")  # noqa: SIM115 (closed with the server)
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            env={**os.environ, **self.env, **(extra_env or {})},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                if get(self.base + BARE, timeout=2)[0] == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.3)
        stopped = self.process.poll()
        self.stop()
        why = f"stopped (exit code {stopped})" if stopped is not None else f"silent for {timeout} s"
        raise ServerFailed(
            f"gunicorn did not start: {why}; its log ({self.log_path}):\n{self.log_tail()}"
        )

    def log_tail(self, lines=30):
        try:
            return "\n".join(Path(self.log_path).read_text().splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        # The session gunicorn leads (start_new_session): its master and its workers.
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def clear_file_caches(folder):
    """Empty the file caches (``CACHE_DIR``) before a server starts: each run starts cold."""
    shutil.rmtree(folder / "cache", ignore_errors=True)
    (folder / "cache").mkdir(parents=True, exist_ok=True)
