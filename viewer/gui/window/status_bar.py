"""The window's status bar: a message too long for the room left of the row count is elided.

:class:`QStatusBar` draws a temporary message in the room left of its permanent widgets and
cuts it off at their edge, mid-glyph, so a long message ("Annotations re-attached to this
archive: …" at 800 px) ran up against the row count as if the two texts overlapped. Here the
message is elided to that room, with "…", and re-elided when the room changes; the whole of it
is the bar's tooltip, its accessible name, which a screen reader reads instead of the text
drawn, and what :meth:`~ElidingStatusBar.currentMessage` answers.
"""

from __future__ import annotations

from PySide6.QtCore import QDeadlineTimer, QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QStatusBar, QWidget

# Where QStatusBar draws its message: 6 px in from the left, at most to 12 px short of the
# right, and 2 px short of the first permanent widget (Qt's documented look, not an API).
MESSAGE_LEFT = 6
MESSAGE_RIGHT = 12
WIDGET_GAP = 2


class ElidingStatusBar(QStatusBar):
    """A status bar whose temporary messages never run into its permanent widgets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self._message = ""  # the whole message, as it was asked to be shown
        self._shown = ""  # the message as drawn, elided or not
        self._deadline: QDeadlineTimer | None = None  # when a timed message goes
        self._permanent: list[QWidget] = []
        self.messageChanged.connect(self._message_changed)

    def currentMessage(self) -> str:
        """The whole of the message shown, however much of it is drawn (what was asked of
        :meth:`showMessage`, as Qt's own status bar answers)."""
        return self._message

    def drawn_message(self) -> str:
        """The message as drawn: elided to the room left of the permanent widgets."""
        return self._shown

    def addPermanentWidget(self, widget: QWidget, /, stretch: int | None = 0) -> None:
        super().addPermanentWidget(widget, stretch or 0)
        self._watch(widget)

    def insertPermanentWidget(self, index: int, widget: QWidget, /,
                              stretch: int | None = 0) -> int:
        at = super().insertPermanentWidget(index, widget, stretch or 0)
        self._watch(widget)
        return at

    def _watch(self, widget: QWidget) -> None:
        self._permanent.append(widget)
        widget.installEventFilter(self)

    def showMessage(self, text: str, /, timeout: int | None = 0) -> None:
        self._deadline = QDeadlineTimer(timeout) if timeout and timeout > 0 else None
        self._set_message(text)

    def message_room(self) -> int:
        """The width the message is drawn in: left of the first visible permanent widget
        (right of it when the window reads right to left), as QStatusBar lays it out."""
        left, right = MESSAGE_LEFT, self.width() - MESSAGE_RIGHT
        for widget in self._permanent:
            if widget.isVisible():
                if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                    left = max(left, widget.geometry().right() + 1 + WIDGET_GAP)
                else:
                    right = min(right, widget.x() - WIDGET_GAP)
        # A space's width between the message's end and the widget, so they never touch.
        return max(0, right - left - self.fontMetrics().horizontalAdvance("  "))

    def _set_message(self, text: str) -> None:
        self._message = text
        # The whole message for the pointer and for a screen reader (QStatusBar's accessible
        # name falls back to the text drawn when it has none of its own).
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._draw()

    def _draw(self) -> None:
        remaining = 0
        if self._deadline is not None:
            remaining = self._deadline.remainingTime()
            if remaining <= 0:
                self.clearMessage()
                return
        shown = self.fontMetrics().elidedText(self._message, Qt.TextElideMode.ElideRight,
                                              self.message_room())
        self._shown = shown
        super().showMessage(shown, remaining)

    def _message_changed(self, text: str) -> None:
        if text == self._shown:
            return
        self._shown = text
        if text:
            # Shown by Qt itself (an action's status tip), not through showMessage above.
            self._deadline = None
            self._set_message(text)
        else:  # timed out or cleared
            self._message = ""
            self.setToolTip("")
            self.setAccessibleName("")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._message:
            self._draw()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A permanent widget moved, resized, shown or hidden: the room changed."""
        if self._message and event.type() in (QEvent.Type.Move, QEvent.Type.Resize,
                                              QEvent.Type.Show, QEvent.Type.Hide):
            self._draw()
        return super().eventFilter(watched, event)
