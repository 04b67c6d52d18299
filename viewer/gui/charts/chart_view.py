"""What the three charts of the Views tab share: a scene of marks that stand for records.

A :class:`ChartView` is a ``QGraphicsView`` whose subclass draws its data into the scene with
:meth:`~ChartView.draw`. Every mark that stands for a record is *tagged* with the record's
table and id; clicking it (or moving to it with the arrow keys and pressing Enter) emits
:attr:`~ChartView.record_activated`, which the main window routes through the same
navigation as a link in the detail pane, so Back and Forward see it.

Colours come from the widget's palette (:class:`ChartColors`) and the scene is redrawn when
the palette changes, so a chart reads in light and dark themes alike. The right-click menu
saves the whole chart as PNG or SVG (:mod:`viewer.gui.charts.chart_export`).

A chart of many marks is drawn a slice at a time: its :meth:`~ChartView.draw` is a generator
that yields after each group of marks, and the view runs it for at most
:data:`DRAW_SLICE_S` per turn of the event loop, from the top, so that the window answers
input while it draws (the storyline map of a hundred storylines, 1,800 items, held the window
in one piece). What needs the whole chart (saving it, the marks' list, a key that
goes to the last mark) has the rest drawn at once first.
"""

from __future__ import annotations

import html
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPoint,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QMenu,
    QMessageBox,
    QScrollBar,
    QWidget,
)

from viewer.gui.charts.chart_export import render_scene
from viewer.gui.labels import fill
from viewer.gui.translatable import QT_TRANSLATE_NOOP
from viewer.gui.window.errors import show_error

translate = QCoreApplication.translate

# ``QGraphicsItem.data`` keys of a tagged mark.
TABLE_KEY, ID_KEY, KIND_KEY, LABEL_KEY = 0, 1, 2, 3
MARGIN = 16
# The GUI thread's time a chart's drawing may take in one turn of the event loop.
DRAW_SLICE_S = 0.010
# A chart fitted to its view's width is drawn again this long after a resize has settled
# (dragging the splitter sends a resize per pixel), and only if its fit would change.
REFIT_AFTER_MS = 150

# Hues for series (sources, roles, …): told apart by hue, with the lightness chosen for the
# palette's background so that each reads on it.
_HUES = (212, 28, 140, 330, 268, 48, 186, 0)


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved ``t`` of the way towards ``b``."""
    return QColor(round(a.red() + (b.red() - a.red()) * t),
                  round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))


def _luminance(color: QColor) -> float:
    """Relative luminance as WCAG defines it."""
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21; text wants 4.5 or more)."""
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _readable_fill(fill: QColor, ink: QColor) -> QColor:
    """``fill`` darkened (or lightened, under dark ink) until ``ink`` reads on it."""
    out = QColor(fill)
    for _ in range(20):
        if contrast(out, ink) >= 4.5:
            break
        out = out.darker(110) if _luminance(ink) > 0.5 else out.lighter(110)
    return out


@dataclass(frozen=True)
class ChartColors:
    """The colours a chart draws with, all derived from one palette."""

    background: QColor
    band: QColor
    text: QColor
    muted: QColor
    grid: QColor
    line: QColor
    accent: QColor
    accent_text: QColor
    node: QColor
    dark: bool

    @classmethod
    def from_palette(cls, palette: QPalette) -> ChartColors:
        role = QPalette.ColorRole
        background = palette.color(role.Base)
        text = palette.color(role.Text)
        dark = _luminance(background) < 0.18
        accent_text = palette.color(role.HighlightedText)
        return cls(
            background=background,
            band=_blend(background, text, 0.05),
            text=text,
            muted=_blend(text, background, 0.35),
            grid=_blend(background, text, 0.16),
            line=_blend(background, text, 0.45),
            accent=_readable_fill(palette.color(role.Highlight), accent_text),
            accent_text=accent_text,
            node=_blend(background, text, 0.09),
            dark=dark,
        )

    def series(self, index: int) -> QColor:
        hue = _HUES[index % len(_HUES)]
        return QColor.fromHsl(hue, 175, 172 if self.dark else 92)

    def on(self, fill: QColor) -> QColor:
        """Text colour that reads best on ``fill``."""
        return max((QColor("#111111"), QColor("#ffffff")), key=lambda ink: contrast(ink, fill))


