"""Opening archives (good, foreign, broken) and reading them without ever writing."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.bad_archives import permissions_bind
from viewer.archive import store
from viewer.archive.connection import BoundedConnection, connect_read_only
from viewer.archive.extract.base import fold
from viewer.archive.page_records import LazyRecords
from viewer.archive.records.documents import Excerpt
from viewer.archive.records.statements import Fact
from viewer.archive.schema import SCHEMA_VERSION
from viewer.archive.store import Archive, ArchiveError
from viewer.archive.tables import TABLE_SPECS


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _copy(archive_path: Path, tmp_path: Path) -> Path:
    target = tmp_path / "copy.sqlite"
    shutil.copy(archive_path, target)
    return target


def test_opening_an_archive_and_reading_a_page_imports_only_what_that_needs(
        archive_path: Path) -> None:
    """Searching, the charts and their dates, the builder and the extractors are imported by
    the methods that need them: a start that opens an archive and shows a page does not. A
    fresh interpreter, so that what other tests imported does not count."""
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from viewer.archive.store import Archive
        with Archive.open(Path({str(archive_path)!r})) as archive:
            assert archive.page("episodes", limit=100).records[0].number == 1
        print(sorted(m for m in sys.modules if m.startswith("viewer.")))
    """)
    modules = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parents[2],
                             capture_output=True, text=True, check=True).stdout.strip()
    assert "viewer.archive.store" in modules  # the probe ran
    later = ("search", "charts", "dates", "build", "manifest", "extract")
    assert [m for m in later if f"'viewer.archive.{m}" in modules] == []


