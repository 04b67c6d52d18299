"""The parts of the window built when first needed, and what each is wired to.

The first paint shows the tab bar, one record tab and placeholders (issue 24's start-up by
design): the detail pane and the source reader, the search results, the other record tabs, the
Views tab, annotating and the export flow are each built here the first time something asks
for them, then connected to the window once. Keeping them together gives the window one place
that knows what is built, so that a new archive reaches every built part and no other.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from viewer.gui.tables.record_tab import RecordTab
from viewer.gui.window.actions import give_row_menu
from viewer.gui.window.deferred import LatestLater
from viewer.gui.window.tab_slots import ANNOTATIONS_TAB, VIEWS_TAB
from viewer.gui.window.window_state import restore_sort, sort_keys

if TYPE_CHECKING:
    from viewer.archive.store import Archive
    from viewer.gui.annotating.annotator import Annotator
    from viewer.gui.charts.views_tab import ViewsTab
    from viewer.gui.reading.detail_pane import DetailPane
    from viewer.gui.reading.source_reader import SourceReader
    from viewer.gui.search.search_panel import SearchPanel
    from viewer.gui.tables.export_dialog import ExportRun
    from viewer.gui.window.main_window import MainWindow

# The detail pane and the reader share the side splitter in these sizes until the user moves it.
DETAIL_SIDE_SIZES = [420, 360]


class Panes:
    """Builds each lazily made part of ``window`` once, connects it, and hands it the archive."""

    def __init__(self, window: MainWindow, annotations: Path | None) -> None:
        self._window = window
        self._annotations_path = annotations  # None: the database in the user's data folder
        self.record_tabs: dict[str, RecordTab] = {}
        self.detail: DetailPane | None = None
        self.reader: SourceReader | None = None
        self.search_panel: SearchPanel | None = None
        self.views_tab: ViewsTab | None = None
        self.annotator: Annotator | None = None
        self.export_run: ExportRun | None = None
        self._source_requests = LatestLater(window)  # the reader's documents (open_source)
        # What holds the detail side's place in the first paint, until it is built.
        self.detail_placeholder: QWidget | None = None

    # -- built on first use ----------------------------------------------------------------

    def build_detail_side(self) -> tuple[DetailPane, SourceReader]:
        """The detail pane and the source reader, beside each other under the tabs."""
        if self.detail is not None and self.reader is not None:
            return self.detail, self.reader
        from viewer.gui.reading.detail_pane import DetailPane
        from viewer.gui.reading.source_reader import SourceReader

        window = self._window
        self.detail = detail = DetailPane(window.workers, parent=window)
        self.reader = reader = SourceReader(parent=window, workers=window.workers)
        splitter = window.detail_splitter
        splitter.addWidget(detail)
        splitter.addWidget(reader)
        for widget in (detail, *reader.text_fields()):
            window.window_keys.watch(widget)
        if (placeholder := self.detail_placeholder) is not None:
            self.detail_placeholder = None
            placeholder.setParent(None)
            placeholder.deleteLater()
        sizes = window.settings.splitter_sizes(splitter.objectName())
        splitter.setSizes(sizes if sizes and len(sizes) == 2 else DETAIL_SIDE_SIZES)
        detail.link_activated.connect(window.navigate)
        detail.source_requested.connect(self.open_source)
        self.get_annotator().install(detail, reader)
        self._detail_side_show_archive(window.archive)
        return detail, reader

    def get_search_panel(self) -> SearchPanel:
        if self.search_panel is not None:
            return self.search_panel
        from viewer.gui.search.search_panel import SearchPanel

        window = self._window
        self.search_panel = panel = SearchPanel(window.workers, window)
        window.browse_stack.addWidget(panel)
        panel.hit_activated.connect(window.navigate)
        panel.results_shown.connect(lambda _r: window.update_status())
        panel.selection_changed.connect(window.update_status)
        panel.summary_changed.connect(window.update_status)
        panel.close_requested.connect(window.search_box.clear)
        panel.suggestion_chosen.connect(self._search_instead)
        panel.set_archive(window.archive)
        give_row_menu(panel.view, window.actions_by_key)
        self.get_annotator().install_search(panel)
        return panel

    def get_record_tab(self, table: str) -> RecordTab:
        tab = self.record_tabs.get(table)
        if tab is not None:
            return tab
        window = self._window
        tab = RecordTab(table, window.workers, window.tabs)
        self.record_tabs[table] = tab
        window.tab_slots.install(table, tab)  # in place before it says anything about itself
        tab.record_selected.connect(window.navigate)
        tab.status_changed.connect(window.update_status)
        tab.restore_column_widths(window.settings.column_widths(table))
        restore_sort(window.settings, table, tab.view.horizontalHeader(), sort_keys(tab))
        tab.set_archive(window.archive)
        give_row_menu(tab.view, window.actions_by_key)
        window.window_keys.watch(tab.filter)
        return tab

    def get_views_tab(self) -> ViewsTab:
        if self.views_tab is not None:
            return self.views_tab
        from viewer.gui.charts.views_tab import ViewsTab

        window = self._window
        views = ViewsTab(window.workers, window.tabs)
        views.record_activated.connect(window.navigate)
        views.status_changed.connect(window.update_status)
        views.folder_used.connect(self._folder_used)
        if (folder := window.settings.last_export_folder) is not None:
            views.set_save_folder(folder)
        views.set_archive(window.archive)
        self.views_tab = views
        window.tab_slots.install(VIEWS_TAB, views)
        return views

    def get_annotator(self) -> Annotator:
        if self.annotator is None:
            from viewer.gui.annotating.annotator import Annotator

            self.annotator = Annotator(self._window, self._annotations_path)
        return self.annotator

    def get_annotations_tab(self) -> QWidget:
        tab = self.get_annotator().tab
        slots = self._window.tab_slots
        if slots.widgets[ANNOTATIONS_TAB] is not tab:
            tab.status_changed.connect(self._window.update_status)
            slots.install(ANNOTATIONS_TAB, tab)
        return tab

    def other_sorts(self) -> dict[str, tuple[str, bool]]:
        """The sort orders of the tabs built that show no table (the Annotations tab's), to
        be remembered as the record tabs' are."""
        tab = self.annotator.built_tab if self.annotator is not None else None
        return {ANNOTATIONS_TAB: tab.sorted_by()} if tab is not None else {}

    def get_export_run(self) -> ExportRun:
        if self.export_run is None:
            from viewer.gui.tables.export_dialog import ExportRun

            window = self._window
            run = ExportRun(window.workers, window.settings, window)
            run.finished.connect(lambda text: window.statusBar().showMessage(text, 15000))
            run.failed.connect(self._export_failed)
            self.export_run = run
        return self.export_run

    # -- what the built parts are told -----------------------------------------------------

    def open_source(self, source_id: int, ranges: list[tuple[int, int]]) -> None:
        """Open the reader at a record's spans in a later turn of the event loop, if no other
        is asked for before (see :class:`LatestLater`)."""
        reader = self.reader
        if reader is not None:
            self._source_requests.ask(lambda: reader.show_spans(source_id, ranges))

    def set_archive(self, archive: Archive | None) -> None:
        """Hand ``archive`` to every part built so far; the others get it when built."""
        self._detail_side_show_archive(archive)
        for part in (self.search_panel, self.views_tab, *self.record_tabs.values()):
            if part is not None:
                part.set_archive(archive)

    def _detail_side_show_archive(self, archive: Archive | None) -> None:
        self._source_requests.withdraw()  # a document of the previous archive: not opened
        if self.detail is None or self.reader is None:
            return
        self.detail.set_archive(archive)
        self.reader.set_archive(archive)
        if archive is None:
            self.detail.show_empty(QCoreApplication.translate(
                "Window", "No archive is open. Use File › Open Archive… to choose one, or "
                "File › Rebuild from Seeds… to build it."))

    def _export_failed(self, message: str) -> None:
        from viewer.gui.window.errors import show_error

        window = self._window
        window.last_error = show_error(
            window, QCoreApplication.translate("Window", "Export failed"), message,
            QCoreApplication.translate("Window", "Nothing was written; any earlier file there "
                                       "is unchanged."))

    def _search_instead(self, text: str) -> None:
        """Put ``text`` ("Did you mean …?") in the search box and search it at once."""
        self._window.search_box.setText(text)
        self._window.search_box.flush()

    def _folder_used(self, folder: Path) -> None:
        """A chart or an export was saved in ``folder``: the next save dialog starts there."""
        self._window.settings.last_export_folder = folder

    def stop(self) -> None:
        """The window is closing: nothing more opens, and no export is left half written."""
        self._source_requests.close()
        if self.reader is not None:
            self.reader.stop()
        if self.export_run is not None:
            self.export_run.cancel()  # an export stopped at close leaves no file

    def close_annotations(self) -> None:
        """Last, once no worker runs: the annotations database is closed."""
        if self.annotator is not None:
            self.annotator.close()
