"""One production-like server (``make serve``: gunicorn, DEBUG off, whitenoise) and one
headless Chromium for the whole session; a fresh demo database of its own."""

import base64
import hashlib
import hmac
import os
import shutil
import signal
import socket
import struct
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import dj_database_url
import pytest
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 360, "height": 780}}
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


# What the running server uses: its database, the folder of its e-mails.
SERVER = {}


def manage(*args):
    """Run a management command against the server's database (development settings)."""
    env = {**SERVER["env"], "DJANGO_SETTINGS_MODULE": "portal.settings.dev"}
    return subprocess.run(
        [str(ROOT / ".venv" / "bin" / "python"), "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.e2e)


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _e2e_database(tmp_path):
    """A fresh database for the server: PostgreSQL when the suite runs on it."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{tmp_path / 'e2e.sqlite3'}", lambda: None

    import psycopg2

    config = dj_database_url.parse(url)
    name = f"{config['NAME']}_e2e"

    def admin(sql):
        connection = psycopg2.connect(
            dbname="postgres",
            user=config["USER"],
            password=config["PASSWORD"],
            host=config["HOST"],
            port=config["PORT"] or 5432,
        )
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute(sql)
        connection.close()

    admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin(f'CREATE DATABASE "{name}"')
    return url.rsplit("/", 1)[0] + "/" + name, lambda: admin(
        f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'
    )


def _wait_for(url, process, log_path, timeout=300):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"`make serve` stopped:\n{log_path.read_text()[-4000:]}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(1)
    pytest.fail(f"The server did not answer within {timeout} s:\n{log_path.read_text()[-4000:]}")


def _keep_catalogues():
    """Compiled catalogues are not rewritten while another test run may be reading them
    (CI runs the Python suite beside the browser tests); `make test` compiled them."""
    compiled = list((ROOT / "locale").glob("*/LC_MESSAGES/django.mo"))
    return ["-o", "messages"] if len(compiled) >= 2 else []


@pytest.fixture(scope="session")
def live_server_url(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("e2e")
    database_url, drop_database = _e2e_database(tmp_path)
    port = _free_port()
    emails = tmp_path / "emails"
    emails.mkdir()
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(tmp_path / "media"),
        # The server's caches on disk, shared with `manage()`: what a command publishes
        # refreshes the server's menus and cached pages.
        "CACHE_DIR": str(tmp_path / "cache"),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / "private"),
        "STATIC_ROOT": str(tmp_path / "static"),
        "WEB_CONCURRENCY": "2",
        # The server writes its e-mails to files: journeys read their links there.
        "EMAIL_FILE_PATH": str(emails),
    }
    # pytest-django exported the test settings; the server picks its own.
    env.pop("DJANGO_SETTINGS_MODULE", None)
    log_path = tmp_path / "serve.log"
    address = ["HOST=127.0.0.1", f"PORT={port}"]
    with log_path.open("w") as log:
        process = subprocess.Popen(
            ["make", "--no-print-directory", *_keep_catalogues(), "serve", *address],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    base_url = f"http://127.0.0.1:{port}"
    try:
        _wait_for(f"{base_url}/fr/", process, log_path)
        SERVER.update(database_url=database_url, emails=emails, env=env, base_url=base_url)
        yield base_url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
        drop_database()


@pytest.fixture(scope="session")
def browser():
    executable = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")
    if not executable:
        pytest.fail("Chromium is missing: `make test` installs Debian's chromium package.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(params=list(VIEWPORTS))
def viewport(request):
    return request.param


def watched_page(context):
    """A new page of ``context`` that records the Content Security Policy errors of its
    console in ``page.csp_errors``."""
    page = context.new_page()
    page.csp_errors = []
    page.on(
        "console",
        lambda message: (
            message.type == "error"
            and "Content Security Policy" in message.text
            and page.csp_errors.append(message.text)
        ),
    )
    return page


def totp(secret, at=None):
    """The six-digit code an authenticator app shows (RFC 6238: SHA-1, 30 s)."""
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    counter = int((at or time.time()) // 30)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    code = (struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF) % 1_000_000
    return f"{code:06d}"


def fresh_totp(secret, margin=5):
    """The authenticator's code, taken early enough in its 30 s window that the server checks
    it in the same window (allauth accepts no other): when less than ``margin`` seconds are
    left, the code of the next window, once it has begun."""
    left = 30 - time.time() % 30
    if left < margin:
        time.sleep(left + 0.1)
    return totp(secret)


def sign_in_with_code(page, base_url, email, password, secret, next_path="/admin/"):
    """Sign in through allauth's login (the one way in): the password, then the code of the
    authenticator whose key is ``secret``; waits until the browser is on ``next_path``."""
    page.goto(f"{base_url}/fr/compte/login/?next={next_path}")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(password)
    page.locator("main").get_by_role("button", name="Se connecter").click()
    page.wait_for_url("**/2fa/authenticate/**")
    page.locator("input[name=code]").fill(fresh_totp(secret))
    page.locator("main").get_by_role("button", name="Connexion").click()
    page.wait_for_url(lambda url: next_path in url and "/compte/" not in url)


@pytest.fixture
def page(browser, viewport):
    context = browser.new_context(viewport=VIEWPORTS[viewport], locale="fr-FR")
    yield watched_page(context)
    context.close()


def screenshot(page, name, viewport):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}-{viewport}.png", full_page=True)
