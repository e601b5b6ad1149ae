"""Benchmark of the programme's figures on PostgreSQL: the admin dashboard, the actions
list, the funders' reports (XLSX and PDF) and the home page, with N actions (100,000 by
default), each timed beside a bare Django view in the same process and the same run.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ambassadeurs_bench \
        .venv/bin/python bench/figures.py --actions 100000

The database named in DATABASE_URL is dropped and created again. Not a test: it prints a
table (median, p95, and the ratio to the bare view) and exits 0."""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def recreate_database(url):
    import psycopg2

    parts = urlparse(url)
    name = parts.path.lstrip("/")
    connection = psycopg2.connect(
        host=parts.hostname,
        port=parts.port or 5432,
        user=parts.username or "postgres",
        dbname="postgres",
    )
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()


def timed(client, url, runs, expect=200):
    durations = []
    for _ in range(runs):
        start = time.perf_counter()
        response = client.get(url)
        durations.append((time.perf_counter() - start) * 1000)
        if response.status_code != expect:
            raise SystemExit(f"{url}: {response.status_code}")
    return statistics.median(durations), sorted(durations)[int(len(durations) * 0.95) - 1]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--actions", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--keep", action="store_true", help="reuse the database as it is")
    options = parser.parse_args()
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database (it will be recreated).")
    if not options.keep:
        recreate_database(url)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment
    from django.urls import clear_url_caches

    setup_test_environment()
    settings.ALLOWED_HOSTS = ["*"]
    settings.ROOT_URLCONF = "bench.urls"
    clear_url_caches()
    quiet = open(os.devnull, "w")  # noqa: SIM115
    if not options.keep:
        start = time.perf_counter()
        call_command("migrate", verbosity=0)
        call_command("load_demo", stdout=quiet)
        loaded = time.perf_counter()
        call_command("load_demo", actions=options.actions, stdout=quiet)
        spent = time.perf_counter() - loaded
        print(f"demo {loaded - start:.1f} s; {options.actions} actions {spent:.1f} s")
    start = time.perf_counter()
    call_command("rebuild_figures", stdout=quiet)
    print(f"rebuild_figures: {time.perf_counter() - start:.2f} s")

    from members.actions.models import Action
    from members.reports import figures
    from members.summary import MonthlyFigure
    from portal.core.time import local_today
    from tests.members.factories import MemberFactory

    coordinator = MemberFactory(username=f"bench-{time.time_ns()}", coordinator=True)
    staff = Client()
    staff.force_login(coordinator)
    anonymous = Client()
    year = local_today().year
    print(f"{Action.objects.count()} actions, {MonthlyFigure.objects.count()} summary rows")

    rows = [("bare Django view", *timed(anonymous, "/bench/hello/", options.runs * 3))]
    bare = rows[0][1]
    start = time.perf_counter()
    for _ in range(options.runs):
        figures.read(figures.Period.year(year)).summary()
    rows.append(("figures.read (year)", (time.perf_counter() - start) * 1000 / options.runs, None))
    pages = [
        ("home page (fr)", anonymous, "/fr/"),
        ("admin dashboard (year)", staff, "/admin/chiffres/"),
        ("admin actions list", staff, "/admin/chiffres/actions/"),
        (
            "report XLSX (year, Ville)",
            staff,
            f"/admin/chiffres/rapport/?funder=ville&format=xlsx&year={year}",
        ),
        (
            "report PDF (year, ARS)",
            staff,
            f"/admin/chiffres/rapport/?funder=ars&format=pdf&year={year}",
        ),
    ]
    for label, client, page in pages:
        runs = max(3, options.runs // 5) if "report" in label else options.runs
        rows.append((label, *timed(client, page, runs)))
    print()
    print("| page | median ms | p95 ms | ratio to bare view |")
    print("|---|---:|---:|---:|")
    for label, median, p95 in rows:
        p95_text = f"{p95:.1f}" if p95 is not None else "–"
        print(f"| {label} | {median:.1f} | {p95_text} | {median / bare:.0f} |")


if __name__ == "__main__":
    main()
