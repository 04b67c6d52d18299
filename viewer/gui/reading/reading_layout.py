"""How the source reader lays a document out: which part of a long one (around the span being
read), and the reading view itself, the cleaned passages under their section headings in the
reader's formats (quotes and their attributions, list items, infobox rows lined up under a
shared label).

Qt positions of what is laid out are handed back as
:class:`~viewer.gui.reading.text_positions.Placed`, so that the reader can mark spans of the
original text in it.
"""

from __future__ import annotations

import heapq
import re
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from viewer.archive.documents import DocumentText
from viewer.archive.records.documents import Excerpt, PassageBounds
from viewer.gui.labels import fill, number
from viewer.gui.reading.text_positions import Placed
from viewer.gui.translatable import QT_TRANSLATE_NOOP

# Characters either view lays out at once (about seven screens). Qt lays out a document on the
# GUI thread when it is shown and marked, in time that grows with its length, so the benchmark's
# long documents held the window on every record opened (figures in tests/benchmarks/README.md).
# A longer document is shown as this much around the span being read, says so, and offers to
# lay out the whole (two of the four seeds are longer).
MAX_READING_CHARS = 20_000
# A limit no document reaches: the whole document, when the user asks for it.
WHOLE = 2**62
# The reading view's text formats: body, heading, quotation, the reader's own notes.
Formats = tuple[QTextCharFormat, QTextCharFormat, QTextCharFormat, QTextCharFormat]


def reading_window(passages: list[PassageBounds], focus: int | None,
                   limit: int | None = None) -> tuple[list[PassageBounds], int, int]:
    """The passages to lay out, at most ``limit`` characters of them (always the one read),
    and how many are left out before and after: all of a short document; of a long one, those
    around the passage holding character ``focus`` of the original text (up to a quarter of
    the characters above it), or its beginning."""
    limit = limit or MAX_READING_CHARS
    n = len(passages)
    if sum(p.length for p in passages) <= limit:
        return passages, 0, 0
    at = 0
    if focus is not None:
        at = next((i for i, p in enumerate(passages) if p.end > focus), n - 1)
    first, last, used = at, at + 1, passages[at].length
    while first > 0 and used + passages[first - 1].length <= limit // 4:
        first -= 1
        used += passages[first].length
    while last < n and used + passages[last].length <= limit:
        used += passages[last].length
        last += 1
    while last == n and first > 0 and used + passages[first - 1].length <= limit:
        first -= 1  # the end reached: the rest of the room goes above
        used += passages[first].length
    return passages[first:last], first, n - last


#: The notes standing for the part of a long document the reader does not lay out, by what
#: is left out (the Python names are the English words).
_LEFT_OUT = {
    "earlier passages": QT_TRANSLATE_NOOP(
        "SourceReader", "… %1 earlier passages are not shown here, to keep the reader quick; "
        "open a record from them to read them."),
    "later passages": QT_TRANSLATE_NOOP(
        "SourceReader", "… %1 later passages are not shown here, to keep the reader quick; "
        "open a record from them to read them."),
    "earlier characters": QT_TRANSLATE_NOOP(
        "SourceReader", "… %1 earlier characters are not shown here, to keep the reader "
        "quick; open a record from them to read them."),
    "later characters": QT_TRANSLATE_NOOP(
        "SourceReader", "… %1 later characters are not shown here, to keep the reader quick; "
        "open a record from them to read them."),
}


def left_out(count: int, what: str) -> str:
    """The note standing for the part of a long document the reader does not lay out."""
    return fill(QCoreApplication.translate("SourceReader", _LEFT_OUT[what]), number(count))


