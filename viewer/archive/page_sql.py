"""The SQL of one page of a table in a sort order, built by pure functions returning
``(sql, params)``: what :meth:`viewer.archive.store.Archive.page` runs for a page that is not
read by walking a full-text index (:func:`viewer.archive.filter_sql.page_in_index_order`).
"""

from __future__ import annotations

from typing import Any

from viewer.archive.schema import SORT_KEYS, quote_identifier
from viewer.archive.shown_words import ShownWords, sort_expression
from viewer.archive.tables import physical_column

#: Sort columns that are never NULL, so keyset pages can use their indexes directly.
_NOT_NULL = {"id", "number", "seq", "source", "section", "kind", "text", "person", "role",
             "name", "title", "file", "label", "topic", "speaker", "person_sort", "sort_name",
             "surname_sort",
             *(c for keys in SORT_KEYS.values() for c in keys.values())}
#: Columns of those names that are NULL in one table: a quote woven into prose states no role.
_NULLABLE = {("quotes", "role")}


def order_by(table: str, key: str, shown: ShownWords | None = None) -> tuple[str, list[Any]]:
    """What a page of ``table`` sorted by column ``key`` orders by: the column's sort key, or
    where a window shows its words translated (``shown``), the shown words' order."""
    phys = physical_column(table, key)
    expr = (quote_identifier(phys) if phys in _NOT_NULL and (table, phys) not in _NULLABLE
            else f"COALESCE({quote_identifier(phys)}, '')")
    words = shown.column(key) if shown is not None else None
    return sort_expression(words, expr) if words is not None else (expr, [])


def page_query(physical: str, select: str, order: tuple[str, list[Any]],
               where: tuple[list[str], list[Any]], *, after: tuple[Any, int] | None,
               descending: bool, limit: int, start: int) -> tuple[str, list[Any]]:
    """Up to ``limit`` rows of ``physical`` (``select``: its columns) in the ``order`` of
    :func:`order_by` then id, ``start`` of them stepped over from the keyset position
    ``after``, narrowed by the ``where`` clauses; the order's value is read as ``_sort``."""
    expr, expr_params = order
    clauses, params = list(where[0]), list(where[1])
    if after is not None:
        clauses.append(f"({expr}, id) {'<' if descending else '>'} (?, ?)")
        params += [*expr_params, after[0], after[1]]
    condition = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    direction = "DESC" if descending else "ASC"
    return (f"SELECT {select}, {expr} AS _sort FROM {quote_identifier(physical)}{condition} "
            f"ORDER BY {expr} {direction}, id {direction} LIMIT ? OFFSET ?",
            [*expr_params, *params, *expr_params, limit, start])
