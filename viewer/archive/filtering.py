"""What a tab's filter searches for: the words typed, each a prefix.

A filter narrows a table as the user types, so the word being typed is never whole: "hern"
must find "Hernández" (issue 28). Every plain word of two or more letters becomes a prefix
(``hern*``); phrases in quotes, words already ending in ``*``, upper-case operators and
words with punctuation are left as typed for :func:`viewer.archive.search_query.build_match`.
A one-letter word stays whole: as a prefix it would match nearly every row.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r'"[^"]*"\*?|\S+')
_PLAIN_WORD = re.compile(r"\w{2,}")
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})


def typed_prefixes(text: str) -> str:
    """``text`` with each plain word of two or more letters made a prefix."""
    if text.count('"') % 2:  # an unbalanced quote: build_match says what it ignored
        return text.strip()
    out = []
    for token in _TOKEN.findall(text):
        if _PLAIN_WORD.fullmatch(token) and token not in _OPERATORS:
            token += "*"
        out.append(token)
    return " ".join(out)
