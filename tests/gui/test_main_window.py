"""The main window over the real archive: browsing, provenance, history, clipboard, dialogs."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from types import UnionType

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSlider, QLineEdit, QMessageBox, QTableView, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import ModelChecks
from viewer.archive.records.credits import CastCredit
from viewer.archive.records.statements import Claim
from viewer.archive.records.story import Character
from viewer.archive.store import Archive
from viewer.archive.tables import TABLE_SPECS
from viewer.gui.reading.detail_pane import HIGHLIGHT
from viewer.gui.reading.term_match import fold
from viewer.gui.tables import export_request as export_request_module
from viewer.gui.tables import record_tab as record_tab_module
from viewer.gui.tables.record_tab import RecordTab, selected_row_count
from viewer.gui.window.errors import install_excepthook
from viewer.gui.window.main_window import MainWindow
from viewer.gui.window.settings import ViewerSettings
from viewer.gui.window.tab_slots import OPTIONAL_TABS, TAB_ORDER, has_rows
from viewer.gui.workers import WorkerPool

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _excerpts_in_pages(qtbot: QtBot, archive_path: Path, settings: ViewerSettings,
                       monkeypatch: pytest.MonkeyPatch, *,
                       budget: int | None = None, counted: bool = True
                       ) -> tuple[MainWindow, RecordTab]:
    """A window on its Excerpts tab, loaded (and ``counted``), in pages of 20 rows (and at
    most ``budget`` rows in memory): the seeds' excerpts are then a table of many pages, as a
    million rows are in pages of 200."""
    monkeypatch.setattr(record_tab_module, "PAGE_SIZE", 20)
    if budget is not None:
        monkeypatch.setattr(record_tab_module, "MAX_RESIDENT_ROWS", budget)
    settings.set_last_tab("excerpts")
    window = MainWindow(Archive.open(archive_path), settings)
    qtbot.addWidget(window)
    window.show()
    tab = window.record_tab("excerpts")
    qtbot.waitUntil(lambda: not tab.is_busy() if counted else tab.model.rowCount() > 0)
    return window, tab


@pytest.fixture
def paged_excerpts(qtbot: QtBot, archive_path: Path, settings: ViewerSettings,
                   monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[MainWindow, RecordTab]]:
    window, tab = _excerpts_in_pages(qtbot, archive_path, settings, monkeypatch)
    yield window, tab
    window.close()
    if window.archive is not None:
        window.archive.close()


def highlighted(doc: QTextDocument) -> list[str]:
    """The text of every run in the document drawn on the highlight colour."""
    out: list[str] = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().background().color() == QColor(HIGHLIGHT):
                out.append(fragment.text())
            it += 1
        block = block.next()
    return out


def _row_of(tab: RecordTab, predicate) -> int:  # type: ignore[no-untyped-def]
    for row in range(tab.model.rowCount()):
        if predicate(tab.model.record(row)):
            return row
    raise AssertionError("no such row")


def _inside(widget: QWidget, kinds: type | UnionType) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def _benjamin_row(tab: RecordTab) -> int:
    return _row_of(tab, lambda r: isinstance(r, CastCredit) and r.character == "Benjamín")


# -- browsing -----------------------------------------------------------------------------


def test_every_table_has_a_named_tab_view_and_filter(window: MainWindow, qtbot: QtBot) -> None:
    # The detail side and the results are built just after the first paint, without anyone
    # asking for them.
    qtbot.waitUntil(lambda: window.findChild(QWidget, "resultsView") is not None)
    for name in ("searchBox", "resultsView", "detailPane", "sourceReader", "sourcePicker"):
        widget = window.findChild(QWidget, name)
        assert widget is not None and widget.accessibleName(), name
    for table in TABLE_SPECS:
        index = window.tab_index(table)
        assert window.tabs.tabText(index) == TABLE_SPECS[table].label, table
        window.tabs.setCurrentIndex(index)  # a tab is built when first shown
        view = window.findChild(QTableView, f"{table}View")
        field = window.findChild(QLineEdit, f"{table}Filter")
        assert view is not None and view.accessibleName(), table
        assert field is not None and field.accessibleName(), table


def test_start_up_builds_only_the_tab_in_view(qtbot: QtBot, archive_path: Path,
                                              settings: ViewerSettings) -> None:
    settings.set_last_tab("crew")
    window = MainWindow(Archive.open(archive_path), settings)
    qtbot.addWidget(window)
    try:
        built = [t for t in TAB_ORDER if window.findChild(QTableView, f"{t}View") is not None]
        assert built == ["crew"]
        assert window.tabs.currentIndex() == window.tab_index("crew")
        assert window.findChild(QWidget, "detailPane") is None  # not before the first paint
        assert window.current_tab() is window.record_tab("crew")
        # Asked for before the first paint, the detail side is built then and there.
        assert window.detail.objectName() == "detailPane"
    finally:
        window.archive.close()


def test_the_window_appears_as_it_stays_when_the_detail_side_arrives(
        qtbot: QtBot, archive_path: Path, settings: ViewerSettings) -> None:
    """The detail side is built after the first paint; its room is held from the start, so the
    table neither narrows nor refits its columns when it arrives."""
    from PySide6.QtCore import QEvent, QObject

    window = MainWindow(Archive.open(archive_path), settings)
    qtbot.addWidget(window)
    tab = window.current_tab()
    assert tab is not None
    at_first_paint: list[tuple[int, int]] = []

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not at_first_paint:
                assert window.findChild(QWidget, "detailPane") is None
                at_first_paint.append((tab.view.width(), window.main_splitter.sizes()[1]))
            return False

    watch = FirstPaint(window)
    tab.view.viewport().installEventFilter(watch)
    try:
        window.show()
        qtbot.waitUntil(lambda: window.findChild(QWidget, "resultsView") is not None)
        width, room = at_first_paint[0]
        assert room > 200  # the detail side's room, held by the placeholder
        assert tab.view.width() == width and window.main_splitter.sizes()[1] == room
        assert window.findChild(QWidget, "detailPlaceholder") is None  # replaced
        assert window.detail_splitter.count() == 2
    finally:
        window.close()
        window.archive.close()


def test_the_required_tabs_are_shown_and_optional_ones_when_they_have_rows(
        window: MainWindow, archive: Archive) -> None:
    for table in TAB_ORDER:
        visible = window.tabs.isTabVisible(window.tab_index(table))
        if table in ("episodes", "cast", "crew", "excerpts", "sources"):
            assert visible, table
        else:
            assert visible == (archive.count(table) > 0), table


def test_whether_an_optional_tab_is_shown_comes_from_the_builders_counts(
        archive: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    """A start asks the file nothing for the tabs it does not show: the archive's row counts
    say which have rows (a page of each was read before)."""
    def no_page(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a page was read to decide whether a tab is shown")

    monkeypatch.setattr(Archive, "page", no_page)
    for table in OPTIONAL_TABS:
        counted = archive.row_count(table)
        assert counted is not None, table
        assert has_rows(archive, table) == (counted > 0), table


def test_status_bar_says_how_many_rows_of_how_many(window: MainWindow, cast_tab: RecordTab,
                                                   archive: Archive) -> None:
    total = archive.count("cast")
    assert window.count_label.text() == f"{total} of {total} cast credits"


def test_filter_narrows_the_tab_and_the_status_says_n_of_m(qtbot: QtBot, window: MainWindow,
                                                           cast_tab: RecordTab,
                                                           archive: Archive) -> None:
    qtbot.keyClicks(cast_tab.filter, "benjamin")
    expected = f"{archive.count('cast', 'benjamin')} of {archive.count('cast')} cast credits"
    qtbot.waitUntil(lambda: window.count_label.text() == expected)
    assert cast_tab.model.rowCount() == archive.count("cast", "benjamin") >= 1
    assert cast_tab.model.record(0).character == "Benjamín"  # type: ignore[union-attr]


def test_the_claims_tab_filters_by_their_words_and_the_search_still_lists_none(
        qtbot: QtBot, window: MainWindow, archive: Archive) -> None:
    """The Claims tab's filter found nothing whatever was typed: it matched the search
    index, which leaves claims out. They are filtered through their own index, by every word
    of their subject, attribute, value and stated words, accent-blind; the search box still
    lists no claim."""
    tab = window.record_tab("claims")
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.is_busy())
    total = archive.count("claims")

    def filtered(typed: str, word: str) -> None:
        expected = [c.id for c in archive.iter_records("claims")
                    if isinstance(c, Claim) and any(word in text for text in (
                        c.subject, c.attribute, c.value, c.stated or ""))]
        assert 0 < len(expected) < total
        tab.filter.clear()
        qtbot.keyClicks(tab.filter, typed)
        qtbot.waitUntil(lambda: window.count_label.text() == f"{len(expected)} of {total} claims")
        assert [tab.model.record(r).id for r in range(tab.model.rowCount())] == expected

    filtered("killed", "killed")  # an attribute's word
    filtered("alvaro", "Álvaro")  # an accented name, typed without its accent
    window.search_box.clear()
    with qtbot.waitSignal(window.search_panel.results_shown, timeout=5000):
        qtbot.keyClicks(window.search_box, "Álvaro Curiel")
    model = window.search_panel.model
    tables = {model.hit(r).table for r in range(model.rowCount())}
    assert tables and "claims" not in tables


def test_a_filter_matching_nothing_says_so(qtbot: QtBot, cast_tab: RecordTab) -> None:
    qtbot.keyClicks(cast_tab.filter, "zzqqxxyy")
    qtbot.waitUntil(lambda: cast_tab.stack.currentWidget() is cast_tab.empty)
    assert "No cast credits match “zzqqxxyy”" in cast_tab.empty.text()
    qtbot.keyClick(cast_tab.filter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: cast_tab.stack.currentWidget() is cast_tab.view)


def test_clicking_a_header_sorts_the_rows(qtbot: QtBot, cast_tab: RecordTab) -> None:
    header = cast_tab.view.horizontalHeader()
    character = [c.key for c in cast_tab.model.spec.columns].index("character")
    before = [cast_tab.model.record(r).id for r in range(cast_tab.model.rowCount())]

    def ids() -> list[int]:
        return [cast_tab.model.record(r).id for r in range(cast_tab.model.rowCount())]

    def names() -> list[str]:
        return [fold(cast_tab.model.record(r).character or "")[0]  # type: ignore[union-attr]
                for r in range(cast_tab.model.rowCount())]

    def click() -> None:
        pos = header.sectionViewportPosition(character) + header.sectionSize(character) // 2
        with qtbot.waitSignal(cast_tab.model.modelReset):  # the rows come from a worker
            qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(pos, 5))

    click()
    ascending = names()
    assert ids() != before
    assert ascending == sorted(ascending)
    click()
    assert names() == sorted(ascending, reverse=True)
    assert header.sortIndicatorSection() == character
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_a_tabs_model_passes_qts_model_tester_as_a_user_sorts_filters_and_scrolls(
        qtbot: QtBot, window: MainWindow, model_checks: ModelChecks) -> None:
    """The tab's own model, its pages read by the window's workers, under the C++ tester
    while the user clicks a title to sort, types a filter, clears it and scrolls to the end."""
    tab = window.record_tab("excerpts")
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.is_busy())
    model_checks.check(tab.model)
    header = tab.view.horizontalHeader()
    for _ in range(2):
        pos = header.sectionViewportPosition(1) + header.sectionSize(1) // 2
        with qtbot.waitSignal(tab.model.modelReset):
            qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(pos, 5))
    qtbot.keyClicks(tab.filter, "the")
    qtbot.waitUntil(lambda: tab.model.filter_text == "the" and not tab.is_busy())
    tab.filter.clear()
    qtbot.waitUntil(lambda: tab.model.filter_text == "" and not tab.is_busy())
    tab.view.scrollToBottom()
    last = tab.model.rowCount() - 1
    qtbot.waitUntil(lambda: tab.model.id_in_memory(last) is not None)
    assert tab.model.rowCount() == tab.total_rows
    assert model_checks.failures() == []


def test_a_tab_has_every_row_and_reads_them_as_the_view_scrolls(qtbot: QtBot,
                                                               window: MainWindow) -> None:
    tab = window.record_tab("excerpts")
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.is_busy())
    total = tab.total_rows
    assert total is not None and tab.model.rowCount() == total  # every row a row...
    assert 0 < tab.model.resident_rows < total  # ...one page read, not all
    assert window.count_label.text() == f"{total} of {total} excerpts"
    last = total - 1
    assert tab.model.id_in_memory(last) is None
    with qtbot.waitSignal(tab.model.dataChanged):
        tab.view.scrollToBottom()  # the view looks at the last rows, as a user's scroll does
    qtbot.waitUntil(lambda: tab.model.id_in_memory(last) is not None)


# -- the detail pane ------------------------------------------------------------------------


def test_selecting_a_cast_row_shows_its_provenance_span_highlighted(
        qtbot: QtBot, window: MainWindow, cast_tab: RecordTab, archive: Archive) -> None:
    row = _benjamin_row(cast_tab)
    # The detail is looked up by a worker; the reader opens the document in the next turn of
    # the event loop, after the detail pane has painted.
    with qtbot.waitSignals([window.detail.record_shown, window.reader.spans_shown]):
        cast_tab.view.selectRow(row)
    record = cast_tab.model.record(row)
    assert window.detail.record == record
    spans = archive.provenance("cast", record.id)
    assert spans
    marked = highlighted(window.detail.document())
    span_texts = {" ".join(archive.source_text(s.source_id)[s.start:s.end].split())
                  for s in spans}
    assert "Jero Medina" in marked
    assert set(marked) <= span_texts
    # The source reader opened the first passage's document with its spans highlighted.
    first = min(spans, key=lambda s: (s.source_id, s.start))
    assert window.reader.source_id == first.source_id
    assert window.reader.highlighted_spans()


def test_an_episode_links_to_its_director_and_writers(qtbot: QtBot, window: MainWindow,
                                                      archive: Archive) -> None:
    window.tabs.setCurrentWidget(window.record_tab("episodes"))
    with qtbot.waitSignal(window.detail.record_shown):
        window.record_tab("episodes").view.selectRow(0)
    links = window.detail.link_urls()
    crew = [u for u in links if u.startswith("record:crew/")]
    roles = {archive.get("crew", int(u.split("/")[1])).role for u in crew}  # type: ignore[union-attr]
    assert {"Director", "Writer"} <= roles


def test_links_navigate_and_back_forward_work_like_a_browser(qtbot: QtBot, window: MainWindow,
                                                             cast_tab: RecordTab) -> None:
    shown = window.detail.record_shown
    with qtbot.waitSignal(shown):
        cast_tab.view.selectRow(_benjamin_row(cast_tab))
    first = window.detail.record
    link = next(u for u in window.detail.link_urls() if u.startswith("record:characters/"))
    with qtbot.waitSignal(shown):
        window.detail.anchorClicked.emit(QUrl(link))  # what a click on the link emits
    assert isinstance(window.detail.record, Character)
    assert window.detail.record.name == "Benjamín"
    window.activateWindow()
    qtbot.waitActive(window)
    with qtbot.waitSignal(shown):
        qtbot.keyClick(cast_tab.view, Qt.Key.Key_Left, ALT)
    assert window.detail.record == first
    assert not window.actions_by_key["back"].isEnabled()
    with qtbot.waitSignal(shown):
        qtbot.keyClick(cast_tab.view, Qt.Key.Key_Right, ALT)
    assert isinstance(window.detail.record, Character)
    assert not window.actions_by_key["forward"].isEnabled()


# -- clipboard, selection, export hook ---------------------------------------------------------


def test_copy_puts_the_selected_rows_on_the_clipboard_as_tsv(qtbot: QtBot, window: MainWindow,
                                                             cast_tab: RecordTab) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    cast_tab.view.setFocus()
    cast_tab.view.selectRow(0)
    qtbot.keyClick(cast_tab.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(cast_tab.view, Qt.Key.Key_C, CTRL)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0] == "Actor\tSurname\tCharacter\tProfessional\tSources"
    assert len(lines) == 3
    first = cast_tab.model.record(0)
    assert lines[1].startswith(f"{first.actor}\t")  # type: ignore[union-attr]


def test_right_clicking_rows_offers_copy_select_all_and_export(
        qtbot: QtBot, window: MainWindow, cast_tab: RecordTab) -> None:
    """A tab's rows and the search results: Qt's menu of the view's actions, which are the
    window's own (one shortcut each, shown in the menu), acting on the rows right-clicked."""
    menu = Qt.ContextMenuPolicy.ActionsContextMenu
    names = ["copyAction", "copy_citationAction", "select_allAction", "export_selectionAction"]
    qtbot.waitUntil(lambda: cast_tab.view.contextMenuPolicy() == menu)
    assert [a.objectName() for a in cast_tab.view.actions()] == names
    assert cast_tab.view.actions()[0] is window.actions_by_key["copy"]
    row = cast_tab.view.visualRect(cast_tab.model.index(1, 0)).center()
    qtbot.mouseClick(cast_tab.view.viewport(), Qt.MouseButton.RightButton, pos=row)
    assert [i.row() for i in cast_tab.view.selectionModel().selectedRows()] == [1]
    cast_tab.view.actions()[0].trigger()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[1].startswith(f"{cast_tab.model.record(1).actor}\t")  # type: ignore[union-attr]
    # Inside a selection, a right-click keeps it: the menu acts on every selected row.
    qtbot.mouseClick(cast_tab.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ShiftModifier,
                     cast_tab.view.visualRect(cast_tab.model.index(3, 0)).center())
    assert len(cast_tab.view.selectionModel().selectedRows()) == 3
    qtbot.mouseClick(cast_tab.view.viewport(), Qt.MouseButton.RightButton, pos=row)
    assert sorted(i.row() for i in cast_tab.view.selectionModel().selectedRows()) == [1, 2, 3]

    with qtbot.waitSignal(window.search_panel.results_shown, timeout=5000):
        qtbot.keyClicks(window.search_box, "benjamin")
    view = window.search_panel.view
    assert view.contextMenuPolicy() == menu
    assert [a.objectName() for a in view.actions()] == names


