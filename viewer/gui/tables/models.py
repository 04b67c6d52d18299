"""Table models over the archive: thin adapters from the data layer to Qt views.

:class:`RecordTableModel` shows one logical table through a Qt-free
:class:`~viewer.archive.paging.Pager`: every row of the table (or of its filter) is a row of
the model from the first page on, so the scroll bar stands for the whole table, and each row is
read, with its page, when a view looks at it; until then it says so (:data:`PLACEHOLDER`,
greyed). A table of a million rows costs one page to open; sorting and filtering happen in
SQL, because a proxy model could only sort the rows that happen to be loaded.
:class:`SearchResultsModel` holds one list of ranked hits.

Both return the backing dataclass for :data:`RecordRole`, native values for :data:`SortRole`
and ``None`` for every role they do not handle.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPalette

from viewer.archive.page_records import Page
from viewer.archive.paging import MAX_RESIDENT_ROWS, PAGE_SIZE, PageLoader, Pager, PageRequest
from viewer.archive.store import Archive
from viewer.archive.tables import TABLE_SPECS, TableSpec
from viewer.gui.labels import VOCABULARY_FIELDS, column_label, fill, kind_label, label, table_label
from viewer.gui.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from viewer.archive.records.kinds import Record
    from viewer.archive.records.navigation import Hit
    from viewer.archive.shown_words import ShownWords

# Looked up once here rather than at every call: a view asks for a dozen roles per cell on
# every paint, and each ``Qt.ItemDataRole.X`` is an attribute lookup on an enum class.
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_USER = Qt.ItemDataRole.UserRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ROW_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
              | Qt.ItemFlag.ItemNeverHasChildren)

RecordRole = _USER + 1
"""The record (a frozen dataclass) behind a row."""
SortRole = _USER + 2
"""The cell's native value (int, str, tuple, bool or None), for sorting and comparisons."""
SnippetRole = _USER + 3
"""A search hit's snippet as HTML (escaped text, matches in ``<b>``)."""
_RECORD, _SORT = RecordRole, SortRole

_TOOLTIP_AFTER = 60
MAX_CELL_CHARS = 400
# A tooltip shows at most this much (a whole document's tooltip froze the window).
MAX_TOOLTIP_CHARS = 2_000
"""Characters a cell shows at most (wider than any screen in one line); the rest is elided. A
column its view says is narrower shows fewer (:meth:`RecordTableModel.set_column_chars`)."""

_ROLES = frozenset({_DISPLAY, _TOOLTIP, _ALIGNMENT, _FOREGROUND, _RECORD, _SORT})
# Columns marked where what they show is inferred: a crew credit's role, a cast credit's
# actor (a cast credit has no role column), a person's roles.
_MARKED = frozenset({"role", "actor", "roles"})
_SHOWN = frozenset({_DISPLAY, _TOOLTIP})
#: What the first cell of a row shows while its page is being read (translated when shown).
PLACEHOLDER = QT_TRANSLATE_NOOP("RecordTableModel", "Reading…")
_SNIPPET = SnippetRole
_RESULT_ROLES = frozenset({_DISPLAY, _TOOLTIP, _SNIPPET, _RECORD, _SORT})

AnyIndex = QModelIndex | QPersistentModelIndex


