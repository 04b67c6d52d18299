"""Rows by position in a table's order: what :meth:`viewer.archive.store.Archive.page` does
for a page a view jumps to, whose keyset position nobody knows.

A page nearer the end than the start is read backwards from the end (:func:`page_from_end`),
so ``OFFSET`` steps over at most half of the rows; and in id order, where the builder numbered
a table's rows without gaps, a row's position gives its id (:func:`id_keyset`): the rowid
table has no index to step over, and ``OFFSET`` walked half a million rows' pages for a jump
into the middle of Excerpts (issue 28).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from viewer.archive.page_records import LazyRecords, Page

if TYPE_CHECKING:
    from viewer.archive.shown_words import ShownWords
    from viewer.archive.store import Archive


def page_from_end(archive: Archive, table: str, sort: str | None, descending: bool,
                  filter_text: str, start: int, limit: int, total: int,
                  shown: ShownWords | None = None) -> Page:
    """Rows ``start``… of ``total``, read as the rows before the end in the other order."""
    tail = total - start - limit  # rows after this page
    limit = limit + min(tail, 0)
    if limit <= 0:
        return Page([], None)
    back = archive.page(table, sort=sort, descending=not descending, filter_text=filter_text,
                        limit=limit, start=max(tail, 0), shown=shown)
    if not isinstance(back.records, LazyRecords) or not back.records:
        return Page(list(reversed(back.records)), None)
    records = back.records.reversed()
    # As a page read forwards: the keyset position after its last row, if not the end.
    return Page(records, records.keyset(len(records) - 1) if tail > 0 else None)


def id_keyset(ids: tuple[int, int], descending: bool, after: tuple[Any, int] | None,
              start: int) -> tuple[int, int]:
    """In id order over the gapless ids ``ids`` (first, last): the keyset position from which
    the row ``start`` rows past ``after`` (or past the start) is the first read, with no row
    stepped over."""
    low, high = ids
    base = after[1] if after is not None else (high + 1 if descending else low - 1)
    target = base - start if descending else base + start
    return target, target
