"""Column widths fitted to a view's width, one way for the record tabs and the Annotations
list (viewer/gui/tables/column_fit.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from viewer.gui.annotating.annotations_tab import (
    ANNOTATED,
    COLUMN_WIDTHS,
    MODIFIED,
    AnnotationsTab,
)
from viewer.gui.tables.column_fit import (
    LAST_RESORT_WIDTH,
    MIN_ROOM,
    MIN_WIDTH,
    ColumnFit,
    column_room,
    fitted_widths,
)
from viewer.gui.window.main_window import MainWindow


def test_widths_too_wide_give_up_room_in_proportion_down_to_the_floor() -> None:
    widths = [300, 100, 200, 80]
    fitted = fitted_widths(widths, 500, grow=0)
    assert sum(fitted) <= 500 and min(fitted) >= MIN_WIDTH
    # The widest give up the most.
    given_up = [w - f for w, f in zip(widths, fitted, strict=True)]
    assert given_up[0] > given_up[2] > given_up[1] >= given_up[3]


def test_where_the_floor_is_too_wide_every_column_keeps_the_last_resort_width() -> None:
    fitted = fitted_widths([150] * 7, 400, grow=0)  # seven columns in a narrow view
    assert sum(fitted) <= 400 and min(fitted) >= LAST_RESORT_WIDTH


def test_the_room_to_spare_goes_to_the_column_named() -> None:
    assert fitted_widths([100, 200, 50], 600, grow=1) == [100, 450, 50]


def test_a_view_too_narrow_to_be_laid_out_is_not_fitted() -> None:
    assert fitted_widths([300, 300], MIN_ROOM, grow=0) == [300, 300]
    assert fitted_widths([30, 30], 0, grow=0) == [30, 30]


def _widths(tab) -> list[int]:  # type: ignore[no-untyped-def]
    header = tab.view.horizontalHeader()
    return [header.sectionSize(c) for c in range(len(COLUMN_WIDTHS))]


def _fitted(tab) -> list[int]:  # type: ignore[no-untyped-def]
    return fitted_widths(COLUMN_WIDTHS, column_room(tab.view, tab.width()), ANNOTATED)


@pytest.mark.parametrize("size", [(1600, 1000), (800, 600)])
def test_the_annotations_list_is_fitted_as_the_record_tabs_are(
        window: MainWindow, qtbot: QtBot, size: tuple[int, int]) -> None:
    window.resize(*size)
    tab = window.annotations_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.view.isVisible() and _widths(tab) == _fitted(tab))
    widths = _widths(tab)
    assert sum(widths) <= tab.view.viewport().width()
    assert min(widths) >= MIN_WIDTH  # the floor, where the view has room for it


@pytest.mark.parametrize("width", [1400, 700])
def test_a_wide_annotations_list_gives_the_quoted_words_the_room_to_spare(
        qtbot: QtBot, width: int) -> None:
    tab = AnnotationsTab()
    qtbot.addWidget(tab)
    tab.resize(width, 400)
    tab.show()
    qtbot.waitUntil(lambda: tab.width() == width and _widths(tab) == _fitted(tab))
    widths = _widths(tab)
    room = column_room(tab.view, width)
    if room > sum(COLUMN_WIDTHS):
        assert widths[ANNOTATED] == COLUMN_WIDTHS[ANNOTATED] + room - sum(COLUMN_WIDTHS)
        assert widths[MODIFIED] == COLUMN_WIDTHS[MODIFIED]
    else:
        assert sum(widths) <= room < sum(COLUMN_WIDTHS)
        assert widths[ANNOTATED] < COLUMN_WIDTHS[ANNOTATED]


@pytest.mark.parametrize("size", [(1600, 1000), (800, 600)])
def test_the_search_results_keep_every_column_in_sight_match_the_widest(
        window: MainWindow, qtbot: QtBot, size: tuple[int, int]) -> None:
    """At 800x600 Match shrank to a sliver beside fixed Type and Record columns, and Source
    was pushed out of sight behind a scroll bar."""
    window.resize(*size)
    panel = window.search_panel
    with qtbot.waitSignal(panel.results_shown, timeout=10_000):
        window.search_box.setText("benjamin")
    view = panel.view
    header = view.horizontalHeader()

    def widths() -> list[int]:
        return [header.sectionSize(c) for c in range(header.count())]

    def in_sight() -> bool:
        return view.isVisible() and sum(widths()) <= view.viewport().width()

    qtbot.waitUntil(lambda: view.isVisible())
    qtbot.waitUntil(in_sight, timeout=2000)
    assert view.horizontalScrollBar().maximum() == 0
    assert min(widths()) >= MIN_WIDTH
    assert widths()[2] == max(widths())  # Match gets the most


def _panels(window: MainWindow, qtbot: QtBot) -> list[ColumnFit]:
    """The search results (showing results for "benjamin") and the Annotations list: each
    fits its columns through one :class:`ColumnFit`."""
    with qtbot.waitSignal(window.search_panel.results_shown, timeout=10_000):
        window.search_box.setText("benjamin")
    return [window.search_panel.columns, window.annotations_tab.columns]


def _show(window: MainWindow, fit: ColumnFit) -> None:
    if fit.view is window.annotations_tab.view:
        window.browse_stack.setCurrentWidget(window.tabs)
        window.tabs.setCurrentWidget(window.annotations_tab)
    else:
        window.browse_stack.setCurrentWidget(window.search_panel)


def _section_widths(fit: ColumnFit) -> list[int]:
    header = fit.view.horizontalHeader()
    return [header.sectionSize(c) for c in range(header.count())]


def _fitted_now(fit: ColumnFit) -> bool:
    return fit.view.isVisible() and _section_widths(fit) == fitted_widths(
        fit.widths, column_room(fit.view, fit.room.width()), fit.grow, fit.keep)


def _drag_edge(view: QTableView, column: int, dx: int) -> None:
    """Drag the right edge of ``column``'s header by ``dx`` pixels, as a user does."""
    header = view.horizontalHeader()
    port = header.viewport()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) - 1
    y = port.height() // 2
    QTest.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(x, y))
    for step in range(0, dx + 1, 10):
        QTest.mouseMove(port, QPoint(x + step, y))
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       QPoint(x + dx, y))


