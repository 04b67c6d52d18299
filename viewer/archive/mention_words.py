"""Which texts a one-word name is found in, for a record's "mentions".

The full-text index matches accent- and case-blind, which finds a long name however a source
spells it, but makes a short one another's: the award "Oscar" found the character "Óscar".
A one-word name counts where the text spells it as given, or in a spelling that names no
record of the archive: "Benjamin's" still mentions the character Benjamín, as no record is
called "Benjamin"; "Óscar" is the character's and no mention of the award.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from typing import Any

from viewer.archive.schema import SEARCH_FTS, SEARCH_TABLE

_WORD = re.compile(r"\w+")


def one_word(phrase: str) -> bool:
    """Whether ``phrase`` is a single word (a name the accent-blind match may confuse)."""
    return len(_WORD.findall(phrase)) == 1


def mentions_in_index(conn: sqlite3.Connection | Any, table: str, expression: str, phrase: str,
                      limit: int) -> list[int]:
    """Ids of ``table``'s search rows matching ``expression`` (the exact phrase ``phrase``),
    accent- and case-blind, a one-word name as :func:`spelt_as_named` reads it."""
    # The MATCH stands alone in a subquery: joined with an alias it made SQLite run the
    # full-text match once per excerpt row.
    sql = (f"SELECT s.record_id FROM {SEARCH_TABLE} s WHERE s.tab = ? "
           f"AND s.id IN (SELECT rowid FROM {SEARCH_FTS} WHERE {SEARCH_FTS} MATCH ?) "
           f"ORDER BY s.record_id")
    if not one_word(phrase):
        return [int(r[0]) for r in conn.execute(f"{sql} LIMIT ?", (table, expression, limit))]
    # One word matched accent- and case-blind finds other names: "Oscar" the character Óscar.
    return mentions_of_one_word(conn, sql, (table, expression), phrase)[:limit]


def mentions_of_one_word(conn: sqlite3.Connection | Any, sql: str, params: tuple[Any, ...],
                         phrase: str) -> list[int]:
    """The ids ``sql`` (selecting ``s.record_id`` of the search rows ``s`` that match
    ``phrase``) finds, of the rows whose text names ``phrase`` (:func:`spelt_as_named`)."""
    rows = conn.execute(sql.replace("SELECT s.record_id", "SELECT s.record_id, s.title, "
                                    "s.heading, s.body"), params).fetchall()
    named = {str(r[0]) for r in conn.execute(
        f"SELECT DISTINCT title FROM {SEARCH_TABLE} WHERE title NOT LIKE '% %'")}
    return spelt_as_named(phrase, [(int(r[0]), " ".join(str(x or "") for x in r[1:]))
                                   for r in rows], named)


def spelt_as_named(phrase: str, rows: list[tuple[int, str]], named: set[str]) -> list[int]:
    """The ids of ``rows`` (id, text) whose text names ``phrase``: as spelt, or spelt in a way
    no record's one-word title (``named``) is spelt."""
    given = unicodedata.normalize("NFC", phrase.strip())
    word = re.compile(rf"(?<!\w){re.escape(given)}(?!\w)", re.I)
    plain = _plain(given)
    kept: list[int] = []
    for record_id, text in rows:
        # The case-blind pattern misses the accented spellings: compare each word's letters.
        spelt = {w for w in _WORD.findall(unicodedata.normalize("NFC", text))
                 if _plain(w) == plain} | {m.group() for m in word.finditer(text)}
        if not spelt or given in spelt or any(s not in named for s in spelt if s != given):
            kept.append(record_id)
    return kept


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(c)).casefold()
