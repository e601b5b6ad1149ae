"""Running wrk (Debian's) and reading what our Lua report prints (bench/report.lua).

wrk's own summary rounds and mixes units; the report line is ``bench-result`` followed by
``name=integer`` pairs, latencies in microseconds."""

import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPORT_LUA = HERE / "report.lua"
ACTIONS_LUA = HERE / "actions.lua"
MARK = "bench-result"
ERROR_FIELDS = ("status_errors", "connect_errors", "read_errors", "write_errors", "timeouts")


class WrkFailed(RuntimeError):
    """wrk did not run, or printed no report line."""


@dataclass
class Measure:
    """One wrk run: counts and latencies (ms) as the report line gives them."""

    requests: int
    seconds: float
    p50: float
    p95: float
    p99: float
    max: float
    errors: int
    answers: dict = field(default_factory=dict)
    socket_errors: int = 0

    @property
    def rate(self):
        return self.requests / self.seconds if self.seconds else 0.0


def parse(output):
    """The ``Measure`` of wrk's output (the last report line in it). Errors are the answers
    other than 2xx/3xx plus the socket errors (connect, read, write, timeout)."""
    lines = [line for line in output.splitlines() if line.startswith(MARK + " ")]
    if not lines:
        raise WrkFailed(f"no « {MARK} » line in wrk's output:\n{output.strip()[-2000:]}")
    values = {}
    for pair in lines[-1][len(MARK) :].split():
        name, _, number = pair.partition("=")
        try:
            values[name] = int(float(number))
        except ValueError as error:
            raise WrkFailed(f"unreadable value in wrk's report: {pair!r}") from error
    needed = ("requests", "duration_us", "p50_us", *ERROR_FIELDS)
    missing = [name for name in needed if name not in values]
    if missing:
        raise WrkFailed(f"wrk's report lacks {', '.join(missing)}: {lines[-1]}")
    socket_errors = sum(values[name] for name in ERROR_FIELDS[1:])
    return Measure(
        requests=values["requests"],
        seconds=values["duration_us"] / 1e6,
        p50=values["p50_us"] / 1000,
        p95=values.get("p95_us", 0) / 1000,
        p99=values.get("p99_us", 0) / 1000,
        max=values.get("max_us", 0) / 1000,
        errors=values["status_errors"] + socket_errors,
        answers={
            name.removeprefix("answers_"): number
            for name, number in values.items()
            if name.startswith("answers_")
        },
        socket_errors=socket_errors,
    )


def executable():
    found = shutil.which("wrk")
    if found is None:
        raise WrkFailed("wrk is not installed: apt-get install wrk (Debian's package).")
    return found


def run(url, seconds, connections=16, threads=2, script=REPORT_LUA, args=(), timeout=10):
    """Load ``url`` for ``seconds`` with wrk and our report; return its ``Measure``."""
    command = [
        executable(),
        f"--threads={threads}",
        f"--connections={connections}",
        f"--duration={max(1, round(seconds))}s",
        f"--timeout={timeout}s",
        f"--script={script}",
        url,
    ]
    if args:
        command += ["--", *[str(arg) for arg in args]]
    finished = subprocess.run(
        command, capture_output=True, text=True, timeout=seconds + timeout + 60, check=False
    )
    if finished.returncode != 0:
        raise WrkFailed(f"wrk failed ({finished.returncode}): {finished.stderr.strip()[-2000:]}")
    return parse(finished.stdout)
