"""Which archive the window shows: opening another, rebuilding from the seeds, and what changes
in the window when the archive does.

Opening and rebuilding run in workers (:class:`OpenRun`, :class:`RebuildRun`); this module
decides what their answers do. Whatever goes wrong, the archive being viewed stays open and
unchanged, and the error says so (issue 30).
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from viewer.archive.store import Archive, ArchiveError
from viewer.gui.labels import fill
from viewer.gui.window.tab_slots import TAB_ORDER, has_rows

if TYPE_CHECKING:
    from viewer.gui.window.archive_opening import OpenRun
    from viewer.gui.window.main_window import MainWindow
    from viewer.gui.window.rebuild import RebuildRun


class ArchiveSwitch(QObject):
    """Opens, adopts and rebuilds archives for ``window``. The runs of File › Open and
    File › Rebuild (and their modules) are made when first used: a start uses neither."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.closed = False  # the window closed: an archive opened in a worker is not adopted
        self._opening: OpenRun | None = None
        self._rebuild: RebuildRun | None = None

    @property
    def opening(self) -> OpenRun:
        """File › Open's run, made the first time it is asked for."""
        if self._opening is None:
            from viewer.gui.window.archive_opening import OpenRun

            window = self._window
            self._opening = opening = OpenRun(window.workers, window)
            opening.opened.connect(self.adopt)
            opening.failed.connect(self.open_failed)
            opening.cancelled.connect(lambda path: window.statusBar().showMessage(
                fill(self.tr("Did not open %1: cancelled"), path), 5000))
        return self._opening

    @property
    def rebuild(self) -> RebuildRun:
        """File › Rebuild's run, made the first time it is asked for."""
        if self._rebuild is None:
            from viewer.gui.window.rebuild import RebuildRun

            self._rebuild = rebuild = RebuildRun(self._window.workers, self._window)
            rebuild.finished.connect(self._rebuild_finished)
            rebuild.failed.connect(self._rebuild_failed)
        return self._rebuild

    def show(self, archive: Archive | None) -> None:
        """Show ``archive`` (None: none) in every part of the window built so far."""
        window = self._window
        window.archive = archive
        window.history.clear()
        window.panes.set_archive(archive)
        for table in TAB_ORDER:
            window.tabs.setTabVisible(window.tab_index(table), has_rows(archive, table))
        # Re-attaching annotations reads their database: not before the first paint. Their
        # modules (and the record classes they name) are imported a turn ahead each, so that
        # no one turn of the event loop holds the window long just after it appears.
        window.after_first_paint(
            lambda: import_module("viewer.archive.records.kinds"),
            lambda: import_module("viewer.annotations.anchoring"),
            lambda: import_module("viewer.gui.annotating.annotator"),
            lambda: window.annotator.set_archive(archive))
        name = archive.path.name if archive else self.tr("no archive")
        window.setWindowTitle(f"Somos Archive — {name}")
        last = window.settings.last_tab()
        if last in window.tab_slots.widgets and window.tabs.isTabVisible(window.tab_index(last)):
            window.tabs.setCurrentIndex(window.tab_index(last))
        window.browsing.tab_changed()

    def open_now(self, path: Path | str) -> bool:
        """Open another archive on this thread; on failure say why and keep the current one."""
        try:
            archive = Archive.open(path)
        except ArchiveError as exc:
            self.open_failed(str(exc))
            return False
        self.adopt(archive)
        return True

    def ask_to_open(self) -> None:
        """File › Open Archive…: a file dialog, then the open in a worker."""
        from PySide6.QtWidgets import QFileDialog

        window = self._window
        start = str(window.archive.path.parent) if window.archive else str(Path.home())
        dialog = QFileDialog(window, self.tr("Open Archive"), start,
                             self.tr("Somos archives (*.sqlite *.db);;All files (*)"))
        dialog.setObjectName("openArchiveDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.opening.start(Path(path)))
        window.file_dialog = dialog
        dialog.open()

    def open_failed(self, message: str) -> None:
        from viewer.gui.window.errors import show_error

        window = self._window
        kept = (fill(self.tr("The archive %1 stays open."), window.archive.path.name)
                if window.archive else self.tr("No archive is open."))
        window.last_error = show_error(window, self.tr("Cannot open archive"), message, kept)

    def adopt(self, archive: Archive) -> None:
        if self.closed:  # opened in a worker while the window closed
            archive.close()
            return
        previous = self._window.archive
        self.show(archive)
        if previous is not None:
            previous.close()
        self._window.statusBar().showMessage(fill(self.tr("Opened %1"), archive.path), 5000)

    def start_rebuild(self) -> None:
        from viewer.gui.window.errors import show_error

        window = self._window
        problem = self.rebuild.start()
        if problem:
            window.last_error = show_error(window, self.tr("Cannot rebuild"), problem)
        else:
            window.actions_by_key["rebuild"].setEnabled(False)

    def _rebuild_finished(self, path: str) -> None:
        window = self._window
        window.actions_by_key["rebuild"].setEnabled(True)
        if self.open_now(Path(path)):
            window.statusBar().showMessage(fill(self.tr("Rebuilt and reopened %1"), path), 8000)

    def _rebuild_failed(self, message: str) -> None:
        from viewer.gui.window.errors import show_error

        window = self._window
        window.actions_by_key["rebuild"].setEnabled(True)
        window.last_error = show_error(
            window, self.tr("Rebuild failed"), message,
            self.tr("The archive that was open stays open, unchanged."))

    def close(self) -> None:
        self.closed = True
        if self._opening is not None:
            self._opening.cancel()
