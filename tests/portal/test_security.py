import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.django_db


def test_public_pages_get_the_strict_content_security_policy(client, home):
    policy = client.get("/fr/")["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self';" in policy or policy.endswith("script-src 'self'")
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy


def test_the_admin_gets_a_relaxed_policy(client, home):
    policy = client.get("/admin/login/")["Content-Security-Policy"]
    assert "'unsafe-inline'" in policy
    assert "default-src 'self'" in policy


def test_page_previews_can_be_framed_by_the_editor(home):
    # Wagtail renders previews through the middleware with a dummy request for the page.
    response = home.make_preview_request()
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in policy
    assert "'none'" not in policy.split("frame-ancestors", 1)[1].split(";", 1)[0]


def test_admin_requires_login(client, home):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/fr/compte/login/?next=/admin/")


def test_production_settings_pass_the_deploy_checks():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "a-long-random-secret-for-the-deploy-check-0123456789-abcdefghij",
        "ALLOWED_HOSTS": "ambassadeurs-sante.example.org",
    }
    env.pop("SECURE_SSL_REDIRECT", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.production"}
    env.pop("SECRET_KEY", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_keeps_one_login_the_second_factor_and_private_documents():
    """What closes the ways around the login, as production reads it."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "a-long-random-secret-for-the-deploy-check-0123456789-abcdefghij",
    }
    env.pop("MEMBERS_REQUIRE_SECOND_FACTOR", None)
    script = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.WAGTAIL_FRONTEND_LOGIN_URL, s.WAGTAILADMIN_LOGIN_URL, s.LOGIN_URL, "
        "s.WAGTAILDOCS_SERVE_METHOD, s.MEMBERS_REQUIRE_SECOND_FACTOR, "
        "','.join(s.MEMBERS_SECOND_FACTOR_PERMISSIONS), s.WAGTAIL_PASSWORD_RESET_ENABLED)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "account_login",
        "account_login",
        "account_login",
        "serve_view",
        "True",
        "members.decide_application,members.view_application,members.take_attendance",
        "False",
    ]
