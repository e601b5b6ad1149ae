"""Imports run one way (DESIGN.md, section 1): the import-linter contracts of pyproject.toml
are kept, so the suite fails as soon as a module imports a layer above it or closes a cycle."""

import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def contracts():
    with (ROOT / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)["tool"]["importlinter"]["contracts"]


def test_the_layers_are_declared():
    layers = [contract for contract in contracts() if contract["id"] == "layers"]
    assert len(layers) == 1
    assert layers[0]["layers"][-2:] == ["pages", "portal.core"]


def test_every_import_contract_is_kept():
    # From the repository root, so that lint-imports finds the project's packages.
    result = subprocess.run(
        [Path(sys.executable).parent / "lint-imports", "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "500", "NO_COLOR": "1"},
        timeout=300,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    for contract in contracts():
        assert f"{contract['name']} KEPT" in output, output
