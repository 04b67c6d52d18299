"""One tab of the browser: a filter field over a lazily paged table of one logical table.

The tab loads its first page only when first shown; its model has every row of the table (or
of the filter) from then on, each read when the view looks at it, so the scroll bar stands for
the whole table. It sorts and filters in SQL through its model, and counts the unfiltered rows
in a worker (a count grows with the table). It says when it is empty, and why: no rows at all,
or none matching the filter.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from viewer.archive.page_records import Page
from viewer.archive.paging import MAX_RESIDENT_ROWS, PAGE_SIZE, PageRequest
from viewer.archive.store import Archive
from viewer.gui.focus_frame import FocusFrame
from viewer.gui.labels import fill, number, quoted, table_label
from viewer.gui.tables.column_fit import column_room, fit_columns, sized_by_hand
from viewer.gui.tables.models import RecordTableModel, noun
from viewer.gui.workers import WorkerPool

if TYPE_CHECKING:
    from viewer.archive.records.kinds import Record
    from viewer.gui.tables.filter_highlight import FilterHighlight

FILTER_DEBOUNCE_MS = 150
MAX_AUTO_WIDTH = 320
AUTO_WIDTH_ROWS = 50  # rows measured for auto widths
CELL_MARGINS = 20  # a cell's text margins and the room a sort arrow or elision needs
GATHER_LIMIT = 10_000
"""Selected rows that copying or exporting a selection gathers, at most. They are gathered one
by one on the GUI thread, a row not in memory with its page: every row of a million is a row,
and Ctrl+A then Ctrl+C would hold the window for minutes."""
# Glyphs among the narrowest of a font: a column shows at most its width over the narrowest
# one's advance in characters (see RecordTableModel.set_column_chars).
NARROW_GLYPHS = " il.,:;'|!j"


def _escaped(text: str) -> str:
    import html  # here: only the messages of an empty page need it; a start does not

    return html.escape(text)


class FilterField(QLineEdit):
    """A filter box; Esc clears it."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
        else:
            super().keyPressEvent(event)


def selected_row_count(view: QAbstractItemView) -> int:
    """Rows selected in ``view``, counted from the selection's ranges: ``selectedRows()``
    makes an index object per row, a million of them for a whole large table."""
    selection = view.selectionModel().selection()
    spans = sorted((r.top(), r.bottom()) for r in (selection.at(i)
                                                    for i in range(selection.size())))
    count, reach = 0, -1
    for top, bottom in spans:
        if bottom > reach:
            count += bottom - max(top, reach + 1) + 1
            reach = bottom
    return count


def selection_note(view: QAbstractItemView) -> str:
    """`` · N selected`` for a status line when more than one row is selected, else nothing:
    what a copy or an export is about to take (one row is shown in the detail pane)."""
    selected = selected_row_count(view)
    if selected <= 1:
        return ""
    return " · " + fill(QCoreApplication.translate("RecordTab", "%1 selected"), number(selected))


class FocusFramedTable(QTableView):
    """A table that says it has the focus with a frame in the highlight colour
    (:class:`~viewer.gui.focus_frame.FocusFrame`, as the detail pane and the reader do)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.focus_frame = FocusFrame(self)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Focus arriving makes no row current. Qt makes the first row current when a table
        with none gets the focus; the detail pane followed, so tabbing into People opened
        its first record, unhighlighted, as a step in the history the user never chose. The
        focus frame says the table has the focus; the first arrow key then chooses a row."""
        selection = self.selectionModel()
        if selection is None or self.currentIndex().isValid():
            super().focusInEvent(event)
            return
        blocked = selection.blockSignals(True)  # what Qt makes current is unmade unheard
        try:
            super().focusInEvent(event)
            selection.clearCurrentIndex()
        finally:
            selection.blockSignals(blocked)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """With no row current, Qt's every move key lands on the first row; End and Page
        Down go from there, as they did when the focus made it current."""
        selection = self.selectionModel()
        if (selection is not None and not self.currentIndex().isValid()
                and event.key() in (Qt.Key.Key_End, Qt.Key.Key_PageDown)
                and self.model() is not None and self.model().rowCount() > 0):
            blocked = selection.blockSignals(True)
            try:
                selection.setCurrentIndex(self.model().index(0, 0),
                                          QItemSelectionModel.SelectionFlag.NoUpdate)
            finally:
                selection.blockSignals(blocked)
        super().keyPressEvent(event)


