"""The source reader: a seed document, cleaned of page furniture, with its highlights.

The reading view is built from the document's excerpts (its cleaned passages, under their
section headings). Provenance spans are character ranges of the *original* text, so each is
mapped into the excerpt that contains it; a span that lies in text the cleaning dropped is
shown in the original text instead (the "Original text" switch), where every range is exact.
The words of the current search are highlighted too, accent- and case-blind as the search is.
A long document is laid out in part, around the span being read (:data:`MAX_READING_CHARS`),
until the reader is asked for the whole of it. Given the viewer's workers, the reader has a
document's text read by one of them, and lays it out when it arrives; it keeps the last few
it read (:data:`DOCUMENTS_KEPT`).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QKeyEvent,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from viewer.archive.documents import DocumentText
from viewer.archive.records import Excerpt, PassageBounds, Source
from viewer.archive.store import Archive

if TYPE_CHECKING:
    from viewer.gui.workers import WorkerPool

SPAN_COLOR = QColor("#ffc94d")
TERM_COLOR = QColor("#b8e1ff")
#: The reader's own annotations: a second highlight colour, told apart from a record's spans.
ANNOTATION_COLOR = QColor("#a8e6a1")
FIND_COLOR = QColor("#c8f0c0")
FIND_CURRENT_COLOR = QColor("#5fd35a")
#: Search words marked in one document at most: each mark is an object Qt must lay out.
MAX_TERM_MARKS = 500
#: Characters either view lays out at once (about seven screens). Qt lays out a document on the
#: GUI thread when it is shown and marked: for the benchmark's 400,000-character documents
#: that held the window 100–170 ms per record opened, for 120,000 (the earlier window of 300
#: passages) 70–140 ms, for 30,000 ~35 ms, for 20,000 ~25 ms (of which layout ~13). A longer
#: document is shown as this much around the span being read, says so, and offers to lay out
#: the whole (two of the four seeds, at 43,000 and 53,000 characters, are longer).
MAX_READING_CHARS = 20_000
#: A limit no document reaches: the whole document, when the user asks for it.
WHOLE = 2**62
#: Documents read and kept: going back and forth between records of a few documents reads
#: none of them again (one is ~500,000 characters in an archive of a million excerpts).
DOCUMENTS_KEPT = 4
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


def _utf16(text: str) -> list[int] | None:
    """Qt positions count UTF-16 units: a map from Python indices, or None when identical."""
    if not text or max(text) <= "\uffff":
        return None
    out, pos = [], 0
    for ch in text:
        out.append(pos)
        pos += 2 if ord(ch) > 0xFFFF else 1
    out.append(pos)
    return out


def _u16len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


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


def _left_out(count: int, what: str) -> str:
    """The note standing for the part of a long document the reader does not lay out."""
    return (f"… {count:,} {what} are not shown here, to keep the reader quick; open a record "
            "from them to read them.")


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


@dataclass(frozen=True)
class _Placed:
    """Where an excerpt's text sits in the reading view's document (Qt positions)."""

    excerpt: Excerpt
    position: int


class FindField(QLineEdit):
    """The reader's find line; Esc closes it."""

    closed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.closed.emit()
        elif (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
              and event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            parent = self.parent()
            if isinstance(parent, SourceReader):
                parent.find_step(-1)
        else:
            super().keyPressEvent(event)


class SourceReader(QWidget):
    """Any document of the archive; opens at a span and highlights it."""

    spans_shown = Signal(int)  # the document now shown, its spans highlighted

    def __init__(self, archive: Archive | None = None, parent: QWidget | None = None, *,
                 workers: WorkerPool | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceReader")
        self.setAccessibleName("Source reader")
        self._archive = archive
        self._shown: DocumentText | None = None  # the document laid out
        self._original = False  # the original text is shown
        self._chose_original = False  # ... because the user asked for it
        self._placed: list[_Placed] = []
        self._shown_text = ""  # the document's plain text as Python sees it
        self._ranges: list[tuple[int, int]] = []
        self._query = ""
        self._window: tuple[int, int] | None = None  # original-text chars the view shows
        self._shift = 0  # original text index + shift = shown text index (original view)
        self._whole: int | None = None  # the document the user asked to see whole
        self._workers = workers
        self._documents: OrderedDict[int, DocumentText] = OrderedDict()
        self._asked: set[int] = set()  # documents a worker is reading
        self._waiting: tuple[int, list[tuple[int, int]]] | None = None  # to show on arrival
        self._generation = 0  # of the archive: a document read from another is not shown
        #: The reader's annotations of a source, as ranges of its original text (set by the
        #: window; see viewer.gui.annotator), and what its right-click menu adds.
        self.annotations_of: Callable[[Source], list[tuple[int, int]]] | None = None
        self.menu_actions: list[QAction] = []
        self._finds: list[tuple[int, int]] = []  # find-in-document matches, Python indices
        self._find_at = -1  # the current one
        self._anchor: int | None = None  # Qt position of the first span, kept in view
        self._anchor_seen = False  # ... it was in view when the last resize began
        self._build()
        if workers is not None:
            workers.document_finished.connect(self._document_arrived)
            workers.document_failed.connect(self._document_failed)
        self.set_archive(archive)

    def _build(self) -> None:
        self.picker = QComboBox(self)
        self.picker.setObjectName("sourcePicker")
        self.picker.setAccessibleName("Document")
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(20)
        self.picker.activated.connect(self._picked)
        self.original = QCheckBox("Original text", self)
        self.original.setObjectName("originalTextToggle")
        self.original.setAccessibleName("Show the original text with page furniture")
        self.original.setToolTip("Show the document as stored, page furniture and all")
        self.original.toggled.connect(self._toggle_original)
        self.info = QLabel(self)
        self.info.setObjectName("readerInfo")
        self.info.setAccessibleName("Reader information")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)  # plain text goes through _say
        self.info.linkActivated.connect(lambda _link: self.show_whole_document())
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("sourceText")
        self.browser.setAccessibleName("Document text")
        self.browser.setOpenLinks(False)
        self.browser.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.browser.customContextMenuRequested.connect(
            lambda pos: self.context_menu(pos).exec(self.browser.mapToGlobal(pos)))
        self.browser.installEventFilter(self)
        self.find_field = FindField(self)
        self.find_field.setObjectName("readerFind")
        self.find_field.setAccessibleName("Find in this document")
        self.find_field.setPlaceholderText("Find in this document…  (F3 next, Shift+F3 "
                                           "previous, Esc closes)")
        self.find_field.setClearButtonEnabled(True)
        self.find_field.textChanged.connect(self._find_changed)
        self.find_field.returnPressed.connect(lambda: self.find_step(1))
        self.find_field.closed.connect(self.close_find)
        self.find_count = QLabel(self)
        self.find_count.setObjectName("readerFindCount")
        self.find_count.setAccessibleName("Matches in this document")
        find_row = QHBoxLayout()
        find_row.addWidget(self.find_field, 1)
        find_row.addWidget(self.find_count)
        self.find_bar = QWidget(self)
        self.find_bar.setObjectName("readerFindBar")
        self.find_bar.setLayout(find_row)
        find_row.setContentsMargins(0, 0, 0, 0)
        self.find_bar.hide()
        top = QHBoxLayout()
        top.addWidget(QLabel("Source:", self))
        top.addWidget(self.picker, 1)
        top.addWidget(self.original)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.browser, 1)

    def text_fields(self) -> list[QWidget]:
        """The reader's widgets that take typing or text keys (the window lets its own
        shortcuts through them)."""
        return [self.browser, self.find_field]

    def focus_chain(self) -> list[QWidget]:
        """The reader's widgets in the order Tab visits them."""
        return [self.picker, self.original, self.find_field, self.browser]

    # -- find in document -----------------------------------------------------------------

    def start_find(self) -> None:
        """Ctrl+F with the focus in the reader: the find line, its text selected."""
        self.find_bar.show()
        self.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_field.selectAll()
        self._refind()

    def finding(self) -> bool:
        """Find in document is open (F3 then steps through its matches)."""
        return self.find_bar.isVisible()

    def close_find(self) -> None:
        self._finds, self._find_at = [], -1
        self.find_bar.hide()
        self.find_count.clear()
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)
        self._highlight(scroll=False)

    def _find_changed(self, _text: str) -> None:
        self._refind()
        if self._finds:
            self.find_step(1)

    def _refind(self) -> None:
        """Matches of the find line in the text shown, accent- and case-blind as search is;
        the current one is the first at or after where the reader's cursor is."""
        words = self.find_field.text().strip()
        self._finds = (find_terms(self._shown_text, f'"{words.replace(chr(34), " ")}"*')
                       if words and self.finding() else [])
        self._find_at = -1
        self._say_finds()
        self._highlight(scroll=False)

    def find_step(self, step: int) -> bool:
        """Go to the next (1) or previous (-1) match, round from the last to the first."""
        if not self._finds:
            self._say_finds()
            return False
        if self._find_at < 0:
            here = self.browser.textCursor().position()
            to_qt = _utf16(self._shown_text)
            after = [i for i, (start, _e) in enumerate(self._finds)
                     if (to_qt[start] if to_qt else start) >= here]
            self._find_at = (after[0] if after and step > 0 else
                             (after[0] - 1 if after else len(self._finds) - 1)
                             if step < 0 else 0)
        else:
            self._find_at = (self._find_at + step) % len(self._finds)
        self._highlight(scroll=False)
        current = next(sel for sel in self.browser.extraSelections()
                       if sel.format.background().color() == FIND_CURRENT_COLOR)
        self._scroll_to(current.cursor)
        self._say_finds()
        return True

    def _say_finds(self) -> None:
        if not self.find_field.text().strip():
            self.find_count.clear()
        elif not self._finds:
            self.find_count.setText("No matches")
        elif self._find_at < 0:
            self.find_count.setText(f"{len(self._finds)} match"
                                    f"{'es' if len(self._finds) != 1 else ''}")
        else:
            self.find_count.setText(f"{self._find_at + 1} of {len(self._finds)}")

    def current_find(self) -> str:
        """The text of the current find match (for tests and accessibility)."""
        if self._find_at < 0:
            return ""
        start, end = self._finds[self._find_at]
        return self._shown_text[start:end]

    # -- the passage stays in view --------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Before the browser lays the text out again at its new width: was the passage in
        # view? If so, it is brought back into view once the new layout is done.
        if watched is self.browser and event.type() == QEvent.Type.Resize:
            self._anchor_seen = self._anchor_in_view()
            if self._anchor_seen:
                QTimer.singleShot(0, self, self._keep_anchor)
        return False

    def _anchor_cursor(self) -> QTextCursor | None:
        """Where the view is held on a resize: the current find match while finding (the
        find line opening resizes the text), else the first highlighted span."""
        doc = self.browser.document()
        anchor = self._anchor
        if self.finding() and 0 <= self._find_at < len(self._finds):
            to_qt = _utf16(self._shown_text)
            start = self._finds[self._find_at][0]
            anchor = to_qt[start] if to_qt else start
        if anchor is None or anchor >= doc.characterCount():
            return None
        cursor = QTextCursor(doc)
        cursor.setPosition(anchor)
        return cursor

    def anchor_in_view(self) -> bool:
        """The first highlighted span (or the current find match) is in sight (True when
        there is neither)."""
        return self._anchor_cursor() is None or self._anchor_in_view()

    def _anchor_in_view(self) -> bool:
        cursor = self._anchor_cursor()
        if cursor is None:
            return False
        rect = self.browser.cursorRect(cursor)
        return rect.bottom() > 0 and rect.top() < self.browser.viewport().height()

    def _keep_anchor(self) -> None:
        cursor = self._anchor_cursor()
        if cursor is not None and self._anchor_seen and not self._anchor_in_view():
            self._scroll_to(cursor)

    # -- what is shown --------------------------------------------------------------------

    @property
    def source_id(self) -> int | None:
        return self._shown.source.id if self._shown is not None else None

    @property
    def _text(self) -> str:
        """The original text of the shown document (what every span's offsets count)."""
        return self._shown.text if self._shown is not None else ""

    @property
    def showing_original(self) -> bool:
        return self._original

    def set_archive(self, archive: Archive | None) -> None:
        self._archive = archive
        self._shown, self._ranges, self._window = None, [], None
        self._documents.clear()  # another archive: its documents are others
        self._asked.clear()
        self._waiting = None
        self._generation += 1
        self._whole = None
        self.picker.clear()
        self.browser.clear()
        self._shown_text = ""
        if archive is None:
            self._say("No archive is open.")
            return
        for rec in archive.sources():
            self.picker.addItem(rec.title, rec.id)
            self.picker.setItemData(self.picker.count() - 1, f"{rec.title}\n{rec.file}",
                                    Qt.ItemDataRole.ToolTipRole)
        self.picker.setCurrentIndex(-1)
        self._say("Choose a document, or select a record to open its source at the "
                  "passage it was read from.")

    def show_source(self, source_id: int) -> None:
        """Open a whole document at its start, with no span highlighted."""
        self.show_spans(source_id, [])

    def show_spans(self, source_id: int, ranges: list[tuple[int, int]]) -> None:
        """Open a document with ``ranges`` of its original text highlighted, the first in view:
        now if it has been read, else once a worker has read it (``spans_shown`` tells)."""
        if self._archive is None:
            return
        document = self._document(source_id)
        if document is None:
            self._waiting = (source_id, ranges)
            return
        self._waiting = None
        self._ranges = sorted(ranges)
        needs_original = bool(ranges) and not self._placed_any(document, self._ranges)
        original = self._chose_original or needs_original
        focus = self._focus()
        outside = (focus is not None and self._window is not None
                   and not self._window[0] <= focus < self._window[1])
        if source_id != self.source_id or original != self._original or outside:
            self._load(document, original, focus)
        self._highlight(scroll=True)
        if needs_original and not self._chose_original:
            self._say("The passage lies in text the reading view leaves out (page "
                      "furniture), so the original text is shown.")
        self.spans_shown.emit(source_id)

    def set_search_text(self, query: str) -> None:
        """Highlight the words of the current search (empty: none)."""
        self._query = query
        self._highlight(scroll=False)

    def _placed_any(self, document: DocumentText, ranges: list[tuple[int, int]]) -> bool:
        return any(ex.start < end and start < ex.end for start, end in ranges
                   for ex in document.passages)

    def _focus(self) -> int | None:
        """The character of the original text to show: where the first span starts."""
        return self._ranges[0][0] if self._ranges else None

    def stop(self) -> None:
        """Open nothing more: the window is closing, and a document still being read would
        arrive after it, when its archive may be closed."""
        self._generation += 1
        self._asked.clear()  # what is on its way will not be taken
        self._waiting = None

    def _document(self, source_id: int) -> DocumentText | None:
        """The document if it has been read; None while a worker reads it. Without workers
        (the reader on its own) it is read here and now."""
        assert self._archive is not None
        document = self._documents.get(source_id)
        if document is not None:
            self._documents.move_to_end(source_id)
            return document
        if self._workers is None:
            document = self._archive.source_document(source_id)
            self._keep(document)
            return document
        if source_id not in self._asked:
            self._asked.add(source_id)
            self._workers.document(self._archive.path, source_id, self._generation)
        return None

    def _keep(self, document: DocumentText) -> None:
        self._documents[document.source.id] = document
        while len(self._documents) > DOCUMENTS_KEPT:
            self._documents.popitem(last=False)

    def _document_arrived(self, generation: int, source_id: int,
                          document: DocumentText) -> None:
        if generation != self._generation:
            return  # read from an archive no longer open
        self._asked.discard(source_id)
        self._keep(document)
        if self._waiting is not None and self._waiting[0] == source_id:
            self.show_spans(*self._waiting)

    def _document_failed(self, generation: int, source_id: int, message: str) -> None:
        if generation != self._generation:
            return
        self._asked.discard(source_id)
        if self._waiting is not None and self._waiting[0] == source_id:
            self._waiting = None
            self._say(message)

    def _picked(self, index: int) -> None:
        source_id = self.picker.itemData(index)
        if isinstance(source_id, int):
            self.show_source(source_id)

    def _toggle_original(self, checked: bool) -> None:
        self._chose_original = checked
        if checked != self._original and self._shown is not None:
            self._load(self._shown, checked, self._focus())
            self._highlight(scroll=True)

    # -- building the document ------------------------------------------------------------

    def _load(self, document: DocumentText, original: bool, focus: int | None = None) -> None:
        """Show a document; ``focus`` (a character of the original text) picks which passages
        a long document's reading view shows."""
        source = document.source
        source_id = source.id
        if source_id != self._whole:
            self._whole = None  # asked of another document
        self._shown, self._original = document, original
        self.original.blockSignals(True)
        self.original.setChecked(original)
        self.original.blockSignals(False)
        self.picker.setCurrentIndex(self.picker.findData(source_id))
        self._placed = []
        doc = self.browser.document()
        doc.clear()
        self._window = None
        self._shift = 0
        limit = WHOLE if source_id == self._whole else None
        if original:
            start, end = text_window(self._text, focus, limit)
            before = _left_out(start, "earlier characters") + "\n\n" if start else ""
            left = len(self._text) - end
            after = "\n\n" + _left_out(left, "later characters") if left else ""
            if before or after:
                self._window = (start, end if after else len(self._text) + 1)
            self._shift = len(before) - start
            self.browser.setPlainText(before + self._text[start:end] + after)
        else:
            self._build_reading_view(document, focus, limit)
        self._shown_text = doc.toPlainText()
        self._anchor = None
        if self.finding():
            self._refind()
        where = "original text" if original else "reading view, page furniture removed"
        self._say(f"{source.title} — {source.kind}, {source.site} ({where})",
                  whole_link=self._window is not None)

    def _say(self, text: str, *, whole_link: bool = False) -> None:
        """Plain ``text`` in the info line, and a link to lay out the whole document."""
        link = (" · <a href='#whole'>Show the whole document</a> (may take a moment)"
                if whole_link else "")
        self.info.setText(html.escape(text) + link)

    def show_whole_document(self) -> None:
        """Lay out the whole of the document shown, not just the part around the span: what
        the user asks for, for as long as this document stays open."""
        if self._shown is None:
            return
        self._whole = self._shown.source.id
        self._load(self._shown, self._original, self._focus())
        self._highlight(scroll=True)

    def _formats(self) -> tuple[QTextCharFormat, QTextCharFormat, QTextCharFormat,
                                QTextCharFormat]:
        """The reading view's text formats: body, heading, quotation, the reader's own notes."""
        base = QTextCharFormat()
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        heading.setFontPointSize(self.font().pointSizeF() * 1.15)
        quote = QTextCharFormat()
        quote.setFontItalic(True)
        note = QTextCharFormat()
        note.setFontItalic(True)
        note.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        return base, heading, quote, note

    def warm_up(self) -> None:
        """Lay out a line in each of the reading view's formats, in a document nobody sees:
        the first document opened otherwise pays for loading those fonts and for Qt's first
        rich-text layout, ~20 ms more than the next one. Run while the window is idle."""
        doc = QTextDocument()
        doc.setDefaultFont(self.browser.font())
        cursor = QTextCursor(doc)
        for fmt in self._formats():
            cursor.insertBlock(QTextBlockFormat(), fmt)
            cursor.insertText("Somos. — “Benjamín” 123")
        doc.setTextWidth(max(200, self.browser.viewport().width()))
        doc.documentLayout().documentSize()

    def _build_reading_view(self, document: DocumentText, focus: int | None,
                            limit: int | None) -> None:
        assert self._archive is not None
        source_id = document.source.id
        bounds, before, after = reading_window(document.passages, focus, limit)
        if before or after:
            self._window = (bounds[0].start if before else 0,
                            bounds[-1].end if after else len(self._text) + 1)
        shown = [rec for rec in self._archive.source_excerpts(source_id, bounds[0].seq,
                                                               bounds[-1].seq)
                 if isinstance(rec, Excerpt)] if bounds else []
        cursor = QTextCursor(self.browser.document())
        base, heading, quote, note = self._formats()
        hidden = QTextCharFormat(base)
        hidden.setForeground(Qt.GlobalColor.transparent)
        section: str | None = None
        first = True
        previous: Excerpt | None = None
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
            cursor.insertText(_left_out(before, "earlier passages"))
        for rec in shown:
            if rec.section != section and rec.kind != "heading":
                section = rec.section
                block(heading, space=14)
                cursor.insertText(section.split(" › ")[-1])
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
            self._placed.append(_Placed(rec, cursor.position()))
            most = limit or MAX_READING_CHARS
            if len(rec.text) > most:
                # A passage longer than the whole window (a document-sized paragraph held the
                # window, issue 30): its start, and a note.
                cursor.insertText(rec.text[:most])
                block(note, space=2)
                cursor.insertText(f"… {len(rec.text) - most:,} more characters of this "
                                  "passage are left out here.")
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
            cursor.insertText(_left_out(after, "later passages"))
        cursor.endEditBlock()

    # -- highlighting ---------------------------------------------------------------------

    def _doc_ranges(self, ranges: list[tuple[int, int]] | None = None
                    ) -> list[tuple[int, int]]:
        """The highlighted spans (or ``ranges`` of the original text) as (start, end)
        positions in the shown document.

        A span is marked where a shown passage holds its words. A passage whose cleaned text
        is not a plain cut of the original (an infobox row is its label and one value) may
        overlap a span without holding it: "Starring · Jero Medina" lies across the span of
        "Mercedes Hernández" between them. Such a passage is marked whole only if no shown
        passage holds the span's words, so that every span shows somewhere.
        """
        ranges = self._ranges if ranges is None else ranges
        if self._original:
            lo, hi = self._window or (0, len(self._text) + 1)
            return [(max(start, lo) + self._shift, min(end, hi) + self._shift)
                    for start, end in ranges if start < hi and lo < end]
        out: list[tuple[int, int]] = []
        for start, end in ranges:
            found_in: list[tuple[int, int]] = []
            whole: list[tuple[int, int]] = []
            for placed in self._placed:
                ex = placed.excerpt
                if not (ex.start < end and start < ex.end):
                    continue
                where = self._span_in(ex, max(start, ex.start), min(end, ex.end))
                if where is None:
                    whole.append((placed.position, placed.position + _u16len(ex.text)))
                else:
                    a, b = where
                    found_in.append((placed.position + _u16len(ex.text[:a]),
                                     placed.position + _u16len(ex.text[:b])))
            out += found_in or whole
        return out

    def _span_in(self, ex: Excerpt, lo: int, hi: int) -> tuple[int, int] | None:
        """Where ``text[lo:hi]`` of the original stands in a passage's cleaned text, if it does."""
        if self._text[ex.start:ex.end] == ex.text:
            return lo - ex.start, hi - ex.start
        needle = " ".join(self._text[lo:hi].split())
        found = ex.text.find(needle) if needle else -1
        if found < 0 and "*" in needle:  # emphasis markers the cleaning dropped
            needle = " ".join(needle.replace("*", "").split())
            found = ex.text.find(needle) if needle else -1
        return (found, found + len(needle)) if found >= 0 else None

    def _highlight(self, *, scroll: bool) -> None:
        if self._shown is None:
            return
        to_qt = _utf16(self._shown_text)
        doc = self.browser.document()
        selections: list[QTextEdit.ExtraSelection] = []

        def select(start: int, end: int, color: QColor, *, qt_positions: bool,
                   underline: bool = False) -> None:
            if not qt_positions and to_qt is not None:
                start, end = to_qt[start], to_qt[end]
            cursor = QTextCursor(doc)
            cursor.setPosition(min(start, doc.characterCount() - 1))
            cursor.setPosition(min(end, doc.characterCount() - 1),
                               QTextCursor.MoveMode.KeepAnchor)
            sel = QTextEdit.ExtraSelection()
            sel.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(color)
            fmt.setForeground(QColor("#1a1a1a"))
            if underline:  # still seen where a record's span is marked over it
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(ANNOTATION_COLOR.darker(170))
            sel.format = fmt
            selections.append(sel)

        all_terms = find_terms(self._shown_text, self._query) if self._query.strip() else []
        terms = all_terms[:MAX_TERM_MARKS]
        for start, end in terms:
            select(start, end, TERM_COLOR, qt_positions=False)
        notes = (self.annotations_of(self._shown.source)
                 if self.annotations_of is not None else [])
        for start, end in self._doc_ranges(notes) if notes else []:
            select(start, end, ANNOTATION_COLOR, qt_positions=not self._original,
                   underline=True)
        first_span = len(selections)  # search words and annotations come before the spans
        spans = self._doc_ranges()
        for start, end in spans:
            # Original-text ranges are Python indices; reading-view ones are Qt positions.
            select(start, end, SPAN_COLOR, qt_positions=not self._original)
        for i, (start, end) in enumerate(self._finds[:MAX_TERM_MARKS]):
            select(start, end, FIND_CURRENT_COLOR if i == self._find_at else FIND_COLOR,
                   qt_positions=False)
        self.browser.setExtraSelections(selections)
        if spans:
            self._anchor = selections[len(terms)].cursor.selectionStart()
        if terms and not spans:
            n = len(all_terms)
            marked = f" (the first {len(terms)} marked)" if n > len(terms) else ""
            self._say(f"{n} match{'es' if n != 1 else ''} for "
                      f"“{self._query.strip()}” in this document{marked}")
        if scroll:
            self._scroll_to(selections[first_span].cursor if spans
                            else QTextCursor(doc))

    def _scroll_to(self, target: QTextCursor) -> None:
        cursor = QTextCursor(target)
        cursor.setPosition(target.selectionStart())
        self.browser.setTextCursor(cursor)
        bar = self.browser.verticalScrollBar()
        rect = self.browser.cursorRect(cursor)
        bar.setValue(bar.value() + rect.top() - self.browser.viewport().height() // 3)

    @property
    def highlighted_ranges(self) -> list[tuple[int, int]]:
        """The character ranges of the document now highlighted (a record's spans)."""
        return list(self._ranges)

    def highlighted_spans(self, color: QColor = SPAN_COLOR) -> list[str]:
        """The text of every provenance highlight now shown, or of every highlight in
        ``color`` (:data:`ANNOTATION_COLOR`: the annotations) (for tests and accessibility)."""
        return [sel.cursor.selectedText() for sel in self.browser.extraSelections()
                if sel.format.background().color() == color]

    def refresh_highlights(self) -> None:
        """Mark again what is marked (the annotations changed), without scrolling."""
        self._highlight(scroll=False)

    # -- what the reader annotates ----------------------------------------------------------

    @property
    def shown_document(self) -> DocumentText | None:
        return self._shown

    def context_menu(self, pos: QPoint) -> QMenu:
        """The text's own menu (Copy, Select All) and the window's actions for a selection."""
        menu = self.browser.createStandardContextMenu(pos)
        menu.setObjectName("readerContextMenu")
        if self.menu_actions:
            menu.addSeparator()
            menu.addActions(self.menu_actions)
        return menu

    def _python_index(self, position: int) -> int:
        """A Qt position in the shown text as a Python index (they differ past astral chars)."""
        to_qt = _utf16(self._shown_text)
        if to_qt is None:
            return position
        from bisect import bisect_left

        return bisect_left(to_qt, position)

    def selected_range(self) -> tuple[int, int] | None:
        """The selected words as a range of the document's original text, or None (nothing
        selected, or nothing of the document's own text: a heading, a note of the reader).
        In the reading view a passage cleaned of page furniture is mapped by its words."""
        cursor = self.browser.textCursor()
        if self._shown is None or not cursor.hasSelection():
            return None
        a = self._python_index(cursor.selectionStart())
        b = self._python_index(cursor.selectionEnd())
        if self._original:
            lo, hi = a - self._shift, b - self._shift
            lo, hi = max(lo, 0), min(hi, len(self._text))
            return (lo, hi) if lo < hi and self._text[lo:hi].strip() else None
        inside = [(p.excerpt, self._python_index(p.position)) for p in self._placed]
        touched = [(ex, at) for ex, at in inside if at < b and a < at + len(ex.text)]
        if not touched:
            return None
        (first, first_at), (last, last_at) = touched[0], touched[-1]
        if all(self._text[ex.start:ex.end] == ex.text for ex, _ in touched):
            lo = first.start + max(0, a - first_at)
            hi = last.start + min(len(last.text), b - last_at)
            return (lo, hi) if lo < hi else None
        words = re.findall(r"\S+", self._shown_text[max(a, first_at):
                                                    min(b, last_at + len(last.text))])
        if not words:
            return None
        # The cleaning dropped emphasis marks and bullets, and may have put a space where
        # an infobox row had none ("Created byJames Schamus").
        loose = re.compile(r"[\s*•]*".join(re.escape(w) for w in words))
        found = loose.search(self._text, first.start, last.end)
        if found:
            return found.start(), found.end()
        # A row the cleaning put together from lines apart ("Starring Jero Medina" from
        # "Starring / • Mercedes Hernández / • Jero Medina"): from the first word to the last.
        begin, at = -1, first.start
        for word in words:
            at = self._text.find(word, at, last.end)
            if at < 0:
                return None
            begin = at if begin < 0 else begin
            at += len(word)
        return begin, at
