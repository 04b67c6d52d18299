"""A table's rows, read a page at a time by position: the paging behind a viewer's tab, Qt-free.

:class:`Pager` stands for every row of one logical table (see :mod:`viewer.archive.tables`) in
the table's current order and filter: it knows how many there are from the start (counted
with the first page, or written in the archive by the builder), so a view's scroll bar stands
for the whole table (issue 28: at 100,000 rows it covered only the rows read so far). A row is
read when a view looks at it, with the rest of its page: page ``n`` holds rows
``n * page_size``…, and at most ``max_resident_rows`` of them stay in memory, the pages looked
at least recently dropped first. A row whose page is on its way has no record yet
(:meth:`Pager.resident` says None); its owner is told when the page arrives
(:class:`RowChanges`).

A page is read from the nearest place whose keyset position is known — the end of the page
before it, of any page read so far, or either end of the table — stepping over the rows
between in the sort key's index (``LIMIT … OFFSET``): the next page of a scroll costs what the
first does, and a jump into the middle of a million rows steps over at most half of them in an
index. Without a ``loader`` pages are read at once; with one (the viewer's tabs) they are read
elsewhere and handed back through :meth:`Pager.page_arrived`, ``generation`` telling an
outdated answer from a current one. Sorting and filtering start over, in SQL.
"""

from __future__ import annotations

from bisect import bisect_right, insort
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Protocol

from viewer.archive.page_records import LazyRecords, Page
from viewer.archive.store import Archive
from viewer.archive.tables import TABLE_SPECS, TableSpec

if TYPE_CHECKING:
    from viewer.archive.records.kinds import Record
    from viewer.archive.shown_words import ShownWords

PAGE_SIZE = 200
"""Rows per page: each is one worker round trip, and a view shows a few dozen rows."""
MAX_RESIDENT_ROWS = 5_000
"""Rows a pager keeps in memory. Pages not looked at lately are dropped and read again when
they come back into view: a million rows scrolled through cost what five thousand do, and
Python's garbage collector never has to walk a million records in one pause."""
MAX_READS = 2
"""Pages on their way at once. Dragging the scroll bar across a million rows passes thousands
of pages; those looked at while two are on their way wait, and only the last few looked at
(:data:`WANTED_PAGES`) are read: the rows passed on the way are not."""
WANTED_PAGES = 4


class RowChanges(Protocol):
    """What a :class:`Pager` tells its owner as its rows change (a Qt model's reset and
    ``dataChanged``)."""

    def about_to_reset(self) -> None: ...

    def reset(self) -> None: ...

    def rows_read(self, first: int, last: int) -> None: ...


class _Quiet:
    """The owner of a pager that nobody watches."""

    def about_to_reset(self) -> None:
        pass

    def reset(self) -> None:
        pass

    def rows_read(self, first: int, last: int) -> None:
        pass


@dataclass(frozen=True, slots=True)
class PageRequest:
    """One page a pager asks for: ``limit`` rows from ``start`` rows past the keyset position
    ``after`` (None: from the first row; then ``total``, the rows in all, lets the store read a
    page nearer the end backwards from there). ``count`` asks for the rows to be counted too
    (:attr:`Page.total`): the first page of a new order or filter. ``generation`` changes
    whenever the pager starts over, so an answer to an outdated request is dropped.
    ``shown``: the words the window shows for the archive's own, which the filter finds and
    the sort follows (:mod:`viewer.archive.shown_words`)."""

    table: str
    sort: str
    descending: bool
    filter_text: str
    after: tuple[Any, int] | None
    start: int
    limit: int
    generation: int
    total: int | None = None
    count: bool = False
    shown: ShownWords | None = None


PageLoader = Callable[[PageRequest], None]
"""Starts loading a page elsewhere; the answer comes back through :meth:`Pager.page_arrived`."""


def read_page(archive: Archive, request: PageRequest) -> Page:
    """What a loader reads for ``request`` (in a worker, with its own connection)."""
    page = archive.page(request.table, sort=request.sort, descending=request.descending,
                        filter_text=request.filter_text, after=request.after,
                        limit=request.limit, start=request.start, total=request.total,
                        shown=request.shown)
    if request.count:
        return replace(page, total=archive.count(request.table, request.filter_text,
                                                 request.shown))
    return page


