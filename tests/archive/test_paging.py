"""The pager behind a tab, with no Qt: every row a row from the first page on, pages read by
position as they are looked at (from the nearest known keyset position), the memory budget,
a loader's answers (current, outdated, failed), reading ahead and reading only the pages last
looked at."""

from __future__ import annotations

import sys

from viewer.archive.paging import MAX_READS, Pager, PageRequest, read_page
from viewer.archive.store import Archive


class Changes:
    """A RowChanges that writes down what the pager said."""

    def __init__(self) -> None:
        self.said: list[tuple[str, int, int]] = []

    def about_to_reset(self) -> None:
        self.said.append(("reset", 0, 0))

    def reset(self) -> None:
        pass

    def rows_read(self, first: int, last: int) -> None:
        self.said.append(("read", first, last))


def _pager(archive: Archive, table: str = "excerpts", **options: object) -> tuple[Pager, Changes]:
    changes = Changes()
    pager = Pager(table, archive, changes=changes, **options)  # type: ignore[arg-type]
    return pager, changes


def _answer(archive: Archive, pager: Pager, request: PageRequest) -> bool:
    return pager.page_arrived(request, read_page(archive, request))


def _ids(archive: Archive, table: str = "excerpts", **order: object) -> list[int]:
    return [r.id for r in archive.page(table, limit=100_000, **order).records]  # type: ignore[arg-type]


