"""Standard output that cannot take the output: a full disk, a closed descriptor, a reader
that went away. Every command, help and --version included, says so in one line (or, for the
reader gone, stops quietly), with no traceback; real processes, real devices."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.annotations.test_store import note
from tests.cli.conftest import one_line_error
from tests.cli.test_annotations_command import _annotate
from tests.conftest import REPO
from viewer.annotations.store import AnnotationStore

FULL = Path("/dev/full")


def _commands(archive: Path, annotations: Path) -> list[list[str]]:
    _annotate(archive, annotations)  # something to list and export
    where = ["--archive", str(archive)]
    return [["info", *where], ["search", "chayo", *where],
            ["search", "chayo", "-f", "json", *where],
            ["export", "excerpts", "-f", "json", *where],
            ["serve", "--print-metadata", *where],
            ["annotations", "list", "--annotations", str(annotations), *where],
            ["annotations", "export", "--annotations", str(annotations), *where],
            ["--help"], ["search", "--help"], ["--version"]]


def _run(args: list[str], unbuffered: str, **streams: object
         ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "viewer.cli", *args], cwd=REPO,
                          stderr=subprocess.PIPE, text=True, encoding="utf-8", timeout=120,
                          env={"LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
                               "PYTHONPATH": str(REPO), "PYTHONUNBUFFERED": unbuffered},
                          **streams)  # type: ignore[call-overload]


@pytest.mark.skipif(not FULL.exists(), reason="no /dev/full (a Linux device) to write to")
@pytest.mark.parametrize("unbuffered", ["", "1"])  # python -u: stdout's buffer is its file
def test_a_full_device_is_one_line_for_every_command(archive_path: Path, tmp_path: Path,
                                                     unbuffered: str) -> None:
    for args in _commands(archive_path, tmp_path / "notes.sqlite"):
        with FULL.open("w") as full:
            result = _run(args, unbuffered, stdout=full)
        assert result.returncode == 1, (args, result.stderr)
        assert one_line_error(result) == (
            "somos-archive: cannot write to standard output: no space left on the disk. Send "
            "the output somewhere that can take it (> FILE on another disk)."), args


@pytest.mark.skipif(sys.platform == "win32", reason="closes descriptor 1 through sh")
def test_a_closed_stdout_is_one_line_for_every_command(archive_path: Path,
                                                       tmp_path: Path) -> None:
    for args in _commands(archive_path, tmp_path / "notes.sqlite"):
        result = subprocess.run(
            ["sh", "-c", 'exec "$@" >&-', "sh", sys.executable, "-m", "viewer.cli", *args],
            cwd=REPO, stderr=subprocess.PIPE, text=True, encoding="utf-8", timeout=120)
        assert result.returncode == 1, (args, result.stderr)
        assert "standard output: it is closed" in one_line_error(result), args


def test_a_reader_that_goes_away_ends_the_command_quietly(archive_path: Path,
                                                          tmp_path: Path) -> None:
    """``| head -1``: more output than a pipe holds, and the reader closes after one line.
    The annotations commands are the group's too: the CLI's one guard covers them."""
    many = tmp_path / "many.sqlite"
    with AnnotationStore.open(many) as store:
        store.save([note("a note long enough to fill a pipe " * 8) for _ in range(600)])
    annotations = ["--annotations", str(many)]
    for args in (["export", "excerpts", "-f", "json"], ["search", "a", "-n", "300"],
                 ["annotations", "list", *annotations],
                 ["annotations", "list", "-f", "json", *annotations],
                 ["annotations", "export", "-f", "json", *annotations]):
        with subprocess.Popen([sys.executable, "-m", "viewer.cli", *args, "--archive",
                               str(archive_path)], cwd=REPO, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE) as process:
            assert process.stdout is not None and process.stderr is not None
            assert process.stdout.readline()
            process.stdout.close()
            stderr = process.stderr.read().decode()
            assert process.wait(timeout=120) == 0, stderr
        assert "Traceback" not in stderr and "Exception ignored" not in stderr
        assert "BrokenPipe" not in stderr, stderr
