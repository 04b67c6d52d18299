"""Schema 2: each annotation's searched words folded once, when written; older files upgraded.

A search folded every annotation in Python at every query (the search box searches at every
settled key, on the GUI thread); the folded words are now kept beside each annotation, and a
file of schema 1 is brought up to schema 2 in place, in one transaction, every annotation kept.
"""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from pathlib import Path

import pytest

from tests.annotations.test_store import note
from tests.bad_archives import permissions_bind, restore_permissions
from viewer.annotations import store as store_module
from viewer.annotations.model import RECORD, Annotation
from viewer.annotations.store import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    AnnotationsError,
    AnnotationStore,
)

# The annotations table as schema 1 made it (Somos Archive before the folded words).
SCHEMA_1 = """
CREATE TABLE annotations (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('span', 'record')),
    note TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',
    source_file TEXT NOT NULL DEFAULT '',
    source_title TEXT NOT NULL DEFAULT '',
    source_sha256 TEXT NOT NULL DEFAULT '',
    start INTEGER NOT NULL DEFAULT 0,
    "end" INTEGER NOT NULL DEFAULT 0,
    exact TEXT NOT NULL DEFAULT '',
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    record_table TEXT NOT NULL DEFAULT '',
    record_id INTEGER,
    record_title TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'attached',
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);
CREATE INDEX annotations_source ON annotations (source_file, start);
CREATE INDEX annotations_record ON annotations (record_table, record_id);
"""
COLUMNS = ("id", "kind", "note", "tags", "source_file", "source_title", "source_sha256",
           "start", "end", "exact", "prefix", "suffix", "record_table", "record_id",
           "record_title", "status", "created", "modified")


def _kept() -> list[Annotation]:
    return [note("La huérfana del ÑANDÚ", tags=("Capítulo 3", "check later")),
            note("", tags=(), exact="Benjamín Allende"),
            note("", kind=RECORD, record_table="cast", record_id=4,
                 record_title="Ulises Soto as Samuel", source_file="", start=0, end=0,
                 exact=""),
            note("100% sure_of it")]


def _schema_1_file(path: Path, annotations: list[Annotation]) -> Path:
    """A file as schema 1 wrote it, holding ``annotations``."""
    import json

    with closing(sqlite3.connect(path)) as conn:
        conn.executescript(SCHEMA_1)
        conn.execute("PRAGMA journal_mode = WAL")
        for a in annotations:
            values = [getattr(a, name) for name in COLUMNS]
            values[COLUMNS.index("tags")] = json.dumps(list(a.tags), ensure_ascii=False)
            conn.execute(f"INSERT INTO annotations VALUES ({', '.join('?' * len(COLUMNS))})",
                         values)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA user_version = 1")
        conn.commit()
    return path


def _version(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _searched(store: AnnotationStore) -> dict[str, list[str]]:
    return {q: sorted(a.id for a in store.search(q))
            for q in ("HUERFANA", "nandu capitulo", "benjamin", "samuel", "100%", "sure_",
                      "check later", "nothing here")}


def test_a_schema_1_file_is_upgraded_in_place_keeping_every_annotation(folder: Path) -> None:
    """Read only, it is read and searched as it is; writable, it is upgraded once, every
    annotation kept and found by the same searches."""
    kept = _kept()
    path = _schema_1_file(folder / "annotations.sqlite", kept)
    before = path.read_bytes()
    folder.chmod(0o555)
    with permissions_bind(), AnnotationStore.open(path) as store:
        assert store.read_only and store.schema_version == 1
        as_it_was = _searched(store)
        assert store.count_matching("check later") == 1
    assert path.read_bytes() == before
    restore_permissions(folder)
    with AnnotationStore.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION == 2
        assert sorted(store.all(), key=lambda a: a.id) == sorted(kept, key=lambda a: a.id)
        assert _searched(store) == as_it_was
        assert store.integrity_check() == ["ok"]
    a, b, c, d = (x.id for x in kept)
    assert as_it_was == {"HUERFANA": [a], "nandu capitulo": [a], "benjamin": [b],
                         "samuel": [c], "100%": [d], "sure_": [d], "check later": [a],
                         "nothing here": []}
    assert _version(path) == 2
    with AnnotationStore.open(path) as again:  # upgraded once: opened as it is now
        assert again.schema_version == 2 and len(again.all()) == len(kept)


def test_a_failed_upgrade_leaves_the_file_as_it_was_and_says_so(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kept = _kept()
    path = _schema_1_file(folder / "annotations.sqlite", kept)
    calls: list[str] = []
    fold = store_module.fold

    def failing(text: str | None) -> str:
        calls.append(text or "")
        if len(calls) == 3:
            raise ValueError("a row that cannot be folded")
        return fold(text)

    monkeypatch.setattr(store_module, "fold", failing)
    with pytest.raises(AnnotationsError) as refused:
        AnnotationStore.open(path)
    said = str(refused.value)
    assert "could not be brought up to this version" in said
    assert "left as they were, every one of them" in said
    assert "move it away" not in said
    assert _version(path) == 1
    with closing(sqlite3.connect(path)) as conn:
        names = [r[1] for r in conn.execute("PRAGMA table_info(annotations)")]
        assert names == list(COLUMNS)  # no half-added column
        assert conn.execute("SELECT count(*) FROM annotations").fetchone()[0] == len(kept)
    monkeypatch.setattr(store_module, "fold", fold)
    with AnnotationStore.open(path) as store:  # once the problem is gone, it upgrades
        assert store.schema_version == 2 and len(store.all()) == len(kept)


def test_a_search_folds_no_annotation_when_it_runs(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each annotation's words are folded when it is written, not at every search (every
    settled key of the search box folded every annotation in Python)."""
    folded: list[str] = []
    fold = store_module.fold

    def counting(text: str | None) -> str:
        folded.append(text or "")
        return fold(text)

    monkeypatch.setattr(store_module, "fold", counting)
    with AnnotationStore.open(folder / "annotations.sqlite") as store:
        store.save([note(f"zebrafinch número {n}") for n in range(60)])
        folded.clear()
        assert len(store.search("ZEBRAFINCH numero", 50)) == 50
        assert store.count_matching("zebrafinch NUMERO") == 60
    assert len(folded) <= 2  # the words searched, once per call


def test_a_reader_in_another_thread_sees_what_the_writer_committed(folder: Path) -> None:
    path = folder / "annotations.sqlite"

    def read_in_a_thread() -> object:
        answers: list[object] = []

        def read() -> None:
            with AnnotationStore.open(path, reader=True) as reader:
                answers.append((reader.read_only, reader.count_matching("zebrafinch"),
                                sorted(a.note for a in reader.search("zebrafinch"))))

        thread = threading.Thread(target=read)
        thread.start()
        thread.join()
        return answers[0]

    with AnnotationStore.open(path) as writer:
        writer.save([note("zebrafinch one")])
        assert read_in_a_thread() == (True, 1, ["zebrafinch one"])
        writer.save([note("zebrafinch two")])
        assert read_in_a_thread() == (True, 2, ["zebrafinch one", "zebrafinch two"])
        with (AnnotationStore.open(path, reader=True) as reader,
              pytest.raises(AnnotationsError, match="is read-only")):
            reader.add(note())
    missing = folder / "none.sqlite"
    with pytest.raises(AnnotationsError, match="no such file"):
        AnnotationStore.open(missing, reader=True)
    assert not missing.exists()
