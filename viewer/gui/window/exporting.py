"""Export Selection's checks before the export dialog: that there are records here to
export, that no export is running, and that a selection is not too large to gather."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStatusBar, QWidget

from viewer.gui.labels import fill, number
from viewer.gui.tables.record_tab import GATHER_LIMIT, selected_row_count
from viewer.gui.window.errors import show_info

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from viewer.archive.store import Archive
    from viewer.gui.search.search_panel import SearchPanel
    from viewer.gui.tables.export_dialog import ExportRun
    from viewer.gui.tables.record_tab import RecordTab


def export_selection(parent: QWidget, archive: Archive | None, tab: RecordTab | None,
                     searching: bool, export_run: Callable[[], ExportRun],
                     search_panel: Callable[[], SearchPanel],
                     status: QStatusBar) -> QMessageBox | None:
    """Ask where to export the selected rows of ``tab`` or the search results (nothing
    selected: all that match); see :mod:`viewer.gui.tables.export_dialog`. Returns the message
    shown instead when there is nothing here to export or too much selected."""
    if archive is None or (tab is None and not searching):
        return show_info(
            parent, translate("Exporting", "Export Selection"),
            translate("Exporting", "There are no records here to export."),
            translate("Exporting", "Open an archive, then select rows in a table's tab or in "
                      "the search results.") if archive is None else
            translate("Exporting", "Select rows in a table's tab or in the search results."))
    if export_run().running:
        status.showMessage(translate("Exporting", "An export is already running."), 4000)
        return None
    from viewer.gui.tables.export_request import request_for_search, request_for_tab

    if (tab is not None and not searching
            and (many := selected_row_count(tab.view)) > GATHER_LIMIT
            and not tab.every_row_selected()):
        return show_info(
            parent, translate("Exporting", "Export Selection"),
            fill(translate("Exporting", "%1 rows are selected: too many to export as a "
                           "selection (at most %2)."), number(many), number(GATHER_LIMIT)),
            translate("Exporting", "Select fewer rows, or select them all (Ctrl+A) or none to "
                      "export every row that matches the tab's filter."))
    request = (request_for_search(search_panel()) if searching or tab is None
               else request_for_tab(tab))
    export_run().ask(request, archive.path)
    return None
