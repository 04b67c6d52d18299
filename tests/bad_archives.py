"""Files that are not usable archives, made on demand, for every layer's robustness tests.

Each :data:`BAD_ARCHIVES` case makes one kind of bad file from a good archive and names the
words the one clear message about it must contain. The GUI (tests/gui/test_robustness.py) and
the CLI (tests/cli/test_bad_archives.py) run every case; the store's own tests
(tests/archive/test_store.py) cover the same ground one level down.

"Without read permission" is a real refusal even when the tests run as root: root reads any
file because its threads carry CAP_DAC_OVERRIDE, so :func:`permissions_bind` drops that
capability (and CAP_DAC_READ_SEARCH) from the *calling thread's* effective set for the
duration, and the kernel answers EACCES as it would to anyone else. Qt-free on purpose.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from viewer.archive.schema import SCHEMA_VERSION

#: What a case does to the program that meets it.
REFUSED = "refused"  # opening it fails with the message
DAMAGED = "damaged"  # it opens; reading may meet the damage (the message), --check finds it
WORKS = "works"  # it opens and everything works: the oddity is harmless

Maker = Callable[[Path, Path], "Path | None"]


@dataclass(frozen=True)
class BadArchive:
    name: str
    make: Maker  # (good archive, path to create) → the path to open, if not that one
    words: str  # a regular expression the message must match
    kind: str = REFUSED


def _copy(good: Path, target: Path) -> None:
    shutil.copy(good, target)


def _execute(target: Path, *statements: str) -> None:
    conn = sqlite3.connect(target)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def _missing(good: Path, target: Path) -> None:
    pass


def _directory(good: Path, target: Path) -> None:
    target.mkdir()


def _zero_bytes(good: Path, target: Path) -> None:
    target.write_bytes(b"")


def _random_bytes(good: Path, target: Path) -> None:
    target.write_bytes(os.urandom(16384))


def _text_file(good: Path, target: Path) -> None:
    target.write_text("actor,character\nJero Medina,Benjamín\n", encoding="utf-8")


def _header_only(good: Path, target: Path) -> None:
    """The SQLite magic string and nothing the header promises after it."""
    target.write_bytes(good.read_bytes()[:64])


def _truncated(good: Path, target: Path) -> None:
    data = good.read_bytes()
    target.write_bytes(data[: len(data) // 2])


def _damaged_table(good: Path, target: Path) -> None:
    """Garbage over the first page of the credits table: header intact, data not."""
    _copy(good, target)
    conn = sqlite3.connect(target)
    try:
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'credits'").fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    with target.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xa5" * page_size)


def _other_schema(good: Path, target: Path) -> None:
    _execute(target, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)",
             "INSERT INTO invoices VALUES (1, 9.5)")


def _newer_schema(good: Path, target: Path) -> None:
    _copy(good, target)
    _execute(target, f"PRAGMA user_version = {SCHEMA_VERSION + 1}")


def _no_schema_version(good: Path, target: Path) -> None:
    _copy(good, target)
    _execute(target, "PRAGMA user_version = 0")


def _missing_table(good: Path, target: Path) -> None:
    _copy(good, target)
    _execute(target, "DROP TABLE quotes")


def _unreadable(good: Path, target: Path) -> None:
    _copy(good, target)
    target.chmod(0)


# -- hostile files (issue 30): what an adversary would hand the viewer ------------------------


def _columns(good: Path, table: str) -> list[str]:
    conn = sqlite3.connect(good)
    try:
        return [str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})")]
    finally:
        conn.close()


def _altered(*statements: str) -> Maker:
    def make(good: Path, target: Path) -> None:
        _copy(good, target)
        _execute(target, *statements)
    return make


def _view_for_table(good: Path, target: Path) -> None:
    """A view with the table's name and columns: passes a check of names and columns."""
    _altered("ALTER TABLE episodes RENAME TO episodes_kept",
             "CREATE VIEW episodes AS SELECT * FROM episodes_kept")(good, target)


def _recursive_view(good: Path, target: Path) -> None:
    """Reading it never ends: an unbounded recursive CTE behind a contract table's name."""
    columns = ", ".join("n AS id" if c == "id" else f"NULL AS {c}"
                        for c in _columns(good, "episodes"))
    _altered("DROP TABLE episodes",
             "CREATE VIEW episodes AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL "
             f"SELECT n + 1 FROM r) SELECT {columns} FROM r")(good, target)


