"""The section of a document that a span of its characters sits in, as a citation names it.

A span is in a section when a passage of that section holds it (or overlaps it). Some words a
record is read from belong to no passage: a table's header row ("Directed by" above the
episodes' rows), an infobox's label, a heading the cleaner kept out of the passages. Those
words still sit under a heading. Either the passages before and after them are in one section
(so are the words), or the heading that opens the later passage's section lies between the
two: words after that heading are in its section, words before it in the earlier one. A
heading is found by its words, case- and space-blind ("EPISODES" is "Episodes"); where it is
not found, the words are taken for the opening of the later passage's section, as a table's
header or a label is (reviewer R1, item 9: "stated at characters 1488–1499: “Directed by”"
named no section).
"""

from __future__ import annotations

import sqlite3

from viewer.archive.schema import SECTION_SEP

_HOLDING = ('SELECT section FROM excerpts WHERE source_id = ? AND start < ? AND "end" > ? '
            "ORDER BY seq LIMIT 1")
_BEFORE = ('SELECT section, "end" FROM excerpts WHERE source_id = ? AND "end" <= ? '
           "ORDER BY seq DESC LIMIT 1")
_AFTER = "SELECT section, start FROM excerpts WHERE source_id = ? AND start >= ? " \
         "ORDER BY seq LIMIT 1"
#: SQLite's substr counts characters from 1, as a span's offsets count them from 0.
_GAP = "SELECT substr(text, ? + 1, ? - ?) FROM sources WHERE id = ?"


def section_at(conn: sqlite3.Connection, source_id: int, start: int, end: int) -> str | None:
    """The heading path of the section of document ``source_id`` that characters
    ``start``–``end`` sit in (see the module's docstring); None where it has none."""
    holding = conn.execute(_HOLDING, (source_id, max(end, start + 1), start)).fetchone()
    if holding is not None:
        return _section(holding[0])
    before = conn.execute(_BEFORE, (source_id, start)).fetchone()
    after = conn.execute(_AFTER, (source_id, end)).fetchone()
    if before is None or after is None or before[0] == after[0]:
        nearest = before or after  # the one passage beside the words, or both alike
        return _section(nearest[0]) if nearest is not None else None
    earlier, later = _section(before[0]) or "", _section(after[0]) or ""
    heading = _starting_heading(earlier, later)
    if heading is None:
        return later or None
    gap_start, gap_end = int(before[1]), int(after[1])
    row = conn.execute(_GAP, (gap_start, gap_end, gap_start, source_id)).fetchone()
    gap = str(row[0]) if row and row[0] else ""
    words = _folded(heading)
    if words in _folded(gap[:start - gap_start]):
        return later or None
    if words in _folded(gap[end - gap_start:]):
        return earlier or None
    return later or None


def _section(value: object) -> str | None:
    """A passage's section as the table holds it: a heading path, or none (NULL, or empty for
    a passage before the first heading), never the text "None" (R3 code review, finding 5)."""
    return value if isinstance(value, str) and value else None


def _starting_heading(earlier: str, later: str) -> str | None:
    """The heading that opens ``later``'s section after ``earlier``'s: the first of its path
    that differs ("Episodes" from "Wikipedia › Cast" to "Wikipedia › Episodes")."""
    old, new = earlier.split(SECTION_SEP), later.split(SECTION_SEP)
    for i, part in enumerate(new):
        if i >= len(old) or old[i] != part:
            return part
    return None


def _folded(text: str) -> str:
    """Case- and space-blind ("SUMMARY DETAILS:" holds "Summary Details")."""
    return " ".join(text.casefold().split())