def tooltip(title: str, *lines: str) -> str:
    """A rich-text tooltip: a bold title and escaped lines (empty ones are left out)."""
    body = "".join(f"<br>{html.escape(line)}" for line in lines if line)
    return f"<p style='white-space:pre-wrap'><b>{html.escape(title)}</b>{body}</p>"


class ChartView(QGraphicsView):
    """A chart of records; subclasses implement :meth:`draw` and :meth:`describe`."""

    record_activated = Signal(str, int)  # table, id
    saved_to = Signal(Path)  # the folder a chart image was just saved in
    drawn = Signal()  # the whole chart is in the scene

    # The file name a save dialog proposes, and the SVG's title (English, context ``Charts``:
    # :meth:`shown_title` gives it in the window's language).
    file_stem = "somos-chart"
    title = QT_TRANSLATE_NOOP("Charts", "Chart")
    # What an arrow key or a test walks through: the kind of mark that is the chart's data.
    mark_kind = "mark"

    def __init__(self, name: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible_name)
        self.setAccessibleDescription(translate(
            "ChartView", "Click a mark, or move with the arrow keys and press Enter, to show "
            "its record. Right-click to save the chart as PNG or SVG."))
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._data: Any = None
        self._message = translate("ChartView", "No archive is open.")
        self._tagged: list[QGraphicsItem] = []
        self._focus = -1
        self._focus_ring: QGraphicsRectItem | None = None
        self._pressed: QGraphicsItem | None = None
        self.save_folder = Path.home()  # where the save dialog starts
        self.file_dialog: QFileDialog | None = None
        self.context_menu: QMenu | None = None
        self.last_error: QMessageBox | None = None
        self._drawing: Iterator[object] | None = None
        self._metrics: dict[str, QFontMetricsF] = {}
        self._keep: list[tuple[QScrollBar, int | None, int | None]] = []
        self._draw_timer = QTimer(self)
        self._draw_timer.setSingleShot(True)
        self._draw_timer.setInterval(0)
        self._draw_timer.timeout.connect(self._draw_slice)
        self.fitted: float | None = None  # what the drawing was fitted to (see fit_width)
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(REFIT_AFTER_MS)
        self._refit.timeout.connect(self._refit_now)
        self.rebuild()

    # -- what subclasses provide ----------------------------------------------------------

    def draw(self, scene: QGraphicsScene, data: Any, colors: ChartColors) -> Iterator[object]:
        """Put the chart of ``data`` in ``scene``, a generator that yields after each group of
        marks (see the module)."""
        raise NotImplementedError

    def describe(self, data: Any) -> str:
        """One line for the status bar about what the chart shows."""
        return ""

    def fit_width(self, room: float) -> float | None:
        """For a chart drawn to fit the view's width: the width of its unit (a year, an
        episode's column) it would draw at if everything right of x = 0 had to end by
        ``room``. :meth:`draw` sets :attr:`fitted` to the one it drew at, and a resize that
        changes the answer draws the chart again. None: the chart is not fitted."""
        return None

    # -- data -----------------------------------------------------------------------------

    @property
    def data(self) -> Any:
        return self._data

    def set_data(self, data: Any) -> None:
        self._data, self._message = data, ""
        self.rebuild()

    def shown_title(self) -> str:
        return translate("Charts", self.title)

    def show_message(self, text: str) -> None:
        self._data, self._message = None, text
        self.rebuild()

    def status_text(self) -> str:
        return self.describe(self._data) if self._data is not None else ""

    def rebuild(self) -> None:
        """Draw the scene again from the data, in the current palette (the first slice now,
        the rest in later turns)."""
        self._draw_timer.stop()
        self._drawing = None  # a drawing under way is dropped
        self.fitted = None
        self._metrics.clear()  # measured anew for each drawing (the font or screen may differ)
        # Where the view is, kept while the chart is drawn again (at its top-left corner if it
        # was there: a new chart shows from the start, a redrawn one where the user had it).
        self._keep = [(bar, None if bar.value() == bar.minimum() else bar.value(), None)
                      for bar in (self.horizontalScrollBar(), self.verticalScrollBar())]
        scene = self.scene()
        scene.clear()
        self._tagged, self._focus, self._focus_ring, self._pressed = [], -1, None, None
        colors = ChartColors.from_palette(self.palette())
        scene.setBackgroundBrush(colors.background)
        if self._data is None:
            note = self.add_text(scene, self._message, 0, 0, colors.muted)
            note.setFont(self.chart_font(size=1.15))
            self._whole()
            return
        self._drawing = iter(self.draw(scene, self._data, colors))
        self._draw_slice()

    def room(self) -> float:
        """How far right a fitted chart may reach to be seen whole: the viewport as wide as it
        is without scroll bars, less the scene's margins and room for a vertical one. Not the
        viewport's width now: a tall chart's scroll bar, appearing as it is drawn, would
        narrow it and have the chart drawn again."""
        return (self.maximumViewportSize().width() - 2 * MARGIN
                - self.verticalScrollBar().sizeHint().width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitted is not None and event.size().width() != event.oldSize().width():
            self._refit.start()

    def _refit_now(self) -> None:
        if self.fitted is None:  # no chart drawn to fit (rebuild() clears it)
            return
        width = self.fit_width(self.room())
        if width is not None and abs(width - self.fitted) >= 1:
            self.rebuild()

    def is_drawing(self) -> bool:
        """Some of the chart is still to be drawn."""
        return self._drawing is not None

    def finish_drawing(self) -> None:
        """Draw the rest of the chart now."""
        drawing = self._drawing
        if drawing is None:
            return
        self._draw_timer.stop()
        for _ in drawing:
            pass
        self._drawing = None
        self._whole()

    def _draw_slice(self) -> None:
        drawing = self._drawing
        if drawing is None:
            return
        until = time.perf_counter() + DRAW_SLICE_S
        for _ in drawing:
            if time.perf_counter() >= until:
                self._fit_scene()
                self._draw_timer.start()  # after what is waiting: input, paints
                return
        self._drawing = None
        self._whole()

    def _whole(self) -> None:
        self._fit_scene()
        self.drawn.emit()

    def _fit_scene(self) -> None:
        """The scene's rect around what is drawn so far, with the view where :meth:`rebuild`
        found it (marks drawn later, left of or above the first ones, would otherwise scroll
        the chart's start out of sight), unless the user has scrolled since."""
        kept = [(bar, target) for bar, target, last in self._keep
                if last is None or bar.value() == last]
        scene = self.scene()
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        self._keep = []
        for bar, target in kept:
            bar.setValue(bar.minimum() if target is None else target)
            self._keep.append((bar, target, bar.value()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.rebuild()

    # -- drawing helpers ------------------------------------------------------------------

    def chart_font(self, *, bold: bool = False, size: float = 1.0) -> QFont:
        font = QFont(self.font())
        if size != 1.0:
            font.setPointSizeF(font.pointSizeF() * size)
        font.setBold(bold)
        return font

    def metrics(self, font: QFont | None = None) -> QFontMetricsF:
        """One metrics object per font for a drawing: a chart measures a thousand labels or
        more, and making the metrics anew for each took most of what a measure cost."""
        font = font or self.font()
        key = font.key()
        found = self._metrics.get(key)
        if found is None:
            found = self._metrics[key] = QFontMetricsF(font)
        return found

    def text_width(self, text: str, font: QFont | None = None) -> float:
        return self.metrics(font).horizontalAdvance(text)

    def line_height(self, font: QFont | None = None) -> float:
        return self.metrics(font).height()

    def add_text(self, parent: QGraphicsScene | QGraphicsItem, text: str, x: float, y: float,
                 color: QColor, font: QFont | None = None) -> QGraphicsSimpleTextItem:
        """A line of text whose top-left corner is at (x, y) (in the parent's coordinates)."""
        item = QGraphicsSimpleTextItem(text)
        item.setFont(font or self.font())
        item.setBrush(QBrush(color))
        if isinstance(parent, QGraphicsScene):
            parent.addItem(item)
        else:
            item.setParentItem(parent)
        item.setPos(x, y)
        return item

    def tag(self, item: QGraphicsItem, table: str, record_id: int, kind: str, label: str,
            tip: str = "") -> QGraphicsItem:
        """Make ``item`` (and its children) stand for the record ``table``/``record_id``."""
        item.setData(TABLE_KEY, table)
        item.setData(ID_KEY, int(record_id))
        item.setData(KIND_KEY, kind)
        item.setData(LABEL_KEY, label)
        item.setToolTip(tip or html.escape(label))
        item.setCursor(Qt.CursorShape.PointingHandCursor)
        self._tagged.append(item)
        return item

    # -- marks ----------------------------------------------------------------------------

    def tagged_items(self, kind: str | None = None) -> list[QGraphicsItem]:
        """Every mark standing for a record, in reading order (``kind``: only those)."""
        self.finish_drawing()
        return [i for i in self._tagged if kind is None or i.data(KIND_KEY) == kind]

    def marks(self) -> list[QGraphicsItem]:
        return self.tagged_items(self.mark_kind)

    @staticmethod
    def record_of(item: QGraphicsItem) -> tuple[str, int]:
        return str(item.data(TABLE_KEY)), int(item.data(ID_KEY))

    def item_center(self, item: QGraphicsItem) -> QPoint:
        """Where ``item`` is in the viewport (after scrolling it into view)."""
        self.ensureVisible(item, 8, 8)
        return self.mapFromScene(item.sceneBoundingRect().center())

    def _tagged_at(self, pos: QPoint) -> QGraphicsItem | None:
        for item in self.items(pos):
            found: QGraphicsItem | None = item
            while found is not None:
                if found.data(TABLE_KEY) is not None:
                    return found
                found = found.parentItem()
        return None

    def activate(self, item: QGraphicsItem, *, scroll: bool = True) -> None:
        self._set_focus(self._tagged.index(item) if item in self._tagged else -1, scroll=scroll)
        self.record_activated.emit(*self.record_of(item))

    # -- mouse and keys -------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = self._tagged_at(event.position().toPoint())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        item = self._tagged_at(event.position().toPoint())
        pressed, self._pressed = self._pressed, None
        if item is not None and item is pressed:
            self.activate(item, scroll=False)  # it is in view: the chart stays still

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.finish_drawing()  # End goes to the last mark of the whole chart
        key = Qt.Key(event.key())
        count = len(self._tagged)
        if count and key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self._set_focus(min(self._focus + 1, count - 1))
        elif count and key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self._set_focus(max(self._focus - 1, 0))
        elif count and key == Qt.Key.Key_Home:
            self._set_focus(0)
        elif count and key == Qt.Key.Key_End:
            self._set_focus(count - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and (
                0 <= self._focus < count):
            self.activate(self._tagged[self._focus])
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Coming to the chart from the keyboard puts a mark in focus at once (the first, or
        the one left), so arrows and Enter have somewhere to start that the user can see."""
        super().focusInEvent(event)
        self.finish_drawing()
        if self._tagged:
            self._set_focus(self._focus if 0 <= self._focus < len(self._tagged) else 0,
                            scroll=event.reason() != Qt.FocusReason.MouseFocusReason)

    def focused_item(self) -> QGraphicsItem | None:
        return self._tagged[self._focus] if 0 <= self._focus < len(self._tagged) else None

    def _set_focus(self, index: int, *, scroll: bool = True) -> None:
        self._focus = index
        item = self.focused_item()
        if item is None:
            if self._focus_ring is not None:
                self._focus_ring.hide()
            return
        if self._focus_ring is None:
            colors = ChartColors.from_palette(self.palette())
            self._focus_ring = QGraphicsRectItem()
            self._focus_ring.setPen(QPen(colors.text, 1.5, Qt.PenStyle.DashLine))
            self._focus_ring.setZValue(1000)
            self.scene().addItem(self._focus_ring)
        self._focus_ring.setRect(item.sceneBoundingRect().adjusted(-3, -3, 3, 3))
        self._focus_ring.show()
        if scroll:
            self.ensureVisible(item, 24, 24)
        self.setAccessibleDescription(str(item.data(LABEL_KEY)))

    # -- saving ---------------------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.setObjectName("chartMenu")
        item = self._tagged_at(event.pos())
        if item is not None:
            menu.addAction(fill(translate("ChartView", "Show “%1”"), item.data(LABEL_KEY)),
                           partial(self.activate, item))
            menu.addSeparator()
        menu.addAction(translate("ChartView", "Save as &PNG…"), lambda: self.save_dialog("png"))
        menu.addAction(translate("ChartView", "Save as &SVG…"), lambda: self.save_dialog("svg"))
        self.context_menu = menu
        menu.popup(event.globalPos())

    def save_dialog(self, fmt: str) -> QFileDialog:
        """Ask where to save the chart as ``fmt`` (window-modal, without blocking)."""
        name = (translate("ChartView", "PNG image (*.png)") if fmt == "png"
                else translate("ChartView", "SVG drawing (*.svg)"))
        dialog = QFileDialog(self, fill(translate("ChartView", "Save %1 as %2"), self.shown_title(),
                                        fmt.upper()),
                             str(self.save_folder / f"{self.file_stem}.{fmt}"), name)
        dialog.setObjectName("saveChartDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(fmt)
        dialog.fileSelected.connect(lambda path: self._save_chosen(Path(path), fmt))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def _save_chosen(self, path: Path, fmt: str) -> None:
        try:
            self.save_image(path, fmt)
        except OSError as exc:
            self.last_error = show_error(
                self, translate("ChartView", "Cannot save the chart"), str(exc),
                translate("ChartView", "Choose another folder or free some space."))
            return
        self.save_folder = path.parent
        self.saved_to.emit(path.parent)

    def save_image(self, path: Path, fmt: str) -> None:
        """Write the whole chart (not only what is scrolled into view) to ``path``."""
        self.finish_drawing()
        ring = self._focus_ring
        visible = ring is not None and ring.isVisible()
        if ring is not None:
            ring.hide()
        try:
            render_scene(self.scene(), path, fmt, f"Somos Archive — {self.shown_title()}")
        finally:
            if ring is not None and visible:
                ring.show()


def rounded(scene: QGraphicsScene, rect: QRectF, pen: QPen, brush: QBrush,
            radius: float = 4.0) -> QGraphicsRectItem:
    """A rectangle item that draws with rounded corners (hit-tested as its rectangle)."""
    item = _RoundedRect(rect, radius)
    item.setPen(pen)
    item.setBrush(brush)
    scene.addItem(item)
    return item


class _RoundedRect(QGraphicsRectItem):
    def __init__(self, rect: QRectF, radius: float) -> None:
        super().__init__(rect)
        self._radius = radius

    def paint(self, painter: QPainter, option: Any, widget: QWidget | None = None) -> None:
        painter.setPen(self.pen())
        painter.setBrush(self.brush())
        painter.drawRoundedRect(self.rect(), self._radius, self._radius)
