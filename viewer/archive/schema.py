"""The archive's contract: its tables, its full-text index and its version.

Any SQLite tool can read an archive; the viewer relies on exactly what is declared here. Bump
:data:`SCHEMA_VERSION` on any change a reader could notice — the viewer refuses archives newer
than the version it knows, rather than misreading them.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # only the builder writes; readers never pay for importing sqlite-utils
    import sqlite_utils

#: ``PRAGMA user_version`` of archives this code writes and the newest it reads.
SCHEMA_VERSION = 2
#: ``PRAGMA application_id``: tells a Somos archive from any other SQLite file ("SOMO").
APPLICATION_ID = 0x534F4D4F

#: The tokenizer folds case and accents, so "Benjamin" finds "Benjamín" and "nino" "niño".
FTS_TOKENIZE = "unicode61 remove_diacritics 2"
#: Prefix indexes keep as-you-type prefixes ("ca*") fast on large archives.
FTS_PREFIX = "2 3"

SEARCH_TABLE = "search_index"
SEARCH_FTS = "search_index_fts"

_T, _I = str, int

#: Physical tables: name → (columns in order, primary key). Lists are stored as JSON text.
TABLES: dict[str, dict[str, Any]] = {
    # A document's text goes last: SQLite reaches a column stored after a long value only by
    # walking that value's overflow pages, so listing a thousand sources would read them all.
    # ``author`` and the citation fields come from seeds/sources.toml; ``curated`` lists (as
    # JSON) the fields the document itself does not state, each "field: reason".
    "sources": {"id": _I, "file": _T, "title": _T, "site": _T, "kind": _T, "language": _T,
                "date": _T, "author": _T, "citation_type": _T, "curated": _T, "sha256": _T,
                "char_count": _I, "sources": _T, "text": _T},
    "excerpts": {"id": _I, "source_id": _I, "source": _T, "seq": _I, "section": _T,
                 "kind": _T, "text": _T, "start": _I, "end": _I, "sources": _T},
    "episodes": {"id": _I, "number": _I, "title": _T, "directors": _T, "writers": _T,
                 "release_date": _T, "runtime_minutes": _I, "synopsis": _T, "sources": _T},
    # *_sort columns hold accent- and case-folded names, so "Álvaro" sorts among the A's.
    "people": {"id": _I, "name": _T, "sort_name": _T, "variants": _T, "roles": _T,
               "sources": _T},
    "characters": {"id": _I, "name": _T, "sort_name": _T, "actors": _T, "storylines": _T,
                   "description": _T,
                   "sources": _T},
    "credits": {"id": _I, "category": _T, "person_id": _I, "person": _T, "person_sort": _T,
                "role": _T, "role_as_stated": _T, "character_id": _I, "character": _T,
                "character_sort": _T,
                "professional": _I, "episodes": _T, "sources": _T},
    "storylines": {"id": _I, "seq": _I, "title": _T, "characters": _T, "summary": _T,
                   "sources": _T},
    "storyline_characters": {"storyline_id": _I, "character_id": _I},
    "quotes": {"id": _I, "person_id": _I, "speaker": _T, "role": _T, "character": _T,
               "text": _T, "sources": _T},
    "facts": {"id": _I, "topic": _T, "label": _T, "value": _T, "stated": _T, "statement": _T,
              "source_id": _I, "source": _T, "sources": _T},
    # One row per span. Spans of one stated value share ``statement_id``; ``text`` is what the
    # seed says there (cleaned of furniture), ``value`` the reading the record stores.
    "provenance": {"id": _I, "record_table": _T, "record_id": _I, "field": _T,
                   "statement_id": _I, "source_id": _I, "start": _I, "end": _I, "text": _T,
                   "value": _T},
    SEARCH_TABLE: {"id": _I, "record_table": _T, "record_id": _I, "source_id": _I, "title": _T,
                   "body": _T},
    "meta": {"key": _T, "value": _T},
}

PRIMARY_KEYS: dict[str, str | tuple[str, ...]] = {
    "storyline_characters": ("storyline_id", "character_id"),
    "meta": "key",
}

FOREIGN_KEYS: dict[str, list[tuple[str, str, str]]] = {
    "excerpts": [("source_id", "sources", "id")],
    "credits": [("person_id", "people", "id"), ("character_id", "characters", "id")],
    "storyline_characters": [("storyline_id", "storylines", "id"),
                             ("character_id", "characters", "id")],
    "quotes": [("person_id", "people", "id")],
    "facts": [("source_id", "sources", "id")],
    "provenance": [("source_id", "sources", "id")],
}

#: Indexes that make keyset pages and lookups cheap at a million rows. Every table's default
#: order has one (a tab's first page is read before the window paints it; without, SQLite
#: sorted all the rows for each page: Cast and Facts 41 ms a page at a million excerpts).
INDEXES: list[tuple[str, tuple[str, ...]]] = [
    ("episodes", ("number", "id")),
    ("storylines", ("seq", "id")),
    ("facts", ("label", "id")),
    ("credits", ("category", "id")),
    ("excerpts", ("source_id", "seq")),
    ("excerpts", ("section", "id")),
    ("excerpts", ("kind", "id")),
    ("excerpts", ("source", "id")),
    ("credits", ("category", "person_sort", "id")),
    ("credits", ("category", "character_sort", "id")),
    ("people", ("sort_name", "id")),
    ("characters", ("sort_name", "id")),
    ("credits", ("category", "role", "id")),
    ("credits", ("person_id",)),
    ("credits", ("character_id",)),
    ("quotes", ("person_id",)),
    ("facts", ("topic", "id")),
    ("provenance", ("record_table", "record_id")),
    (SEARCH_TABLE, ("record_table", "record_id")),
]


def create_schema(db: sqlite_utils.Database) -> None:
    """Create every table, index and the FTS index in an empty database."""
    for name, columns in TABLES.items():
        db[name].create(  # type: ignore[union-attr]
            columns,
            pk=PRIMARY_KEYS.get(name, "id"),
            foreign_keys=FOREIGN_KEYS.get(name, []),
        )
    for table, cols in INDEXES:
        db[table].create_index(cols)  # type: ignore[union-attr]


def create_search_index(db: sqlite_utils.Database) -> None:
    """Build the FTS5 index over ``search_index`` once its rows are written.

    Written as sqlite-utils' ``enable_fts`` would write it (external content, same names, so
    sqlite-utils and Datasette detect it), plus ``prefix=``, which ``enable_fts`` cannot set.
    """
    db.execute(
        f"CREATE VIRTUAL TABLE [{SEARCH_FTS}] USING FTS5 (title, body, "
        f"content=[{SEARCH_TABLE}], tokenize='{FTS_TOKENIZE}', prefix='{FTS_PREFIX}')"
    )
    db.execute(f"INSERT INTO [{SEARCH_FTS}]([{SEARCH_FTS}]) VALUES('rebuild')")
    # Titles weigh ten times the body: a name in a record's title beats a passing mention.
    db.execute(
        f"INSERT INTO [{SEARCH_FTS}]([{SEARCH_FTS}], rank) VALUES('rank', 'bm25(10.0, 1.0)')")
    db.execute(f"INSERT INTO [{SEARCH_FTS}]([{SEARCH_FTS}], rank) VALUES('integrity-check', 1)")


def stamp(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def fts5_available() -> bool:
    """Some Python builds ship SQLite without FTS5; the viewer says so instead of failing later."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.probe USING fts5(a)")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        conn.close()
