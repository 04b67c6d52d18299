"""Bad archives and bad seeds at the command line: one line on stderr, a non-zero exit, no
traceback, and nothing written (tests/bad_archives.py makes the files)."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from tests.bad_archives import (
    BAD_ARCHIVES,
    OPENED_ARCHIVES,
    REFUSED_ARCHIVES,
    WORKS,
    BadArchive,
    make_bad_archive,
    make_read_only_medium,
    permissions_bind,
    restore_permissions,
)
from tests.cli.conftest import one_line_error, run_process
from tests.conftest import REPO, SEEDS
from viewer.cli import main

#: Every command that reads an archive, with the arguments it needs besides ``--archive``.
READERS: dict[str, tuple[str, ...]] = {
    "info": ("info",),
    "search": ("search", "chayo"),
    "export": ("export", "cast", "--format", "csv"),  # -o added per test
}


#: Every case ends within this (issue 30: nothing hangs).
PROMPTLY_S = 5.0


def _invoke(*args: str) -> Result:
    started = time.monotonic()
    with permissions_bind():  # "unreadable" is refused even when the tests run as root
        result = CliRunner().invoke(main, list(args))
    assert time.monotonic() - started < PROMPTLY_S
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        result.exception
    return result


@pytest.mark.parametrize("command", sorted(READERS))
@pytest.mark.parametrize("case", REFUSED_ARCHIVES, ids=lambda c: c.name)
def test_a_bad_archive_is_one_line_on_stderr_and_a_failing_exit(
        archive_path: Path, bad_folder: Path, tmp_path: Path, case: BadArchive,
        command: str) -> None:
    bad = make_bad_archive(case, archive_path, bad_folder)
    args = list(READERS[command])
    out = tmp_path / "out"
    out.mkdir()
    if command == "export":
        args += ["-o", str(out / "cast.csv")]
    result = _invoke(*args, "--archive", str(bad))
    assert result.exit_code == 1
    assert result.stdout == ""
    line = one_line_error(result)
    assert re.search(case.words, line), line
    assert str(bad) in line
    assert list(out.iterdir()) == []  # export wrote nothing


@pytest.mark.parametrize("case", OPENED_ARCHIVES, ids=lambda c: c.name)
def test_damage_that_passes_the_open_is_met_with_one_line_and_found_by_check(
        archive_path: Path, bad_folder: Path, tmp_path: Path, case: BadArchive) -> None:
    """Each command works or stops with the one line about the file; ``info --check`` finds
    every kind of damage (issue 30: "Integrity: ok" on a garbled search index)."""
    bad = make_bad_archive(case, archive_path, bad_folder)
    for command in sorted(READERS):
        out = tmp_path / command
        out.mkdir()
        args = [*READERS[command], *(["-o", str(out / "cast.csv")] * (command == "export"))]
        result = _invoke(*args, "--archive", str(bad))
        if result.exit_code == 0:
            continue
        line = one_line_error(result)
        assert result.exit_code == 1
        assert "no matches" in line or (str(bad) in line and "is damaged" in line), line
        assert list(out.iterdir()) == []
    checked = _invoke("info", "--check", "--archive", str(bad))
    if case.kind == WORKS:
        assert checked.exit_code == 0 and "Integrity: ok" in checked.stdout
        return
    assert checked.exit_code == 1
    line = one_line_error(checked)
    assert str(bad) in line and re.search(case.words, line), line


def test_the_cases_cover_the_ground_issue_30_asks_for() -> None:
    assert len(BAD_ARCHIVES) >= 40
    assert len({c.name for c in BAD_ARCHIVES}) == len(BAD_ARCHIVES)


def test_a_bad_archive_fails_the_same_way_in_a_real_process(archive_path: Path,
                                                            bad_folder: Path) -> None:
    bad = make_bad_archive(next(c for c in BAD_ARCHIVES if c.name == "damaged-table"),
                           archive_path, bad_folder)
    result = run_process("info", "--archive", str(bad))
    assert result.returncode == 1 and result.stdout == ""
    assert "is damaged" in one_line_error(result)


@pytest.mark.parametrize("command", sorted(READERS))
def test_an_archive_on_a_read_only_medium_is_read(archive_path: Path, bad_folder: Path,
                                                  tmp_path: Path, command: str) -> None:
    target = make_read_only_medium(archive_path, bad_folder)
    args = list(READERS[command])
    if command == "export":
        args += ["-o", str(tmp_path / "cast.csv")]
    result = _invoke(*args, "--archive", str(target))
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in target.parent.iterdir()) == ["somos.sqlite"]


# -- bad seeds ----------------------------------------------------------------------------

VICTIM = "001_44e4559a90d9d777.txt"
CUT = "002_f5f1698f56caee8b.txt"  # an encyclopedia page keeps its landmarks when cut short


def _seeds(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    return seeds


def _not_utf8(seeds: Path) -> None:
    (seeds / VICTIM).write_bytes(b"Somos.\nline two\nbad \xe9 here\n")


def _empty(seeds: Path) -> None:
    (seeds / VICTIM).write_bytes(b"")


def _truncated(seeds: Path) -> None:
    name = "003_3cc1b96a3044e0a6.txt"
    (seeds / name).write_bytes((SEEDS / name).read_bytes()[:2000])


def _unrecognised(seeds: Path) -> None:
    (seeds / VICTIM).write_text("A recipe for walnut bread.\nFlour, water, salt.\n",
                                encoding="utf-8")


def _missing_seed(seeds: Path) -> None:
    (seeds / VICTIM).unlink()


def _broken_toml(seeds: Path) -> None:
    (seeds / "sources.toml").write_text("[[source]\nfile = \n", encoding="utf-8")


def _unknown_layout(seeds: Path) -> None:
    toml = seeds / "sources.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        'layout = "news_item"', 'layout = "tarot_reading"'), encoding="utf-8")


def _cut_short_keeping_landmarks(seeds: Path) -> None:
    """The last fifth gone, every landmark still there: it built and replaced the archive."""
    data = (seeds / CUT).read_bytes()
    (seeds / CUT).write_bytes(data[: len(data) * 4 // 5])


def _edited(seeds: Path) -> None:
    text = (seeds / VICTIM).read_text(encoding="utf-8")
    (seeds / VICTIM).write_text(text.replace("Netflix", "Netflux", 1), encoding="utf-8")


def _windows_line_endings(seeds: Path) -> None:
    data = (seeds / VICTIM).read_bytes()
    (seeds / VICTIM).write_bytes(data.replace(b"\n", b"\r\n"))


def _no_checksums(seeds: Path) -> None:
    (seeds / "SHA256SUMS").unlink()


def _entry_outside(seeds: Path) -> None:
    toml = seeds / "sources.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        f'file = "{VICTIM}"', 'file = "../../../etc/passwd"'), encoding="utf-8")


def _absolute_entry(seeds: Path) -> None:
    toml = seeds / "sources.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        f'file = "{VICTIM}"', f'file = "{seeds / VICTIM}"'), encoding="utf-8")


def _duplicate_entry(seeds: Path) -> None:
    toml = seeds / "sources.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        'file = "003_3cc1b96a3044e0a6.txt"', f'file = "{VICTIM}"'), encoding="utf-8")


def _names_not_text(seeds: Path) -> None:
    (seeds / "corrections.toml").write_text(
        '[[same_person]]\nnames = [1, 2]\nreason = "x"\n', encoding="utf-8")


def _same_person_not_a_list(seeds: Path) -> None:
    (seeds / "corrections.toml").write_text('same_person = "x"\n', encoding="utf-8")


def _unreadable_seed(seeds: Path) -> None:
    (seeds / VICTIM).chmod(0)


def _no_seeds(seeds: Path) -> None:
    shutil.rmtree(seeds)


@pytest.mark.parametrize(("spoil", "words"), [
    (_not_utf8, rf"{VICTIM}, line 3: is not UTF-8"),
    (_empty, rf"{VICTIM}.*empty"),
    (_truncated, "003_3cc1b96a3044e0a6.txt"),
    (_unrecognised, rf"{VICTIM}.*does not read as the .* layout .*restore it from its source"),
    (_missing_seed, rf"{VICTIM}: is listed in sources.toml but missing"),
    (_broken_toml, "sources.toml: cannot be read"),
    (_unknown_layout, "unknown layout 'tarot_reading'"),
    (_no_seeds, "sources.toml: not found"),
    (_cut_short_keeping_landmarks, rf"SHA256SUMS: .*{CUT} differs from its checksum"),
    (_edited, rf"{VICTIM} differs from its checksum.*--allow-changed-seeds"),
    (_windows_line_endings, rf"{VICTIM}.*Windows line endings \(CRLF\)"),
    (_no_checksums, "SHA256SUMS: not found"),
    (_entry_outside, "sources.toml: '../../../etc/passwd' is not a file in the seeds folder"),
    (_absolute_entry, "sources.toml: .* is not a file in the seeds folder"),
    (_duplicate_entry, f"sources.toml: {VICTIM} is listed twice"),
    (_names_not_text, "corrections.toml: a same_person entry needs names"),
    (_same_person_not_a_list, "corrections.toml: same_person must be a list"),
    (_unreadable_seed, rf"{VICTIM}: cannot be read: permission denied"),
], ids=["not-utf8", "empty", "truncated", "unrecognised", "missing-seed", "broken-toml",
        "unknown-layout", "no-seeds-folder", "cut-short", "edited", "crlf", "no-checksums",
        "entry-outside", "absolute-entry", "duplicate-entry", "names-not-text",
        "same-person-not-a-list", "unreadable-seed"])
def test_bad_seeds_stop_the_build_in_one_line_naming_the_file(
        tmp_path: Path, archive_path: Path, spoil, words: str) -> None:  # type: ignore[no-untyped-def]
    seeds = _seeds(tmp_path)
    spoil(seeds)
    out = tmp_path / "archive" / "somos.sqlite"
    out.parent.mkdir()
    shutil.copy(archive_path, out)
    before = out.read_bytes()
    with permissions_bind():  # an unreadable seed is unreadable to root too
        result = CliRunner().invoke(main, ["build", "--quiet", "--seeds", str(seeds),
                                           "--out", str(out)])
    if seeds.exists():
        restore_permissions(seeds)
    assert result.exit_code == 1 and result.stdout == ""
    line = one_line_error(result)
    assert line.startswith("somos-archive: build stopped: ")
    assert re.search(words, line), line
    assert out.read_bytes() == before  # the previous archive is untouched
    assert sorted(p.name for p in out.parent.iterdir()) == ["somos.sqlite"]


def test_without_quiet_the_error_is_still_one_line_after_the_progress(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path)
    _not_utf8(seeds)
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds),
                                       "--out", str(tmp_path / "x.sqlite")])
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("somos-archive:")]
    assert errors == [result.stderr.strip().splitlines()[-1]]
    assert f"{VICTIM}, line 3" in errors[0]
    assert not (tmp_path / "x.sqlite").exists()


def test_changed_seeds_build_only_when_asked_and_the_archive_says_so(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path)
    _edited(seeds)
    out = tmp_path / "changed.sqlite"
    result = CliRunner().invoke(main, ["build", "--quiet", "--allow-changed-seeds",
                                       "--seeds", str(seeds), "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    conn = sqlite3.connect(out)
    try:
        [(changed,)] = conn.execute("SELECT value FROM meta WHERE key = 'changed_seeds'")
    finally:
        conn.close()
    assert json.loads(changed) == [VICTIM]


def test_the_shipped_seeds_are_kept_byte_for_byte_by_git() -> None:
    """core.autocrlf would rewrite the seeds' line endings on a Windows checkout."""
    result = subprocess.run(["git", "check-attr", "text", "--", f"seeds/{VICTIM}"],
                            cwd=REPO, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        pytest.skip("not a git checkout")
    assert result.stdout.strip().endswith("text: unset")


FILL_THE_DISK = """
import resource, signal, sys
from viewer.cli import main
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))
sys.argv = ["somos-archive", "build", "--quiet", "--out", sys.argv[1]]
main()
"""


def test_a_disk_that_fills_during_the_build_is_one_line_and_keeps_the_old_archive(
        tmp_path: Path, archive_path: Path) -> None:
    out = tmp_path / "somos.sqlite"
    shutil.copy(archive_path, out)
    before = out.read_bytes()
    result = subprocess.run([sys.executable, "-c", FILL_THE_DISK, str(out)], cwd=REPO,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 1
    line = one_line_error(result)
    assert line.startswith(f"somos-archive: build stopped: cannot write {out}: "), line
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["somos.sqlite"]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_info_check_says_the_damage_then_the_shared_rebuild_advice(
        archive_path: Path, bad_folder: Path, monkeypatch: pytest.MonkeyPatch,
        lang: str) -> None:
    from tests.archive.test_rebuild_advice import ADVICE
    from viewer import i18n

    monkeypatch.setattr(i18n, "_chosen", None)  # back to the environment's after the test
    monkeypatch.setattr(i18n, "_cli_catalogue", None)
    i18n.use_language(lang)
    bad = make_bad_archive(next(c for c in BAD_ARCHIVES if c.name == "malformed-list-cell"),
                           archive_path, bad_folder)
    checked = _invoke("info", "--check", "--archive", str(bad))
    assert checked.exit_code == 1
    line = one_line_error(checked)
    said = "people row 3: variants is not a JSON list" if lang == "en" else (
        "people, fila 3: variants no es una lista JSON")
    assert line.endswith(f"{said}. {ADVICE[lang]}"), line
