"""Shared by the CLI tests: a runner that keeps stdout and stderr apart."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from tests.conftest import REPO
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

