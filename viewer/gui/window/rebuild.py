"""File › Rebuild from Seeds…: build the archive again in a worker, behind a progress dialog.

The build writes atomically into the default place (or the user's data folder when that is
read-only), so the archive that is open stays usable until the new one is opened.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from viewer.archive.location import seeds_dir
from viewer.gui.labels import fill
from viewer.gui.workers import WorkerPool, rebuild_target


class RebuildRun(QObject):
    """One rebuild at a time; says when it finished (the new file) or failed (why)."""

    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, workers: WorkerPool, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.progress: QProgressDialog | None = None
        workers.rebuild_progressed.connect(self._progressed)
        workers.rebuild_finished.connect(self._finished)
        workers.rebuild_failed.connect(self._failed)
        self._workers = workers

    @property
    def running(self) -> bool:
        return self.progress is not None

    def start(self) -> str | None:
        """Start building; the reason it cannot, if it cannot (no seeds to build from)."""
        if self.running:
            return None
        seeds = seeds_dir()
        if not (seeds / "sources.toml").is_file():
            return fill(self.tr("There are no seed documents in %1. Rebuilding needs the seeds "
                                "folder of the distribution; reinstall it, or open an "
                                "existing archive."), seeds)
        progress = QProgressDialog(self.tr("Rebuilding the archive from the seeds…"), "", 0, 0,
                                   self._window)
        progress.setObjectName("rebuildProgress")
        progress.setAccessibleName(self.tr("Rebuild progress"))
        progress.setWindowTitle(self.tr("Rebuild from Seeds"))
        progress.setCancelButton(None)  # the build is atomic and quick; nothing to cancel
        progress.setMinimumDuration(0)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress = progress
        progress.open()
        self._workers.rebuild(seeds, rebuild_target())
        return None

    def _progressed(self, message: str) -> None:
        if self.progress is not None:
            self.progress.setLabelText(message)

    def _done(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None

    def _finished(self, path: str) -> None:
        self._done()
        self.finished.emit(path)

    def _failed(self, message: str) -> None:
        self._done()
        self.failed.emit(message)
