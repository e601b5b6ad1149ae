"""Benchmark of the public pages, the registration race and the action log, each beside a
bare Django view measured by the same server in the same run (issue 14).

    make bench                      # PostgreSQL database ambassadeurs_bench, the demo
    .venv/bin/python -m bench.pages --scale 10 --duration 10
    .venv/bin/python -m bench.pages --sqlite --no-writes --duration 3

It loads a fresh database (dropped and created again unless --keep), starts gunicorn as
``make serve`` does (bench.settings: the production settings plus /bench/hello/) twice: once
with the whole-page cache off (PAGE_CACHE_SECONDS=0), once as configured; loads each URL with
wrk; then races 200 registrations for 20 seats and posts the action log's form. It prints the
tables and writes them into docs/performance.md between its markers.

Not a test: it exits 0 once it has measured, 1 when the server does not start, wrk cannot
measure, a page does not answer 200, or the race leaves a wrong result in the database."""

import argparse
import contextlib
import datetime
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# Run as a file (python bench/pages.py), this folder comes first on the path, and this
# module would hide the project's ``pages`` app: the project's root comes first instead.
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != HERE]
sys.path.insert(0, str(ROOT))

from bench import report, server, writes, wrk  # noqa: E402

DOC = ROOT / "docs" / "performance.md"
# Every page type, in the table's order: (key, label).
PAGES = [
    ("home_fr", "home (fr)"),
    ("home_ar", "home (ar)"),
    ("catalogue", "catalogue"),
    ("catalogue_filtered", "catalogue, two filters"),
    ("catalogue_searched", "catalogue searched (?q=)"),
    ("sheet", "an experience sheet"),
    ("agenda", "agenda"),
    ("event", "an event"),
    ("trainings", "trainings' index"),
    ("training", "a training with sessions"),
    ("pole", "a pôle"),
    ("calls", "funding calls' index"),
    ("call", "a funding call"),
    ("search", "site search (?q=)"),
    ("legal", "legal notice (standard page)"),
]


def options(argv=None):
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--duration", type=float, default=10, help="seconds per URL (10)")
    parser.add_argument("--warmup", type=float, default=2, help="seconds of warm-up per URL (2)")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2, help="wrk's threads (2)")
    parser.add_argument(
        "--workers",
        type=int,
        default=int(os.environ.get("WEB_CONCURRENCY", "3")),
        help="gunicorn workers (WEB_CONCURRENCY, 3)",
    )
    parser.add_argument("--scale", type=int, default=None, metavar="N", help="load_demo --scale N")
    parser.add_argument("--sqlite", action="store_true", help="SQLite instead of PostgreSQL")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("BENCH_DATABASE_URL", server.DEFAULT_DATABASE),
        help="the PostgreSQL database to drop and create (BENCH_DATABASE_URL, "
        f"{server.DEFAULT_DATABASE})",
    )
    parser.add_argument("--keep", action="store_true", help="reuse the database as it is")
    parser.add_argument("--redis", metavar="URL", help="REDIS_URL for the server's caches")
    parser.add_argument("--race-runs", type=int, default=5)
    parser.add_argument("--no-writes", action="store_true", help="pages only")
    parser.add_argument(
        "--only", action="append", choices=[key for key, _label in PAGES], help="these pages"
    )
    parser.add_argument("--no-doc", action="store_true", help="print, leave the doc as it is")
    parser.add_argument("--access-log", action="store_true", help="gunicorn's access log on")
    return parser.parse_args(argv)


def log(message):
    print(message, file=sys.stderr, flush=True)


# ---- the URLs, asked of the database --------------------------------------------------------


def _first(model, language="fr", **filters):
    return (
        model.objects.live()
        .filter(locale__language_code=language, **filters)
        .order_by("path")
        .first()
    )


def _word(title):
    """A word of a title to search for: its longest, of five letters or more."""
    words = sorted((w.strip(".,:;!?«»()'’").lower() for w in title.split()), key=len)
    return words[-1] if words and len(words[-1]) >= 5 else "santé"