def test_opening_reads_no_document_text(archive_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The check on open reads each table's first row as a page reads it: a source
    document's whole text (megabytes, at a thousand documents) is read when the document is
    opened, not on every start."""
    statements: list[str] = []

    def traced(path: Path, **kwargs: object) -> BoundedConnection:
        conn = connect_read_only(path, **kwargs)  # type: ignore[arg-type]
        conn.set_trace_callback(statements.append)
        return conn

    monkeypatch.setattr(store, "connect_read_only", traced)
    with Archive.open(archive_path):
        pass
    reads = [sql for sql in statements if 'FROM "sources"' in sql]
    assert reads and all('"text"' not in sql and "*" not in sql for sql in reads), reads


def test_opens_read_only(archive_path: Path) -> None:
    with Archive.open(archive_path) as archive, pytest.raises(sqlite3.OperationalError):
        archive._conn.execute("DELETE FROM people")


def _random_bytes(p: Path) -> None:
    p.write_bytes(os.urandom(8192))


def _other_schema(p: Path) -> None:
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: None, "no file"),
        (lambda p: p.mkdir(), "folder"),
        (lambda p: p.write_bytes(b""), "empty"),
        (_random_bytes, "not an SQLite database"),
        (lambda p: p.write_text("id,name\n1,Benjamín\n"), "not an SQLite database"),
        (_other_schema, "not a Somos archive"),
    ],
    ids=["missing", "directory", "zero-bytes", "random-bytes", "csv", "other-schema"],
)
def test_bad_files_give_one_clear_message(tmp_path: Path, make, words: str) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "candidate.sqlite"
    make(target)
    with pytest.raises(ArchiveError, match=words):
        Archive.open(target)


def test_a_newer_schema_is_refused_with_advice(archive_path: Path, tmp_path: Path) -> None:
    newer = _copy(archive_path, tmp_path)
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(ArchiveError, match=r"newer than this viewer understands.*Update"):
        Archive.open(newer)


def test_a_truncated_archive_is_reported(archive_path: Path, tmp_path: Path) -> None:
    cut = _copy(archive_path, tmp_path)
    data = cut.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(ArchiveError, match=r"truncated|damaged"):
        Archive.open(cut)


def test_a_missing_table_is_reported(archive_path: Path, tmp_path: Path) -> None:
    broken = _copy(archive_path, tmp_path)
    conn = sqlite3.connect(broken)
    conn.execute("DROP TABLE quotes")
    conn.commit()
    conn.close()
    with pytest.raises(ArchiveError, match="missing tables quotes"):
        Archive.open(broken)


def test_an_unreadable_file_is_reported(archive_path: Path, tmp_path: Path) -> None:
    locked = _copy(archive_path, tmp_path)
    locked.chmod(0)
    try:
        with permissions_bind(), pytest.raises(ArchiveError, match="permission denied"):
            Archive.open(locked)  # as root too: permissions_bind makes them apply
    finally:
        locked.chmod(0o644)


def test_a_file_in_a_read_only_folder_opens(archive_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "medium"
    folder.mkdir()
    target = folder / "somos.sqlite"
    shutil.copy(archive_path, target)
    folder.chmod(0o555)
    try:
        with permissions_bind(), Archive.open(target) as archive:
            assert archive.count("sources") == 4
        assert sorted(p.name for p in folder.iterdir()) == ["somos.sqlite"]
    finally:
        folder.chmod(0o755)


def test_reading_everything_changes_nothing(archive_path: Path, tmp_path: Path) -> None:
    target = _copy(archive_path, tmp_path)
    before = _sha(target)
    with Archive.open(target) as archive:
        for table in TABLE_SPECS:
            records = list(archive.iter_records(table))
            for record in records[:5]:
                archive.provenance(table, record.id)
                archive.related(table, record.id)
        archive.search("chayo OR benjamin")
    assert _sha(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.sqlite"]


def test_keyset_pages_cover_every_row_once_in_order(archive: Archive) -> None:
    for table in TABLE_SPECS:
        for col in [c for c in TABLE_SPECS[table].columns if c.sortable]:
            for descending in (False, True):
                ids = [r.id for r in archive.iter_records(
                    table, sort=col.key, descending=descending, chunk=7)]
                assert len(ids) == len(set(ids)) == archive.count(table), (table, col.key)


@pytest.mark.parametrize("filter_text", ["", "the", "benjamin"])
def test_a_page_read_by_position_holds_the_rows_at_that_position(
        archive: Archive, filter_text: str) -> None:
    """Ctrl+End skips pages whose keyset position nobody knows; read by position (forwards
    near the start, backwards from the end near the end) they must be exactly those rows."""
    checked = 0
    for table in ("cast", "excerpts", "facts"):
        total = archive.count(table, filter_text)
        if total < 5:
            continue
        for key in ["id", *(c.key for c in TABLE_SPECS[table].columns if c.sortable)]:
            for descending in (False, True):
                ids = [r.id for r in archive.iter_records(
                    table, sort=key, descending=descending, filter_text=filter_text)]
                assert len(ids) == total
                for start, limit in ((1, 3), (total // 3, 4), (total - 4, 3), (total - 2, 5)):
                    page = archive.page(table, sort=key, descending=descending,
                                        filter_text=filter_text, start=start, limit=limit,
                                        total=total)
                    got = [r.id for r in page.records]
                    assert got == ids[start:start + limit], (table, key, descending, start)
                    after_last = start + limit < total
                    assert (page.next_after is not None) == after_last, (table, key, start)
                    if after_last:  # the keyset position after it goes on from there
                        assert page.next_after is not None
                        following = archive.page(table, sort=key, descending=descending,
                                                 filter_text=filter_text,
                                                 after=page.next_after, limit=2)
                        assert [r.id for r in following.records] == ids[start + limit:
                                                                          start + limit + 2]
                    checked += 1
    assert checked >= 40  # every table, sort and direction, four positions each


def test_names_sort_accent_and_case_blind(archive: Archive) -> None:
    names = [r.actor for r in archive.iter_records("cast", sort="actor")]  # type: ignore[union-attr]
    assert names == sorted(names, key=fold)
    assert names.index("Óscar Guzmán") < names.index("Rafa Celestino")  # Ó among the O's
    backwards = [r.actor for r in archive.iter_records("cast", sort="actor", descending=True)]  # type: ignore[union-attr]
    assert backwards == sorted(names, key=fold, reverse=True)


def test_other_columns_sort_by_value(archive: Archive) -> None:
    numbers = [r.number for r in archive.iter_records("episodes", sort="number",  # type: ignore[union-attr]
                                                      descending=True)]
    assert numbers == [6, 5, 4, 3, 2, 1]


def test_filter_narrows_accent_blind(archive: Archive) -> None:
    total = archive.count("cast")
    narrowed = archive.count("cast", "benjamin")
    assert 0 < narrowed < total
    assert {r.character for r in archive.iter_records("cast", filter_text="benjamin")} == {  # type: ignore[union-attr]
        "Benjamín"}


def test_provenance_points_into_the_source(archive: Archive) -> None:
    record = next(r for r in archive.iter_records("cast") if r.actor == "Jero Medina")  # type: ignore[union-attr]
    spans = archive.provenance("cast", record.id)
    assert spans
    files = {s.source_file for s in spans}
    assert "003_3cc1b96a3044e0a6.txt" in files
    for span in spans:
        text = archive.source_text(span.source_id)[span.start:span.end]
        assert text.strip()


def test_related_links_follow_actor_to_character_to_storyline(archive: Archive) -> None:
    chayo = next(r for r in archive.iter_records("cast") if r.character == "Doña Chayo")  # type: ignore[union-attr]
    links = archive.related("cast", chayo.id)
    assert {"person", "character", "storyline"} <= {link.relation for link in links}


def test_the_same_fact_from_other_sources_is_linked_by_source(archive: Archive) -> None:
    """Identical titles would hide which source each link leads to; the label names it."""
    fact = next(f for f in archive.page("facts", limit=500).records
                if isinstance(f, Fact) and f.topic == "episode_count")
    links = archive.related("facts", fact.id)
    others = archive.get_many("facts", [link.id for link in links])
    kinds = {s.file: s.kind for s in archive.sources()}
    assert links and all(link.relation == "same fact elsewhere" for link in links)
    for link, other in zip(links, others, strict=True):
        assert isinstance(other, Fact) and other.topic == fact.topic and other.id != fact.id
        assert link.label.endswith(f" · {kinds[other.source]}")
    assert len({link.label for link in links}) == len(links)


def test_a_page_finds_a_record_by_id_without_building_any(archive: Archive) -> None:
    conn = sqlite3.connect(archive.path.resolve().as_uri() + "?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    rows = conn.execute("SELECT * FROM excerpts ORDER BY text LIMIT 100").fetchall()
    conn.close()
    built: list[int] = []

    def build(row: sqlite3.Row) -> Excerpt:
        built.append(row["id"])
        record = TABLE_SPECS["excerpts"].build(row)
        assert isinstance(record, Excerpt)
        return record

    records = LazyRecords(rows, build)
    ids = [row["id"] for row in rows]
    assert ids != sorted(ids)
    assert [records.find(i) for i in ids] == list(range(100))
    assert records.find(max(ids) + 10_000) is None
    assert built == []
    assert records[records.find(ids[7]) or 0].id == ids[7]


def test_a_page_builds_each_record_once_when_first_read(archive: Archive) -> None:
    """Pages travel from a worker to the GUI thread unbuilt (see LazyRecords)."""
    page = archive.page("excerpts", limit=30)
    assert len(page.records) == 30
    first = page.records[0]
    assert page.records[0] is first  # built once, then kept
    assert [r.id for r in page.records[:3]] == [page.records[i].id for i in range(3)]
    ids = [r.id for r in page.records]
    assert ids == sorted(ids) and len(set(ids)) == 30
    with pytest.raises(IndexError):
        page.records[30]


def test_a_document_is_read_whole_for_the_reader(archive: Archive) -> None:
    """What the source reader's worker reads of a document: the same record, text and
    passage bounds as asked for one by one; a document the archive lacks is a KeyError."""
    for source in archive.sources():
        document = archive.source_document(source.id)
        assert document.source == source
        assert document.text == archive.source_text(source.id)
        assert document.passages == archive.source_passage_bounds(source.id)
        assert document.passages and all(p.end <= len(document.text) for p in document.passages)
    with pytest.raises(KeyError):
        archive.source_document(999_999)


def test_source_names_are_each_sources_file_kind_and_title_in_id_order(archive: Archive) -> None:
    names = archive.source_names()
    assert names == [(s.file, s.kind, s.title) for s in archive.sources()]
    assert len(names) == 4


@pytest.mark.parametrize("table", sorted(TABLE_SPECS))
def test_a_tables_pages_in_its_default_order_are_read_through_an_index(
        archive: Archive, table: str) -> None:
    """A tab's first page is read on the GUI thread, before the window paints it: in an order
    no index gives, SQLite sorts every row for each page (Cast and Facts at a million
    excerpts: 41 ms a page, the window waiting; Episodes 6 ms of every start)."""
    spec = TABLE_SPECS[table]
    statements: list[str] = []
    archive._conn.set_trace_callback(statements.append)
    try:
        first = archive.page(table, sort=spec.default_sort, limit=2)
        archive.page(table, sort=spec.default_sort, limit=2, after=first.next_after)
    finally:
        archive._conn.set_trace_callback(None)
    pages = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(pages) == 2
    for sql in pages:
        plan = " ".join(row[3] for row in archive._conn.execute("EXPLAIN QUERY PLAN " + sql))
        assert "TEMP B-TREE" not in plan, (table, plan)


def test_row_counts_that_are_not_json_are_counted_instead(archive_path: Path,
                                                          tmp_path: Path) -> None:
    """The builder's row counts are read once, at open; garbled, they are not trusted (the
    tabs count their rows as for an archive that has none) and the archive still opens."""
    import shutil
    import sqlite3

    from viewer.archive.schema import ROW_COUNTS_KEY

    copy = tmp_path / "copy.sqlite"
    shutil.copy(archive_path, copy)
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE meta SET value = '{not json' WHERE key = ?", (ROW_COUNTS_KEY,))
    conn.close()
    with Archive.open(copy) as archive:
        assert archive.row_count("cast") is None
        assert archive.count("cast") > 0
