"""The archive's contract: its tables, its full-text index and its version.

Any SQLite tool can read an archive; the viewer relies on exactly what is declared here. Bump
:data:`SCHEMA_VERSION` on any change a reader could notice — the viewer refuses archives newer
than the version it knows, rather than misreading them.
"""

from __future__ import annotations

import functools
import json
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # only the builder writes; readers never pay for importing sqlite-utils
    import sqlite_utils

#: ``PRAGMA user_version`` of archives this code writes and the newest it reads.
#: 2: claims and the entity tables (issue 25); 3: sort-key columns, SORT_KEYS (issue 28);
#: 4: people's and credits' family names, ``surname`` and ``surname_sort`` (issue 28);
#: 5: claims' own full-text index, :data:`FILTER_INDEXES` (``claims.search_id`` dropped);
#: 6: the search index's ``heading`` column, a passage's heading apart from record titles;
#: 7: ``provenance.reason_parts`` and ``people.spelling_note_parts``, the builder's reasons
#: as messages and arguments, said in the reader's language (viewer.archive.reasons);
#: 8: facts' and claims' ``value_sort`` orders numbers by size and dates by date
#: (:data:`VALUE_COLUMNS`), read through an index; an older archive's keys sorted them as text;
#: 9: ``disagreements.values`` one row per value stated in its own words, each with its
#: ``side`` (the agreeing values share one), ``claimed`` those values, ``summary`` the
#: sides'; claims of a person's role, a remark's versions, the series' directors;
#: ``disagreement_values.side``;
#: 10: ``quote_links``, a quote stated twice in the same words (viewer.archive.repeats);
#: 11: the search index's ``names`` column (an episode's directors and writers, ranked with
#: the titles) and ``label`` (the results' Record column when it is not the title: a quote's
#: speaker and its opening words);
#: 12: ``credits.inferred`` (and ``inferred_parts``), why a credit's role or person is read,
#: not stated; ``people.inferred_roles``, the roles only such credits give the person.
SCHEMA_VERSION = 12
#: ``PRAGMA application_id``: tells a Somos archive from any other SQLite file ("SOMO").
APPLICATION_ID = 0x534F4D4F

#: The tokenizer folds case and accents, so "Benjamin" finds "Benjamín" and "nino" "niño".
FTS_TOKENIZE = "unicode61 remove_diacritics 2"
#: Prefix indexes keep as-you-type prefixes ("ca*") fast on large archives.
FTS_PREFIX = "2 3"

#: What joins the headings of an excerpt's ``section`` path ("Wikipedia › Episodes"); the
#: extractors join with it, readers (a citation, the source reader) split on it.
SECTION_SEP = " › "

#: A ``meta`` key: each logical table's rows, counted by the builder (a JSON object), so a view
#: knows how many rows its scroll bar stands for without counting them. Archives without it
#: still open: their rows are counted by a worker.
ROW_COUNTS_KEY = "row_counts"


def json_list(value: list[Any]) -> str:
    """A list as the archive stores it in a column: JSON text (its readers rely on it)."""
    return json.dumps(value, ensure_ascii=False)


def read_row_counts(text: str | None) -> dict[str, int]:
    """The counts kept under :data:`ROW_COUNTS_KEY`; none that are odd or unreadable (those
    tables' rows are counted instead)."""
    try:
        counts = json.loads(text) if text else None
    except ValueError:
        return {}
    return {name: n for name, n in counts.items() if type(n) is int and n >= 0
            } if isinstance(counts, dict) else {}

SEARCH_TABLE = "search_index"
SEARCH_FTS = "search_index_fts"
#: The index's vocabulary (an ``fts5vocab`` table, one row per folded term): what "Did you
#: mean …?" suggests from. Made by the builder: a reader's connection is read-only.
SEARCH_VOCAB = "search_index_vocab"
#: The search index's columns, in order, each with its bm25 weight (the FTS table's ``rank``).
#: A name or title weighs ten times the body: a record named for the words beats a passing
#: mention. A passage's heading, shared by every passage of its section, weighs a fiftieth of
#: the body: it still counts (it finds the passage and breaks near ties), but a passage that
#: only sits under a heading with the words ranks below one whose own text states them. FTS5's
#: bm25 weighs each column's hits, then divides by the whole row's length, so the heading
#: must weigh that much less for a short passage under it to stay below a passage many times
#: longer that states the word once. Weighed as a title before schema 6, a heading put the
#: paragraphs under "Fact-Based Massacre" above one saying no one was charged for it.
#: ``names`` are the people a record is made of besides its title (an episode's directors and
#: writers): weighed as a title, and a record whose names or title hold every word of a
#: search comes before the passages that mention them (schema 11; in the body before, an
#: episode "schamus alvaro" made ranked below the excerpts naming both).
SEARCH_COLUMNS: dict[str, float] = {"title": 10.0, "body": 1.0, "heading": 0.02,
                                    "names": 10.0}