def test_ctrl_end_goes_to_the_last_row_before_the_tab_counts_its_rows(
        qtbot: QtBot, archive_path: Path, settings: ViewerSettings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The model's rows are the table's from its first page on (the builder counted them):
    no count in a worker is waited for."""
    held: list[tuple[object, ...]] = []
    monkeypatch.setattr(WorkerPool, "count", lambda *args: held.append(args))
    window, tab = _excerpts_in_pages(qtbot, archive_path, settings, monkeypatch,
                                     counted=False)
    total = window.archive.count("excerpts")
    assert tab.model.rowCount() == total and not held
    tab.view.setFocus()
    qtbot.waitUntil(tab.view.hasFocus)  # no row current: Ctrl+End goes to the end all the same
    with qtbot.waitSignal(tab.record_selected) as selected:
        QTest.keyClick(tab.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert tab.view.currentIndex().row() == total - 1
    expected = [r.id for r in window.archive.iter_records("excerpts")]
    assert selected.args == ["excerpts", expected[-1]]
    window.close()
    window.archive.close()


@pytest.mark.parametrize("how", ["drag", "bottom"])
def test_the_scroll_bar_taken_to_its_end_shows_the_tables_end(
        qtbot: QtBot, paged_excerpts: tuple[MainWindow, RecordTab], how: str) -> None:
    """Not one more page, with the bar moved back up under the mouse, as a lazy view did."""
    window, tab = paged_excerpts
    total = window.archive.count("excerpts")
    assert tab.model.rowCount() == total and tab.model.resident_rows < total
    bar = tab.view.verticalScrollBar()
    if how == "drag":
        bar.setSliderDown(True)
        bar.setSliderPosition(bar.maximum())  # as the mouse does: emits sliderMoved
        bar.setSliderDown(False)
    else:  # the scroll bar's context menu: Bottom
        bar.triggerAction(QAbstractSlider.SliderAction.SliderToMaximum)
    assert tab.model.rowCount() == total
    assert bar.value() == bar.maximum()
    last = tab.view.rowAt(tab.view.viewport().height() - 1)
    assert last == total - 1
    expected = [r.id for r in window.archive.iter_records("excerpts")]
    qtbot.waitUntil(lambda: tab.model.id_in_memory(last) == expected[-1])


def test_select_all_selects_every_row_of_the_tab_not_only_those_loaded(
        paged_excerpts: tuple[MainWindow, RecordTab]) -> None:
    window, tab = paged_excerpts
    total = tab.matching_rows
    assert total is not None and tab.model.resident_rows < total
    tab.view.setFocus()
    window.actions_by_key["select_all"].trigger()
    assert selected_row_count(tab.view) == len(tab.selected_rows()) == total
    assert tab.every_row_selected()
    assert window.count_label.text().endswith(f" · {total:,} selected")
    # The header has a selection of its own, never selected in: asked whether a column is
    # wholly selected, Qt visits every row (seconds at a million) each time it paints.
    header = tab.view.horizontalHeader()
    assert header.selectionModel() is not tab.view.selectionModel()
    assert not header.selectionModel().hasSelection()
    assert not header.selectionModel().isColumnSelected(0)


def test_the_status_says_how_many_rows_are_selected_when_more_than_one(
        paged_excerpts: tuple[MainWindow, RecordTab]) -> None:
    window, tab = paged_excerpts
    rows = QItemSelectionModel.SelectionFlag.Rows
    tab.view.selectionModel().select(
        tab.model.index(2, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | rows)
    assert "selected" not in window.count_label.text()  # one row: the detail pane shows it
    tab.view.selectionModel().select(
        QItemSelection(tab.model.index(3, 0), tab.model.index(7, 0)),
        QItemSelectionModel.SelectionFlag.Select | rows)
    assert window.count_label.text().endswith(" · 6 selected")
    tab.view.clearSelection()
    assert "selected" not in window.count_label.text()


def test_a_selection_too_large_to_gather_is_refused_with_a_message_or_exported_whole(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """Copying or exporting a selection reads its rows on the GUI thread: a million
    (Ctrl+A in a large table) would hold the window for minutes."""
    from viewer.gui.tables.export_request import request_for_tab
    from viewer.gui.window import clipboard, exporting

    monkeypatch.setattr(clipboard, "GATHER_LIMIT", 50)
    monkeypatch.setattr(exporting, "GATHER_LIMIT", 50)
    monkeypatch.setattr(export_request_module, "GATHER_LIMIT", 50)
    tab = window.record_tab("excerpts")
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.is_busy())
    QGuiApplication.clipboard().setText("before")
    tab.view.setFocus()
    window.actions_by_key["select_all"].trigger()
    total = tab.matching_rows
    assert total is not None and total > 50 and tab.every_row_selected()
    window.copy_selection()
    assert QGuiApplication.clipboard().text() == "before"
    assert window.statusBar().currentMessage().startswith(
        f"{total:,} rows are selected; copying takes at most 50.")
    request = request_for_tab(tab)  # every row: exported as all that match, not by id
    assert request.selected == {} and request.matching == total

    tab.view.clearSelection()
    tab.view.selectionModel().select(
        QItemSelection(tab.model.index(0, 0), tab.model.index(59, 0)),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert selected_row_count(tab.view) == 60
    window.export_selection()
    assert window.last_message is not None
    assert window.last_message.text().startswith("60 rows are selected: too many to export")
    assert not window.export_run.running


def test_selected_records_gives_the_table_and_the_records(qtbot: QtBot, window: MainWindow,
                                                          cast_tab: RecordTab) -> None:
    cast_tab.view.selectRow(0)
    qtbot.keyClick(cast_tab.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    table, records = window.selected_records()
    assert table == "cast"
    assert [r.id for r in records] == [cast_tab.model.record(0).id, cast_tab.model.record(1).id]
    window.export_selection()  # offers exactly these (tests/gui/test_export_flow.py)
    dialog = window.export_run.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.selected_button.text() == "The 2 selected cast credits"
    dialog.reject()


def test_selected_search_results_are_records_too(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.search_panel.results_shown, timeout=5000):
        qtbot.keyClicks(window.search_box, "Benjamin")
    model = window.search_panel.model
    row = next(r for r in range(model.rowCount()) if model.hit(r).table == "cast")
    window.search_panel.view.selectRow(row)
    table, records = window.selected_records()
    assert table == "cast"
    assert isinstance(records[0], CastCredit) and records[0].character == "Benjamín"


# -- dialogs ------------------------------------------------------------------------------


def test_about_shows_the_schema_version_counts_and_sources(window: MainWindow,
                                                           archive: Archive) -> None:
    window.actions_by_key["about"].trigger()
    dialog = window.about_dialog
    assert dialog is not None and dialog.isVisible()
    text = " ".join(dialog.text.toPlainText().split())
    assert f"Schema version {archive.schema_version} " in text
    for table, count in archive.counts().items():
        assert f"{TABLE_SPECS[table].label} {count:,} " in text
    for source in archive.iter_records("sources"):
        assert source.title in text  # type: ignore[union-attr]
    dialog.close()


def test_opening_a_non_archive_file_shows_an_error_and_keeps_the_archive(
        window: MainWindow, tmp_path: Path, archive_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(os.urandom(4096))
    assert not window.open_archive(junk)
    box = window.last_error
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "not an SQLite database" in box.text()
    assert "stays open" in box.informativeText()
    assert window.archive is not None and window.archive.path == archive_path
    assert window.current_tab().model.rowCount() > 0
    box.close()


def test_opening_another_archive_switches_to_it(window: MainWindow, archive_path: Path,
                                                tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(archive_path.read_bytes())
    assert window.open_archive(copy)
    assert window.archive is not None and window.archive.path == copy
    assert window.windowTitle().endswith("copy.sqlite")


def test_rebuild_builds_into_the_default_place_and_reopens(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, archive: Archive,
        monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "rebuilt" / "somos.sqlite"
    monkeypatch.setenv("SOMOS_ARCHIVE", str(target))
    window.actions_by_key["rebuild"].trigger()
    assert window.switch.rebuild.running and window.switch.rebuild.progress is not None
    assert not window.actions_by_key["rebuild"].isEnabled()
    qtbot.waitUntil(lambda: window.archive is not None and window.archive.path == target,
                    timeout=30_000)
    assert not window.switch.rebuild.running
    assert window.actions_by_key["rebuild"].isEnabled()
    assert window.archive is not None and window.archive.counts() == archive.counts()


def test_our_bugs_become_a_dialog_not_a_traceback(qtbot: QtBot, window: MainWindow) -> None:
    previous = install_excepthook(lambda: window)
    try:
        try:
            raise RuntimeError("boom")
        except RuntimeError as exc:
            sys.excepthook(RuntimeError, exc, exc.__traceback__)
    finally:
        sys.excepthook = previous
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "bug" in boxes[-1].text()
    assert "RuntimeError: boom" in boxes[-1].detailedText()
    assert "Traceback" not in boxes[-1].text() + boxes[-1].informativeText()
    for box in boxes:
        box.close()


def test_every_interactive_widget_has_an_object_name_and_an_accessible_name(
        window: MainWindow) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QHeaderView,
        QTabWidget,
        QTextEdit,
    )

    kinds = (QLineEdit, QAbstractItemView, QComboBox, QAbstractButton, QTextEdit, QTabWidget)
    unnamed = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, kinds) or isinstance(widget, QHeaderView):
            continue
        if widget.objectName().startswith("qt_") or _inside(widget, QLineEdit | QComboBox):
            continue  # Qt's own parts: a line edit's clear button, a combo box's list, …
        if not widget.objectName() or not widget.accessibleName():
            unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert not unnamed, unnamed


def test_the_viewer_never_writes_to_the_archive(qtbot: QtBot, window: MainWindow,
                                                cast_tab: RecordTab, archive_path: Path) -> None:
    import hashlib

    before = hashlib.sha256(archive_path.read_bytes()).hexdigest()
    with qtbot.waitSignal(window.detail.record_shown):
        cast_tab.view.selectRow(0)
    with qtbot.waitSignal(window.search_panel.results_shown, timeout=5000):
        qtbot.keyClicks(window.search_box, "Benjamin")
    window.close()
    assert hashlib.sha256(archive_path.read_bytes()).hexdigest() == before
    assert not archive_path.with_name(archive_path.name + "-journal").exists()
    assert not archive_path.with_name(archive_path.name + "-wal").exists()


def test_auto_column_widths_refit_when_the_window_grows(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The first page often arrives before the window has its final size: a title cut short
    at that size must show whole once the window is large enough."""
    tab = window.tabs.currentWidget()
    _ = window.detail  # the detail side is built (else it takes its room after `narrow`)
    window.resize(700, 500)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    narrow = tab.view.horizontalHeader().sectionSize(1)
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: tab.view.horizontalHeader().sectionSize(1) > narrow)


