"""Where the words of a search stand in a text: accent- and case-folding, and the ranges that a
query's words and phrases match (its operators left out).

Plain Python, no Qt: the source reader marks these ranges in a document and its find line, the
tables' filter highlight in a cell, both accent- and case-blind as the search is.
"""

from __future__ import annotations

import re
import unicodedata

_OPERATORS = {"AND", "OR", "NOT", "NEAR"}
_QUERY_TOKEN = re.compile(r'"([^"]*)"(\*?)|(\S+)')


def _fold_char(ch: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", ch)
                   if not unicodedata.combining(c)).casefold()


def fold(text: str) -> tuple[str, list[int] | None]:
    """Accent- and case-folded ``text`` and, for each folded char, its index in ``text``
    (None when every char folds to exactly one, so indices are unchanged: the usual case,
    done with one ``str.translate`` instead of a loop over a long document)."""
    table: dict[int, str] = {}
    for ch in set(text):
        folded = _fold_char(ch)
        if len(folded) != 1:
            break
        if folded != ch:
            table[ord(ch)] = folded
    else:
        return text.translate(table), None
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = _fold_char(ch)
        out.append(folded)
        index.extend([i] * len(folded))
    return "".join(out), index


def term_patterns(query: str) -> list[re.Pattern[str]]:
    """Regexes over folded text for the words and phrases of a search, operators left out."""
    patterns: list[re.Pattern[str]] = []
    skip_next = False
    for phrase, star, word in _QUERY_TOKEN.findall(query.replace("(", " ").replace(")", " ")):
        raw, prefix = (phrase, bool(star)) if phrase or star else (word, word.endswith("*"))
        if word in _OPERATORS:
            skip_next = word == "NOT"
            continue
        if skip_next:
            skip_next = False
            continue
        if ":" in raw and raw.split(":", 1)[0].lower() in ("title", "body"):
            raw = raw.split(":", 1)[1]
        words = [fold(w)[0] for w in re.findall(r"\w+", raw)]
        if not words:
            continue
        body = r"\W+".join(re.escape(w) for w in words)
        patterns.append(re.compile(r"(?<!\w)" + body + (r"\w*" if prefix else r"(?!\w)")))
    return patterns


def find_terms(text: str, query: str) -> list[tuple[int, int]]:
    """Ranges of ``text`` (Python indices) that the search ``query`` matches."""
    patterns = term_patterns(query)
    if not patterns:
        return []
    folded, index = fold(text)
    found = []
    for pattern in patterns:
        for m in pattern.finditer(folded):
            if m.end() > m.start():
                found.append((m.start(), m.end()) if index is None
                             else (index[m.start()], index[m.end() - 1] + 1))
    return sorted(set(found))

