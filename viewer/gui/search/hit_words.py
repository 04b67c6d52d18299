"""A search result's Record and Match columns in the window's language.

The search index holds the archive's words in English: a crew credit's title is "James
Schamus — Writer", a person's text lists "Writer, Creator", a source's its kind. The window
composes the Record column from the record's fields in its language
(:func:`~viewer.gui.archive_words.record_title`), and the Match column, which shows where the
words matched, says the same words in the same language: each piece of the English text that
is a word of the archive's own vocabulary (a role, a fact's label, a claim's subject, a kind,
what a thing is to the series) is shown translated, and everything else — names, the values a
source states, a quote's role as the source wrote it — as it is. The highlight follows the
pieces: a match inside a source's words keeps its letters; a match inside a word of ours
marks the whole translated word ("writer" matched "Writer", shown "Guionista").

Run by the search job, off the GUI thread (Qt's translate is thread-safe): one lookup per
table of the records whose text has words of ours.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from viewer.archive.tables import COMPOSED_TITLES, ENTITY_KINDS, composed_records
from viewer.archive.topics import sentence_case
from viewer.gui.archive_words import (
    CAST_TITLE,
    CLAIM_TITLE,
    attribute_label,
    fact_label,
    inferred_role,
    record_title,
    relation_label,
    role_label,
    subject_label,
)
from viewer.gui.labels import kind_label

if TYPE_CHECKING:
    from collections.abc import Sequence

    from viewer.archive.records.navigation import Hit
    from viewer.archive.tables import ReadsRecords

# Tables whose search text has lines of our vocabulary besides the title: a person's roles,
# a source's kind, what a named thing is to the series, a disagreement's marker line.
BODY_WORDS = frozenset({"people", "sources", "disagreements", *ENTITY_KINDS})
# The line the builder adds to a disagreement's search text (viewer/archive/writing.py); the
# detail pane's heading of the same words translates it (context "Relations").
SOURCES_DISAGREE = "Sources disagree"
ELLIPSIS = "…"
_TAGS = re.compile(r"(</?b>)")
_PLACEHOLDER = re.compile(r"%(\d)")


@dataclass(frozen=True, slots=True)
class Piece:
    """One part of a text as the index holds it (``english``) and as the window shows it."""

    english: str
    shown: str

    @property
    def ours(self) -> bool:
        """A word of ours the window translates: a match anywhere in it marks it whole."""
        return self.shown != self.english


@dataclass(frozen=True, slots=True)
class Composed:
    """A text made of pieces in two orders: the English one the index holds and the one the
    window's language writes (its templates may put the pieces in another order). Each order
    is a list of pieces (by index into ``pieces``) and literal strings between them."""

    pieces: tuple[Piece, ...]
    english: tuple[int | str, ...]
    shown: tuple[int | str, ...]
    capital: bool = False  # the text starts with a capital (a claim's title)

    def text(self, english: bool) -> str:
        out = "".join(self._part(p, english)
                      for p in (self.english if english else self.shown))
        return sentence_case(out) if self.capital else out

    def _part(self, part: int | str, english: bool) -> str:
        if isinstance(part, str):
            return part
        piece = self.pieces[part]
        return piece.english if english else piece.shown

    def starts(self, english: bool) -> dict[int, int]:
        """Where each piece starts in the text."""
        at, where = 0, {}
        for p in self.english if english else self.shown:
            if isinstance(p, int):
                where[p] = at
            at += len(self._part(p, english))
        return where


def _template(template: str) -> tuple[int | str, ...]:
    """A ``%1``-style template as literals and piece indexes (0-based)."""
    parts: list[int | str] = []
    for n, part in enumerate(_PLACEHOLDER.split(template)):
        if n % 2:
            parts.append(int(part) - 1)
        elif part:
            parts.append(part)
    return tuple(parts)


def _composed(english: str, shown: str, *pieces: Piece, capital: bool = False) -> Composed:
    return Composed(tuple(pieces), _template(english), _template(shown), capital)


def _same(text: str) -> Piece:
    return Piece(text, text)


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def title_pieces(table: str, record: Any) -> Composed | None:
    """A record's title as :func:`viewer.archive.tables.title_of` writes it in English and
    :func:`~viewer.gui.archive_words.record_title` in the window's language, piece by piece;
    None for a title with no words of ours."""
    if table == "cast" and record.character:
        return _composed("%1 as %2", _tr("Titles", CAST_TITLE), _same(record.actor),
                         _same(record.character))
    if table == "crew":
        role = role_label(record.role)
        return _composed("%1 — %2", "%1 — %2", _same(record.person),
                         Piece(record.role, inferred_role(role) if record.inferred else role))
    if table == "facts":
        return _composed("%1: %2", "%1: %2", Piece(record.label, fact_label(record.topic)),
                         _same(str(record.value)))
    if table in ("claims", "disagreements"):
        value = record.value if table == "claims" else record.summary
        return _composed("%1, %2: %3", _tr("Titles", CLAIM_TITLE),
                         Piece(record.subject, subject_label(record.subject)),
                         Piece(record.attribute, attribute_label(record.attribute)),
                         _same(str(value)), capital=True)
    return None


def _listed(words: Sequence[str], show: Any, separator: str) -> Composed:
    pieces = tuple(Piece(w, show(w)) for w in words)
    order: list[int | str] = []
    for n in range(len(pieces)):
        order += [separator, n] if n else [n]
    return Composed(pieces, tuple(order), tuple(order))


def body_pieces(table: str, record: Any) -> dict[int, Composed]:
    """The lines of a record's search text that are words of ours, piece by piece, by their
    place among its lines as the builder writes them (viewer/archive/writing.py: empty parts
    left out). By place, not by their words: a name a source gives a thing may be spelt as
    one of our words ("massacre"), and is the source's."""
    if table == "people":
        before = sum(1 for v in record.variants if v != record.name)
        inferred = record.inferred_roles
        return {before: _listed(record.roles, lambda r: inferred_role(role_label(r))
                                if r in inferred else role_label(r), ", ")} if record.roles else {}
    if table == "sources":
        before = bool(record.site) + bool(record.author)
        return {before: _listed([record.kind], kind_label, "")} if record.kind else {}
    if table in ENTITY_KINDS:
        return {n: _listed([r], relation_label, "") for n, r in enumerate(record.relations)}
    if table == "disagreements":
        return {0: _listed([SOURCES_DISAGREE], lambda w: _tr("Relations", w), "")}
    return {}


