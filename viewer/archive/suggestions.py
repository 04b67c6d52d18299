"""“Did you mean …?”: words the archive does not hold, respelt as words it does.

The candidates are the index's own vocabulary (the builder's ``fts5vocab`` table,
:data:`~viewer.archive.schema.SEARCH_VOCAB`), so a suggestion always finds something: "Shamus"
becomes "Schamus", "masacre" "massacre", "Chenilo" "Chenillo". Words are compared folded, as
the index stores them (no case, no accents), by :mod:`difflib`'s similarity ratio; only terms
that begin with the same letter and are about as long are read, so the vocabulary of a large
archive is never read whole.
"""

from __future__ import annotations

import difflib
import re
import sqlite3
from dataclasses import dataclass

from viewer.archive.schema import SEARCH_VOCAB
from viewer.archive.search_query import ShownPairs, shows_word
from viewer.archive.stop_words import fold, is_stop_word

#: How alike (difflib's ratio, 0–1) a term must be to a word to be suggested for it.
CUTOFF = 0.75
#: How much longer or shorter than the word a candidate may be, in characters.
LENGTH_SLACK = 2
#: Words shorter than this are not respelt: too many terms are that close to them.
MIN_LENGTH = 4
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Suggestion:
    """``text`` is what the user typed with each unknown word replaced; ``words`` maps each
    replaced word (as typed) to its replacement (folded as the index stores it, capitalised
    when the word was)."""

    text: str
    words: dict[str, str]


def _term_known(conn: sqlite3.Connection, term: str, prefix: bool) -> bool:
    if prefix:
        row = conn.execute(f"SELECT 1 FROM {SEARCH_VOCAB} WHERE term >= ? AND term < ? LIMIT 1",
                           (term, term + "\U0010ffff")).fetchone()
    else:
        row = conn.execute(f"SELECT 1 FROM {SEARCH_VOCAB} WHERE term = ?", (term,)).fetchone()
    return row is not None


def closest_term(conn: sqlite3.Connection, word: str) -> str | None:
    """The vocabulary's term most like ``word`` (folded), or None when none is alike enough.
    Ties go to the term more records hold."""
    folded = fold(word)
    if len(folded) < MIN_LENGTH:
        return None
    first = folded[0]
    rows = conn.execute(
        f"SELECT term, doc FROM {SEARCH_VOCAB} WHERE term >= ? AND term < ? "
        "AND length(term) BETWEEN ? AND ?",
        (first, chr(ord(first) + 1), len(folded) - LENGTH_SLACK,
         len(folded) + LENGTH_SLACK)).fetchall()
    docs = {str(term): int(doc) for term, doc in rows}
    close = difflib.get_close_matches(folded, list(docs), n=5, cutoff=CUTOFF)
    if not close:
        return None
    matcher = difflib.SequenceMatcher(a=folded)

    def likeness(term: str) -> tuple[float, int]:
        matcher.set_seq2(term)
        return matcher.ratio(), docs[term]

    return max(close, key=likeness)


def suggest(conn: sqlite3.Connection, text: str, *, prefix_last: bool = False,
            words_shown: ShownPairs = ()) -> Suggestion | None:
    """``text`` with every word the archive does not hold replaced by its closest term, or
    None when every word is known (or none has a close term). With ``prefix_last`` the last
    word counts as known when some term begins with it (it is still being typed). Operators,
    phrases and prefixes the user wrote are left alone, and so is a word the window shows
    for one of the archive's own (``words_shown``, as for
    :func:`~viewer.archive.search.search_archive`): the search finds records by it."""
    words = list(_WORD.finditer(text))
    if not words or any(op in text for op in ('"', "(", ":")):
        return None
    replaced: dict[str, str] = {}
    pieces: list[str] = []
    end = 0
    for i, found in enumerate(words):
        word = found.group()
        last = i == len(words) - 1
        starred = text[found.end():found.end() + 1] == "*"
        if (word in ("AND", "OR", "NOT") or is_stop_word(word) or word.isdigit()
                or _term_known(conn, fold(word), starred or (prefix_last and last))
                or shows_word(word, words_shown, prefix=starred or (prefix_last and last))):
            continue
        term = closest_term(conn, word)
        if term is None:
            continue
        shown = term.capitalize() if word[:1].isupper() else term
        replaced[word] = shown
        pieces.append(text[end:found.start()])
        pieces.append(shown)
        end = found.end()
    if not replaced:
        return None
    pieces.append(text[end:])
    return Suggestion("".join(pieces).strip(), replaced)
