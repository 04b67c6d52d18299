"""``somos-archive annotations list|export|import`` over a real archive and database."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

from tests.cli.conftest import Run, one_line_error
from viewer.annotations.anchoring import span_annotation
from viewer.annotations.store import SCHEMA_VERSION, AnnotationStore
from viewer.archive.store import Archive

NEWS = "001_44e4559a90d9d777.txt"
PASSAGE = "a 2011 massacre of at least 300 people"
PASSAGE_START = 209  # in the news item seed


def _annotate(archive_path: Path, db: Path) -> str:
    with Archive.open(archive_path) as archive, AnnotationStore.open(db) as store:
        source = next(s for s in archive.sources() if s.file == NEWS)
        text = archive.source_text(source.id)
        start = text.index(PASSAGE)
        a = span_annotation(source, text, start, start + len(PASSAGE), note="the DEA",
                            tags=("contradiction",))
        lost = a.replace(id="lost-one", exact="words no seed holds", start=1, end=5,
                         source_sha256="")
        store.save([a, lost])
        return a.id


def test_list_shows_citations_tags_and_orphans(run: Run, archive_path: Path,
                                               tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    ident = _annotate(archive_path, db)
    result = run("annotations", "list", "--annotations", str(db))
    assert result.exit_code == 0, result.stderr
    entry = result.stdout.split(f"{ident}  tags: contradiction\n    ")[1].splitlines()[0]
    # Cited as the archive's exports cite: the document, then the characters and words.
    assert entry.startswith("Luchter, Les. “Somos.: Fact-Based Massacre”. MediaPost.")
    # The article's one section is its title: no section named, the span's characters first.
    assert f"Characters {PASSAGE_START}–{PASSAGE_START + len(PASSAGE)}: “{PASSAGE}”" in entry
    # An orphan's words are not in this archive: it is cited from what it keeps.
    orphan = "lost-one  [orphaned]  tags: contradiction\n    “words no seed holds” — "
    assert orphan in result.stdout
    only = run("annotations", "list", "--orphaned", "--format", "json", "--annotations", str(db))
    assert [row["id"] for row in json.loads(only.stdout)] == ["lost-one"]


def test_list_shows_tags_of_two_words_as_the_window_does(run: Run, archive_path: Path,
                                                         tmp_path: Path) -> None:
    """"#chronology #check later" read as three tags; comma-separated, as they are typed and
    as the window's detail pane and Annotations tab show them."""
    db = tmp_path / "a.sqlite"
    ident = _annotate(archive_path, db)
    with AnnotationStore.open(db) as store:
        (a,) = [x for x in store.all() if x.id == ident]
        store.save([a.replace(tags=("chronology", "check later"))])
    result = run("annotations", "list", "--annotations", str(db))
    assert result.exit_code == 0, result.stderr
    assert f"{ident}  tags: chronology, check later\n" in result.stdout
    assert "#" not in result.stdout.split(ident)[1].splitlines()[0]


def test_export_then_import_twice_merges_without_duplicates(run: Run, archive_path: Path,
                                                             tmp_path: Path) -> None:
    db, other = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    _annotate(archive_path, db)
    out = tmp_path / "notes.jsonld"
    result = run("annotations", "export", "-o", str(out), "--annotations", str(db))
    assert result.exit_code == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["type"] == "AnnotationPage"
    first = run("annotations", "import", str(out), "--annotations", str(other))
    second = run("annotations", "import", str(out), "--annotations", str(other))
    assert first.stdout.startswith("Imported 2 new, updated 0, 0 already there")
    assert second.stdout.startswith("Imported 0 new, updated 0, 2 already there")
    with AnnotationStore.open(other) as store:
        assert store.count() == 2


def test_export_to_stdout_as_csv(run: Run, archive_path: Path, tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    _annotate(archive_path, db)
    result = run("annotations", "export", "-f", "csv", "--tag", "CONTRADICTION", "--orphaned",
                 "--annotations", str(db))
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["id"], r["status"], r["tags"]) for r in rows] == [
        ("lost-one", "orphaned", "contradiction")]


