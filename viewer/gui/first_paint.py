"""Run something once a window has first been painted: how start-up puts off what the first
sight of the window does not need.

The watch is an event filter on the window itself, not on the application: an application-wide
filter makes PySide wrap every object that receives an event, hundreds of Qt's own, and slowed
the first paint by some 40 ms. The window paints its own background first in each pass, so its
first Paint event marks the pass. The steps then run one per turn of the event loop, each from
a 1 ms ``QTimer`` started when the one before has returned: it falls due after what was already
waiting (input, paints, timers due), so the window answers input between steps. Posted events
do not give that turn: Qt delivers an event posted while it delivers posted events in the same
pass, and the window's steps, each posting the next, held it 45-66 ms just after it appeared,
three or four steps at a time; a zero-interval timer still ran two steps in one pass now and
then. A window has one queue of steps, however many callers add to it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget


class FirstPaintWatch(QObject):
    """Calls each of its steps after the first paint of ``window``; see the module."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._steps: deque[Callable[[], object]] = deque()
        self._painted = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._run_next)
        window.installEventFilter(self)

    def add(self, steps: tuple[Callable[[], object], ...]) -> None:
        self._steps.extend(steps)
        if self._painted and not self._timer.isActive():
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            self._window.removeEventFilter(self)
            self._timer.start()
        return False

    def _run_next(self) -> None:
        if self._steps:
            self._steps.popleft()()
        if self._steps:
            self._timer.start()


def after_first_paint(window: QWidget, *steps: Callable[[], object]) -> FirstPaintWatch:
    """Call each of ``steps`` once ``window`` has painted for the first time, one per turn of
    the event loop, after those already waiting; the window keeps the watch."""
    # Among the window's own children only: a search of the whole tree wraps every widget
    # in it for Python to test, ~4.5 ms of the main window's start.
    watch = window.findChild(FirstPaintWatch, "", Qt.FindChildOption.FindDirectChildrenOnly)
    if watch is None:
        watch = FirstPaintWatch(window)
    watch.add(steps)
    return watch