def text_window(text: str, focus: int | None, limit: int | None = None) -> tuple[int, int]:
    """``text[start:end]`` to lay out in the original-text view: all of a short text; of a
    long one, at most ``limit`` characters around character ``focus`` (a quarter of them
    above it), cut at line ends."""
    limit = limit or MAX_READING_CHARS
    n = len(text)
    if n <= limit:
        return 0, n
    at = min(max(focus or 0, 0), n)
    start = max(0, min(at - limit // 4, n - limit))
    end = start + limit
    if start > 0:
        cut = text.find("\n", start, at)
        start = cut + 1 if cut >= 0 else start
    if end < n:
        cut = text.rfind("\n", at, end)
        end = cut + 1 if cut >= 0 else end
    return start, end


def _is_attribution(rec: Excerpt | None, document: DocumentText,
                    previous: Excerpt | None = None) -> bool:
    """A paragraph that names the speaker of the quote above it: in the production notes each
    quote is followed by a line "- Name (role)" (the cleaning keeps the words after the dash).
    Without ``previous`` the question is whether ``rec`` was one."""
    if rec is None or rec.kind != "paragraph":
        return False
    if previous is not None and previous.kind != "quote":
        return False
    return document.text[max(0, rec.start - 2):rec.start] in ("- ", "– ", "— ")


def _repeated_label(rec: Excerpt, previous: Excerpt | None) -> str:
    """The label an infobox row shares with the row above ("Starring " of "Starring Jero
    Medina" under "Starring Mercedes Hernández"): both were read from one label's block, so
    they start at the same character of the source."""
    if previous is None or previous.kind != rec.kind or previous.start != rec.start:
        return ""
    words, above = rec.text.split(" "), previous.text.split(" ")
    shared = 0
    while shared < min(len(words), len(above)) - 1 and words[shared] == above[shared]:
        shared += 1
    return " ".join(words[:shared]) + " " if shared else ""


class _PassageEnds:
    """Where the text before a passage starts: the furthest end, at or before the passage's
    start, of the passages before it in reading order (0 when none). Asked for each section
    title laid out, in reading order: the document's passages (ordered by ``seq``) are walked
    once per layout, not once per title; asked out of order, it walks again from the top."""

    def __init__(self, passages: list[PassageBounds]) -> None:
        self._passages = passages
        self._reset()

    def _reset(self) -> None:
        self._next = 0  # the passages before this index are counted in
        self._pending: list[int] = []  # their ends past the last start asked about (a heap)
        self._floor = 0
        self._last: tuple[int, int] = (-1, -1)  # the (seq, start) last asked about

    def before(self, rec: Excerpt) -> int:
        if rec.seq < self._last[0] or rec.start < self._last[1]:
            self._reset()
        self._last = (rec.seq, rec.start)
        passages = self._passages
        while self._next < len(passages) and passages[self._next].seq < rec.seq:
            heapq.heappush(self._pending, passages[self._next].end)
            self._next += 1
        while self._pending and self._pending[0] <= rec.start:
            self._floor = max(self._floor, heapq.heappop(self._pending))
        return self._floor


def _stated_title(document: DocumentText, title: str, rec: Excerpt,
                  lo: int) -> Excerpt | None:
    """The line of the seed stating the section ``title`` drawn over ``rec``, between the
    passage before ``rec`` (which ends at ``lo``: :class:`_PassageEnds`) and ``rec``, as an
    excerpt of its own; None if no line there is that title alone (a section named after a
    part of the page, as "Wikipedia")."""
    line = re.compile(rf"^{re.escape(title)}[ \t]*$", re.MULTILINE)
    lines = list(line.finditer(document.text, lo, rec.start))
    if not lines:
        return None
    found = lines[-1]  # the line right above the passage
    return replace(rec, kind="section", text=title, start=found.start(),
                   end=found.start() + len(title))


def reading_formats(point_size: float, note_color: QColor) -> Formats:
    """The reading view's text formats (:data:`Formats`) for a reader whose font is
    ``point_size``; its own notes are drawn in ``note_color``."""
    base = QTextCharFormat()
    heading = QTextCharFormat()
    heading.setFontWeight(QFont.Weight.Bold)
    heading.setFontPointSize(point_size * 1.15)
    quote = QTextCharFormat()
    quote.setFontItalic(True)
    note = QTextCharFormat()
    note.setFontItalic(True)
    note.setForeground(note_color)
    return base, heading, quote, note


def warm_up_layout(font: QFont, formats: Formats, width: int) -> None:
    """Lay out a line in each of ``formats``, ``width`` wide, in a document nobody sees, so
    that Qt loads their fonts and does its first rich-text layout now, not when the first
    document is opened (see ``SourceReader.warm_up``)."""
    doc = QTextDocument()
    doc.setDefaultFont(font)
    cursor = QTextCursor(doc)
    for fmt in formats:
        cursor.insertBlock(QTextBlockFormat(), fmt)
        cursor.insertText("Somos. — “Benjamín” 123")
    doc.setTextWidth(max(200, width))
    doc.documentLayout().documentSize()


def lay_out_passages(cursor: QTextCursor, shown: list[Excerpt], document: DocumentText,
                     formats: Formats, *, before: int, after: int,
                     limit: int | None) -> list[Placed]:
    """Write the reading view of ``shown`` (passages of ``document``) at ``cursor``, with a
    note for the ``before`` and ``after`` passages left out, and say where each passage
    went."""
    placed: list[Placed] = []
    base, heading, quote, note = formats
    hidden = QTextCharFormat(base)
    hidden.setForeground(Qt.GlobalColor.transparent)
    section: str | None = None
    first = True
    previous: Excerpt | None = None
    ends = _PassageEnds(document.passages)
    cursor.beginEditBlock()  # one layout pass at the end, not one per paragraph

    def block(fmt: QTextCharFormat, indent: int = 0, space: int = 6,
              align: Qt.AlignmentFlag | None = None, below: int = 0) -> None:
        nonlocal first
        bf = QTextBlockFormat()
        bf.setIndent(indent)
        bf.setTopMargin(space)
        bf.setBottomMargin(below)
        if align is not None:
            bf.setAlignment(align)
        if first:
            cursor.setBlockFormat(bf)
            cursor.setCharFormat(fmt)
            first = False
        else:
            cursor.insertBlock(bf, fmt)

    if before:
        block(note, space=2)
        cursor.insertText(left_out(before, "earlier passages"))
    for rec in shown:
        if rec.section != section and rec.kind != "heading":
            section = rec.section
            block(heading, space=14)
            title = section.split(" › ")[-1]
            stated = _stated_title(document, title, rec, ends.before(rec))
            if stated is not None:
                placed.append(Placed(stated, cursor.position(), title=True))
            cursor.insertText(title)
        label = ""
        if rec.kind == "heading":
            section = rec.section
            block(heading, space=14)
        elif rec.kind == "quote":
            # A quote after another speaker's attribution starts a new group.
            block(quote, indent=1, space=14 if _is_attribution(previous, document)
                  else 6)
        elif _is_attribution(rec, document, previous):
            # "- Name (role)" under a quote names who said it: it stays with the quote
            # above, not over the next one as a heading would (issue 28).
            block(base, indent=1, space=0, align=Qt.AlignmentFlag.AlignRight, below=4)
            cursor.insertText("— ")
        elif rec.kind == "list_item":
            block(base, indent=1, space=2)
            cursor.insertText("• ")
        elif rec.kind in ("table_row", "infobox"):
            block(base, space=2)
            label = _repeated_label(rec, previous)
        else:
            block(base)
        placed.append(Placed(rec, cursor.position()))
        most = limit or MAX_READING_CHARS
        if len(rec.text) > most:
            # A passage longer than the whole window (a document-sized paragraph held the
            # window, issue 30): its start, and a note.
            cursor.insertText(rec.text[:most])
            block(note, space=2)
            cursor.insertText(fill(QCoreApplication.translate(
                "SourceReader", "… %1 more characters of this passage are left out here."),
                number(len(rec.text) - most)))
            previous = rec
            continue
        if label:
            # The label the row above showed, kept (positions stay exact) but not drawn:
            # the values line up under the first one.
            cursor.insertText(label, hidden)
            cursor.insertText(rec.text[len(label):], base)
        else:
            cursor.insertText(rec.text)
        previous = rec
    if after:
        block(note, space=14)
        cursor.insertText(left_out(after, "later passages"))
    cursor.endEditBlock()
    return placed
