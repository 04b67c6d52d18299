"""The SQL of a tab's filter, built by pure functions returning ``(sql, params)``.

A filter is an FTS5 expression (:func:`viewer.archive.search_query.build_match`) matched
against the index that holds its table's words: for most tables the search index, whose rows
name their tab; for a table the search leaves out (claims), an index of its own
(:data:`~viewer.archive.schema.FILTER_INDEXES`) whose rowids are the records' ids. Both fold
case and accents alike and read the same syntax, so every tab's filter behaves the same; the
search box reads only the first, so what the second holds never crowds its results.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from viewer.archive.page_sql import leading_index
from viewer.archive.schema import (
    FILTER_INDEXES,
    SEARCH_FTS,
    SEARCH_TABLE,
    FilterIndex,
    quote_identifier,
)
from viewer.archive.tables import TableSpec

if TYPE_CHECKING:  # imported where a window shows translated words, never at a start
    from viewer.archive.shown_words import ShownWords


def own_index(spec: TableSpec) -> FilterIndex | None:
    """The table's own index, if the search index leaves it out and it has one."""
    return FILTER_INDEXES.get(spec.physical)


def matching(spec: TableSpec, expression: str) -> tuple[str, list[Any]]:
    """A condition on the table's ``id``: the records ``expression`` matches."""
    own = own_index(spec)
    if own is not None:
        fts = quote_identifier(own.fts)
        return f"id IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?)", [expression]
    return (f"id IN (SELECT record_id FROM {SEARCH_TABLE} WHERE tab = ? AND id IN "
            f"(SELECT rowid FROM {SEARCH_FTS} WHERE {SEARCH_FTS} MATCH ?))",
            [spec.name, expression])


def shown_matching(spec: TableSpec, expression: str, shown: ShownWords | None,
                   span: tuple[int, int] | None = None) -> tuple[str, list[Any]] | None:
    """A condition on the table's rows that finds them by the words a window shows for the
    archive's own too (:mod:`viewer.archive.shown_words`), where any term of ``expression``
    matches one; None where none does: then :func:`matching` alone, with the index's quicker
    reads (a page in index order, a count in the index). ``span``: the table's first and last
    rows in the search index, where its records' matches are read (:func:`_matching_in`)."""
    if shown is None or not shown.columns:
        return None  # an English window's: nothing but the index (and no module to load)
    from viewer.archive.shown_words import filter_condition

    return filter_condition(expression, shown, lambda term: _matching_in(spec, term, span),
                            lambda key: leading_index(spec, key))


def _matching_in(spec: TableSpec, expression: str, span: tuple[int, int] | None
                 ) -> tuple[str, list[Any]]:
    """As :func:`matching`, the search index's matches read between the table's rows there
    (``span``) and joined to them, from the index's side: a term of a shown word's filter is
    asked alone, and a short prefix ("de*") asked so reads far fewer rows than
    :func:`matching`'s walk of every row of the table (figures: tests/benchmarks/README.md)."""
    if span is None or own_index(spec) is not None:
        return matching(spec, expression)
    return (f"id IN (SELECT s.record_id FROM {SEARCH_FTS} "
            f"CROSS JOIN {SEARCH_TABLE} s ON s.id = {SEARCH_FTS}.rowid "
            f"WHERE {SEARCH_FTS} MATCH ? AND {SEARCH_FTS}.rowid BETWEEN ? AND ? AND s.tab = ?)",
            [expression, span[0], span[1], spec.name])


def count_matches(spec: TableSpec, expression: str, span: tuple[int, int] | None
                  ) -> tuple[str, list[Any]] | None:
    """How many records ``expression`` matches, counted in the index alone: in the search
    index, between the table's first and last rows there (``span``); in a table's own
    index, whose rowids are the records' (None where a condition narrows the table: then
    the general query counts)."""
    own = own_index(spec)
    if own is not None:
        fts = quote_identifier(own.fts)
        return (None if spec.where else
                (f"SELECT count(*) FROM {fts} WHERE {fts} MATCH ?", [expression]))
    assert span is not None
    return (f"SELECT count(*) FROM {SEARCH_FTS} "
            f"CROSS JOIN {SEARCH_TABLE} s ON s.id = {SEARCH_FTS}.rowid "
            f"WHERE {SEARCH_FTS} MATCH ? AND {SEARCH_FTS}.rowid BETWEEN ? AND ? AND s.tab = ?",
            [expression, span[0], span[1], spec.name])


def page_in_index_order(spec: TableSpec, columns: list[str], expression: str, *,
                        descending: bool, bounds: list[tuple[str, int]], limit: int,
                        start: int) -> tuple[str, list[Any]]:
    """Up to ``limit`` matching records (``start`` of them stepped over) in the index's rowid
    order, which is the records' id order (the builder writes a table's index rows in id
    order), with ``t.id`` as ``_sort``. ``bounds`` are (operator, rowid) conditions on the
    index's rowids: walking the matches from a keyset position costs what the page does.
    ``columns`` are the table's, read as ``t.<column>``."""
    own = own_index(spec)
    if own is not None:  # its rowids are the records' ids
        index = quote_identifier(own.fts)
        rows, record, tab, tabs = index, f"{index}.rowid", "", []
    else:
        index = SEARCH_FTS
        rows = f"{index} CROSS JOIN {SEARCH_TABLE} s ON s.id = {index}.rowid"
        record, tab, tabs = "s.record_id", " AND s.tab = ?", [spec.name]
    ranges = "".join(f" AND {index}.rowid {op} ?" for op, _value in bounds)
    where = f" AND {spec.where}" if spec.where else ""
    select = ", ".join(f"t.{quote_identifier(c)}" for c in columns)
    direction = "DESC" if descending else "ASC"
    return (f"SELECT {select}, t.id AS _sort FROM {rows} "
            f"CROSS JOIN {quote_identifier(spec.physical)} t ON t.id = {record} "
            f"WHERE {index} MATCH ?{ranges}{tab}{where} "
            f"ORDER BY {index}.rowid {direction} LIMIT ? OFFSET ?",
            [expression, *(value for _op, value in bounds), *tabs, limit, start])
