"""The main window's keyboard navigation: the Tab order, stepping between the tabs, and
stepping through the search results (F3).

Functions over the widgets they are given; the window decides which widgets those are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QStatusBar, QTabWidget, QWidget

if TYPE_CHECKING:
    from viewer.gui.charts.views_tab import ViewsTab
    from viewer.gui.reading.source_reader import SourceReader
    from viewer.gui.search.search_panel import SearchPanel
    from viewer.gui.tables.record_tab import RecordTab


def reachable(chain: Iterable[QWidget]) -> list[QWidget]:
    """The widgets of ``chain`` that Tab can land on now."""
    return [w for w in chain if w.isVisible() and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus]


def window_chain(search_box: QWidget, results: list[QWidget] | None, tabs: QTabWidget,
                 tab: RecordTab | None, views: ViewsTab | None, detail: QWidget | None,
                 reader: SourceReader | None) -> list[QWidget]:
    """The window's Tab order, of the widgets Tab can land on now: the search box, then the
    search ``results`` (when searching), else the tab bar and the record ``tab``'s filter and
    table, or the ``views`` tab's charts when in view; then the detail pane and the reader."""
    chain: list[QWidget] = [search_box]
    if results is not None:
        chain += results
    else:
        chain.append(tabs.tabBar())
        if tab is not None:
            chain += [tab.filter, tab.view]
        elif views is not None and tabs.currentWidget() is views:
            chain += [views.tabs.tabBar(), views.current_chart(), *views.save_buttons.values()]
        # any other kind of tab keeps Qt's own order inside it (see step_focus)
    if detail is not None and reader is not None:
        chain += [detail, *reader.focus_chain()]
    return reachable(chain)


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


def step_tab(tabs: QTabWidget, step: int, searching: bool, status: QStatusBar) -> None:
    """Ctrl+PgDown / Ctrl+PgUp (and Ctrl+Tab where the desktop binds it) from anywhere in the
    window, as a browser's tabs: the next (``step`` 1) or previous (-1) shown tab, round from
    the last to the first. QTabWidget's own keys work only with the focus inside it, which the
    search box, the detail pane and the reader are not. Over the search results the tabs are
    out of sight: the keys say how to get back to them rather than change one unseen, or clear
    the search by themselves."""
    if searching:
        status.showMessage(QCoreApplication.translate(
            "Keyboard", "Esc returns from the search results to the tables; Ctrl+PgDown and "
            "Ctrl+PgUp then move between them."), 5000)
        return
    count, index = tabs.count(), tabs.currentIndex()
    for _ in range(count):
        index = (index + step) % count
        if tabs.isTabVisible(index):
            tabs.setCurrentIndex(index)
            return


def focus_in(widget: QWidget | None) -> bool:
    """The keyboard focus is in ``widget`` (None: not built)."""
    from PySide6.QtWidgets import QApplication

    focus = QApplication.focusWidget()
    return (widget is not None and focus is not None
            and (focus is widget or widget.isAncestorOf(focus)))


def step_through_results(reader: SourceReader | None, panel: SearchPanel | None,
                         searching: bool, step: int, status: QStatusBar,
                         focus_search: Callable[[], None]) -> None:
    """F3 / Shift+F3: the next (``step`` 1) or previous (-1) search result, shown in the detail
    pane and the reader wherever the focus is (reading a source, say), as a text editor's Find
    Next moves on from wherever its cursor is. With find in document open in the reader and
    the focus there, they step through its matches instead. Without results, say why."""
    if reader is not None and reader.finding() and focus_in(reader):
        reader.find_step(step)
        return
    if not searching or panel is None:
        focus_search()
        status.showMessage(QCoreApplication.translate(
            "Keyboard", "Type what to find in the search box; F3 then steps through the "
            "results."), 5000)
    elif panel.model.rowCount() == 0:
        status.showMessage(QCoreApplication.translate(
            "Keyboard", "There are no results to step through."), 5000)
    elif not panel.step(step):
        if step < 0:
            said = QCoreApplication.translate("Keyboard", "That was the first result.")
        elif panel.load_more.isVisible():
            said = QCoreApplication.translate(
                "Keyboard", "That was the last result. “Load more results” lists the next "
                "ones.")
        else:
            said = QCoreApplication.translate("Keyboard", "That was the last result.")
        status.showMessage(said, 5000)
