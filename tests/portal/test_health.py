"""/health/ for the load balancer (portal/core/health.py), the storages on S3
(portal/core/storages.py, members/proposals/private_s3.py) and what production's settings
choose from the environment. The whole chain is tested in tests/cluster/."""

import datetime
import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.test import override_settings
from django.utils import timezone

import pytest
from django_tasks_db.models import DBTaskResult

from members.proposals.private_files import NoPublicURL
from members.proposals.private_s3 import PrivateS3Storage
from portal.core.health import TasksBacklog
from portal.core.storages import PublicMediaStorage

ROOT = Path(__file__).resolve().parents[2]
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def health(client):
    response = client.get("/health/")
    return response.status_code, response.json()


@pytest.mark.django_db
def test_health_is_green_and_never_cached(client):
    response = client.get("/health/")
    assert response.status_code == 200
    names = [
        "database",
        *(f"cache:{alias}" for alias in settings.CACHES),
        "storage:default",
        "storage:private",
        "tasks",
    ]
    assert response.json() == {"status": "ok", "checks": dict.fromkeys(names, "ok")}
    assert list(response.json()["checks"]) == names
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


@pytest.mark.django_db
def test_a_broken_storage_is_an_error_that_names_no_path(client, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with override_settings(PRIVATE_MEDIA_ROOT=blocker / "private"):
        response = client.get("/health/")
    assert response.status_code == 503
    assert response.json()["status"] == "error"
    assert response.json()["checks"]["storage:private"] == "error"
    assert response.json()["checks"]["storage:default"] == "ok"
    assert str(tmp_path) not in response.text


def _task(enqueued_minutes_ago, run_after=None):
    task = DBTaskResult.objects.create(
        args_kwargs={"args": [], "kwargs": {}},
        task_path="members.tasks.send_email",
        backend_name="default",
        run_after=run_after or datetime.datetime(9999, 1, 1, tzinfo=datetime.UTC),
    )
    enqueued = timezone.now() - datetime.timedelta(minutes=enqueued_minutes_ago)
    DBTaskResult.objects.filter(pk=task.pk).update(enqueued_at=enqueued)
    return task


@pytest.mark.django_db
@override_settings(TASKS=DATABASE_TASKS)
def test_tasks_waiting_longer_than_five_minutes_mean_the_worker_is_down(client):
    _task(enqueued_minutes_ago=1)
    # Scheduled for later: not late.
    _task(enqueued_minutes_ago=30, run_after=timezone.now() + datetime.timedelta(hours=1))
    assert health(client) == (200, {"status": "ok", "checks": health(client)[1]["checks"]})

    late = _task(enqueued_minutes_ago=6)
    status, body = health(client)
    assert status == 503
    assert body["checks"]["tasks"] == "error"
    assert body["checks"]["database"] == "ok"

    DBTaskResult.objects.filter(pk=late.pk).update(status="SUCCESSFUL")
    assert health(client)[0] == 200


@pytest.mark.django_db
def test_the_backlog_is_not_checked_without_the_database_backend(client):
    _task(enqueued_minutes_ago=60)
    assert health(client)[0] == 200  # the test settings run tasks at once
    assert TasksBacklog().late_after == datetime.timedelta(minutes=5)


@pytest.mark.django_db
@override_settings(SECURE_SSL_REDIRECT=True, SECURE_REDIRECT_EXEMPT=[r"^health/$"])
def test_the_load_balancer_asks_over_plain_http(client, home):
    assert client.get("/health/").status_code == 200
    assert client.get("/fr/").status_code == 301


def test_public_media_are_linked_on_the_site_and_private_files_not_at_all():
    public = PublicMediaStorage(bucket_name="media")
    assert public.url("images/une photo.max-150x150.png") == (
        "/media/images/une%20photo.max-150x150.png"
    )
    assert public.url("original_images/été.jpg") == "/media/original_images/%C3%A9t%C3%A9.jpg"
    with pytest.raises(NoPublicURL):
        PrivateS3Storage(bucket_name="private").url("proposals/abc")


def _production(extra, script):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("AWS_") and key not in {"REDIS_URL", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="a-long-random-secret-for-the-settings-test-0123456789-abcdefghij",
        **extra,
    )
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); " + script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


SHOW = (
    "from django.conf import settings as s; import re; "
    "print(s.STORAGES['default']['BACKEND'], s.STORAGES['private']['BACKEND'], "
    "s.SESSION_ENGINE, ','.join(sorted(s.CACHES)), "
    "any(re.match(p, 'health/') for p in s.SECURE_REDIRECT_EXEMPT))"
)


def test_production_on_several_servers_takes_s3_and_redis_from_the_environment():
    result = _production(
        {
            "AWS_STORAGE_BUCKET_NAME": "media",
            "AWS_PRIVATE_BUCKET_NAME": "private",
            "AWS_S3_ENDPOINT_URL": "http://127.0.0.1:9000",
            "REDIS_URL": "redis://127.0.0.1:6379/5",
        },
        SHOW,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "portal.core.storages.PublicMediaStorage",
        "members.proposals.private_s3.PrivateS3Storage",
        "django.contrib.sessions.backends.cached_db",
        "default,pages,renditions,sessions",
        "True",
    ]


def test_production_on_one_server_keeps_files_on_disk_and_sessions_in_the_database():
    result = _production({}, SHOW)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.core.files.storage.FileSystemStorage",
        "members.proposals.private_files.PrivateStorage",
        "django.contrib.sessions.backends.db",
        "default,pages,renditions",
        "True",
    ]


def test_production_refuses_a_public_bucket_without_the_private_one():
    result = _production({"AWS_STORAGE_BUCKET_NAME": "media"}, "")
    assert result.returncode != 0
    assert "AWS_PRIVATE_BUCKET_NAME" in result.stderr
