"""The one search box over every table: a line edit that says when typing has paused.

The results it asks for are listed by :class:`~viewer.gui.search.search_panel.SearchPanel`; this
module stays small because the box is part of the window's first paint and the panel is not.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

DEBOUNCE_MS = 200


class SearchBar(QLineEdit):
    """A line edit that reports its text once typing pauses; Esc clears it."""

    text_settled = Signal(str)
    submitted = Signal()
    down_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBox")
        self.setAccessibleName(self.tr("Search everything"))
        self.setPlaceholderText(self.tr("Search everything — names, episodes, quotes…  "
                                        "(Ctrl+K)"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(320)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._settle)
        self.textChanged.connect(self._typed)

    def _typed(self, text: str) -> None:
        if text.strip():
            self._timer.start()
        else:  # cleared: go back to browsing at once
            self._timer.stop()
            self._settle()

    def _settle(self) -> None:
        self.text_settled.emit(self.text())

    def flush(self) -> None:
        """Report pending text now (Enter should not wait for the debounce)."""
        if self._timer.isActive():
            self._timer.stop()
            self._settle()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self.text():
            self.clear()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.flush()
            self.submitted.emit()
        elif key == Qt.Key.Key_Down:
            self.down_pressed.emit()
        else:
            super().keyPressEvent(event)
