"""``kill -9`` at a random point of a build or an export (issue 30): the files there before
are intact, nothing half-written takes their place, and the next run leaves no litter.

Each run is a real process killed with SIGKILL after a random delay within the time an
uninterrupted run of the same command took, so the kill lands anywhere from start-up to the
final rename. A few of each run by default; the fifty of each the issue asks for are marked
slow.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO


def _start(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "viewer.cli", *args], cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _run(*args: str) -> float:
    """Run a command to its end; how long it took."""
    started = time.monotonic()
    finished = subprocess.run([sys.executable, "-m", "viewer.cli", *args], cwd=REPO,
                              capture_output=True, text=True, timeout=120, check=False)
    assert finished.returncode == 0, finished.stderr
    return time.monotonic() - started


def _kill_at_random(process: subprocess.Popen[bytes], window: float, rng: random.Random
                    ) -> bool:
    """Whether the kill came before the process ended by itself."""
    time.sleep(rng.uniform(0.0, window))
    killed = process.poll() is None
    if killed:
        os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=60)
    return killed


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _kill_builds(times: int, archive_path: Path, tmp_path: Path) -> None:
    rng = random.Random(30)
    out = tmp_path / "somos.sqlite"
    args = ("build", "--quiet", "--out", str(out))
    window = _run(*args)
    before = _sha(out)
    killed = 0
    for _ in range(times):
        killed += _kill_at_random(_start(*args), window, rng)
        # The old archive, or a complete new one (same seeds, same content): never a part.
        assert _sha(out) == before or _opens(out)
    assert killed >= times // 2  # most runs were interrupted
    _run(*args)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["somos.sqlite"]


def _opens(path: Path) -> bool:
    from viewer.archive.store import Archive

    with Archive.open(path) as archive:
        return archive.integrity_check() == ["ok"]


def _kill_exports(times: int, archive_path: Path, tmp_path: Path) -> None:
    rng = random.Random(31)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "excerpts.csv"
    manifest = folder / "excerpts.csv.manifest.json"
    args = ("export", "excerpts", "-o", str(target), "--manifest",
            "--archive", str(archive_path))
    window = _run(*args)
    target.write_bytes(b"an earlier export\n")
    manifest.write_text(json.dumps({"sha256": _sha(target)}), encoding="utf-8")
    killed = 0
    for _ in range(times):
        killed += _kill_at_random(_start(*args), window, rng)
        # Whatever is in place is whole, and its manifest describes it.
        recorded = json.loads(manifest.read_text(encoding="utf-8"))
        assert recorded["sha256"] == _sha(target)
    assert killed >= times // 2
    _run(*args)
    assert sorted(p.name for p in folder.iterdir()) == ["excerpts.csv",
                                                        "excerpts.csv.manifest.json"]


def test_builds_killed_at_random_points_leave_the_old_archive_and_no_litter(
        archive_path: Path, tmp_path: Path) -> None:
    _kill_builds(4, archive_path, tmp_path)


def test_exports_killed_at_random_points_leave_whole_files_and_no_litter(
        archive_path: Path, tmp_path: Path) -> None:
    _kill_exports(4, archive_path, tmp_path)


@pytest.mark.slow
def test_fifty_builds_killed_at_random_points(archive_path: Path, tmp_path: Path) -> None:
    _kill_builds(50, archive_path, tmp_path)


@pytest.mark.slow
def test_fifty_exports_killed_at_random_points(archive_path: Path, tmp_path: Path) -> None:
    _kill_exports(50, archive_path, tmp_path)