def _memory_hungry_view(good: Path, target: Path) -> None:
    """A gigabyte per row."""
    columns = ", ".join("zeroblob(1000000000) AS person" if c == "person" else f"c.{c}"
                        for c in _columns(good, "credits"))
    _altered("ALTER TABLE credits RENAME TO credits_kept",
             f"CREATE VIEW credits AS SELECT {columns} FROM credits_kept c")(good, target)


def _view_for_shadow_table(good: Path, target: Path) -> None:
    """FTS5 reads its index through SQL: a view in its place would run on every search."""
    _altered("DROP TABLE search_index_fts_data",
             "CREATE VIEW search_index_fts_data AS SELECT 1 AS id, x'00' AS block"
             )(good, target)


def _recursive_shadow_view(good: Path, target: Path) -> None:
    _altered("DROP TABLE search_index_fts_idx",
             "CREATE VIEW search_index_fts_idx AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL "
             "SELECT n + 1 FROM r) SELECT n AS segid, '' AS term, n AS pgno FROM r"
             )(good, target)


def _virtual_table_for_table(good: Path, target: Path) -> None:
    columns = ", ".join(_columns(good, "quotes"))
    _altered("DROP TABLE quotes", f"CREATE VIRTUAL TABLE quotes USING fts5({columns})"
             )(good, target)


def _generated_column(good: Path, target: Path) -> None:
    """A computed column makes a 100 MB value for every row read."""
    columns = ", ".join(f"{c} TEXT GENERATED ALWAYS AS (printf('%.*c', 100000000, 'x'))"
                        if c == "synopsis" else c for c in _columns(good, "episodes"))
    _altered("DROP TABLE episodes", f"CREATE TABLE episodes ({columns})")(good, target)


def _plain_table_for_index(good: Path, target: Path) -> None:
    _altered("DROP TABLE search_index_fts",
             "CREATE TABLE search_index_fts (title, body)",
             *(f"CREATE TABLE search_index_fts_{part} (id, block)"
               for part in ("data", "idx", "config", "docsize")))(good, target)


def _without_column(good: Path, target: Path) -> None:
    _altered("DROP INDEX idx_people_sort_name_id",
             "ALTER TABLE people DROP COLUMN sort_name")(good, target)


def _garbled_schema(good: Path, target: Path) -> None:
    """The schema's own text no longer parses."""
    _copy(good, target)
    conn = sqlite3.connect(target)
    try:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = 'CREATE TABLE quotes (((' "
                     "WHERE name = 'quotes'")
        conn.commit()
    finally:
        conn.close()


def _patched(offset: int, data: bytes) -> Maker:
    def make(good: Path, target: Path) -> None:
        _copy(good, target)
        with target.open("r+b") as fh:
            fh.seek(offset)
            fh.write(data)
    return make


def _page_of(good: Path, name: str, last: bool = False) -> tuple[int, int]:
    """The byte offset and size of a table's root page (or of the file's last page)."""
    conn = sqlite3.connect(good)
    try:
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        if last:
            return (int(conn.execute("PRAGMA page_count").fetchone()[0]) - 1) * page_size, \
                page_size
        root = int(conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                                (name,)).fetchone()[0])
        return (root - 1) * page_size, page_size
    finally:
        conn.close()


def _garbage_over(name: str, last: bool = False) -> Maker:
    def make(good: Path, target: Path) -> None:
        offset, size = _page_of(good, name, last)
        _patched(offset, b"\xa5" * size)(good, target)
    return make


def _wal_files(good: Path, target: Path) -> Path:
    """``target`` in WAL mode with a committed ``-wal`` beside it (copied while the writer
    was still open, as a crash or a copy made mid-session leaves it)."""
    work = target.with_name(f"work-{target.name}")
    _copy(good, work)
    conn = sqlite3.connect(work)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("UPDATE meta SET value = value WHERE key = 'builder_version'")
        conn.commit()
        shutil.copy(work, target)
        shutil.copy(work.with_name(work.name + "-wal"), target.with_name(target.name + "-wal"))
    finally:
        conn.close()
    for leftover in work.parent.glob(f"{work.name}*"):
        leftover.unlink()
    return target


def _wal_mode(good: Path, target: Path) -> None:
    _copy(good, target)
    _execute(target, "PRAGMA journal_mode = WAL")


