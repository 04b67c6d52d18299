"""The timeline: every fact that states a date, on a time axis, one lane per event.

Each event (a fact topic: "Filming suspended") has a lane; each source's statement of it is
a mark on its own row of the lane, coloured by source, so where sources give different dates
for one event both show, one above the other. A mark is as long as what was stated: a dot for
a day, a bar over the month for "March 2020", over the whole year for "late 2019". A day
stated without its year is drawn hollow with a dashed outline at the year another source
gives (:meth:`~viewer.archive.store.Archive.timeline_events` says which), or, when no source
settles it, in a "year not stated" lane of its own. Empty stretches of years are folded into
a short break in the axis. Clicking a mark shows its fact, whose detail lists the passage of
the source that states it.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QWidget,
)

from viewer.archive.charts import MAX_TIMELINE_EVENTS, TimelineEvent
from viewer.archive.dates import Precision, StatedDate
from viewer.archive.quotation import nested, quotation
from viewer.gui import labels
from viewer.gui.archive_words import fact_label
from viewer.gui.charts.chart_view import ChartColors, ChartView, rounded, tooltip
from viewer.gui.charts.shown_dates import shown_date
from viewer.gui.labels import counted, kind_label, number
from viewer.gui.translatable import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

YEAR_WIDTH = 104.0
"""A year's width when the view has room for it; narrower, down to :data:`MIN_YEAR_WIDTH`, so
that every year of the axis is in sight without scrolling sideways (the seeds' eleven years,
five of them folded, need 880 px at full width: the pane beside the detail side had 740 and
hid 2020 and 2021, the premiere included)."""
MIN_YEAR_WIDTH = 56.0
BREAK_WIDTH = 56.0
#: A placed mark's tooltip, by how precisely its source states the date.
PLACED = {Precision.DAY: QT_TRANSLATE_NOOP("Timeline", "Placed at %1 (day stated)."),
          Precision.MONTH: QT_TRANSLATE_NOOP("Timeline", "Placed at %1 (month stated)."),
          Precision.YEAR: QT_TRANSLATE_NOOP("Timeline", "Placed at %1 (year stated).")}
MARK_HEIGHT = 12.0
DOT = 12.0
# The legend is never laid out narrower than this, however narrow the view.
MIN_LEGEND_WIDTH = 240.0
# Runs of at least this many empty years are folded into a break in the axis.
FOLD_YEARS = 2


class _Axis:
    """Maps dates to x, over the years that hold events with empty stretches folded."""

    def __init__(self, years: set[int], x0: float, year_width: float = YEAR_WIDTH) -> None:
        self.year_width = year_width
        self.segments: list[tuple[int, int, float]] = []  # first year, last year, x of first
        self.breaks: list[tuple[int, int, float]] = []  # hidden first, last, x of the break
        ordered = sorted(years)
        runs: list[list[int]] = [[ordered[0], ordered[0]]]
        for year in ordered[1:]:
            if year - runs[-1][1] - 1 < FOLD_YEARS:
                runs[-1][1] = year
            else:
                runs.append([year, year])
        x = x0
        for i, (first, last) in enumerate(runs):
            if i:
                self.breaks.append((runs[i - 1][1] + 1, first - 1, x))
                x += BREAK_WIDTH
            self.segments.append((first, last, x))
            x += (last - first + 1) * year_width
        self.end = x

    @staticmethod
    def fitted(years: set[int], x0: float, room: float) -> _Axis:
        """The axis at full year width, or narrower so it ends within ``room`` (x), though no
        narrower than :data:`MIN_YEAR_WIDTH`."""
        axis = _Axis(years, x0)
        if axis.end <= room:
            return axis
        shown = sum(last - first + 1 for first, last, _x in axis.segments)
        width = (room - x0 - len(axis.breaks) * BREAK_WIDTH) / shown
        return _Axis(years, x0, max(MIN_YEAR_WIDTH, min(YEAR_WIDTH, width)))

    def x(self, day: date) -> float:
        """The left edge of ``day``."""
        for first, last, x in self.segments:
            if first <= day.year <= last:
                days = 366 if calendar.isleap(day.year) else 365
                fraction = (day.timetuple().tm_yday - 1) / days
                return x + (day.year - first + fraction) * self.year_width
        raise ValueError(f"{day} is outside the axis")

    def span(self, stated: StatedDate) -> tuple[float, float]:
        """Left and right edge of what a date covers (a day is a day wide)."""
        end = stated.end()
        days = 366 if calendar.isleap(end.year) else 365
        return self.x(stated.start()), self.x(end) + self.year_width / days


class TimelineView(ChartView):
    file_stem = "somos-timeline"
    title = QT_TRANSLATE_NOOP("Charts", "Timeline")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("timelineView", translate("Timeline", "Timeline of dated events"), parent)
        self._axis_of: tuple[set[int], float] | None = None  # years and gutter last drawn

    def fit_width(self, room: float) -> float | None:
        """A year's width (see :data:`YEAR_WIDTH`)."""
        if self._axis_of is None:
            return None
        years, gutter = self._axis_of
        return _Axis.fitted(years, gutter, room).year_width

    def describe(self, data: list[TimelineEvent]) -> str:
        lanes = len({e.fact.topic for e in data})
        if len(data) >= MAX_TIMELINE_EVENTS:
            said = translate("Timeline", "The first %1 dated statements")
        else:
            said = counted(len(data), translate("Timeline", "1 dated statement"),
                           translate("Timeline", "%1 dated statements"))
        of = counted(lanes, translate(
                "Timeline", "of 1 event"), translate("Timeline", "of %1 events"))
        return labels.fill(said, number(len(data))) + " " + labels.fill(of, number(lanes))

    # -- drawing --------------------------------------------------------------------------

    def draw(self, scene: QGraphicsScene, data: list[TimelineEvent],
             colors: ChartColors) -> Iterator[None]:
        if not data:
            self.add_text(scene, translate(
                    "Timeline", "No fact in this archive states a date."), 0, 0,
                          colors.muted)
            return
        bold = self.chart_font(bold=True)
        small = self.chart_font(size=0.9)
        row = max(self.line_height() + 8, 22.0)
        sources = sorted({(e.source_id, e.source_kind, e.source_title) for e in data})
        color_of = {sid: colors.series(i) for i, (sid, _k, _t) in enumerate(sources)}

        placed = [e for e in data if e.placed is not None]
        unplaced = [e for e in data if e.placed is None]
        lanes: dict[str, list[TimelineEvent]] = {}
        for event in placed:
            lanes.setdefault(event.fact.topic, []).append(event)
        # Each label measured once: a thousand events share a handful of topics, and
        # measuring every event's held the first slice of a large timeline.
        gutter = max(self.text_width(label, bold)
                     for label in {fact_label(t) for t in {e.fact.topic for e in data}}) + 24
        if unplaced:
            gutter = max(gutter, self.text_width(translate(
                    "Timeline", "Year not stated"), bold) + 24)
        years = {y for e in placed if e.placed for y in range(e.placed.start().year,
                                                              e.placed.end().year + 1)}
        # Fitted to the view as the chart is drawn: a resize draws it again (ChartView.
        # fit_width); the saved PNG and SVG are what the view shows.
        self._axis_of = (years or {date.today().year}, gutter)
        axis = _Axis.fitted(*self._axis_of, self.room())
        self.fitted = axis.year_width

        top = self.line_height(bold) + 22
        lane_rows = sum(len(v) for v in lanes.values()) + len(unplaced)
        height = lane_rows * row + (len(lanes) + (1 if unplaced else 0)) * 10
        right = axis.end
        self._draw_axis(scene, axis, top, height, colors, small)

        y = top
        label_right = right
        bands: list[QGraphicsRectItem] = []  # widened once the labels are placed
        for index, (_topic, events) in enumerate(lanes.items()):
            lane_h = len(events) * row + 10
            if index % 2 == 0:
                band = QGraphicsRectItem(0, y, 1, lane_h)
                band.setPen(Qt.PenStyle.NoPen)
                band.setBrush(colors.band)
                band.setZValue(-10)
                scene.addItem(band)
                bands.append(band)
            self.add_text(scene, fact_label(events[0].fact.topic), 8,
                          y + 5 + (row - self.line_height(bold)) / 2, colors.text, bold)
            for i, event in enumerate(events):
                item = self._mark(scene, axis, event, y + 5 + i * row, row,
                                  color_of[event.source_id], colors)
                label_right = max(label_right, item.mapRectToScene(
                    item.childrenBoundingRect()).right())
                yield
            y += lane_h
        if unplaced:
            yield from self._draw_unplaced(scene, axis, unplaced, y, row, color_of, colors,
                                           bold)
            y += len(unplaced) * row + 10
        for band in bands:
            rect = band.rect()
            band.setRect(QRectF(0, rect.y(), label_right + 12, rect.height()))
        # Within the chart, and within the view where the chart is wider (a narrow window
        # scrolls the axis sideways, but the legend is read whole without scrolling).
        legend_right = min(max(right, label_right), max(self.room(), MIN_LEGEND_WIDTH))
        yield from self._draw_legend(scene, sources, color_of, y + 14, legend_right, colors,
                                     small)

    def _draw_axis(self, scene: QGraphicsScene, axis: _Axis, top: float, height: float,
                   colors: ChartColors, small: QFont) -> None:
        grid = QPen(colors.grid, 1)
        line = QPen(colors.line, 1)
        axis_y = top - 6
        scene.addLine(axis.segments[0][2], axis_y, axis.end, axis_y, line)
        year_width = axis.year_width
        for first, last, x0 in axis.segments:
            for year in range(first, last + 1):
                x = x0 + (year - first) * year_width
                scene.addLine(x, axis_y - 4, x, top + height, grid).setZValue(-5)
                label = self.add_text(scene, str(year), 0, 0, colors.text,
                                      self.chart_font(bold=True))
                label.setPos(x + (year_width - label.boundingRect().width()) / 2,
                             axis_y - 6 - label.boundingRect().height())
                for month in range(1, 12):
                    mx = x + month * year_width / 12
                    scene.addLine(mx, axis_y, mx, axis_y + 3, line)
            end = x0 + (last - first + 1) * year_width
            scene.addLine(end, axis_y - 4, end, top + height, grid).setZValue(-5)
        for hidden_first, hidden_last, x in axis.breaks:
            cover = QGraphicsRectItem(x + 1, axis_y - 8, BREAK_WIDTH - 2, 16)
            cover.setPen(Qt.PenStyle.NoPen)
            cover.setBrush(colors.background)
            scene.addItem(cover)
            for dx in (BREAK_WIDTH / 2 - 5, BREAK_WIDTH / 2 + 1):
                scene.addLine(x + dx, axis_y + 6, x + dx + 4, axis_y - 6, line)
            hidden = (str(hidden_first) if hidden_first == hidden_last
                      else f"{hidden_first}–{str(hidden_last)[-2:]}")
            note = self.add_text(scene, hidden, 0, 0, colors.muted, small)
            note.setPos(x + (BREAK_WIDTH - note.boundingRect().width()) / 2,
                        axis_y - 6 - note.boundingRect().height())
            if hidden_first == hidden_last:
                folded = labels.fill(translate(
                        "Timeline", "No dated event in %1: this year is folded."),
                                     hidden_first)
            else:
                folded = labels.fill(translate(
                        "Timeline", "No dated event in %1 to %2: these years are "
                                               "folded."), hidden_first, hidden_last)
            note.setToolTip(folded)

    def _mark(self, scene: QGraphicsScene, axis: _Axis, event: TimelineEvent, y: float,
              row: float, color: QColor, colors: ChartColors) -> QGraphicsItem:
        assert event.placed is not None
        left, right = axis.span(event.placed)
        mid = y + row / 2
        inferred = event.year_inferred
        pen = QPen(color, 1.6, Qt.PenStyle.DashLine if inferred else Qt.PenStyle.SolidLine)
        if event.placed.precision is Precision.DAY:
            cx = (left + right) / 2
            dot = QGraphicsEllipseItem(cx - DOT / 2, mid - DOT / 2, DOT, DOT)
            fill = colors.background if inferred else color
            dot.setPen(pen)
            dot.setBrush(QBrush(fill))
            scene.addItem(dot)
            item: QGraphicsItem = dot
            start, end = cx - DOT / 2, cx + DOT / 2
        else:
            width = max(right - left, 8.0)
            fill = QColor(color)
            fill.setAlpha(40 if inferred else 120)
            item = rounded(scene, QRectF(left, mid - MARK_HEIGHT / 2, width, MARK_HEIGHT),
                           pen, QBrush(fill), 3)
            start, end = left, left + width
        said_by = kind_label(event.source_kind) or event.fact.source
        when = shown_date(event.fact.stated, event.stated)
        label = f"{when} · {said_by}"
        if inferred and event.placed.year is not None:
            label = labels.fill(translate(
                    "Timeline", "%1 (year %2 inferred) · %3"), when, event.placed.year, said_by)
        text = self.add_text(item, label, 0, 0, colors.text)
        width = text.boundingRect().width()
        # Late marks are labelled on their left, over the empty years before them, so the
        # chart is no wider than its axis and lane names stay in view.
        before = end + 8 + width > axis.end and start - 8 - width >= axis.segments[0][2]
        text.setPos(start - 8 - width if before else end + 8,
                    mid - text.boundingRect().height() / 2)
        self.tag(item, "facts", event.fact.id, "mark",
                 f"{fact_label(event.fact.topic)}: {label}", self._tip(event))
        return item

    def _draw_unplaced(self, scene: QGraphicsScene, axis: _Axis,
                       events: list[TimelineEvent], y: float, row: float,
                       color_of: dict[int, QColor], colors: ChartColors,
                       bold: QFont) -> Iterator[None]:
        self.add_text(scene, translate("Timeline", "Year not stated"), 8, y + 5, colors.muted, bold)
        x = axis.segments[0][2]
        for i, event in enumerate(events):
            mid = y + 5 + i * row + row / 2
            color = color_of[event.source_id]
            item = QGraphicsEllipseItem(x, mid - DOT / 2, DOT, DOT)
            item.setPen(QPen(color, 1.6, Qt.PenStyle.DashLine))
            item.setBrush(QBrush(colors.background))
            scene.addItem(item)
            label = (f"{fact_label(event.fact.topic)}: "
                     f"{shown_date(event.fact.stated, event.stated)} · "
                     f"{kind_label(event.source_kind) or event.fact.source}")
            text = self.add_text(item, label, 0, 0, colors.text)
            text.setPos(x + DOT + 6, mid - text.boundingRect().height() / 2)
            self.tag(item, "facts", event.fact.id, "mark", label, self._tip(event))
            yield

    def _draw_legend(self, scene: QGraphicsScene, sources: list[tuple[int, str, str]],
                     color_of: dict[int, QColor], y: float, right: float, colors: ChartColors,
                     font: QFont) -> Iterator[None]:
        """The sources' colours, then the key to the marks, within ``right``: a source's
        name cut with "…" (the whole name in its tooltip), the key's entries flowed onto as
        many lines as they need, each entry's words wrapped — in Spanish the key's last
        entry alone was wider than the window."""
        h = self.line_height(font)
        metrics = self.metrics(font)
        self.add_text(scene, translate("Timeline", "Sources"), 8, y, colors.muted,
                      self.chart_font(bold=True))
        y += h + 6
        for sid, kind, title in sources:
            swatch = QGraphicsRectItem(8, y + h / 2 - 5, 10, 10)
            swatch.setPen(QPen(color_of[sid], 1.6))
            swatch.setBrush(color_of[sid])
            scene.addItem(swatch)
            name = f"{kind_label(kind)} — {title}" if kind else title
            shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, max(right - 26, 80))
            item = self.add_text(scene, shown, 26, y, colors.text, font)
            if shown != name:
                item.setToolTip(name)
            y += h + 4
            yield
        y += 6
        fill = QColor(colors.line)
        fill.setAlpha(120)
        entries: list[tuple[QGraphicsItem, float, str]] = []
        dot = QGraphicsEllipseItem(0, h / 2 - 5, 10, 10)
        dot.setPen(QPen(colors.line, 1.4))
        dot.setBrush(colors.line)
        entries.append((dot, 16, translate("Timeline", "a day")))
        bar = QGraphicsRectItem(0, h / 2 - 5, 16, 10)
        bar.setPen(QPen(colors.line, 1.4))
        bar.setBrush(fill)
        entries.append((bar, 22, translate("Timeline", "a month or a year, as long as it")))
        hollow = QGraphicsEllipseItem(0, h / 2 - 5, 10, 10)
        hollow.setPen(QPen(colors.line, 1.4, Qt.PenStyle.DashLine))
        entries.append((hollow, 16, translate(
                "Timeline", "dashed: the source states no year; placed at the year another "
                            "source gives")))
        x, line_bottom = 8.0, y + h
        for symbol, indent, text in entries:
            lines = self._wrapped(text, font, right - 8 - indent)
            width = indent + max(self.text_width(line, font) for line in lines)
            if x > 8 and x + width > right:  # the next line of the key
                x, y = 8.0, line_bottom + 4
            scene.addItem(symbol)
            symbol.setPos(x, y)
            for n, line in enumerate(lines):
                self.add_text(scene, line, x + indent, y + n * h, colors.muted, font)
            line_bottom = max(line_bottom, y + len(lines) * h)
            x += width + 18

    def _wrapped(self, text: str, font: QFont, room: float) -> list[str]:
        """``text`` in lines no wider than ``room``, broken between words (a word wider than
        the room on a line of its own)."""
        lines: list[str] = []
        for word in text.split():
            if lines and self.text_width(f"{lines[-1]} {word}", font) <= room:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return lines or [text]

    @staticmethod
    def _tip(event: TimelineEvent) -> str:
        fact = event.fact
        when = event.stated.iso()
        if event.placed is None:
            where = translate(
                    "Timeline", "No source gives the year, so it is not placed on the axis.")
        elif event.year_inferred:
            where = labels.fill(translate(
                    "Timeline", "The source states no year: placed at %1, the year "
                                          "%2 gives."), event.placed.iso(), event.year_from)
        else:
            where = labels.fill(translate("Timeline", PLACED[event.placed.precision]), when)
        return tooltip(fact_label(fact.topic),
                       labels.fill(translate("Timeline", "As stated: “%1” (read as %2)"),
                                   nested(fact.stated), when),
                       where, quotation(fact.statement),
                       labels.fill(translate(
                               "Timeline", "Source: %1 (%2)"), event.source_title, fact.source),
                       translate(
                               "Timeline",
                               "Click to show the fact and the passage that states it."))

