"""The main window's keyboard navigation: the Tab order, stepping between the tabs, and
stepping through the search results (F3).

Functions over the widgets they are given; the window decides which widgets those are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStatusBar, QTabWidget, QWidget

if TYPE_CHECKING:
    from viewer.gui.search.search_panel import SearchPanel


def reachable(chain: Iterable[QWidget]) -> list[QWidget]:
    """The widgets of ``chain`` that Tab can land on now."""
    return [w for w in chain if w.isVisible() and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus]


def step_focus(chain: list[QWidget], focus: QWidget | None, forward: bool) -> bool:
    """Move the focus to the next (or previous) widget of ``chain``, round from the last to
    the first; False, and no move, when the focus is in none of them."""
    here = -1
    for i, widget in enumerate(chain):
        if focus is not None and (focus is widget or widget.isAncestorOf(focus)):
            here = i
    if here < 0 or not chain:
        return False
    chain[(here + (1 if forward else -1)) % len(chain)].setFocus(
        Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
    return True


def step_tab(tabs: QTabWidget, step: int) -> None:
    """Make the next (``step`` 1) or previous (-1) shown tab current, round from the last to
    the first, as a browser's tabs."""
    count, index = tabs.count(), tabs.currentIndex()
    for _ in range(count):
        index = (index + step) % count
        if tabs.isTabVisible(index):
            tabs.setCurrentIndex(index)
            return


def step_through_results(panel: SearchPanel | None, searching: bool, step: int,
                         status: QStatusBar, focus_search: Callable[[], None]) -> None:
    """The next (``step`` 1) or previous (-1) search result; without results, say why."""
    if not searching or panel is None:
        focus_search()
        status.showMessage(
            "Type what to find in the search box; F3 then steps through the results.", 5000)
    elif panel.model.rowCount() == 0:
        status.showMessage("There are no results to step through.", 5000)
    elif not panel.step(step):
        more = " “Load more results” lists the next ones." if (
            step > 0 and panel.load_more.isVisible()) else ""
        status.showMessage(
            ("That was the last result." if step > 0 else "That was the first result.")
            + more, 5000)
