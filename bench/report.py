"""The benchmark's tables in Markdown, issue 14's targets checked row by row, and the block
written into docs/performance.md between its markers. Pure functions of what was measured:
the smoke test feeds them canned rows."""

import re
from dataclasses import dataclass, field
from pathlib import Path

START = "<!-- bench:start -->"
END = "<!-- bench:end -->"
UNCACHED, CACHED = "uncached", "cached"
# Issue 14's targets on this machine.
CACHED_SHARE = 0.5  # a cached page: at least half the bare view's req/s
UNCACHED_FLOOR = 150  # req/s, every uncached public page, demo data
SCALED_FLOOR = UNCACHED_FLOOR * 0.8  # within 20 % of it with --scale 10
SEARCH_P95_MS = 150  # catalogue filtered and searched at --scale 10
SEARCH_ROWS = {"catalogue_filtered", "catalogue_searched"}
RACE_P95_S = 1.5


@dataclass
class Row:
    """One URL measured by wrk in one server run, beside that run's bare view."""

    key: str
    label: str
    cache: str  # UNCACHED, CACHED, or "" for the bare view
    measure: object  # wrk.Measure, or None when the page did not answer 200
    bare_rate: float
    note: str = ""

    @property
    def share(self):
        if self.measure is None or not self.bare_rate:
            return None
        return self.measure.rate / self.bare_rate


@dataclass
class Context:
    """What the run was: printed above the tables."""

    date: str
    cores: int
    kernel: str
    load_before: str
    load_after: str
    database: str
    scale: int | None
    commit: str
    workers: int
    connections: int
    threads: int
    duration: float
    warmup: float
    extra: list = field(default_factory=list)

    @property
    def data(self):
        return f"`load_demo --scale {self.scale}`" if self.scale else "the demo (`load_demo`)"


def percent(share):
    return f"{share * 100:.0f} %"


def mark(ok):
    return "✓" if ok else "✗"


def targets(row, scale):
    """Issue 14's targets for this row: a list of (what, met)."""
    if row.cache == "" or row.measure is None:
        return []
    checks = []
    if row.cache == CACHED:
        checks.append((f"≥ {percent(CACHED_SHARE)} of bare", row.share >= CACHED_SHARE))
    else:
        floor = SCALED_FLOOR if scale else UNCACHED_FLOOR
        checks.append((f"≥ {floor:.0f} req/s", row.measure.rate >= floor))
    if row.key in SEARCH_ROWS and scale and scale >= 10:
        answered = row.measure.requests > 0
        checks.append((f"p95 < {SEARCH_P95_MS} ms", answered and row.measure.p95 < SEARCH_P95_MS))
    return checks


def _number(value, digits=0):
    return f"{value:,.{digits}f}".replace(",", " ")