_T, _I = str, int


def quote_identifier(name: str) -> str:
    """``name`` as an SQL identifier: the one way every module of the data layer puts a
    table's, index's or column's name into SQL (double quotes, doubled inside). Here, with
    the names it quotes: every module that writes SQL already reads the contract."""
    return '"' + name.replace('"', '""') + '"'

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
    # ``surname`` is the family name the sources give (viewer/archive/extract/surnames.py),
    # NULL where they do not tell; ``surname_sort`` sorts by it, then by the given names (by
    # the whole name where it is NULL). ``spelling_note_parts``: the note as a message and
    # its arguments, as ``provenance.reason_parts``.
    "people": {"id": _I, "name": _T, "sort_name": _T, "surname": _T, "surname_sort": _T,
               "variants": _T, "roles": _T, "sources": _T, "spelling_note": _T,
               "spelling_note_parts": _T, "inferred_roles": _T},
    "characters": {"id": _I, "name": _T, "sort_name": _T, "actors": _T, "storylines": _T,
                   "description": _T, "sources": _T, "descriptions": _T},
    "credits": {"id": _I, "category": _T, "person_id": _I, "person": _T, "person_sort": _T,
                "surname": _T, "surname_sort": _T, "role": _T, "role_as_stated": _T,
                "character_id": _I, "character": _T, "character_sort": _T,
                "professional": _I, "episodes": _T, "sources": _T, "inferred": _T,
                "inferred_parts": _T},
    "storylines": {"id": _I, "seq": _I, "title": _T, "characters": _T, "summary": _T,
                   "sources": _T},
    "storyline_characters": {"storyline_id": _I, "character_id": _I},
    "quotes": {"id": _I, "person_id": _I, "speaker": _T, "role": _T, "character": _T,
               "text": _T, "sources": _T},
    "facts": {"id": _I, "topic": _T, "label": _T, "value": _T, "stated": _T, "statement": _T,
              "source_id": _I, "source": _T, "sources": _T},
    # Organisations, places, events, works and awards share one table (``kind`` tells them
    # apart, as ``category`` does cast and crew). ``relations`` is what the thing is to the
    # series, as read from the words next to it; ``variants`` every way the sources name it;
    # ``dates`` every date they give it, ``date`` the most precise that agrees with them all.
    "entities": {"id": _I, "kind": _T, "name": _T, "sort_name": _T, "relations": _T,
                 "date": _T, "dates": _T, "variants": _T, "people": _T, "inferred": _T,
                 "sources": _T},
    # Links of an entity to the people and the other entities its sentences tie to it
    # (viewer.archive.ties), each cited in ``provenance``: a person at the name (field
    # ``people``), a thing at the words that tie the two (field ``links``, on both things).
    "entity_links": {"entity_id": _I, "record_table": _T, "record_id": _I, "relation": _T},
    # Quotes linked to quotes: one speaker's words a source states twice
    # (viewer.archive.repeats), each pair both ways round.
    "quote_links": {"quote_id": _I, "other_id": _I, "relation": _T},
    # Every stated value as a claim (viewer.archive.claims): a subject, an attribute, a value,
    # the source; ``members`` the names of a set-valued claim (an episode's directors);
    # ``record_*`` the record stating it; ``disagreement_id`` the disagreement it is part of.
    "claims": {"id": _I, "subject": _T, "attribute": _T, "value": _T, "stated": _T,
               "kind": _T, "members": _T, "source_id": _I, "source": _T, "record_table": _T,
               "record_id": _I, "disagreement_id": _I, "sources": _T},
    # Subjects and attributes whose stated values do not agree (viewer.archive.claims).
    # ``values`` holds each value as stated, {value, side, sources, spans}: a span only under
    # the value its words state; values that agree share a ``side`` (1, 2, …). ``claimed``
    # just the values; ``summary`` each side's value in one line.
    "disagreements": {"id": _I, "subject": _T, "attribute": _T, "kind": _T, "summary": _T,
                      "claimed": _T, "values": _T, "sources": _T},
    # Which records state each side of a disagreement (a fact, a work).
    "disagreement_records": {"disagreement_id": _I, "record_table": _T, "record_id": _I},
    # One row per span. Spans of one stated value share ``statement_id``; ``text`` is what the
    # seed says there (cleaned of furniture), ``value`` the reading the record stores.
    # ``status`` says whether the seed states the value there ("stated"), the archive read it
    # from the layout or from outside the words ("inferred", ``reason`` says how) or a curated
    # correction put it there ("curated", ``reason`` from seeds/corrections.toml).
    # ``reason_parts`` is the builder's reason as messages and their arguments (JSON,
    # viewer.archive.reasons), so a reader says it in the user's language; a curator's has none.
    "provenance": {"id": _I, "record_table": _T, "record_id": _I, "field": _T,
                   "statement_id": _I, "source_id": _I, "start": _I, "end": _I, "text": _T,
                   "value": _T, "status": _T, "reason": _T, "reason_parts": _T},
    # ``record_table`` is the table the row's record is in (credits, entities); ``tab`` the
    # table as the viewer and the search name it (cast or crew, organisations…);
    # ``source_count`` how many sources state the record (the search's last tie-breaker).
    # ``title`` is a record's own name or title; a passage has none, only the ``heading`` it
    # sits under (its section), which every passage of the section shares (see
    # SEARCH_COLUMNS). ``names``: the people a record is made of (an episode's directors and
    # writers), searched like its title; ``label``: what the results' Record column says when
    # the title would not tell records apart (a quote's speaker and its first words),
    # else empty (not searched).
    SEARCH_TABLE: {"id": _I, "record_table": _T, "tab": _T, "record_id": _I, "source_id": _I,
                   "title": _T, "heading": _T, "body": _T, "names": _T, "label": _T,
                   "source_count": _I},
    "meta": {"key": _T, "value": _T},
}