class RecordView(FocusFramedTable):
    """The tab's table. Tab leaves the table (to the detail pane) rather than walking its
    cells, and a row made current from the keyboard is also the selection, so Export
    Selection and Copy take the row the user sees highlighted (issue 28)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        super().keyPressEvent(event)
        if ctrl and event.key() in (Qt.Key.Key_End, Qt.Key.Key_Home):
            # Qt moves the current row without selecting it when Ctrl is held.
            current = self.currentIndex()
            if current.isValid():
                self.selectionModel().select(
                    current, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)


class RecordTab(QWidget):
    record_selected = Signal(str, int)
    status_changed = Signal()

    def __init__(self, table: str, workers: WorkerPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RecordTableModel(table, page_size=PAGE_SIZE,
                                      max_resident_rows=MAX_RESIDENT_ROWS,
                                      loader=self._load_page, first_page_at_once=True,
                                      parent=self)
        self.table = table
        self.setObjectName(f"{table}Tab")
        self._workers = workers
        self._path: Path | None = None
        self._count_generation = 0
        self._total: int | None = None
        self._saved_widths: list[int] | None = None
        # Auto widths are refitted when the view's width changes (the first page often lands
        # before the window has its final size), until the user sizes a column or widths
        # are restored from settings.
        self._fitted_to = 0
        self._user_sized = False
        self._error: str | None = None
        self._pending_row: int | None = None  # current, but its page is on its way
        self._build()
        workers.count_finished.connect(self._counted)
        workers.count_failed.connect(self._count_failed)
        workers.page_finished.connect(self._page_finished)
        workers.page_failed.connect(self._page_failed)

    def _build(self) -> None:
        label = table_label(self.model.spec)
        self.filter = FilterField(self)
        self.filter.setObjectName(f"{self.table}Filter")
        self.filter.setAccessibleName(fill(self.tr("Filter %1"), label))
        self.filter.setPlaceholderText(fill(self.tr("Filter %1…"), noun(self.table, 2)))
        self.filter.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(FILTER_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(lambda _text: self._debounce.start())

        self.view = RecordView(self)
        self.view.setObjectName(f"{self.table}View")
        self.view.setAccessibleName(fill(self.tr("%1 table"), label))
        self.view.setModel(self.model)
        # Qt's own delegate paints the rows until a filter is first typed; then one that
        # marks the filter's matches takes over (its module and Qt's style classes it
        # draws with are not needed by a tab that has never been filtered).
        self.highlight: FilterHighlight | None = None
        header = self.view.horizontalHeader()
        # The header gets a selection model of its own, never selected in: as it paints, a
        # header asks its selection model whether each column is wholly selected, and asked
        # of the rows' selection Qt answers by visiting every row, calling into Python twice
        # per row (with a million rows selected by Ctrl+A each paint of the header took
        # seconds). The header highlights no column anyway (setHighlightSections(False)).
        header.setSelectionModel(QItemSelectionModel(self.model, header))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        metrics = self.view.fontMetrics()
        self._narrowest = max(1, min(metrics.horizontalAdvance(c) for c in NARROW_GLYPHS))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Room to spare goes to the column with the most to show (_auto_widths), not to the
        # last: Episodes' Minutes stretched while its Title was cut off (issue 28).
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        # A title wider than its column (Spanish runs longer: "Valores que no coinciden") ends
        # in "…" where it is cut, read from its start, rather than clipped at both ends.
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._enable_sorting()
        header.sectionResized.connect(self._section_resized)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        # The status says how many rows are selected: what Ctrl+A, Shift+click or an export
        # is about to act on (counted from the selection's ranges, not row by row).
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.status_changed.emit())
        self.view.clicked.connect(self._current_changed)
        self.model.modelReset.connect(self._model_changed)
        self.model.dataChanged.connect(self._rows_arrived)

        self.empty = QLabel(self)
        self.empty.setObjectName(f"{self.table}Empty")
        self.empty.setAccessibleName(fill(self.tr("No %1"), noun(self.table, 2)))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        # A word with nowhere to break (a pasted line of 10,000 letters) is cut at the tab's
        # edge: its width asked of the layout widened the tab, and the window, to show it.
        self.empty.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.stack, 1)

    # -- archive and loading --------------------------------------------------------------

    def set_archive(self, archive: Archive | None) -> None:
        self._path = archive.path if archive is not None else None
        self._total = None
        self._count_generation += 1  # a count of the previous archive must not land here
        self._error = None
        self.model.set_archive(archive)

    def activate(self) -> None:
        """Load the first page and count the rows, once (the tab is being shown)."""
        if not self.model.is_loaded and self._path is not None:
            self._set_filter()
            self._request_count()

    @property
    def matching_rows(self) -> int | None:
        """Rows matching the filter (all rows without one): the model's, counted with its
        first page; None while that is on its way."""
        if not self.model.is_loaded or self.model.is_loading:
            return None
        return self.model.rowCount()

    @property
    def total_rows(self) -> int | None:
        return self._total

    def is_busy(self) -> bool:
        """Rows or counts are still on their way from a worker (not once reading failed: a
        count of a damaged table never comes)."""
        return self._path is not None and self._error is None and (
            self.model.is_loading or not self.model.is_loaded or self._total is None)

    def _load_page(self, request: PageRequest) -> None:
        if self._path is not None:
            self._error = None
            self._workers.page(self._path, request)
            self.status_changed.emit()

    def _page_finished(self, request: PageRequest, page: Page) -> None:
        if self.model.page_arrived(request, page):
            self.status_changed.emit()

    def _page_failed(self, request: PageRequest, message: str) -> None:
        if self.model.page_failed(request):
            self._error = message
            self.empty.setText("<p style='font-size:large'>"
                               + _escaped(fill(self.tr("The %1 could not be read."),
                                               noun(self.table, 2)))
                               + f"</p><p>{_escaped(message)}</p>")
            self.stack.setCurrentWidget(self.empty)
            self.status_changed.emit()

    def apply_filter(self) -> None:
        self._debounce.stop()
        if self._path is None:
            return
        self._set_filter()

    def _set_filter(self) -> None:
        """The words typed, each a prefix (the last is being typed), searched and marked."""
        self.model.set_filter_text(self.filter.text())
        query = self.model.filter_query
        if query != (self.highlight.query if self.highlight is not None else ""):
            # Repainted only when the marks change: the rows' own changes repaint themselves,
            # and a tab's first showing (no filter) then asks nothing of the viewport.
            if self.highlight is None:
                from viewer.gui.tables.filter_highlight import FilterHighlight

                self.highlight = FilterHighlight(self.view)
                self.view.setItemDelegate(self.highlight)
            self.highlight.set_query(query)
            self.view.viewport().update()

    def _request_count(self) -> None:
        """Count the unfiltered rows, for "N of M" (a filter's rows are counted with its
        first page, by the model), unless the builder wrote the count in the archive."""
        archive = self.model.pager.archive
        if (known := archive.row_count(self.table) if archive is not None else None) is not None:
            self._total = known
            self.status_changed.emit()
            return
        if self._path is None:
            return
        self._count_generation += 1
        self._workers.count(self._path, self.table, self._count_generation)
        self.status_changed.emit()

    def _counted(self, table: str, generation: int, total: int) -> None:
        if table == self.table and generation == self._count_generation:
            self._total = total
            self.status_changed.emit()

    def _count_failed(self, table: str, generation: int, message: str) -> None:
        if table == self.table and generation == self._count_generation:
            self._error = message
            self.status_changed.emit()

    def _model_changed(self) -> None:
        self._pending_row = None
        loaded = self.model.rowCount()
        if self._error is not None:
            pass  # _page_failed has said what went wrong
        elif loaded == 0 and self.model.is_loaded and not self.model.is_loading:
            if self.model.filter_text:
                self.empty.setText(
                    "<p style='font-size:large'>"
                    + _escaped(fill(self.tr("No %1 match “%2”."), noun(self.table, 2),
                                    quoted(self.model.filter_text)))
                    + "</p><p>" + _escaped(self.tr(
                        "Clear the filter (Esc) to see them all, or try another word."))
                    + "</p>")
            else:
                self.empty.setText(
                    "<p style='font-size:large'>"
                    + _escaped(fill(self.tr("This archive has no %1."), noun(self.table, 2)))
                    + "</p><p>" + _escaped(self.tr(
                        "Rebuild it from the seeds (File › Rebuild from Seeds…) or open "
                        "another archive.")) + "</p>")
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.view)
            if loaded and self._saved_widths is None:
                # After the view has laid out the rows just inserted, or it measures too few.
                QTimer.singleShot(0, self._auto_widths)
        self.status_changed.emit()

    # -- status ---------------------------------------------------------------------------

    def status_text(self) -> str:
        if self._path is None or not self.model.is_loaded:
            return ""
        matching = self.matching_rows
        if matching is None:
            return self._waiting_text()
        if self._total is None:
            if self._error is not None:
                return fill(self.tr("%1 %2 (could not count them)"), number(matching),
                            noun(self.table, matching))
            return fill(self.tr("%1 %2 (counting…)"), number(matching),
                        noun(self.table, matching))
        text = fill(self.tr("%1 of %2 %3"), number(matching), number(self._total),
                    noun(self.table, self._total))
        if (row := self.model.reading_row) is not None:
            text += " · " + fill(self.tr("reading rows from %1…"), number(row + 1))
        return text + selection_note(self.view)

    def _waiting_text(self) -> str:
        rows = noun(self.table, 2)
        change = self.model.awaited_change
        if change == "sort" and (column := self.model.sort_column()) >= 0:
            title = self.model.column_title(column)
            if self.model.descending:
                return fill(self.tr("Sorting %1 by %2, descending…"), rows, title)
            return fill(self.tr("Sorting %1 by %2…"), rows, title)
        if change == "filter":
            return fill(self.tr("Filtering %1…"), rows)
        return fill(self.tr("Loading %1…"), rows)

    # -- selection ------------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not current.isValid():
            return
        record_id = self.model.id_in_memory(current.row())
        if record_id is None:
            # A row not read yet (Ctrl+End went past it): selected when its page arrives,
            # rather than read here, on the GUI thread, by position.
            self._pending_row = current.row()
            self.model.want_row(current.row())
            return
        self._pending_row = None
        self.record_selected.emit(self.table, record_id)

    def _rows_arrived(self, top: QModelIndex, bottom: QModelIndex) -> None:
        row = self._pending_row
        if row is not None and top.row() <= row <= bottom.row():
            self._pending_row = None
            if self.view.currentIndex().row() == row:
                self._current_changed(self.view.currentIndex())

    def every_row_selected(self) -> bool:
        """Every row matching the filter is selected: exporting them is exporting all that
        match, however many."""
        matching = self.matching_rows
        return bool(matching) and selected_row_count(self.view) == matching

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.view.selectionModel().selectedRows()})

    def selected_records(self) -> list[Record]:
        return [self.model.record(r) for r in self.selected_rows()]

    def current_row_of(self, record_id: int) -> int | None:
        """The current row if it shows this record (it has just been selected), else None.
        A row whose page has been dropped was not just selected: it is not read again."""
        row = self.view.currentIndex().row()
        return row if self.model.id_in_memory(row) == record_id else None

    def select_record(self, record_id: int, row_hint: int | None = None) -> bool:
        """Make a record the current row (without emitting a new navigation): one in memory,
        or the one at ``row_hint`` if that row still holds it."""
        row = self.model.row_of(record_id, row_hint)
        if row is None:
            return False
        if self.view.currentIndex().row() == row:
            # Already current: the navigation came from this row (a click, Shift+click, an
            # arrow key). Selecting it alone would drop the rest of what the user selected,
            # and silently (signals blocked), so the status kept counting the rows dropped.
            return True
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        selection.setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        selection.blockSignals(False)
        self.view.viewport().update()
        self.view.scrollTo(self.model.index(row, 0))
        return True

    # -- sorting and widths ---------------------------------------------------------------

    def _enable_sorting(self) -> None:
        """Clicking a column's title sorts by it; the arrow shows the order the rows are in."""
        header = self.view.horizontalHeader()
        header.setSortIndicator(self.model.sort_column(),
                                Qt.SortOrder.DescendingOrder if self.model.descending
                                else Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)  # which also shows the indicator
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)

    def _sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        """Unsortable columns keep the indicator where the rows really are sorted."""
        cols = self.model.spec.columns
        if 0 <= column < len(cols) and not cols[column].sortable:
            header = self.view.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(),
                                    Qt.SortOrder.DescendingOrder if self.model.descending
                                    else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
        header = self.view.horizontalHeader()
        header.setSortIndicatorShown(self.model.sort_column() >= 0)

    def _auto_widths(self) -> None:
        """Widths from the first page's contents, shrunk to fit the view when they would not:
        every column stays in sight, the widest give up the most."""
        header = self.view.horizontalHeader()
        # Measured here from the first rows' text: resizeColumnsToContents asks the delegate
        # for every cell's size hint (style, font and all roles per cell), a large part of a
        # tab's first showing; the text's advance plus the cell's margins is the same width.
        metrics = self.view.fontMetrics()
        rows = min(self.model.rowCount(), AUTO_WIDTH_ROWS)
        # A text of this many characters is wider than any auto width, whatever they are: it
        # need not be laid out to be measured (an Excerpts cell holds up to 400).
        too_long = MAX_AUTO_WIDTH // self._narrowest + 1
        widths = []
        wanted: list[int] = []  # each column's text width, uncapped
        # Each title with room for the sort arrow, whether it shows or not (it does not while
        # the rows are in their own order, by a column not shown).
        arrow_shown = header.isSortIndicatorShown()
        header.setSortIndicatorShown(True)
        for column in range(self.model.columnCount()):
            texts = self.model.first_texts(column, rows)
            text_width = max((MAX_AUTO_WIDTH * 4 if len(t) >= too_long
                              else metrics.horizontalAdvance(t) for t in texts if t), default=0)
            wanted.append(text_width)
            widths.append(min(max(text_width + CELL_MARGINS,
                                  header.sectionSizeFromContents(column).width()),
                              MAX_AUTO_WIDTH))
        header.setSortIndicatorShown(arrow_shown)
        # Room to spare goes to the column whose text is cut the most.
        most_cut = max(range(len(widths)), key=lambda c: wanted[c] - widths[c], default=0)
        fit_columns(self.view, widths, self._room(), most_cut)
        self._saved_widths = self.column_widths()
        self._fitted_to = self.stack.width()

    def _room(self) -> int:
        """The width the columns have. The stack's, not the view's: while the view waits
        behind the empty page it keeps Qt's default size, not the width it will show at."""
        return column_room(self.view, self.stack.width())

    def _section_resized(self, column: int, _old: int, width: int) -> None:
        if sized_by_hand():
            self._user_sized = True
        # Never fewer than the widest auto width needs: auto widths are measured from the text.
        self.model.set_column_chars(column, max(width, MAX_AUTO_WIDTH) // self._narrowest + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Fitted again when the width changed much, or at all if the columns no longer fit.
        if (self._fitted_to and not self._user_sized
                and (abs(self.stack.width() - self._fitted_to) > 40
                     or (self.stack.width() < self._fitted_to
                         and sum(self.column_widths()) > self._room()))):
            self._auto_widths()

    def column_widths(self) -> list[int]:
        header = self.view.horizontalHeader()
        return [header.sectionSize(c) for c in range(self.model.columnCount())]

    def restore_column_widths(self, widths: list[int] | None) -> None:
        if widths is None or len(widths) != self.model.columnCount():
            return
        header = self.view.horizontalHeader()
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        self._saved_widths = list(widths)
        self._fitted_to = 0  # the user's own widths: keep them