#: What one row of each table is called, singular and plural, for status lines and headings
#: (English here; :func:`noun` gives them in the window's language, context ``Nouns``). The
#: sentences they go into are written so that the noun stands alone in them (Spanish nouns
#: have genders an article or adjective would have to agree with).
NOUNS: dict[str, tuple[str, str]] = {
    "episodes": (QT_TRANSLATE_NOOP("Nouns", "episode"), QT_TRANSLATE_NOOP("Nouns", "episodes")),
    "cast": (QT_TRANSLATE_NOOP("Nouns", "cast credit"),
             QT_TRANSLATE_NOOP("Nouns", "cast credits")),
    "crew": (QT_TRANSLATE_NOOP("Nouns", "crew credit"),
             QT_TRANSLATE_NOOP("Nouns", "crew credits")),
    "people": (QT_TRANSLATE_NOOP("Nouns", "person"), QT_TRANSLATE_NOOP("Nouns", "people")),
    "characters": (QT_TRANSLATE_NOOP("Nouns", "character"),
                   QT_TRANSLATE_NOOP("Nouns", "characters")),
    "storylines": (QT_TRANSLATE_NOOP("Nouns", "storyline"),
                   QT_TRANSLATE_NOOP("Nouns", "storylines")),
    "quotes": (QT_TRANSLATE_NOOP("Nouns", "quote"), QT_TRANSLATE_NOOP("Nouns", "quotes")),
    "facts": (QT_TRANSLATE_NOOP("Nouns", "fact"), QT_TRANSLATE_NOOP("Nouns", "facts")),
    "claims": (QT_TRANSLATE_NOOP("Nouns", "claim"), QT_TRANSLATE_NOOP("Nouns", "claims")),
    "disagreements": (QT_TRANSLATE_NOOP("Nouns", "disagreement"),
                      QT_TRANSLATE_NOOP("Nouns", "disagreements")),
    "organisations": (QT_TRANSLATE_NOOP("Nouns", "organisation"),
                      QT_TRANSLATE_NOOP("Nouns", "organisations")),
    "places": (QT_TRANSLATE_NOOP("Nouns", "place"), QT_TRANSLATE_NOOP("Nouns", "places")),
    "events": (QT_TRANSLATE_NOOP("Nouns", "event"), QT_TRANSLATE_NOOP("Nouns", "events")),
    "works": (QT_TRANSLATE_NOOP("Nouns", "work"), QT_TRANSLATE_NOOP("Nouns", "works")),
    "awards": (QT_TRANSLATE_NOOP("Nouns", "award"), QT_TRANSLATE_NOOP("Nouns", "awards")),
    "excerpts": (QT_TRANSLATE_NOOP("Nouns", "excerpt"),
                 QT_TRANSLATE_NOOP("Nouns", "excerpts")),
    "sources": (QT_TRANSLATE_NOOP("Nouns", "source document"),
                QT_TRANSLATE_NOOP("Nouns", "source documents")),
}


def noun(table: str, count: int = 1) -> str:
    """What ``count`` rows of ``table`` are called, in the window's language."""
    singular, plural = NOUNS.get(table, (table, table))
    return QCoreApplication.translate("Nouns", singular if count == 1 else plural)


def display_value(value: Any) -> str:
    """How a field reads in a cell: lists joined, booleans as words, text on one line."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return (QCoreApplication.translate("Tables", "Yes") if value
                else QCoreApplication.translate("Tables", "No"))
    if isinstance(value, tuple | list):
        return ", ".join(display_value(v) for v in value)
    return " ".join(str(value).split())


def source_labels(archive: Archive | None) -> dict[str, str]:
    """Short names for source files in cells: each document's kind where the kinds are
    distinct ("encyclopedia page", "production notes"), else its title."""
    if archive is None:
        return {}
    names = archive.source_names()
    distinct = len({kind for _file, kind, _title in names}) == len(names)
    return {file: kind_label(kind) if distinct else title for file, kind, title in names}


def snippet_text(snippet: str) -> str:
    """A hit's snippet as plain text (tags dropped, entities decoded)."""
    import html  # here: only search results have snippets, and a start needs none

    return html.unescape(re.sub(r"</?b>", "", snippet))


