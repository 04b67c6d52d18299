"""Column widths fitted to a table view's width: every column stays in sight.

The record tabs measure their columns from the first rows' text, the Annotations list starts
from widths of its own; both then fit them here to the width the view has. Too wide, every
column gives up room in proportion to what it has above :data:`MIN_WIDTH` (and, when even
that is not enough, as at seven columns in an 800-pixel window, above
:data:`LAST_RESORT_WIDTH`): the widest give up the most and none is pushed out of sight. Too
narrow, the room to spare goes to one column the caller names, the one with the most to show
(left to the header, it stretched the last: Episodes' Minutes while its Title was cut off,
issue 28).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

# No column is fitted narrower than this while the others have room to give...
MIN_WIDTH = 70
# ...nor ever narrower than this: what a column gives up to only when the view has no other
# room.
LAST_RESORT_WIDTH = 40
# A view narrower than this is not fitted (it is being laid out, or hidden).
MIN_ROOM = 200


def fitted_widths(widths: Sequence[int], room: int, grow: int) -> list[int]:
    """``widths`` fitted to ``room``: shrunk in proportion above the floors when they are too
    wide, or the spare room given to column ``grow`` when they are too narrow."""
    fitted = list(widths)
    excess = sum(fitted) - room
    if room > MIN_ROOM and excess > 0:
        for floor in (MIN_WIDTH, LAST_RESORT_WIDTH):
            excess = sum(fitted) - room
            if excess <= 0:
                break
            shrinkable = [max(0, w - floor) for w in fitted]
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


def fit_columns(view: QTableView, widths: Sequence[int], room: int, grow: int) -> list[int]:
    """Size the view's columns to ``widths`` fitted to ``room`` (:func:`fitted_widths`);
    returns the widths given."""
    fitted = fitted_widths(widths, room, grow)
    header = view.horizontalHeader()
    for column, width in enumerate(fitted):
        header.resizeSection(column, width)
    return fitted


def sized_by_hand() -> bool:
    """Whether a column being resized is being dragged: only a drag sizes one with a mouse
    button held. A column the user has sized is not fitted again."""
    return QApplication.mouseButtons() != Qt.MouseButton.NoButton