class Pager:
    """Every row of one logical table, read by page as a view looks at it; see the module.
    ``changes`` is told of every change to the rows, as a Qt model must tell its views."""

    def __init__(self, table: str, archive: Archive | None = None, *,
                 page_size: int = PAGE_SIZE, loader: PageLoader | None = None,
                 max_resident_rows: int = MAX_RESIDENT_ROWS, first_page_at_once: bool = False,
                 changes: RowChanges | None = None, shown: ShownWords | None = None) -> None:
        self._changes: RowChanges = changes or _Quiet()
        self._shown = shown
        self._first_page_at_once = first_page_at_once
        self.spec: TableSpec = TABLE_SPECS[table]
        self._archive = archive
        self._size = page_size
        self._max_resident = max(max_resident_rows, page_size)
        self._loader = loader
        self._rows = 0
        self._pages: OrderedDict[int, Sequence[Record]] = OrderedDict()  # least recent first
        self._resident_rows = 0
        # Page number -> the keyset position of the row before its first: where a read of
        # that page, or of one after it, can start. Kept when the page is dropped (a key and
        # an id per page).
        self._anchors: dict[int, tuple[Any, int]] = {}
        self._anchored: list[int] = []  # the anchors' page numbers, in order
        self._reading: dict[PageRequest, int] = {}  # pages on their way
        self._wanted: list[int] = []  # looked at while MAX_READS were on their way
        self._touched = 0  # the page last looked at: where reading ahead goes on from
        self._sort_key: str = self.spec.default_sort
        self._descending = False
        self._filter_text = ""
        self._loaded = False
        self._generation = 0
        self._waiting: PageRequest | None = None  # the first page of a new order or filter
        self._shown_in: tuple[str, bool, str] | None = None  # order and filter of the rows shown

    # -- state ----------------------------------------------------------------------------

    @property
    def table(self) -> str:
        return self.spec.name

    @property
    def archive(self) -> Archive | None:
        return self._archive

    @property
    def rows(self) -> int:
        """Every row of the table in its filter, read or not (0 until the first page)."""
        return self._rows

    @property
    def shown(self) -> ShownWords | None:
        """The words the window shows for the archive's own, which the filter finds and the
        sort follows (an export of "all matching" reads them as the tab does)."""
        return self._shown

    @property
    def filter_text(self) -> str:
        """The filter as typed (what the tab says it is filtered by)."""
        return self._filter_text

    @property
    def filter_query(self) -> str:
        """What the filter searches: the typed words as prefixes (see
        :func:`~viewer.archive.filtering.typed_prefixes`; nothing without a filter, which a
        tab never filtered need not import)."""
        if not self._filter_text.strip():
            return ""
        from viewer.archive.filtering import typed_prefixes

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
        """The first page of a new order or filter (and its count) is on its way."""
        return self._waiting is not None

    @property
    def awaited_change(self) -> str | None:
        """What the first page on its way changes about the rows shown, which stay until it
        comes: "sort" (they are in the previous order; at a million rows an unindexed sort takes
        a second), "filter", or None (nothing on its way, or the first rows of all). A tab says
        so rather than "Loading", which would not tell why the rows it shows have not moved."""
        request = self._waiting
        if request is None or not self._shown_in:
            return None
        sort, descending, filter_text = self._shown_in
        if (request.sort, request.descending) != (sort, descending):
            return "sort"
        return "filter" if request.filter_text != filter_text else None

    @property
    def reading_row(self) -> int | None:
        """The first row of the first page on its way, if one is (the tab says so)."""
        return min(self._reading.values()) * self._size if self._reading else None

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

    def set_shown(self, shown: ShownWords | None) -> None:
        """The words the window shows for the archive's own, for the next archive set (some
        are the archive's: :meth:`~viewer.archive.store.Archive.claim_subjects`)."""
        self._shown = shown

    def set_archive(self, archive: Archive | None) -> None:
        """Show another archive (or none); the first page loads on the next :meth:`load`."""
        self._changes.about_to_reset()
        self._archive = archive
        self._clear(0)
        self._loaded = False
        self._generation += 1
        self._waiting = None
        self._shown_in = None
        self._changes.reset()

    def set_sort(self, key: str, descending: bool) -> None:
        """Order the rows by column ``key`` (starting over in SQL, if anything is shown)."""
        if key == self._sort_key and descending == self._descending:
            return
        self._sort_key, self._descending = key, descending
        if self._loaded:
            self._reset()

    def load(self) -> None:
        """Load the first page if it is not loaded yet (tabs call this when first shown)."""
        if not self._loaded:
            self._reset()

    def set_filter_text(self, text: str) -> None:
        text = text.strip()
        if text != self._filter_text or not self._loaded:
            self._filter_text = text
            self._reset()

    # -- reading --------------------------------------------------------------------------

    def _request(self, number: int, *, count: bool = False) -> PageRequest:
        """Page ``number``, read from the nearest known place: an anchor before it, the first
        row, or (the store decides, given the total) the last."""
        first = number * self._size
        limit = self._size if count else max(0, min(self._size, self._rows - first))
        from_ends = min(first, self._rows - first - limit) if not count else 0
        at = bisect_right(self._anchored, number) - 1
        if at >= 0 and (number - self._anchored[at]) * self._size < from_ends:
            anchor = self._anchored[at]
            return PageRequest(self.table, self._sort_key, self._descending, self.filter_query,
                               self._anchors[anchor], (number - anchor) * self._size, limit,
                               self._generation, shown=self._shown)
        return PageRequest(self.table, self._sort_key, self._descending, self.filter_query,
                           None, first, limit, self._generation,
                           None if count else self._rows, count, self._shown)

    def _reset(self) -> None:
        self._generation += 1
        self._reading.clear()
        self._wanted.clear()
        self._loaded = self._archive is not None
        if self._archive is None:
            self._replace(None)
            return
        self._waiting = self._request(0, count=True)
        if self._loader is not None and not (self._first_page_at_once
                                             and self._first_page_is_quick()):
            self._loader(self._waiting)
            return
        request, self._waiting = self._waiting, None
        if self._loader is not None:
            # Unfiltered, in the table's own order: an index walk of one page, and the rows
            # counted by the builder, so the first paint has rows in it.
            total = self._archive.row_count(self.table)
            request = replace(request, count=False)
            try:
                page = replace(read_page(self._archive, request), total=total)
            except Exception:  # the worker reads it again and says what went wrong
                self._waiting = replace(request, count=True)
                self._loader(self._waiting)
                return
        else:
            page = read_page(self._archive, request)
        self._replace(page)

    def _first_page_is_quick(self) -> bool:
        # Facts' own order in a translated window, by the shown word, is read through the
        # label's index too (viewer.archive.page_sql), one stored word after another.
        return (not self._filter_text and self._sort_key == self.spec.default_sort
                and self._archive is not None
                and self._archive.row_count(self.table) is not None)

    def _replace(self, page: Page | None) -> None:
        self._changes.about_to_reset()
        records = page.records if page is not None else ()
        total = page.total if page is not None and page.total is not None else len(records)
        self._clear(max(total, len(records)))
        if records:
            self._fill(0, records)
        self._shown_in = (self._sort_key, self._descending, self.filter_query)
        self._changes.reset()

    def _clear(self, rows: int) -> None:
        self._rows = rows
        self._pages.clear()
        self._resident_rows = 0
        self._anchors.clear()
        self._anchored.clear()
        self._reading.clear()
        self._wanted.clear()
        self._touched = 0

    def _fill(self, number: int, records: Sequence[Record]) -> None:
        first = number * self._size
        expected = max(0, min(self._size, self._rows - first))
        # The archive is read-only, so a page reads back as long as counted; should it not,
        # the rows keep their number and missing ones show empty rather than shift.
        if len(records) > expected:
            records = list(records[:expected])
        self._pages[number] = records
        self._resident_rows += len(records)
        if (isinstance(records, LazyRecords) and len(records) == self._size
                and first + self._size < self._rows and number + 1 not in self._anchors):
            self._anchors[number + 1] = records.keyset(self._size - 1)
            insort(self._anchored, number + 1)
        self._drop_old_pages(keep=number)

    def _drop_old_pages(self, keep: int) -> None:
        """Forget the least recently used pages beyond the budget, never page ``keep``."""
        while self._resident_rows > self._max_resident and len(self._pages) > 1:
            number = next(iter(self._pages))
            if number == keep:
                self._pages.move_to_end(number)
                continue
            self._resident_rows -= len(self._pages.pop(number))

    def _records_of(self, number: int, *, wait: bool) -> Sequence[Record] | None:
        """Page ``number``'s records, marked as just used; one not in memory is read at once
        if ``wait`` or there is no loader, else asked of the loader (None until it comes)."""
        records = self._pages.get(number)
        if number != self._touched and not wait:
            previous, self._touched = self._touched, number
            if records is not None:
                self._read_ahead(number + (1 if number > previous else -1))
        if records is not None:
            self._pages.move_to_end(number)
            return records
        if self._archive is None:
            return None
        if wait or self._loader is None:
            self._fill(number, read_page(self._archive, self._request(number)).records)
            return self._pages[number]
        self._ask(number)
        return None

    def _read_ahead(self, number: int) -> None:
        """A view has moved onto a page held in memory: ask for the next one in the direction
        it moves, before it gets there (not while pages it looked at wait)."""
        if (self._loader is not None and not self._wanted and len(self._reading) < MAX_READS
                and 0 <= number * self._size < self._rows and number not in self._pages):
            self._ask(number)

    def _ask(self, number: int) -> None:
        assert self._loader is not None
        # While a new order or filter is on its way the rows shown are the old ones: a page
        # read now would be of the new order, in the old rows' places.
        if self._waiting is not None or number in self._reading.values():
            return
        if len(self._reading) >= MAX_READS:
            if number in self._wanted:
                self._wanted.remove(number)
            self._wanted.append(number)
            del self._wanted[:-WANTED_PAGES]
            return
        request = self._request(number)
        self._reading[request] = number
        self._loader(request)

    def _ask_wanted(self) -> None:
        """A read has come back: ask for the pages looked at meanwhile, latest first."""
        while self._wanted and len(self._reading) < MAX_READS:
            number = self._wanted.pop()
            if number not in self._pages and number * self._size < self._rows:
                self._ask(number)

    def page_arrived(self, request: PageRequest, page: Page) -> bool:
        """Take a page a worker read; False (and nothing changes) if it is not one awaited."""
        if request == self._waiting:
            self._waiting = None
            self._replace(page)
            return True
        number = self._reading.pop(request, None)
        if number is None or request.generation != self._generation:
            return False
        if number not in self._pages:
            self._fill(number, page.records)
            first = number * self._size
            self._changes.rows_read(first, min(first + self._size, self._rows) - 1)
        self._ask_wanted()
        return True

    def page_failed(self, request: PageRequest) -> bool:
        """Give up on an awaited page (the tab says why); looking at its rows asks again."""
        if request == self._waiting:
            self._waiting = None
            self._replace(None)
            return True
        if self._reading.pop(request, None) is None:
            return False
        self._ask_wanted()
        return request.generation == self._generation

    # -- rows -----------------------------------------------------------------------------

    def want_row(self, row: int) -> None:
        """Ask for the page of ``row`` if it is not in memory (it arrives as ``rows_read``)."""
        if 0 <= row < self._rows:
            self._records_of(row // self._size, wait=False)

    def record(self, row: int) -> Record:
        """The record at ``row``, its page read at once if it is not in memory."""
        if not 0 <= row < self._rows:
            raise IndexError(f"row {row} of {self._rows}")
        records = self._records_of(row // self._size, wait=True)
        assert records is not None
        return records[row % self._size]

    def resident(self, row: int, *, wait: bool) -> Record | None:
        """The record at ``row``, read at once if its page is not in memory and ``wait``;
        else None while its page is on its way (the loader was asked for it)."""
        if not 0 <= row < self._rows:
            return None
        records = self._records_of(row // self._size, wait=wait)
        if records is None:
            return None
        offset = row % self._size
        # A page that read back shorter (it cannot while the file is read-only): no record.
        return records[offset] if offset < len(records) else None

    def first_records(self, rows: int) -> Sequence[Record]:
        """The first ``rows`` records if their page is in memory (nothing is read)."""
        records = self._pages.get(0)
        return records[:rows] if records is not None else ()

    def id_in_memory(self, row: int) -> int | None:
        """The id of the record at ``row`` if its page is in memory, else None; nothing is read
        (``record`` reads a missing page, on the GUI thread)."""
        if not 0 <= row < self._rows:
            return None
        records = self._pages.get(row // self._size)
        offset = row % self._size
        return records[offset].id if records is not None and offset < len(records) else None

    def row_of(self, record_id: int, hint: int | None = None) -> int | None:
        """The row of a record: ``hint``, the row it was last seen in, if it still holds it
        (its page is read if missing); else one held in memory; else None. The hint is asked
        first: it is one record, where the scan reads the id of every resident one."""
        if hint is not None and 0 <= hint < self._rows and self.record(hint).id == record_id:
            return hint
        for number, records in self._pages.items():
            if isinstance(records, LazyRecords):
                found = records.find(record_id)
            else:
                found = next((i for i, rec in enumerate(records) if rec.id == record_id), None)
            if found is not None:
                return number * self._size + found
        return None
