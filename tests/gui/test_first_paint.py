"""What start-up puts off until the window has first painted runs one step per turn of the
event loop, so that the window answers in between."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from viewer.gui.window.first_paint import FirstPaintWatch


def test_the_event_loop_has_a_turn_between_two_steps(qtbot: QtBot) -> None:
    """A timer that falls due during a step (as the window system's input would be waiting)
    is served before the next step: steps chained as posted events all ran in one pass."""
    window = QWidget()
    qtbot.addWidget(window)
    order: list[str] = []
    waiting = QTimer(window)
    waiting.setSingleShot(True)
    waiting.setInterval(1)
    waiting.timeout.connect(lambda: order.append("served"))

    def first() -> None:
        order.append("first")
        waiting.start()
        time.sleep(0.005)  # due before this step ends

    watch = FirstPaintWatch(window)
    watch.add([first, lambda: order.append("second")])
    watch.watch()
    assert order == []  # nothing before the first paint
    window.show()
    qtbot.waitUntil(lambda: "second" in order)
    assert order == ["first", "served", "second"]


def test_steps_added_after_the_first_paint_run_soon(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    order: list[str] = []
    watch = FirstPaintWatch(window)
    watch.watch()
    watch.add([lambda: order.append("a"), lambda: order.append("b")])
    watch.add([lambda: order.append("c")])
    window.show()
    qtbot.waitUntil(lambda: len(order) == 3)
    assert order == ["a", "b", "c"] and watch.painted
    watch.add([lambda: order.append("d")])
    qtbot.waitUntil(lambda: len(order) == 4)
    assert order[-1] == "d"


def test_a_window_closed_before_its_steps_ran_runs_them_when_shown_again(qtbot: QtBot) -> None:
    """A closed window's archive may be closed too: its put-off steps must not read from it."""
    window = QWidget()
    qtbot.addWidget(window)
    order: list[str] = []
    watch = FirstPaintWatch(window)
    watch.add([lambda: order.append("a"), window.close, lambda: order.append("b")])
    watch.watch()
    window.show()
    qtbot.waitUntil(lambda: not window.isVisible())
    qtbot.wait(30)  # many turns of the 1 ms timer
    assert order == ["a"]
    window.show()
    qtbot.waitUntil(lambda: order == ["a", "b"])
