"""The source reader's highlight marks: the colour of each kind (a record's spans, search
words, annotations, find matches) and the selection that marks a range in the shown text.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

SPAN_COLOR = QColor("#ffc94d")
TERM_COLOR = QColor("#b8e1ff")
# The reader's own annotations: a second highlight colour, told apart from a record's spans.
ANNOTATION_COLOR = QColor("#a8e6a1")
FIND_COLOR = QColor("#c8f0c0")
FIND_CURRENT_COLOR = QColor("#5fd35a")
# Search words marked in one document at most: each mark is an object Qt must lay out.
MAX_TERM_MARKS = 500


def mark(doc: QTextDocument, start: int, end: int, color: QColor, *,
         underline: bool = False) -> QTextEdit.ExtraSelection:
    """A selection marking Qt positions ``start:end`` of ``doc`` in ``color`` (``underline``:
    an annotation's, drawn under the text too)."""
    cursor = QTextCursor(doc)
    cursor.setPosition(min(start, doc.characterCount() - 1))
    cursor.setPosition(min(end, doc.characterCount() - 1), QTextCursor.MoveMode.KeepAnchor)
    sel = QTextEdit.ExtraSelection()
    sel.cursor = cursor
    fmt = QTextCharFormat()
    fmt.setBackground(color)
    fmt.setForeground(QColor("#1a1a1a"))
    if underline:  # still seen where a record's span is marked over it
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(ANNOTATION_COLOR.darker(170))
    sel.format = fmt
    return sel