def _tsv_cell(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


class _OneCallPerCell:
    """Answers all the roles a delegate asks of a cell in one call from C++ to Python.

    ``QStyledItemDelegate`` asks seven roles per cell through ``multiData``, whose default
    calls ``data()`` once per role: seven crossings into Python (each taking the GIL, which a
    worker building a page may hold) per cell per paint. Asking ``data()`` from here makes it
    one crossing; ``data()`` stays the single place that says what a cell holds.
    """

    def multiData(self, index: AnyIndex, roleDataSpan: Any) -> None:
        data = self.data  # type: ignore[attr-defined]
        for i in range(len(roleDataSpan)):
            entry = roleDataSpan[i]
            value = data(index, entry.role())
            # Cleared, not left alone: a delegate may hand the same span to every cell it
            # paints, and a role this cell lacks would keep the last cell's answer (a text
            # column took the right alignment of the number before it).
            if value is None:
                entry.clearData()
            else:
                entry.setData(value)


class _ReadOnlyRows:
    """Rows that can be selected, never edited, and have no children."""

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS


class _TsvMixin:
    """Selected rows as tab-separated text with a header row (for the clipboard)."""

    def column_title(self, section: int) -> str:
        raise NotImplementedError

    def rows_as_tsv(self, rows: Sequence[int]) -> str:
        model: QAbstractTableModel = self  # type: ignore[assignment]
        columns = range(model.columnCount())
        lines = ["\t".join(_tsv_cell(self.column_title(c)) for c in columns)]
        for row in sorted(set(rows)):
            lines.append("\t".join(_tsv_cell(self._copy_cell(row, c)) for c in columns))
        return "\n".join(lines) + "\n"

    def _copy_cell(self, row: int, column: int) -> str:
        """A cell as copied: what it shows."""
        model: QAbstractTableModel = self  # type: ignore[assignment]
        return str(model.data(model.index(row, column)) or "")


def _shown_words(spec: TableSpec, archive: Archive | None = None) -> ShownWords | None:
    """What the tab shows for the archive's own words, which its filter finds and its sort
    follows in SQL (the cells translate them: :meth:`RecordTableModel._display`). A claim's
    subject may be an episode's ("episode 3", composed), so the subjects are read from
    ``archive``: a few index lookups, one per subject."""
    if VOCABULARY_FIELDS.isdisjoint(col.key for col in spec.columns):
        return None
    from viewer.gui.archive_words import shown_words

    subjects = archive.claim_subjects() if archive is not None and any(
        col.key == "subject" for col in spec.columns) else None
    return shown_words(spec, subjects or ())


class RecordTableModel(_OneCallPerCell, _ReadOnlyRows, _TsvMixin, QAbstractTableModel):
    """One logical table of the archive for a view: a thin adapter over a
    :class:`~viewer.archive.paging.Pager`, which reads the pages (see there for paging,
    reading ahead, the memory budget and jumps to the end). The model adds what a view needs:
    the cells' text, alignment and tooltips, the header, and the pager's changes as Qt's
    signals; :meth:`page_arrived` and :meth:`page_failed` take what a worker read for it.
    Its rows are all the table's: nothing is fetched as a view scrolls, a row not read yet
    shows :data:`PLACEHOLDER` and fills in place (``dataChanged``) when its page comes.
    """

    def __init__(self, table: str, archive: Archive | None = None, *,
                 page_size: int = PAGE_SIZE, loader: PageLoader | None = None,
                 max_resident_rows: int = MAX_RESIDENT_ROWS, first_page_at_once: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pager = Pager(table, archive, page_size=page_size,
                           loader=loader, max_resident_rows=max_resident_rows,
                           first_page_at_once=first_page_at_once, changes=self,
                           shown=_shown_words(TABLE_SPECS[table], archive))
        self.spec: TableSpec = self.pager.spec
        self._keys = tuple(col.key for col in self.spec.columns)
        self._source_labels = self._labels_for(archive)
        self._cell_chars: dict[str, int] = {}  # column key -> characters shown, if fewer
        self._placeholder = QCoreApplication.translate("RecordTableModel", PLACEHOLDER)

    # -- the pager's changes, as Qt's signals (RowChanges) ---------------------------------

    def about_to_reset(self) -> None:
        self.beginResetModel()

    def reset(self) -> None:
        self.endResetModel()

    def rows_read(self, first: int, last: int) -> None:
        self.dataChanged.emit(self.index(first, 0), self.index(last, len(self._keys) - 1))

    # -- state (the pager's) --------------------------------------------------------------

    @property
    def table(self) -> str:
        return self.pager.table

    @property
    def filter_text(self) -> str:
        return self.pager.filter_text

    @property
    def filter_query(self) -> str:
        return self.pager.filter_query

    @property
    def sort_key(self) -> str:
        return self.pager.sort_key

    @property
    def descending(self) -> bool:
        return self.pager.descending

    @property
    def is_loaded(self) -> bool:
        return self.pager.is_loaded

    @property
    def is_loading(self) -> bool:
        return self.pager.is_loading

    @property
    def awaited_change(self) -> str | None:
        return self.pager.awaited_change

    @property
    def reading_row(self) -> int | None:
        return self.pager.reading_row

    @property
    def resident_rows(self) -> int:
        return self.pager.resident_rows

    def sort_column(self) -> int:
        return self.pager.sort_column()

    def set_archive(self, archive: Archive | None) -> None:
        """Show another archive (or none); the first page loads on the next :meth:`load`."""
        self._source_labels = self._labels_for(archive)
        self.pager.set_shown(_shown_words(self.spec, archive))
        self.pager.set_archive(archive)

    def _labels_for(self, archive: Archive | None) -> dict[str, str]:
        """The source documents' short names, read only for a table with a column that names
        them (reading them grows with the documents, and the other tables never show one)."""
        if {"source", "sources"}.isdisjoint(self._keys):
            return {}
        return source_labels(archive)

    def load(self) -> None:
        self.pager.load()

    def set_filter_text(self, text: str) -> None:
        self.pager.set_filter_text(text)

    def page_arrived(self, request: PageRequest, page: Page) -> bool:
        return self.pager.page_arrived(request, page)

    def page_failed(self, request: PageRequest) -> bool:
        return self.pager.page_failed(request)

    def want_row(self, row: int) -> None:
        self.pager.want_row(row)

    def record(self, row: int) -> Record:
        return self.pager.record(row)

    def id_in_memory(self, row: int) -> int | None:
        return self.pager.id_in_memory(row)

    def row_of(self, record_id: int, hint: int | None = None) -> int | None:
        return self.pager.row_of(record_id, hint)

    def first_texts(self, column: int, rows: int) -> list[str]:
        """What the first ``rows`` cells of ``column`` show (as ``data()`` says), if their page
        is in memory: a column sized to its text reads them without a QModelIndex and a call
        of ``data()`` per cell (for 50 rows of six columns, half of a tab's sizing)."""
        key = self._keys[column]
        return [self._shown(record, key) for record in self.pager.first_records(rows)]

    def _shown(self, record: Record, key: str) -> str:
        """What a cell of ``key`` shows for ``record``: marked where it is inferred."""
        value = getattr(record, key)
        marked = self._inferred(record, key, value, False) if key in _MARKED else None
        return self._display(key, value) if marked is None else marked

    def _copy_cell(self, row: int, column: int) -> str:
        """From the record, not the cell: a dropped page is read again rather than copied as
        empty cells, and long text is copied whole, not as the cell shortens it."""
        key = self._keys[column]
        record = self.record(row)
        value = getattr(record, key)
        if key in ("source", "sources"):
            return self._display(key, value)
        if key in _MARKED and self._inferred(record, key, value, False) is not None:
            # Marked as the cell is: a copy never passes an inferred credit off as stated.
            from viewer.gui.archive_words import inferred_role

            inferred = getattr(record, "inferred_roles", value)
            value = [inferred_role(v) if v in inferred else v for v in value] if isinstance(
                value, tuple) else inferred_role(display_value(value))
        return display_value(value)

    def set_column_chars(self, column: int, chars: int) -> None:
        """Show at most ``chars`` characters in ``column``: what its width can show, as the
        view says when the column is resized. Eliding a cell's text lays out all of it on
        every paint: at its usual width an Excerpts cell laid out 400 characters to show
        about 50, a quarter of each repaint of the tab (a scroll step at a million rows)."""
        chars = max(1, min(chars, MAX_CELL_CHARS))
        key = self._keys[column]
        if self._cell_chars.get(key, MAX_CELL_CHARS) == chars:
            return
        self._cell_chars[key] = chars
        if self.pager.rows:
            self.dataChanged.emit(self.index(0, column),
                                  self.index(self.pager.rows - 1, column), [_DISPLAY])

    # -- Qt: shape ------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.pager.rows

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    # -- Qt: content ----------------------------------------------------------------------

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        # Roles first: most of what a view asks for is answered None without touching a row.
        if role not in _ROLES:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < self.pager.rows and 0 <= column < len(self._keys)):
            return None  # also an invalid index: row -1
        record = self.pager.resident(row, wait=role in (_RECORD, _SORT))
        if record is None:
            # A page on its way: the row says so, greyed, rather than stand blank, until its
            # cells fill as it arrives (issue 28).
            if role == _DISPLAY:
                return self._placeholder if column == 0 else None
            if role == _FOREGROUND:
                return QGuiApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                       QPalette.ColorRole.Text)
            return None
        if role == _FOREGROUND:
            return None
        key = self._keys[column]
        value = getattr(record, key)
        if key in _MARKED and role in _SHOWN:
            marked = self._inferred(record, key, value, role == _TOOLTIP)
            if marked is not None:
                return marked
        if role == _DISPLAY:
            return self._display(key, value)
        if role == _ALIGNMENT:
            return _RIGHT if type(value) is int else None
        if role == _TOOLTIP:
            if key in ("source", "sources"):
                return display_value(value)
            if isinstance(value, str) and len(value) > 4 * MAX_TOOLTIP_CHARS:
                value = value[:4 * MAX_TOOLTIP_CHARS]
            text = display_value(value)
            if len(text) > MAX_TOOLTIP_CHARS:
                return text[:MAX_TOOLTIP_CHARS] + "…"
            return text if len(text) > _TOOLTIP_AFTER else None
        if role == _RECORD:
            return record
        return value  # SortRole

    def _inferred(self, record: Record, key: str, value: Any, tip: bool) -> str | None:
        """A crew credit's role, a cast credit's actor or a person's roles marked as
        inferred where no words state them (the tooltip says why); None where they do."""
        if key == "roles":
            inferred = getattr(record, "inferred_roles", ())
            if not inferred:
                return None
            from viewer.gui.archive_words import marked_roles

            if tip:
                return fill(QCoreApplication.translate(
                    "RecordTableModel", "Inferred, not stated: %1. The credits say why."),
                    display_value(marked_roles(inferred, ())))
            return self._display(key, marked_roles(value, inferred))
        why = getattr(record, "inferred", None)
        if not why:
            return None
        from viewer.archive.reasons import said
        from viewer.gui.archive_words import inferred_role

        if tip:
            return fill(QCoreApplication.translate("RecordTableModel", "Inferred: %1"),
                        said(why) or why)
        return inferred_role(self._display(key, value))

    def _display(self, key: str, value: Any) -> str:
        if key == "source" and isinstance(value, str):
            return self._source_labels.get(value, value)
        if key == "sources" and isinstance(value, tuple):
            return ", ".join(str(self._source_labels.get(v, v)) for v in value)
        if key in VOCABULARY_FIELDS:
            # Its tables of words load with the first tab that shows one, not with a start
            # on Episodes, which shows none.
            from viewer.gui.archive_words import field_text

            value = field_text(key, value, self.spec.name)  # words of ours, translated
        if isinstance(value, str) and len(value) > 4 * MAX_TOOLTIP_CHARS:
            value = value[:4 * MAX_TOOLTIP_CHARS]  # a 50 MB passage was split on every paint
        text = display_value(value)
        # A cell shows one line: eliding a whole passage lays out all of it on every paint,
        # which made each repaint of the Excerpts tab cost tens of milliseconds. The tooltip,
        # the detail pane and copies keep the full text.
        limit = self._cell_chars.get(key, MAX_CELL_CHARS)
        return text if len(text) <= limit else text[:limit - 1] + "…"

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._keys):
            return None
        if role == _DISPLAY:
            return self.column_title(section)
        if role == _TOOLTIP:
            return self.column_tip(section)
        return None

    def column_title(self, section: int) -> str:
        return column_label(self.spec.columns[section])

    def column_tip(self, section: int) -> str:
        column = self.spec.columns[section]
        if column.tip:  # what "Sort by …" would not tell (Surname's: issue 28)
            return label(column.tip)
        if column.sortable:
            return fill(QCoreApplication.translate("Tables", "Sort by %1"),
                        column_label(column).lower())
        return fill(QCoreApplication.translate("Tables", "%1 cannot be sorted"),
                    column_label(column))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-query in SQL with a new sort key; unsortable columns leave the order as it is."""
        if column < 0 or column >= len(self.spec.columns):
            key = self.spec.default_sort
        else:
            col = self.spec.columns[column]
            if not col.sortable:
                return
            key = col.key
        self.pager.set_sort(key, order == Qt.SortOrder.DescendingOrder)


class SearchResultsModel(_OneCallPerCell, _ReadOnlyRows, _TsvMixin, QAbstractTableModel):
    """Ranked search hits: what kind of record, its title, the matching words, the source."""

    HEADERS = (QT_TRANSLATE_NOOP("SearchResults", "Type"),
               QT_TRANSLATE_NOOP("SearchResults", "Record"),
               QT_TRANSLATE_NOOP("SearchResults", "Match"),
               QT_TRANSLATE_NOOP("SearchResults", "Source"))
    SNIPPET_COLUMN = 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[Hit] = []
        self._source_labels: dict[str, str] = {}
        # Display strings and tooltips per row, computed once when the hits are set: a
        # repaint asks for every visible cell, and unescaping snippets each time is costly.
        self._display: list[tuple[str, str, str, str]] = []
        self._tooltips: list[tuple[str, str]] = []

    def set_source_labels(self, labels: dict[str, str]) -> None:
        self._source_labels = dict(labels)
        if self._hits:
            self._display = [self._row(hit, plain) for hit, (_t, plain)
                             in zip(self._hits, self._tooltips, strict=True)]
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._hits) - 1, len(self.HEADERS) - 1))

    def set_hits(self, hits: Sequence[Hit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._tooltips = [(hit.title, snippet_text(hit.snippet)) for hit in self._hits]
        self._display = [self._row(hit, plain) for hit, (_t, plain)
                         in zip(self._hits, self._tooltips, strict=True)]
        self.endResetModel()

    def _row(self, hit: Hit, plain: str) -> tuple[str, str, str, str]:
        spec = TABLE_SPECS.get(hit.table)
        return (table_label(spec) if spec else hit.table, display_value(hit.title),
                display_value(plain), self._source_labels.get(hit.source, hit.source))

    def hit(self, row: int) -> Hit:
        return self._hits[row]

    def hits(self) -> list[Hit]:
        return list(self._hits)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        # As RecordTableModel.data: roles first, most are answered None at once.
        if role not in _RESULT_ROLES:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._hits) and 0 <= column < len(self.HEADERS)):
            return None  # also an invalid index: row -1
        hit = self._hits[row]
        if role == _DISPLAY:
            return self._display[row][column]
        if role == _TOOLTIP:
            if column == 3:
                return hit.source
            return self._tooltips[row][column - 1] if column in (1, 2) else None
        if role == _SNIPPET:
            return hit.snippet if column == self.SNIPPET_COLUMN else None
        if role == _RECORD:
            return hit
        return (hit.table, hit.title, hit.rank, hit.source)[column]  # SortRole

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _DISPLAY) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == _DISPLAY
                and 0 <= section < len(self.HEADERS)):
            return self.column_title(section)
        return None

    def column_title(self, section: int) -> str:
        return QCoreApplication.translate("SearchResults", self.HEADERS[section])

