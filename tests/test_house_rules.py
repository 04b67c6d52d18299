"""House rules checked by a script, not by memory (STYLE.md)."""

from __future__ import annotations

import re
import subprocess
import sys

from tests.conftest import REPO, installed_tool

SQL_WORDS = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA)\s+[\w*\"(\[]")


def test_data_layer_and_cli_never_import_qt() -> None:
    code = ("import sys, viewer.cli, viewer.archive.build, viewer.archive.store, "
            "viewer.archive.search, viewer.archive.location; "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'viewer.gui'))]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


def test_import_linter_contract_holds() -> None:
    exe = installed_tool("lint-imports")
    result = subprocess.run([exe], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_gui_writes_no_sql() -> None:
    offenders = []
    for path in (REPO / "viewer" / "gui").rglob("*.py"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if SQL_WORDS.search(line) or ".execute(" in line:
                offenders.append(f"{path.relative_to(REPO)}:{n}: {line.strip()}")
    assert not offenders, offenders


def test_the_data_layer_type_checks_strictly() -> None:
    """``mypy --strict`` over ``viewer.archive`` (pyproject's [tool.mypy]): the layer every
    other one reads through, and free of Qt, so no binding's stubs can move under it."""
    exe = installed_tool("mypy")
    result = subprocess.run([exe], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]


def test_ruff_is_clean() -> None:
    exe = installed_tool("ruff")
    result = subprocess.run([exe, "check", "."], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]
