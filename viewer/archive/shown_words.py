"""The words a reader sees in place of the archive's own, for a tab's filter and sort: Qt-free.

The archive holds a closed vocabulary of its own in English (:mod:`viewer.archive.topics`,
:mod:`viewer.archive.roles`, the kinds the builder gives things), which a window in another
language shows translated. The index a filter searches and the columns a sort reads hold the
English words, so without help the Spanish window's filter would not find a row by the words
it shows ("muertos" in "Estimación de muertos") and its sort would follow the English order.

The window says, with each page it asks for, what it shows for each stored word of its
translated columns (:class:`ShownWords`, in the order its language sorts them); this module
turns that into SQL, built by pure functions returning ``(sql, params)``: a filter's term
matches a row whose index text matches it *or* whose column holds a stored word whose shown
word matches it (``column IN (…)``, the vocabulary being small), and a sort by such a column
orders by the shown word. It knows nothing of catalogues or languages: the words and their
order are the window's. The CLI and the exports pass none, and read as they always have.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from viewer.archive.schema import quote_identifier, sort_key
from viewer.archive.stop_words import fold

#: At most this many subjects are read as the archive's closed set (see :func:`claim_subjects`).
MAX_SUBJECTS = 200


def claim_subjects(rows: Callable[[str, Sequence[Any]], Iterator[Any]],
                   most: int = MAX_SUBJECTS) -> tuple[str, ...] | None:
    """Every subject the archive's claims are about — the builder's few and one per episode
    ("episode 3"), composed, so in no list a window can hold — for a window to show each in
    its words (a disagreement's subject is one of them). Read one subject at a time through
    the claims' (subject, attribute, id) index: as many lookups as subjects, however many
    claims. None when there are more than ``most``: not a closed set of words."""
    found: list[str] = []
    sql = "SELECT subject FROM claims WHERE subject IS NOT NULL ORDER BY subject LIMIT 1"
    row = next(rows(sql, ()), None)
    while row is not None:
        if len(found) == most:
            return None
        found.append(row[0])
        row = next(rows("SELECT subject FROM claims WHERE subject > ? ORDER BY subject "
                        "LIMIT 1", (row[0],)), None)
    return tuple(found)


@dataclass(frozen=True, slots=True)
class ShownColumn:
    """One translated column: ``key`` is its record attribute and physical column; ``words``
    each stored word with the word shown for it, in the order the reader's language sorts the
    shown words; ``listed`` says the column holds a JSON list of such words (a person's roles),
    which is filtered, never sorted."""

    key: str
    words: tuple[tuple[str, str], ...]
    listed: bool = False


@dataclass(frozen=True, slots=True)
class ShownWords:
    """The translated columns of one tab (hashable: it travels in a page request)."""

    columns: tuple[ShownColumn, ...]

    def column(self, key: str) -> ShownColumn | None:
        return next((c for c in self.columns if c.key == key), None)


# One term of an FTS5 expression as build_match writes it: an optional column filter, a quoted
# phrase ("" escapes a quote) and an optional prefix star; or an operator or a parenthesis.
_ITEM = re.compile(r'(-?body:)?"((?:[^"]|"")*)"(\*?)|\(|\)|AND|OR|NOT')
_SQL_OPERATORS = {"AND": "AND", "OR": "OR", "NOT": "AND NOT"}  # FTS5's NOT is "and not"


def _words(text: str) -> list[str]:
    """``text`` as the index's tokenizer splits it: runs of letters and digits, folded."""
    # Imported here, as a filter first imports it (viewer.archive.store): a page without one
    # does not load the search's query syntax.
    from viewer.archive.search_query import WORD_CHARS

    return WORD_CHARS.findall(fold(text))


def _term_matches(column_filter: str | None, phrase: str, prefix: bool, shown: str) -> bool:
    """Whether a term matches a shown word as FTS5 would match it in a record's title: the
    phrase's words in a row, the last a prefix with ``*``; ``body:`` never (a word of ours is
    a title's, not a body's)."""
    if column_filter == "body:":
        return False
    wanted, words = _words(phrase), _words(shown)
    if not wanted:
        return False
    n = len(wanted)
    for i in range(len(words) - n + 1):
        if words[i:i + n - 1] == wanted[:-1] and (
                words[i + n - 1].startswith(wanted[-1]) if prefix
                else words[i + n - 1] == wanted[-1]):
            return True
    return False


def _term_values(column: ShownColumn, match: re.Match[str]) -> list[str]:
    """The stored words of ``column`` whose shown word the term matches, where it is not the
    stored word itself (the index finds a row by that as it always has)."""
    phrase = match.group(2).replace('""', '"')
    return [stored for stored, shown in column.words
            if _words(shown) != _words(stored)
            and _term_matches(match.group(1), phrase, bool(match.group(3)), shown)]


#: The share of a column's vocabulary up to which its rows are read through its sort key's
#: index (:func:`_in_column`).
_FEW_WORDS = 0.25


def _in_column(column: ShownColumn, values: list[str], indexed: str | None
               ) -> tuple[str, list[Any]]:
    """The rows whose ``column`` holds one of ``values``; ``indexed``: the column's sort key
    that an index leads with (Facts' ``label_sort``), asked for too where the words are few
    of the vocabulary, so that SQLite reads those rows through it and joins them to the
    index's matches (a "multi-index OR") rather than test every row of the table. Where they
    are many (more than :data:`_FEW_WORDS` of the vocabulary), reading most rows one by one
    through an index costs more than that test (figures: tests/benchmarks/README.md)."""
    marks = ", ".join("?" * len(values))
    name = quote_identifier(column.key)
    if column.listed:  # a JSON list the builder wrote; a damaged cell is no list at all
        return (f"EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid({name}) THEN {name} "
                f"ELSE '[]' END) WHERE value IN ({marks}))", values)
    if indexed is not None and indexed != column.key \
            and len(values) <= len(column.words) * _FEW_WORDS:
        return (f"({quote_identifier(indexed)} IN ({marks}) AND {name} IN ({marks}))",
                [*(sort_key(v) for v in values), *values])
    return f"{name} IN ({marks})", values


def filter_condition(expression: str, shown: ShownWords | None,
                     matching: Callable[[str], tuple[str, list[Any]]],
                     indexed: Callable[[str], str | None] = lambda _key: None,
                     ) -> tuple[str, list[Any]] | None:
    """A filter's condition on a table's rows where some term of ``expression`` (an FTS5
    expression of :func:`~viewer.archive.search_query.build_match`) matches a shown word: a
    row matches a term if the index does (``matching``) or a column holds a word shown so,
    and the terms are joined as the expression joins them. None where no term matches a shown
    word: then the filter is the index's alone, with its quicker reads. ``indexed``: the
    column, by key, that an index of the table leads with for that key, if one does."""
    if shown is None or not shown.columns:
        return None
    items = list(_ITEM.finditer(expression))
    if "".join("".join(m.group(0).split()) for m in items) != "".join(expression.split()):
        return None  # not an expression build_match writes (NEAR groups): the index's alone
    shown_as: dict[int, tuple[str, list[Any]]] = {}  # item -> the columns showing its term
    words: dict[tuple[ShownColumn, int], list[str]] = {}  # (column, item) -> stored words
    for n, item in enumerate(items):
        if item.group(2) is not None:
            for column in shown.columns:
                if values := _term_values(column, item):
                    words[column, n] = values
            found = [_in_column(column, values, indexed(column.key))
                     for (column, m), values in words.items() if m == n]
            if found:
                shown_as[n] = (f"({' OR '.join(sql for sql, _p in found)})",
                               [p for _sql, params in found for p in params])
    if not shown_as:
        return None
    terms = [n for n, item in enumerate(items) if item.group(2) is not None]
    if all(items[n].group(0) == "AND" for n in range(len(items)) if n not in terms):
        columns = {column for column, _n in words}
        if len(columns) == 1 and not (column := columns.pop()).listed:
            return _by_word(items, terms, column, words, matching, indexed(column.key))
        if len(terms) <= _MAX_SPLIT_TERMS:
            return _every_split(items, terms, shown_as, matching)
    sql: list[str] = []
    params: list[Any] = []
    for n, item in enumerate(items):
        text = item.group(0)
        if item.group(2) is None:
            sql.append(_SQL_OPERATORS.get(text, text))
            continue
        clause, more = matching(text)
        if n in shown_as:
            clause, more = f"({clause} OR {shown_as[n][0]})", [*more, *shown_as[n][1]]
        sql.append(clause)
        params += more
    return f"({' '.join(sql)})", params


def _by_word(items: list[re.Match[str]], terms: list[int], column: ShownColumn,
             words: dict[tuple[ShownColumn, int], list[str]],
             matching: Callable[[str], tuple[str, list[Any]]], indexed: str | None
             ) -> tuple[str, list[Any]]:
    """Words that must all be found, where one column alone shows any of them: the column's
    stored words grouped by the terms their shown word holds, each group's rows asked of the
    index for the other terms only, in one MATCH; the rows of any other word, for them all.
    A row is tested against a few lists of words, and the index is asked for little."""
    holds: dict[str, set[int]] = {}
    for (_column, n), values in words.items():
        for value in values:
            holds.setdefault(value, set()).add(n)
    groups: dict[frozenset[int], list[str]] = {}
    for value, found in holds.items():
        groups.setdefault(frozenset(found), []).append(value)
    splits: list[str] = []
    params: list[Any] = []
    for held, values in sorted(groups.items(), key=lambda group: -len(group[0])):
        clause, more = _in_column(column, values, indexed)
        rest = [items[n].group(0) for n in terms if n not in held]
        if rest:
            fts, fts_params = matching(" AND ".join(rest))
            clause, more = f"({clause} AND +{fts})", [*more, *fts_params]  # "+": _every_split
        splits.append(clause)
        params += more
    clause, more = matching(" AND ".join(items[n].group(0) for n in terms))
    return f"({' OR '.join([*splits, clause])})", [*params, *more]


#: Terms joined by AND, at most this many, are split as :func:`_every_split` does.
_MAX_SPLIT_TERMS = 4


def _every_split(items: list[re.Match[str]], terms: list[int],
                 shown_as: dict[int, tuple[str, list[Any]]],
                 matching: Callable[[str], tuple[str, list[Any]]]) -> tuple[str, list[Any]]:
    """Words that must all be found, each by a shown word or by the index: for each way of
    splitting them between the two, the index asked for its words together in one MATCH
    (FTS5 walks the rarest of them; asked alone, a short prefix such as "de*" has it read
    most of the index), the splits with most shown words first, so that SQLite, which stops
    at the first that holds, seldom asks the index at all."""
    splits: list[str] = []
    params: list[Any] = []
    shown_terms = [n for n in terms if n in shown_as]
    for size in range(len(shown_terms), -1, -1):
        for chosen in combinations(shown_terms, size):
            parts = [shown_as[n][0] for n in chosen]
            split_params = [p for n in chosen for p in shown_as[n][1]]
            rest = [items[n].group(0) for n in terms if n not in chosen]
            if rest:
                clause, more = matching(" AND ".join(rest))
                # "+": no index for it, so SQLite tests the splits row by row and stops at
                # the first that holds; through the indexes (a "multi-index OR") it would
                # read every split's matches first, the broad ones too.
                parts.append(f"+{clause}" if len(shown_terms) > 1 else clause)
                split_params += more
            splits.append(f"({' AND '.join(parts)})")
            params += split_params
    return f"({' OR '.join(splits)})", params


def ranks(column: ShownColumn) -> dict[str, list[str]]:
    """Each shown word of ``column`` with its stored words, in the order the window gave: a
    word's rank is its place here (stored words shown alike share one)."""
    ranked: dict[str, list[str]] = {}
    for stored, shown in column.words:
        ranked.setdefault(shown, []).append(stored)
    return ranked


def sort_expression(column: ShownColumn, stored_key: str) -> tuple[str, list[Any]]:
    """What a sort by ``column`` orders by: a stored word's rank among the shown words (an
    integer), or for a word outside the vocabulary (a source's own, shown as stated)
    ``stored_key``, the SQL of the column's own sort key: text, which SQLite sorts after every
    number, so those words follow the vocabulary's, in their own order."""
    cases: list[str] = []
    params: list[Any] = []
    for rank, stored in enumerate(ranks(column).values()):
        cases += [f"WHEN ? THEN {rank}"] * len(stored)
        params += stored
    if not cases:
        return stored_key, []
    return (f"CASE {quote_identifier(column.key)} {' '.join(cases)} ELSE {stored_key} END",
            params)
