"""The main window: wires the tabs, the search, the detail pane and the source reader.

It owns little logic of its own (STYLE.md, principle 8): the constructor creates the actions,
builds the widgets, connects them and restores the saved state. The parts built on first use
are :class:`~viewer.gui.window.panes.Panes`'; which archive is shown is
:class:`~viewer.gui.window.archive_switch.ArchiveSwitch`'s; what is in view and what follows
from it is :class:`~viewer.gui.window.browsing.Browsing`'s. Each handler named in
:mod:`viewer.gui.window.actions` is a method here. The archive and the settings come in through
the constructor; background jobs go through one :class:`~viewer.gui.workers.WorkerPool`.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from viewer.archive.store import Archive
from viewer.gui.tables.record_tab import RecordTab
from viewer.gui.window import clipboard, keyboard
from viewer.gui.window.actions import WindowKeysFirst, build_menus, create_actions
from viewer.gui.window.archive_switch import ArchiveSwitch
from viewer.gui.window.browsing import Browsing
from viewer.gui.window.first_paint import FirstPaintWatch
from viewer.gui.window.history import History
from viewer.gui.window.layout import Layout
from viewer.gui.window.panes import Panes
from viewer.gui.window.settings import ViewerSettings
from viewer.gui.window.window_state import restore_window, save_window
from viewer.gui.workers import WorkerPool

if TYPE_CHECKING:  # imported where first needed: start-up builds only the first paint
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox  # enums made on first use

    from viewer.archive.records.kinds import Record
    from viewer.gui.annotating.annotator import Annotator
    from viewer.gui.charts.views_tab import ViewsTab
    from viewer.gui.reading.detail_pane import DetailPane
    from viewer.gui.reading.source_reader import SourceReader
    from viewer.gui.search.search_panel import SearchPanel
    from viewer.gui.tables.export_dialog import ExportRun
    from viewer.gui.window.about import AboutDialog
    from viewer.gui.window.places import Place


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
        self.settings_dialog: QDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self._first_paint = FirstPaintWatch(self)
        self.panes = Panes(self, annotations)
        self.browsing = Browsing(self)
        self.switch = ArchiveSwitch(self)
        self._create_actions()
        self._build_ui()
        self._connect_signals()
        self._restore_state()
        self.switch.show(archive)
        self._first_paint.watch()
        # The detail pane, the source reader and the search results are not in the first
        # paint (nothing is selected or searched yet): they are built just after it, one per
        # turn of the event loop, or earlier if something asks for them. Their modules are
        # imported a turn ahead, so that no one turn holds the window long.
        self.after_first_paint(
            lambda: import_module("viewer.gui.reading.detail_pane"),
            lambda: import_module("viewer.gui.reading.source_reader"),
            self.panes.build_detail_side,
            lambda: import_module("viewer.gui.search.search_panel"),
            self.panes.get_search_panel,
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
        layout = Layout(self, self.actions_by_key, self.window_keys.watch)
        self.search_box, self.tabs, self.tab_list = layout.search_box, layout.tabs, layout.tab_list
        self.tab_slots = layout.slots
        self.browse_stack, self.count_label = layout.browse_stack, layout.count_label
        self.detail_splitter, self.main_splitter = layout.detail_splitter, layout.main_splitter
        self.panes.detail_placeholder = layout.detail_placeholder

    def _connect_signals(self) -> None:
        self.search_box.text_settled.connect(self.browsing.search_settled)
        self.search_box.submitted.connect(lambda: self.search_panel.open_current())
        self.search_box.down_pressed.connect(lambda: self.search_panel.focus_results())
        self.tabs.currentChanged.connect(lambda _index: self.browsing.tab_changed())
        self.history.changed.connect(self._history_changed)

    def _restore_state(self) -> None:
        restore_window(self.settings, self, self.main_splitter)
        self._history_changed()

    def _save_state(self) -> None:
        save_window(self.settings, self, (self.main_splitter, self.detail_splitter),
                    self.panes.record_tabs, self.browsing.shown_key, self.panes.other_sorts())

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_state()
        self.switch.close()
        self.panes.stop()
        self.workers.shut_down()
        self.panes.close_annotations()
        super().closeEvent(event)

    # -- the parts built on first use (viewer.gui.window.panes) -----------------------------

    @property
    def detail(self) -> DetailPane:
        """The detail pane (built now if it has not been yet, after the first paint)."""
        return self.panes.build_detail_side()[0]

    @property
    def reader(self) -> SourceReader:
        return self.panes.build_detail_side()[1]

    @property
    def search_panel(self) -> SearchPanel:
        return self.panes.get_search_panel()

    def record_tab(self, table: str) -> RecordTab:
        """The tab of ``table``, built in its placeholder's place the first time needed."""
        return self.panes.get_record_tab(table)

    @property
    def views_tab(self) -> ViewsTab:
        return self.panes.get_views_tab()

    @property
    def annotator(self) -> Annotator:
        """Annotating (issue 31), set up the first time it is needed, after the first paint."""
        return self.panes.get_annotator()

    @property
    def annotations_tab(self) -> QWidget:
        return self.panes.get_annotations_tab()

    @property
    def export_run(self) -> ExportRun:
        return self.panes.get_export_run()

    def tab_index(self, key: str) -> int:
        """Where the tab of ``key`` (a table, or ``"views"``) sits, built or not."""
        return self.tab_slots.index(key)

    # -- the archive (viewer.gui.window.archive_switch; File › Open and Rebuild go there) ----

    def open_archive(self, path: Path | str) -> bool:
        """Open another archive now; on failure say why and keep the current one. (File ›
        Open opens in a worker instead, through :attr:`opening`.)"""
        return self.switch.open_now(path)

    # -- navigation -----------------------------------------------------------------------

    def navigate(self, table: str, record_id: int) -> None:
        """Show a record in the detail pane as a new step in the history."""
        from viewer.gui.window.places import Place

        tab = self.panes.record_tabs.get(table)
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

    # -- what is in view (viewer.gui.window.browsing) ----------------------------------------

    def current_tab(self) -> RecordTab | None:
        """The record tab in view (built now if it was not); None while another tab is."""
        return self.browsing.current_tab()

    def update_status(self) -> None:
        self.browsing.update_status()

    def selected_records(self) -> tuple[str, list[Record]]:
        return self.browsing.selected_records()

    # -- selection, clipboard, keyboard -----------------------------------------------------

    def copy_selection(self) -> None:
        clipboard.copy_selection(self.browsing.current_view, self.statusBar())

    def copy_citation(self) -> None:
        clipboard.copy_citation(self.archive, self.panes.reader, self.browsing.current_view,
                                self.selected_records, self.statusBar())

    def select_all(self) -> None:
        clipboard.select_all(self.browsing.current_view)

    def next_tab(self) -> None:
        keyboard.step_tab(self.tabs, 1, self.browsing.searching(), self.statusBar())

    def previous_tab(self) -> None:
        keyboard.step_tab(self.tabs, -1, self.browsing.searching(), self.statusBar())

    def focus_chain(self) -> list[QWidget]:
        """Where Tab goes, in the order the window is laid out (issue 28): the search box, the
        tabs, the tab's filter and table (or the search results, or the chart in view), the
        detail pane, then the reader's document picker, switch, find line and text."""
        searching = self.browsing.searching()
        return keyboard.window_chain(
            self.search_box, self.search_panel.focus_chain() if searching else None,
            self.tabs, None if searching else self.current_tab(), self.panes.views_tab,
            self.panes.detail, self.panes.reader)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab through :meth:`focus_chain`; Qt's own order, kept by creation,
        went from the search box to widgets built later in whatever order they were built."""
        from PySide6.QtWidgets import QApplication

        return (keyboard.step_focus(self.focus_chain(), QApplication.focusWidget(), next)
                or super().focusNextPrevChild(next))

    def find_where_focused(self) -> None:
        """Ctrl+F: find in the reader's document with the focus there; else the search box."""
        in_reader = keyboard.focus_in(self.panes.reader)
        (self.reader.start_find if in_reader else self.focus_search)()

    def focus_search(self) -> None:
        """Ctrl+K: the search box, wherever the focus is (the reader's too)."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def find_next(self, step: int = 1) -> None:
        keyboard.step_through_results(self.panes.reader, self.panes.search_panel,
                                      self.browsing.searching(), step, self.statusBar(),
                                      self.focus_search)

    def find_previous(self) -> None:
        self.find_next(-1)

    # -- commands -------------------------------------------------------------------------

    def export_selection(self) -> None:
        """The selected rows or results, or (nothing selected) all that match."""
        from viewer.gui.window import exporting  # with the export dialog, when first asked

        if self.browsing.annotations_shown() and not self.browsing.searching():
            tab_ = self.annotator.tab
            self.annotator.ask_export(tab_.selected() or tab_.shown())
            return
        shown = exporting.export_selection(self, self.archive, self.current_tab(),
                                           self.browsing.searching(), lambda: self.export_run,
                                           lambda: self.search_panel, self.statusBar())
        if shown is not None:
            self.last_message = shown

    # -- dialogs of the Edit and Help menus, each made when asked for ---------------------

    def show_settings(self) -> QDialog:
        """Edit › Settings…: the window's language (used from the next start)."""
        from viewer.gui.window.settings_dialog import SettingsDialog

        self.settings_dialog = dialog = SettingsDialog(self.settings, self)
        dialog.open()
        return dialog

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
