"""The README's quick start stays true."""

import re
import subprocess
from pathlib import Path

from portal.demo.loader import DEMO_USERS

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text()


def make_targets():
    output = subprocess.run(
        ["make", "--no-print-directory", "help"], cwd=ROOT, capture_output=True, text=True
    ).stdout
    return set(re.findall(r"^\s+(?:\x1b\[1m)?([a-z-]+)", output, flags=re.MULTILINE))


def test_quick_start_comes_first_with_the_two_commands():
    quick_start = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    assert "make run" in quick_start
    assert "make test" in quick_start
    assert README.index("## Quick start") < README.index("## Running on PostgreSQL")


def test_every_make_command_in_the_readme_exists():
    mentioned = set(re.findall(r"`make ([a-z-]+)", README)) | set(
        re.findall(r"^make ([a-z-]+)", README, flags=re.MULTILINE)
    )
    assert {"run", "test", "serve"} <= mentioned
    assert mentioned <= make_targets()


def test_make_run_would_install_migrate_load_the_demo_and_serve():
    plan = subprocess.run(
        ["make", "--dry-run", "--always-make", "run"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    steps = ["pip install", "pybabel compile", "migrate", "load_demo", "runserver 127.0.0.1:8000"]
    positions = [plan.index(step) for step in steps]
    assert positions == sorted(positions)


def test_demo_accounts_in_the_readme_match_load_demo():
    for user in DEMO_USERS:
        assert f"| `{user['email']}` | `{user['password']}` |" in README