def test_newer_annotations_database_is_refused_in_one_line(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    AnnotationStore.open(db).close()
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
    conn.close()
    result = run("annotations", "list", "--annotations", str(db))
    assert result.exit_code == 1
    assert "newer version of Somos Archive" in one_line_error(result)


def test_import_of_a_broken_file_says_so(run: Run, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{nope", encoding="utf-8")
    result = run("annotations", "import", str(bad), "--annotations", str(tmp_path / "a.sqlite"))
    assert result.exit_code == 1
    assert "is not a JSON file" in one_line_error(result)


def test_import_of_a_huge_number_or_deep_nesting_says_so_without_a_traceback(
        run: Run, tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    for n, text in enumerate(['[{"id": "u", "kind": "span", "start": 1' + "0" * 30 + "}]",
                              "[" * 100_000 + "]" * 100_000]):
        bad = tmp_path / f"bad{n}.json"
        bad.write_text(text, encoding="utf-8")
        result = run("annotations", "import", str(bad), "--annotations", str(db))
        assert result.exit_code == 1
        assert "holds no annotations Somos Archive can read" in one_line_error(result)
        assert "Nothing was imported." in one_line_error(result)


def test_an_archive_or_a_folder_as_annotations_says_what_it_is(
        run: Run, archive_path: Path, tmp_path: Path) -> None:
    result = run("annotations", "list", "--annotations", str(archive_path))
    assert result.exit_code == 1
    assert "is an archive, not an annotations database" in one_line_error(result)
    result = run("annotations", "list", "--annotations", str(tmp_path))
    assert result.exit_code == 1
    assert f"{tmp_path} is a folder: give the annotations file itself" in one_line_error(result)


def test_a_read_only_annotations_file_is_listed_and_an_import_refused(
        run: Run, archive_path: Path, tmp_path: Path) -> None:
    """Import gave "attempt to write a readonly database" as a traceback, leaving -wal and
    -shm; on a read-only medium listing said "cannot be read … move it away"."""
    from tests.bad_archives import permissions_bind, restore_permissions

    folder = tmp_path / "medium"
    folder.mkdir()
    db = folder / "annotations.sqlite"
    ident = _annotate(archive_path, db)
    exported = tmp_path / "out.json"
    folder.chmod(0o555)
    try:
        with permissions_bind():
            listed = run("annotations", "list", "--annotations", str(db))
            wrote = run("annotations", "export", "--annotations", str(db), "-o", str(exported))
            imported = run("annotations", "import", str(exported), "--annotations", str(db))
        assert listed.exit_code == 0 and ident in listed.output
        assert wrote.exit_code == 0 and ident in exported.read_text(encoding="utf-8")
        assert imported.exit_code == 1
        said = one_line_error(imported)
        assert "is read-only: your annotations can be read but not changed" in said
        assert "move it away" not in said
        assert sorted(p.name for p in folder.iterdir()) == ["annotations.sqlite"]
    finally:
        restore_permissions(folder)


def test_list_with_nothing_matching_says_so_and_exits_1_as_search_does(
        run: Run, archive_path: Path, tmp_path: Path) -> None:
    """It printed nothing and exited 0."""
    db = tmp_path / "a.sqlite"
    _annotate(archive_path, db)
    for fmt in ("text", "json"):
        result = run("annotations", "list", "--tag", "nosuch", "-f", fmt, "--annotations", str(db))
        assert result.exit_code == 1
        assert one_line_error(result) == "somos-archive: No annotations match."
        assert result.stdout == ("[]\n" if fmt == "json" else "")
    empty = tmp_path / "empty.sqlite"
    AnnotationStore.open(empty).close()
    result = run("annotations", "list", "--annotations", str(empty))
    assert result.exit_code == 1
    assert one_line_error(result) == "somos-archive: There are no annotations yet."


def test_a_mistyped_path_makes_nothing_for_commands_that_only_read(
        run: Run, tmp_path: Path) -> None:
    """It made the folders and an empty database, silently."""
    typo = tmp_path / "typo" / "dir" / "ann.sqlite"
    for command in (["list"], ["export"], ["export", "-o", str(tmp_path / "out.json")]):
        result = run("annotations", *command, "--annotations", str(typo))
        assert result.exit_code == 1
        assert one_line_error(result) == (
            f"somos-archive: There are no annotations at {typo}: no such file.")
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_import_makes_the_file_but_not_missing_folders_of_a_named_path(
        run: Run, archive_path: Path, tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    _annotate(archive_path, db)
    out = tmp_path / "notes.json"
    assert run("annotations", "export", "-o", str(out), "--annotations", str(db)).exit_code == 0
    typo = tmp_path / "typo" / "ann.sqlite"
    result = run("annotations", "import", str(out), "--annotations", str(typo))
    assert result.exit_code == 1
    assert one_line_error(result) == (
        f"somos-archive: Cannot make your annotations at {typo}: there is no folder "
        f"{typo.parent}. Check the path, or make the folder first.")
    assert not typo.parent.exists()
    made = tmp_path / "new.sqlite"
    result = run("annotations", "import", str(out), "--annotations", str(made))
    assert result.exit_code == 0 and made.is_file()


def test_importing_a_file_of_no_annotations_says_so_and_makes_nothing(
        run: Run, tmp_path: Path) -> None:
    """null or [] said "Imported 0 new, updated 0, 0 already there.", a success."""
    db = tmp_path / "a.sqlite"
    for n, text in enumerate(["null", "[]", '{"type": "AnnotationPage", "items": []}']):
        empty = tmp_path / f"empty{n}.json"
        empty.write_text(text, encoding="utf-8")
        result = run("annotations", "import", str(empty), "--annotations", str(db))
        assert result.exit_code == 1
        assert one_line_error(result) == (
            f"somos-archive: {empty} holds no annotations. Nothing was imported.")
    assert not db.exists()
