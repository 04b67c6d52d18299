"""Issue 28's look at every tab and dialog under X: what the screenshots showed wrong."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QPushButton, QStyle
from pytestqt.qtbot import QtBot

from viewer.annotations.model import Annotation, new_id, now
from viewer.gui.screen_fit import SCREEN_MARGIN, fitted_size
from viewer.gui.window.actions import shortcut_rows
from viewer.gui.window.main_window import MainWindow
from viewer.gui.window.status_bar import ElidingStatusBar

NEWS = "001_44e4559a90d9d777.txt"


def _annotations_shown(window: MainWindow, qtbot: QtBot, width: int):  # type: ignore[no-untyped-def]
    window.resize(width, 600)
    tab = window.annotations_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.view.isVisible())
    qtbot.wait(50)  # the resize reaches the tab
    return tab


def _all_columns_in_sight(tab) -> bool:  # type: ignore[no-untyped-def]
    header = tab.view.horizontalHeader()
    last = tab.model.columnCount() - 1
    right = header.sectionViewportPosition(last) + header.sectionSize(last)
    return bool(right <= tab.view.viewport().width()
                and not tab.view.horizontalScrollBar().isVisible())


def test_the_annotations_list_keeps_every_column_in_sight(window: MainWindow,
                                                          qtbot: QtBot) -> None:
    for width in (800, 1600):
        tab = _annotations_shown(window, qtbot, width)
        qtbot.waitUntil(lambda t=tab: _all_columns_in_sight(t), timeout=2000)


def test_edit_and_delete_wait_for_a_selected_annotation(window: MainWindow,
                                                        qtbot: QtBot) -> None:
    tab = _annotations_shown(window, qtbot, 1000)
    edit, delete, export = (tab.findChild(QPushButton, name) for name in (
        "editAnnotation", "deleteAnnotation", "exportAnnotations"))
    assert not edit.isEnabled() and not delete.isEnabled()
    stamp = now()
    window.annotator.book.add(Annotation(id=new_id(), kind="span", note="n", tags=("t",),
                                         source_file=NEWS, exact="massacre", created=stamp,
                                         modified=stamp))
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 1)
    qtbot.wait(200)  # the list is read again after a change; a selection goes with it
    assert not edit.isEnabled()
    # Through the selection model: selectRow() follows the keyboard modifiers Qt believes
    # held, which an earlier test's key clicks may have left behind.
    flags = QItemSelectionModel.SelectionFlag
    tab.view.selectionModel().select(tab.proxy.index(0, 0), flags.Select | flags.Rows)
    assert edit.isEnabled() and delete.isEnabled()
    tab.view.clearSelection()
    assert not edit.isEnabled() and not delete.isEnabled()
    assert export.isEnabled()


def test_dialogs_fit_a_small_screen() -> None:
    small = QRect(0, 0, 800, 600)
    fitted = fitted_size(QSize(620, 640), small)
    assert fitted.height() + SCREEN_MARGIN.height() <= 600 and fitted.width() == 620
    assert fitted_size(QSize(620, 640), QRect(0, 0, 1600, 1000)) == QSize(620, 640)


def test_the_about_dialog_fits_its_screen(window: MainWindow, qtbot: QtBot) -> None:
    window.show_about()
    dialog = window.about_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    available = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= available.height()
    assert dialog.height() <= 640


def test_the_all_tabs_arrow_does_not_cover_its_label(window: MainWindow) -> None:
    button = window.tab_list
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    text = button.fontMetrics().horizontalAdvance(button.text())
    assert button.width() >= text + arrow + 8


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")
def test_the_all_tabs_button_opens_its_menu_of_tabs_on_press(window: MainWindow,
                                                              qtbot: QtBot) -> None:
    button, seen = window.tab_list, []

    def look() -> None:  # the menu runs its own event loop while it is open
        seen.append([a.text() for a in button.menu().actions()])
        button.menu().hide()

    QTimer.singleShot(100, look)
    qtbot.mousePress(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    qtbot.mouseRelease(button, Qt.MouseButton.LeftButton)  # no button left held for the next
    assert seen[0][0] == window.tabs.tabText(0)
    # A screen reader hears a button with a menu, not a plain button.
    assert QAccessible.queryAccessibleInterface(button).role() == QAccessible.Role.ButtonMenu


def test_every_column_of_a_tab_stays_in_sight_at_800_pixels(window: MainWindow,
                                                            qtbot: QtBot) -> None:
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.tabs.width() < 500)  # the splitter has shared the width
    qtbot.wait(50)
    for table in ("sources", "episodes", "crew"):
        tab = window.record_tab(table)
        window.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(lambda t=tab: not t.is_busy())
        qtbot.waitUntil(lambda t=tab: _all_columns_in_sight(t), timeout=2000)


def test_a_column_title_too_long_for_its_column_ends_in_an_ellipsis(
        window: MainWindow) -> None:
    for view in (window.record_tab("disagreements").view, window.annotations_tab.view):
        assert view.horizontalHeader().textElideMode() == Qt.TextElideMode.ElideRight


def test_annotating_without_a_selection_takes_the_passage_in_view(window: MainWindow,
                                                                  qtbot: QtBot) -> None:
    """Cast credit 5's first span is the encyclopedia's "Cast" heading, which the reading
    view does not mark; the passage highlighted in view is the credit's line."""
    cast = window.record_tab("cast")
    window.tabs.setCurrentWidget(cast)
    qtbot.waitUntil(lambda: not cast.is_busy())
    row = next(r for r in range(cast.model.rowCount())
               if cast.model.record(r).actor == "Caraly Sánchez")  # type: ignore[union-attr]
    cast.view.selectRow(row)
    qtbot.waitUntil(lambda: bool(window.reader.highlighted_ranges), timeout=5000)
    window.annotator.annotate_selection()
    dialog = window.annotator.dialog
    assert dialog is not None
    dialog.accept()
    (saved,) = window.annotator.book.all()
    assert saved.exact == "Caraly Sánchez as Flor María"


