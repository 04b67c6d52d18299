"""A table's rows, read a keyset page at a time: the paging behind a viewer's tab, Qt-free.

:class:`Pager` holds the pages of one logical table (see :mod:`viewer.archive.tables`) that a
view has asked for, in the table's current order and filter, and says to its owner — the Qt
model, or a test — when rows are about to be inserted, inserted, reset or read again
(:class:`RowChanges`). Without a ``loader`` pages are read at once from the archive; with one
(the viewer's tabs) every page is read elsewhere and handed back through
:meth:`Pager.page_arrived`, ``generation`` telling an outdated answer from a current one.

At most ``max_resident_rows`` rows stay in memory: the pages looked at least recently are
dropped and read again from their keyset position when asked for. Once a view has asked for
more, each further page is asked for as the one before arrives (read ahead). A jump to the end
(:meth:`Pager.extend_to_end`) makes every row a row at once, the ones not read yet as pages
read by position when looked at. Sorting and filtering are done in SQL by starting over with
a new key or filter text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol

from viewer.archive.filtering import typed_prefixes
from viewer.archive.page_records import LazyRecords, Page
from viewer.archive.records import Record
from viewer.archive.store import Archive
from viewer.archive.tables import TABLE_SPECS, TableSpec

PAGE_SIZE = 200
MORE_SIZE = 1000
"""Rows per further page in the viewer's tabs: each page is a worker round trip, so pages after
the (small, quick to paint) first one are larger."""
MAX_RESIDENT_ROWS = 5_000
"""Rows a pager keeps in memory. Scrolling on appends pages as Qt's lazy models do, but pages
not looked at lately are dropped (their keyset position is kept) and read again when they come
back into view: a million rows scrolled through cost what five thousand do, and Python's
garbage collector never has to walk a million records in one pause."""


class RowChanges(Protocol):
    """What a :class:`Pager` tells its owner as its rows change (a Qt model's begin/end
    calls and ``dataChanged``)."""

    def about_to_insert(self, first: int, last: int) -> None: ...

    def inserted(self) -> None: ...

    def about_to_reset(self) -> None: ...

    def reset(self) -> None: ...

    def rows_read(self, first: int, last: int) -> None: ...


class _Quiet:
    """The owner of a pager that nobody watches."""

    def about_to_insert(self, first: int, last: int) -> None:
        pass

    def inserted(self) -> None:
        pass

    def about_to_reset(self) -> None:
        pass

    def reset(self) -> None:
        pass

    def rows_read(self, first: int, last: int) -> None:
        pass


@dataclass(frozen=True, slots=True)
class PageRequest:
    """One keyset page a pager asks for. ``generation`` changes whenever the pager starts over
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
    """Rows ``first``… of a pager: read from keyset position ``after`` (by position when that
    is unknown: ``after`` is None past the first row); ``records`` is None while the page is
    dropped from memory (see :data:`MAX_RESIDENT_ROWS`) or not read yet (skipped over by
    :meth:`Pager.extend_to_end`)."""

    first: int
    after: tuple[Any, int] | None
    count: int
    records: Sequence[Record] | None


def _first_row(page: _Page) -> int:
    return page.first


class Pager:
    """The pages of one logical table a view has asked for; see the module. ``changes`` is
    told of every change to the rows, as a Qt model must tell its views."""

    def __init__(self, table: str, archive: Archive | None = None, *,
                 page_size: int = PAGE_SIZE, more_size: int | None = None,
                 loader: PageLoader | None = None,
                 max_resident_rows: int = MAX_RESIDENT_ROWS, first_page_at_once: bool = False,
                 changes: RowChanges | None = None) -> None:
        self._changes: RowChanges = changes or _Quiet()
        self._first_page_at_once = first_page_at_once
        self.spec: TableSpec = TABLE_SPECS[table]
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

    # -- state ----------------------------------------------------------------------------

    @property
    def table(self) -> str:
        return self.spec.name

    @property
    def archive(self) -> Archive | None:
        return self._archive

    @property
    def rows(self) -> int:
        """Rows the table has so far (read, or counted by a jump to the end)."""
        return self._rows

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
            self._changes.about_to_reset()
            self._archive = archive
            self._clear_pages()
            self._next_after, self._loaded = None, False
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
        self._changes.about_to_insert(first, total - 1)
        size = self._more_size
        # The last page ends at the last row, so the end reads as one page; the first one
        # continues from the loaded rows by keyset.
        edges = [first, *range(total - (total - first) // size * size, total, size)]
        edges = sorted(set(edges))
        for start, end in zip(edges, [*edges[1:], total], strict=True):
            self._pages.append(_Page(start, after if start == first else None, end - start,
                                     None))
        self._rows = total
        self._changes.inserted()
        return True

    def _replace(self, page: Page | None) -> None:
        with self._change():
            self._changes.about_to_reset()
            self._clear_pages()
            if page is not None and page.records:
                self._add_page(None, page.records)
            self._next_after = page.next_after if page else None
            self._shown_in = (self._sort_key, self._descending, self.filter_query)
            self._changes.reset()

    def _append(self, page: Page, after: tuple[Any, int] | None) -> None:
        if not page.records:
            self._next_after = page.next_after
            return
        first = self._rows
        # The keyset position moves on with the rows, so that the model is whole at each
        # signal (see _change).
        with self._change():
            self._changes.about_to_insert(first, first + len(page.records) - 1)
            self._add_page(after, page.records)
            self._next_after = page.next_after
            self._changes.inserted()
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
                self._changes.rows_read(first, last)
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
        """Ask for the page of ``row`` if it is not in memory (it arrives as ``rows_read``)."""
        if 0 <= row < self._rows:
            self._records_of(self._page_of(row), wait=False)

    def record(self, row: int) -> Record:
        if not 0 <= row < self._rows:
            raise IndexError(f"row {row} of {self._rows}")
        number = self._page_of(row)
        records = self._records_of(number, wait=True)
        assert records is not None
        return records[row - self._pages[number].first]

    def first_records(self, rows: int) -> Sequence[Record]:
        """The first ``rows`` records if their page is in memory (nothing is read)."""
        if not self._pages or self._pages[0].records is None:
            return ()
        return self._pages[0].records[:rows]

    def resident(self, row: int, *, wait: bool) -> Record | None:
        """The record at ``row``, read again at once if its page was dropped and ``wait``;
        else None while its page is on its way (the loader was asked for it)."""
        if not 0 <= row < self._rows:
            return None
        number = self._page_of(row)
        records = self._records_of(number, wait=wait)
        if records is None:
            return None
        offset = row - self._pages[number].first
        # A page that read back shorter (it cannot while the file is read-only): no record.
        return records[offset] if offset < len(records) else None

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

    def can_fetch_more(self) -> bool:
        """Whether rows are left to fetch (or on their way)."""
        if self._waiting is not None:
            return self._waiting.after is not None  # more rows are on their way
        return self._next_after is not None

    def fetch_more(self) -> None:
        """Append the next page: at once without a loader, else when the loader brings it
        (or take the page read ahead)."""
        if (self._next_after is None or self._archive is None
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
