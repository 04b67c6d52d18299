"""The annotations database: its own schema version, one transaction per change, merges."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from viewer.annotations.model import RECORD, SPAN, Annotation, clean_tags, new_id, now
from viewer.annotations.store import (
    SCHEMA_VERSION,
    AnnotationsError,
    AnnotationStore,
    default_path,
)


def note(text: str = "check later", **fields: object) -> Annotation:
    stamp = now()
    return Annotation(id=new_id(), kind=SPAN, note=text, tags=("contradiction",),
                      source_file="x.txt", start=3, end=9, exact="abcdef", created=stamp,
                      modified=stamp).replace(**fields)


def test_default_path_is_the_one_tests_point_at(_annotations_in_tmp: Path) -> None:
    assert default_path() == _annotations_in_tmp


def test_new_database_has_schema_version_and_wal(store: AnnotationStore) -> None:
    assert store.schema_version == SCHEMA_VERSION
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_saved_annotation_reads_back_the_same(store: AnnotationStore) -> None:
    a = note(tags=("chapter 3", "check later"))
    store.add(a)
    assert store.get(a.id) == a
    reopened = AnnotationStore.open(store.path)
    assert reopened.all() == [a]
    reopened.close()


def test_newer_schema_version_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "annotations.sqlite"
    AnnotationStore.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(AnnotationsError, match="newer version of Somos Archive"):
        AnnotationStore.open(path)
    assert path.read_bytes() == before


def test_another_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(AnnotationsError, match="not a Somos Archive annotations database"):
        AnnotationStore.open(path)


def test_an_archive_given_as_annotations_is_called_an_archive_not_a_newer_version(
        archive_path: Path, tmp_path: Path) -> None:
    """Its schema version read as ours said "written by a newer version…: update"."""
    import shutil

    path = Path(shutil.copy(archive_path, tmp_path / "somos.sqlite"))
    before = path.read_bytes()
    with pytest.raises(AnnotationsError) as refused:
        AnnotationStore.open(path)
    said = str(refused.value)
    assert "is an archive, not an annotations database" in said
    assert "newer version" not in said
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["somos.sqlite"]


def test_a_versioned_database_of_another_program_is_not_called_newer(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 7")
    conn.close()
    with pytest.raises(AnnotationsError, match="not a Somos Archive annotations database"):
        AnnotationStore.open(path)


def test_a_folder_given_as_annotations_says_to_give_a_file(tmp_path: Path) -> None:
    with pytest.raises(AnnotationsError) as refused:
        AnnotationStore.open(tmp_path)
    assert str(refused.value) == (
        f"{tmp_path} is a folder: give the annotations file itself (such as "
        f"{tmp_path / 'annotations.sqlite'}), or set SOMOS_ANNOTATIONS to one.")


def test_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("hello, this is not SQLite at all " * 40)
    with pytest.raises(AnnotationsError, match="cannot be read"):
        AnnotationStore.open(path)


def test_a_failed_save_writes_none_of_it(store: AnnotationStore) -> None:
    good = note()
    with pytest.raises(ValueError):
        store.save([good, note(kind="nonsense")])
    assert store.count() == 0


def test_merge_adds_updates_newer_and_never_duplicates(store: AnnotationStore) -> None:
    a, b = note("one"), note("two")
    store.save([a, b])
    newer = a.replace(note="one, revised", modified="2999-01-01T00:00:00Z")
    older = b.replace(note="two, old", modified="2000-01-01T00:00:00Z")
    c = note("three")
    report = store.merge([newer, older, c, c])
    assert (report.added, report.updated, report.unchanged) == (1, 1, 2)
    assert store.count() == 3
    assert store.get(a.id).note == "one, revised"
    assert store.get(b.id).note == "two"


def test_search_finds_notes_tags_and_quotes_case_blind(store: AnnotationStore) -> None:
    a = note("Contradicts the DEA report", tags=("chapter 3",))
    b = note("nothing", tags=("Check later",), exact="Allende")
    store.save([a, b])
    assert [x.id for x in store.search("dea")] == [a.id]
    assert [x.id for x in store.search("check LATER")] == [b.id]
    assert [x.id for x in store.search("allende")] == [b.id]
    assert [x.id for x in store.search("allendé")] == [b.id]  # accents fold, as search does
    assert store.search("100%_") == []
    assert store.search("   ") == []


def test_a_tag_typed_with_a_hash_finds_the_tag(store: AnnotationStore) -> None:
    a = note("Who directed which episode", tags=("directors",))
    store.save([a, note("nothing")])
    assert [x.id for x in store.search("#directors")] == [a.id]
    assert store.count_matching("#DIRECTORS episode") == 1
    assert store.search("#") == [] and store.search("# ##") == []


def test_the_count_of_a_search_goes_past_its_limit(store: AnnotationStore) -> None:
    store.save([note(f"zebrafinch {n}") for n in range(51)] + [note("other")])
    assert len(store.search("zebrafinch", 50)) == 50
    assert store.count_matching("zebrafinch") == 51
    assert store.count_matching("ZEBRAFINCH 50") == 1  # as search matches: within words
    assert store.count_matching("100%_") == 0
    assert store.count_matching("   ") == 0


def test_a_pasted_page_of_words_searches_the_first_words_as_the_record_search_does(
        store: AnnotationStore) -> None:
    """A thousand words raised "Expression tree is too large" (one LIKE each)."""
    from viewer.annotations.store import search_words
    from viewer.archive.search_query import MAX_TERMS

    words = [f"w{i}" for i in range(999)]
    a = note(" ".join(words[:MAX_TERMS]))
    store.save([a])
    assert [x.id for x in store.search(" ".join(words))] == [a.id]
    assert search_words(" ".join(words)) == (
        words[:MAX_TERMS], f"Only the first {MAX_TERMS} words were searched.")
    assert search_words("w1 W1 w2") == (["w1", "w2"], None)  # each word once


def test_record_annotations_are_found_by_record(store: AnnotationStore) -> None:
    r = note("", kind=RECORD, record_table="cast", record_id=4, record_title="X")
    store.add(r)
    assert store.on_record("cast", 4) == [r]
    assert store.on_record("cast", 5) == []


def test_tags_are_cleaned_and_listed() -> None:
    assert clean_tags(" chapter  3, Check later ,check later,, ") == ("chapter 3",
                                                                       "Check later")
