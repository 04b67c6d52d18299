"""Where the source reader's text stands: Python indices against Qt positions, and ranges of a
document's original text against the passages its reading view lays out.

Provenance spans and annotations are ranges of the *original* text; the reading view shows the
cleaned passages instead, each placed at a Qt position (:class:`Placed`). These functions carry
a range from one to the other, both ways, without Qt: the reader hands them what it laid out.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from viewer.archive.records.documents import Excerpt


def utf16_positions(text: str) -> list[int] | None:
    """Qt positions count UTF-16 units: a map from Python indices, or None when identical."""
    if not text or max(text) <= "\uffff":
        return None
    out, pos = [], 0
    for ch in text:
        out.append(pos)
        pos += 2 if ord(ch) > 0xFFFF else 1
    out.append(pos)
    return out


def u16len(text: str) -> int:
    """The length of ``text`` in Qt positions (UTF-16 units)."""
    return len(text.encode("utf-16-le")) // 2


def python_index(shown_text: str, position: int) -> int:
    """A Qt position in the shown text as a Python index (they differ past astral chars)."""
    to_qt = utf16_positions(shown_text)
    if to_qt is None:
        return position
    return bisect_left(to_qt, position)


@dataclass(frozen=True)
class Placed:
    """Where an excerpt's text sits in the reading view's document (Qt positions).

    A ``title`` is a section's title the view draws over its passages where the seed states
    it as a line of its own that the extraction kept only as the passages' section: its
    ``excerpt`` stands for that line (kind ``"section"``). A selection in it maps to the
    seed's words, but provenance spans are not marked in it (a credit's role read from the
    "Cast" heading is marked on the credit's own line)."""

    excerpt: Excerpt
    position: int
    title: bool = False


def span_in(text: str, ex: Excerpt, lo: int, hi: int) -> tuple[int, int] | None:
    """Where ``text[lo:hi]`` of the original ``text`` stands in a passage's cleaned text, if
    it does."""
    if text[ex.start:ex.end] == ex.text:
        return lo - ex.start, hi - ex.start
    needle = " ".join(text[lo:hi].split())
    found = ex.text.find(needle) if needle else -1
    if found < 0 and "*" in needle:  # emphasis markers the cleaning dropped
        needle = " ".join(needle.replace("*", "").split())
        found = ex.text.find(needle) if needle else -1
    return (found, found + len(needle)) if found >= 0 else None


def placed_ranges(text: str, placed: list[Placed], ranges: list[tuple[int, int]]
                  ) -> list[tuple[int, int]]:
    """``ranges`` of the original ``text`` as (start, end) Qt positions in the reading view
    whose passages are ``placed``.

    A span is marked where a shown passage holds its words. A passage whose cleaned text
    is not a plain cut of the original (an infobox row is its label and one value) may
    overlap a span without holding it: "Starring · Jero Medina" lies across the span of
    "Mercedes Hernández" between them. Such a passage is marked whole only if no shown
    passage holds the span's words, so that every span shows somewhere.
    """
    out: list[tuple[int, int]] = []
    for start, end in ranges:
        found_in: list[tuple[int, int]] = []
        whole: list[tuple[int, int]] = []
        for at in placed:
            ex = at.excerpt
            if not (ex.start < end and start < ex.end):
                continue
            where = span_in(text, ex, max(start, ex.start), min(end, ex.end))
            if where is None:
                whole.append((at.position, at.position + u16len(ex.text)))
            else:
                a, b = where
                found_in.append((at.position + u16len(ex.text[:a]),
                                 at.position + u16len(ex.text[:b])))
        out += found_in or whole
    return out


def original_range(text: str, shown_text: str, placed: list[Placed], a: int, b: int
                   ) -> tuple[int, int] | None:
    """Characters ``a:b`` (Python indices) of the reading view's ``shown_text`` as a range of
    the original ``text``, or None (nothing of the document's own text: a heading, a note of
    the reader). A passage cleaned of page furniture is mapped by its words."""
    inside = [(p.excerpt, python_index(shown_text, p.position)) for p in placed]
    touched = [(ex, at) for ex, at in inside if at < b and a < at + len(ex.text)]
    if not touched:
        return None
    (first, first_at), (last, last_at) = touched[0], touched[-1]
    if all(text[ex.start:ex.end] == ex.text for ex, _ in touched):
        lo = first.start + max(0, a - first_at)
        hi = last.start + min(len(last.text), b - last_at)
        return (lo, hi) if lo < hi else None
    words = re.findall(r"\S+", shown_text[max(a, first_at):min(b, last_at + len(last.text))])
    if not words:
        return None
    # The cleaning dropped emphasis marks and bullets, and may have put a space where
    # an infobox row had none ("Created byJames Schamus").
    loose = re.compile(r"[\s*•]*".join(re.escape(w) for w in words))
    found = loose.search(text, first.start, last.end)
    if found:
        return found.start(), found.end()
    # A row the cleaning put together from lines apart ("Starring Jero Medina" from
    # "Starring / • Mercedes Hernández / • Jero Medina"): from the first word to the last.
    begin, at = -1, first.start
    for word in words:
        at = text.find(word, at, last.end)
        if at < 0:
            return None
        begin = at if begin < 0 else begin
        at += len(word)
    return begin, at
