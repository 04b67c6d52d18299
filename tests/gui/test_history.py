"""Back/Forward semantics, as a browser has them."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from viewer.gui.window.history import History
from viewer.gui.window.places import Place

A, B, C, D = (Place("cast", 1), Place("characters", 1), Place("storylines", 2),
              Place("episodes", 3))


def test_back_and_forward_walk_the_visited_places(qtbot: QtBot) -> None:
    history = History()
    for place in (A, B, C):
        history.visit(place)
    assert history.back() == B
    assert history.back() == A
    assert history.back() is None and history.current == A
    assert history.forward() == B
    assert history.can_go_forward()


def test_visiting_after_going_back_drops_the_forward_places(qtbot: QtBot) -> None:
    history = History()
    for place in (A, B, C):
        history.visit(place)
    history.back()
    history.visit(D)
    assert not history.can_go_forward()
    assert history.back() == B


def test_revisiting_the_current_place_is_not_a_step(qtbot: QtBot) -> None:
    history = History()
    with qtbot.waitSignal(history.changed):
        history.visit(A)
    history.visit(A)
    assert not history.can_go_back()


def test_tabbing_into_a_table_opens_nothing_and_adds_no_step(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    """From the People filter, Tab into the table opened its first record, unhighlighted,
    and Alt+Left later went back to it, a record the user never chose."""
    from PySide6.QtCore import Qt

    from tests.gui.conftest import shown_tab

    tab = shown_tab(window, qtbot, "people")
    window.activateWindow()
    qtbot.waitActive(window)
    tab.filter.setFocus()
    qtbot.waitUntil(tab.filter.hasFocus)
    for typed in ("zz", ""):  # a filter typed and taken back: the rows read anew
        tab.filter.setText(typed)
        qtbot.waitUntil(lambda t=typed: tab.model.filter_text == t and not tab.is_busy())
    assert tab.model.rowCount() > 5, tab.model.rowCount()
    assert not tab.view.currentIndex().isValid()
    before, steps = window.detail.record, window.actions_by_key["back"].isEnabled()
    qtbot.keyClick(tab.filter, Qt.Key.Key_Tab)
    qtbot.waitUntil(tab.view.hasFocus)
    assert window.detail.record is before and window.history.current is None
    assert not tab.view.currentIndex().isValid() and tab.selected_rows() == []
    assert window.actions_by_key["back"].isEnabled() == steps
    # The first arrow key chooses the first row: highlighted, shown, a step.
    with qtbot.waitSignal(window.detail.record_shown):
        qtbot.keyClick(tab.view, Qt.Key.Key_Down)
    assert tab.selected_rows() == [0] and tab.view.currentIndex().row() == 0
    first = window.detail.record
    with qtbot.waitSignal(window.detail.record_shown):
        tab.view.selectRow(5)
    with qtbot.waitSignal(window.detail.record_shown):
        qtbot.keyClick(tab.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.detail.record == first
    assert not window.actions_by_key["back"].isEnabled()
