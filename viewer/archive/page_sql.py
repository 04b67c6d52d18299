"""The SQL of one page of a table in a sort order, built by pure functions returning
``(sql, params)``: what :meth:`viewer.archive.store.Archive.page` runs for a page that is not
read by walking a full-text index (:func:`viewer.archive.filter_sql.page_in_index_order`).

A sort by a column a window shows translated (:mod:`viewer.archive.shown_words`) follows the
shown words. Filtered, the matching rows are sorted by a ``CASE`` on the stored word. Not
filtered, where an index leads with the column (or its sort key), the page is read one stored
word after another in the shown words' order, each through that index in id order
(``UNION ALL``, which stops at the page's last row): the first page costs an index walk, as
the table's own order does, where a ``CASE`` sorted every row for each page. The words outside
the vocabulary (a source's own, as it states them) come after the vocabulary's, in their own
sort key's order, as :func:`~viewer.archive.shown_words.sort_expression` sorts them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from viewer.archive.schema import INDEXES, SORT_KEYS, quote_identifier, sort_key
from viewer.archive.tables import TableSpec, physical_column

if TYPE_CHECKING:  # imported where a window shows translated words, never at a start
    from viewer.archive.shown_words import ShownColumn, ShownWords

#: Sort columns that are never NULL, so keyset pages can use their indexes directly.
_NOT_NULL = {"id", "number", "seq", "source", "section", "kind", "text", "person", "role",
             "name", "title", "file", "label", "topic", "speaker", "person_sort", "sort_name",
             "surname_sort",
             *(c for keys in SORT_KEYS.values() for c in keys.values())}
#: Columns of those names that are NULL in one table: a quote woven into prose states no role.
_NULLABLE = {("quotes", "role")}
#: More stored words than this are sorted by ``CASE`` (SQLite's limit on a compound SELECT is
#: 500 parts; no column of the vocabulary comes near).
_MAX_PARTS = 200


def order_by(table: str, key: str, shown: ShownWords | None = None) -> tuple[str, list[Any]]:
    """What a page of ``table`` sorted by column ``key`` orders by: the column's sort key, or
    where a window shows its words translated (``shown``), the shown words' order."""
    phys = physical_column(table, key)
    expr = (quote_identifier(phys) if phys in _NOT_NULL and (table, phys) not in _NULLABLE
            else f"COALESCE({quote_identifier(phys)}, '')")
    words = shown.column(key) if shown is not None else None
    if words is None:
        return expr, []
    from viewer.archive.shown_words import sort_expression

    return sort_expression(words, expr)


def page_query(spec: TableSpec, key: str, select: str, where: tuple[list[str], list[Any]],
               *, shown: ShownWords | None, filtered: bool, after: tuple[Any, int] | None,
               descending: bool, limit: int, start: int) -> tuple[str, list[Any]]:
    """Up to ``limit`` rows of ``spec``'s table (``select``: its columns) sorted by column
    ``key`` then id, ``start`` of them stepped over from the keyset position ``after``,
    narrowed by the ``where`` clauses (``filtered``: they hold a filter); the order's value is
    read as ``_sort``."""
    words = shown.column(key) if shown is not None else None
    if words is not None and not filtered:
        index = leading_index(spec, key)
        if index is not None and 0 < len(words.words) <= _MAX_PARTS:
            return _by_stored_word(spec, key, index, words, select, where, after=after,
                                   descending=descending, limit=limit, start=start)
    expr, expr_params = order_by(spec.name, key, shown)
    clauses, params = list(where[0]), list(where[1])
    if after is not None:
        clauses.append(f"({expr}, id) {'<' if descending else '>'} (?, ?)")
        params += [*expr_params, after[0], after[1]]
    condition = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    direction = "DESC" if descending else "ASC"
    return (f"SELECT {select}, {expr} AS _sort FROM {quote_identifier(spec.physical)}"
            f"{condition} ORDER BY {expr} {direction}, id {direction} LIMIT ? OFFSET ?",
            [*expr_params, *params, *expr_params, limit, start])


