"""Read-only access to one archive: open and validate it, page through tables, look records up.

:class:`Archive` is the one object that owns SQL for reading. It opens the file read-only by
construction, every statement under a time limit (:mod:`viewer.archive.connection`), checks on
open that it is a Somos archive of a version this code understands
(:mod:`viewer.archive.validation`), and splits failures into two kinds: an
:class:`ArchiveError` is about the user's file (missing, unreadable, foreign, newer, damaged,
locked, too slow to read) and carries a message fit to show; anything else is our bug.

A connection belongs to the thread that opened it; a worker opens its own ``Archive``.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from viewer.archive.connection import BoundedConnection, connect_read_only
from viewer.archive.errors import ArchiveError as ArchiveError
from viewer.archive.errors import ArchiveLocked as ArchiveLocked
from viewer.archive.errors import OpenCancelled as OpenCancelled
from viewer.archive.filter_sql import (
    count_matches,
    matching,
    own_index,
    page_in_index_order,
    shown_matching,
)
from viewer.archive.page_records import LazyRecords, Page
from viewer.archive.page_sql import page_query
from viewer.archive.positions import id_keyset, page_from_end
from viewer.archive.schema import (
    ROW_COUNTS_KEY,
    SEARCH_TABLE,
    TABLES,
    quote_identifier,
    read_row_counts,
)
from viewer.archive.tables import READ_ALONE, TABLE_SPECS, TableSpec, title_of
from viewer.archive.validation import check_file, describe_failure, full_check, reading, validate
from viewer.i18n import message as _

if TYPE_CHECKING:
    from viewer.archive.charts import CreditsMatrix, StorylineMap, TimelineEvent
    from viewer.archive.documents import DocumentText
    from viewer.archive.records.documents import PassageBounds, Source, Span
    from viewer.archive.records.kinds import Record
    from viewer.archive.records.navigation import Link
    from viewer.archive.search import SearchResult
    from viewer.archive.search_query import MatchQuery, ShownPairs
    from viewer.archive.shown_words import ShownWords

# Searching (viewer.archive.search) and the charts (viewer.archive.charts, .dates) are imported
# by the methods that need them: opening an archive and showing its first page do not, and a
# start is quicker without them; so are the record classes a method makes.

def _select_list(physical: str) -> str:
    skip = READ_ALONE.get(physical, frozenset())
    return ", ".join(quote_identifier(c) for c in TABLES[physical] if c not in skip)


def _build_match(filter_text: str) -> MatchQuery:
    """A filter's FTS5 expression (see :func:`viewer.archive.search_query.build_match`)."""
    from viewer.archive.search_query import build_match  # imported when a filter is first used

    return build_match(filter_text)