def page_urls():
    """``{key: path}`` of a page of each type in the demo (None when it has none)."""
    from urllib.parse import quote, urlencode

    from django.urls import reverse
    from django.utils import timezone, translation

    from home.models import HomePage
    from members.models import TrainingSession
    from pages import models as p
    from portal.demo.content_site import LEGAL_NOTICE

    def url(page):
        # Slugs may hold accents (WAGTAIL_ALLOW_UNICODE_SLUGS): wrk and http.client want ASCII.
        return quote(page.get_url(), safe="/%") if page is not None else None

    catalogue = _first(p.ExperienceSheetIndexPage)
    sheets = (
        p.ExperienceSheetPage.objects.live()
        .filter(locale__language_code="fr")
        .prefetch_related("tagged_items__tag", "poles")
        .order_by("path")[:200]
    )
    sheet = next((s for s in sheets if s.tagged_items.all() and s.poles.all()), None)
    word = _word(sheet.title) if sheet else "santé"
    filtered = searched = None
    if catalogue is not None and sheet is not None:
        tag, pole = sheet.tagged_items.all()[0].tag, sheet.poles.all()[0]
        filtered = f"{url(catalogue)}?{urlencode({'theme': tag.slug, 'pole': pole.code})}"
        searched = f"{url(catalogue)}?{urlencode({'q': word})}"
    today = timezone.localdate()
    event = _first(p.EventPage, start_date__gte=today) or _first(p.EventPage)
    with_sessions = TrainingSession.objects.upcoming().values("training_id")
    now = timezone.now()
    call = _first(p.FundingCallPage, opens_at__lte=now, closes_at__gt=now) or _first(
        p.FundingCallPage
    )
    legal = _first(p.StandardPage, slug=LEGAL_NOTICE["slug"]) or _first(p.StandardPage)
    with translation.override("fr"):
        search = f"{reverse('search')}?{urlencode({'q': word})}"
    return {
        "home_fr": url(_first(HomePage)),
        "home_ar": url(_first(HomePage, "ar")),
        "catalogue": url(catalogue),
        "catalogue_filtered": filtered,
        "catalogue_searched": searched,
        "sheet": url(sheet),
        "agenda": url(_first(p.EventIndexPage)),
        "event": url(event),
        "trainings": url(_first(p.TrainingIndexPage)),
        "training": url(_first(p.TrainingPage, pk__in=with_sessions)),
        "pole": url(_first(p.PolePage)),
        "calls": url(_first(p.FundingCallIndexPage)),
        "call": url(call),
        "search": search,
        "legal": url(legal),
    }


# ---- measuring ------------------------------------------------------------------------------


def measure(base, path, opts):
    # Each worker's first answers are slow (templates compiled, renditions made): a few
    # one by one, then wrk's warm-up, then the measure.
    for _ in range(opts.workers):
        server.get(base + path, timeout=server.SLOW)
    if opts.warmup > 0:
        wrk.run(base + path, opts.warmup, opts.connections, opts.threads)
    result = wrk.run(base + path, opts.duration, opts.connections, opts.threads)
    settle(base)
    return result


def settle(base):
    """Wait for the requests wrk left queued when its time was up (the server still answers
    them): a GET of the bare view waits behind them, so the next measure starts clean."""
    with contextlib.suppress(OSError):
        server.get(base + server.BARE, timeout=server.SLOW)


def page_rows(srv, cache, urls, opts):
    """The bare view, every page, and the bare view again, on one running server. Each page
    is compared with the mean of the two bare measures (how far apart they are shows how
    much the machine drifted meanwhile)."""
    first = measure(srv.base, server.BARE, opts)
    log(f"  bare view: {first.rate:.0f} req/s, p95 {first.p95:.1f} ms")
    rows = []
    for key, label in PAGES:
        if opts.only and key not in opts.only:
            continue
        path = urls.get(key)
        if path is None:
            rows.append(report.Row(key, label, cache, None, 0, "no such page in the data"))
            continue
        try:
            status, _headers = server.get(srv.base + path, timeout=server.SLOW)
        except OSError as error:
            status = f"nothing in {server.SLOW} s ({type(error).__name__})"
        if status != 200:
            rows.append(report.Row(key, label, cache, None, 0, f"{path} answered {status}"))
            log(f"  {label}: {path} answered {status}")
            continue
        result = measure(srv.base, path, opts)
        # Whether the run measured what it says: the copy from the cache, or a rendering.
        try:
            served = server.get(srv.base + path, timeout=server.SLOW)[1].get("X-Page-Cache")
        except OSError:
            served = None
        note = ""
        if cache == report.CACHED and served != "hit":
            note = f"X-Page-Cache: {served or 'absent'}"
        if cache == report.UNCACHED and served == "hit":
            note = "X-Page-Cache: hit with the cache off"
        rows.append(report.Row(key, label, cache, result, 0, note))
        log(f"  {label} ({cache}): {result.rate:.0f} req/s, p95 {result.p95:.1f} ms {note}")
    last = measure(srv.base, server.BARE, opts)
    log(f"  bare view again: {last.rate:.0f} req/s, p95 {last.p95:.1f} ms")
    bare = (first.rate + last.rate) / 2
    run = "cache-off run" if cache == report.UNCACHED else "cache-on run"
    rows[:0] = [
        report.Row("bare", f"bare Django view ({run}, before the pages)", "", first, bare),
        report.Row("bare", f"bare Django view ({run}, after the pages)", "", last, bare),
    ]
    for row in rows:
        row.bare_rate = bare
    return rows


