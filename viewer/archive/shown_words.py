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
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from viewer.archive.schema import quote_identifier
from viewer.archive.search_query import WORD_CHARS
from viewer.archive.stop_words import fold


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


def _in_column(column: ShownColumn, values: list[str]) -> tuple[str, list[Any]]:
    marks = ", ".join("?" * len(values))
    name = quote_identifier(column.key)
    if column.listed:  # a JSON list the builder wrote; a damaged cell is no list at all
        return (f"EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid({name}) THEN {name} "
                f"ELSE '[]' END) WHERE value IN ({marks}))", values)
    return f"{name} IN ({marks})", values


def filter_condition(expression: str, shown: ShownWords | None,
                     matching: Callable[[str], tuple[str, list[Any]]]
                     ) -> tuple[str, list[Any]] | None:
    """A filter's condition on a table's rows where some term of ``expression`` (an FTS5
    expression of :func:`~viewer.archive.search_query.build_match`) matches a shown word: each
    term becomes "the index matches it (``matching``) or the column holds a word shown so",
    joined as the expression joins its terms. None where no term matches a shown word: then
    the filter is the index's alone, with its quicker reads."""
    if shown is None or not shown.columns:
        return None
    items = list(_ITEM.finditer(expression))
    if "".join(m.group(0) for m in items) != "".join(expression.split()):
        return None  # not an expression build_match writes (NEAR groups): the index's alone
    found = False
    sql: list[str] = []
    params: list[Any] = []
    for item in items:
        text = item.group(0)
        if item.group(2) is None:
            sql.append(_SQL_OPERATORS.get(text, text))
            continue
        clause, more = matching(text)
        alternatives, alternative_params = [clause], list(more)
        for column in shown.columns:
            values = _term_values(column, item)
            if values:
                found = True
                condition, values = _in_column(column, values)
                alternatives.append(condition)
                alternative_params += values
        sql.append(f"({' OR '.join(alternatives)})")
        params += alternative_params
    return (f"({' '.join(sql)})", params) if found else None


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
