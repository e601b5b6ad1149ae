"""More than one app server, proven (issue 14): the cluster of deploy/cluster.py (Varnish,
nginx, gunicorn A and B, the worker, PostgreSQL, Redis, moto's S3) driven from outside.

"Through A" and "through B" go to nginx's node ports, which reach one app server alone;
"varnish" is the public address. The steps run in order on one cluster; the last one stops
and restarts the S3 server."""

import io
import json
import re
import secrets
import shutil
import string
import time

from django.conf import settings

import psycopg2
import pytest
from PIL import Image
from playwright.sync_api import sync_playwright

from deploy.cluster import MEDIA_BUCKET, PRIVATE_BUCKET, s3_client
from tests.e2e.conftest import CHROMIUM_ARGS, fresh_totp

from .conftest import Client, eventually, main_text, title

pytestmark = pytest.mark.cluster

ADMIN = ("admin@example.org", "demo-admin-2026")
AMBASSADOR = ("ambassadrice@example.org", "demo-ambassadrice-2026")
TOTP_SECRET = "JBSWY3DPEHPK3PXP"
# The superuser publishes: production asks a second factor of them, given here a known key.
SECOND_FACTOR = """
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
user = get_user_model().objects.get(email={email!r})
Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={{"secret": {secret!r}}})
"""
TRAINING = "/fr/formations/role-ambassadeur/"
PROGRAMME = "/fr/le-programme/"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def query(cluster, sql, *params):
    connection = psycopg2.connect(cluster.database_url)
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def admin_page(cluster):
    """The Wagtail admin in Chromium, signed in through A as the superuser."""
    cluster.run_manage("shell", "-c", SECOND_FACTOR.format(email=ADMIN[0], secret=TOTP_SECRET))
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS
        )
        page = browser.new_context(locale="fr-FR").new_page()
        page.set_default_timeout(60_000)
        base = cluster.urls["node_a"]
        page.goto(f"{base}/fr/compte/login/?next=/admin/")
        page.locator("input[name=login]").fill(ADMIN[0])
        page.locator("input[name=password]").fill(ADMIN[1])
        page.locator("main").get_by_role("button", name="Se connecter").click()
        page.locator("input[name=code]").fill(fresh_totp(TOTP_SECRET))
        page.locator("main").get_by_role("button", name="Connexion").click()
        page.wait_for_url(f"{base}/admin/")
        page.base = base
        yield page
        browser.close()


def sessions(response):
    """(seats left, the registration form's action or None) of each session of the page."""
    found = []
    for block in response.text.split('<li class="session">')[1:]:
        seats = re.search(r'session__seats">\s*(\d+) places? restantes?', block)
        action = re.search(r'<form method="post" action="([^"]*/inscription/)"', block)
        found.append((int(seats.group(1)) if seats else None, action and action.group(1)))
    return found


def test_a_registration_through_a_is_seen_through_b(cluster, timed):
    visitor, member = Client(cluster), Client(cluster)
    assert member.sign_in("A", *AMBASSADOR).status_code == 302
    # The first session the member may join, and its seats as anyone sees them.
    index, action = next(
        (index, action)
        for index, (_, action) in enumerate(sessions(member.get("A", TRAINING)))
        if action
    )

    def seats_left(where):
        return sessions(visitor.get(where, TRAINING))[index][0]

    seats = seats_left("B")
    visitor.get("varnish", TRAINING)
    cached = visitor.get("varnish", TRAINING)
    assert cached.headers["X-Cache"] == "HIT"
    assert sessions(cached)[index][0] == seats

    emails = set((cluster.dir / "emails").iterdir())
    response = member.post("A", action, {"next": TRAINING})
    assert response.status_code == 302, main_text(response)

    # B reads the same database at once; the training's copies in Redis were dropped, and the
    # worker bans the page from Varnish.
    assert seats_left("B") == seats - 1
    assert eventually(lambda: seats_left("varnish") == seats - 1, timeout=15)
    training = title(cached).split(" · ")[0]
    dashboard = main_text(member.get("B", "/fr/espace-membre/"))
    assert training in dashboard, dashboard
    assert "Place réservée" in dashboard.split(training, 1)[1][:300]
    # The worker sent the confirmation.
    assert eventually(
        lambda: any(
            AMBASSADOR[0] in path.read_text(errors="replace")
            for path in set((cluster.dir / "emails").iterdir()) - emails
        )
    ), "no confirmation e-mail from the worker"