def _wal_on_read_only_medium(good: Path, target: Path) -> Path:
    medium = target.parent / f"medium-{target.stem}"
    medium.mkdir()
    inside = _wal_files(good, medium / target.name)
    medium.chmod(0o555)
    return inside


def _wal_unreadable(good: Path, target: Path) -> None:
    _wal_files(good, target)
    target.with_name(target.name + "-wal").chmod(0)


def _unrelated_recursive_view(good: Path, target: Path) -> None:
    """A hanging view that no query of ours names: harmless, never run."""
    _altered("CREATE VIEW spin AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL "
             "SELECT n + 1 FROM r) SELECT n FROM r")(good, target)


def _trigger(good: Path, target: Path) -> None:
    """Triggers never fire: nothing writes."""
    _altered("CREATE TRIGGER spoil AFTER INSERT ON quotes BEGIN DELETE FROM people; END"
             )(good, target)


BAD_ARCHIVES: tuple[BadArchive, ...] = (
    BadArchive("missing", _missing, "There is no file"),
    BadArchive("directory", _directory, "is a folder"),
    BadArchive("zero-bytes", _zero_bytes, "is empty"),
    BadArchive("random-bytes", _random_bytes, "not an SQLite database"),
    BadArchive("text-file", _text_file, "not an SQLite database"),
    BadArchive("header-only", _header_only, "damaged|truncated|cannot be opened"),
    BadArchive("truncated", _truncated, "truncated|damaged"),
    BadArchive("damaged-table", _damaged_table, "damaged"),
    BadArchive("other-schema", _other_schema, "not a Somos archive"),
    BadArchive("newer-schema", _newer_schema, "newer than this viewer understands"),
    BadArchive("no-schema-version", _no_schema_version, "no archive schema version"),
    BadArchive("missing-table", _missing_table, "missing tables quotes"),
    BadArchive("unreadable", _unreadable, "cannot be read: permission denied. Check"),
    # Hostile files (issue 30).
    BadArchive("view-for-table", _view_for_table, "episodes is a view, not a table"),
    BadArchive("recursive-view", _recursive_view, "episodes is a view, not a table"),
    BadArchive("memory-hungry-view", _memory_hungry_view, "credits is a view, not a table"),
    BadArchive("view-for-index-table", _view_for_shadow_table,
               "search_index_fts_data is a view"),
    BadArchive("recursive-view-for-index-table", _recursive_shadow_view,
               "search_index_fts_idx is a view"),
    BadArchive("virtual-table-for-table", _virtual_table_for_table,
               "quotes is a virtual table, not a table"),
    BadArchive("generated-column", _generated_column, "computed columns \\(synopsis\\)"),
    BadArchive("plain-table-for-index", _plain_table_for_index,
               "search_index_fts is not the full-text index"),
    BadArchive("missing-index", _altered("DROP TABLE search_index_fts"),
               "missing tables search_index_fts"),
    # The claims' own index (schema 5): an older archive lacks it; one over another table's
    # content would read that table as it matched.
    BadArchive("missing-claims-index", _altered("DROP TABLE claims_fts"),
               "missing tables claims_fts"),
    BadArchive("older-schema", _altered("DROP TABLE claims_fts",
                                        f"PRAGMA user_version = {SCHEMA_VERSION - 1}"),
               "made by an older version of Somos Archive .* lacks what this version shows "
               "\\(the tables claims_fts\\)"),
    # The search index as schema 5 wrote it: a passage's heading as its title, weighed as a
    # record's name (no heading column). Older, not damaged: rebuilt, it ranks as it should.
    BadArchive("schema-5-search-index", _altered(
        "DROP TABLE search_index_vocab", "DROP TABLE search_index_fts",
        "UPDATE search_index SET title = heading WHERE tab = 'excerpts'",
        "ALTER TABLE search_index DROP COLUMN heading",
        "CREATE VIRTUAL TABLE search_index_fts USING FTS5 (title, body, content=search_index, "
        "tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
        "INSERT INTO search_index_fts(search_index_fts) VALUES('rebuild')",
        f"PRAGMA user_version = {SCHEMA_VERSION - 1}"),
               "made by an older version of Somos Archive .* lacks what this version shows "
               "\\(the search index it reads\\)"),
    # People as schema 6 wrote them: no spelling_note_parts (schema 7 added it). Older, not
    # altered: the message says so, not "not written by this version's builder".
    BadArchive("schema-6-people", _altered(
        "ALTER TABLE people DROP COLUMN spelling_note_parts",
        f"PRAGMA user_version = {SCHEMA_VERSION - 1}"),
               "made by an older version of Somos Archive .* lacks what this version shows "
               "\\(the columns spelling_note_parts of the table people\\)"),
    # Facts and claims as schema 7 wrote them: every table and column there, but the values'
    # sort keys folded text ("71" before "7.1" before "7"). Older: refused, not misread.
    BadArchive("schema-7-value-keys", _altered(
        "UPDATE facts SET value_sort = lower(value)",
        "UPDATE claims SET value_sort = lower(value)",
        "PRAGMA user_version = 7"),
               "made by an older version of Somos Archive \\(archive schema 7; this version "
               f"reads schema {SCHEMA_VERSION}\\) and lacks what this version shows \\(facts "
               "and claims in the order of their values"),
    # Disagreements as schema 8 wrote them: one row per side, spans of other values in it.
    BadArchive("schema-8-disagreement-rows", _altered("PRAGMA user_version = 8"),
               "made by an older version of Somos Archive \\(archive schema 8; this version "
               f"reads schema {SCHEMA_VERSION}\\) and lacks what this version shows \\(each "
               "value of a disagreement"),
    # Quotes as schema 9 wrote them: no quote_links (a quote stated twice, schema 10).
    BadArchive("schema-9-no-quote-links", _altered("DROP TABLE quote_links",
                                                   "PRAGMA user_version = 9"),
               "made by an older version of Somos Archive \\(archive schema 9; this version "
               f"reads schema {SCHEMA_VERSION}\\) and lacks what this version shows \\(the "
               "tables quote_links\\)"),
    # Credits and people as schema 11 wrote them: no reason on an inferred credit (schema 12),
    # which the window would show as a plain role. Older: refused, not misread.
    BadArchive("schema-11-credits", _altered(
        "ALTER TABLE credits DROP COLUMN inferred",
        "ALTER TABLE credits DROP COLUMN inferred_parts",
        "ALTER TABLE people DROP COLUMN inferred_roles", "PRAGMA user_version = 11"),
               "made by an older version of Somos Archive \\(archive schema 11; this version "
               f"reads schema {SCHEMA_VERSION}\\) and lacks what this version shows \\(the "
               "columns"),
    BadArchive("search-index-other-columns", _altered(
        "DROP TABLE search_index_vocab", "DROP TABLE search_index_fts",
        "CREATE VIRTUAL TABLE search_index_fts USING FTS5 (body, title, heading, "
        "content=search_index, tokenize='unicode61 remove_diacritics 2')",
        "INSERT INTO search_index_fts(search_index_fts) VALUES('rebuild')"),
               "search_index_fts is not the full-text index"),
    BadArchive("claims-index-with-content",
               _altered("DROP TABLE claims_fts",
                        "CREATE VIRTUAL TABLE claims_fts USING fts5(title, body, "
                        "content='quotes')",
                        "CREATE TABLE claims_fts_content (id INTEGER PRIMARY KEY, c0, c1)"),
               "claims_fts is not the full-text index"),
    # A foreign index in its place: other columns, or a tokenizer that keeps accents.
    BadArchive("claims-index-other-columns",
               _altered("DROP TABLE claims_fts",
                        "CREATE VIRTUAL TABLE claims_fts USING fts5(a, b)"),
               "claims_fts is not the full-text index"),
    BadArchive("claims-index-keeping-accents",
               _altered("DROP TABLE claims_fts", "CREATE VIRTUAL TABLE claims_fts USING "
                        "fts5(title, body, tokenize='unicode61 remove_diacritics 0')"),
               "claims_fts is not the full-text index"),
    # Its structure garbled, it reads as empty: refused at open, not "no matches" in every
    # filter.
    BadArchive("claims-index-structure-garbled",
               _altered("UPDATE claims_fts_data SET block = x'ffffffff' WHERE id = 10"),
               "full-text index claims_fts is damaged"),
    # Both a table and its index gone: each is named (an index's shadow tables are not).
    BadArchive("missing-claims-and-index", _altered("DROP TABLE claims", "DROP TABLE claims_fts"),
               "missing tables claims, claims_fts;"),
    BadArchive("view-for-claims-index-table",
               _altered("DROP TABLE claims_fts_data",
                        "CREATE VIEW claims_fts_data AS SELECT 1 AS id, x'00' AS block"),
               "claims_fts_data is a view"),
    BadArchive("missing-column", _without_column, "people lacks columns sort_name"),
    BadArchive("negative-schema-version", _altered("PRAGMA user_version = -1"),
               "no archive schema version"),
    BadArchive("foreign-application-id", _altered("PRAGMA application_id = 1"),
               "not a Somos archive"),
    BadArchive("garbled-schema", _garbled_schema, "is damaged"),
    BadArchive("index-version-garbled",
               _altered("UPDATE search_index_fts_config SET v = 99 WHERE k = 'version'"),
               "is damaged"),
    BadArchive("page-count-lie", _patched(28, b"\x7f\xff\xff\xff"), "truncated|damaged"),
    BadArchive("wal-mode", _wal_mode, "is in WAL mode"),
    BadArchive("wal-on-read-only-medium", _wal_on_read_only_medium,
               "-wal file, which holds part of its content, cannot be read"),
    BadArchive("wal-unreadable", _wal_unreadable, "-wal file cannot be read: permission"),
    # Damage that passes the checks on open: reading may meet it, --check finds it.
    BadArchive("garbage-in-last-page", _garbage_over("", last=True), "is damaged|malformed",
               DAMAGED),
    BadArchive("index-rows-deleted",
               _altered("DELETE FROM search_index_fts_data WHERE id > 10 AND rowid % 3 = 0"),
               "index search_index_fts does not match|is damaged", DAMAGED),
    BadArchive("index-blocks-garbled",
               _altered("UPDATE search_index_fts_data SET block = randomblob(length(block)) "
                        "WHERE id > 10 AND rowid % 5 = 0"),
               "index search_index_fts does not match|is damaged", DAMAGED),
    BadArchive("index-sizes-deleted",
               _altered("DELETE FROM search_index_fts_docsize WHERE id % 2 = 0"),
               "index search_index_fts does not match", DAMAGED),
    BadArchive("index-structure-garbled",
               _altered("UPDATE search_index_fts_data SET block = x'ffffffff' WHERE id = 10"),
               "index search_index_fts does not match", DAMAGED),
    # The claims' own index, damaged where opening cannot see it: --check names it.
    BadArchive("claims-index-sizes-deleted",
               _altered("DELETE FROM claims_fts_docsize WHERE id % 2 = 0"),
               "index claims_fts does not match", DAMAGED),
    BadArchive("index-content-deleted", _altered("DELETE FROM search_index WHERE id % 2 = 0"),
               "index search_index_fts does not match", DAMAGED),
    BadArchive("garbage-in-an-index", _garbage_over("idx_people_sort_name_id"),
               "is damaged|malformed", DAMAGED),
    BadArchive("malformed-list-cell",
               _altered("UPDATE people SET variants = '[\"Maynée' WHERE id = 3"),
               "people row 3: variants is not a JSON list", DAMAGED),
    BadArchive("list-cell-not-a-list",
               _altered("UPDATE credits SET sources = '{\"a\": 1}' WHERE id = 1"),
               "credits row 1: sources is not a JSON list", DAMAGED),
    BadArchive("text-in-a-number-cell",
               _altered("UPDATE episodes SET number = 'three' WHERE number = 3"),
               "episodes row 3: number is not a whole number", DAMAGED),
    # Oddities that are harmless.
    BadArchive("unrelated-recursive-view", _unrelated_recursive_view, "", WORKS),
    BadArchive("trigger", _trigger, "", WORKS),
    # The indexes' statements as archives of schema 5 built before quote_identifier wrote them.
    BadArchive("index-names-in-brackets", _altered(
        "PRAGMA writable_schema = ON",
        "UPDATE sqlite_master SET sql = replace(replace(replace(sql, "
        "'\"search_index_fts\"', '[search_index_fts]'), "
        "'content=\"search_index\"', 'content=[search_index]'), "
        "'\"claims_fts\"', '[claims_fts]') WHERE name IN ('search_index_fts', 'claims_fts')"),
               "", WORKS),
)
REFUSED_ARCHIVES = tuple(c for c in BAD_ARCHIVES if c.kind == REFUSED)
OPENED_ARCHIVES = tuple(c for c in BAD_ARCHIVES if c.kind != REFUSED)