def test_shift_click_keeps_every_row_it_selects_and_the_status_counts_them(
        qtbot: QtBot, cast_tab: RecordTab, window: MainWindow) -> None:
    """Each current row is shown in the detail pane, and the navigation comes back to the
    tab: it must not select that row alone, dropping the rest of a Shift+click selection."""
    view = cast_tab.view

    def click(row: int, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        rect = view.visualRect(cast_tab.model.index(row, 0))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())

    click(0)
    click(4, Qt.KeyboardModifier.ShiftModifier)
    assert selected_row_count(view) == 5
    assert window.count_label.text().endswith(" · 5 selected")
    shown = cast_tab.model.record(4).id  # the current row, as any click shows it
    qtbot.waitUntil(lambda: window.detail.record is not None
                    and window.detail.record.id == shown)
    assert selected_row_count(view) == 5


def test_the_first_tabs_titles_have_room_for_the_sort_arrow(window: MainWindow,
                                                            qtbot: QtBot) -> None:
    """The first tab's columns are sized from their first rows: each title is measured with
    the sort arrow's room, whether the arrow shows yet or not."""
    tab = window.current_tab()
    header = tab.view.horizontalHeader()
    qtbot.waitUntil(header.isSortIndicatorShown)
    assert all(header.sectionSize(c) >= header.sectionSizeFromContents(c).width()
               for c in range(header.count() - 1))  # the last stretches to the view's edge