def test_the_shortcut_list_names_the_tab_key_not_qts_backtab() -> None:
    keys = " ".join(keys for keys, _what in shortcut_rows())
    assert "Backtab" not in keys and "Ctrl+Shift+Tab" in keys


REATTACHED = ("Annotations re-attached to this archive: 0 moved with their words, 1 orphaned "
              "(their words are gone; listed in the Annotations tab).")


def test_a_long_status_message_is_elided_short_of_the_row_count(window: MainWindow,
                                                                 qtbot: QtBot) -> None:
    """At 800 px QStatusBar drew the message up to the row count's edge, cut mid-letter, as
    if the two texts ran into each other; it is elided to the room left, whole in the
    tooltip and for a screen reader, and shown whole again when the room allows."""
    window.resize(800, 600)
    bar, count = window.statusBar(), window.count_label
    assert isinstance(bar, ElidingStatusBar)
    count.setText("3 annotations (1 orphaned)")
    qtbot.waitUntil(lambda: count.width() >= count.sizeHint().width())
    bar.showMessage(REATTACHED, 15_000)
    qtbot.waitUntil(lambda: bar.drawn_message() != "")
    shown = bar.drawn_message()
    assert shown.endswith("…") and REATTACHED.startswith(shown[:-1])
    drawn_right = 6 + bar.fontMetrics().horizontalAdvance(shown)  # QStatusBar draws at x=6
    assert drawn_right < count.x() - 2  # its message stops 2 px short of a permanent widget
    assert bar.toolTip() == REATTACHED
    name = QAccessible.queryAccessibleInterface(bar).text(QAccessible.Text.Name)
    assert name == REATTACHED
    # A longer row count leaves less room: the message is elided again, still short of it.
    count.setText("12,345 of 67,890 annotations (1,234 orphaned)")
    qtbot.waitUntil(lambda: count.width() >= count.sizeHint().width())
    qtbot.waitUntil(lambda: 6 + bar.fontMetrics().horizontalAdvance(bar.drawn_message())
                    < count.x() - 2)
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: bar.drawn_message() == REATTACHED)
    assert bar.currentMessage() == REATTACHED  # whole, as QStatusBar's is, at any width
    bar.clearMessage()
    assert bar.drawn_message() == "" and bar.toolTip() == ""
    bar.showMessage(REATTACHED, 100)  # a timed message still goes when its time is up
    qtbot.waitUntil(lambda: bar.drawn_message() == "" and bar.toolTip() == "")
