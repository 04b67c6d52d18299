"""File › Open Archive…: open and validate the chosen file in a worker, with progress and Cancel.

Opening reads the file's schema and the top of every table; a file locked by another program
or made to stall its reader kept the window frozen while it did (issue 30). The worker opens
the archive for use on the GUI thread once it is handed over (see
:meth:`viewer.archive.store.Archive.open`); the progress dialog appears only when opening
takes long enough to notice, and its Cancel stops the checks where they are.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from viewer.gui.labels import fill
from viewer.gui.workers import WorkerPool

# Opening shorter than this shows no dialog at all.
SHOW_AFTER_MS = 300


class OpenRun(QObject):
    """One open at a time: says when the archive is open, or why it is not."""

    opened = Signal(object)  # the Archive, for the GUI thread
    failed = Signal(str)  # why, for the user
    cancelled = Signal(str)  # the path whose opening was cancelled

    def __init__(self, workers: WorkerPool, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._workers = workers
        self._generation = 0
        self._cancel: threading.Event | None = None
        self._path: Path | None = None
        self.progress: QProgressDialog | None = None
        self._show_later = QTimer(self)
        self._show_later.setSingleShot(True)
        self._show_later.setInterval(SHOW_AFTER_MS)
        self._show_later.timeout.connect(self._show_progress)
        workers.open_finished.connect(self._finished)
        workers.open_failed.connect(self._failed)

    @property
    def running(self) -> bool:
        return self._cancel is not None

    def start(self, path: Path) -> None:
        """Open ``path``; an open still running is cancelled first."""
        if self._cancel is not None:
            self._cancel.set()
        self._generation += 1
        self._cancel = threading.Event()
        self._path = path
        self._workers.open(path, self._generation, self._cancel)
        self._show_later.start()

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def _show_progress(self) -> None:
        if self._cancel is None or self._path is None:
            return
        progress = QProgressDialog(fill(self.tr("Opening %1…"), self._path.name),
                                   self.tr("Cancel"), 0, 0, self._window)
        progress.setObjectName("openProgress")
        progress.setAccessibleName(self.tr("Opening the archive"))
        progress.setWindowTitle(self.tr("Open Archive"))
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.canceled.connect(self.cancel)
        self.progress = progress
        progress.open()

    def _done(self, generation: int) -> bool:
        """Whether an answer is for the open now running; if so, that open is over."""
        if generation != self._generation:
            return False
        self._cancel = None
        self._show_later.stop()
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        return True

    def _finished(self, generation: int, archive: object) -> None:
        if self._done(generation):
            self.opened.emit(archive)
        else:  # an open replaced by a newer one: its archive is nobody's
            archive.close()  # type: ignore[attr-defined]

    def _failed(self, generation: int, message: str, was_cancelled: bool) -> None:
        if not self._done(generation):
            return
        if was_cancelled:
            self.cancelled.emit(str(self._path))
        else:
            self.failed.emit(message)
