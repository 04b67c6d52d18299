"""Which texts a one-word name is found in, for a record's "mentions".

The full-text index matches accent- and case-blind, which finds a long name however a source
spells it, but makes a short one another's: the award "Oscar" found the character "Óscar".
A one-word name counts where the text spells it as given, or in a spelling that names no
record of the archive: "Benjamin's" still mentions the character Benjamín, as no record is
called "Benjamin"; "Óscar" is the character's and no mention of the award.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+")


def one_word(phrase: str) -> bool:
    """Whether ``phrase`` is a single word (a name the accent-blind match may confuse)."""
    return len(_WORD.findall(phrase)) == 1


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