def _plain(snippet: str) -> tuple[str, list[tuple[int, int]]]:
    """A snippet's text (entities decoded, tags dropped) and its matches' ranges in it."""
    text, ranges, start = "", [], -1
    for part in _TAGS.split(snippet):
        if part == "<b>":
            start = len(text)
        elif part == "</b>":
            if start >= 0:
                ranges.append((start, len(text)))
            start = -1
        elif part:
            text += html.unescape(part)
    return text, ranges


def _shown(composed: Composed, offset: int, ranges: list[tuple[int, int]]) -> str:
    """``composed`` as the window shows it, escaped, with the matches of the English text
    (``ranges``, counted from ``offset`` in it) marked on the pieces they fall in."""
    english_at, shown_at = composed.starts(True), composed.starts(False)
    marks: list[tuple[int, int]] = []
    for a, b in ranges:
        a, b = a + offset, b + offset
        for n, piece in enumerate(composed.pieces):
            if n not in english_at or n not in shown_at:
                continue
            start, end = english_at[n], english_at[n] + len(piece.english)
            if a >= end or b <= start:
                continue
            if piece.ours:
                marks.append((shown_at[n], shown_at[n] + len(piece.shown)))
            else:
                marks.append((shown_at[n] + max(a, start) - start,
                              shown_at[n] + min(b, end) - start))
    text = composed.text(False)
    out, at = [], 0
    for a, b in sorted(set(marks)):
        if a < at:  # two matches in one word of ours: marked once
            continue
        out += [html.escape(text[at:a]), "<b>", html.escape(text[a:b]), "</b>"]
        at = b
    out.append(html.escape(text[at:]))
    return "".join(out)


def _line(plain: str, ranges: list[tuple[int, int]], composed: Composed, last: bool
          ) -> str | None:
    """One line of a snippet in the window's language, where it is ``composed`` (the last
    may be cut short by the snippet's "…"); None where it is not."""
    trail = last and plain.endswith(ELLIPSIS)
    core = plain[:len(plain) - len(ELLIPSIS)] if trail else plain
    english = composed.text(True)
    if not core.strip() or not (core == english or (trail and english.startswith(core))):
        return None
    if composed.text(True) == composed.text(False):
        return None
    return _shown(composed, 0, ranges) + (ELLIPSIS if trail else "")


def shown_snippet(snippet: str, title: Composed | None, lines: dict[int, Composed]) -> str:
    """A hit's snippet with the words of ours it shows in the window's language: the whole
    title where the snippet is the title (or a part of it, cut by "…"), else the lines of
    the record's text that are words of ours (``lines``, by place). Anything else stays as
    the index gave it."""
    plain, ranges = _plain(snippet)
    if title is not None and title.text(True) != title.text(False):
        english = title.text(True)
        lead = plain.startswith(ELLIPSIS)
        trail = plain.endswith(ELLIPSIS) and plain != ELLIPSIS
        core = plain[len(ELLIPSIS) if lead else 0:len(plain) - (len(ELLIPSIS) if trail else 0)]
        at = english.find(core) if core else -1
        if at >= 0 and (core == english or lead or trail):
            shift = len(ELLIPSIS) if lead else 0
            return _shown(title, at, [(a - shift, b - shift) for a, b in ranges])
    if not lines or plain.startswith(ELLIPSIS):
        return snippet  # a snippet cut at its start: which of the lines it starts on is unknown
    raw_lines = snippet.split("\n")
    out = []
    for n, raw in enumerate(raw_lines):
        line = lines.get(n)
        shown = None if line is None else _line(*_plain(raw), line, n == len(raw_lines) - 1)
        out.append(raw if shown is None else shown)
    return "\n".join(out)


def shown_hits(archive: ReadsRecords, hits: list[Hit]) -> list[Hit]:
    """``hits`` with their Record and Match columns in the window's language (see the module
    docstring); a hit with no words of ours as it came."""
    records = composed_records(archive, ((hit.table, hit.id) for hit in hits),
                               COMPOSED_TITLES | BODY_WORDS)
    if not records:
        return hits
    out = []
    for hit in hits:
        record = records.get((hit.table, hit.id))
        if record is None:
            out.append(hit)
            continue
        title = title_pieces(hit.table, record)
        snippet = shown_snippet(hit.snippet, title, body_pieces(hit.table, record))
        name = record_title(hit.table, record) if hit.table in COMPOSED_TITLES else hit.title
        out.append(replace(hit, title=name, snippet=snippet))
    return out