#: Sort-key twins of text columns: table → {column: its sort-key column}, each written by the
#: builder as :func:`sort_key` of the column, so every text column sorts the same way (issue
#: 28): accent- and case-blind, typographic quotes ignored ("Álvaro" among the A's, not after
#: "Working"), and by an index where a table can be large. A stated value's key is written
#: as :data:`VALUE_COLUMNS` says.
SORT_KEYS: dict[str, dict[str, str]] = {
    "episodes": {"title": "title_sort"},
    "storylines": {"title": "title_sort", "summary": "summary_sort"},
    "characters": {"description": "description_sort"},
    "credits": {"role": "role_sort"},
    "quotes": {"speaker": "speaker_sort", "role": "role_sort", "character": "character_sort",
               "text": "text_sort"},
    "facts": {"label": "label_sort", "value": "value_sort", "stated": "stated_sort"},
    "excerpts": {"section": "section_sort", "text": "text_sort"},
    "sources": {"title": "title_sort", "site": "site_sort"},
    "claims": {"subject": "subject_sort", "value": "value_sort", "stated": "stated_sort"},
    "disagreements": {"subject": "subject_sort", "summary": "summary_sort"},
}
#: Sort-key columns of :data:`SORT_KEYS` written as :func:`viewer.archive.value_order.
#: value_sort_key` of their column, not :func:`sort_key`: a stated value sorts by what it is,
#: numbers by size and dates by date before words ("7" < "7.1" < "71", "2011-03" < "2021-06-30").
VALUE_COLUMNS: frozenset[tuple[str, str]] = frozenset({("facts", "value"), ("claims", "value")})
#: A sort key holds this many characters at most: enough to order by, small beside the text
#: (rows equal so far keep their id order).
SORT_KEY_CHARS = 48


@functools.cache
def _sort_drop() -> re.Pattern[str]:
    """Quotation marks and emphasis markers a sort key leaves out, and the combining marks (the
    accents NFKD splits off) of the blocks that hold them. Compiled when first asked for: the
    builder keys rows, a start of the viewer does not."""
    return re.compile("[\"'“”‘’„‚«»‹›¿¡*_`\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff"
                      "\u20d0-\u20ff\ufe20-\ufe2f]")


def sort_key(value: object) -> str:
    """How a text sorts: accents, case and quotation marks left out, spaces collapsed, at most
    :data:`SORT_KEY_CHARS` characters; "" for no value (never NULL, so keyset pages work).
    Regular expressions and str methods, no loop in Python: the builder keys millions of
    passages."""
    if value is None:
        return ""
    # Only the head of a long text can reach the key: a passage is not folded whole.
    head = unicodedata.normalize("NFKD", str(value)[:SORT_KEY_CHARS * 2])
    return " ".join(_sort_drop().sub("", head).casefold().split())[:SORT_KEY_CHARS]


for _table, _keys in SORT_KEYS.items():
    TABLES[_table].update(dict.fromkeys(_keys.values(), _T))

