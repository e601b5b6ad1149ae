"""The cluster's database, in the cluster's environment (deploy/cluster.py runs
`python -m deploy.prepare PUBLIC_PORT FOLDER`): migrations, the demo with its accounts, and the
site's address made the public one (Varnish's), which purges name in their Host header. Writes
FOLDER/prepare.json: how long each part took, and the demo accounts."""

import json
import sys
import time
from pathlib import Path


def wait_for_bucket(timeout=60):
    """The public bucket, which the parent creates while this process migrates."""
    from django.core.files.storage import storages

    storage = storages["default"]
    deadline = time.monotonic() + timeout
    while True:
        try:
            storage.connection.meta.client.head_bucket(Bucket=storage.bucket_name)
            return
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def prepare(public_port, folder):
    """In the cluster's environment: migrate, load the demo with its accounts, and make the
    site's address the public one (Varnish's), which purges name in their Host header."""
    import django

    django.setup()
    from django.core.management import call_command

    from wagtail.models import Site

    from portal.demo.loader import DEMO_USERS

    timings = {}
    started = time.monotonic()
    call_command("migrate", interactive=False, verbosity=0)
    timings["migrate"] = round(time.monotonic() - started, 1)
    started = time.monotonic()
    wait_for_bucket()
    call_command("load_demo", users=True, verbosity=0)
    timings["load_demo"] = round(time.monotonic() - started, 1)
    for site in Site.objects.filter(is_default_site=True):
        site.hostname, site.port = "127.0.0.1", int(public_port)
        site.save()  # and Wagtail forgets the cached root URLs
    accounts = [(user["email"], user["password"], user["role"]) for user in DEMO_USERS]
    Path(folder, "prepare.json").write_text(json.dumps({"timings": timings, "accounts": accounts}))


if __name__ == "__main__":
    prepare(*sys.argv[1:3])
