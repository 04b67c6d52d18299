"""Esc closes the reader's find line from anywhere in the reader, not only from the line itself,
and takes Esc from none of the widgets that use it (the search box, the search results)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import production_notes_in_reader
from viewer.gui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def _find_the(qtbot: QtBot, window: MainWindow) -> None:
    reader = window.reader
    reader.browser.setFocus()
    qtbot.waitUntil(reader.browser.hasFocus)
    qtbot.keyClick(reader.browser, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(reader.find_field, "the")
    assert reader.finding() and reader.find_count.text()


def _esc_in(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, Qt.Key.Key_Escape)


def test_esc_in_the_readers_text_or_picker_closes_its_find_line(
        qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    with qtbot.waitSignal(window.search_panel.results_shown, timeout=5000):
        qtbot.keyClicks(window.search_box, "chayo")  # the results list, Esc's own user
    reader = window.reader
    production_notes_in_reader(window, qtbot)

    _find_the(qtbot, window)
    _esc_in(qtbot, reader.browser)
    assert not reader.finding() and not reader.find_count.text()
    assert reader.browser.hasFocus()  # where it was
    # The search is untouched: Esc in the reader was the find line's.
    assert window.search_box.text() == "chayo"
    assert window.browse_stack.currentWidget() is window.search_panel

    _find_the(qtbot, window)
    _esc_in(qtbot, reader.picker)
    assert not reader.finding() and reader.picker.hasFocus()

    # With the find line closed, Esc is the others' as before: the results list goes back to
    # the tables, the search box clears.
    _esc_in(qtbot, window.search_panel.view)
    qtbot.waitUntil(lambda: window.browse_stack.currentWidget() is window.tabs)
    qtbot.keyClicks(window.search_box, "chayo")
    _esc_in(qtbot, window.search_box)
    assert window.search_box.text() == ""


def test_esc_in_the_results_list_with_the_find_line_open_still_goes_back_to_the_tables(
        qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    reader = window.reader
    production_notes_in_reader(window, qtbot)
    _find_the(qtbot, window)
    with qtbot.waitSignal(window.search_panel.results_shown, timeout=5000):
        window.search_box.setText("chayo")
    _esc_in(qtbot, window.search_panel.view)
    qtbot.waitUntil(lambda: window.browse_stack.currentWidget() is window.tabs)
    assert reader.finding()  # the reader's find line is not the results list's to close
