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

import re
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from viewer.archive.filtering import typed_prefixes
from viewer.archive.records import Hit, Record
from viewer.archive.store import Archive, LazyRecords, Page
from viewer.archive.tables import TABLE_SPECS, TableSpec

# Looked up once here rather than at every call: a view asks for a dozen roles per cell on
# every paint, and each ``Qt.ItemDataRole.X`` is an attribute lookup on an enum class.
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
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

PAGE_SIZE = 200
MORE_SIZE = 1000
"""Rows per further page in the viewer's tabs: each page is a worker round trip, so pages after
the (small, quick to paint) first one are larger."""
MAX_RESIDENT_ROWS = 5_000
"""Rows a table model keeps in memory. Scrolling on appends pages as Qt's lazy models do, but
pages not looked at lately are dropped (their keyset position is kept) and read again when
they come back into view: a million rows scrolled through cost what five thousand do, and
Python's garbage collector never has to walk a million records in one pause."""
_TOOLTIP_AFTER = 60
MAX_CELL_CHARS = 400
#: A tooltip shows at most this much (a whole document's tooltip froze the window).
MAX_TOOLTIP_CHARS = 2_000
"""Characters a cell shows at most (wider than any screen in one line); the rest is elided. A
column its view says is narrower shows fewer (:meth:`RecordTableModel.set_column_chars`)."""
_TAG = re.compile(r"</?b>")

_ROLES = frozenset({_DISPLAY, _TOOLTIP, _ALIGNMENT, _RECORD, _SORT})
#: What the first cell of a row shows while its page is being read.
PLACEHOLDER = "Reading…"
_SNIPPET = SnippetRole
_RESULT_ROLES = frozenset({_DISPLAY, _TOOLTIP, _SNIPPET, _RECORD, _SORT})

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
    "claims": ("claim", "claims"),
    "disagreements": ("disagreement", "disagreements"),
    "organisations": ("organisation", "organisations"),
    "places": ("place", "places"),
    "events": ("event", "events"),
    "works": ("work", "works"),
    "awards": ("award", "awards"),
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
    names = archive.source_names()
    distinct = len({kind for _file, kind, _title in names}) == len(names)
    return {file: kind if distinct else title for file, kind, title in names}


def snippet_text(snippet: str) -> str:
    """A hit's snippet as plain text (tags dropped, entities decoded)."""
    import html  # here: only search results have snippets, and a start needs none (~2 ms)

    return html.unescape(_TAG.sub("", snippet))


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


@dataclass(frozen=True, slots=True)
class PageRequest:
    """One keyset page a model asks for. ``generation`` changes whenever the model is reset
    (new archive, sort or filter), so an answer to an outdated request is recognised and
    dropped; ``after`` is None for the first page, and for a page whose keyset position is
    unknown (one a jump to the end skipped over): that one is read by position, from row
    ``start`` of ``total`` (see :meth:`viewer.archive.store.Archive.page`)."""

    table: str
    sort: str
    descending: bool
    filter_text: str
    after: tuple[Any, int] | None
    limit: int
    generation: int
    start: int = 0
    total: int | None = None


PageLoader = Callable[[PageRequest], None]
"""Starts loading a page elsewhere; the answer comes back through :meth:`page_arrived`."""


@dataclass
class _Page:
    """Rows ``first``… of a model: read from keyset position ``after`` (by position when that
    is unknown: ``after`` is None past the first row); ``records`` is None while the page is
    dropped from memory (see :data:`MAX_RESIDENT_ROWS`) or not read yet (skipped over by
    :meth:`RecordTableModel.extend_to_end`)."""

    first: int
    after: tuple[Any, int] | None
    count: int
    records: Sequence[Record] | None


def _first_row(page: _Page) -> int:
    return page.first