def test_the_pager_imports_no_qt() -> None:
    import subprocess

    code = ("import sys, viewer.archive.paging; "
            "assert not [m for m in sys.modules if m.startswith(('PySide6', 'viewer.gui'))]")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_every_row_is_a_row_from_the_first_page_on(archive: Archive) -> None:
    pager, changes = _pager(archive, page_size=20)
    pager.load()
    total = archive.count("excerpts")
    assert total > 100  # several pages
    assert pager.rows == total and changes.said == [("reset", 0, 0)]
    assert pager.resident_rows == 20  # only the first page is read
    assert pager.id_in_memory(total // 2) is None
    assert [pager.record(r).id for r in range(total)] == _ids(archive)


def test_a_loaders_first_page_brings_the_count_and_an_outdated_one_is_dropped(
        archive: Archive) -> None:
    asked: list[PageRequest] = []
    pager, changes = _pager(archive, page_size=20, loader=asked.append)
    pager.load()
    assert pager.is_loading and pager.rows == 0 and asked[-1].count
    first = asked[-1]
    pager.set_filter_text("chayo")  # starts over: the first answer is now outdated
    assert not _answer(archive, pager, first)
    assert _answer(archive, pager, asked[-1])
    assert not pager.is_loading and pager.rows == archive.count("excerpts", "chayo*")
    assert changes.said[-1] == ("reset", 0, 0)


def test_the_builders_count_lets_the_first_page_be_read_at_once(archive: Archive) -> None:
    asked: list[PageRequest] = []
    pager, _changes = _pager(archive, page_size=20, loader=asked.append,
                             first_page_at_once=True)
    assert archive.row_count("excerpts") == archive.count("excerpts")
    pager.load()
    assert not asked and pager.rows == archive.count("excerpts")


def test_a_failed_first_page_leaves_no_rows_and_can_be_asked_again(archive: Archive) -> None:
    asked: list[PageRequest] = []
    pager, _changes = _pager(archive, page_size=20, loader=asked.append)
    pager.load()
    assert pager.page_failed(asked[-1]) and not pager.is_loading and pager.rows == 0


def test_a_row_in_the_middle_is_read_by_position_and_fills_in_place(archive: Archive) -> None:
    asked: list[PageRequest] = []
    pager, changes = _pager(archive, "excerpts", page_size=20, loader=asked.append)
    pager.set_sort("text", False)
    pager.load()
    _answer(archive, pager, asked[-1])
    middle = pager.rows // 2
    assert pager.resident(middle, wait=False) is None  # a placeholder: asked for
    request = asked[-1]
    page_first = middle // 20 * 20
    # From the end of the first page (its keyset position known), stepping over the rows
    # between: fewer than from the first row.
    assert request.after is not None and request.start == page_first - 20
    assert _answer(archive, pager, request)
    assert changes.said[-1] == ("read", page_first, page_first + 19)
    record = pager.resident(middle, wait=False)
    assert record is not None and record.id == _ids(archive, sort="text")[middle]


def test_a_page_is_read_from_the_nearest_known_keyset_position(archive: Archive) -> None:
    asked: list[PageRequest] = []
    pager, _changes = _pager(archive, page_size=20, loader=asked.append)
    pager.load()
    _answer(archive, pager, asked[-1])
    pager.want_row(25)  # page 1: right after the first, whose last row is known
    assert asked[-1].after is not None and asked[-1].start == 0
    _answer(archive, pager, asked[-1])
    pager.want_row(65)  # page 3: two pages on from the end of page 1
    assert asked[-1].after is not None and asked[-1].start == 20
    _answer(archive, pager, asked[-1])
    pager.want_row(pager.rows - 1)  # the last page: read backwards from the end
    assert asked[-1].after is None and asked[-1].total == pager.rows
    _answer(archive, pager, asked[-1])
    expected = _ids(archive)
    for row in (25, 65, pager.rows - 1):
        assert pager.id_in_memory(row) == expected[row]


def test_pages_beyond_the_budget_are_dropped_and_read_again(archive: Archive) -> None:
    pager, _changes = _pager(archive, page_size=20, max_resident_rows=60)
    pager.load()
    for row in range(0, pager.rows, 20):
        pager.record(row)
        assert pager.resident_rows <= 60
    assert pager.id_in_memory(0) is None  # dropped long ago
    assert pager.record(0).id == _ids(archive)[0]
    assert pager.id_in_memory(0) is not None and pager.resident_rows <= 60


def test_moving_onto_a_page_in_memory_reads_the_next_one_ahead(archive: Archive) -> None:
    asked: list[PageRequest] = []
    pager, _changes = _pager(archive, page_size=20, loader=asked.append)
    pager.load()
    _answer(archive, pager, asked[-1])
    pager.want_row(20)
    _answer(archive, pager, asked[-1])
    assert len(asked) == 2  # nothing read ahead while nobody looks
    pager.resident(5, wait=False)
    pager.resident(25, wait=False)  # a view moves down onto page 1, in memory...
    assert len(asked) == 3 and asked[-1].start == 0 and asked[-1].after is not None
    _answer(archive, pager, asked[-1])
    assert pager.id_in_memory(45) == _ids(archive)[45]  # ...and page 2 is read before it gets there


def test_only_the_pages_last_looked_at_are_read_while_others_are_on_their_way(
        archive: Archive) -> None:
    asked: list[PageRequest] = []
    pager, _changes = _pager(archive, page_size=10, loader=asked.append)
    pager.set_sort("text", False)
    pager.load()
    _answer(archive, pager, asked[-1])
    asked.clear()
    for row in range(10, pager.rows, 10):  # a drag of the scroll bar over every page
        pager.resident(row, wait=False)
    assert len(asked) == MAX_READS
    last = pager.rows - 1
    for request in list(asked):
        _answer(archive, pager, request)
    # Of the pages passed on the way, only the last few looked at are read.
    assert len(asked) <= MAX_READS + 4
    assert last // 10 * 10 in {r.start for r in asked[MAX_READS:]} or pager.id_in_memory(last)


def test_sorting_starts_over_in_sql(archive: Archive) -> None:
    pager, changes = _pager(archive, "people", page_size=500)
    pager.load()
    pager.set_sort("name", True)
    names = [pager.record(r).name for r in range(pager.rows)]  # type: ignore[attr-defined]
    assert pager.descending and changes.said.count(("reset", 0, 0)) == 2
    assert names == [p.name for p in archive.page("people", sort="name", descending=True,
                                                  limit=500).records]  # type: ignore[attr-defined]
    assert pager.row_of(pager.record(3).id, hint=3) == 3


def test_a_position_in_id_order_is_read_by_id_where_the_ids_have_no_gaps(
        archive: Archive) -> None:
    """The builder numbers a table's rows without gaps, so a row's position in id order gives
    its id (positions.py): what OFFSET would step over, row by row, in the table itself."""
    for table in ("excerpts", "cast", "crew"):
        assert archive.row_count(table) == archive.count(table)
        for descending in (False, True):
            ids = _ids(archive, table, descending=descending)
            for start in (1, len(ids) // 2, len(ids) - 3):
                page = archive.page(table, descending=descending, start=start, limit=5)
                assert [r.id for r in page.records] == ids[start:start + 5]
            page = archive.page(table, descending=descending, after=(ids[9], ids[9]),
                                start=5, limit=5)
            assert [r.id for r in page.records] == ids[15:20]


def test_the_keyset_of_a_position_in_id_order_reads_that_row_first_skipping_none(
        archive: Archive) -> None:
    """:func:`id_keyset` gives a keyset position, and only that: read from it with nothing
    stepped over (no OFFSET), the first row is the row at the position asked for."""
    from viewer.archive.positions import id_keyset

    ids = _ids(archive, "cast")
    span = (ids[0], ids[-1])
    assert span[1] - span[0] + 1 == len(ids)  # the builder's ids have no gaps
    for descending in (False, True):
        order = ids[::-1] if descending else ids
        for after, start in ((None, 0), (None, 1), (None, len(order) // 2),
                             ((order[3], order[3]), 4), ((order[0], order[0]), 0)):
            at = id_keyset(span, descending, after, start)
            assert at == (at[1], at[1]) and isinstance(at[1], int)
            page = archive.page("cast", descending=descending, after=at, limit=3)
            first = start if after is None else order.index(after[1]) + 1 + start
            assert [r.id for r in page.records] == order[first:first + 3], (after, start)


def test_while_a_new_order_is_on_its_way_no_page_of_it_is_read_into_the_old_rows(
        archive: Archive) -> None:
    asked: list[PageRequest] = []
    pager, _changes = _pager(archive, page_size=20, loader=asked.append)
    pager.load()
    _answer(archive, pager, asked[-1])
    pager.set_sort("text", True)
    assert pager.is_loading and len(asked) == 2
    assert pager.resident(pager.rows // 2, wait=False) is None  # an old row, not read...
    assert len(asked) == 2  # ...in the new order, into the old row's place
    _answer(archive, pager, asked[-1])
    pager.want_row(pager.rows // 2)
    assert len(asked) == 3 and asked[-1].sort == "text"