def clear_caches(folder, opts):
    server.clear_file_caches(folder)
    if opts.redis:
        from django.core.cache import caches

        for alias in caches.settings:
            caches[alias].clear()


def in_table_order(rows):
    """Bare views first, then each page uncached and cached."""
    order = {key: index for index, (key, _label) in enumerate(PAGES)}
    modes = {"": 0, report.UNCACHED: 1, report.CACHED: 2}
    return sorted(
        rows, key=lambda row: (row.key != "bare", order.get(row.key, -1), modes[row.cache])
    )


# ---- the run --------------------------------------------------------------------------------


def describe_database():
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            version = cursor.fetchone()[0].split()[0]
        return f"PostgreSQL {version}"
    import sqlite3

    return f"SQLite {sqlite3.sqlite_version}"


def git_commit():
    def git(*args):
        return subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, check=False
        ).stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    changed = git("status", "--porcelain", "--untracked-files=no")
    return f"`{commit}`" + (" with uncommitted changes" if changed else "")


def load_average():
    return ", ".join(f"{value:.2f}" for value in os.getloadavg())


def setup(opts):
    """The database loaded, the environment set, Django set up in this process."""
    if opts.sqlite:
        folder = server.workdir("sqlite")
        database = folder / "bench.sqlite3"
        url = f"sqlite:///{database}"
        fresh = not (opts.keep and database.exists())
        if fresh:
            database.unlink(missing_ok=True)
    else:
        url = opts.database_url
        folder = server.workdir(server.database_name(url))
        fresh = not (opts.keep and server.postgres_exists(url))
        if fresh:
            server.recreate_postgres(url)
    if fresh:
        for name in ("media", "private"):
            shutil.rmtree(folder / name, ignore_errors=True)
    env = server.environment(url, folder, server.new_secret_key(), opts.redis)
    log(f"Database {url} ({'loading' if fresh else 'kept'}), files in {folder}")
    loaded = server.prepare(env, opts.scale, fresh, log=log)
    if loaded is not None:
        log(f"  loaded in {loaded:.0f} s")
    os.environ.update(env)
    # This process only prepares and checks: its tasks' log lines would drown the progress.
    os.environ["LOG_LEVEL"] = "WARNING"
    # "Once as configured": the cached run takes the settings' default.
    os.environ.pop("PAGE_CACHE_SECONDS", None)
    import django

    django.setup()
    return env, folder


def main(argv=None):
    opts = options(argv)
    load_before = load_average()
    try:
        env, folder = setup(opts)
    except server.ServerFailed as failure:
        log(str(failure))
        return 1
    from django.db import connection

    urls = page_urls()
    for key, path in urls.items():
        log(f"  {key}: {path}")
    rows, runs, action, visitors = [], [], None, []
    failed = []
    try:
        for cache, extra in ((report.UNCACHED, {"PAGE_CACHE_SECONDS": "0"}), (report.CACHED, {})):
            clear_caches(folder, opts)
            log(f"Server, whole-page cache {'off' if extra else 'as configured'}:")
            srv = server.Server(env, opts.workers, folder / "gunicorn.log", opts.access_log)
            with srv.start(extra):
                rows += page_rows(srv, cache, urls, opts)
                if cache == report.CACHED and not opts.no_writes:
                    people = writes.ambassadors()
                    visitors = writes.sign_in(people)
                    if connection.vendor == "postgresql":
                        runs = writes.registration_race(srv.port, visitors, opts.race_runs, log)
                    else:
                        log("  registration race: PostgreSQL only, skipped on SQLite")
                    action = writes.action_log(
                        srv.base, visitors, opts.duration, opts.connections, opts.threads, log
                    )
    except server.ServerFailed as failure:
        log(str(failure))
        return 1
    except wrk.WrkFailed as failure:
        log(f"wrk could not measure: {failure}")
        return 1
    failed += [row for row in rows if row.measure is None]
    context = report.Context(
        date=datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        cores=os.cpu_count(),
        kernel=platform.release(),
        load_before=load_before,
        load_after=load_average(),
        database=describe_database(),
        scale=opts.scale,
        commit=git_commit(),
        workers=opts.workers,
        connections=opts.connections,
        threads=opts.threads,
        duration=opts.duration,
        warmup=opts.warmup,
    )
    text = report.block(
        context,
        in_table_order(rows),
        runs,
        action,
        visitors=len(visitors),
        capacity=writes.CAPACITY,
    )
    print(text)
    if not opts.no_doc:
        report.write_doc(DOC, text)
        log(f"Written into {DOC.relative_to(ROOT)}.")
    wrong = [run for run in runs if not run.ok]
    if wrong:
        log(f"The registration race left a wrong result in {len(wrong)} of {len(runs)} runs.")
    if failed:
        log(f"{len(failed)} pages did not answer 200.")
    return 1 if wrong or failed else 0


if __name__ == "__main__":
    sys.exit(main())