def make_bad_archive(case: BadArchive, good: Path, folder: Path) -> Path:
    target = folder / f"{case.name}.sqlite"
    return case.make(good, target) or target


def make_read_only_medium(good: Path, folder: Path) -> Path:
    """A good archive in a folder nobody may write to (as on a CD or a read-only mount)."""
    medium = folder / "medium"
    medium.mkdir()
    target = medium / "somos.sqlite"
    shutil.copy(good, target)
    medium.chmod(0o555)
    return target


def restore_permissions(folder: Path) -> None:
    """Let pytest clean up what the cases locked."""
    for path in [folder, *folder.rglob("*")]:
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() else 0o644)


# -- making permissions bind for root --------------------------------------------------------

_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH = 1, 2
_CAPABILITY_V3 = 0x20080522


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32),
                ("inheritable", ctypes.c_uint32)]


@contextmanager
def permissions_bind() -> Iterator[None]:
    """File permissions apply to this thread even for root (see the module docstring).

    Threads started inside inherit the reduced set, so keep the block short. A no-op for
    other users; raises OSError where capabilities cannot be changed (not Linux).
    """
    if os.geteuid() != 0:
        yield
        return
    if not sys.platform.startswith("linux"):
        raise OSError("dropping root's file-permission override needs Linux capabilities")
    libc = ctypes.CDLL(None, use_errno=True)
    header = _CapHeader(_CAPABILITY_V3, 0)
    saved = (_CapData * 2)()
    if libc.capget(ctypes.byref(header), saved) != 0:
        raise OSError(ctypes.get_errno(), "capget failed")
    reduced = (_CapData * 2)()
    ctypes.memmove(reduced, saved, ctypes.sizeof(saved))
    reduced[0].effective &= ~((1 << _CAP_DAC_OVERRIDE) | (1 << _CAP_DAC_READ_SEARCH))
    if libc.capset(ctypes.byref(_CapHeader(_CAPABILITY_V3, 0)), reduced) != 0:
        raise OSError(ctypes.get_errno(), "capset failed")
    try:
        yield
    finally:
        if libc.capset(ctypes.byref(_CapHeader(_CAPABILITY_V3, 0)), saved) != 0:
            raise OSError(ctypes.get_errno(), "could not restore this thread's capabilities")


