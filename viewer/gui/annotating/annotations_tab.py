"""The Annotations tab: every note and tag of the user, sortable, filterable, exportable.

The list's model (:mod:`viewer.gui.annotating.annotation_list`) holds the annotations, read off
the GUI thread, and sorts and filters them itself. The filter waits for a pause in the typing,
as the record tabs' does, and looks in each annotation's words folded once, when the
annotations change, not at every key (the window's language is set at start only). Orphaned
annotations (their words no longer in the sources) stay listed, marked, and "Orphaned only"
lists just them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from viewer.annotations.model import Annotation
from viewer.annotations.store import search_words
from viewer.gui.annotating.annotation_list import (
    ANNOTATED,
    COLUMN_WIDTHS,
    LIST_COLUMNS,
    MODIFIED,
    AnnotationsModel,
    SortKeys,
    cell,
)
from viewer.gui.focus_frame import FocusFrame
from viewer.gui.labels import counted, fill, number
from viewer.gui.tables.column_fit import ColumnFit
from viewer.gui.tables.models import RecordRole
from viewer.gui.tables.record_tab import FILTER_DEBOUNCE_MS

translate = QCoreApplication.translate

# Names the window and the tests know the list by, from before the list had its own module.
__all__ = ["ANNOTATED", "COLUMN_WIDTHS", "MODIFIED", "AnnotationsModel", "AnnotationsTab"]


class _Filter(QSortFilterProxyModel):
    """The list as the view shows it: the model's rows, passed through (the model sorts and
    filters them itself); a sort asked of the view is the model's (:meth:`sort`)."""

    def __init__(self, model: AnnotationsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(model)
        self._annotations = model

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._annotations.sort(column, order)

    def rows_as_tsv(self, rows: Sequence[int]) -> str:
        """Rows of this view as tab-separated text with a header row (Ctrl+C, as the other
        tabs copy), notes and quoted words whole rather than as the cells elide them."""
        lines = ["\t".join(translate("AnnotationsTab", c.title) for c in LIST_COLUMNS)]
        for row in sorted(set(rows)):
            a = self.data(self.index(row, 0), RecordRole)
            if isinstance(a, Annotation):
                lines.append("\t".join(" ".join(cell(a, column).split())
                                       for column in range(len(LIST_COLUMNS))))
        return "\n".join(lines) + "\n"

    def set_filter(self, text: str, orphaned_only: bool) -> None:
        # The words the search box's annotation search keeps, so both find the same ones.
        self._annotations.set_filter(search_words(text)[0], orphaned_only)


class AnnotationsTab(QWidget):
    """Lists the annotations; asks the window to open, edit, delete, export or import."""

    open_requested = Signal(object)  # an Annotation
    edit_requested = Signal(object)
    delete_requested = Signal(list)
    export_requested = Signal(list)  # the selected annotations, or all shown
    import_requested = Signal()
    status_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationsTab")
        self.setAccessibleName(self.tr("Annotations"))
        self.model = AnnotationsModel(self)
        self.proxy = _Filter(self.model, self)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("annotationsFilter")
        self.filter.setAccessibleName(self.tr("Filter annotations"))
        self.filter.setPlaceholderText(self.tr("Filter notes, tags and quoted words…"))
        self.filter.setClearButtonEnabled(True)
        self.orphaned = QCheckBox(self.tr("Orphaned only"), self)
        self.orphaned.setObjectName("orphanedOnly")
        self.orphaned.setToolTip(self.tr("Annotations whose words are no longer in the sources"))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(FILTER_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._refilter)
        self.filter.textChanged.connect(lambda _text: self._debounce.start())
        self.orphaned.toggled.connect(self._refilter)
        self.view = QTableView(self)
        self.view.setObjectName("annotationsView")
        self.view_frame = FocusFrame(self.view)  # as every table's
        self.view.setAccessibleName(self.tr("Annotations"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(MODIFIED, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # not clipped at both ends
        # Fitted to the list's width until the user drags a column (ColumnFit): at
        # fixed widths Modified, the column the list is sorted by, was out of sight even in a
        # wide window, behind a scroll bar under an empty list.
        self.columns = ColumnFit(self.view, self, COLUMN_WIDTHS, ANNOTATED)
        # Enter or a double-click (the platform's activation) shows what is annotated; F2
        # edits, Delete deletes, as in a file manager; the right-click menu offers all three.
        self.view.activated.connect(lambda index: self._emit_for(index, self.open_requested))
        for text, keys, slot in (
                (self.tr("Show"), None, lambda: self._for_current(self.open_requested)),
                (self.tr("Edit…"), QKeySequence(Qt.Key.Key_F2),
                 lambda: self._for_current(self.edit_requested)),
                (self.tr("Delete"), QKeySequence(QKeySequence.StandardKey.Delete),
                 self._delete)):
            action = QAction(text, self.view)
            if keys is not None:
                action.setShortcut(keys)
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.view.addAction(action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.empty = QLabel(self)
        self.empty.setObjectName("annotationsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setText(self.tr("No annotations yet. Select words in the source reader and "
                                   "choose Annotate (Ctrl+Shift+A, or right-click), or tag a "
                                   "record (Ctrl+Shift+T)."))
        self.empty.hide()  # until the annotations are read: there may be some
        # Why annotations are off (the book's problem), or None while they can be used.
        self.problem: str | None = None
        # The buttons go under the list, not beside the filter: in one row they would ask
        # for more than half of an 800-pixel window and push the window off a small screen.
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot in (
                ("editAnnotation", self.tr("&Edit…"),
                 lambda: self._for_current(self.edit_requested)),
                ("deleteAnnotation", self.tr("&Delete"), self._delete),
                ("exportAnnotations", self.tr("E&xport…"), self._export),
                ("importAnnotations", self.tr("&Import…"), self.import_requested.emit)):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[name] = button
        # Edit and Delete act on the selected annotation: without one they did nothing.
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.proxy.modelReset.connect(self._selection_changed)
        self.proxy.rowsRemoved.connect(self._selection_changed)
        self._selection_changed()
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.orphaned)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    @staticmethod
    def sort_keys() -> list[str | None]:
        """Each column's key, for restoring the sort (viewer.gui.window.window_state)."""
        return [c.key for c in LIST_COLUMNS]

    def sorted_by(self) -> tuple[str, bool]:
        """The key of the column the list is sorted by, and whether descending."""
        header = self.view.horizontalHeader()
        column = header.sortIndicatorSection()
        spec = LIST_COLUMNS[column if 0 <= column < len(LIST_COLUMNS) else MODIFIED]
        return spec.key, header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    def _selection_changed(self) -> None:
        chosen = bool(self.view.selectionModel().selectedRows()) and self.problem is None
        for name in ("editAnnotation", "deleteAnnotation"):
            self.buttons[name].setEnabled(chosen)

    def set_annotations(self, annotations: Sequence[Annotation],
                        folded: Sequence[str] | None = None,
                        keys: SortKeys | None = None) -> None:
        self.model.set_annotations(annotations, folded, keys)
        self.empty.setVisible(not annotations or self.problem is not None)
        self.status_changed.emit()

    def set_unavailable(self, problem: str) -> None:
        """Annotations are off: their file cannot be used, and ``problem`` (the message the
        window gave at start) says why and what to do. The tab said "No annotations yet" and
        offered Export… and Import…, as if the user simply had none."""
        self.problem = problem
        self.empty.setText(fill(self.tr("Annotations are off. %1"), problem))
        # The file's path is in the message: selectable, to copy it.
        self.empty.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty.show()
        why = self.tr("Annotations are off: the file they are kept in cannot be used (the "
                      "message above the list says why).")
        for widget in (*self.buttons.values(), self.filter, self.orphaned):
            widget.setEnabled(False)
            widget.setToolTip(why)
        self.status_changed.emit()

    def _refilter(self) -> None:
        self._debounce.stop()
        chosen = {a.id for a in self.selected()}
        current = self.view.currentIndex()
        current_id = self.proxy.data(current, RecordRole).id if current.isValid() else None
        self.proxy.set_filter(self.filter.text(), self.orphaned.isChecked())
        # The model's rows are set anew: what was selected and still shown stays selected.
        selection = QItemSelection()
        for row in self.model.row_of(chosen):
            selection.select(self.proxy.index(row, 0),
                             self.proxy.index(row, len(LIST_COLUMNS) - 1))
        flags = QItemSelectionModel.SelectionFlag
        self.view.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)
        for row in self.model.row_of({current_id} if current_id else set()):
            self.view.selectionModel().setCurrentIndex(self.proxy.index(row, 0),
                                                       flags.NoUpdate)
        self.status_changed.emit()

    def shown(self) -> list[Annotation]:
        """The annotations the filter lets through, in the view's order."""
        return [self.proxy.data(self.proxy.index(row, 0), RecordRole)
                for row in range(self.proxy.rowCount())]

    def selected(self) -> list[Annotation]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.proxy.data(self.proxy.index(row, 0), RecordRole) for row in rows]

    def _emit_for(self, index: QModelIndex, signal: Any) -> None:
        a = self.proxy.data(self.proxy.index(index.row(), 0), RecordRole)
        if isinstance(a, Annotation):
            signal.emit(a)

    def _for_current(self, signal: Any) -> None:
        current = self.view.currentIndex()
        if current.isValid():
            self._emit_for(current, signal)

    def _delete(self) -> None:
        chosen = self.selected()
        if chosen:
            self.delete_requested.emit(chosen)

    def _export(self) -> None:
        self.export_requested.emit(self.selected() or self.shown())

    def status_text(self) -> str:
        if self.problem is not None:
            return self.tr("Annotations unavailable")
        (n, orphans), shown = self.model.counts(), self.proxy.rowCount()
        if shown != n:
            text = fill(self.tr("%1 of %2 annotations"), number(shown), number(n))
        else:
            text = counted(n, self.tr("1 annotation"),
                           fill(self.tr("%1 annotations"), number(n)))
        if orphans:
            text += " " + counted(orphans, self.tr("(1 orphaned)"),
                                  fill(self.tr("(%1 orphaned)"), number(orphans)))
        return text
