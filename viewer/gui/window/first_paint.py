"""Run something once a window has first been painted: how start-up puts off what the first
sight of the window does not need.

The watch is an event filter on the window itself, not on the application: an application-wide
filter makes PySide wrap every object that receives an event, hundreds of Qt's own. It goes on once
the window is built (:meth:`watch`), so that the events of the building (each child and action
added) are not handed to Python one by one. The window paints its own background first in each
pass, so its first Paint event marks the pass. The steps then run one per turn of the event loop,
each from a 1 ms ``QTimer`` started when the one before has returned: it falls due after what was
already waiting (input, paints, timers due), so the window answers input between steps. Posted
events would not give that turn: Qt delivers an event posted while it delivers posted events in the
same pass, and a zero-interval timer still ran two steps in one pass now and then.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class FirstPaintWatch(QObject):
    """Calls each of its steps after the first paint of ``window``, its parent, which keeps
    it: one watch per window, made by the window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._steps: deque[Callable[[], object]] = deque()
        self._painted = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._run_next)

    def watch(self) -> None:
        """Start watching for the window's first paint: once it is built, before it shows."""
        self._window.installEventFilter(self)

    @property
    def painted(self) -> bool:
        return self._painted

    def add(self, steps: Iterable[Callable[[], object]]) -> None:
        self._steps.extend(steps)
        if self._painted and not self._timer.isActive():
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            watched.removeEventFilter(self)
            self._timer.start()
        return False

    def _run_next(self) -> None:
        if not self._window.isVisible():
            # Closed (or hidden) before its turn: the steps wait for the window's next paint.
            # A closed window's archive may be closed too, and a step reads from it.
            self._painted = False
            self.watch()
            return
        if self._steps:
            self._steps.popleft()()
        if self._steps:
            self._timer.start()
