"""Column widths fitted to a table view's width: every column stays in sight.

The record tabs measure their columns from the first rows' text, the Annotations list starts
from widths of its own; both then fit them here to the width the view has. Too wide, every
column gives up room in proportion to what it has above :data:`MIN_WIDTH` (and, when even
that is not enough, as at seven columns in an 800-pixel window, above
:data:`LAST_RESORT_WIDTH`): the widest give up the most and none is pushed out of sight. Too
narrow, the room to spare goes to one column the caller names, the one with the most to show
(left to the header, it stretched the last: Episodes' Minutes while its Title was cut off,
issue 28). The search results and the Annotations list fit theirs again on every resize until
the user drags a column (:class:`ColumnFit`); the record tabs, which measure their text, keep
rules of their own.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QTableView, QWidget

# No column is fitted narrower than this while the others have room to give...
MIN_WIDTH = 70
# ...nor ever narrower than this: what a column gives up to only when the view has no other
# room.
LAST_RESORT_WIDTH = 40
# A view narrower than this is not fitted (it is being laid out, or hidden).
MIN_ROOM = 200


def fitted_widths(widths: Sequence[int], room: int, grow: int,
                  keep: Collection[int] = ()) -> list[int]:
    """``widths`` fitted to ``room``: shrunk in proportion above the floors when they are too
    wide (the columns of ``keep`` never: their width is what their words need), or the spare
    room given to column ``grow`` when they are too narrow."""
    fitted = list(widths)
    excess = sum(fitted) - room
    if room > MIN_ROOM and excess > 0:
        for floor in (MIN_WIDTH, LAST_RESORT_WIDTH):
            excess = sum(fitted) - room
            if excess <= 0:
                break
            shrinkable = [0 if c in keep else max(0, w - floor)
                          for c, w in enumerate(fitted)]
            total = sum(shrinkable) or 1
            fitted = [w - min(s, excess * s // total + 1)
                      for w, s in zip(fitted, shrinkable, strict=True)]
    elif room > 0 and excess < 0 and fitted:
        fitted[grow] += -excess
    return fitted


def column_room(view: QTableView, width: int) -> int:
    """The width a view's columns have when the view is ``width`` wide: less its frame and a
    vertical scroll bar, shown or not (so the widths do not change when one appears)."""
    return width - 2 * view.frameWidth() - view.verticalScrollBar().sizeHint().width()


def fit_columns(view: QTableView, widths: Sequence[int], room: int, grow: int,
                keep: Collection[int] = ()) -> list[int]:
    """Size the view's columns to ``widths`` fitted to ``room`` (:func:`fitted_widths`);
    returns the widths given."""
    fitted = fitted_widths(widths, room, grow, keep)
    header = view.horizontalHeader()
    for column, width in enumerate(fitted):
        header.resizeSection(column, width)
    return fitted


def sized_by_hand() -> bool:
    """Whether a column being resized is being dragged: only a drag sizes one with a mouse
    button held. A column the user has sized is not fitted again."""
    return QApplication.mouseButtons() != Qt.MouseButton.NoButton


class ColumnFit(QObject):
    """A view's columns fitted to the width of ``room`` (the widget whose width they have:
    the view's own holder, or one that keeps its width while the view waits hidden), fitted
    again whenever ``room`` is resized, until the user drags a column: from then on the
    widths are the user's, for as long as the view lives.

    It watches ``room``'s own resize event, which comes with ``room`` at its new width. A
    filter on a widget further up runs before Qt lays out that widget's children, so a fit
    there could read the width ``room`` had before."""

    def __init__(self, view: QTableView, room: QWidget, widths: Sequence[int], grow: int,
                 keep: Collection[int] = ()) -> None:
        super().__init__(view)
        self.view, self.room = view, room
        self.widths, self.grow, self.keep = tuple(widths), grow, frozenset(keep)
        # Whether the user has sized a column (by dragging it): the fit then stops.
        self.sized_by_user = False
        self._fitting = False
        header = view.horizontalHeader()
        for column, width in enumerate(self.widths):  # until ``room`` has a width to fit
            header.resizeSection(column, width)
        header.sectionResized.connect(self._section_resized)
        room.installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        """Fit the columns to ``room``'s width now."""
        self._fitting = True  # a mouse button held elsewhere (a splitter's) is not a drag
        try:
            fit_columns(self.view, self.widths, column_room(self.view, self.room.width()),
                        self.grow, self.keep)
        finally:
            self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.room and event.type() == QEvent.Type.Resize
                and not self.sized_by_user):
            self.fit()
        return False

    def _section_resized(self, _column: int, _old: int, _width: int) -> None:
        if not self._fitting and sized_by_hand():
            self.sized_by_user = True
