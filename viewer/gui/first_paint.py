"""Run something once a window has first been painted: how start-up puts off what the first
sight of the window does not need.

The watch is an event filter on the window itself, not on the application: an application-wide
filter makes PySide wrap every object that receives an event, hundreds of Qt's own, and slowed
the first paint by some 40 ms. The window paints its own background first in each pass, so its
first Paint event marks the pass. The callbacks are posted at low priority, one per turn of
the event loop, and each runs once that pass has finished and whatever the event loop had
waiting has been done: the window answers input between them.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

#: The event that carries the callback through the queue.
_RUN = QEvent.Type(QEvent.registerEventType())


class FirstPaintWatch(QObject):
    """Calls each of ``steps`` after the first paint of ``window``; see the module."""

    def __init__(self, window: QWidget, *steps: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._steps = deque(steps)
        self._done = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            self._window.removeEventFilter(self)
            self._post()
        return False

    def _post(self) -> None:
        if self._steps:
            QCoreApplication.postEvent(self, QEvent(_RUN),
                                       Qt.EventPriority.LowEventPriority.value)

    def event(self, event: QEvent) -> bool:
        if event.type() == _RUN:
            if self._steps:
                self._steps.popleft()()
            self._post()
            return True
        return super().event(event)


def after_first_paint(window: QWidget, *steps: Callable[[], None]) -> FirstPaintWatch:
    """Call each of ``steps`` once ``window`` has painted for the first time, one per turn of
    the event loop; keep the result."""
    return FirstPaintWatch(window, *steps)
