"""Back/Forward through the records the detail pane has shown, as a web browser does.

Visiting a record drops everything ahead of the current place; going back and forward moves
along the list without changing it. Visiting the record already shown is not a new step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    # Made by the window's first navigation, which a start does not make (a dataclass has
    # Python compile its methods as the class is made).
    from viewer.gui.window.places import Place

MAX_ENTRIES = 500


class History(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._places: list[Place] = []
        self._index = -1

    @property
    def current(self) -> Place | None:
        return self._places[self._index] if self._index >= 0 else None

    def can_go_back(self) -> bool:
        return self._index > 0

    def can_go_forward(self) -> bool:
        return self._index < len(self._places) - 1

    def visit(self, place: Place) -> None:
        if place == self.current:
            return
        del self._places[self._index + 1:]
        self._places.append(place)
        if len(self._places) > MAX_ENTRIES:
            del self._places[0]
        self._index = len(self._places) - 1
        self.changed.emit()

    def back(self) -> Place | None:
        if not self.can_go_back():
            return None
        self._index -= 1
        self.changed.emit()
        return self.current

    def forward(self) -> Place | None:
        if not self.can_go_forward():
            return None
        self._index += 1
        self.changed.emit()
        return self.current

    def clear(self) -> None:
        self._places, self._index = [], -1
        self.changed.emit()
