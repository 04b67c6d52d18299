"""A big table in the window (issue 28, item 8): the scroll bar stands for every row, and a
drag into the middle of a table sorted by Text shows "Reading…" rows that fill as they are
read.

The archive is a synthetic one (tests/benchmarks/synthetic.py, the builder's own writer): at
2,000 excerpts the table is ten pages of 200, where a lazily fetched model's scroll bar
covered the first one; the same test at 100,000 (the size the issue names) is ``slow``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel
from pytestqt.qtbot import QtBot

from tests.benchmarks import synthetic
from viewer.archive.store import Archive
from viewer.gui.tables.models import PLACEHOLDER
from viewer.gui.tables.record_tab import RecordTab
from viewer.gui.window.main_window import MainWindow
from viewer.gui.window.settings import ViewerSettings


@pytest.fixture(scope="module", params=[
    2_000, pytest.param(100_000, marks=pytest.mark.slow, id="100000")])
def big_archive(request: pytest.FixtureRequest,
                tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("big") / f"synthetic-{request.param}.sqlite"
    synthetic.build(request.param, out)
    return out


@pytest.fixture
def excerpts_by_text(qtbot: QtBot, big_archive: Path, settings: ViewerSettings
                     ) -> Iterator[tuple[MainWindow, RecordTab]]:
    settings.set_last_tab("excerpts")
    window = MainWindow(Archive.open(big_archive), settings)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    tab = window.record_tab("excerpts")
    qtbot.waitUntil(lambda: not tab.is_busy())
    text = next(c for c in range(tab.model.columnCount())
                if tab.model.column_title(c) == "Text")
    tab.view.sortByColumn(text, tab.view.horizontalHeader().sortIndicatorOrder())
    qtbot.waitUntil(lambda: tab.model.sort_key == "text" and not tab.is_busy())
    yield window, tab
    window.close()
    window.archive.close()


def _rows_in_sight(tab: RecordTab) -> range:
    view = tab.view
    top = view.rowAt(0)
    bottom = view.rowAt(view.viewport().height() - 1)
    return range(top, (tab.model.rowCount() - 1 if bottom < 0 else bottom) + 1)


def test_the_scroll_bar_stands_for_every_row_of_a_big_table(
        excerpts_by_text: tuple[MainWindow, RecordTab]) -> None:
    window, tab = excerpts_by_text
    total = window.archive.count("excerpts")
    bar = tab.view.verticalScrollBar()
    in_sight = len(_rows_in_sight(tab))
    assert tab.model.rowCount() == total
    # Scrolled by rows: the bar's range is every row but those the view shows at once.
    assert total - in_sight - 1 <= bar.maximum() <= total
    assert tab.model.resident_rows < total / 4  # the rows are not read to make it so


def test_dragging_to_the_middle_shows_placeholders_then_the_middle_rows(
        qtbot: QtBot, excerpts_by_text: tuple[MainWindow, RecordTab]) -> None:
    window, tab = excerpts_by_text
    model, bar = tab.model, tab.view.verticalScrollBar()
    bar.setSliderDown(True)
    bar.setSliderPosition(bar.maximum() // 2)  # as the mouse drags: sliderMoved
    bar.setSliderDown(False)
    rows = _rows_in_sight(tab)
    middle = model.rowCount() // 2
    assert abs(rows.start - middle) <= len(rows)
    # Not read yet: each says so, greyed, rather than stand blank.
    assert all(model.data(model.index(row, 0)) == PLACEHOLDER for row in rows)
    qtbot.waitUntil(lambda: all(model.id_in_memory(row) is not None for row in rows))
    expected = window.archive.page("excerpts", sort="text", start=rows.start,
                                   limit=len(rows)).records
    assert [model.id_in_memory(row) for row in rows] == [r.id for r in expected]
    assert all(model.data(model.index(row, 0)) != PLACEHOLDER for row in rows)


def test_selected_rows_not_read_yet_export_as_the_records_they_stand_for(
        excerpts_by_text: tuple[MainWindow, RecordTab]) -> None:
    """Export Selection takes what the user sees: rows still "Reading…" are read for it, not
    exported as placeholders or left out."""
    window, tab = excerpts_by_text
    model = tab.model
    first = model.rowCount() // 2
    rows = range(first, first + 30)
    assert all(model.id_in_memory(row) is None for row in rows)
    selection = tab.view.selectionModel()
    selection.select(QItemSelection(model.index(rows.start, 0), model.index(rows.stop - 1, 0)),
                     QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QItemSelectionModel.SelectionFlag.Rows)
    table, records = window.selected_records()
    expected = window.archive.page("excerpts", sort="text", start=rows.start,
                                   limit=len(rows)).records
    assert table == "excerpts" and [r.id for r in records] == [r.id for r in expected]


def test_an_archive_without_the_builders_counts_has_every_row_counted_in_a_worker(
        qtbot: QtBot, archive_path: Path, settings: ViewerSettings, tmp_path: Path) -> None:
    """Archives built before the builder wrote ``row_counts`` still open: the first page and
    the total are counted off the GUI thread."""
    import shutil
    import sqlite3

    from viewer.archive.schema import ROW_COUNTS_KEY

    older = tmp_path / "older.sqlite"
    shutil.copy(archive_path, older)
    with sqlite3.connect(older) as conn:
        conn.execute("DELETE FROM meta WHERE key = ?", (ROW_COUNTS_KEY,))
    conn.close()
    settings.set_last_tab("excerpts")
    window = MainWindow(Archive.open(older), settings)
    qtbot.addWidget(window)
    window.show()
    tab = window.record_tab("excerpts")
    assert window.archive.row_count("excerpts") is None
    qtbot.waitUntil(lambda: not tab.is_busy())
    total = window.archive.count("excerpts")
    assert tab.model.rowCount() == tab.total_rows == total
    assert window.count_label.text() == f"{total} of {total} excerpts"
    window.close()
    window.archive.close()


def test_a_filter_counts_its_rows_with_its_first_page_and_the_whole_table_is_counted_once(
        qtbot: QtBot, archive_path: Path, settings: ViewerSettings, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The count job counts a table's rows, for "of M"; what a filter matches ("N of") comes
    with the filter's first page, so typing starts no count of its own."""
    import shutil
    import sqlite3

    from viewer.archive.schema import ROW_COUNTS_KEY
    from viewer.gui.workers import WorkerPool

    older = tmp_path / "older.sqlite"
    shutil.copy(archive_path, older)
    with sqlite3.connect(older) as conn:
        conn.execute("DELETE FROM meta WHERE key = ?", (ROW_COUNTS_KEY,))
    conn.close()
    asked: list[tuple[str, int]] = []
    count = WorkerPool.count

    def counting(pool: WorkerPool, path: Path, table: str, generation: int) -> None:
        asked.append((table, generation))
        count(pool, path, table, generation)

    monkeypatch.setattr(WorkerPool, "count", counting)
    settings.set_last_tab("excerpts")
    window = MainWindow(Archive.open(older), settings)
    qtbot.addWidget(window)
    window.show()
    tab = window.record_tab("excerpts")
    qtbot.waitUntil(lambda: not tab.is_busy())
    total = window.archive.count("excerpts")
    assert [table for table, _ in asked] == ["excerpts"] and tab.total_rows == total
    qtbot.keyClicks(tab.filter, "benjamin")
    qtbot.waitUntil(lambda: tab.model.filter_text == "benjamin" and not tab.is_busy())
    matching = window.archive.count("excerpts", "benjamin")
    assert 0 < tab.model.rowCount() == matching < total
    assert window.count_label.text() == f"{matching} of {total} excerpts"
    assert len(asked) == 1
    window.close()
    window.archive.close()