# -- a large document (issue 30: search must not grow with the square of a row) -------------

BIG_DOCUMENT_BYTES = 50 * 1024 * 1024


def make_big_document(good: Path, target: Path, size: int = BIG_DOCUMENT_BYTES) -> Path:
    """The good archive plus one ``size``-byte document made of the real seeds' words, read
    as a single passage and indexed as one search row: what a seed without paragraph breaks,
    or a file made to stall search, holds."""
    _copy(good, target)
    conn = sqlite3.connect(target)
    try:
        texts = [str(r[0]) for r in conn.execute("SELECT text FROM sources ORDER BY id")]
        unit = "\n".join(texts)
        text = (unit * (size // len(unit.encode("utf-8")) + 1))[:size]
        source_id = int(conn.execute("SELECT max(id) + 1 FROM sources").fetchone()[0])
        excerpt_id = int(conn.execute("SELECT max(id) + 1 FROM excerpts").fetchone()[0])
        row_id = int(conn.execute("SELECT max(id) + 1 FROM search_index").fetchone()[0])
        file = "big_document.txt"
        conn.execute(
            "INSERT INTO sources (id, file, title, site, kind, language, date, sha256, "
            "char_count, sources, text) VALUES (?, ?, 'A very long document', '', 'notes', "
            "'en', NULL, '', ?, ?, ?)", (source_id, file, len(text), f'["{file}"]', text))
        conn.execute(
            'INSERT INTO excerpts (id, source_id, source, seq, section, kind, text, start, '
            '"end", sources) VALUES (?, ?, ?, 1, \'The whole document\', \'paragraph\', ?, 0, '
            '?, ?)', (excerpt_id, source_id, file, text, len(text), f'["{file}"]'))
        conn.execute(
            "INSERT INTO search_index (id, record_table, tab, record_id, source_id, title, "
            "heading, body) VALUES (?, 'excerpts', 'excerpts', ?, ?, '', 'The whole document', ?)",
            (row_id, excerpt_id, source_id, text))
        conn.execute("INSERT INTO search_index_fts (rowid, title, body, heading) "
                     "SELECT id, title, body, heading FROM search_index WHERE id = ?", (row_id,))
        conn.commit()
    finally:
        conn.close()
    return target