def page_table(rows, scale):
    lines = [
        "| page | whole-page cache | req/s | p50 ms | p95 ms | p99 ms | errors "
        "| % of bare view | target |",
        "|---|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for row in rows:
        cache = row.cache or "–"
        if row.measure is None:
            lines.append(f"| {row.label} | {cache} | – | – | – | – | – | – | ✗ {row.note} |")
            continue
        m = row.measure
        checks = "; ".join(f"{mark(ok)} {what}" for what, ok in targets(row, scale))
        if row.note:
            checks = f"{checks} ({row.note})" if checks else row.note
        share = percent(row.share)
        if m.requests == 0:
            # wrk reports latencies of 0 when nothing finished: none to show.
            lines.append(
                f"| {row.label} | {cache} | 0 | – | – | – | {m.errors} | {share} "
                f"| {checks}; no answer within the run |"
            )
            continue
        lines.append(
            f"| {row.label} | {cache} | {_number(m.rate)} | {m.p50:.1f} | {m.p95:.1f} "
            f"| {m.p99:.1f} | {m.errors} | {share} | {checks or '–'} |"
        )
    return "\n".join(lines)


def race_table(runs, visitors, capacity):
    lines = [
        f"{visitors} POSTs at once for {capacity} seats, a new session each run, latency of "
        "each POST (connection included):",
        "",
        "| run | p50 ms | p95 ms | max ms | drained in s | confirmed | waiting | database check "
        f"| target: p95 < {RACE_P95_S} s, none oversold |",
        "|---:|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    for number, run in enumerate(runs, 1):
        check = "✓ correct" if run.ok else "✗ " + "; ".join(run.problems)
        p95 = run.percentile(0.95)
        oversold = run.confirmed > capacity
        lines.append(
            f"| {number} | {run.percentile(0.5) * 1000:.0f} | {p95 * 1000:.0f} "
            f"| {max(run.latencies) * 1000:.0f} | {run.drain:.2f} | {run.confirmed} "
            f"| {run.waiting} | {check} | {mark(p95 < RACE_P95_S and not oversold)} |"
        )
    return "\n".join(lines)


def action_table(result, visitors, connections):
    m = result.measure
    throttled = m.answers.get("429", 0)
    agrees = mark(result.consistent)
    return "\n".join(
        [
            f"wrk, {connections} connections, {visitors} ambassadors in turn, a fresh UUID "
            "each (the form without JavaScript: 302 when saved). Rows created: as many as "
            f"the answers, plus at most the {connections} requests wrk drops when its time is "
            "up (the server finishes them):",
            "",
            "| req/s | p50 ms | p95 ms | p99 ms | errors | answered 2xx/3xx "
            "| actions created | 429 (throttled) |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|",
            f"| {_number(m.rate)} | {m.p50:.1f} | {m.p95:.1f} | {m.p99:.1f} | {m.errors} "
            f"| {result.answered} | {result.created} {agrees} | {throttled} |",
        ]
    )


def summary(rows, runs, scale, action=None):
    """One line per target: met by how many rows."""
    families = {}
    for row in rows:
        for what, ok in targets(row, scale):
            name = f"{row.cache} pages {what}"
            met, total = families.get(name, (0, 0))
            families[name] = (met + ok, total + 1)
    lines = [
        f"- {mark(met == total)} {name}: {met} of {total} rows"
        for name, (met, total) in families.items()
    ]
    if any(row.measure is None for row in rows):
        lines.append("- ✗ some pages did not answer 200 (see the table)")
    if runs:
        fast = sum(run.percentile(0.95) < RACE_P95_S for run in runs)
        correct = sum(run.ok for run in runs)
        lines.append(
            f"- {mark(fast == len(runs))} registration race p95 < {RACE_P95_S} s: "
            f"{fast} of {len(runs)} runs"
        )
        lines.append(
            f"- {mark(correct == len(runs))} registration race correct, none oversold: "
            f"{correct} of {len(runs)} runs"
        )
    if action is not None:
        lines.append(
            f"- {mark(action.consistent)} action log (not a target): every answered POST saved "
            f"its action ({action.answered} answered, {action.created} created)"
        )
    return "\n".join(lines)


def block(context, rows, runs=None, action=None, visitors=0, capacity=0):
    """The Markdown written between the markers (and printed)."""
    c = context
    parts = [
        f"Measured on {c.date}: {c.cores} cores, Linux {c.kernel}, load average "
        f"{c.load_before} before and {c.load_after} after; {c.database}; data: {c.data}; "
        f"commit {c.commit}. gunicorn with {c.workers} workers (`bench.settings`, the "
        f"production settings), wrk with {c.connections} connections and {c.threads} threads, "
        f"{_number(c.duration)} s per URL after {_number(c.warmup)} s of warm-up; one run.",
        *c.extra,
        "",
        "### Pages",
        "",
        page_table(rows, c.scale),
        "",
    ]
    if runs:
        parts += ["### 200 registrations at once", "", race_table(runs, visitors, capacity), ""]
    if action is not None:
        table = action_table(action, visitors, c.connections)
        parts += ["### The action log (POST)", "", table, ""]
    parts += ["### Targets (issue 14)", "", summary(rows, runs or [], c.scale, action)]
    return "\n".join(parts)


def write_doc(path, text):
    """Put ``text`` between the markers of ``path`` (appended with them when missing)."""
    path = Path(path)
    current = path.read_text() if path.exists() else "# Performance\n"
    fenced = f"{START}\n{text.strip()}\n{END}"
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END), re.DOTALL)
    if pattern.search(current):
        updated = pattern.sub(lambda _match: fenced, current, count=1)
    else:
        updated = current.rstrip("\n") + "\n\n" + fenced + "\n"
    path.write_text(updated)
    return updated
