"""Where an export may not be written: over the archive it reads, over the annotations
database, over what is not a plain file. Each is refused in one line and nothing changes."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from tests.cli.conftest import one_line_error, run_process
from viewer.annotations.store import AnnotationStore
from viewer.cli import main


def _cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def own_archive(archive_path: Path, tmp_path: Path) -> Path:
    """A copy of the session archive, which a failing test may destroy."""
    copy = tmp_path / "self.sqlite"
    shutil.copyfile(archive_path, copy)
    return copy


def _refused(result: Result, said: str) -> None:
    assert result.exit_code == 1, result.output
    assert said in one_line_error(result)


# -- the files in use ----------------------------------------------------------------------


def test_export_onto_the_archive_it_reads_is_refused(own_archive: Path) -> None:
    before = own_archive.read_bytes()
    result = _cli("export", "people", "--archive", str(own_archive), "-f", "csv",
                  "-o", str(own_archive))
    _refused(result, f"{own_archive}: it is the archive being read — choose another file")
    assert own_archive.read_bytes() == before


def test_export_through_a_link_or_another_spelling_of_the_archive_is_refused(
        own_archive: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.sqlite"
    link.symlink_to(own_archive)
    before = own_archive.read_bytes()
    for target in (link, tmp_path / "." / own_archive.name):
        result = _cli("export", "people", "--archive", str(own_archive), "-f", "csv",
                      "-o", str(target))
        _refused(result, "it is the archive being read")
    assert own_archive.read_bytes() == before and link.is_symlink()


def test_a_manifest_that_would_overwrite_the_archive_is_refused(archive_path: Path,
                                                                tmp_path: Path) -> None:
    archive = tmp_path / "out.csv.manifest.json"
    shutil.copyfile(archive_path, archive)
    before = archive.read_bytes()
    result = _cli("export", "people", "--archive", str(archive), "--manifest",
                  "-o", str(tmp_path / "out.csv"))
    _refused(result, f"{archive}: it is the archive being read")
    assert archive.read_bytes() == before
    assert not (tmp_path / "out.csv").exists()  # refused before anything was written


def test_export_onto_the_annotations_database_is_refused(
        own_archive: Path, _annotations_in_tmp: Path) -> None:
    AnnotationStore.open(_annotations_in_tmp).close()
    before = _annotations_in_tmp.read_bytes()
    result = _cli("export", "people", "--archive", str(own_archive), "-f", "csv",
                  "-o", str(_annotations_in_tmp))
    _refused(result, "it is the annotations database — choose another file")
    assert _annotations_in_tmp.read_bytes() == before


def test_annotations_export_onto_its_database_or_the_archive_is_refused(
        own_archive: Path, tmp_path: Path) -> None:
    db = tmp_path / "notes.sqlite"
    AnnotationStore.open(db).close()
    before_db, before_archive = db.read_bytes(), own_archive.read_bytes()
    common = ("annotations", "export", "--archive", str(own_archive), "--annotations", str(db))
    _refused(_cli(*common, "-f", "json", "-o", str(db)),
             f"{db}: it is the annotations database — choose another file")
    _refused(_cli(*common, "-f", "json", "-o", str(own_archive)),
             f"{own_archive}: it is the archive being read — choose another file")
    assert db.read_bytes() == before_db and own_archive.read_bytes() == before_archive


def test_in_a_real_process_the_archive_survives(own_archive: Path) -> None:
    before = own_archive.read_bytes()
    done = run_process("export", "people", "--archive", str(own_archive), "-f", "csv",
                       "-o", str(own_archive))
    assert done.returncode == 1
    assert "it is the archive being read" in one_line_error(done)
    assert own_archive.read_bytes() == before


# -- what is not a plain file --------------------------------------------------------------


def _export_people(archive: Path, target: Path) -> Result:
    return _cli("export", "people", "--archive", str(archive), "-f", "csv", "-o", str(target))


def test_a_fifo_is_refused_and_stays_a_fifo(archive_path: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    _refused(_export_people(archive_path, fifo),
             f"{fifo}: it is not a regular file (a device, pipe or socket) — choose another "
             "file")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]  # no part file left


def test_a_device_node_is_refused_and_stays_a_device(archive_path: Path,
                                                      tmp_path: Path) -> None:
    """``-o /dev/null`` as root replaced the real /dev/null with a CSV file. Tested on a node
    made in tmp_path (the same device as /dev/null), never on /dev itself."""
    node = tmp_path / "mynull"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a device node needs root (CAP_MKNOD); FIFOs are tested instead")
    _refused(_export_people(archive_path, node), "it is not a regular file")
    assert stat.S_ISCHR(node.lstat().st_mode)


def test_a_symlink_is_followed_the_link_kept_and_its_target_replaced(
        archive_path: Path, tmp_path: Path) -> None:
    real_dir = tmp_path / "real"
    real_dir.mkdir()
    real = real_dir / "people.csv"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    result = _export_people(archive_path, link)
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and link.resolve() == real
    assert real.read_text(encoding="utf-8-sig").startswith("id,name,")
    # Written beside the file itself (one file system for the rename): no litter anywhere.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.csv", "real"]
    assert sorted(p.name for p in real_dir.iterdir()) == ["people.csv"]


def test_a_read_only_file_is_refused_and_kept(archive_path: Path, tmp_path: Path) -> None:
    kept = tmp_path / "kept.csv"
    kept.write_text("keep me\n", encoding="utf-8")
    kept.chmod(0o444)
    _refused(_export_people(archive_path, kept),
             f"{kept}: it is read-only — choose another file, or make it writable first")
    assert kept.read_text(encoding="utf-8") == "keep me\n"
    assert stat.S_IMODE(kept.stat().st_mode) == 0o444


# -- names that are no file's --------------------------------------------------------------


def test_build_to_an_empty_name_is_one_line(tmp_path: Path) -> None:
    result = _cli("build", "-q", "--out", "")
    _refused(result, "Cannot write to .: it is a folder — choose a file name")


def test_a_name_too_long_is_one_line_for_both_exports(archive_path: Path, tmp_path: Path,
                                                      _annotations_in_tmp: Path) -> None:
    AnnotationStore.open(_annotations_in_tmp).close()  # there are annotations to export
    long = tmp_path / ("a" * 300 + ".json")
    for args in (("export", "people"), ("annotations", "export")):
        result = _cli(*args, "--archive", str(archive_path), "-o", str(long))
        _refused(result, "not a usable file name (the name is too long) — choose another name")
    assert list(tmp_path.iterdir()) == []
