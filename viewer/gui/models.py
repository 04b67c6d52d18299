"""Table models over the archive: thin adapters from :mod:`viewer.archive.store` to Qt views.

:class:`RecordTableModel` shows one logical table (see :mod:`viewer.archive.tables`) and pages
lazily with keyset pages: a view asks ``canFetchMore``/``fetchMore`` as it scrolls, so a table
of a million rows costs one page to open. Sorting and filtering happen in SQL by resetting the
model with a new sort key or filter text, because a proxy model could only sort the rows that
happen to be loaded. :class:`SearchResultsModel` holds one list of ranked hits.

Both return the backing dataclass for :data:`RecordRole`, native values for :data:`SortRole`
and ``None`` for every role they do not handle.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from viewer.archive.records import Hit, Record
from viewer.archive.store import Archive, Page
from viewer.archive.tables import TABLE_SPECS, TableSpec

RecordRole = Qt.ItemDataRole.UserRole + 1
"""The record (a frozen dataclass) behind a row."""
SortRole = Qt.ItemDataRole.UserRole + 2
"""The cell's native value (int, str, tuple, bool or None), for sorting and comparisons."""
SnippetRole = Qt.ItemDataRole.UserRole + 3
"""A search hit's snippet as HTML (escaped text, matches in ``<b>``)."""

PAGE_SIZE = 200
MORE_SIZE = 1000
"""Rows per further page in the viewer's tabs: each page is a worker round trip, so pages after
the (small, quick to paint) first one are larger."""
_TOOLTIP_AFTER = 60
_TAG = re.compile(r"</?b>")

AnyIndex = QModelIndex | QPersistentModelIndex


#: What one row of each table is called, singular and plural, for status lines and headings.
NOUNS: dict[str, tuple[str, str]] = {
    "episodes": ("episode", "episodes"),
    "cast": ("cast credit", "cast credits"),
    "crew": ("crew credit", "crew credits"),
    "people": ("person", "people"),
    "characters": ("character", "characters"),
    "storylines": ("storyline", "storylines"),
    "quotes": ("quote", "quotes"),
    "facts": ("fact", "facts"),
    "excerpts": ("excerpt", "excerpts"),
    "sources": ("source document", "source documents"),
}


def noun(table: str, count: int = 1) -> str:
    singular, plural = NOUNS.get(table, (table, table))
    return singular if count == 1 else plural


def display_value(value: Any) -> str:
    """How a field reads in a cell: lists joined, booleans as words, text on one line."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, tuple | list):
        return ", ".join(display_value(v) for v in value)
    return " ".join(str(value).split())


def source_labels(archive: Archive | None) -> dict[str, str]:
    """Short names for source files in cells: each document's kind where the kinds are
    distinct ("encyclopedia page", "production notes"), else its title."""
    if archive is None:
        return {}
    sources = archive.sources()
    distinct = len({s.kind for s in sources}) == len(sources)
    return {s.file: s.kind if distinct else s.title for s in sources}


def snippet_text(snippet: str) -> str:
    """A hit's snippet as plain text (tags dropped, entities decoded)."""
    return html.unescape(_TAG.sub("", snippet))


