"""The table models, with no window: shape, roles, rows read by page as they are looked at,
placeholders, sorting and filtering in SQL."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QModelRoleData, QModelRoleDataSpan, Qt
from pytestqt.qtbot import QtBot

from tests.gui.conftest import ModelChecks
from viewer.archive.paging import PageRequest, read_page
from viewer.archive.records.credits import CastCredit
from viewer.archive.records.navigation import Hit
from viewer.archive.records.series import Episode
from viewer.archive.store import Archive
from viewer.archive.tables import TABLE_SPECS
from viewer.gui.tables.models import (
    PLACEHOLDER,
    RecordRole,
    RecordTableModel,
    SearchResultsModel,
    SnippetRole,
    SortRole,
)

DISPLAY = Qt.ItemDataRole.DisplayRole


def _loaded(table: str, archive: Archive, page_size: int = 200) -> RecordTableModel:
    model = RecordTableModel(table, archive, page_size=page_size)
    model.load()
    return model


def _drive(model: RecordTableModel, archive: Archive, answer: list[PageRequest] | None = None
           ) -> None:
    """What a user does to a tab: load, scroll through every row, sort by every column both
    ways, filter, change archive. With ``answer`` (a loader's requests) every page asked for
    is answered, in order, as the worker would."""

    def settle() -> None:
        while answer:
            request = answer.pop(0)
            model.page_arrived(request, read_page(archive, request))

    def look_at_every_row() -> None:
        settle()
        for row in range(model.rowCount()):
            model.data(model.index(row, 0))
            settle()

    model.load()
    look_at_every_row()
    for column in range(model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            look_at_every_row()
    model.sort(-1)
    model.set_filter_text("a")
    look_at_every_row()
    model.set_filter_text("")
    settle()
    model.set_archive(None)
    model.set_archive(archive)
    model.load()
    look_at_every_row()


@pytest.mark.parametrize("table", list(TABLE_SPECS))
def test_every_record_model_passes_qts_model_tester(model_checks: ModelChecks,
                                                    archive: Archive, table: str) -> None:
    # Pages small enough that every table takes several.
    size = max(7, archive.count(table) // 6)
    model = RecordTableModel(table, archive, page_size=size, max_resident_rows=4 * size)
    model_checks.check(model)
    _drive(model, archive)
    assert model.rowCount() == archive.count(table) > 0, f"the archive has no {table}"
    ids = [model.record(r).id for r in range(model.rowCount())]
    in_one_page = [r.id for r in archive.page(table, limit=100_000).records]
    assert ids == in_one_page, "pages out of order"
    assert model_checks.failures() == []


@pytest.mark.parametrize("table", ["cast", "excerpts"])
def test_a_record_model_with_a_loader_passes_qts_model_tester(model_checks: ModelChecks,
                                                              archive: Archive,
                                                              table: str) -> None:
    asked: list[PageRequest] = []
    size = max(7, archive.count(table) // 6)
    model = RecordTableModel(table, archive, page_size=size, max_resident_rows=4 * size,
                             loader=asked.append)
    model_checks.check(model)
    _drive(model, archive, asked)
    assert model.rowCount() == archive.count(table)
    assert model_checks.failures() == []


@pytest.mark.no_qt_log  # pytest-qt would fail the test on the tester's reports
def test_the_model_tester_catches_a_model_whose_rows_change_without_a_reset(
        model_checks: ModelChecks, archive: Archive) -> None:
    """The checks can fail: a model that changes its row count without telling its views."""
    model = RecordTableModel("cast", archive, page_size=7)
    model.load()
    model_checks.check(model)
    model.pager._rows -= 3
    model.layoutChanged.emit()
    assert model_checks.failures()


def test_search_results_model_passes_qts_model_tester(model_checks: ModelChecks,
                                                      archive: Archive) -> None:
    model = SearchResultsModel()
    model_checks.check(model)
    model.set_hits(archive.search("Benjamin").hits)
    assert model.rowCount() > 0
    model.set_source_labels({"a.txt": "A"})
    model.set_hits([])
    model.set_hits(archive.search("Somos").hits)
    assert model_checks.failures() == []


def test_every_row_is_a_row_at_once_and_read_when_looked_at(qtbot: QtBot,
                                                             archive: Archive) -> None:
    total = archive.count("excerpts")
    model = _loaded("excerpts", archive, page_size=50)
    assert total > 100
    assert model.rowCount() == total and model.resident_rows == 50
    assert not model.canFetchMore(QModelIndex())  # nothing to fetch: every row is a row
    ids = [model.record(r).id for r in range(model.rowCount())]
    assert ids == [r.id for r in archive.page("excerpts", limit=100_000).records]


def _all_ids(model: RecordTableModel) -> list[int]:
    return [model.record(r).id for r in range(model.rowCount())]


def test_pages_beyond_the_memory_budget_are_dropped_and_read_again(
        model_checks: ModelChecks, archive: Archive) -> None:
    total = archive.count("excerpts")
    whole = RecordTableModel("excerpts", archive, page_size=500)
    whole.load()
    expected = _all_ids(whole)
    model = RecordTableModel("excerpts", archive, page_size=20, max_resident_rows=60)
    model.load()
    assert model.rowCount() == total > 60
    # Every row answers, in the same order, from pages read (again) as they are asked for.
    shown = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert shown == [whole.data(whole.index(r, 0)) for r in range(total)]
    assert model.resident_rows <= 60
    assert _all_ids(model) == expected
    assert model.resident_rows <= 60
    model_checks.check(model)
    assert model_checks.failures() == []


def test_a_row_not_read_shows_a_greyed_placeholder_and_fills_in_place(
        qtbot: QtBot, archive: Archive) -> None:
    asked: list[PageRequest] = []
    model = RecordTableModel("excerpts", archive, page_size=20, max_resident_rows=40,
                             loader=asked.append)
    model.load()
    model.page_arrived(asked[-1], read_page(archive, asked[-1]))
    total = archive.count("excerpts")
    assert model.rowCount() == total
    row = total // 2
    # Not read yet: a placeholder while it is read (issue 28), greyed, the other cells empty.
    assert model.data(model.index(row, 0)) == PLACEHOLDER
    assert model.data(model.index(row, 1)) is None
    assert model.data(model.index(row, 1), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ForegroundRole) is None
    again = asked[-1]
    model.data(model.index(row + 1, 0))
    assert asked[-1] is again, "a page on its way is not asked for twice"
    with qtbot.waitSignal(model.dataChanged) as changed:
        assert model.page_arrived(again, read_page(archive, again))
    first = row // 20 * 20
    assert changed.args[0].row() == first and changed.args[1].row() == first + 19
    assert model.data(model.index(row, 0)) != PLACEHOLDER
    expected = [r.id for r in archive.page("excerpts", limit=100_000).records]
    assert model.record(row).id == expected[row] and model.resident_rows <= 40


def test_copy_reads_pages_not_in_memory_rather_than_copying_placeholders(
        archive: Archive) -> None:
    model = RecordTableModel("episodes", archive, page_size=2, max_resident_rows=2)
    model.load()
    lines = model.rows_as_tsv(range(model.rowCount())).splitlines()
    titles = [e.title for e in archive.page("episodes", limit=100).records
              if isinstance(e, Episode)]
    assert len(lines) == 1 + len(titles)
    assert all(title in line for title, line in zip(titles, lines[1:], strict=True))
    assert PLACEHOLDER not in "".join(lines)


def test_children_have_no_rows_and_cannot_fetch(archive: Archive) -> None:
    model = _loaded("excerpts", archive, page_size=10)
    child = model.index(0, 0)
    assert model.rowCount(child) == 0
    assert not model.canFetchMore(child)


def test_record_role_returns_the_dataclass_and_sort_role_native_values(archive: Archive) -> None:
    model = _loaded("episodes", archive)
    number, directors = model.index(0, 0), model.index(0, 2)
    assert isinstance(model.data(number, RecordRole), Episode)
    assert model.data(number, SortRole) == 1
    assert isinstance(model.data(directors, SortRole), tuple)
    assert model.data(directors, DISPLAY) == ", ".join(model.data(directors, SortRole))
    assert model.data(number, Qt.ItemDataRole.DecorationRole) is None
    assert model.data(number, Qt.ItemDataRole.EditRole) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None  # rows have no titles
    assert model.flags(number) == (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                                   | Qt.ItemFlag.ItemNeverHasChildren)
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags


@pytest.mark.parametrize("table", sorted(TABLE_SPECS))
def test_column_headers_hold_every_columns_title_and_tip(table: str, archive: Archive) -> None:
    model = headers = _loaded(table, archive)
    spec = TABLE_SPECS[table]
    horizontal = Qt.Orientation.Horizontal
    assert headers.columnCount() == model.columnCount() == len(spec.columns)
    assert [headers.headerData(c, horizontal) for c in range(headers.columnCount())] == [
        c.label for c in spec.columns]
    tips = [headers.headerData(c, horizontal, Qt.ItemDataRole.ToolTipRole)
            for c in range(headers.columnCount())]
    # A column's own tip where its spec has one (Surname: how names without one sort, issue
    # 28), else how it sorts.
    assert tips == [c.tip if c.tip
                    else f"Sort by {c.label.lower()}" if c.sortable
                    else f"{c.label} cannot be sorted"
                    for c in spec.columns]
    assert all(tip.startswith("Sort by ") for tip, c in zip(tips, spec.columns, strict=True)
               if c.sortable)


def test_a_header_tip_is_its_columns_own_whatever_its_key() -> None:
    """The tip comes from the column spec: the Surname column without one says how it sorts,
    another column given one shows it."""
    from dataclasses import replace

    from viewer.archive.tables import SURNAME

    model = RecordTableModel("crew")
    crew = model.spec
    assert SURNAME in crew.columns and SURNAME.tip.startswith("Sort by family name, then given")
    surname, role = (model.spec.columns.index(c) for c in (SURNAME, crew.column("role")))
    assert model.column_tip(surname) == SURNAME.tip
    model.spec = replace(crew, columns=tuple(
        replace(c, tip="") if c is SURNAME else replace(c, tip="What the credit says they did")
        if c.key == "role" else c for c in crew.columns))
    horizontal, tip = Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    assert model.headerData(surname, horizontal, tip) == "Sort by surname"
    assert model.headerData(role, horizontal, tip) == "What the credit says they did"


def test_sources_show_short_names_and_keep_file_names_for_sorting(archive: Archive) -> None:
    model = _loaded("cast", archive)
    column = [c.key for c in model.spec.columns].index("sources")
    index = model.index(0, column)
    assert all(f.endswith(".txt") for f in model.data(index, SortRole))
    assert ".txt" not in model.data(index, DISPLAY)


def test_only_a_table_that_names_sources_reads_their_names(
        archive: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    """The documents' short names grow with the archive: a tab with no column that shows
    them (Episodes, the first tab of a start) does not read them."""
    asked: list[Archive] = []
    names = Archive.source_names

    def source_names(self: Archive) -> list[tuple[str, str, str]]:
        asked.append(self)
        return names(self)

    monkeypatch.setattr(Archive, "source_names", source_names)
    _loaded("episodes", archive)
    assert asked == []
    _loaded("cast", archive)
    assert asked


def test_sorting_requeries_in_sql(archive: Archive) -> None:
    model = _loaded("episodes", archive)
    title = [c.key for c in model.spec.columns].index("title")
    model.sort(title, Qt.SortOrder.AscendingOrder)
    ascending = [model.data(model.index(r, title)) for r in range(model.rowCount())]
    model.sort(title, Qt.SortOrder.DescendingOrder)
    descending = [model.data(model.index(r, title)) for r in range(model.rowCount())]
    assert ascending == sorted(ascending, key=str.casefold) or ascending == sorted(ascending)
    assert descending == list(reversed(ascending))
    assert model.sort_column() == title and model.descending


def test_unsortable_columns_leave_the_order_alone(archive: Archive) -> None:
    model = _loaded("cast", archive)
    before = [model.record(r).id for r in range(model.rowCount())]
    sources = [c.key for c in model.spec.columns].index("sources")
    model.sort(sources, Qt.SortOrder.DescendingOrder)
    assert [model.record(r).id for r in range(model.rowCount())] == before


def test_filter_narrows_in_sql_and_clearing_restores(archive: Archive) -> None:
    model = _loaded("cast", archive)
    everything = model.rowCount()
    model.set_filter_text("benjamin")
    assert model.rowCount() == archive.count("cast", "benjamin") >= 1
    assert model.rowCount() < everything
    record = model.data(model.index(0, 0), RecordRole)
    assert isinstance(record, CastCredit) and record.character == "Benjamín"
    model.set_filter_text("")
    assert model.rowCount() == everything


def test_rows_as_tsv_has_a_header_row_and_one_line_per_row(archive: Archive) -> None:
    model = _loaded("episodes", archive)
    lines = model.rows_as_tsv([1, 0]).splitlines()
    assert lines[0].split("\t") == [c.label for c in model.spec.columns]
    assert len(lines) == 3
    assert lines[1].split("\t")[0] == "1" and lines[2].split("\t")[0] == "2"


def test_results_model_gives_snippet_html_only_in_the_match_column() -> None:
    model = SearchResultsModel()
    model.set_hits([Hit("cast", 1, "Jero Medina as Benjamín",
                        "Jero Medina as <b>Benjamín</b> &amp; co", "a.txt", -1.0)])
    match = model.index(0, SearchResultsModel.SNIPPET_COLUMN)
    assert model.data(match, SnippetRole) == "Jero Medina as <b>Benjamín</b> &amp; co"
    assert model.data(match, DISPLAY) == "Jero Medina as Benjamín & co"
    assert model.data(model.index(0, 0), DISPLAY) == "Cast"
    assert model.data(model.index(0, 0), SnippetRole) is None
    assert isinstance(model.data(match, RecordRole), Hit)


def test_with_a_loader_pages_are_asked_for_and_stale_answers_dropped(qtbot: QtBot,
                                                                     archive: Archive) -> None:
    asked: list[PageRequest] = []
    model = RecordTableModel("excerpts", archive, page_size=40, loader=asked.append)

    def answer(request: PageRequest) -> bool:
        return model.page_arrived(request, read_page(archive, request))

    model.load()
    assert model.rowCount() == 0 and model.is_loading and len(asked) == 1
    with qtbot.waitSignal(model.modelReset):
        assert answer(asked[0])
    assert model.rowCount() == archive.count("excerpts") and not model.is_loading

    model.data(model.index(45, 0))
    assert len(asked) == 2 and asked[1].after is not None
    model.set_filter_text("benjamin")  # a reset: the old generation is now stale
    with qtbot.assertNotEmitted(model.dataChanged):
        assert not answer(asked[1])
    assert answer(asked[2])
    assert model.rowCount() == archive.count("excerpts", "benjamin*")


def test_a_cell_shortens_long_text_but_a_copy_keeps_it_whole(archive: Archive) -> None:
    from viewer.gui.tables.models import MAX_CELL_CHARS

    model = RecordTableModel("excerpts", archive, page_size=1000)
    model.load()
    text_column = [c.key for c in model.spec.columns].index("text")
    row = max(range(model.rowCount()), key=lambda r: len(model.record(r).text))
    whole = " ".join(model.record(row).text.split())
    assert len(whole) > MAX_CELL_CHARS, "the seeds have a passage longer than a cell shows"
    shown = model.data(model.index(row, text_column))
    assert len(shown) == MAX_CELL_CHARS and shown.endswith("…")
    assert whole in model.rows_as_tsv([row])


def test_one_call_per_cell_clears_a_role_the_cell_does_not_answer(archive: Archive) -> None:
    """A delegate may pass the same span to every cell: a text cell must not keep the right
    alignment the number before it set (the Episodes tab showed its titles right-aligned)."""
    model = _loaded("episodes", archive)
    columns = [c.key for c in TABLE_SPECS["episodes"].columns]
    entry = QModelRoleData(int(Qt.ItemDataRole.TextAlignmentRole))
    span = QModelRoleDataSpan(entry)
    model.multiData(model.index(0, columns.index("number")), span)
    assert span[0].data() is not None  # numbers are right-aligned
    model.multiData(model.index(0, columns.index("title")), span)
    assert span[0].data() is None
    assert model.data(model.index(0, columns.index("title")),
                      Qt.ItemDataRole.TextAlignmentRole) is None


def test_row_of_finds_a_record_in_any_page_held_in_memory(archive: Archive) -> None:
    model = RecordTableModel("excerpts", archive, page_size=40)
    model.load()
    rows = model.rowCount()
    assert rows == archive.count("excerpts") and rows > 100
    for row in (0, 39, 40, 99, rows - 1):
        assert model.row_of(model.record(row).id) == row
    assert model.row_of(10**9) is None


def test_id_in_memory_reads_nothing_for_a_page_not_in_memory(
        archive: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    """Asked at every navigation (is the current row the record just selected?): a row whose
    page is not in memory answers None rather than being read on the GUI thread."""
    model = RecordTableModel("excerpts", archive, page_size=40, max_resident_rows=80)
    model.load()
    last = model.rowCount() - 1
    assert model.id_in_memory(last) is None
    assert model.id_in_memory(0) == model.record(0).id
    reads: list[object] = []
    page = archive.page
    monkeypatch.setattr(archive, "page", lambda *a, **k: reads.append(a) or page(*a, **k))
    assert model.id_in_memory(last) is None
    assert model.id_in_memory(-1) is None and model.id_in_memory(last + 1) is None
    assert reads == []
    final = model.record(last)  # record() does read the page
    assert reads
    assert final.id == [r.id for r in archive.page("excerpts", limit=100_000).records][-1]


@pytest.mark.parametrize("table", ["excerpts", "cast", "episodes"])
def test_first_texts_are_what_the_first_cells_show(table: str, archive: Archive) -> None:
    model = _loaded(table, archive)
    rows = min(model.rowCount(), 20)
    for column in range(model.columnCount()):
        shown = [model.data(model.index(row, column)) or "" for row in range(rows)]
        assert model.first_texts(column, 20) == shown
    assert len(model.first_texts(0, 10_000)) == min(model.rowCount(), 200)  # the first page
