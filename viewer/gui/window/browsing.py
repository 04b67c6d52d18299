"""What the window is showing — a record tab, the search results, the Views tab or the
Annotations tab — and what follows from it: the count in the status bar, the detail pane that
follows the tab in view, the table that Copy and Export act on.

The window asks here instead of keeping flags of its own, so the answer is always read from
the widgets themselves (the tab current, the page of the browse stack).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTableView

from viewer.gui.tables.record_tab import RecordTab
from viewer.gui.window.tab_slots import ANNOTATIONS_TAB, OWN_TABS, VIEWS_TAB

if TYPE_CHECKING:
    from viewer.archive.records.kinds import Record
    from viewer.gui.window.main_window import MainWindow


class Browsing:
    """Reads and follows what ``window`` shows."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def searching(self) -> bool:
        """Whether the search results are in view (instead of the tabs)."""
        panel = self._window.panes.search_panel
        return panel is not None and self._window.browse_stack.currentWidget() is panel

    def annotations_shown(self) -> bool:
        window = self._window
        return window.tabs.currentIndex() == window.tab_index(ANNOTATIONS_TAB)

    def current_tab(self) -> RecordTab | None:
        """The record tab in view (built now if it was not); None while another tab is."""
        window = self._window
        widget = window.tabs.currentWidget()
        if isinstance(widget, RecordTab):
            return widget
        key = window.tab_slots.key_of(widget)
        return None if key in OWN_TABS else window.record_tab(key)

    def shown_key(self) -> str:
        """The key of the tab in view, remembered for the next start."""
        shown = self.current_tab()
        return (ANNOTATIONS_TAB if self.annotations_shown()
                else shown.table if shown is not None else VIEWS_TAB)

    def current_view(self) -> QTableView | None:
        """The table that Copy and Select All act on."""
        window = self._window
        if self.searching():
            return window.search_panel.view
        if self.annotations_shown():
            return window.annotator.tab.view
        tab = self.current_tab()
        return tab.view if tab is not None else None

    def selected_records(self) -> tuple[str, list[Record]]:
        """The current tab's table and its selected records, or the selected search results
        (table ``"search"`` when they come from more than one table)."""
        window = self._window
        if self.searching():
            return window.search_panel.selected_records(window.archive)
        tab = self.current_tab()
        return (tab.table, tab.selected_records()) if tab is not None else ("", [])

    def tab_changed(self) -> None:
        """Another tab is in view: build it if it is a placeholder, and let the detail pane
        follow the row current in it."""
        window = self._window
        if (window.tabs.currentWidget() is window.tab_slots.widgets[VIEWS_TAB]
                and window.panes.views_tab is None):
            _ = window.views_tab  # built now, in the placeholder's place
        if self.annotations_shown():
            _ = window.annotations_tab
            self.update_status()
            return
        tab = self.current_tab()
        if tab is None:
            window.views_tab.activate()
            self.update_status()
            return
        tab.activate()
        current = tab.view.currentIndex()
        if current.isValid():  # the pane follows the tab being looked at
            window.navigate(tab.table, tab.model.record(current.row()).id)
        self.update_status()

    def search_settled(self, text: str) -> None:
        """The search box holds ``text`` and the user stopped typing: search it, or (empty)
        go back to the tabs."""
        window = self._window
        window.browse_stack.setCurrentWidget(window.search_panel if text.strip()
                                             else window.tabs)
        window.search_panel.search(text)
        window.annotator.search(text)
        from viewer.archive.search_query import search_box_filter  # loaded with the panel's

        # The reader marks what the box searched: "Chenil" as a prefix, stop words not at all.
        window.reader.set_search_text(search_box_filter(text))
        self.update_status()

    def update_status(self) -> None:
        """The count beside the search box, of whatever is in view."""
        window = self._window
        tab = self.current_tab()
        window.count_label.setText(window.search_panel.status_text() if self.searching()
                                   else window.annotator.tab.status_text()
                                   if self.annotations_shown()
                                   else tab.status_text() if tab is not None
                                   else window.views_tab.status_text())
