"""The panel that lists the search box's ranked results.

The search runs in a worker (:class:`~viewer.gui.workers.SearchJob`) with its own connection,
and every request carries a generation number so that a slow answer to an old query is
dropped when it finally arrives. The Match column's snippets are drawn by
:class:`~viewer.gui.search.snippets.SnippetDelegate`.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from viewer.archive.records.kinds import Record
from viewer.archive.records.navigation import Hit
from viewer.archive.search import SearchResult
from viewer.archive.search_query import build_match
from viewer.archive.store import Archive
from viewer.archive.tables import SEARCHED_TABLES, TABLE_SPECS
from viewer.gui.labels import counted, fill, number, quoted, table_label
from viewer.gui.search.snippets import SnippetDelegate
from viewer.gui.tables.column_fit import ColumnFit
from viewer.gui.tables.models import SearchResultsModel, source_labels
from viewer.gui.tables.record_tab import FocusFramedTable, selection_note
from viewer.gui.workers import WorkerPool

# The results' columns (Type, Record, Match, Source) where there is room for them; a
# narrower panel takes room from each in proportion, Match, the widest, giving the most.
COLUMN_WIDTHS = (90, 220, 400, 110)
SEARCHING_NOTICE_MS = 150  # a search still running after this says so
# Results asked for at first, and how many more each "Load more results" asks for.
RESULTS_PAGE = 50


TYPE_COLUMN = 0


def type_width(view: QTableView) -> int:
    """The width the Type column needs for every kind of record a search finds, in the
    window's language, and for its heading: the words, the cell's margins as the style draws
    them, and a little air."""
    style = view.style()
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    words = max(view.fontMetrics().horizontalAdvance(table_label(TABLE_SPECS[table]))
                for table in SEARCHED_TABLES)
    heading = view.horizontalHeader().fontMetrics().horizontalAdvance(
        QCoreApplication.translate("SearchResults", SearchResultsModel.HEADERS[TYPE_COLUMN]))
    return max(COLUMN_WIDTHS[TYPE_COLUMN], words + margin + 8, heading + 2 * margin + 16)


class SearchPanel(QWidget):
    """Ranked results for the search box: table, title, highlighted match, source."""

    hit_activated = Signal(str, int)
    results_shown = Signal(object)  # the SearchResult now on screen
    results_refined = Signal(object)  # the fully ranked SearchResult now on screen, or None
    suggestion_chosen = Signal(str)  # "Did you mean …?" clicked, or Enter while it is shown
    close_requested = Signal()
    selection_changed = Signal()
    summary_changed = Signal()  # the summary counts the annotations found since the results
    annotation_wanted = Signal()  # Enter with no record found: open the first annotation found

    def __init__(self, workers: WorkerPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self._workers = workers
        self._path: Path | None = None
        self._generation = 0
        self._text = ""
        self._pending = False  # a search is running
        self._open_when_done = False  # Enter was pressed before its results arrived
        # Enter was pressed on no record before the annotations were counted (another thread).
        self._open_annotation_when_counted = False
        self._limit = RESULTS_PAGE  # results asked for the current text
        self._keep_row = -1  # the row to return to when more results arrive
        self._suggestion: str | None = None  # "Did you mean …?" for the results shown
        self._refining = False  # the results shown are a first answer; the ranking follows
        self._shown: SearchResult | None = None  # the results on screen
        self._annotations = ("", 0)  # how many annotations match which text
        self.model = SearchResultsModel(self)
        self._build()
        # "Searching for …" only when an answer is slow to come: changing the summary lays out
        # and repaints the panel while the worker runs, and a search mostly takes milliseconds.
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.setInterval(SEARCHING_NOTICE_MS)
        self._slow.timeout.connect(self._say_searching)
        workers.search_finished.connect(self._finished)
        workers.search_refined.connect(self._refined)
        workers.search_failed.connect(self._failed)

    def _build(self) -> None:
        self.summary = QLabel(self)
        self.summary.setObjectName("searchSummary")
        self.summary.setAccessibleName(self.tr("Search summary"))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        # The labels that quote the search quote it cut short (labels.quoted), and are cut at
        # the panel's edge rather than widen it: a pasted line of 6,000 letters with nowhere to
        # break, asked of the layout whole, widened the window to tens of thousands of pixels.
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # Wrapped beside the button: at 800x600 the Spanish summary ran under "Volver a las
        # tablas" and was cut mid-word ("también coi").
        self.summary.setWordWrap(True)
        close = QToolButton(self)
        close.setObjectName("closeSearchButton")
        close.setAccessibleName(self.tr("Close search"))
        close.setText(self.tr("Back to tables (Esc)"))
        close.setAutoRaise(True)
        close.clicked.connect(self.close_requested)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_requested)
        self.notice = QLabel(self)
        self.notice.setObjectName("searchNotice")
        self.notice.setAccessibleName(self.tr("Search notice"))
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: palette(placeholder-text); font-style: italic;")
        self.notice.hide()
        self.suggestion = QLabel(self)
        self.suggestion.setObjectName("searchSuggestion")
        self.suggestion.setAccessibleName(self.tr("Did you mean"))
        self.suggestion.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.suggestion.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.suggestion.linkActivated.connect(lambda _link: self.choose_suggestion())
        self.suggestion.hide()

        # As a tab's table: Tab leaves it, and the focused one shows a frame (issue 28).
        self.view = FocusFramedTable(self)
        self.view.setObjectName("resultsView")
        self.view.setTabKeyNavigation(False)
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(SearchResultsModel.SNIPPET_COLUMN,
                                           SnippetDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        # Always there, disabled when the results fit: a scroll bar that came with the first
        # long list of results narrowed the view under them, shifted the columns and had every
        # row painted twice, again whenever a short list was followed by a long one.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # Fitted to the panel's width as the tabs fit theirs, until the user drags a column:
        # with Match stretched beside fixed columns, at 800x600 Match shrank to a sliver and
        # Source went out of sight behind a scroll bar.
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)
        # The arrow keys move the detail pane along the results, as they do along a tab's rows.
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._activated(current))
        # The status says how many results are selected, as a tab's does of its rows.
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit())

        self.empty = QLabel(self)
        self.empty.setObjectName("searchEmpty")
        self.empty.setAccessibleName(self.tr("No results"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.empty.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.load_more = QToolButton(self)
        self.load_more.setObjectName("loadMoreResults")
        self.load_more.setAccessibleName(self.tr("Load more results"))
        self.load_more.setText(self.tr("Load more results"))
        self.load_more.setAutoRaise(True)
        self.load_more.clicked.connect(self.more)
        self.load_more.hide()
        results = QWidget(self)
        results.setObjectName("searchResults")
        results.setAccessibleName(self.tr("Search results list"))
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.setSpacing(2)
        results_layout.addWidget(self.view, 1)
        results_layout.addWidget(self.load_more, 0, Qt.AlignmentFlag.AlignLeft)
        self.results = results
        self.stack = QStackedWidget(self)
        self.stack.addWidget(results)
        self.stack.addWidget(self.empty)
        # The stack's width, not the view's: the view keeps Qt's default size while it waits
        # behind the empty page.
        # Type as wide as its longest word in the window's language ("Disagreements",
        # "Acontecimientos"): a kind cut to "Disagreem…" says nothing (R5 review item 10).
        self.columns = ColumnFit(self.view, self.stack, (type_width(self.view),
                                                         *COLUMN_WIDTHS[1:]),
                                 SearchResultsModel.SNIPPET_COLUMN, keep=(TYPE_COLUMN,))

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.suggestion)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)

    def warm_up(self) -> None:
        """Draw a made-up snippet where nobody sees it, as the results view draws one: the
        first results otherwise pay for the style's Python enums, loading the matches' bolder
        face and the painter's first highlight, more than the next results, while the
        user waits for them. Run while the window is idle."""
        from PySide6.QtGui import QImage
        from PySide6.QtWidgets import QStyle

        _ = QStyle.StateFlag.State_Selected  # the first use of QStyle's enums creates them all
        image = QImage(400, 24, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        try:
            SnippetDelegate.draw_runs(painter, QRectF(image.rect()),
                                      [("Somos. — ", False), ("Benjamín", True), (" 123", False)],
                                      self.view.font(),
                                      self.view.palette().color(QPalette.ColorRole.Text))
        finally:
            painter.end()

    # -- searching ------------------------------------------------------------------------

    @property
    def text(self) -> str:
        return self._text

    def set_archive(self, archive: Archive | None) -> None:
        """Search this archive from now on (the worker opens its own connection to it)."""
        self._path = archive.path if archive is not None else None
        self.model.set_source_labels(source_labels(archive))
        if self._text:
            self.search(self._text)

    def search(self, text: str) -> None:
        """Start a search for ``text``; older searches still running will be ignored."""
        self._generation += 1
        if text != self._text:
            self._limit = RESULTS_PAGE
        self._text = text
        self._pending = self._open_when_done = self._open_annotation_when_counted = False
        # Disabled rather than hidden until the answer comes: hiding it would lay out and
        # repaint the old results while the search runs.
        self.load_more.setEnabled(False)
        if not text.strip() or self._path is None:
            self.load_more.hide()
            self.model.set_hits([])
            self._show_suggestion(None)
            self._refining = False
            self._shown = None
            self.summary.setText("")
            self._show_notice(None if self._path else self.tr("No archive is open."))
            return
        self._pending = True
        self._slow.start()
        self._workers.search(self._path, text, self._generation, limit=self._limit)

    def _say_searching(self) -> None:
        if self._pending:
            self.summary.setText(fill(self.tr("Searching for “%1”…"), quoted(self._text)))

    def more(self) -> None:
        """Ask for the next :data:`RESULTS_PAGE` results of the current search (the search is
        run again with a larger limit; the rows already shown keep their places)."""
        if self._pending or not self._text.strip() or self._path is None:
            return
        self._keep_row = self.view.currentIndex().row()
        if self._keep_row < 0:
            self._keep_row = self.model.rowCount() - 1
        self._limit += RESULTS_PAGE
        self.search(self._text)

    @property
    def suggested(self) -> str | None:
        """The "Did you mean …?" text shown, if any."""
        return self._suggestion

    def choose_suggestion(self) -> None:
        """Search the suggestion instead (its link clicked, or Enter while it is shown)."""
        if self._suggestion:
            self.suggestion_chosen.emit(self._suggestion)

    def _show_suggestion(self, suggestion: str | None) -> None:
        self._suggestion = suggestion
        if suggestion:
            self.suggestion.setText(
                fill(self.tr("Did you mean %1?"),
                     f"<a href='suggestion'><b>{html.escape(quoted(suggestion))}</b></a>")
                + " <span style='color: palette(placeholder-text)'>(Enter)</span>")
        self.suggestion.setVisible(bool(suggestion))

    def _finished(self, generation: int, result: SearchResult) -> None:
        if generation != self._generation:
            return  # a newer search has been started since
        self._pending = False
        self._slow.stop()
        self._show_suggestion(result.suggestion)
        self._refining = result.ranking != "full" and bool(result.hits)
        keep, self._keep_row = self._keep_row, -1
        self.model.set_hits(result.hits)
        self._shown = result
        notice = result.notice
        n = len(result.hits)
        self._show_load_more(result)
        if n:
            self._describe(result)
            self.stack.setCurrentWidget(self.results)
            if 0 <= keep < n:  # more results: stay where the reader was
                index = self.model.index(keep, 0)
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
            else:
                self.view.scrollToTop()
        elif result.notice and build_match(result.query.strip()).expression is None:
            # Nothing to search for (a lone quote, punctuation): one note saying so, not
            # "nothing matches" beside "type a word" (issue 28).
            self.summary.setText(notice or "")
            self.empty.setText(f"<p style='font-size:large'>{html.escape(notice or '')}</p><p>"
                               + html.escape(fill(self.tr("“%1” has no words to look for."),
                                                  quoted(result.query))) + "</p>")
            self.stack.setCurrentWidget(self.empty)
            notice = None
        else:
            self._describe(result)
            self.stack.setCurrentWidget(self.empty)
        self._show_notice(self.tr("Ranking every match…") if self._refining else notice)
        # Laid out now, not when Qt gets round to it: the notice or the "Load more" button
        # appearing would otherwise resize the results after their first paint, and every row
        # was painted twice, often just as the next search's answer arrived.
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.view.doItemsLayout()
        self.results_shown.emit(result)
        if self._open_when_done:
            self._open_when_done = False
            self.open_current()

    def set_annotation_matches(self, text: str, count: int) -> None:
        """How many of the user's annotations match ``text``: the annotator lists them under
        the results, and the summary and the empty page count them too ("No results" above a
        listed annotation said the opposite of what the panel showed)."""
        before = self._annotations[1] if self._annotations[0] == self._text else 0
        self._annotations = (text, count)
        if self._open_annotation_when_counted and text == self._text:
            self._open_annotation_when_counted = False
            if count:
                self.annotation_wanted.emit()
        # The count arrives from another thread, often after the records: the results are
        # described again only if it changes what they say (a lone quote's "Type a word"
        # became "Nothing in the archive matches" when no annotation matched either).
        if (self._shown is not None and not self._pending and text == self._text
                and count != before):
            self._describe(self._shown)
            self.summary_changed.emit()

    def _show_load_more(self, result: SearchResult) -> None:
        """The "Load more" button, saying how many more when the total is known (it offered
        50 more when 3 were left)."""
        n = len(result.hits)
        left = None if result.matched is None else result.matched - n
        self.load_more.setVisible(bool(n) and result.truncated and left != 0)
        self.load_more.setEnabled(True)
        if left is None:
            self.load_more.setText(self.tr("Load more results"))
        else:
            self.load_more.setText(self.tr("Load %Ln more results", "",
                                           min(left, RESULTS_PAGE)))

    def _describe(self, result: SearchResult) -> None:
        """The summary (and, with no records found, the empty page) of ``result`` and of the
        annotations that match the same text."""
        query = quoted(result.query)
        n = len(result.hits)
        text, mine = self._annotations
        mine = mine if text == self._text else 0
        if n:
            total = result.matched
            if result.truncated and total is None:  # no total: no number made up
                said = self.tr("The best %Ln results for “%1”; more match", "", n)
            elif result.truncated and total is not None and total > n:
                said = self.tr("The best %2 of %Ln results for “%1”", "", total)
            else:
                said = counted(n, self.tr("1 result for “%1”"),
                               self.tr("%Ln results for “%1”", "", n))
            said = fill(said, query, number(n))  # the query last: its own "%2" stays as typed
            if mine:
                said = fill(counted(mine, self.tr("%1; 1 of your annotations matches too"),
                                    self.tr("%1; %Ln of your annotations match too", "",
                                            mine)), said)
            self.summary.setText(said)
            return
        hint = "<p>" + self.tr("Try fewer words, a prefix such as <code>vet*</code>, or a "
                               "name's other spelling. Accents and capitals never "
                               "matter.") + "</p>"
        if not mine:
            self.summary.setText(fill(self.tr("No results for “%1”"), query))
            self.empty.setText(
                "<p style='font-size:large'>"
                + html.escape(fill(self.tr("Nothing in the archive matches “%1”."), query))
                + "</p>" + hint)
            return
        self.summary.setText(fill(counted(
            mine, self.tr("No records match “%1”; 1 of your annotations does"),
            self.tr("No records match “%1”; %Ln of your annotations do", "", mine)), query))
        self.empty.setText(
            "<p style='font-size:large'>"
            + html.escape(fill(self.tr("No records match “%1”."), query)) + "</p><p>"
            + html.escape(counted(mine, self.tr("1 of your annotations does: it is listed "
                                                "below."),
                                  self.tr("%Ln of your annotations do: they are listed below.",
                                          "", mine))) + "</p>" + hint)

    def _refined(self, generation: int, result: SearchResult | None) -> None:
        """The full ranking of the results shown: the list updated in place, the selected
        and current results kept selected and current wherever they now stand."""
        if generation != self._generation or not self._refining:
            return
        self._refining = False
        if result is None:  # interrupted or too slow: the first answer stands
            self.notice.setText("")
            self.results_refined.emit(None)
            return
        selection = self.view.selectionModel()
        keys = {(h.table, h.id) for h in self.selected_hits()}
        current = self.view.currentIndex()
        current_key, column = None, 0
        if current.isValid():
            hit = self.model.hit(current.row())
            current_key, column = (hit.table, hit.id), current.column()
        self.model.set_hits(result.hits)
        rows = {(h.table, h.id): row for row, h in enumerate(result.hits)}
        # Quietly: the detail pane already shows the current result.
        selection.blockSignals(True)
        try:
            if current_key in rows:
                selection.setCurrentIndex(self.model.index(rows[current_key], column),
                                          QItemSelectionModel.SelectionFlag.NoUpdate)
            for key in keys & rows.keys():
                selection.select(self.model.index(rows[key], 0),
                                 QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            selection.blockSignals(False)
        self.view.viewport().update()
        # The line stays, emptied if need be: hiding it would move every row up under the
        # reader's pointer.
        self.notice.setText(result.notice or "")
        self.results_refined.emit(result)

    def _failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._pending = self._open_when_done = False
        self._refining = False
        self._shown = None
        self._show_suggestion(None)
        self._slow.stop()
        self._keep_row = -1
        self.model.set_hits([])
        self.load_more.hide()
        self.summary.setText(self.tr("The search could not be run"))
        self.empty.setText(f"<p>{html.escape(message)}</p>")
        self.stack.setCurrentWidget(self.empty)
        self._show_notice(None)

    def _show_notice(self, notice: str | None) -> None:
        self.notice.setText(notice or "")
        self.notice.setVisible(bool(notice))

    # -- results --------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            hit = self.model.hit(index.row())
            self.hit_activated.emit(hit.table, hit.id)

    def open_current(self) -> None:
        """Open the current result, or the first one (Enter in the search box); while a
        "Did you mean …?" is shown, search that instead."""
        if self._pending:
            self._open_when_done = True
            return
        if self._suggestion:
            self.choose_suggestion()
            return
        if self.model.rowCount() == 0:
            # Only annotations match: the first opens, as clicking it would (Enter did nothing).
            text, mine = self._annotations
            if text != self._text:  # not counted yet: the first opens when they are
                self._open_annotation_when_counted = True
            elif mine:
                self.annotation_wanted.emit()
            return
        index = self.view.currentIndex()
        if not index.isValid():
            index = self.model.index(0, 0)
            self.view.setCurrentIndex(index)
        self._activated(index)

    def step(self, rows: int) -> bool:
        """Make the result ``rows`` away from the current one current, which shows it (the
        first or last result when none is current); False, changing nothing, past an end."""
        count = self.model.rowCount()
        current = self.view.currentIndex()
        row = current.row() + rows if current.isValid() else (0 if rows > 0 else count - 1)
        if not 0 <= row < count:
            return False
        index = self.model.index(row, max(current.column(), 0))
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def focus_chain(self) -> list[QWidget]:
        """The panel's widgets in the order Tab visits them."""
        return [self.view, self.load_more]

    def focus_results(self) -> None:
        if self.model.rowCount() > 0:
            self.view.setFocus()
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.model.index(0, 0))

    def status_text(self) -> str:
        """The summary, and how many results are selected when more than one is: what Copy
        or Export Selection is about to act on."""
        text = self.summary.text()
        return text + selection_note(self.view) if text else text

    def selected_hits(self) -> list[Hit]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.hit(r) for r in rows]

    def selected_records(self, archive: Archive | None) -> tuple[str, list[Record]]:
        """The selected hits as records, and their table (``"search"`` if they are mixed)."""
        hits = self.selected_hits()
        tables = list(dict.fromkeys(hit.table for hit in hits))
        table = tables[0] if len(tables) == 1 else "search"
        if archive is None:
            return table, []
        found = {(t, r.id): r for t in tables
                 for r in archive.get_many(t, [h.id for h in hits if h.table == t])}
        return table, [found[(h.table, h.id)] for h in hits if (h.table, h.id) in found]