class Archive:
    """An open archive. Use :meth:`open`; close it when done (or use it as a context manager)."""

    def __init__(self, conn: BoundedConnection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self.schema_version: int = conn.execute("PRAGMA user_version").fetchone()[0]
        self.meta: dict[str, str] = {
            row["key"]: row["value"] for row in conn.execute("SELECT key, value FROM meta")
        }
        self._source_cache: dict[int, Source] = {}
        self._source_list: list[Source] | None = None
        self._source_names: list[tuple[str, str, str]] | None = None
        # The file is read-only: a table's first and last id, asked at each jump, and its
        # first and last index rows, asked at each filtered read, never change.
        self._id_spans: dict[str, tuple[int, int] | None] = {}
        self._index_ranges: dict[str, tuple[int, int] | None] = {}
        self._row_counts = read_row_counts(self.meta.get(ROW_COUNTS_KEY))

    # -- opening ------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str], *,
             cancelled: Callable[[], bool] | None = None,
             for_another_thread: bool = False) -> Archive:
        """Open and validate an archive, or raise :class:`ArchiveError` saying what is wrong.

        ``cancelled`` is asked while the checks run (File › Open's Cancel, from another
        thread); once it says yes the open stops with :class:`OpenCancelled`. With
        ``for_another_thread`` the archive is opened in one thread to be handed to another,
        which alone uses it from then on (the viewer opens in a worker for the window).
        """
        p = Path(path)
        check_file(p)

        def failure(exc: BaseException) -> ArchiveError:
            if cancelled is not None and cancelled():
                return OpenCancelled(f"Opening {p} was cancelled.")
            return describe_failure(p, exc)

        try:
            conn = connect_read_only(p, cancelled=cancelled,
                                     check_same_thread=not for_another_thread)
        except (sqlite3.DatabaseError, MemoryError) as exc:
            raise failure(exc) from exc
        except sqlite3.Error as exc:
            raise ArchiveError(_("{path} cannot be opened as a database: {problem}.").format(
                path=p, problem=exc)) from exc
        try:
            validate(conn, p)
            archive = cls(conn, p)
        except (sqlite3.DatabaseError, MemoryError) as exc:
            conn.close()
            raise failure(exc) from exc
        except BaseException:
            conn.close()
            raise
        conn.cancelled = None  # File › Open's Cancel is for opening only
        return archive

    def close(self) -> None:
        self._conn.close()

    @contextmanager
    def cancelled_when(self, cancelled: Callable[[], bool]) -> Iterator[None]:
        """Statements run inside stop as soon as ``cancelled()`` says so: the full ranking
        of a search, run after its first answer, once a newer search has started."""
        conn = self._conn
        if not isinstance(conn, BoundedConnection):
            yield
            return
        saved, conn.cancelled = conn.cancelled, cancelled
        try:
            yield
        finally:
            conn.cancelled = saved

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @reading
    def integrity_check(self) -> list[str]:
        """``["ok"]``, or what is wrong: the file's pages and the search index checked in
        full (see :func:`~viewer.archive.validation.full_check`). Slow on large files, so
        only on request."""
        return full_check(self._conn, self.path)

    # -- counting and paging ---------------------------------------------------------------

    @staticmethod
    def spec(table: str) -> TableSpec:
        try:
            return TABLE_SPECS[table]
        except KeyError:
            raise ValueError(
                f"unknown table {table!r}; choose one of {', '.join(TABLE_SPECS)}") from None

    def _where(self, spec: TableSpec, filter_text: str, shown: ShownWords | None = None
               ) -> tuple[list[str], list[Any]]:
        clauses: list[str] = [spec.where] if spec.where else []
        params: list[Any] = []
        if filter_text.strip():
            match = _build_match(filter_text)
            if match.expression is not None:
                clause, more = (shown_matching(spec, match.expression, shown,
                                               self._index_range(spec) if shown else None)
                                or matching(spec, match.expression))
                clauses.append(clause)
                params += more
        return clauses, params

    def _index_range(self, spec: TableSpec) -> tuple[int, int] | None:
        """The first and last full-text index rows of a table (None: it has none).

        The builder writes each table's index rows together and in record id order (a test
        in tests/archive/test_search_bounds.py holds it to that), so a filter can walk the
        matches of one table in rowid order instead of collecting every match first.
        """
        if spec.name not in self._index_ranges:
            ends = [self._conn.execute(
                f"SELECT id FROM {SEARCH_TABLE} WHERE tab = ? "
                f"ORDER BY record_id {direction} LIMIT 1", (spec.name,)).fetchone()
                for direction in ("ASC", "DESC")]
            self._index_ranges[spec.name] = (None if ends[0] is None
                                             else (int(ends[0][0]), int(ends[1][0])))
        return self._index_ranges[spec.name]

    @reading
    def count(self, table: str, filter_text: str = "", shown: ShownWords | None = None) -> int:
        """The rows of a table its filter finds (``shown``: see :meth:`page`)."""
        spec = self.spec(table)
        match = _build_match(filter_text) if filter_text.strip() else None
        if (match is not None and match.expression is not None
                and shown_matching(spec, match.expression, shown) is None):
            own = own_index(spec) is not None
            span = None if own else self._index_range(spec)
            if not own and span is None:
                return 0
            counting = count_matches(spec, match.expression, span)
            if counting is not None:
                return int(self._conn.execute(*counting).fetchone()[0])
        clauses, params = self._where(spec, filter_text, shown)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        sql = f"SELECT count(*) FROM {quote_identifier(spec.physical)}{where}"
        return int(self._conn.execute(sql, params).fetchone()[0])

    def row_count(self, table: str) -> int | None:
        """The rows of a table as the builder counted them (:data:`ROW_COUNTS_KEY`), without
        a count's walk of an index; None where the archive does not say (read once, at
        open)."""
        return self._row_counts.get(table)

    def counts(self) -> dict[str, int]:
        return {name: self.count(name) for name in TABLE_SPECS}

    @reading
    def page(self, table: str, *, sort: str | None = None, descending: bool = False,
             filter_text: str = "", after: tuple[Any, int] | None = None,
             limit: int = 200, start: int = 0, total: int | None = None,
             shown: ShownWords | None = None) -> Page:
        """Up to ``limit`` records after the keyset position ``after`` (None: from the start).

        Keyset, not OFFSET: the millionth row costs what the first does. A page whose keyset
        position nobody knows is read by position: ``start`` rows past ``after`` (or the first
        row), stepped over in the sort key's index. Given the ``total`` of rows, a page nearer
        the end is read backwards from there, so the last page costs what the first does and
        OFFSET steps over at most half of them. ``shown``: the words a window shows for the
        archive's own in its translated columns, which its filter finds and its sort follows
        (:mod:`viewer.archive.shown_words`).
        """
        spec = self.spec(table)
        key = sort or spec.default_sort
        if key == "id" and start > 0 and not filter_text.strip() and (
                ids := self._gapless_ids(spec)):
            # The row's id is known: read on from it, stepping over no row.
            after, start = id_keyset(ids, descending, after, start), 0
        if after is None and start > 0 and total is not None and total - start - limit < start:
            return page_from_end(self, table, sort, descending, filter_text, start, limit, total,
                                 shown)
        column = spec.column(key) if key != "id" else None
        if column is not None and not column.sortable:
            raise ValueError(f"{table}.{key} cannot be sorted")
        if key == "id" and filter_text.strip():
            match = _build_match(filter_text)
            if match.expression is not None and shown_matching(spec, match.expression,
                                                              shown) is None:
                page = self._filtered_page(spec, match.expression, descending, after, limit,
                                           start)
                if page is not None:
                    return page
        sql, params = page_query(
            spec, key, _select_list(spec.physical), self._where(spec, filter_text, shown),
            shown=shown, filtered=bool(filter_text.strip()), after=after,
            descending=descending, limit=limit, start=start)
        rows = self._conn.execute(sql, params).fetchall()
        next_after = (rows[-1]["_sort"], rows[-1]["id"]) if len(rows) == limit else None
        return Page(LazyRecords(rows, spec.build), next_after)

    def _gapless_ids(self, spec: TableSpec) -> tuple[int, int] | None:
        """A table's first and last id if its ids have no gaps (see positions.py), else None."""
        if spec.name not in self._id_spans:
            total = self.row_count(spec.name)  # None: nothing to compare the ids with
            where = f" WHERE {spec.where}" if spec.where else ""
            ends = [] if total is None else [
                self._conn.execute(f"SELECT {end}(id) FROM {quote_identifier(spec.physical)}"
                                   f"{where}").fetchone()[0] for end in ("min", "max")]
            self._id_spans[spec.name] = ((ends[0], ends[1]) if ends and ends[0] is not None
                                         and ends[1] - ends[0] + 1 == total else None)
        return self._id_spans[spec.name]

    def _filtered_page(self, spec: TableSpec, expression: str, descending: bool,
                       after: tuple[Any, int] | None, limit: int, start: int = 0
                       ) -> Page | None:
        """A filtered page in id order, read by walking the index's matches in rowid order
        from the keyset position (see :meth:`_index_range`): its cost is the page's, where
        ``id IN (every match)`` cost seconds per page for a common word at a million rows.
        None when the keyset position is not in the index (the general query copes)."""
        bounds: list[tuple[str, int]] = []
        if own_index(spec) is not None:  # the table's own index: its rowids are the ids
            if after is not None:
                bounds.append(("<" if descending else ">", after[1]))
        elif (span := self._index_range(spec)) is None:
            return Page([], None)
        else:
            if after is None:
                bounds.append(("<=", span[1]) if descending else (">=", span[0]))
            else:
                row = self._conn.execute(
                    f"SELECT id FROM {SEARCH_TABLE} WHERE tab = ? AND record_id = ?",
                    (spec.name, after[1])).fetchone()
                if row is None:
                    return None
                bounds.append(("<" if descending else ">", int(row[0])))
            bounds.append((">=", span[0]) if descending else ("<=", span[1]))
        skip = READ_ALONE.get(spec.physical, frozenset())
        sql, params = page_in_index_order(
            spec, [c for c in TABLES[spec.physical] if c not in skip], expression,
            descending=descending, bounds=bounds, limit=limit, start=start)
        rows = self._conn.execute(sql, params).fetchall()
        next_after = (rows[-1]["_sort"], rows[-1]["id"]) if len(rows) == limit else None
        return Page(LazyRecords(rows, spec.build), next_after)

    def iter_records(self, table: str, *, filter_text: str = "", sort: str | None = None,
                     descending: bool = False, chunk: int = 500,
                     shown: ShownWords | None = None) -> Iterator[Record]:
        """Every record of a table (narrowed by ``filter_text``), page by page."""
        after: tuple[Any, int] | None = None
        while True:
            page = self.page(table, sort=sort, descending=descending, filter_text=filter_text,
                             after=after, limit=chunk, shown=shown)
            yield from page.records
            if page.next_after is None:
                return
            after = page.next_after

    def get(self, table: str, record_id: int) -> Record | None:
        found = self.get_many(table, [record_id])
        return found[0] if found else None

    @reading
    def get_many(self, table: str, ids: Sequence[int]) -> list[Record]:
        """Records by id, in the order of ``ids`` (missing ids are skipped)."""
        spec = self.spec(table)
        out: dict[int, Record] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start:start + 500])
            marks = ",".join("?" * len(chunk))
            cond = f"id IN ({marks})" + (f" AND {spec.where}" if spec.where else "")
            for row in self._conn.execute(
                    f"SELECT {_select_list(spec.physical)} FROM {quote_identifier(spec.physical)} "
                    f"WHERE {cond}", chunk):
                out[row["id"]] = spec.build(row)
        return [out[i] for i in ids if i in out]

    # -- provenance and sources ------------------------------------------------------------

    @reading
    def provenance(self, table: str, record_id: int) -> list[Span]:
        """Every span a record was read from, in source and text order."""
        physical = self.spec(table).physical
        rows = self._conn.execute(
            "SELECT p.source_id, s.file, s.title, p.field, p.start, p.\"end\", p.status, "
            "p.reason, p.reason_parts, p.value FROM provenance p "
            "JOIN sources s ON s.id = p.source_id "
            "WHERE p.record_table = ? AND p.record_id = ? "
            "ORDER BY p.source_id, p.start, p.\"end\", p.field",
            (physical, record_id)).fetchall()
        from viewer.archive.reasons import reasoned
        from viewer.archive.records.documents import Span

        return [Span(r[0], r[1], r[2], r[3], r[4], r[5], r[6] or "stated",
                     reasoned(r[7], r[8]), r[9]) for r in rows]

    def source(self, source_id: int) -> Source:
        from viewer.archive.records.documents import Source

        if source_id not in self._source_cache:
            found = self.get("sources", source_id)
            if not isinstance(found, Source):
                raise KeyError(f"no source {source_id}")
            self._source_cache[source_id] = found
        return self._source_cache[source_id]

    @reading
    def sources(self) -> list[Source]:
        """Every source document's description, in id order, without reading their texts.

        For pickers and short labels: ``page("sources")`` selects each document's whole text
        too, which at a thousand documents is megabytes read to show a list of titles.
        """
        if self._source_list is None:
            from viewer.archive.records.documents import Source

            columns = [k for k in TABLES["sources"] if k != "text"]
            rows = self._conn.execute(
                f"SELECT {', '.join(quote_identifier(c) for c in columns)} "
                "FROM sources ORDER BY id").fetchall()
            spec = TABLE_SPECS["sources"]
            self._source_list = [rec for rec in map(spec.build, rows) if isinstance(rec, Source)]
        return list(self._source_list)

    @reading
    def source_names(self) -> list[tuple[str, str, str]]:
        """Each source document's file, kind and title, in id order: all a cell's short
        label needs, read without building a record per document (a table's first page is
        labelled before the window first paints, and at a thousand documents the records
        took a noticeable part of every start)."""
        if self._source_names is None:
            self._source_names = [
                (str(file), str(kind), str(title)) for file, kind, title in self._conn.execute(
                    "SELECT file, kind, title FROM sources ORDER BY id")]
        return list(self._source_names)

    @reading
    def section_at(self, source_id: int, start: int, end: int) -> str | None:
        """The heading path of the section of a document that ``start``–``end`` sits in, in
        a passage or between two (a citation names the section a record is stated in)."""
        from viewer.archive.sections import section_at  # only citations ask

        return section_at(self._conn, source_id, start, end)

    @reading
    def source_text(self, source_id: int) -> str:
        row = self._conn.execute("SELECT text FROM sources WHERE id = ?", (source_id,)).fetchone()
        if row is None:
            raise KeyError(f"no source {source_id}")
        return str(row[0])

    @reading
    def source_excerpts(self, source_id: int, first_seq: int | None = None,
                        last_seq: int | None = None) -> list[Record]:
        """The cleaned passages of one document in reading order, or those from ``first_seq``
        to ``last_seq`` (both included; see :meth:`source_passage_bounds`)."""
        lo = -1 if first_seq is None else first_seq
        hi = 2**62 if last_seq is None else last_seq
        rows = self._conn.execute(
            "SELECT * FROM excerpts WHERE source_id = ? AND seq BETWEEN ? AND ? ORDER BY seq",
            (source_id, lo, hi)).fetchall()
        spec = TABLE_SPECS["excerpts"]
        return [spec.build(r) for r in rows]

    @reading
    def source_passage_bounds(self, source_id: int) -> list[PassageBounds]:
        """Where each cleaned passage of a document lies, in reading order, without texts."""
        rows = self._conn.execute(
            'SELECT seq, start, "end", length(text) FROM excerpts WHERE source_id = ? '
            "ORDER BY seq", (source_id,)).fetchall()
        from viewer.archive.records.documents import PassageBounds

        return [PassageBounds(*row) for row in rows]

    def source_document(self, source_id: int) -> DocumentText:
        """All the source reader reads of a document before it lays part of it out: its
        record, its original text and its passages' bounds (KeyError: no such document)."""
        from viewer.archive.documents import DocumentText

        return DocumentText(self.source(source_id), self.source_text(source_id),
                            self.source_passage_bounds(source_id))

    # -- links ---------------------------------------------------------------------------

    def _ids(self, sql: str, params: Sequence[Any]) -> list[int]:
        return [int(r[0]) for r in self._conn.execute(sql, params)]

    def _links(self, table: str, ids: Sequence[int], relation: str) -> list[Link]:
        from viewer.archive.records.navigation import Link

        return [Link(table, rec.id, title_of(table, rec), relation)
                for rec in self.get_many(table, list(dict.fromkeys(ids)))]

    @reading
    def mentions(self, phrase: str, limit: int = 50, table: str = "excerpts") -> list[int]:
        """Ids of ``table``'s records whose text contains ``phrase`` (accent- and case-blind);
        ``table`` is one the search index holds (excerpts, quotes)."""
        from viewer.archive.mention_words import mentions_in_index
        from viewer.archive.search_query import phrase_expression

        expression = phrase_expression(phrase)
        if expression is None:
            return []
        return mentions_in_index(self._conn, table, expression, phrase, limit)

    @reading
    def person_credits(self, person_id: int) -> list[Link]:
        """Every cast and crew credit of one person (the detail pane's "other credits").

        What ``related("people", …)`` gives too, without its search for mentions in the
        excerpts, which a credit's pane does not need.
        """
        return (self._links("cast", self._ids(
                    "SELECT id FROM credits WHERE person_id = ? AND category = 'cast' "
                    "ORDER BY id", (person_id,)), "cast credit")
                + self._links("crew", self._ids(
                    "SELECT id FROM credits WHERE person_id = ? AND category = 'crew' "
                    "ORDER BY role, id", (person_id,)), "crew credit"))

    @reading
    def related(self, table: str, record_id: int) -> list[Link]:
        """Records linked to this one, for the detail pane to navigate to, by the rules of
        its table (:mod:`viewer.archive.links`): self-links and repeats left out."""
        from viewer.archive.links import RULES
        from viewer.archive.records.navigation import Link
        from viewer.archive.records.statements import Claim, Fact

        record = self.get(table, record_id)
        if record is None:
            return []
        kinds: dict[str, str] | None = None
        links: list[Link] = []
        for rule in RULES.get(table, ()):
            if rule.when is not None and not rule.when(record):
                continue
            target = rule.target_of(record) if rule.target_of else rule.target
            if target not in TABLE_SPECS:
                continue
            if rule.mentions is None:
                ids = self._ids(rule.sql, rule.params(record))
            else:
                named = getattr(record, rule.mentions)
                names = [named] if isinstance(named, str) else list(named)
                ids = [i for name in names for i in self.mentions(name, table=target)]
            if rule.by_source:
                # Such records share one title; each link's label names its document.
                kinds = kinds or {s.file: s.kind for s in self.sources()}
                found = [Link(target, rec.id, f"{title_of(target, rec)} · "
                              f"{kinds.get(rec.source, rec.source)}", rule.relation,
                              kinds.get(rec.source, rec.source))
                         for rec in self.get_many(target, list(dict.fromkeys(ids)))
                         if isinstance(rec, Fact | Claim)]
            else:
                found = self._links(target, ids, rule.relation)
            links = [*found, *links] if rule.first else [*links, *found]
        seen: set[tuple[str, int]] = {(table, record_id)}
        out: list[Link] = []
        for link in links:
            if (link.table, link.id) not in seen:
                seen.add((link.table, link.id))
                out.append(link)
        return out

    # -- charts (assembled in viewer.archive.charts, read through this connection) --------

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> Iterator[Any]:
        return iter(self._conn.execute(sql, params))

    @reading
    def timeline_events(self, limit: int | None = None) -> list[TimelineEvent]:
        """Every fact whose value states a date, earliest first (see
        :func:`viewer.archive.charts.timeline_events`; ``limit`` None: its default)."""
        from viewer.archive import charts

        return charts.timeline_events(self._rows, self.get_many, self.sources(),
                                      limit or charts.MAX_TIMELINE_EVENTS)

    @reading
    def credits_matrix(self, max_episodes: int | None = None) -> CreditsMatrix:
        """The crew credits that name episodes (see
        :func:`viewer.archive.charts.credits_matrix`)."""
        from viewer.archive import charts

        return charts.credits_matrix(self._rows, self.get_many,
                                     max_episodes or charts.MAX_MATRIX_EPISODES)

    @reading
    def storyline_map(self, limit: int | None = None) -> StorylineMap:
        """Storylines, their characters and those characters' cast credits (see
        :func:`viewer.archive.charts.storyline_map`)."""
        from viewer.archive import charts

        return charts.storyline_map(self._rows, self.get_many,
                                    limit or charts.MAX_MAP_STORYLINES)

    # -- search --------------------------------------------------------------------------

    @reading
    def search(self, text: str, *, table: str | None = None, limit: int = 50,
               exhaustive: bool = False, prefix_last: bool = False,
               time_limit: float | None = None, words_shown: ShownPairs = ()) -> SearchResult:
        """See :func:`viewer.archive.search.search_archive` (ranking is bounded unless
        ``exhaustive``; ``words_shown``: a window's words for the archive's own)."""
        from viewer.archive.search import TIME_LIMIT_S, search_archive

        return search_archive(self._conn, text, table=table, limit=limit, exhaustive=exhaustive,
                              prefix_last=prefix_last, time_limit=time_limit or TIME_LIMIT_S,
                              words_shown=words_shown)

    @reading
    def claim_subjects(self) -> tuple[str, ...] | None:
        """See :func:`viewer.archive.shown_words.claim_subjects`."""
        from viewer.archive.shown_words import claim_subjects

        return claim_subjects(self._rows)

    def table_names(self) -> list[str]:
        return list(TABLE_SPECS)


def meta_json(archive: Archive, key: str) -> Any:
    value = archive.meta.get(key)
    return json.loads(value) if value else None