def leading_index(spec: TableSpec, key: str) -> str | None:
    """The column of ``key``'s — itself or its sort key — that an index of the table leads
    with (after the column the table's condition fixes: cast and crew's category), or None."""
    fixed = spec.where.split(" ", 1)[0] if spec.where else None
    for table, columns in INDEXES:
        if table != spec.physical:
            continue
        head = columns[1:] if fixed is not None and columns[0] == fixed else columns
        if head and head[0] in (key, physical_column(spec.name, key)):
            return head[0]
    return None


def _by_stored_word(spec: TableSpec, key: str, index: str, words: ShownColumn, select: str,
                    where: tuple[list[str], list[Any]], *, after: tuple[Any, int] | None,
                    descending: bool, limit: int, start: int) -> tuple[str, list[Any]]:
    """A page sorted by shown word, read one stored word after another (see the module): each
    known word's rows have its rank as ``_sort``, the others their own sort key."""
    column = quote_identifier(key)
    keyed = index != key  # the index holds the sort key: the parts ask for it as well
    known = [stored for stored, _shown in words.words]
    fallback, _none = order_by(spec.name, key)
    parts: list[tuple[str, list[Any]]] = []
    from viewer.archive.shown_words import ranks

    for rank, stored in enumerate(ranks(words).values()):
        if after is not None and _before(rank, after[0], descending):
            continue
        marks = ", ".join("?" * len(stored))
        condition = [f"{column} IN ({marks})"]
        params: list[Any] = list(stored)
        if keyed:
            condition.append(f"{quote_identifier(index)} IN ({marks})")
            params += [sort_key(s) for s in stored]
        if after is not None and rank == after[0]:
            condition.append(f"id {'<' if descending else '>'} ?")
            params.append(after[1])
        parts.append(_part(spec, select, str(rank), condition, params, where, "id",
                           descending, limit + start))
    marks = ", ".join("?" * len(known))
    others = f"{column} NOT IN ({marks})"
    params = list(known)
    if keyed:  # a row whose sort key is not its word's (it cannot be, but must not vanish)
        others = f"({others} OR {quote_identifier(index)} NOT IN ({marks}))"
        params += [sort_key(s) for s in known]
    condition = [others]
    if after is not None and isinstance(after[0], str):
        condition.append(f"({fallback}, id) {'<' if descending else '>'} (?, ?)")
        params += [after[0], after[1]]
    if not descending or after is None or not isinstance(after[0], int):
        parts.append(_part(spec, select, fallback, condition, params, where,
                           f"{fallback} {'DESC' if descending else 'ASC'}, id", descending,
                           limit + start))
    if descending:
        parts.reverse()
    if not parts:
        return f"SELECT {select}, 0 AS _sort FROM {quote_identifier(spec.physical)} LIMIT 0", []
    return (" UNION ALL ".join(sql for sql, _params in parts) + " LIMIT ? OFFSET ?",
            [*(p for _sql, params in parts for p in params), limit, start])


def _before(rank: int, position: Any, descending: bool) -> bool:
    """Whether a known word of ``rank`` is wholly before the keyset position's ``_sort``: a
    rank, or the sort key of a word outside the vocabulary (which follow the known ones)."""
    if not isinstance(position, int):
        return not descending
    return rank > position if descending else rank < position


def _part(spec: TableSpec, select: str, sort: str, condition: list[str], params: list[Any],
          where: tuple[list[str], list[Any]], order: str, descending: bool, limit: int
          ) -> tuple[str, list[Any]]:
    """One stored word's rows (or the others'), in order, as a part of a ``UNION ALL``."""
    clauses = [*where[0], *condition]
    direction = "DESC" if descending else "ASC"
    return (f"SELECT * FROM (SELECT {select}, {sort} AS _sort "
            f"FROM {quote_identifier(spec.physical)} WHERE {' AND '.join(clauses)} "
            f"ORDER BY {order} {direction} LIMIT {int(limit)})", [*where[1], *params])
