"""The Annotations tab: every note and tag of the user, sortable, filterable, exportable.

The rows are the user's own annotations (made by hand, so hundreds, not millions): the model
holds them all and a :class:`QSortFilterProxyModel` sorts and filters them, as the record tabs
cannot afford to. The filter waits for a pause in the typing, as the record tabs' does, and
looks in each annotation's words folded once, when the annotations change, not at every key
(the window's language is set at start only). Orphaned annotations (their words no longer
in the sources) stay listed, marked, and "Orphaned only" lists just them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
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

from viewer.annotations.model import RECORD, Annotation, shown_tags
from viewer.annotations.store import fold
from viewer.archive.errors import ArchiveError
from viewer.archive.store import Archive
from viewer.archive.tables import composed_records
from viewer.gui.archive_words import record_title
from viewer.gui.focus_frame import FocusFrame
from viewer.gui.labels import counted, date_time, fill, number
from viewer.gui.tables.column_fit import column_room, fit_columns, sized_by_hand
from viewer.gui.tables.models import RecordRole, SortRole, noun
from viewer.gui.tables.record_tab import FILTER_DEBOUNCE_MS
from viewer.gui.translatable import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

AnyIndex = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
# Characters of a note or quote a cell shows (the tooltip has all of it).
CELL_CHARS = 200
# Each column's width where the list has room for them all: Tags, Note, Annotated, Where,
# Status, Modified (fitted to the list by viewer.gui.tables.column_fit).
COLUMN_WIDTHS = (140, 240, 260, 200, 80, 150)


def _one_line(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= CELL_CHARS else line[:CELL_CHARS - 1] + "…"


def annotated_text(a: Annotation) -> str:
    return a.record_title if a.kind == RECORD else a.exact


# Gives, by annotation id, the titles of the records ``annotations`` are on, composed in the
# window's language from the open archive (:func:`record_titles`).
Titler = Callable[[Sequence[Annotation]], dict[str, str]]


def record_titles(archive: Archive | None, annotations: Sequence[Annotation]) -> dict[str, str]:
    """The titles, in the window's language, of the records ``annotations`` are on, by
    annotation id: the file keeps the English snapshot taken when tagging ("Ulises Soto as
    Samuel"), which the window said as it was in Spanish. Only the tables whose titles have
    words of ours are looked up (one query per table); a record no longer in the archive
    keeps its snapshot."""
    keys = [(a.record_table, a.record_id) for a in annotations
            if a.kind == RECORD and a.record_id is not None]
    if archive is None or not keys:
        return {}
    try:
        records = composed_records(archive, keys)
    except ArchiveError:
        return {}  # the file cannot be read now: the snapshots are shown, and nothing fails
    return {a.id: record_title(a.record_table, record) for a in annotations
            if (record := records.get((a.record_table, a.record_id or 0))) is not None}


def annotated_where(a: Annotation) -> str:
    """Where, in English (a record's table by the name the command line gives it): the filter
    matches it as well as the words shown, in whatever language the window speaks."""
    if a.kind == RECORD:
        return f"{a.record_table} #{a.record_id}"
    return f"{a.source_title or a.source_file}, chars {a.start}–{a.end}"


def shown_where(a: Annotation) -> str:
    """Where, as the list shows it."""
    if a.kind == RECORD:  # the kind of record, as the detail pane names it ("Cast credit #18")
        return f"{noun(a.record_table).capitalize()} #{a.record_id}"
    return fill(translate("AnnotationsTab", "%1, chars %2–%3"), a.source_title or a.source_file,
                a.start, a.end)


#: An annotation's status, as the list shows it (viewer.annotations.model's words).
STATUSES = {"attached": QT_TRANSLATE_NOOP("AnnotationsTab", "attached"),
            "orphaned": QT_TRANSLATE_NOOP("AnnotationsTab", "orphaned")}


def shown_status(a: Annotation) -> str:
    return translate("AnnotationsTab", STATUSES[a.status]) if a.status in STATUSES else a.status


def utc_stamp(stamp: str) -> str:
    """An ISO 8601 time stamp in UTC, so that stamps sort as time does whatever offset one
    was written with (an imported annotation's); the stamp as it is if it is not one."""
    try:
        return datetime.fromisoformat(stamp).astimezone(UTC).isoformat()
    except ValueError:
        return stamp


@dataclass(frozen=True, slots=True)
class ListColumn:
    """A column of the list: its title, its cell in English and, where the window's language
    says it otherwise, its cell as shown."""

    key: str  # its name in the settings, where the list's sort is remembered
    title: str
    english: Callable[[Annotation], str]
    shown: Callable[[Annotation], str] | None = None
    # Free text of any length: elided to a line in the cell, whole in the tooltip.
    long: bool = False
    # Whether the filter looks in it (not Modified: the filter is for words, not times).
    filtered: bool = True
    # How it sorts, where not by its cell as shown (a date written "07/12/26" does not
    # sort as time does), and its tooltip, where the cell does not show all.
    order: Callable[[Annotation], str] | None = None
    tip: Callable[[Annotation], str] | None = None


LIST_COLUMNS = (
    ListColumn("tags", QT_TRANSLATE_NOOP("AnnotationsTab", "Tags"),
               lambda a: shown_tags(a.tags)),
    ListColumn("note", QT_TRANSLATE_NOOP("AnnotationsTab", "Note"), lambda a: a.note,
               long=True),
    ListColumn("annotated", QT_TRANSLATE_NOOP("AnnotationsTab", "Annotated"), annotated_text,
               long=True),
    ListColumn("where", QT_TRANSLATE_NOOP("AnnotationsTab", "Where"), annotated_where,
               shown_where),
    ListColumn("status", QT_TRANSLATE_NOOP("AnnotationsTab", "Status"), lambda a: a.status,
               shown_status),
    # A short date and time in the window's language: the ISO stamp did not fit its column
    # even in a wide window ("2026-12-07T10:0…"); whole in the tooltip.
    ListColumn("modified", QT_TRANSLATE_NOOP("AnnotationsTab", "Modified"), lambda a: a.modified,
               lambda a: date_time(a.modified), filtered=False,
               order=lambda a: utc_stamp(a.modified), tip=lambda a: a.modified),
)
# The column the list is sorted by at first: the latest change on top.
MODIFIED = [c.title for c in LIST_COLUMNS].index("Modified")
# The column given the room the others do not need: the quoted words, the longest text.
ANNOTATED = [c.title for c in LIST_COLUMNS].index("Annotated")


def cell(a: Annotation, column: int, *, english: bool = False) -> str:
    """One cell of the list: as it reads in the window's language, or in English."""
    spec = LIST_COLUMNS[column]
    return (spec.english if english or spec.shown is None else spec.shown)(a)


def filtered_text(a: Annotation, title: str = "") -> str:
    """What the filter looks in: the words shown and the English ones, so that a query in
    either language, or a table named as the command line names it, finds the annotation;
    folded as the archive's search folds (accents and case dropped: "huerfana" finds
    "huérfana"); ``title`` is the record's title as shown, where it differs."""
    return fold("\n".join([*(cell(a, column, english=english)
                             for column, spec in enumerate(LIST_COLUMNS) if spec.filtered
                             for english in ((False, True) if spec.shown else (False,))),
                           title]))


class AnnotationsModel(QAbstractTableModel):
    """Annotations as rows: :data:`RecordRole` gives the :class:`Annotation`, :data:`SortRole`
    the cell as shown, casefolded (so Where and Status sort by the words the user reads),
    or Modified's time stamp in UTC (so it sorts as time does)."""

    # The columns' titles, in English: translate() them to show them.
    COLUMNS = tuple(column.title for column in LIST_COLUMNS)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Annotation] = []
        # Each row's filtered_text, in the window's language: made when the filter first asks
        # after a change (a list of search results is never filtered, and never folds).
        self._folded: list[str] | None = None
        self._titler: Titler | None = None
        # Record annotations' titles, as shown: asked of the archive when first shown after a
        # change (a language change while the archive is closing asks nothing).
        self._titles: dict[str, str] | None = None

    def set_titler(self, titler: Titler | None) -> None:
        """Where the records' titles in the window's language come from (else the file's)."""
        self._titler = titler

    def shown_title(self, a: Annotation) -> str:
        """What an annotation is on, as the Annotated column shows it."""
        return self._shown_titles().get(a.id) or annotated_text(a)

    def _shown_titles(self) -> dict[str, str]:
        if self._titles is None:
            self._titles = self._titler(self._rows) if self._titler else {}
        return self._titles

    def _cell(self, a: Annotation, column: int) -> str:
        return self.shown_title(a) if column == ANNOTATED else cell(a, column)

    def set_annotations(self, annotations: Sequence[Annotation]) -> None:
        self.beginResetModel()
        self._rows = list(annotations)
        self._titles = None
        self._folded = None
        self.endResetModel()

    def annotations(self) -> list[Annotation]:
        return list(self._rows)

    def annotation(self, row: int) -> Annotation:
        return self._rows[row]

    def folded_text(self, row: int) -> str:
        """What the filter looks in for ``row`` (:func:`filtered_text`): every row's is folded
        at the first call after a change, and kept."""
        if self._folded is None:
            titles = self._shown_titles()
            self._folded = [filtered_text(a, titles.get(a.id, "")) for a in self._rows]
        return self._folded[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _DISPLAY) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == _DISPLAY
                and 0 <= section < len(self.COLUMNS)):
            return translate("AnnotationsTab", self.COLUMNS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a = self._rows[index.row()]
        column = index.column()
        if role == RecordRole:
            return a
        if not 0 <= column < len(LIST_COLUMNS):
            return None
        spec = LIST_COLUMNS[column]
        if role == SortRole:
            return spec.order(a) if spec.order else self._cell(a, column).casefold()
        if role == _DISPLAY:
            value = self._cell(a, column)
            return _one_line(value) if spec.long else value
        if role == _TOOLTIP and spec.tip is not None:
            return spec.tip(a) or None
        if role == _TOOLTIP and spec.long:
            return self._cell(a, column) or None
        return None


class _Filter(QSortFilterProxyModel):
    """Rows holding every word of the filter in any column; "Orphaned only" narrows them."""

    def __init__(self, model: AnnotationsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.orphaned_only = False
        self.setSortRole(SortRole)
        self.setSourceModel(model)
        self._annotations = model

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if source_parent.isValid():
            return False
        if self.orphaned_only and not self._annotations.annotation(source_row).orphaned:
            return False
        if not self.words:
            return True
        text = self._annotations.folded_text(source_row)
        return all(w in text for w in self.words)

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
        new = hasattr(self, "beginFilterChange")  # Qt 6.9+, where the old call is deprecated
        if new:
            self.beginFilterChange()
        self.words = fold(text).split()
        self.orphaned_only = orphaned_only
        if new:
            self.endFilterChange()
        else:
            self.invalidateRowsFilter()


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
        # Fitted to the list's width until the user drags a column (see resizeEvent): at
        # fixed widths Modified, the column the list is sorted by, was out of sight even in a
        # wide window, behind a scroll bar under an empty list.
        self._user_sized = False
        header.sectionResized.connect(self._section_resized)
        self._fit_columns()
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

    def _fit_columns(self) -> None:
        """Every column in sight, as the record tabs fit theirs (the list spans the tab)."""
        fit_columns(self.view, COLUMN_WIDTHS, column_room(self.view, self.width()), ANNOTATED)

    def _section_resized(self, _column: int, _old: int, _width: int) -> None:
        if sized_by_hand():
            self._user_sized = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._user_sized:
            self._fit_columns()

    def set_annotations(self, annotations: Sequence[Annotation]) -> None:
        self.model.set_annotations(annotations)
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
        self.proxy.set_filter(self.filter.text(), self.orphaned.isChecked())
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
        everything = self.model.annotations()
        n, shown = len(everything), self.proxy.rowCount()
        orphans = sum(a.orphaned for a in everything)
        if shown != n:
            text = fill(self.tr("%1 of %2 annotations"), number(shown), number(n))
        else:
            text = counted(n, self.tr("1 annotation"),
                           fill(self.tr("%1 annotations"), number(n)))
        if orphans:
            text += " " + counted(orphans, self.tr("(1 orphaned)"),
                                  fill(self.tr("(%1 orphaned)"), number(orphans)))
        return text
