"""Where an export may not be written: names that are no file's. Each is refused in one line
and nothing changes."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from tests.cli.conftest import one_line_error
from viewer.cli import main


def _cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def _refused(result: Result, said: str) -> None:
    assert result.exit_code == 1, result.output
    assert said in one_line_error(result)


# -- names that are no file's --------------------------------------------------------------


def test_build_to_an_empty_name_is_one_line(tmp_path: Path) -> None:
    result = _cli("build", "-q", "--out", "")
    _refused(result, "Cannot write to .: it is a folder — choose a file name")


def test_a_name_too_long_is_one_line_for_both_exports(archive_path: Path,
                                                      tmp_path: Path) -> None:
    long = tmp_path / ("a" * 300 + ".json")
    for args in (("export", "people"), ("annotations", "export")):
        result = _cli(*args, "--archive", str(archive_path), "-o", str(long))
        _refused(result, "not a usable file name (File name too long) — choose another name")
    assert list(tmp_path.iterdir()) == []
