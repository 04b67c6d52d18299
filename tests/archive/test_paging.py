"""The pager behind a tab, with no Qt: pages, their changes, the memory budget, a loader's
answers (current, outdated, failed), reading ahead and the jump to the end."""

from __future__ import annotations

import sys

from viewer.archive.paging import Pager, PageRequest
from viewer.archive.store import Archive


class Changes:
    """A RowChanges that writes down what the pager said, and checks the rows at each step
    (a view reads them from inside its slots)."""

    def __init__(self) -> None:
        self.said: list[tuple[str, int, int]] = []
        self.pager: Pager | None = None

    def about_to_insert(self, first: int, last: int) -> None:
        assert self.pager is not None and self.pager.rows == first  # not yet counted
        self.said.append(("insert", first, last))

    def inserted(self) -> None:
        _first, last = self.said[-1][1:]
        assert self.pager is not None and self.pager.rows == last + 1

    def about_to_reset(self) -> None:
        self.said.append(("reset", 0, 0))

    def reset(self) -> None:
        pass

    def rows_read(self, first: int, last: int) -> None:
        self.said.append(("read", first, last))


def _pager(archive: Archive, table: str = "excerpts", **options: object) -> tuple[Pager, Changes]:
    changes = Changes()
    pager = Pager(table, archive, changes=changes, **options)  # type: ignore[arg-type]
    changes.pager = pager
    return pager, changes


def _answer(archive: Archive, pager: Pager, request: PageRequest) -> bool:
    return pager.page_arrived(request, archive.page(
        request.table, sort=request.sort, descending=request.descending,
        filter_text=request.filter_text, after=request.after, limit=request.limit,
        start=request.start, total=request.total))


def test_the_pager_imports_no_qt() -> None:
    import subprocess

    code = ("import sys, viewer.archive.paging; "
            "assert not [m for m in sys.modules if m.startswith(('PySide6', 'viewer.gui'))]")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_pages_come_in_order_and_say_so(archive: Archive) -> None:
    pager, changes = _pager(archive, page_size=20, more_size=30)
    pager.load()
    assert pager.rows == 20 and changes.said == [("reset", 0, 0)]
    pager.fetch_more()
    assert pager.rows == 50 and changes.said[-1] == ("insert", 20, 49)
    while pager.can_fetch_more():
        pager.fetch_more()
    ids = [pager.record(r).id for r in range(pager.rows)]
    assert ids == [r.id for r in archive.page("excerpts", limit=10_000).records]


def test_pages_beyond_the_budget_are_dropped_and_read_again(archive: Archive) -> None:
    pager, _changes = _pager(archive, page_size=20, max_resident_rows=60)
    pager.load()
    while pager.can_fetch_more():
        pager.fetch_more()
        assert pager.resident_rows <= 60
    assert pager.id_in_memory(0) is None  # dropped long ago
    assert pager.record(0).id == archive.page("excerpts", limit=1).records[0].id
    assert pager.id_in_memory(0) is not None and pager.resident_rows <= 60


def test_a_loaders_answer_is_taken_and_an_outdated_one_dropped(archive: Archive) -> None:
    asked: list[PageRequest] = []
    pager, changes = _pager(archive, page_size=20, loader=asked.append)
    pager.load()
    assert pager.is_loading and pager.rows == 0
    first = asked[-1]
    pager.set_filter_text("chayo")  # starts over: the first answer is now outdated
    assert not _answer(archive, pager, first)
    assert _answer(archive, pager, asked[-1])
    assert not pager.is_loading and 0 < pager.rows < 20
    assert changes.said[-1] == ("reset", 0, 0)


def test_a_failed_first_page_leaves_no_rows_and_can_be_asked_again(archive: Archive) -> None:
    asked: list[PageRequest] = []
    pager, _changes = _pager(archive, page_size=20, loader=asked.append)
    pager.load()
    assert pager.page_failed(asked[-1]) and not pager.is_loading and pager.rows == 0


def test_further_pages_are_read_ahead_once_a_view_asks(archive: Archive) -> None:
    asked: list[PageRequest] = []
    pager, _changes = _pager(archive, page_size=20, loader=asked.append)
    pager.load()
    _answer(archive, pager, asked[-1])
    assert len(asked) == 1  # nobody asked for more: nothing read ahead
    pager.fetch_more()
    _answer(archive, pager, asked[-1])
    ahead = asked[-1]
    assert len(asked) == 3 and ahead.after is not None  # the next one, asked for at once
    assert not _answer(archive, pager, ahead)  # held until a view asks...
    rows = pager.rows
    pager.fetch_more()  # ...then taken without another read
    assert (pager.rows > rows and asked[-1] != ahead) or len(asked) == 4


def test_the_end_is_one_read_away(archive: Archive) -> None:
    asked: list[PageRequest] = []
    total = archive.count("excerpts")
    pager, changes = _pager(archive, page_size=20, more_size=50, loader=asked.append)
    pager.load()
    _answer(archive, pager, asked[-1])
    assert pager.extend_to_end(total)
    assert pager.rows == total and changes.said[-1] == ("insert", 20, total - 1)
    assert pager.resident(total - 1, wait=False) is None  # asked for, by position
    last = asked[-1]
    assert last.after is None and last.start > 0
    _answer(archive, pager, last)
    assert changes.said[-1][0] == "read"
    assert pager.record(total - 1).id == archive.page("excerpts", limit=total).records[-1].id


def test_sorting_starts_over_in_sql(archive: Archive) -> None:
    pager, changes = _pager(archive, "people", page_size=500)
    pager.load()
    pager.set_sort("name", True)
    names = [pager.record(r).name for r in range(pager.rows)]  # type: ignore[attr-defined]
    assert pager.descending and changes.said.count(("reset", 0, 0)) == 2
    assert names == [p.name for p in archive.page("people", sort="name", descending=True,
                                                  limit=500).records]  # type: ignore[attr-defined]
    assert pager.row_of(pager.record(3).id, hint=3) == 3