def _tsv_cell(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


class _TsvMixin:
    """Selected rows as tab-separated text with a header row (for the clipboard)."""

    def rows_as_tsv(self, rows: Sequence[int]) -> str:
        model: QAbstractTableModel = self  # type: ignore[assignment]
        columns = range(model.columnCount())
        orient = Qt.Orientation.Horizontal
        lines = ["\t".join(_tsv_cell(str(model.headerData(c, orient))) for c in columns)]
        for row in sorted(set(rows)):
            lines.append("\t".join(
                _tsv_cell(str(model.data(model.index(row, c)) or "")) for c in columns))
        return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class PageRequest:
    """One keyset page a model asks for. ``generation`` changes whenever the model is reset
    (new archive, sort or filter), so an answer to an outdated request is recognised and
    dropped; ``after`` is None for the first page."""

    table: str
    sort: str
    descending: bool
    filter_text: str
    after: tuple[Any, int] | None
    limit: int
    generation: int


PageLoader = Callable[[PageRequest], None]
"""Starts loading a page elsewhere; the answer comes back through :meth:`page_arrived`."""


class RecordTableModel(_TsvMixin, QAbstractTableModel):
    """One logical table of the archive, loaded a keyset page at a time.

    Without a ``loader`` pages are read at once from ``archive`` (tests, small tools). With
    one, as the viewer's tabs use it, every page is read by a worker: the model asks, keeps
    showing what it has, and takes the rows when :meth:`page_arrived` brings them. While a
    further page is on its way ``canFetchMore`` stays true and ``fetchMore`` does nothing.
    The first page has ``page_size`` rows, every further one ``more_size`` (by default the same).
    """

    def __init__(self, table: str, archive: Archive | None = None, *,
                 page_size: int = PAGE_SIZE, more_size: int | None = None,
                 loader: PageLoader | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.spec: TableSpec = TABLE_SPECS[table]
        self._archive = archive
        self._page_size = page_size
        self._more_size = more_size or page_size
        self._loader = loader
        self._records: list[Record] = []
        self._next_after: tuple[Any, int] | None = None
        self._sort_key: str = self.spec.default_sort
        self._descending = False
        self._filter_text = ""
        self._loaded = False
        self._generation = 0
        self._waiting: PageRequest | None = None
        self._source_labels = source_labels(archive)

    # -- state ----------------------------------------------------------------------------

    @property
    def table(self) -> str:
        return self.spec.name

    @property
    def filter_text(self) -> str:
        return self._filter_text

    @property
    def sort_key(self) -> str:
        return self._sort_key

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def is_loaded(self) -> bool:
        """A first page has been asked for (and, unless :attr:`is_loading`, has arrived)."""
        return self._loaded

    @property
    def is_loading(self) -> bool:
        return self._waiting is not None

    def sort_column(self) -> int:
        """The column the rows are sorted by, or -1 when sorted by a hidden key (the id)."""
        for i, col in enumerate(self.spec.columns):
            if col.key == self._sort_key:
                return i
        return -1

    def set_archive(self, archive: Archive | None) -> None:
        """Show another archive (or none); the first page loads on the next :meth:`load`."""
        self.beginResetModel()
        self._archive = archive
        self._source_labels = source_labels(archive)
        self._records, self._next_after, self._loaded = [], None, False
        self._generation += 1
        self._waiting = None
        self.endResetModel()

    def load(self) -> None:
        """Load the first page if it is not loaded yet (tabs call this when first shown)."""
        if not self._loaded:
            self._reset()

    def set_filter_text(self, text: str) -> None:
        text = text.strip()
        if text != self._filter_text or not self._loaded:
            self._filter_text = text
            self._reset()

    def _request(self, after: tuple[Any, int] | None) -> PageRequest:
        limit = self._page_size if after is None else self._more_size
        return PageRequest(self.table, self._sort_key, self._descending, self._filter_text,
                           after, limit, self._generation)

    def _reset(self) -> None:
        self._generation += 1
        self._loaded = self._archive is not None
        if self._archive is not None and self._loader is not None:
            self._waiting = self._request(None)
            self._loader(self._waiting)
            return
        page = None
        if self._archive is not None:
            page = self._archive.page(self.table, sort=self._sort_key,
                                      descending=self._descending,
                                      filter_text=self._filter_text, limit=self._page_size)
        self._replace(page)

    def _replace(self, page: Page | None) -> None:
        self.beginResetModel()
        self._records = list(page.records) if page else []
        self._next_after = page.next_after if page else None
        self.endResetModel()

    def _append(self, page: Page) -> None:
        self._next_after = page.next_after
        if not page.records:
            return
        first = len(self._records)
        self.beginInsertRows(QModelIndex(), first, first + len(page.records) - 1)
        self._records.extend(page.records)
        self.endInsertRows()

    def page_arrived(self, request: PageRequest, page: Page) -> bool:
        """Take a page a worker read; False (and nothing changes) if it is not the one awaited."""
        if request != self._waiting:
            return False
        self._waiting = None
        if request.after is None:
            self._replace(page)
        else:
            self._append(page)
        return True

    def page_failed(self, request: PageRequest) -> bool:
        """Give up on an awaited page (the tab says why); scrolling may ask again."""
        if request != self._waiting:
            return False
        self._waiting = None
        if request.after is None:
            self._replace(None)
        return True

    def record(self, row: int) -> Record:
        return self._records[row]

    def row_of(self, record_id: int) -> int | None:
        """The row of a loaded record, or None if it is not (yet) loaded."""
        for row, rec in enumerate(self._records):
            if rec.id == record_id:
                return row
        return None

    # -- Qt: shape ------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.spec.columns)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        if parent.isValid():
            return False
        if self._waiting is not None:
            return self._waiting.after is not None  # more rows are on their way
        return self._next_after is not None

    def fetchMore(self, parent: AnyIndex) -> None:
        if (parent.isValid() or self._next_after is None or self._archive is None
                or self._waiting is not None):
            return
        if self._loader is not None:
            self._waiting = self._request(self._next_after)
            self._loader(self._waiting)
            return
        self._append(self._archive.page(
            self.table, sort=self._sort_key, descending=self._descending,
            filter_text=self._filter_text, after=self._next_after, limit=self._more_size))

    # -- Qt: content ----------------------------------------------------------------------

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.model() is not self:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._records) and 0 <= column < len(self.spec.columns)):
            return None
        record = self._records[row]
        key = self.spec.columns[column].key
        value = getattr(record, key)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(key, value)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key in ("source", "sources"):
                return display_value(value)
            text = display_value(value)
            return text if len(text) > _TOOLTIP_AFTER else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if isinstance(value, int) and not isinstance(value, bool):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == RecordRole:
            return record
        if role == SortRole:
            return value
        return None

    def _display(self, key: str, value: Any) -> str:
        if key == "source" and isinstance(value, str):
            return self._source_labels.get(value, value)
        if key == "sources" and isinstance(value, tuple):
            return ", ".join(self._source_labels.get(v, v) for v in value)
        return display_value(value)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.spec.columns):
            return None
        column = self.spec.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return (f"Sort by {column.label.lower()}" if column.sortable
                    else f"{column.label} cannot be sorted")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-query in SQL with a new sort key; unsortable columns leave the order as it is."""
        if column < 0 or column >= len(self.spec.columns):
            key = self.spec.default_sort
        else:
            col = self.spec.columns[column]
            if not col.sortable:
                return
            key = col.key
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._sort_key and descending == self._descending:
            return
        self._sort_key, self._descending = key, descending
        if self._loaded:
            self._reset()


class SearchResultsModel(_TsvMixin, QAbstractTableModel):
    """Ranked search hits: what kind of record, its title, the matching words, the source."""

    HEADERS = ("Type", "Record", "Match", "Source")
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
        return (spec.label if spec else hit.table, display_value(hit.title),
                display_value(plain), self._source_labels.get(hit.source, hit.source))

    def hit(self, row: int) -> Hit:
        return self._hits[row]

    def hits(self) -> list[Hit]:
        return list(self._hits)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.model() is not self:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._hits) and 0 <= column < len(self.HEADERS)):
            return None
        hit = self._hits[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display[row][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 3:
                return hit.source
            return self._tooltips[row][column - 1] if column in (1, 2) else None
        if role == SnippetRole:
            return hit.snippet if column == self.SNIPPET_COLUMN else None
        if role == RecordRole:
            return hit
        if role == SortRole:
            return (hit.table, hit.title, hit.rank, hit.source)[column]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return self.HEADERS[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
