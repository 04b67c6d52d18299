"""Quotes a source states twice: the same words of one speaker in two places.

The production notes print some interviews twice — once under the speaker's own section and
again, whole or in part, among the other testimonies (Ana Solares' "It was a tremendous
challenge …", Monika Revilla's "The writers' room was unique in itself …"). Each passage is a
quote of its own, with the role its attribution gives there (the two attributions may word it
differently: "Production Design", "Production Designer"), so both records stay; a link ties
them as one quote stated twice (table ``quote_links``), which the detail pane follows.

Two quotes are linked when they have one speaker and share a run of :data:`MIN_WORDS`
words or more, word for word (a repeat may drop the words that led into it: "I think that had
a lot to do with James, who always made it a priority …" / "James always made it a priority
…"). The words are compared folded: case and accents, quotation marks and apostrophes
(straight or curly), emphasis markers and repeated full stops ("“**Somos**.”" and
"\"*Somos*.\"." are one title) left out. The words are the seed's own, so no curation is
needed: a remark reported in other words is a curator's call (``[[same_remark]]`` of
``corrections.toml``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from viewer.archive.extract.base import fold

#: A run of words this long, repeated word for word, is the quote stated again; a short one
#: ("I learned a lot from James.") may be said twice in different talks.
MIN_WORDS = 20
#: The relation of the links, as ``quote_links.relation`` and the detail pane name it.
SAME_WORDS = "same words quoted again"

_MARKS = re.compile(r"[\"'“”‘’«»*_]")
_STOPS = re.compile(r"([.!?,;:])(?:\s*[.!?,;:])+")


@dataclass(frozen=True, slots=True)
class QuoteWords:
    """One quote as the comparison reads it: its id, its speaker (a person's key), the words
    of each passage it is read from (a quote joined from two paragraphs has two)."""

    id: int
    speaker: str
    passages: tuple[str, ...]


def folded(words: str) -> str:
    """``words`` as they are compared: see the module docstring."""
    text = _MARKS.sub("", fold(words))
    return " ".join(_STOPS.sub(r"\1", text).split())


def _runs(words: str) -> set[tuple[str, ...]]:
    """Every run of :data:`MIN_WORDS` consecutive words of ``words`` (folded)."""
    said = words.split()
    return {tuple(said[i:i + MIN_WORDS]) for i in range(len(said) - MIN_WORDS + 1)}


def repeated(quotes: Sequence[QuoteWords]) -> list[tuple[int, int]]:
    """Every pair (a, b), both ways round, of quotes one speaker says in the same words."""
    by_speaker: dict[str, list[QuoteWords]] = {}
    for q in quotes:
        by_speaker.setdefault(q.speaker, []).append(q)
    pairs: set[tuple[int, int]] = set()
    for said in by_speaker.values():
        if len(said) < 2:
            continue
        runs = {q.id: _runs(folded(" ".join(q.passages))) for q in said}
        for a in said:
            for b in said:
                if a.id < b.id and not runs[a.id].isdisjoint(runs[b.id]):
                    pairs.update({(a.id, b.id), (b.id, a.id)})
    return sorted(pairs)
