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
from weakref import WeakKeyDictionary

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class FirstPaintWatch(QObject):
    """Calls each of its steps after the first paint of ``window``; see the module."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._steps: deque[Callable[[], object]] = deque()
        self._painted = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._run_next)
        window.installEventFilter(self)

    @property
    def painted(self) -> bool:
        return self._painted

    def add(self, steps: tuple[Callable[[], object], ...]) -> None:
        self._steps.extend(steps)
        if self._painted and not self._timer.isActive():
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            watched.removeEventFilter(self)  # no reference to the window: see _WATCHES
            self._timer.start()
        return False

    def _run_next(self) -> None:
        window = self.parent()
        if isinstance(window, QWidget) and not window.isVisible():
            # Closed (or hidden) before its turn: the steps wait for the window's next paint.
            # A closed window's archive may be closed too, and a step reads from it.
            self._painted = False
            window.installEventFilter(self)
            return
        if self._steps:
            self._steps.popleft()()
        if self._steps:
            self._timer.start()


_WATCHES: WeakKeyDictionary[QWidget, FirstPaintWatch] = WeakKeyDictionary()
"""Each window's watch. A watch holds no reference to its window, or the window would
outlive every other reference to it here."""


def after_first_paint(window: QWidget, *steps: Callable[[], object]) -> FirstPaintWatch:
    """Call each of ``steps`` once ``window`` has painted for the first time, one per turn of
    the event loop, after those already waiting; the window keeps the watch."""
    # Kept here, not looked for among the window's children: findChild searched the whole
    # tree, wrapping every widget in it for Python to test (~4.5 ms of the main window's
    # start), and its option to search less is an enum of the ``Qt`` namespace, which must
    # not be built before the first paint (viewer.gui.qt_namespace).
    watch = _WATCHES.get(window)
    if watch is None:
        watch = _WATCHES[window] = FirstPaintWatch(window)
    watch.add(steps)
    return watch


def once_painted(window: QWidget, step: Callable[[], object]) -> None:
    """Call ``step`` now if ``window`` has painted, else as :func:`after_first_paint` does:
    for what a part built later (a tab first shown) needs at once but the first paint of the
    window does not."""
    watch = _WATCHES.get(window)
    if watch is not None and watch.painted:
        step()
    else:
        after_first_paint(window, step)
