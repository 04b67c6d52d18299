"""``somos-viewer`` / ``python -m viewer``: the self-test a packaged build runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "viewer", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)


def test_self_test_searches_the_archive_and_exits_zero(archive_path: Path) -> None:
    result = _run("--self-test", str(archive_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("self-test ok:")
    assert "Benjamin" in result.stdout and "Jero Medina as Benjamín" in result.stdout


def test_self_test_fails_loudly_on_a_file_that_is_not_an_archive(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 50)
    result = _run("--self-test", str(junk))
    assert result.returncode != 0
    assert "self-test FAILED" in result.stdout and "not an SQLite database" in result.stdout
