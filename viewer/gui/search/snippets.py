"""How a search result's snippet is drawn: its matches highlighted, kept in sight.

Snippets come from the store HTML-escaped with matches in ``<b>``; :class:`SnippetDelegate`
draws them run by run with the painter (see its docstring for why not as rich text).
"""

from __future__ import annotations

import html
import re
from collections import OrderedDict

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from viewer.gui.tables.models import SnippetRole

HIGHLIGHT_BACKGROUND = QColor("#ffe27a")
HIGHLIGHT_TEXT = QColor("#1a1a1a")
# Of a cell too narrow to show a snippet up to its first match, the share kept for what follows
# the match when the text before it is cut.
CONTEXT_AFTER_MATCH = 0.25
ELLIPSIS = "…"
# What is left of the text between two matches shortened to bring later matches in sight: the
# width of this many characters, besides the "…".
GAP_KEPT_CHARS = 6
_TAGS = re.compile(r"(</?b>)")
_SPACES = re.compile(r"\s+")


class SnippetDelegate(QStyledItemDelegate):
    """Draws a cell's snippet (escaped text, ``<b>`` matches) with the matches highlighted.

    Drawn run by run with the painter rather than through a rich-text document: parsing HTML
    into a QTextDocument per cell, a fresh page of results held the GUI thread (and the GIL
    the next search's worker needed) too long.
    """

    # Snippets split into runs, kept for repaints (a few pages of results).
    CACHE_SIZE = 512

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runs: OrderedDict[str, list[tuple[str, bool]]] = OrderedDict()

    def runs(self, snippet: str) -> list[tuple[str, bool]]:
        """The snippet as (text, is_match) runs, tags dropped and entities decoded."""
        runs = self._runs.get(snippet)
        if runs is not None:
            self._runs.move_to_end(snippet)
            return runs
        runs = []
        match = False
        for part in _TAGS.split(snippet):
            if part in ("<b>", "</b>"):
                match = part == "<b>"
            elif part:
                runs.append((_SPACES.sub(" ", html.unescape(part)), match))
        self._runs[snippet] = runs
        if len(self._runs) > self.CACHE_SIZE:
            self._runs.popitem(last=False)
        return runs

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        snippet = index.data(SnippetRole)
        if snippet is None:
            super().paint(painter, option, index)
            return
        from PySide6.QtWidgets import QStyle  # costly to set up; not needed before results

        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:  # background, selection, focus: as every other cell
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        self.draw_runs(painter, QRectF(opt.rect).adjusted(6, 0, -4, 0), self.runs(str(snippet)),
                       opt.font, opt.palette.color(role))

    @staticmethod
    def draw_runs(painter: QPainter, rect: QRectF, runs: list[tuple[str, bool]], font: QFont,
                  pen: QColor) -> None:
        """One snippet's line, apart from any cell: the panel's warm-up draws with it too."""
        plain, bold = QFont(font), QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)
        metrics = {False: QFontMetricsF(plain), True: QFontMetricsF(bold)}
        base = metrics[False]
        baseline = rect.top() + (rect.height() + base.ascent() - base.descent()) / 2
        painter.save()
        painter.setClipRect(rect)
        x = rect.left()
        room = rect.width()
        for text, match in visible_runs(runs, metrics, room):
            width = metrics[match].horizontalAdvance(text)
            if match:
                painter.fillRect(QRectF(x, rect.top() + 2, width, rect.height() - 4),
                                 HIGHLIGHT_BACKGROUND)
                painter.setPen(HIGHLIGHT_TEXT)
            else:
                painter.setPen(pen)
            painter.setFont(bold if match else plain)
            painter.drawText(QPointF(x, baseline), text)
            x += width
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        if index.data(SnippetRole) is None:
            return hint
        return QSize(min(hint.width(), 600), hint.height())


def visible_runs(runs: list[tuple[str, bool]], metrics: dict[bool, QFontMetricsF],
                 room: float) -> list[tuple[str, bool]]:
    """What a cell ``room`` wide shows of a snippet: its first match in sight, the later ones
    too as far as shortening the text between them allows, ended in "…" where it is cut."""
    runs = _later_matches_in_sight(_match_in_sight(runs, metrics, room), metrics, room)
    return fitted_runs(runs, metrics, room)