class RecordTableModel(_OneCallPerCell, _ReadOnlyRows, _TsvMixin, QAbstractTableModel):
    """One logical table of the archive, loaded a keyset page at a time.

    Without a ``loader`` pages are read at once from ``archive`` (tests, small tools). With
    one, as the viewer's tabs use it, every page is read by a worker: the model asks, keeps
    showing what it has, and takes the rows when :meth:`page_arrived` brings them. While a
    further page is on its way ``canFetchMore`` stays true and ``fetchMore`` does nothing.
    The first page has ``page_size`` rows, every further one ``more_size`` (by default the same).
    With ``first_page_at_once`` an unfiltered first page in the default order is read at once
    even with a loader (it costs an index walk of one page), so a tab paints with rows.

    At most ``max_resident_rows`` rows stay in memory: the pages looked at least recently are
    dropped and read again from their keyset position when a view next asks for them (by the
    loader while the cells show empty, or at once without one). :meth:`record` always answers,
    reading a dropped page at once if it has to.

    Once a view has asked for more, each further page is asked for as the one before arrives,
    so that a worker reads it while the view paints (see :meth:`_read_ahead`).

    :meth:`extend_to_end` (Ctrl+End) makes every row a row at once, the ones not read yet as
    pages waiting to be read by position when a view looks at them, so the last rows are
    one read away rather than a thousand pages.
    """

    def __init__(self, table: str, archive: Archive | None = None, *,
                 page_size: int = PAGE_SIZE, more_size: int | None = None,
                 loader: PageLoader | None = None,
                 max_resident_rows: int = MAX_RESIDENT_ROWS, first_page_at_once: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._first_page_at_once = first_page_at_once
        self.spec: TableSpec = TABLE_SPECS[table]
        self._keys = tuple(col.key for col in self.spec.columns)
        self._archive = archive
        self._page_size = page_size
        self._more_size = more_size or page_size
        self._max_resident = max(max_resident_rows, self._page_size, self._more_size)
        self._loader = loader
        self._pages: list[_Page] = []
        self._rows = 0
        self._resident: OrderedDict[int, None] = OrderedDict()  # page numbers, least recent first
        self._resident_rows = 0
        self._rereading: dict[PageRequest, int] = {}  # dropped pages asked for again
        # Pages read by position: one at a time, and of those asked for meanwhile only the
        # last, so dragging the scroll bar across a million rows does not queue a read per
        # page passed (in the middle of a table sorted by an unindexed column each costs
        # seconds). Asked for again by the view's next paint if still in sight.
        self._placing: PageRequest | None = None
        self._place_next: int | None = None
        self._next_after: tuple[Any, int] | None = None
        self._sort_key: str = self.spec.default_sort
        self._descending = False
        self._filter_text = ""
        self._loaded = False
        self._generation = 0
        self._waiting: PageRequest | None = None
        self._changing = False  # rows are being inserted or reset: no fetching until done
        # The page after the last, asked for before a view asks (see _read_ahead), and what
        # came of it: it is held outside the memory budget until a view takes it.
        self._ahead: PageRequest | None = None
        self._ahead_page: Page | None = None
        self._shown_in: tuple[str, bool, str] | None = None  # order and filter of the rows shown
        self._source_labels = source_labels(archive)
        self._cell_chars: dict[str, int] = {}  # column key -> characters shown, if fewer

    # -- state ----------------------------------------------------------------------------

    @property
    def table(self) -> str:
        return self.spec.name

    @property
    def filter_text(self) -> str:
        """The filter as typed (what the tab says it is filtered by)."""
        return self._filter_text

    @property
    def filter_query(self) -> str:
        """What the filter searches: the typed words as prefixes (see
        :func:`~viewer.archive.filtering.typed_prefixes`)."""
        return typed_prefixes(self._filter_text)

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

    @property
    def awaited_change(self) -> str | None:
        """What the first page on its way changes about the rows shown, which stay until it
        comes: "sort" (they are in the previous order; at a million rows an unindexed sort takes
        a second), "filter", or None (nothing on its way, or the first rows of all). A tab says
        so rather than "Loading", which would not tell why the rows it shows have not moved."""
        request = self._waiting
        if request is None or request.after is not None or request.start or not self._shown_in:
            return None
        sort, descending, filter_text = self._shown_in
        if (request.sort, request.descending) != (sort, descending):
            return "sort"
        return "filter" if request.filter_text != filter_text else None

    @property
    def placing_row(self) -> int | None:
        """The first row of the page being read by position, if one is: in the middle of a
        million rows sorted by an unindexed column that takes seconds, and the tab says so."""
        if self._placing is None:
            return None
        return self._placing.start

    @property
    def resident_rows(self) -> int:
        """Rows held in memory now (at most ``max_resident_rows``)."""
        return self._resident_rows

    def sort_column(self) -> int:
        """The column the rows are sorted by, or -1 when sorted by a hidden key (the id)."""
        for i, col in enumerate(self.spec.columns):
            if col.key == self._sort_key:
                return i
        return -1

    def set_archive(self, archive: Archive | None) -> None:
        """Show another archive (or none); the first page loads on the next :meth:`load`."""
        with self._change():
            self.beginResetModel()
            self._archive = archive
            self._source_labels = source_labels(archive)
            self._clear_pages()
            self._next_after, self._loaded = None, False
            self._generation += 1
            self._waiting = None
            self._shown_in = None
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

    def _request(self, after: tuple[Any, int] | None, limit: int | None = None,
                 start: int = 0) -> PageRequest:
        if limit is None:
            limit = self._page_size if after is None else self._more_size
        return PageRequest(self.table, self._sort_key, self._descending, self.filter_query,
                           after, limit, self._generation, start,
                           self._rows if start and after is None else None)

    def _reset(self) -> None:
        self._generation += 1
        self._ahead = self._ahead_page = None
        self._loaded = self._archive is not None
        if self._archive is not None and self._loader is not None:
            if self._first_page_at_once and self._first_page_is_quick():
                try:
                    page = self._read(None, self._page_size)
                except Exception:  # the worker reads it again and says what went wrong
                    pass
                else:
                    self._waiting = None
                    self._replace(page)
                    return
            self._waiting = self._request(None)
            self._loader(self._waiting)
            return
        self._replace(self._read(None, self._page_size) if self._archive is not None else None)

    def _first_page_is_quick(self) -> bool:
        """Unfiltered, in the table's own order: an index walk of one small page (records built
        as they are shown), so it can be read at once and the first paint has rows in it."""
        return not self._filter_text and self._sort_key == self.spec.default_sort

    def _read(self, after: tuple[Any, int] | None, limit: int, start: int = 0) -> Page:
        assert self._archive is not None
        return self._archive.page(self.table, sort=self._sort_key, descending=self._descending,
                                  filter_text=self.filter_query, after=after, limit=limit,
                                  start=start, total=self._rows if start else None)

    # -- pages in memory ------------------------------------------------------------------

    def _clear_pages(self) -> None:
        self._ahead = self._ahead_page = None
        self._pages, self._rows = [], 0
        self._resident.clear()
        self._resident_rows = 0
        self._rereading.clear()
        self._placing = self._place_next = None

    def _add_page(self, after: tuple[Any, int] | None, records: Sequence[Record]) -> None:
        number = len(self._pages)
        self._pages.append(_Page(self._rows, after, len(records), records))
        self._rows += len(records)
        self._resident[number] = None
        self._resident_rows += len(records)

    def _drop_old_pages(self, keep: int) -> None:
        """Forget the least recently used pages beyond the budget, never page ``keep``."""
        while self._resident_rows > self._max_resident and len(self._resident) > 1:
            number = next(iter(self._resident))
            if number == keep:
                self._resident.move_to_end(number)
                continue
            del self._resident[number]
            page = self._pages[number]
            page.records = None
            self._resident_rows -= page.count

    def _page_of(self, row: int) -> int:
        return bisect_right(self._pages, row, key=_first_row) - 1

    def _records_of(self, number: int, *, wait: bool) -> Sequence[Record] | None:
        """Page ``number``'s records, marked as just used; a dropped page is read again, at
        once if ``wait`` or there is no loader, else by the loader (None until it arrives)."""
        page = self._pages[number]
        if page.records is not None:
            if number != next(reversed(self._resident)):
                self._resident.move_to_end(number)
            return page.records
        if self._archive is None:
            return None
        if wait or self._loader is None:
            self._fill(number, self._read(page.after, page.count, page.first).records)
            return page.records
        if number in self._rereading.values():
            return None
        if page.after is None and page.first:
            if self._placing is not None:
                self._place_next = number
                return None
            request = self._placing = self._request(None, page.count, page.first)
        else:
            request = self._request(page.after, page.count)
        self._rereading[request] = number
        self._loader(request)
        return None

    def _fill(self, number: int, records: Sequence[Record]) -> None:
        page = self._pages[number]
        # The archive is read-only, so a page reads back the same; should it not, the rows
        # keep their number and missing ones show empty rather than shift their neighbours.
        page.records = (records if len(records) <= page.count  # kept lazy (LazyRecords)
                        else list(records[:page.count]))
        self._resident[number] = None
        self._resident_rows += page.count
        following = self._pages[number + 1] if number + 1 < len(self._pages) else None
        if (following is not None and following.after is None
                and isinstance(records, LazyRecords) and len(records) == page.count):
            # The next page's keyset position is now known: read by keyset, it costs what
            # any page does, where by position it may step over half the table.
            following.after = records.keyset(page.count - 1)
        self._drop_old_pages(keep=number)

    def extend_to_end(self, total: int) -> bool:
        """Make all ``total`` rows (what a count of the current filter says) rows of the model
        now, those not read yet as pages a view's looking at reads by position; False (and
        nothing changes) if every row is a row already or the first page is on its way.
        Ctrl+End calls this: in a table of a million rows the last one is one read away,
        where fetching page after page took a thousand."""
        if (self._archive is None or not self._loaded or self._next_after is None
                or (self._waiting is not None and self._waiting.after is None)
                or total <= self._rows):
            return False
        first, after = self._rows, self._next_after
        self._waiting = None  # a further page on its way is not appended: its rows are here
        self._ahead = self._ahead_page = None
        self._next_after = None
        self.beginInsertRows(QModelIndex(), first, total - 1)
        size = self._more_size
        # The last page ends at the last row, so the end reads as one page; the first one
        # continues from the loaded rows by keyset.
        edges = [first, *range(total - (total - first) // size * size, total, size)]
        edges = sorted(set(edges))
        for start, end in zip(edges, [*edges[1:], total], strict=True):
            self._pages.append(_Page(start, after if start == first else None, end - start,
                                     None))
        self._rows = total
        self.endInsertRows()
        return True

    def _replace(self, page: Page | None) -> None:
        with self._change():
            self.beginResetModel()
            self._clear_pages()
            if page is not None and page.records:
                self._add_page(None, page.records)
            self._next_after = page.next_after if page else None
            self._shown_in = (self._sort_key, self._descending, self.filter_query)
            self.endResetModel()

    def _append(self, page: Page, after: tuple[Any, int] | None) -> None:
        if not page.records:
            self._next_after = page.next_after
            return
        first = self._rows
        # The keyset position moves on with the rows, so that the model is whole at each
        # signal (see _change).
        with self._change():
            self.beginInsertRows(QModelIndex(), first, first + len(page.records) - 1)
            self._add_page(after, page.records)
            self._next_after = page.next_after
            self.endInsertRows()
        self._drop_old_pages(keep=len(self._pages) - 1)

    @contextmanager
    def _change(self) -> Iterator[None]:
        """Rows are being inserted or reset. A view (or Qt's model tester) may ask for more
        from a slot of the signals this sends; nothing is fetched until the change is done
        (a page inserted from there would land inside this change), and a view asks again
        once it has laid the rows out."""
        self._changing = True
        try:
            yield
        finally:
            self._changing = False

    def _read_ahead(self) -> None:
        """Ask for the page after the last now, before a view does. Scrolling on, the view
        then finds it read (or on its way) where it would have waited for a worker that only
        started when it asked: the worker reads while the view paints the rows just added.
        Only once a view has asked for more (from :meth:`page_arrived`'s further pages): a
        tab nobody scrolls reads nothing beyond its first page."""
        self._ahead = self._ahead_page = None
        if self._loader is not None and self._next_after is not None and self._waiting is None:
            self._ahead = self._request(self._next_after)
            self._loader(self._ahead)

    def page_arrived(self, request: PageRequest, page: Page) -> bool:
        """Take a page a worker read; False (and nothing changes) if it is not one awaited."""
        if request == self._ahead:
            self._ahead_page = page  # shown when a view asks for more
            return False
        number = self._rereading.pop(request, None)
        if number is not None:
            if request.generation != self._generation or number >= len(self._pages):
                return False
            if self._pages[number].records is None:
                self._fill(number, page.records)  # the next page's keyset position, too
                first = self._pages[number].first
                last = first + self._pages[number].count - 1
                self.dataChanged.emit(self.index(first, 0),
                                      self.index(last, len(self._keys) - 1))
            if request == self._placing:
                self._place_next_page()
            return True
        if request != self._waiting:
            return False
        self._waiting = None
        if request.after is None:
            self._replace(page)
        else:
            self._append(page, request.after)
            self._read_ahead()
        return True

    def _place_next_page(self) -> None:
        """The position read has come back: ask for the last page looked at meanwhile."""
        self._placing, number = None, self._place_next
        self._place_next = None
        if number is not None and number < len(self._pages):
            self._records_of(number, wait=False)

    def page_failed(self, request: PageRequest) -> bool:
        """Give up on an awaited page (the tab says why); scrolling may ask again."""
        if request == self._ahead:  # asked for again when a view wants it, and reported then
            self._ahead = self._ahead_page = None
            return False
        if request == self._placing:
            self._place_next_page()
        if self._rereading.pop(request, None) is not None:
            return request.generation == self._generation
        if request != self._waiting:
            return False
        self._waiting = None
        if request.after is None:
            self._replace(None)
        return True

    def want_row(self, row: int) -> None:
        """Ask for the page of ``row`` if it is not in memory (it arrives as ``dataChanged``)."""
        if 0 <= row < self._rows:
            self._records_of(self._page_of(row), wait=False)

    def record(self, row: int) -> Record:
        if not 0 <= row < self._rows:
            raise IndexError(f"row {row} of {self._rows}")
        number = self._page_of(row)
        records = self._records_of(number, wait=True)
        assert records is not None
        return records[row - self._pages[number].first]

    def first_texts(self, column: int, rows: int) -> list[str]:
        """What the first ``rows`` cells of ``column`` show (as ``data()`` says), if their page
        is in memory: a column sized to its text reads them without a QModelIndex and a call
        of ``data()`` per cell (for 50 rows of six columns, half of a tab's sizing)."""
        if not self._pages or self._pages[0].records is None:
            return []
        key = self._keys[column]
        records = self._pages[0].records
        return [self._display(key, getattr(records[i], key))
                for i in range(min(rows, len(records)))]

    def id_in_memory(self, row: int) -> int | None:
        """The id of the record at ``row`` if its page is in memory, else None; nothing is read
        (``record`` reads a dropped page again, on the GUI thread)."""
        if not 0 <= row < self._rows:
            return None
        page = self._pages[self._page_of(row)]
        return None if page.records is None else page.records[row - page.first].id

    def row_of(self, record_id: int, hint: int | None = None) -> int | None:
        """The row of a record: ``hint``, the row it was last seen in, if it still holds it
        (its page is read again if dropped); else one held in memory; else None. The hint is
        asked first: it is one record, where the scan reads the id of every resident one."""
        if hint is not None and 0 <= hint < self._rows and self.record(hint).id == record_id:
            return hint
        for number in self._resident:
            page = self._pages[number]
            records = page.records or ()
            if isinstance(records, LazyRecords):
                found = records.find(record_id)
            else:
                found = next((i for i, rec in enumerate(records) if rec.id == record_id), None)
            if found is not None:
                return page.first + found
        return None

    def _copy_cell(self, row: int, column: int) -> str:
        """From the record, not the cell: a dropped page is read again rather than copied as
        empty cells, and long text is copied whole, not as the cell shortens it."""
        key = self._keys[column]
        value = getattr(self.record(row), key)
        return self._display(key, value) if key in ("source", "sources") else display_value(value)

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
        if self._rows:
            self.dataChanged.emit(self.index(0, column), self.index(self._rows - 1, column),
                                  [_DISPLAY])

    # -- Qt: shape ------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        if parent.isValid():
            return False
        if self._waiting is not None:
            return self._waiting.after is not None  # more rows are on their way
        return self._next_after is not None

    def fetchMore(self, parent: AnyIndex) -> None:
        if (parent.isValid() or self._next_after is None or self._archive is None
                or self._waiting is not None or self._changing):
            return
        if self._loader is not None:
            ahead, page = self._ahead, self._ahead_page
            self._ahead = self._ahead_page = None
            if ahead is not None and ahead.after == self._next_after:
                if page is None:
                    self._waiting = ahead  # on its way: it is the one awaited now
                    return
                self._append(page, ahead.after)
                self._read_ahead()
                return
            self._waiting = self._request(self._next_after)
            self._loader(self._waiting)
            return
        after = self._next_after
        self._append(self._read(after, self._more_size), after)

    # -- Qt: content ----------------------------------------------------------------------

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        # Roles first: most of what a view asks for is answered None without touching a row.
        if role not in _ROLES:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < self._rows and 0 <= column < len(self._keys)):
            return None  # also an invalid index: row -1
        number = self._page_of(row)
        records = self._records_of(number, wait=role in (_RECORD, _SORT))
        if records is None:
            # A page on its way (read by position, or dropped and read again): the row says
            # so rather than stand blank, until its cells fill as it arrives (issue 28).
            return PLACEHOLDER if role == _DISPLAY and column == 0 else None
        offset = row - self._pages[number].first
        if offset >= len(records):
            return None  # a page that read back shorter (it cannot while the file is read-only)
        record = records[offset]
        key = self._keys[column]
        value = getattr(record, key)
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

    def _display(self, key: str, value: Any) -> str:
        if key == "source" and isinstance(value, str):
            return self._source_labels.get(value, value)
        if key == "sources" and isinstance(value, tuple):
            return ", ".join(str(self._source_labels.get(v, v)) for v in value)
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
        return self.spec.columns[section].label

    def column_tip(self, section: int) -> str:
        column = self.spec.columns[section]
        return (f"Sort by {column.label.lower()}" if column.sortable
                else f"{column.label} cannot be sorted")

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


class SearchResultsModel(_OneCallPerCell, _ReadOnlyRows, _TsvMixin, QAbstractTableModel):
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
        return self.HEADERS[section]

