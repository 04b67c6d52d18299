"""The Annotations tab's list: its columns, and the model that holds, sorts and filters it.

The rows are the user's own annotations (made by hand, so thousands, not millions): the model
holds them all, read off the GUI thread (:mod:`viewer.gui.annotating.annotation_reads`), and
sorts and filters them itself in plain Python over lists, each row's sort key computed once per
sort and each annotation's words folded once per change (folded where they were read, but for
the records' titles, which only the window's archive knows). A
:class:`QSortFilterProxyModel` did it by calling ``data()`` and ``filterAcceptsRow()`` in
Python per comparison and per row, on the GUI thread, at every change and every key typed in
the filter: most of the freeze after each edit at 10,000 annotations (the figures are in
tests/benchmarks/README.md, under the annotations' benchmark).
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
    Qt,
)

from viewer.annotations.model import RECORD, Annotation, shown_tags
from viewer.annotations.store import fold
from viewer.archive.errors import ArchiveError
from viewer.archive.store import Archive
from viewer.archive.tables import composed_records
from viewer.gui.archive_words import record_title
from viewer.gui.labels import date_time, fill
from viewer.gui.tables.models import RecordRole, SortRole, noun
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


def sort_key(a: Annotation, column: int) -> str:
    """How ``a`` sorts in ``column`` (its :data:`SortRole`), for any column but Annotated,
    whose titles only the window's archive knows: so it can be made where the list is read."""
    spec = LIST_COLUMNS[column]
    return spec.order(a) if spec.order else cell(a, column).casefold()


@dataclass(frozen=True, slots=True)
class SortKeys:
    """Each annotation's :func:`sort_key` in one column, made where the list was read."""

    column: int
    keys: list[str]


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
        self._given: list[Annotation] = []  # as set: ties keep this order, whatever the sort
        self._order: list[int] = []  # _given's positions, in the order of the sort
        self._shown: list[int] = []  # _order, but the rows the filter lets through: the rows
        self._rows: list[Annotation] = []  # _given at _shown
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._words: list[str] = []  # the filter's, folded: each row holds every one
        self._orphaned_only = False
        # Each annotation's filtered_text, in the window's language (by its place in _given):
        # made when the filter first asks after a change (a list of search results is never
        # filtered, and never folds), from each one's own words folded off the GUI thread
        # when they were read, if they were (then only the records' titles are folded here).
        self._folded: list[str] | None = None
        self._given_folded: list[str] | None = None
        self._titler: Titler | None = None
        # Record annotations' titles, as shown: asked of the archive when first shown after a
        # change (a language change while the archive is closing asks nothing).
        self._titles: dict[str, str] | None = None
        self._some_titles: dict[str, str | None] = {}  # those of the rows painted, till then
        self._orphans = 0

    def set_titler(self, titler: Titler | None) -> None:
        """Where the records' titles in the window's language come from (else the file's)."""
        self._titler = titler

    def shown_title(self, a: Annotation) -> str:
        """What an annotation is on, as the Annotated column shows it: the rows painted ask
        for their own titles only (the archive's titles of every annotation are looked up
        when a sort or the filter needs them all)."""
        if self._titles is not None:
            return self._titles.get(a.id) or annotated_text(a)
        if a.kind != RECORD or self._titler is None:
            return annotated_text(a)
        if a.id not in self._some_titles:
            self._some_titles[a.id] = self._titler([a]).get(a.id)
        return self._some_titles[a.id] or annotated_text(a)

    def _shown_titles(self) -> dict[str, str]:
        if self._titles is None:
            self._titles = self._titler(self._given) if self._titler else {}
        return self._titles

    def _cell(self, a: Annotation, column: int) -> str:
        return self.shown_title(a) if column == ANNOTATED else cell(a, column)

    def set_annotations(self, annotations: Sequence[Annotation],
                        folded: Sequence[str] | None = None,
                        keys: SortKeys | None = None) -> None:
        """List ``annotations`` (sorted and filtered as the list is); ``folded``: each one's
        :func:`filtered_text` without its record's title, made where they were read (else
        each one's words are folded here, when the filter first asks); ``keys``: their sort
        keys in a column, made there too (used if the list is still sorted by it)."""
        self.beginResetModel()
        self._given = list(annotations)
        self._given_folded = list(folded) if folded is not None else None
        self._titles = None
        self._some_titles = {}
        self._orphans = sum(a.orphaned for a in self._given)
        self._folded = None
        self._order = self._ranks(keys)
        self._show()
        self.endResetModel()

    def set_filter(self, words: Sequence[str], orphaned_only: bool) -> None:
        """List only the annotations holding every one of ``words`` (folded) in their
        :func:`filtered_text`, and only the orphaned ones with ``orphaned_only``."""
        self.beginResetModel()
        self._words, self._orphaned_only = list(words), orphaned_only
        self._show()
        self.endResetModel()

    def _show(self) -> None:
        given, words = self._given, self._words
        order = self._order
        if self._orphaned_only:
            order = [i for i in order if given[i].orphaned]
        if words:
            folded = self._folded_texts()
            for w in words:  # a word at a time: each pass a plain comprehension, and shorter
                order = [i for i in order if w in folded[i]]
        self._shown = order
        self._rows = [given[i] for i in order]

    def _folded_texts(self) -> list[str]:
        if self._folded is None:
            titles = self._shown_titles()
            given = self._given_folded
            if given is None:
                self._folded = [filtered_text(a, titles.get(a.id, "")) for a in self._given]
            else:  # filtered_text ends with the title: only the titles are folded here
                self._folded = [given[i] + fold(titles[a.id]) if a.id in titles else given[i]
                                for i, a in enumerate(self._given)]
        return self._folded

    def sort_column(self) -> int | None:
        """The column the list is sorted by, if it is sorted."""
        return self._sort[0] if self._sort is not None else None

    def _ranks(self, made: SortKeys | None = None) -> list[int]:
        """The annotations given (their positions), in the order of the sort."""
        if self._sort is None:
            return list(range(len(self._given)))
        column, order = self._sort
        if made is not None and made.column == column and len(made.keys) == len(self._given):
            keys = made.keys
        elif column == ANNOTATED:  # as data() gives SortRole: every title, looked up at once
            titles = self._shown_titles()
            keys = [(titles.get(a.id) or annotated_text(a)).casefold() for a in self._given]
        else:
            keys = [sort_key(a, column) for a in self._given]
        return sorted(range(len(keys)), key=keys.__getitem__,
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``'s :data:`SortRole` (stable: ties in the order given), the rows
        kept sorted so through every change; selections and views follow their rows."""
        if not 0 <= column < len(LIST_COLUMNS) or self._sort == (column, order):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        row_of = {given: row for row, given in enumerate(self._shown)}
        self._order = self._ranks()
        self._show()
        moved_to = {row_of[given]: row for row, given in enumerate(self._shown)}
        for index in self.persistentIndexList():
            if index.isValid():
                self.changePersistentIndex(index, self.index(moved_to[index.row()],
                                                             index.column()))
        self.layoutChanged.emit()

    def annotations(self) -> list[Annotation]:
        """Every annotation, shown or not, in the order of the sort."""
        return [self._given[i] for i in self._order]

    def counts(self) -> tuple[int, int]:
        """How many annotations there are, shown or not, and how many of them are orphaned."""
        return len(self._given), self._orphans

    def annotation(self, row: int) -> Annotation:
        return self._rows[row]

    def row_of(self, ids: set[str]) -> list[int]:
        """The rows of the annotations with these ids that are shown."""
        return [row for row, a in enumerate(self._rows) if a.id in ids] if ids else []

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