def fitted_runs(runs: list[tuple[str, bool]], metrics: dict[bool, QFontMetricsF],
                room: float) -> list[tuple[str, bool]]:
    """``runs`` as they fit in ``room``: whole, or cut at a character and ended with a plain
    "…". Each run was elided on its own before, and Qt returns a text of one character whole
    however little room there is: a last match "3" was drawn cut through the glyph, with no
    "…" to say the snippet goes on."""
    widths = [metrics[match].horizontalAdvance(text) for text, match in runs]
    if sum(widths) <= room:
        return runs
    ellipsis = metrics[False].horizontalAdvance(ELLIPSIS)
    budget = room - ellipsis
    fitted: list[tuple[str, bool]] = []
    x = 0.0
    for (text, match), width in zip(runs, widths, strict=True):
        if x + width <= budget:
            fitted.append((text, match))
            x += width
            continue
        cut = _prefix(text, metrics[match], budget - x)
        if cut:
            fitted.append((cut, match))
        break
    return [*fitted, (ELLIPSIS, False)]


def _prefix(text: str, metrics: QFontMetricsF, room: float) -> str:
    """The longest start of ``text``, ended at a character (a whole grapheme, as Qt elides),
    no wider than ``room``."""
    ellipsis = metrics.horizontalAdvance(ELLIPSIS)
    while text and room > 0:
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room + ellipsis)
        for mark in (ELLIPSIS, "..."):  # "..." where the font has no "…"
            if elided != text and elided.endswith(mark):
                return elided[:-len(mark)]
        if metrics.horizontalAdvance(elided) <= room:
            return elided
        # Whole, yet wider than the room: one character (Qt never elides it), or a text
        # that fits only with the room the "…" would have taken.
        text = text[:-1]
    return ""


def _match_in_sight(runs: list[tuple[str, bool]], metrics: dict[bool, QFontMetricsF],
                    room: float) -> list[tuple[str, bool]]:
    """``runs`` with the text before the first match cut from the left ("…the end of it")
    when the match, and a little of what follows it, would otherwise fall past the end of the
    cell: every row shows why it matched, however narrow the column."""
    first = next((i for i, (_text, match) in enumerate(runs) if match), 0)
    if first == 0:
        return runs  # no match, or one at the start
    before = "".join(text for text, _match in runs[:first])
    plain = metrics[False]
    match_width = metrics[True].horizontalAdvance(runs[first][0])
    after = sum(metrics[match].horizontalAdvance(text) for text, match in runs[first + 1:])
    keep = room - match_width - min(after, room * CONTEXT_AFTER_MATCH)
    if plain.horizontalAdvance(before) <= keep:
        return runs
    cut = plain.elidedText(before, Qt.TextElideMode.ElideLeft, max(keep, 0.0))
    return [(cut, False), *runs[first:]] if cut else runs[first:]


def _later_matches_in_sight(runs: list[tuple[str, bool]], metrics: dict[bool, QFontMetricsF],
                            room: float) -> list[tuple[str, bool]]:
    """``runs`` with the plain text between matches shortened in its middle ("Curiel (episodes
    1, 2…Chenillo (") when the last match, and a little of what follows it, would otherwise
    fall past the end of the cell: "who directed episode 3" showed the directors' line cut
    before the episode it asked about."""
    matches = [i for i, (_text, match) in enumerate(runs) if match]
    if len(matches) < 2:
        return runs
    widths = [metrics[match].horizontalAdvance(text) for text, match in runs]
    last = matches[-1]
    tail = min(sum(widths[last + 1:]), room * CONTEXT_AFTER_MATCH)
    excess = sum(widths[:last + 1]) + tail - room
    if excess <= 0:
        return runs
    plain = metrics[False]
    floor = plain.horizontalAdvance(ELLIPSIS) + GAP_KEPT_CHARS * plain.averageCharWidth()
    give = {i: widths[i] - floor for i in range(matches[0] + 1, last)
            if not runs[i][1] and widths[i] > floor}
    if not give:
        return runs
    share = min(1.0, excess / sum(give.values()))
    shortened = list(runs)
    for i, spare in give.items():
        shortened[i] = (plain.elidedText(runs[i][0], Qt.TextElideMode.ElideMiddle,
                                         widths[i] - spare * share), False)
    return shortened
