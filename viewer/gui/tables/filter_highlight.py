"""Marks in a table's cells where the tab's filter matched (issue 28: matches highlighted).

The words are found accent- and case-blind, prefixes as the filter searches them, by the
reader's own :func:`~viewer.gui.reading.term_match.find_terms`; only cells being painted are
looked at, so the cost is the rows in sight, not the table.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

MATCH_COLOR = QColor("#ffe08a")
MATCH_TEXT = QColor("#1a1a1a")


class FilterHighlight(QStyledItemDelegate):
    """Paints cells as Qt does, with the filter's matches on a coloured ground."""

    query = ""

    def set_query(self, query: str) -> None:
        self.query = query

    def match_spans(self, index: QModelIndex | QPersistentModelIndex) -> list[tuple[int, int]]:
        """Where the filter's words stand in a cell's shown text (Python indices)."""
        if not self.query:
            return []
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            return []
        from viewer.gui.reading.term_match import find_terms  # built after the first paint

        return find_terms(text, self.query)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        spans = self.match_spans(index)
        if not spans:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        rect = rect.adjusted(margin, 0, -margin, 0)
        metrics = opt.fontMetrics
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        plain = opt.palette.color(QPalette.ColorRole.HighlightedText if selected
                                  else QPalette.ColorRole.Text)
        x = rect.left()
        if opt.displayAlignment & Qt.AlignmentFlag.AlignRight:
            x = rect.right() - metrics.horizontalAdvance(shown)
        painter.save()
        painter.setFont(opt.font)
        done = 0
        pieces: list[tuple[str, bool]] = []
        for start, end in spans:
            if start >= len(shown) or start < done:
                continue
            pieces += [(shown[done:start], False), (shown[start:min(end, len(shown))], True)]
            done = min(end, len(shown))
        pieces.append((shown[done:], False))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for piece, matched in pieces:
            if not piece:
                continue
            width = metrics.horizontalAdvance(piece)
            box = QRect(x, rect.top(), width, rect.height())
            if matched:
                painter.fillRect(box.adjusted(0, 2, 0, -2), MATCH_COLOR)
            painter.setPen(MATCH_TEXT if matched else plain)
            painter.drawText(box, flags, piece)
            x += width
        painter.restore()
