"""An annotations file that cannot be written: read, never changed, no lock files left.

As a file of mode 444 (its folder writable) and on a read-only medium (its folder not
writable). The tests run as root, so :func:`permissions_bind` makes the permissions bind."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.annotations.test_store import note
from tests.bad_archives import permissions_bind
from viewer.annotations.store import AnnotationsError, AnnotationStore

SAID = "is read-only: your annotations can be read but not changed"


def _saved(folder: Path) -> tuple[Path, str]:
    path = folder / "annotations.sqlite"
    a = note("kept safe")
    with AnnotationStore.open(path) as store:
        store.add(a)
    assert sorted(p.name for p in folder.iterdir()) == ["annotations.sqlite"]
    return path, a.id


@pytest.mark.parametrize("locked", ["file", "folder"])
def test_a_read_only_file_is_read_and_changes_are_refused_leaving_no_lock_files(
        folder: Path, locked: str) -> None:
    """Import raised "attempt to write a readonly database" and left -wal and -shm; on a
    read-only medium listing said "cannot be read … move it away" of a readable file."""
    path, ident = _saved(folder)
    before = path.read_bytes()
    (path if locked == "file" else folder).chmod(0o444 if locked == "file" else 0o555)
    with permissions_bind():
        with AnnotationStore.open(path) as store:
            assert store.read_only
            assert [a.id for a in store.all()] == [ident]
            assert [a.id for a in store.search("kept")] == [ident]
            for change in (lambda: store.add(note()), lambda: store.merge([note()]),
                           lambda: store.remove(ident)):
                with pytest.raises(AnnotationsError, match=SAID) as refused:
                    change()
                assert "move it away" not in str(refused.value)
        assert sorted(p.name for p in folder.iterdir()) == ["annotations.sqlite"]
    assert path.read_bytes() == before


def test_an_empty_read_only_file_reads_as_no_annotations(folder: Path) -> None:
    path = folder / "annotations.sqlite"
    path.touch()
    folder.chmod(0o555)
    with permissions_bind(), AnnotationStore.open(path) as store:
        assert store.read_only and store.all() == [] and store.count() == 0
    assert path.stat().st_size == 0


def test_an_unreadable_file_is_not_to_be_moved_away(folder: Path) -> None:
    path, _ident = _saved(folder)
    path.chmod(0)
    with permissions_bind(), pytest.raises(AnnotationsError) as refused:
        AnnotationStore.open(path)
    said = str(refused.value)
    assert "cannot be read: permission denied" in said and "move it away" not in said


@pytest.mark.parametrize("create", [True, False])
def test_a_folder_on_the_way_without_search_permission_is_said_not_raised(
        folder: Path, create: bool) -> None:
    """pathlib raises PermissionError from ``is_dir`` when a parent folder may not be
    searched; it reached the CLI as a traceback and the GUI as the bug dialog."""
    path, _ident = _saved(folder)
    folder.chmod(0o600)
    with permissions_bind(), pytest.raises(AnnotationsError) as refused:
        AnnotationStore.open(path, create=create)
    said = str(refused.value)
    assert str(path) in said and "permission denied" in said
