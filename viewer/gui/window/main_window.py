"""The main window: wires the tabs, the search, the detail pane and the source reader.

It owns little logic of its own (STYLE.md, principle 8): the constructor creates the actions,
builds the widgets, connects them and restores the saved state. Each handler named in
:mod:`viewer.gui.window.actions` is a method here. The archive and the settings come in through the
constructor; background jobs go through one :class:`~viewer.gui.workers.WorkerPool`.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QTableView, QWidget

from viewer.archive.store import Archive, ArchiveError
from viewer.gui.tables.record_tab import RecordTab
from viewer.gui.window import clipboard, keyboard
from viewer.gui.window.actions import WindowKeysFirst, build_menus, create_actions, give_row_menu
from viewer.gui.window.archive_opening import OpenRun
from viewer.gui.window.deferred import LatestLater
from viewer.gui.window.errors import show_error
from viewer.gui.window.first_paint import FirstPaintWatch
from viewer.gui.window.history import History, Place
from viewer.gui.window.layout import build_layout
from viewer.gui.window.rebuild import RebuildRun
from viewer.gui.window.settings import ViewerSettings
from viewer.gui.window.tab_slots import ANNOTATIONS_TAB, OWN_TABS, TAB_ORDER, VIEWS_TAB, has_rows
from viewer.gui.window.window_state import restore_window, save_window
from viewer.gui.workers import WorkerPool

if TYPE_CHECKING:  # imported where first needed: start-up builds only the first paint
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox  # their enums: ~3 ms

    from viewer.archive.records import Record
    from viewer.gui.annotating.annotator import Annotator
    from viewer.gui.charts.views_tab import ViewsTab
    from viewer.gui.reading.detail_pane import DetailPane
    from viewer.gui.reading.source_reader import SourceReader
    from viewer.gui.search.search_panel import SearchPanel
    from viewer.gui.tables.export_dialog import ExportRun
    from viewer.gui.window.about import AboutDialog


class MainWindow(QMainWindow):
    def __init__(self, archive: Archive | None, settings: ViewerSettings,
                 parent: QWidget | None = None, *, annotations: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.archive: Archive | None = None
        self.settings = settings
        self.workers = WorkerPool(self)
        self.history = History(self)
        self.last_error: QMessageBox | None = None
        self.last_message: QMessageBox | None = None
        self.about_dialog: AboutDialog | None = None
        self.help_dialog: QDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.rebuild = RebuildRun(self.workers, self)
        self.opening = OpenRun(self.workers, self)
        self._export_run: ExportRun | None = None
        self._views_tab: ViewsTab | None = None
        self._detail: DetailPane | None = None
        self._reader: SourceReader | None = None
        self._search_panel: SearchPanel | None = None
        self._source_requests = LatestLater(self)  # the reader's documents (_open_source)
        self._closed = False
        self._first_paint = FirstPaintWatch(self)
        # Background jobs asked for before the first paint (the first tab's count) start
        # after it, so that no worker thread competes with the GUI thread until then.
        self.workers.hold()
        self.after_first_paint(self.workers.release)
        # The user's annotations database (None: the one in the user's data folder).
        self._annotations_path = annotations
        self._annotator: Annotator | None = None
        self._create_actions()
        self._build_ui()
        self._connect_signals()
        self._restore_state()
        self._show_archive(archive)
        # The detail pane, the source reader and the search results are not in the first
        # paint (nothing is selected or searched yet): they are built just after it, one per
        # turn of the event loop, or earlier if something asks for them. Their modules are
        # imported a turn ahead, so that no one turn holds the window long.
        self.after_first_paint(
            lambda: import_module("viewer.gui.reading.detail_pane"),
            lambda: import_module("viewer.gui.reading.source_reader"),
            self._build_detail_side,
            lambda: import_module("viewer.gui.search.search_panel"),
            self._build_search_panel,
            lambda: self.reader.warm_up(),
            lambda: self.search_panel.warm_up())

    def after_first_paint(self, *steps: Callable[[], object]) -> None:
        """Call each of ``steps`` once the window has first painted, one per turn of the event
        loop (see :class:`FirstPaintWatch`)."""
        self._first_paint.add(steps)

    # -- construction ---------------------------------------------------------------------

    def _create_actions(self) -> None:
        self.actions_by_key = create_actions(self)
        build_menus(self.menuBar(), self.actions_by_key)
        self.window_keys = WindowKeysFirst(self.actions_by_key.values(), self)

    def _build_ui(self) -> None:
        layout = build_layout(self, self.actions_by_key, self.window_keys.watch)
        self.search_box, self.tabs, self.tab_list = layout.search_box, layout.tabs, layout.tab_list
        self._slots = layout.slots
        self._record_tabs: dict[str, RecordTab] = {}
        self.browse_stack, self.count_label = layout.browse_stack, layout.count_label
        self.detail_splitter, self.main_splitter = layout.detail_splitter, layout.main_splitter
        self._detail_placeholder = layout.detail_placeholder

    def _connect_signals(self) -> None:
        self.search_box.text_settled.connect(self._search_settled)
        self.search_box.submitted.connect(lambda: self.search_panel.open_current())
        self.search_box.down_pressed.connect(lambda: self.search_panel.focus_results())
        self.tabs.currentChanged.connect(self._tab_changed)
        self.history.changed.connect(self._history_changed)
        self.rebuild.finished.connect(self._rebuild_finished)
        self.rebuild.failed.connect(self._rebuild_failed)
        self.opening.opened.connect(self._adopt_archive)
        self.opening.failed.connect(self._open_failed)
        self.opening.cancelled.connect(
            lambda path: self.statusBar().showMessage(f"Did not open {path}: cancelled", 5000))

    def _build_detail_side(self) -> None:
        """Build the detail pane and the source reader (once)."""
        if self._detail is not None:
            return
        from viewer.gui.reading.detail_pane import DetailPane
        from viewer.gui.reading.source_reader import SourceReader

        self._detail = detail = DetailPane(self.workers, parent=self)
        self._reader = reader = SourceReader(parent=self, workers=self.workers)
        self.detail_splitter.addWidget(detail)
        self.detail_splitter.addWidget(reader)
        for widget in (detail, *reader.text_fields()):
            self.window_keys.watch(widget)
        self._detail_placeholder.setParent(None)
        self._detail_placeholder.deleteLater()
        sizes = self.settings.splitter_sizes(self.detail_splitter.objectName())
        self.detail_splitter.setSizes(sizes if sizes and len(sizes) == 2 else [420, 360])
        detail.link_activated.connect(self.navigate)
        detail.source_requested.connect(self._open_source)
        self.annotator.install(detail, reader)
        self._detail_side_show_archive()

    def _build_search_panel(self) -> None:
        """Build the search results panel (once)."""
        if self._search_panel is not None:
            return
        from viewer.gui.search.search_panel import SearchPanel

        self._search_panel = panel = SearchPanel(self.workers, self)
        self.browse_stack.addWidget(panel)
        panel.hit_activated.connect(self.navigate)
        panel.results_shown.connect(lambda _r: self._update_status())
        panel.selection_changed.connect(self._update_status)
        panel.close_requested.connect(self.search_box.clear)
        panel.suggestion_chosen.connect(self._search_instead)
        panel.set_archive(self.archive)
        give_row_menu(panel.view, self.actions_by_key)
        self.annotator.install_search(panel)

    def _open_source(self, source_id: int, ranges: list[tuple[int, int]]) -> None:
        """Open the reader at a record's spans in a later turn of the event loop, if no other
        is asked for before (see :class:`LatestLater`)."""
        reader = self._reader
        if reader is not None:
            self._source_requests.ask(lambda: reader.show_spans(source_id, ranges))

    def _detail_side_show_archive(self) -> None:
        self._source_requests.withdraw()  # a document of the previous archive: not opened
        if self._detail is None or self._reader is None:
            return
        self._detail.set_archive(self.archive)
        self._reader.set_archive(self.archive)
        if self.archive is None:
            self._detail.show_empty("No archive is open. Use File › Open Archive… to choose "
                                    "one, or File › Rebuild from Seeds… to build it.")

    @property
    def detail(self) -> DetailPane:
        """The detail pane (built now if it has not been yet, after the first paint)."""
        self._build_detail_side()
        assert self._detail is not None
        return self._detail

    @property
    def reader(self) -> SourceReader:
        self._build_detail_side()
        assert self._reader is not None
        return self._reader

    @property
    def search_panel(self) -> SearchPanel:
        self._build_search_panel()
        assert self._search_panel is not None
        return self._search_panel

    def record_tab(self, table: str) -> RecordTab:
        """The tab of ``table``, built (in its placeholder's place) the first time it is
        needed."""
        tab = self._record_tabs.get(table)
        if tab is None:
            tab = RecordTab(table, self.workers, self.tabs)
            self._record_tabs[table] = tab
            self._slots.install(table, tab)  # in place before it says anything about itself
            tab.record_selected.connect(self.navigate)
            tab.status_changed.connect(self._update_status)
            tab.restore_column_widths(self.settings.column_widths(table))
            tab.set_archive(self.archive)
            give_row_menu(tab.view, self.actions_by_key)
            self.window_keys.watch(tab.filter)
        return tab

    @property
    def views_tab(self) -> ViewsTab:
        """The Views tab, built (in the placeholder's place) the first time it is needed."""
        if self._views_tab is None:
            from viewer.gui.charts.views_tab import ViewsTab

            views = ViewsTab(self.workers, self.tabs)
            views.record_activated.connect(self.navigate)
            views.status_changed.connect(self._update_status)
            views.folder_used.connect(self._folder_used)
            if (folder := self.settings.last_export_folder) is not None:
                views.set_save_folder(folder)
            views.set_archive(self.archive)
            self._views_tab = views
            self._slots.install(VIEWS_TAB, views)
        return self._views_tab

    def _folder_used(self, folder: Path) -> None:
        """A chart or an export was saved in ``folder``: the next save dialog starts there."""
        self.settings.last_export_folder = folder

    def tab_index(self, key: str) -> int:
        """Where the tab of ``key`` (a table, or ``"views"``) sits, built or not."""
        return self._slots.index(key)

    @property
    def export_run(self) -> ExportRun:
        """The export flow, set up the first time an export is asked for."""
        if self._export_run is None:
            from viewer.gui.tables.export_dialog import ExportRun

            run = ExportRun(self.workers, self.settings, self)
            run.finished.connect(lambda text: self.statusBar().showMessage(text, 15000))
            run.failed.connect(self._export_failed)
            self._export_run = run
        return self._export_run

    def _restore_state(self) -> None:
        restore_window(self.settings, self, self.main_splitter)
        self._history_changed()

    def _save_state(self) -> None:
        save_window(self.settings, self, (self.main_splitter, self.detail_splitter),
                    self._record_tabs, self._last_tab)

    def _last_tab(self) -> str:
        shown = self.current_tab()
        return (ANNOTATIONS_TAB if self._annotations_shown()
                else shown.table if shown is not None else VIEWS_TAB)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_state()
        self._closed = True
        self._source_requests.close()  # nothing more to open (see _open_source)
        if self._reader is not None:
            self._reader.stop()
        if self._export_run is not None:
            self._export_run.cancel()  # an export stopped at close leaves no file
        self.opening.cancel()
        self.workers.shut_down()
        if self._annotator is not None:
            self._annotator.close()
        super().closeEvent(event)

    # -- the archive ----------------------------------------------------------------------

    def _show_archive(self, archive: Archive | None) -> None:
        self.archive = archive
        self.history.clear()
        self._detail_side_show_archive()
        if self._search_panel is not None:
            self._search_panel.set_archive(archive)
        if self._views_tab is not None:
            self._views_tab.set_archive(archive)
        for tab in self._record_tabs.values():
            tab.set_archive(archive)
        for table in TAB_ORDER:
            self.tabs.setTabVisible(self.tab_index(table), has_rows(archive, table))
        # Re-attaching annotations reads their database: not before the first paint.
        self.after_first_paint(lambda: self.annotator.set_archive(archive))
        name = archive.path.name if archive else "no archive"
        self.setWindowTitle(f"Somos Archive — {name}")
        last = self.settings.last_tab()
        if last in self._slots.widgets and self.tabs.isTabVisible(self.tab_index(last)):
            self.tabs.setCurrentIndex(self.tab_index(last))
        self._tab_changed()

    def open_archive(self, path: Path | str) -> bool:
        """Open another archive now; on failure say why and keep the current one. (File ›
        Open opens in a worker instead, through :attr:`opening`.)"""
        try:
            archive = Archive.open(path)
        except ArchiveError as exc:
            self._open_failed(str(exc))
            return False
        self._adopt_archive(archive)
        return True

    def _open_failed(self, message: str) -> None:
        kept = (f"The archive {self.archive.path.name} stays open." if self.archive
                else "No archive is open.")
        self.last_error = show_error(self, "Cannot open archive", message, kept)

    def _adopt_archive(self, archive: Archive) -> None:
        if self._closed:  # opened in a worker while the window closed
            archive.close()
            return
        previous = self.archive
        self._show_archive(archive)
        if previous is not None:
            previous.close()
        self.statusBar().showMessage(f"Opened {archive.path}", 5000)

    # -- navigation -----------------------------------------------------------------------

    def navigate(self, table: str, record_id: int) -> None:
        """Show a record in the detail pane as a new step in the history."""
        tab = self._record_tabs.get(table)
        row = tab.current_row_of(record_id) if tab is not None else None
        self.history.visit(Place(table, record_id, row))
        self._show_place(self.history.current)

    def _show_place(self, place: Place | None) -> None:
        if place is not None:
            self.detail.show_record(place.table, place.id)
            tab = self.current_tab()
            if tab is not None and tab.table == place.table:
                tab.select_record(place.id, place.row)

    def go_back(self) -> None:
        self._show_place(self.history.back())

    def go_forward(self) -> None:
        self._show_place(self.history.forward())

    def _history_changed(self) -> None:
        self.actions_by_key["back"].setEnabled(self.history.can_go_back())
        self.actions_by_key["forward"].setEnabled(self.history.can_go_forward())

    def current_tab(self) -> RecordTab | None:
        """The record tab in view (built now if it was not); None while the Views tab is."""
        widget = self.tabs.currentWidget()
        if isinstance(widget, RecordTab):
            return widget
        key = self._slots.key_of(widget)
        return None if key in OWN_TABS else self.record_tab(key)

    @property
    def annotator(self) -> Annotator:
        """Annotating (issue 31), set up the first time it is needed, after the first paint."""
        if self._annotator is None:
            from viewer.gui.annotating.annotator import Annotator

            self._annotator = Annotator(self, self._annotations_path)
        return self._annotator

    @property
    def annotations_tab(self) -> QWidget:
        """The Annotations tab, built (in the placeholder's place) the first time it is
        needed."""
        tab = self.annotator.tab
        if self._slots.widgets[ANNOTATIONS_TAB] is not tab:
            tab.status_changed.connect(self._update_status)
            self._slots.install(ANNOTATIONS_TAB, tab)
        return tab

    def _annotations_shown(self) -> bool:
        return self.tabs.currentIndex() == self.tab_index(ANNOTATIONS_TAB)

    def _tab_changed(self, _index: int = -1) -> None:
        if self.tabs.currentWidget() is self._slots.widgets[VIEWS_TAB] and self._views_tab is None:
            _ = self.views_tab  # built now, in the placeholder's place
        if self._annotations_shown():
            _ = self.annotations_tab
            self._update_status()
            return
        tab = self.current_tab()
        if tab is None:
            self.views_tab.activate()
            self._update_status()
            return
        tab.activate()
        current = tab.view.currentIndex()
        if current.isValid():  # the pane follows the tab being looked at
            self.navigate(tab.table, tab.model.record(current.row()).id)
        self._update_status()

    def _searching(self) -> bool:
        panel = self._search_panel
        return panel is not None and self.browse_stack.currentWidget() is panel

    def _search_instead(self, text: str) -> None:
        """Put ``text`` ("Did you mean …?") in the search box and search it at once."""
        self.search_box.setText(text)
        self.search_box.flush()

    def _search_settled(self, text: str) -> None:
        self.browse_stack.setCurrentWidget(self.search_panel if text.strip() else self.tabs)
        self.search_panel.search(text)
        self.annotator.search(text)
        from viewer.archive.search_query import search_box_filter  # loaded with the panel's

        # The reader marks what the box searched: "Chenil" as a prefix, stop words not at all.
        self.reader.set_search_text(search_box_filter(text))
        self._update_status()

    def _update_status(self) -> None:
        tab = self.current_tab()
        self.count_label.setText(self.search_panel.status_text() if self._searching()
                                 else self.annotator.tab.status_text()
                                 if self._annotations_shown()
                                 else tab.status_text() if tab is not None
                                 else self.views_tab.status_text())

    # -- selection, clipboard -------------------------------------------------------------

    def _current_view(self) -> QTableView | None:
        if self._searching():
            return self.search_panel.view
        if self._annotations_shown():
            return self.annotator.tab.view
        tab = self.current_tab()
        return tab.view if tab is not None else None

    def selected_records(self) -> tuple[str, list[Record]]:
        """The current tab's table and its selected records, or the selected search results
        (table ``"search"`` when they come from more than one table)."""
        if self._searching():
            return self.search_panel.selected_records(self.archive)
        tab = self.current_tab()
        return (tab.table, tab.selected_records()) if tab is not None else ("", [])

    def copy_selection(self) -> None:
        clipboard.copy_selection(self._current_view, self.statusBar())

    def copy_citation(self) -> None:
        clipboard.copy_citation(self.archive, self._reader, self._current_view,
                                self.selected_records, self.statusBar())

    def select_all(self) -> None:
        clipboard.select_all(self._current_view, self.current_tab)

    def next_tab(self) -> None:
        keyboard.step_tab(self.tabs, 1, self._searching(), self.statusBar())

    def previous_tab(self) -> None:
        keyboard.step_tab(self.tabs, -1, self._searching(), self.statusBar())

    # -- keyboard focus -------------------------------------------------------------------

    def focus_chain(self) -> list[QWidget]:
        """Where Tab goes, in the order the window is laid out (issue 28): the search box, the
        tabs, the tab's filter and table (or the search results, or the chart in view), the
        detail pane, then the reader's document picker, switch, find line and text."""
        searching = self._searching()
        return keyboard.window_chain(
            self.search_box, self.search_panel.focus_chain() if searching else None,
            self.tabs, None if searching else self.current_tab(), self._views_tab,
            self._detail, self._reader)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab through :meth:`focus_chain`; Qt's own order, kept by creation,
        went from the search box to widgets built later in whatever order they were built."""
        from PySide6.QtWidgets import QApplication

        return (keyboard.step_focus(self.focus_chain(), QApplication.focusWidget(), next)
                or super().focusNextPrevChild(next))

    def focus_search(self) -> None:
        """Ctrl+F: the search box; inside the source reader, find in its document."""
        if keyboard.focus_in(self._reader):
            self.reader.start_find()
            return
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def find_next(self) -> None:
        keyboard.step_through_results(self._reader, self._search_panel, self._searching(), 1,
                                      self.statusBar(), self.focus_search)

    def find_previous(self) -> None:
        keyboard.step_through_results(self._reader, self._search_panel, self._searching(), -1,
                                      self.statusBar(), self.focus_search)

    # -- commands -------------------------------------------------------------------------

    def export_selection(self) -> None:
        """The selected rows or results, or (nothing selected) all that match."""
        from viewer.gui.window import exporting  # with the export dialog, when first asked

        if self._annotations_shown() and not self._searching():
            tab_ = self.annotator.tab
            self.annotator.ask_export(tab_.selected() or tab_.shown())
            return
        shown = exporting.export_selection(self, self.archive, self.current_tab(),
                                           self._searching(), lambda: self.export_run,
                                           lambda: self.search_panel, self.statusBar())
        if shown is not None:
            self.last_message = shown

    def _export_failed(self, message: str) -> None:
        self.last_error = show_error(self, "Export failed", message,
                                     "Nothing was written; any earlier file there is unchanged.")

    def open_archive_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = str(self.archive.path.parent) if self.archive else str(Path.home())
        dialog = QFileDialog(self, "Open Archive", start,
                             "Somos archives (*.sqlite *.db);;All files (*)")
        dialog.setObjectName("openArchiveDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.opening.start(Path(path)))
        self.file_dialog = dialog
        dialog.open()

    def rebuild_archive(self) -> None:
        problem = self.rebuild.start()
        if problem:
            self.last_error = show_error(self, "Cannot rebuild", problem)
        else:
            self.actions_by_key["rebuild"].setEnabled(False)

    def _rebuild_finished(self, path: str) -> None:
        self.actions_by_key["rebuild"].setEnabled(True)
        if self.open_archive(Path(path)):
            self.statusBar().showMessage(f"Rebuilt and reopened {path}", 8000)

    def _rebuild_failed(self, message: str) -> None:
        self.actions_by_key["rebuild"].setEnabled(True)
        self.last_error = show_error(self, "Rebuild failed", message,
                                     "The archive that was open stays open, unchanged.")

    # -- annotations (viewer.gui.annotating.annotator) -------------------------------------

    def annotate_selection(self) -> None:
        self.annotator.annotate_selection()

    def tag_record(self) -> None:
        self.annotator.tag_record()

    def undo_edit(self) -> None:
        self.annotator.undo()

    def redo_edit(self) -> None:
        self.annotator.redo()
    def show_shortcuts(self) -> QDialog:
        """Help › Keyboard Shortcuts: the list made from the actions registry."""
        from viewer.gui.window.help_dialogs import shortcuts_dialog

        self.help_dialog = dialog = shortcuts_dialog(self)
        dialog.show()
        return dialog

    def show_guide(self) -> QDialog:
        """Help › Provenance and Disagreements."""
        from viewer.gui.window.help_dialogs import guide_dialog

        self.help_dialog = dialog = guide_dialog(self)
        dialog.show()
        return dialog

    def show_about(self) -> None:
        from viewer.gui.window.about import AboutDialog

        self.about_dialog = AboutDialog(self.archive, self)
        self.about_dialog.open()

