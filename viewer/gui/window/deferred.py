"""Calls put off to a later turn of the event loop, of which only the latest is carried out."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class LatestLater:
    """Carry out a call in a later turn of the event loop, on a 1 ms timer, unless another was
    asked for since, or the earlier ones were withdrawn, or this was closed.

    The window opens the reader at a record's spans this way: the detail pane paints first,
    and neither holds the window as long as both would in one go. A 1 ms timer, not a zero
    one: the zero timer's call was sent in the same run of posted events as the pane's paint,
    and the window took no input between them (the benchmark's longest stall opening records
    at a million excerpts was much longer with it). None is carried out after the archive
    changed (:meth:`withdraw`) or the window closed (:meth:`close`): a record's details still
    on their way at close arrive after it, and the archive may be closed by then."""

    def __init__(self, context: QObject) -> None:
        self._context = context  # the timer's calls stop when it is deleted
        self._latest = 0
        self._closed = False

    def ask(self, call: Callable[[], object]) -> None:
        if self._closed:
            return
        self._latest += 1
        request = self._latest

        def now() -> None:
            if request == self._latest and not self._closed:
                call()

        QTimer.singleShot(1, self._context, now)

    def withdraw(self) -> None:
        """Carry out none of the calls asked for so far."""
        self._latest += 1

    def close(self) -> None:
        """Carry out no call, now or later."""
        self._closed = True