def test_varnish_shares_anonymous_pages_and_gives_cookies_to_the_app(cluster, timed):
    visitor = Client(cluster)
    page = "/fr/mentions-legales/"
    token = "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(32))
    # Other cookies do not split the copy: looked up without them…
    first = visitor.get("varnish", page, headers={"Cookie": f"csrftoken={token}"})
    assert first.headers["X-Cache"] == "MISS"
    assert "Set-Cookie" not in first.headers
    for cookie in ("", "csrftoken=another0000000000000000000000000", "lang=ar"):
        response = visitor.get("varnish", page, headers={"Cookie": cookie})
        assert response.headers["X-Cache"] == "HIT", cookie
        assert response.content == first.content
    # …but given to the app: a page with a form keeps the visitor's CSRF token (never stored).
    contact = visitor.get("varnish", "/fr/contact/", headers={"Cookie": f"csrftoken={token}"})
    assert contact.status_code == 200
    assert f"csrftoken={token}" in contact.headers["Set-Cookie"]
    assert visitor.get("varnish", "/fr/contact/").headers["X-Cache"] == "MISS"
    # A session or a message waiting: always the app's answer, never a stored one.
    for cookie in ("sessionid=whatever", "messages=whatever"):
        response = visitor.get("varnish", page, headers={"Cookie": cookie})
        assert response.headers["X-Cache"] == "MISS", cookie
    # Only our purgers ban, and not through another proxy.
    ban = {"X-Ban-Pattern": "^/", "X-Forwarded-For": "203.0.113.9"}
    assert visitor.http.request("BAN", visitor.url("varnish", "/"), headers=ban).status_code == 405
    assert visitor.get("varnish", page).headers["X-Cache"] == "HIT"


def test_a_publish_through_a_purges_the_page_for_a_b_and_varnish(cluster, admin_page, timed):
    visitor = Client(cluster)
    old = visitor.get("varnish", PROGRAMME)
    assert old.status_code == 200
    assert "public" in old.headers["Cache-Control"]
    assert "s-maxage" in old.headers["Cache-Control"]
    assert visitor.get("varnish", PROGRAMME).headers["X-Cache"] == "HIT"
    for where in "AB":
        visitor.get(where, PROGRAMME)
        assert visitor.get(where, PROGRAMME).headers["X-Page-Cache"] == "hit"

    (page_id,) = query(
        cluster,
        "SELECT p.id FROM wagtailcore_page p JOIN wagtailcore_locale l ON l.id = p.locale_id"
        " WHERE l.language_code = 'fr' AND p.url_path LIKE %s",
        "%/le-programme/",
    )[0]
    new_title = f"Le programme, version {secrets.token_hex(3)}"
    admin_page.goto(f"{admin_page.base}/admin/pages/{page_id}/edit/")
    admin_page.locator("[name=title]").fill(new_title)
    admin_page.get_by_role("button", name="Plus d'actions").click()
    admin_page.get_by_role("button", name="Publier").click()
    admin_page.wait_for_url(lambda url: "/edit/" not in url)
    assert "a été publiée" in admin_page.locator(".messages").inner_text()
    published = time.monotonic()

    for where in "BA":
        assert title(visitor.get(where, PROGRAMME)).startswith(new_title), where
    fresh = eventually(lambda: new_title in title(visitor.get("varnish", PROGRAMME)))
    assert fresh, "Varnish still serves the old title"
    cluster.steps["varnish_purge_after_publish"] = round(time.monotonic() - published, 2)
    again = visitor.get("varnish", PROGRAMME)
    assert again.headers["X-Cache"] == "HIT"
    assert title(again).startswith(new_title)


