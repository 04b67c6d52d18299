"""The status bar's room for a message when the window reads right to left: the permanent
widgets stand on the left, and the message is drawn right of them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from viewer.gui.window.status_bar import MESSAGE_RIGHT, WIDGET_GAP, ElidingStatusBar

LONG = "Annotations re-attached to this archive: " + ", ".join(f"note {n}" for n in range(40))


def test_right_to_left_the_message_is_elided_to_the_room_right_of_the_widgets(
        qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    bar = ElidingStatusBar(window)
    window.setStatusBar(bar)
    count = QLabel("12,345 of 67,890 annotations", bar)
    bar.addPermanentWidget(count)
    window.resize(600, 200)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: count.isVisible() and count.width() >= count.sizeHint().width())
    assert count.geometry().right() < bar.width() // 2  # mirrored: the count is on the left
    bar.showMessage(LONG)
    room = (bar.width() - MESSAGE_RIGHT - (count.geometry().right() + 1 + WIDGET_GAP)
            - bar.fontMetrics().horizontalAdvance("  "))
    assert bar.message_room() == room
    shown = bar.drawn_message()
    assert shown.endswith("…") and LONG.startswith(shown[:-1])
    assert 0 < bar.fontMetrics().horizontalAdvance(shown) <= room
    assert bar.currentMessage() == LONG
