"""The source reader's find-in-document bar: the find line and its count of matches, and which
matches of the shown text there are and which one is current.

The reader makes the find line (:class:`FindField`; its keys are the reader's) and marks,
scrolls to and steps through the matches; the bar finds them, accent- and case-blind as search
is, and says how many there are.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from viewer.gui.labels import counted, fill, number
from viewer.gui.reading.term_match import find_terms


class FindField(QLineEdit):
    """The reader's find line; Esc closes it, Shift+Enter goes back a match (Enter, Qt's
    ``returnPressed``, goes forward)."""

    closed = Signal()
    back_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.closed.emit()
        elif (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
              and event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.back_pressed.emit()
        else:
            super().keyPressEvent(event)


class FindBar(QWidget):
    """The find line ``field`` and the count of its matches; hidden until find is started."""

    def __init__(self, field: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerFindBar")
        self.field = field
        field.setObjectName("readerFind")
        field.setAccessibleName(self.tr("Find in this document"))
        field.setPlaceholderText(self.tr("Find in this document…  (F3 next, Shift+F3 "
                                         "previous, Esc closes)"))
        field.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setObjectName("readerFindCount")
        self.count.setAccessibleName(self.tr("Matches in this document"))
        row = QHBoxLayout()
        row.addWidget(field, 1)
        row.addWidget(self.count)
        self.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        self.hide()
        self.matches: list[tuple[int, int]] = []  # in the shown text, Python indices
        self.current = -1  # the current match, or none yet

    def close_bar(self) -> None:
        """Hide the bar and forget its matches."""
        self.matches, self.current = [], -1
        self.hide()
        self.count.clear()

    def refind(self, shown_text: str) -> None:
        """Find the words of the find line in ``shown_text`` (none while the bar is hidden);
        no match is current yet."""
        words = self.field.text().strip()
        self.matches = (find_terms(shown_text, f'"{words.replace(chr(34), " ")}"*')
                        if words and self.isVisible() else [])
        self.current = -1
        self.say_count()

    def choose(self, step: int, here: int, to_qt: list[int] | None) -> None:
        """Make the next (``step`` 1) or previous (-1) match current, round from the last to
        the first; the first chosen is the one at or after Qt position ``here`` (the reader's
        cursor). ``to_qt`` maps the shown text's Python indices to Qt positions."""
        if self.current < 0:
            after = [i for i, (start, _e) in enumerate(self.matches)
                     if (to_qt[start] if to_qt else start) >= here]
            self.current = (after[0] if after and step > 0 else
                            (after[0] - 1 if after else len(self.matches) - 1)
                            if step < 0 else 0)
        else:
            self.current = (self.current + step) % len(self.matches)

    def say_count(self) -> None:
        if not self.field.text().strip():
            self.count.clear()
        elif not self.matches:
            self.count.setText(self.tr("No matches"))
        elif self.current < 0:
            n = len(self.matches)
            self.count.setText(counted(n, self.tr("1 match"), self.tr("%Ln matches", "", n)))
        else:
            self.count.setText(fill(self.tr("%1 of %2"), number(self.current + 1),
                                    number(len(self.matches))))
