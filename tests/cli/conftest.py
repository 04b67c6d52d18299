"""Shared by the CLI tests: a runner that keeps stdout and stderr apart."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from tests.conftest import REPO
from viewer.archive.schema import SEARCH_TABLE
from viewer.archive.tables import TABLE_SPECS
from viewer.cli import main

#: ``run("export", "cast")``: the command's result, run against the session archive.
Run = Callable[..., Result]


@pytest.fixture
def run(archive_path: Path) -> Run:
    """Invoke ``somos-archive`` in-process against the session archive."""

    def invoke(*args: str) -> Result:
        return CliRunner().invoke(main, [*args, "--archive", str(archive_path)])

    return invoke


def run_process(*args: str) -> subprocess.CompletedProcess[str]:
    """The real thing: a new interpreter running the module the console script points at."""
    return subprocess.run([sys.executable, "-m", "viewer.cli", *args], cwd=REPO,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def one_line_error(result: Result | subprocess.CompletedProcess[str]) -> str:
    """The error a failed command printed, checked to be one line and no traceback."""
    stderr = result.stderr
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("somos-archive: ")
    return lines[0]


def tables_searched(archive_path: Path) -> list[str]:
    """The tables whose records the real archive's search index holds (in the tables'
    order): the ones a search can find anything in."""
    with closing(sqlite3.connect(f"{archive_path.as_uri()}?mode=ro", uri=True)) as conn:
        found = {tab for (tab,) in conn.execute(f"SELECT DISTINCT tab FROM {SEARCH_TABLE}")}
    return [name for name in TABLE_SPECS if name in found]