def test_a_column_shows_as_many_characters_as_its_width_can(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Eliding lays out a cell's whole text on every paint: a column is given only what its
    width can show (never fewer than the widest auto width needs), and more as it widens."""
    from viewer.gui.tables.models import MAX_CELL_CHARS
    from viewer.gui.tables.record_tab import MAX_AUTO_WIDTH

    window.tabs.setCurrentWidget(window.record_tab("excerpts"))
    tab = window.record_tab("excerpts")
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0 and not tab.is_busy())
    column = [c.key for c in tab.model.spec.columns].index("text")
    row = max(range(tab.model.rowCount()), key=lambda r: len(tab.model.record(r).text))
    whole = " ".join(tab.model.record(row).text.split())
    header = tab.view.horizontalHeader()
    header.setStretchLastSection(False)  # the text column is the last: let it be narrow

    def shown() -> str:
        return str(tab.model.data(tab.model.index(row, column)))

    header.resizeSection(column, 150)
    narrow = shown()
    assert narrow.endswith("…")
    assert tab.view.fontMetrics().horizontalAdvance(narrow) >= MAX_AUTO_WIDTH  # still fills it
    assert len(narrow) < MAX_CELL_CHARS / 2
    header.resizeSection(column, 3000)
    assert len(shown()) == MAX_CELL_CHARS and len(whole) > MAX_CELL_CHARS
    assert whole.startswith(shown()[:-1])
    assert whole in tab.model.rows_as_tsv([row])  # a copy is whole whatever the width


def test_back_selects_the_row_again_after_its_page_was_dropped(
        qtbot: QtBot, archive_path: Path, settings: ViewerSettings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # A budget of 60 rows in pages of 20: scrolling to the end drops the first page.
    window, tab = _excerpts_in_pages(qtbot, archive_path, settings, monkeypatch, budget=60)
    shown = window.detail.record_shown
    with qtbot.waitSignal(shown):
        tab.view.selectRow(3)
    first = tab.model.record(3).id
    for row in range(0, tab.model.rowCount(), 20):  # as scrolling down does
        tab.view.scrollTo(tab.model.index(row, 0))
        qtbot.waitUntil(lambda row=row: tab.model.id_in_memory(row) is not None)
    assert tab.model.rowCount() > 100
    assert tab.model.resident_rows <= 60
    with qtbot.waitSignal(shown):
        tab.view.selectRow(tab.model.rowCount() - 1)
    assert tab.model.row_of(first) is None  # its page has been dropped from memory
    with qtbot.waitSignal(shown):
        window.go_back()
    assert window.detail.record.id == first
    assert tab.view.currentIndex().row() == 3
    assert tab.model.record(3).id == first
    window.close()
    window.archive.close()


def test_the_reader_opens_after_the_detail_pane_and_only_for_the_archive_still_open(
        qtbot: QtBot, window: MainWindow, archive_path: Path, tmp_path: Path) -> None:
    import shutil

    window.detail.source_requested.emit(3, [(0, 10)])
    assert window.reader.source_id is None  # not in the same turn of the event loop
    with qtbot.waitSignal(window.reader.spans_shown):
        pass
    assert window.reader.source_id == 3
    other = tmp_path / "copy.sqlite"
    shutil.copy(archive_path, other)
    window.detail.source_requested.emit(4, [(0, 10)])
    assert window.open_archive(other)  # before the reader's turn came
    qtbot.wait(50)
    assert window.reader.source_id is None
    window.archive.close()


def test_a_closed_window_starts_no_more_background_jobs(qtbot: QtBot, window: MainWindow) -> None:
    """An event still queued when the window closes (a click, a queued navigation) must not
    start a job whose answer would arrive at a window that is gone."""
    window.close()
    window.navigate("cast", 1)  # would look the record up in a worker
    window.search_box.setText("Benjamin")
    window.search_box.flush()
    assert window.workers.active_jobs() == 0
    qtbot.wait(50)
    assert window.workers.active_jobs() == 0


def test_details_arriving_after_close_open_nothing_in_the_reader(
        qtbot: QtBot, window: MainWindow) -> None:
    """A record's details still on their way when the window closes arrive after it; the
    reader must not open a document from an archive that may be closed by then."""
    window.close()
    window.detail.source_requested.emit(3, [(0, 10)])  # what such an arrival emits
    window.archive.close()
    qtbot.wait(50)
    assert window.reader.source_id is None


def test_ctrl_end_goes_to_the_tables_last_row_and_shows_it(
        qtbot: QtBot, paged_excerpts: tuple[MainWindow, RecordTab]) -> None:
    """Not the last row loaded: the table's."""
    window, tab = paged_excerpts
    tab.view.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # by kind, ties by id
    qtbot.waitUntil(lambda: not tab.is_busy())
    expected = [r.id for r in window.archive.iter_records("excerpts", sort="kind",
                                                          descending=True)]
    total = len(expected)
    assert tab.model.rowCount() == total and tab.model.resident_rows < total - 100
    tab.view.setFocus()
    qtbot.waitUntil(tab.view.hasFocus)  # no row current (the focus chooses none)
    selected: list[tuple[str, int]] = []
    tab.record_selected.connect(lambda table, record_id: selected.append((table, record_id)))
    with qtbot.waitSignals([tab.record_selected, window.detail.record_shown]):
        QTest.keyClick(tab.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert tab.view.currentIndex().row() == total - 1
    assert selected == [("excerpts", expected[-1])]
    assert window.detail.record.id == expected[-1]
    # The rows in sight read by position, it says, until they are.
    qtbot.waitUntil(lambda: window.count_label.text() == f"{total} of {total} excerpts")
    # Rows above, never read, are read when they come into sight.
    QTest.keyClick(tab.view, Qt.Key.Key_PageUp)
    top = tab.view.rowAt(0)
    assert top < total - 10
    qtbot.waitUntil(lambda: tab.model.data(tab.model.index(top, 0)) is not None)
    assert tab.model.record(top).id == expected[top]
    assert [tab.model.record(r).id for r in range(total)] == expected


def test_while_a_sort_or_filter_is_on_its_way_the_status_says_which(
        qtbot: QtBot, window: MainWindow, cast_tab: RecordTab) -> None:
    """The rows shown stay, in their old order, until the worker's first page comes (a
    second for an unindexed sort of a million rows): the status bar says what is awaited,
    not just "Loading"."""
    character = [c.key for c in cast_tab.model.spec.columns].index("character")
    header = cast_tab.view.horizontalHeader()
    before = [cast_tab.model.record(r).id for r in range(cast_tab.model.rowCount())]
    # No event loop between the click and the check: the worker's answer cannot have come.
    header.setSortIndicator(character, Qt.SortOrder.DescendingOrder)
    assert [cast_tab.model.record(r).id for r in range(cast_tab.model.rowCount())] == before
    assert cast_tab.status_text() == "Sorting cast credits by Character, descending…"
    assert window.count_label.text() == cast_tab.status_text()
    with qtbot.waitSignal(cast_tab.model.modelReset):
        pass
    qtbot.waitUntil(lambda: " of " in window.count_label.text())
    assert cast_tab.model.awaited_change is None

    cast_tab.model.set_filter_text("benjamin")
    assert cast_tab.status_text() == "Filtering cast credits…"
    with qtbot.waitSignal(cast_tab.model.modelReset):
        pass
    assert cast_tab.model.awaited_change is None
    assert cast_tab.status_text() != "Filtering cast credits…"


def test_ctrl_page_keys_move_between_tabs_from_anywhere_in_the_window(
        qtbot: QtBot, window: MainWindow) -> None:
    """From the search box, which is outside the tab widget (whose own Ctrl+Tab works only
    with the focus inside it), round from the last tab to the first, and not behind the
    search results."""
    window.activateWindow()
    qtbot.waitActive(window)
    window.search_box.setFocus()
    qtbot.waitUntil(window.search_box.hasFocus)
    ctrl = Qt.KeyboardModifier.ControlModifier
    tabs = window.tabs
    start = tabs.currentIndex()
    qtbot.keyClick(window.search_box, Qt.Key.Key_PageDown, ctrl)
    assert tabs.currentIndex() == start + 1
    qtbot.keyClick(window.search_box, Qt.Key.Key_Tab, ctrl)
    assert tabs.currentIndex() == start + 2
    for _ in range(start + 3):
        qtbot.keyClick(window.search_box, Qt.Key.Key_PageUp, ctrl)
    assert tabs.currentIndex() == tabs.count() - 1  # round the first to the last (Views)
    qtbot.keyClick(window.search_box, Qt.Key.Key_PageDown, ctrl)
    assert tabs.currentIndex() == 0
    assert window.search_box.hasFocus()

    tabs.setTabVisible(1, False)  # a hidden tab is stepped over
    qtbot.keyClick(window.search_box, Qt.Key.Key_PageDown, ctrl)
    assert tabs.currentIndex() == 2
    tabs.setTabVisible(1, True)

    qtbot.keyClicks(window.search_box, "benjamin")
    qtbot.waitUntil(lambda: window.browse_stack.currentWidget() is window.search_panel)
    qtbot.keyClick(window.search_box, Qt.Key.Key_PageDown, ctrl)
    assert tabs.currentIndex() == 2
    assert window.statusBar().currentMessage().startswith("Esc returns")


def test_copy_citation_cites_the_selected_rows_documents(
        qtbot: QtBot, window: MainWindow, cast_tab: RecordTab, archive: Archive) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    cast_tab.view.setFocus()
    cast_tab.view.selectRow(0)
    record = cast_tab.model.record(0)
    qtbot.keyClick(cast_tab.view, Qt.Key.Key_C, CTRL | Qt.KeyboardModifier.ShiftModifier)
    text = QGuiApplication.clipboard().text()
    titles = {s.source_title for s in archive.provenance("cast", record.id)}
    assert titles and all(f"“{title}”" in text for title in titles)
    assert f"Cast: {record.actor}" in text and "characters " in text  # type: ignore[union-attr]
    assert window.statusBar().currentMessage() == "Copied the citation of 1 record."


def test_copy_citation_in_the_reader_cites_the_highlighted_passage(
        qtbot: QtBot, window: MainWindow, cast_tab: RecordTab, archive: Archive) -> None:
    record = cast_tab.model.record(4)
    cast_tab.view.selectRow(4)
    qtbot.waitUntil(lambda: bool(window.reader.highlighted_ranges), timeout=5000)
    window.reader.browser.setFocus()
    qtbot.waitUntil(lambda: window.reader.browser.hasFocus())
    window.actions_by_key["copy_citation"].trigger()
    text = QGuiApplication.clipboard().text()
    source = archive.source(window.reader.source_id)  # type: ignore[arg-type]
    start, end = window.reader.highlighted_ranges[0]
    assert text.startswith(f"“{source.title}”") or source.title in text
    assert f"haracters {start}–{end}: “" in text
    assert record.actor in text  # type: ignore[union-attr]  # the words highlighted


def test_every_tab_is_reachable_from_the_tab_list_when_the_bar_has_no_room(
        window: MainWindow, qtbot: QtBot) -> None:
    window.resize(800, 600)
    shown = [window.tabs.tabText(i) for i in range(window.tabs.count())
             if window.tabs.isTabVisible(i)]
    window.tab_list.fill()
    actions = window.tab_list.menu().actions()
    assert [a.text() for a in actions] == shown
    assert [a.isChecked() for a in actions].count(True) == 1
    last = actions[-1]
    last.trigger()
    assert window.tabs.tabText(window.tabs.currentIndex()) == last.text()


def test_a_quote_opens_with_its_words_marked_not_only_its_attribution(
        qtbot: QtBot, window: MainWindow) -> None:
    """In the explainer an attribution line ("… James Schamus revealed …") comes before the
    quote it introduces: the reader marks the quote too, not only the first passage."""
    archive = window.archive
    assert archive is not None
    quote = next(q for q in archive.page("quotes", limit=100).records
                 if q.text.startswith("Although Somos. is based on true events"))
    with qtbot.waitSignal(window.reader.spans_shown, timeout=10_000):
        window.navigate("quotes", quote.id)
    marked = " ".join(window.reader.highlighted_spans())
    assert "James Schamus" in marked
    assert "Although Somos. is based on true events" in marked