#: Physical tables whose every row has one row in the search index. ``search_id`` names it, so
#: that Datasette's ``?_search=`` works on the table itself (its ``fts_pk``; see
#: :mod:`viewer.archive.datasette`), where the index holds the rows of every table.
SEARCHABLE = ("sources", "excerpts", "episodes", "people", "characters", "credits",
              "storylines", "quotes", "facts", "entities", "disagreements")
for _name in SEARCHABLE:
    _text = TABLES[_name].pop("text") if _name == "sources" else None  # text stays last
    TABLES[_name]["search_id"] = _I
    if _text is not None:
        TABLES[_name]["text"] = _text


@dataclass(frozen=True, slots=True)
class FilterIndex:
    """A full-text index of one table alone, for its tab's filter: ``fts`` is the FTS5 table,
    whose rowid is the record's id; ``title`` and ``body`` the SQL its two columns are read
    from, the columns the search index has (a filter's ``title:``/``body:`` mean the same)."""

    fts: str
    title: str
    body: str


#: Tables the search index leaves out that a tab's filter still finds by their words, each
#: through an index of its own (:func:`create_filter_indexes`), so the search box never
#: lists them. Claims: each repeats what a fact, an episode or a work already says, and
#: listed beside those they crowded the search's results; in the Claims tab a researcher
#: narrows them by subject, attribute, value or the words stated. The index keeps its own
#: copy of the words it reads (a few dozen characters a claim): FTS5's integrity check then
#: holds the index to them, where a contentless index passes it garbled or emptied.
FILTER_INDEXES: dict[str, FilterIndex] = {
    "claims": FilterIndex(
        "claims_fts",
        "COALESCE(subject, '') || ', ' || COALESCE(attribute, '') || ': ' "
        "|| COALESCE(value, '')",
        "COALESCE(stated, '')"),
}

#: Views for a stranger reading the archive in Datasette or sqlite-utils: what the tables'
#: ids and JSON lists stand for, spelled out. The viewer never reads them.
VIEWS: dict[str, tuple[tuple[str, ...], str]] = {
    "credits_named": (
        ("id", "category", "person_id", "person_name", "role", "character_id",
         "character_name", "professional", "episodes", "sources"),
        "SELECT c.id, c.category, c.person_id, p.name, c.role, c.character_id, ch.name, "
        "c.professional, c.episodes, c.sources FROM credits c "
        "LEFT JOIN people p ON p.id = c.person_id "
        "LEFT JOIN characters ch ON ch.id = c.character_id"),
    "facts_sourced": (
        ("id", "topic", "label", "value", "stated", "statement", "source_id", "source_file",
         "source_title"),
        "SELECT f.id, f.topic, f.label, f.value, f.stated, f.statement, f.source_id, s.file, "
        "s.title FROM facts f JOIN sources s ON s.id = f.source_id"),
    "disagreement_values": (
        ("disagreement_id", "subject", "attribute", "kind", "side", "value", "sources",
         "spans"),
        "SELECT d.id, d.subject, d.attribute, d.kind, json_extract(v.value, '$.side'), "
        "json_extract(v.value, '$.value'), "
        "json_extract(v.value, '$.sources'), json_extract(v.value, '$.spans') "
        'FROM disagreements d, json_each(d."values") v'),
}

PRIMARY_KEYS: dict[str, str | tuple[str, ...]] = {
    "entity_links": ("entity_id", "record_table", "record_id", "relation"),
    "quote_links": ("quote_id", "other_id", "relation"),
    "disagreement_records": ("disagreement_id", "record_table", "record_id"),
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
    "entity_links": [("entity_id", "entities", "id")],
    "quote_links": [("quote_id", "quotes", "id"), ("other_id", "quotes", "id")],
    "claims": [("source_id", "sources", "id")],
    SEARCH_TABLE: [("source_id", "sources", "id")],
}

