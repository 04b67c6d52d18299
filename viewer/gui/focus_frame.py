"""The frame that says which view has the keyboard: the tables, the detail pane, the reader.

A framed view draws a 2-px box in the highlight colour while it has the focus; unfocused, a box
as wide in the colour behind it, so nothing moves when the focus comes and goes. QFrame draws
its frame in the widget's foreground role, so the frame is a role switched on focus: a style
sheet's ``:focus`` would draw it as well, but would route every paint of the view (a table of
thousands of rows, a long document) through Qt's style-sheet style.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame

# The frame's width, in pixels.
FRAME_WIDTH = 2


class FocusFrame(QObject):
    """Frames ``view`` (any QFrame: a table, a text view) and follows its focus; owned by the
    view, so it lives as long as the view does."""

    def __init__(self, view: QFrame) -> None:
        super().__init__(view)
        self._view = view
        view.setFrameStyle(QFrame.Shape.Box | QFrame.Shadow.Plain)
        view.setLineWidth(FRAME_WIDTH)
        self._follow_focus()
        view.installEventFilter(self)

    def _follow_focus(self) -> None:
        # A menu opened over the view takes the keyboard without taking the focus: the view
        # still has it (as a style sheet's :focus says), so its frame stays.
        role = (QPalette.ColorRole.Highlight if self._view.hasFocus()
                else QPalette.ColorRole.Window)
        if self._view.foregroundRole() != role:
            self._view.setForegroundRole(role)
            self._view.update()  # the frame is the view's own, not its viewport's

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() in (QEvent.Type.FocusIn,
                                                      QEvent.Type.FocusOut):
            self._follow_focus()
        return False
