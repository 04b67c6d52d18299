"""The source reader: a seed document, cleaned of page furniture, with its highlights.

The reading view is built from the document's excerpts (its cleaned passages, under their
section headings). Provenance spans are character ranges of the *original* text, so each is
mapped into the excerpt that contains it; a span that lies in text the cleaning dropped is
shown in the original text instead (the "Original text" switch), where every range is exact.
The words of the current search are highlighted too, accent- and case-blind as the search is.
A long document is laid out in part, around the span being read
(:data:`~viewer.gui.reading.reading_layout.MAX_READING_CHARS`), until the reader is asked for
the whole of it. Given the viewer's workers, the reader has a document's text read by one of
them, and lays it out when it arrives; it keeps the last few it read
(:data:`~viewer.gui.reading.document_cache.DOCUMENTS_KEPT`).

The parts live beside it: what a search matches in :mod:`~viewer.gui.reading.term_match`,
positions and ranges in :mod:`~viewer.gui.reading.text_positions`, the layout of a document
in :mod:`~viewer.gui.reading.reading_layout`, the highlight colours in
:mod:`~viewer.gui.reading.marks`, the documents kept in :mod:`~viewer.gui.reading.document_cache`.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeyEvent, QPalette, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from viewer.archive.documents import DocumentText
from viewer.archive.records.documents import Excerpt, Source
from viewer.archive.store import Archive
from viewer.gui.focus_frame import FocusFrame
from viewer.gui.labels import counted, fill, kind_label, number, quoted
from viewer.gui.reading.document_cache import DocumentCache
from viewer.gui.reading.find_bar import FindBar, FindField
from viewer.gui.reading.marks import (
    ANNOTATION_COLOR,
    FIND_COLOR,
    FIND_CURRENT_COLOR,
    MAX_TERM_MARKS,
    SPAN_COLOR,
    TERM_COLOR,
    mark,
)
from viewer.gui.reading.reading_layout import (
    WHOLE,
    Formats,
    lay_out_passages,
    left_out,
    reading_formats,
    reading_window,
    text_window,
    warm_up_layout,
)
from viewer.gui.reading.term_match import find_terms
from viewer.gui.reading.text_positions import (
    Placed,
    original_range,
    placed_ranges,
    python_index,
    utf16_positions,
)

if TYPE_CHECKING:
    from viewer.gui.workers import WorkerPool


class SourceReader(QWidget):
    """Any document of the archive; opens at a span and highlights it."""

    spans_shown = Signal(int)  # the document now shown, its spans highlighted

    def __init__(self, archive: Archive | None = None, parent: QWidget | None = None, *,
                 workers: WorkerPool | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceReader")
        self.setAccessibleName(self.tr("Source reader"))
        self._archive = archive
        self._shown: DocumentText | None = None  # the document laid out
        self._original = False  # the original text is shown
        self._chose_original = False  # ... because the user asked for it
        self._placed: list[Placed] = []
        self._shown_text = ""  # the document's plain text as Python sees it
        self._ranges: list[tuple[int, int]] = []
        self._query = ""
        self._window: tuple[int, int] | None = None  # original-text chars the view shows
        self._shift = 0  # original text index + shift = shown text index (original view)
        self._whole: int | None = None  # the document the user asked to see whole
        self._workers = workers
        self._documents = DocumentCache()  # a document read from another archive is not shown
        self._waiting: tuple[int, list[tuple[int, int]]] | None = None  # to show on arrival
        # The reader's annotations of a source, as ranges of its original text (set by the
        # window; see viewer.gui.annotating.annotator), and what its right-click menu adds.
        self.annotations_of: Callable[[Source], list[tuple[int, int]]] | None = None
        self.menu_actions: list[QAction] = []
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
        self.picker.setAccessibleName(self.tr("Document"))
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(20)
        self.picker.activated.connect(self._picked)
        self.original = QCheckBox(self.tr("Original text"), self)
        self.original.setObjectName("originalTextToggle")
        self.original.setAccessibleName(self.tr("Show the original text with page furniture"))
        self.original.setToolTip(self.tr("Show the document as stored, page furniture and all"))
        self.original.toggled.connect(self._toggle_original)
        self.info = QLabel(self)
        self.info.setObjectName("readerInfo")
        self.info.setAccessibleName(self.tr("Reader information"))
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)  # plain text goes through _say
        self.info.linkActivated.connect(lambda _link: self.show_whole_document())
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("sourceText")
        self.browser.setAccessibleName(self.tr("Document text"))
        self.browser.setOpenLinks(False)
        self.browser_frame = FocusFrame(self.browser)  # as the tables and the detail pane
        self.browser.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.browser.customContextMenuRequested.connect(
            lambda pos: self.context_menu(pos).exec(self.browser.mapToGlobal(pos)))
        self.browser.installEventFilter(self)
        self.find_field = FindField(self)
        self.find_field.textChanged.connect(self._find_changed)
        self.find_field.returnPressed.connect(lambda: self.find_step(1))
        self.find_field.closed.connect(self.close_find)
        self.find_field.back_pressed.connect(lambda: self.find_step(-1))
        self.find_bar = FindBar(self.find_field, self)
        self.find_count = self.find_bar.count
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Source:"), self))
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
        in_field = self.find_field.hasFocus()
        self.find_bar.close_bar()
        if in_field:  # not lost with the line; elsewhere in the reader it stays where it is
            self.browser.setFocus(Qt.FocusReason.OtherFocusReason)
        self._highlight(scroll=False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc closes the find line from anywhere in the reader (its text, the picker), as from
        # the line itself; it reaches here only when the widget with the focus did not use it.
        if (event.key() == Qt.Key.Key_Escape and self.finding()
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            self.close_find()
            return
        super().keyPressEvent(event)

    def _find_changed(self, _text: str) -> None:
        self._refind()
        if self.find_bar.matches:
            self.find_step(1)

    def _refind(self) -> None:
        """Matches of the find line in the text shown, accent- and case-blind as search is;
        the current one is the first at or after where the reader's cursor is."""
        self.find_bar.refind(self._shown_text)
        self._highlight(scroll=False)

    def find_step(self, step: int) -> bool:
        """Go to the next (1) or previous (-1) match, round from the last to the first."""
        if not self.find_bar.matches:
            self.find_bar.say_count()
            return False
        self.find_bar.choose(step, self.browser.textCursor().position(),
                             utf16_positions(self._shown_text))
        self._highlight(scroll=False)
        current = next(sel for sel in self.browser.extraSelections()
                       if sel.format.background().color() == FIND_CURRENT_COLOR)
        self._scroll_to(current.cursor)
        self.find_bar.say_count()
        return True

    def current_find(self) -> str:
        """The text of the current find match (for tests and accessibility)."""
        if self.find_bar.current < 0:
            return ""
        start, end = self.find_bar.matches[self.find_bar.current]
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
        at, matches = self.find_bar.current, self.find_bar.matches
        if self.finding() and 0 <= at < len(matches):
            to_qt = utf16_positions(self._shown_text)
            start = matches[at][0]
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
        self._documents.forget()  # another archive: its documents are others
        self._waiting = None
        self._whole = None
        self.picker.clear()
        self.browser.clear()
        self._shown_text = ""
        if archive is None:
            self._say(self.tr("No archive is open."))
            return
        for rec in archive.sources():
            self.picker.addItem(rec.title, rec.id)
            self.picker.setItemData(self.picker.count() - 1, f"{rec.title}\n{rec.file}",
                                    Qt.ItemDataRole.ToolTipRole)
        self.picker.setCurrentIndex(-1)
        self._say(self.tr("Choose a document, or select a record to open its source at the "
                          "passage it was read from."))

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
            self._say(self.tr("The passage lies in text the reading view leaves out (page "
                              "furniture), so the original text is shown."))
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
        self._documents.stop()  # what is on its way will not be taken
        self._waiting = None

    def _document(self, source_id: int) -> DocumentText | None:
        """The document if it has been read; None while a worker reads it. Without workers
        (the reader on its own) it is read here and now."""
        assert self._archive is not None
        document = self._documents.get(source_id)
        if document is not None:
            return document
        if self._workers is None:
            document = self._archive.source_document(source_id)
            self._documents.keep(document)
            return document
        if self._documents.ask(source_id):
            self._workers.document(self._archive.path, source_id, self._documents.generation)
        return None

    def _document_arrived(self, generation: int, source_id: int,
                          document: DocumentText) -> None:
        if not self._documents.arrived(generation, source_id, document):
            return  # read from an archive no longer open
        if self._waiting is not None and self._waiting[0] == source_id:
            self.show_spans(*self._waiting)

    def _document_failed(self, generation: int, source_id: int, message: str) -> None:
        if not self._documents.arrived(generation, source_id):
            return
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
            before = left_out(start, "earlier characters") + "\n\n" if start else ""
            left = len(self._text) - end
            after = "\n\n" + left_out(left, "later characters") if left else ""
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
        # The title and site are the source's own; its kind is one of ours (a label, as in the
        # Sources column), and so is the view's name: those two are translated.
        where = (self.tr("original text") if original
                 else self.tr("reading view, page furniture removed"))
        self._say(f"{source.title} — {kind_label(source.kind)}, {source.site} ({where})",
                  whole_link=self._window is not None)

    def _say(self, text: str, *, whole_link: bool = False) -> None:
        """Plain ``text`` in the info line, and a link to lay out the whole document."""
        link = (" · " + fill(self.tr("%1Show the whole document%2 (may take a moment)"),
                             "<a href='#whole'>", "</a>") if whole_link else "")
        self.info.setText(html.escape(text) + link)

    def show_whole_document(self) -> None:
        """Lay out the whole of the document shown, not just the part around the span: what
        the user asks for, for as long as this document stays open."""
        if self._shown is None:
            return
        self._whole = self._shown.source.id
        self._load(self._shown, self._original, self._focus())
        self._highlight(scroll=True)

    def _formats(self) -> Formats:
        """The reading view's text formats: body, heading, quotation, the reader's own notes."""
        return reading_formats(self.font().pointSizeF(),
                               self.palette().color(QPalette.ColorRole.PlaceholderText))

    def warm_up(self) -> None:
        """Lay out a line in each of the reading view's formats, in a document nobody sees:
        the first document opened otherwise pays for loading those fonts and for Qt's first
        rich-text layout, more than the next one. Run while the window is idle."""
        warm_up_layout(self.browser.font(), self._formats(), self.browser.viewport().width())

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
        self._placed = lay_out_passages(QTextCursor(self.browser.document()), shown, document,
                                        self._formats(), before=before, after=after,
                                        limit=limit)

    # -- highlighting ---------------------------------------------------------------------

    def _doc_ranges(self, ranges: list[tuple[int, int]] | None = None, *,
                    titles: bool = False) -> list[tuple[int, int]]:
        """The highlighted spans (or ``ranges`` of the original text) as (start, end)
        positions in the shown document (in the reading view, as
        :func:`~viewer.gui.reading.text_positions.placed_ranges` finds them; in section
        titles too if ``titles``: annotations, not provenance spans)."""
        placed = [p for p in self._placed if titles or not p.title]
        ranges = self._ranges if ranges is None else ranges
        if self._original:
            lo, hi = self._window or (0, len(self._text) + 1)
            return [(max(start, lo) + self._shift, min(end, hi) + self._shift)
                    for start, end in ranges if start < hi and lo < end]
        return placed_ranges(self._text, placed, ranges)

    def _highlight(self, *, scroll: bool) -> None:
        if self._shown is None:
            return
        to_qt = utf16_positions(self._shown_text)
        doc = self.browser.document()
        selections: list[QTextEdit.ExtraSelection] = []

        def select(start: int, end: int, color: QColor, *, qt_positions: bool,
                   underline: bool = False) -> None:
            if not qt_positions and to_qt is not None:
                start, end = to_qt[start], to_qt[end]
            selections.append(mark(doc, start, end, color, underline=underline))

        all_terms = find_terms(self._shown_text, self._query) if self._query.strip() else []
        terms = all_terms[:MAX_TERM_MARKS]
        for start, end in terms:
            select(start, end, TERM_COLOR, qt_positions=False)
        notes = (self.annotations_of(self._shown.source)
                 if self.annotations_of is not None else [])
        for start, end in self._doc_ranges(notes, titles=True) if notes else []:
            select(start, end, ANNOTATION_COLOR, qt_positions=not self._original,
                   underline=True)
        first_span = len(selections)  # search words and annotations come before the spans
        spans = self._doc_ranges()
        for start, end in spans:
            # Original-text ranges are Python indices; reading-view ones are Qt positions.
            select(start, end, SPAN_COLOR, qt_positions=not self._original)
        for i, (start, end) in enumerate(self.find_bar.matches[:MAX_TERM_MARKS]):
            select(start, end, FIND_CURRENT_COLOR if i == self.find_bar.current else FIND_COLOR,
                   qt_positions=False)
        self.browser.setExtraSelections(selections)
        if spans:
            self._anchor = selections[len(terms)].cursor.selectionStart()
        if terms and not spans:
            n = len(all_terms)
            said = (self.tr("%1 matches for “%2” in this document (the first %3 marked)")
                    if n > len(terms) else
                    counted(n, self.tr("1 match for “%2” in this document"),
                            self.tr("%1 matches for “%2” in this document")))
            self._say(fill(said, number(n), quoted(self._query), number(len(terms))))
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
        """The character ranges of the document now highlighted (a record's spans the text
        in view holds: not one in what the reading view leaves out, as a section heading)."""
        return [r for r in self._ranges if self._doc_ranges([r])]

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

    def has_selection(self) -> bool:
        """Words of the shown document are selected (whether or not they map to its text)."""
        return self._shown is not None and self.browser.textCursor().hasSelection()

    def selected_range(self) -> tuple[int, int] | None:
        """The selected words as a range of the document's original text, or None (nothing
        selected, or nothing of the document's own text: a note of the reader). A section
        title maps to the line of the seed stating it; in the reading view a passage cleaned
        of page furniture is mapped by its words."""
        cursor = self.browser.textCursor()
        if not self.has_selection():
            return None
        a = python_index(self._shown_text, cursor.selectionStart())
        b = python_index(self._shown_text, cursor.selectionEnd())
        if self._original:
            lo, hi = a - self._shift, b - self._shift
            lo, hi = max(lo, 0), min(hi, len(self._text))
            return (lo, hi) if lo < hi and self._text[lo:hi].strip() else None
        return original_range(self._text, self._shown_text, self._placed, a, b)