def test_a_member_stays_signed_in_when_a_restarts(cluster, timed):
    member = Client(cluster)
    assert member.sign_in("A", *AMBASSADOR).status_code == 302
    assert "Bonjour Amina" in main_text(member.get("A", "/fr/espace-membre/"))

    cluster.stop_process("app_a", kill=True)
    # Meanwhile nginx sends everyone to B.
    assert "Bonjour Amina" in main_text(member.get("varnish", "/fr/espace-membre/"))
    assert Client(cluster).get("nginx", "/fr/").status_code == 200
    started = time.monotonic()
    cluster.start_process("app_a")
    cluster.steps["app_a_restart"] = round(time.monotonic() - started, 1)
    assert "Bonjour Amina" in main_text(member.get("A", "/fr/espace-membre/"))

    # Redis emptied of its sessions: the database still holds them (cached_db).
    keys = cluster.redis_command("KEYS", "ambassadeurs:sessions:*")
    assert keys
    cluster.redis_command("DEL", *keys)
    assert "Bonjour Amina" in main_text(member.get("A", "/fr/espace-membre/"))


def test_uploads_through_a_are_read_through_b(cluster, admin_page, timed):
    member = Client(cluster)
    assert member.sign_in("A", *AMBASSADOR).status_code == 302
    ((proposal,),) = query(
        cluster,
        "SELECT p.id FROM members_proposal p JOIN auth_user u ON u.id = p.owner_id"
        " WHERE u.email = %s AND p.status = 'draft'",
        AMBASSADOR[0],
    )
    step = f"/fr/espace-membre/projets/{proposal}/attachments/"
    content = PDF + secrets.token_hex(8).encode()
    response = member.post(
        "A", step, {"then": "upload"}, files={"file": ("budget détaillé.pdf", content)}
    )
    assert response.status_code == 302, main_text(response)
    links = re.findall(
        rf'href="(/fr/espace-membre/projets/{proposal}/pieces/(\d+)/)"', member.get("B", step).text
    )
    download = max(links, key=lambda link: int(link[1]))[0]
    response = member.get("B", download)
    assert response.status_code == 200
    assert response.content == content
    assert response.headers["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response.headers["Cache-Control"]
    assert Client(cluster).get("B", download).status_code == 302  # to the login
    # In the private bucket only, which has no address on the site.
    s3 = s3_client(cluster.s3_endpoint)
    keys = [item["Key"] for item in s3.list_objects_v2(Bucket=PRIVATE_BUCKET)["Contents"]]
    assert content in [s3.get_object(Bucket=PRIVATE_BUCKET, Key=key)["Body"].read() for key in keys]
    assert Client(cluster).get("varnish", f"/media/{keys[0]}").status_code == 404

    # An image uploaded in the admin on A: the original, and the preview the admin shows (a
    # rendition made on A), come from the public bucket through nginx, on the site's address.
    image = io.BytesIO()
    Image.new("RGB", (640, 480), tuple(secrets.token_bytes(3))).save(image, "PNG")
    admin_page.goto(f"{admin_page.base}/admin/images/multiple/add/")
    admin_page.set_input_files(
        "input[type=file]",
        files=[{"name": "photo-cluster.png", "mimeType": "image/png", "buffer": image.getvalue()}],
    )
    form = admin_page.locator("#upload-list form").first
    image_id = re.search(r"/multiple/(\d+)/", form.get_attribute("action")).group(1)
    admin_page.goto(f"{admin_page.base}/admin/images/{image_id}/")
    preview = admin_page.locator("main img").first
    rendition = preview.get_attribute("src")
    assert re.fullmatch(r"/media/images/photo-cluster[^/]*\.max-800x600\.png", rendition)
    assert preview.evaluate("img => img.complete && img.naturalWidth") == 640
    ((original,),) = query(cluster, "SELECT file FROM wagtailimages_image WHERE id = %s", image_id)
    visitor = Client(cluster)
    response = visitor.get("varnish", f"/media/{original}")
    assert response.status_code == 200
    assert response.content == image.getvalue()
    response = visitor.get("varnish", rendition)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "image/png"
    stored = s3.get_object(Bucket=MEDIA_BUCKET, Key=rendition.removeprefix("/media/"))
    assert response.content == stored["Body"].read()

    # A document: streamed by Wagtail's view through B, never from the bucket's address.
    admin_page.goto(f"{admin_page.base}/admin/documents/multiple/add/")
    admin_page.set_input_files(
        "input[type=file]",
        files=[{"name": "compte-rendu.pdf", "mimeType": "application/pdf", "buffer": content}],
    )
    admin_page.locator("#upload-list form").first.wait_for()
    ((document, name),) = query(
        cluster, "SELECT id, file FROM wagtaildocs_document ORDER BY id DESC LIMIT 1"
    )
    response = visitor.get("B", f"/documents/{document}/{name.rsplit('/', 1)[-1]}")
    assert response.status_code == 200
    assert response.content == content
    assert visitor.get("varnish", f"/media/{name}").status_code == 404


def test_wrong_passwords_are_counted_across_both_servers(cluster, timed):
    """allauth refuses an address after N failures (5 in 15 minutes): alternating A and B,
    the N+1th attempt is refused although neither server saw more than N/2 + 1."""
    limit = int(re.search(r"(\d+)/[^,]*/key", settings.ACCOUNT_RATE_LIMITS["login_failed"])[1])
    email, password = "referente.fives@example.org", "demo-referente-2026"
    visitor = Client(cluster)
    refused = []
    for attempt in range(limit + 2):
        response = visitor.sign_in("AB"[attempt % 2], email, f"pas-le-bon-{attempt}")
        assert response.status_code == 200
        refused.append("Trop de tentatives" in main_text(response))
    assert refused == [False] * limit + [True, True]
    # Even the right password, on either server, until the 15 minutes are over.
    for where in "AB":
        response = visitor.sign_in(where, email, password)
        assert response.status_code == 200
        assert "Trop de tentatives" in main_text(response)


def test_health_answers_for_the_load_balancer(cluster, timed):
    visitor = Client(cluster)
    secrets_of_the_cluster = [
        cluster.env[name]
        for name in (
            "SECRET_KEY",
            "AWS_SECRET_ACCESS_KEY",
            "AWS_STORAGE_BUCKET_NAME",
            "DATABASE_URL",
        )
    ]
    for where in ("varnish", "varnish", "nginx", "A", "B"):
        response = visitor.get(where, "/health/")
        assert response.status_code == 200, response.text
        checks = response.json()["checks"]
        assert set(checks.values()) == {"ok"}
        assert {
            "database",
            "cache:default",
            "cache:sessions",
            "storage:default",
            "storage:private",
            "tasks",
        } <= set(checks)
        assert "no-store" in response.headers["Cache-Control"]
        assert response.headers.get("X-Cache", "MISS") == "MISS"
        assert not any(secret in response.text for secret in secrets_of_the_cluster)

    cluster.stop_process("moto")
    response = visitor.get("nginx", "/health/")
    assert response.status_code == 503
    checks = response.json()["checks"]
    assert checks["storage:default"] == checks["storage:private"] == "error"
    assert checks["database"] == checks["cache:default"] == "ok"
    assert cluster.env["AWS_S3_ENDPOINT_URL"] not in response.text

    cluster.start_process("moto")
    assert eventually(lambda: visitor.get("varnish", "/health/").status_code == 200)
    assert json.loads(visitor.get("A", "/health/").text)["status"] == "ok"