#: Indexes that make keyset pages and lookups cheap at a million rows. Every table's default
#: order has one (a tab's first page is read before the window paints it; without, SQLite
#: sorted all the rows for each page).
INDEXES: list[tuple[str, tuple[str, ...]]] = [
    ("episodes", ("number", "id")),
    ("storylines", ("seq", "id")),
    ("facts", ("label_sort", "id")),
    # Sorting by Value reads a page through these, not by sorting every fact or claim.
    ("facts", ("value_sort", "id")),
    ("claims", ("value_sort", "id")),
    ("credits", ("category", "id")),
    ("excerpts", ("source_id", "seq")),
    ("excerpts", ("section_sort", "id")),
    # A jump into the middle of Excerpts sorted by Text reads by position: through this index,
    # not by sorting every passage (issue 28).
    ("excerpts", ("text_sort", "id")),
    ("excerpts", ("kind", "id")),
    ("excerpts", ("source", "id")),
    ("credits", ("category", "person_sort", "id")),
    ("credits", ("category", "character_sort", "id")),
    ("people", ("sort_name", "id")),
    ("people", ("surname_sort", "id")),
    ("credits", ("category", "surname_sort", "id")),
    ("characters", ("sort_name", "id")),
    ("credits", ("category", "role", "id")),
    ("credits", ("person_id",)),
    ("credits", ("character_id",)),
    ("quotes", ("person_id",)),
    ("facts", ("topic", "id")),
    ("entities", ("kind", "id")),
    ("entities", ("kind", "sort_name", "id")),
    ("entities", ("kind", "date", "id")),
    ("entity_links", ("record_table", "record_id")),
    ("disagreement_records", ("record_table", "record_id")),
    ("claims", ("subject", "attribute", "id")),
    ("claims", ("disagreement_id",)),
    ("provenance", ("record_table", "record_id")),
    (SEARCH_TABLE, ("tab", "record_id")),
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


def create_views(db: sqlite_utils.Database) -> None:
    for name, (columns, select) in VIEWS.items():
        names = ", ".join(quote_identifier(c) for c in columns)
        db.execute(f"CREATE VIEW {quote_identifier(name)} ({names}) AS {select}")


def link_search_rows(db: sqlite_utils.Database, tabs: dict[str, tuple[str, ...]]) -> None:
    """Fill each searchable table's ``search_id`` from the index's rows, and each index
    row's ``source_count`` from its record, once both are written (where the writer did
    not give it). ``tabs`` maps a
    physical table to the logical tables the index names its rows
    by (``credits`` → cast, crew)."""
    index = quote_identifier(SEARCH_TABLE)
    for physical in SEARCHABLE:
        names = tabs.get(physical, (physical,))
        marks = ", ".join("?" * len(names))
        table = quote_identifier(physical)
        db.execute(
            f"UPDATE {table} SET search_id = (SELECT s.id FROM {index} s "
            f"WHERE s.tab IN ({marks}) AND s.record_id = {table}.id)", names)
        db.execute(
            f"UPDATE {index} SET source_count = (SELECT json_array_length(p.sources) "
            f"FROM {table} p WHERE p.id = {index}.record_id) "
            f"WHERE tab IN ({marks}) AND source_count IS NULL", names)


def create_search_index(db: sqlite_utils.Database) -> None:
    """Build the FTS5 index over ``search_index`` once its rows are written.

    Written as sqlite-utils' ``enable_fts`` would write it (external content, same names, so
    sqlite-utils and Datasette detect it), plus ``prefix=``, which ``enable_fts`` cannot set.
    """
    fts, content = quote_identifier(SEARCH_FTS), quote_identifier(SEARCH_TABLE)
    db.execute(
        f"CREATE VIRTUAL TABLE {fts} USING FTS5 ({', '.join(SEARCH_COLUMNS)}, "
        f"content={content}, tokenize='{FTS_TOKENIZE}', prefix='{FTS_PREFIX}')"
    )
    db.execute(f"INSERT INTO {fts}({fts}) VALUES('rebuild')")
    weights = ", ".join(str(w) for w in SEARCH_COLUMNS.values())
    db.execute(f"INSERT INTO {fts}({fts}, rank) VALUES('rank', 'bm25({weights})')")
    db.execute(f"INSERT INTO {fts}({fts}, rank) VALUES('integrity-check', 1)")
    db.execute(f"CREATE VIRTUAL TABLE {quote_identifier(SEARCH_VOCAB)} "
               f"USING fts5vocab({fts}, row)")


def create_filter_indexes(db: sqlite_utils.Database) -> None:
    """Build each :data:`FILTER_INDEXES` index once its table is written: the tokenizer and
    prefixes of the search index, so a filter folds case and accents the same way. Not in
    the search index's vocabulary: "Did you mean …?" suggests words the search can find."""
    for table, index in FILTER_INDEXES.items():
        fts = quote_identifier(index.fts)
        db.execute(
            f"CREATE VIRTUAL TABLE {fts} USING FTS5 (title, body, "
            f"tokenize='{FTS_TOKENIZE}', prefix='{FTS_PREFIX}')")
        db.execute(f"INSERT INTO {fts} (rowid, title, body) "
                   f"SELECT id, {index.title}, {index.body} FROM {quote_identifier(table)} "
                   "ORDER BY id")
        db.execute(f"INSERT INTO {fts}({fts}, rank) VALUES('integrity-check', 1)")


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
