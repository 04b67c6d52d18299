"""One keyset page of records: what :meth:`viewer.archive.store.Archive.page` returns.

:class:`Page` is the records and the keyset position of the page after them;
:class:`LazyRecords` holds a page's rows and builds each record the first time it is read, so
a page read in a worker costs the GUI thread only the rows it shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, overload

if TYPE_CHECKING:
    from viewer.archive.records.kinds import Record


@dataclass(frozen=True, slots=True)
class Page:
    """One keyset page. ``next_after`` is passed back to get the following page; ``total`` is
    the rows of the whole order and filter, when they were counted with the page."""

    records: Sequence[Record]
    next_after: tuple[Any, int] | None
    total: int | None = None


class LazyRecords(Sequence["Record"]):
    """A page's records, each built from its row the first time it is read.

    The viewer reads pages in a worker thread and shows them on the GUI thread. Building a
    thousand dataclasses in the worker held the GIL, in slices the GUI thread waited for
    between the cells it painted: each page of a scroll stalled the window. Built
    on first read, a page costs the worker its SQL and the GUI the rows it shows.
    """

    __slots__ = ("_build", "_built", "_rows")

    def __init__(self, rows: Sequence[Any], build: Callable[[Any], Record]) -> None:
        self._rows = rows
        self._build = build
        self._built: list[Record | None] = [None] * len(rows)

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> Record: ...

    @overload
    def __getitem__(self, index: slice) -> list[Record]: ...

    def __getitem__(self, index: int | slice) -> Record | list[Record]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._rows)))]
        record = self._built[index]
        if record is None:
            record = self._built[index] = self._build(self._rows[index])
        return record

    def reversed(self) -> LazyRecords:
        """The same rows in the other order (none built)."""
        return LazyRecords(self._rows[::-1], self._build)

    def keyset(self, index: int) -> tuple[Any, int]:
        """The keyset position of row ``index`` (its ``_sort`` value and id), as
        :attr:`Page.next_after` gives it."""
        row = self._rows[index]
        return row["_sort"], row["id"]

    def find(self, record_id: int) -> int | None:
        """The index of the record with id ``record_id``, read from the rows' ``id`` column
        without building a record: the viewer looks a record up among the five thousand rows
        it keeps, and building them all to compare ids held the window."""
        for index, row in enumerate(self._rows):
            if row["id"] == record_id:
                return index
        return None