@pytest.mark.parametrize(("first", "then"), [((1600, 1000), (800, 600)),
                                             ((800, 600), (1600, 1000))])
def test_both_lists_refit_on_every_resize_until_the_user_drags_a_column(
        window: MainWindow, qtbot: QtBot, first: tuple[int, int],
        then: tuple[int, int]) -> None:
    for fit in _panels(window, qtbot):
        window.resize(*first)
        _show(window, fit)
        qtbot.waitUntil(lambda fit=fit: _fitted_now(fit))  # type: ignore[misc]
        at_first = _section_widths(fit)
        window.resize(*then)
        qtbot.waitUntil(lambda fit=fit, before=at_first: (  # type: ignore[misc]
            _fitted_now(fit) and _section_widths(fit) != before))
        assert sum(_section_widths(fit)) <= fit.view.viewport().width()

        _drag_edge(fit.view, 0, 30)
        assert fit.sized_by_user
        dragged = _section_widths(fit)
        room = fit.room.width()
        window.resize(*first)
        qtbot.waitUntil(lambda fit=fit, room=room: fit.room.width() != room)  # type: ignore[misc]
        assert _section_widths(fit) == dragged  # the user's widths stay


def test_a_resize_while_a_mouse_button_is_held_elsewhere_is_not_a_drag(
        window: MainWindow, qtbot: QtBot) -> None:
    """Dragging a splitter holds a button while the lists are resized, and their fit resizes
    the columns: that is not the user sizing one, and the lists keep fitting."""
    for fit in _panels(window, qtbot):
        window.resize(1600, 1000)
        _show(window, fit)
        qtbot.waitUntil(lambda fit=fit: _fitted_now(fit))  # type: ignore[misc]
        wide = fit.room.width()
        QTest.mousePress(window.count_label, Qt.MouseButton.LeftButton)
        try:
            window.resize(800, 600)
            qtbot.waitUntil(lambda fit=fit, wide=wide: (  # type: ignore[misc]
                fit.room.width() < wide and _fitted_now(fit)))
        finally:
            QTest.mouseRelease(window.count_label, Qt.MouseButton.LeftButton)
        assert not fit.sized_by_user
        window.resize(1600, 1000)
        qtbot.waitUntil(lambda fit=fit, wide=wide: (  # type: ignore[misc]
            fit.room.width() == wide and _fitted_now(fit)))
