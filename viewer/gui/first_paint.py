"""Run something once a window has first been painted: how start-up puts off what the first
sight of the window does not need.

The watch is an event filter on the window itself, not on the application: an application-wide
filter makes PySide wrap every object that receives an event, hundreds of Qt's own, and slowed
the first paint by some 40 ms. The window paints its own background first in each pass, so its
first Paint event marks the pass; the callback is posted at low priority and runs once that
pass has finished and whatever the event loop already had waiting has been done.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

#: The event that carries the callback through the queue.
_RUN = QEvent.Type(QEvent.registerEventType())


class FirstPaintWatch(QObject):
    """Calls ``then`` after the first paint of ``window``; see the module."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then = then
        self._done = False
        window.installEventFilter(self)

    @property
    def done(self) -> bool:
        return self._done

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            self._window.removeEventFilter(self)
            QCoreApplication.postEvent(self, QEvent(_RUN),
                                       Qt.EventPriority.LowEventPriority.value)
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == _RUN:
            self._then()
            return True
        return super().event(event)


def after_first_paint(window: QWidget, then: Callable[[], None]) -> FirstPaintWatch:
    """Call ``then()`` once ``window`` has painted for the first time; keep the result."""
    return FirstPaintWatch(window, then)
