"""File › Export Selection…: choose what, how and where; write it in a worker; say where it went.

What can be exported is what the window shows: the selected rows of a tab or every row
matching its filter (in the tab's sort order), or the selected search results or every record
matching the search. When nothing is selected the dialog offers the matching rows instead.

Search results can come from several tables, and every format here is one table's shape (CSV
columns, a Markdown table). So a mixed export writes **one file per table**, named after the
chosen file with the table added (``benjamin-cast.csv``, ``benjamin-characters.csv``); the
dialog says so before anything is written. All of those files are written, or none is
(:func:`~viewer.archive.export.export_parts`).

The writing runs in an :class:`~viewer.gui.workers.ExportJob` with its own connection. A
progress dialog with Cancel appears only when an export takes longer than
:data:`PROGRESS_DELAY_MS`; a cancel or a failure leaves no file behind and any earlier file
untouched. The folder of the last successful export is remembered in the settings.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QObject,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from viewer.archive.atomic import ANNOTATIONS, ARCHIVE, InUse
from viewer.archive.export import (
    FORMATS,
    ExportPart,
    ExportReport,
    format_for_path,
    with_format_suffix,
)
from viewer.archive.topics import sentence_case
from viewer.gui.labels import fill, quoted
from viewer.gui.tables.export_messages import ExportCounts, format_label, path_and_problem
from viewer.gui.tables.export_request import ExportRequest
from viewer.gui.window.settings import ViewerSettings
from viewer.gui.workers import WorkerPool

translate = QCoreApplication.translate

# Exports quicker than this finish without a progress dialog flashing up.
PROGRESS_DELAY_MS = 300
DEFAULT_FORMAT = "csv"


@dataclass(frozen=True)
class ExportOrder:
    """What the dialog was told: the files to write, the format, with provenance or not."""

    parts: list[ExportPart]
    fmt: str
    provenance: bool
    what: str
    query: str = ""


class ExportDialog(QDialog):
    """Format, provenance, which records, and where: accepted, :meth:`order` says it all."""

    def __init__(self, request: ExportRequest, folder: Path, fmt: str,
                 parent: QWidget | None = None, in_use: Sequence[InUse] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.in_use = tuple(in_use)  # files no export may overwrite
        self.setAccessibleName(self.tr("Export records"))
        self.setWindowTitle(self.tr("Export Selection"))
        self.request = request
        self.file_dialog: QFileDialog | None = None
        self._build(folder, fmt)
        self._update()

    def _build(self, folder: Path, fmt: str) -> None:
        request = self.request
        self.selected_button = QRadioButton(self)
        self.selected_button.setObjectName("exportSelectedRows")
        self.selected_button.setAccessibleName(self.tr("Export the selected rows"))
        self.matching_button = QRadioButton(self)
        self.matching_button.setObjectName("exportMatchingRows")
        self.matching_button.setAccessibleName(self.tr("Export every matching row"))
        if request.selected_count:
            self.selected_button.setText(sentence_case(request.what_selected()))
            self.selected_button.setChecked(True)
        else:
            self.selected_button.setText(self.tr("Selected rows (none are selected)"))
            self.selected_button.setEnabled(False)
            self.matching_button.setChecked(request.can_match())
        self.matching_button.setText(sentence_case(request.what_matching()))
        if not request.can_match():
            self.matching_button.setEnabled(False)
            self.matching_button.setText(
                self.tr("Every matching record (the search has no words)"))
        self._scope = QButtonGroup(self)
        self._scope.addButton(self.selected_button)
        self._scope.addButton(self.matching_button)
        self._scope.buttonToggled.connect(lambda *_: self._update())
        self.count_problem_label = QLabel(self)
        self.count_problem_label.setObjectName("exportCountProblem")
        self.count_problem_label.setAccessibleName(
            self.tr("Why the matching records were not counted"))
        self.count_problem_label.setWordWrap(True)
        self.count_problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_problem_label.setStyleSheet("color: palette(placeholder-text);")
        self.count_problem_label.hide()
        # A Spanish window filtered "muertos" wrote "Death toll estimate": the file keeps the
        # archive's own words, so that it reads alike on every machine, and the researcher
        # thought the filter had failed. Said where the records are chosen, in any language
        # but the archive's.
        self.words_label = QLabel(self.tr(
            "The file keeps the archive's own words, in English, so that it reads the same "
            "on any computer."), self)
        self.words_label.setObjectName("exportArchiveWords")
        self.words_label.setAccessibleName(self.tr("The language of the exported file"))
        self.words_label.setWordWrap(True)
        self.words_label.setTextFormat(Qt.TextFormat.PlainText)
        self.words_label.setStyleSheet("color: palette(placeholder-text);")
        self.words_label.setVisible(QLocale().language() != QLocale.Language.English)

        self.format_box = QComboBox(self)
        self.format_box.setObjectName("exportFormat")
        self.format_box.setAccessibleName(self.tr("Export format"))
        for spec in FORMATS.values():
            self.format_box.addItem(f"{format_label(spec.label)} ({spec.suffix})", spec.name)
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(fmt)))
        self.format_box.currentIndexChanged.connect(self._format_changed)

        self.provenance_box = QCheckBox(self.tr("Include provenance: the source file and "
                                                "character span of every record"), self)
        self.provenance_box.setObjectName("exportProvenance")
        self.provenance_box.setAccessibleName(self.tr("Include provenance"))
        self.provenance_box.setChecked(True)

        self.path_field = QLineEdit(self)
        self.path_field.setObjectName("exportPath")
        self.path_field.setAccessibleName(self.tr("File to write"))
        self.path_field.setText(str(folder / (request.stem() + FORMATS[self.fmt].suffix)))
        self.path_field.setMinimumWidth(380)
        self.path_field.textChanged.connect(lambda _text: self._update())
        self.path_field.editingFinished.connect(self._path_edited)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.setObjectName("exportBrowse")
        browse.setAccessibleName(self.tr("Choose the file to write"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_field, 1)
        row.addWidget(browse)
        # Said beside the field as the user types, not in a dialog after Export.
        self.path_problem_label = QLabel(self)
        self.path_problem_label.setObjectName("exportPathProblem")
        self.path_problem_label.setAccessibleName(self.tr("Why this file cannot be written"))
        self.path_problem_label.setWordWrap(True)
        self.path_problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.path_problem_label.setStyleSheet("color: #b3261e;")
        self.path_problem_label.hide()
        where = QVBoxLayout()
        where.setSpacing(2)
        where.addLayout(row)
        where.addWidget(self.path_problem_label)

        self.note = QLabel(self)
        self.note.setObjectName("exportNote")
        self.note.setAccessibleName(self.tr("What will be written"))
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setStyleSheet("color: palette(placeholder-text);")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        export = self.buttons.addButton(self.tr("Export"),
                                        QDialogButtonBox.ButtonRole.AcceptRole)
        export.setObjectName("exportButton")
        export.setAccessibleName(self.tr("Export"))
        export.setDefault(True)
        self.export_button = export
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("exportCancelButton")
        cancel.setAccessibleName(cancel.text().replace("&", ""))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        scope = QVBoxLayout()
        scope.setSpacing(2)
        scope.addWidget(self.selected_button)
        scope.addWidget(self.matching_button)
        scope.addWidget(self.count_problem_label)
        scope.addWidget(self.words_label)
        form = QFormLayout()
        form.addRow(self.tr("Records:"), scope)
        form.addRow(self.tr("Format:"), self.format_box)
        form.addRow(self.tr("Sources:"), self.provenance_box)
        form.addRow(self.tr("Save to:"), where)
        # Long translations wrap under their labels rather than widen the dialog past a
        # small screen.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Tall enough for its rows at its width. On a narrow screen the form's rows wrap
        under their labels, and Qt sizes a dialog without asking its layout how tall that
        makes it: at 800×600 the rows were drawn over each other."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        needed = layout.totalHeightForWidth(self.width())
        if needed > 0:
            self.setMinimumHeight(needed)
            if needed > self.height():
                self.resize(self.width(), needed)

    # -- state ----------------------------------------------------------------------------

    @property
    def fmt(self) -> str:
        return str(self.format_box.currentData())

    @property
    def selected_only(self) -> bool:
        return self.selected_button.isChecked()

    def path(self) -> Path | None:
        """The file the field names, with the format's suffix if it has none; None when the
        field names no file (empty, a folder, ``/``): :meth:`path_problem` says why."""
        return path_and_problem(self.path_field.text(), self.fmt, self.in_use)[0]

    def path_problem(self) -> str:
        """Why the field's path cannot be written, in a sentence; empty when it can."""
        return path_and_problem(self.path_field.text(), self.fmt, self.in_use)[1]

    def set_path(self, path: Path | str) -> None:
        """Put a file name in the field, and pick the format its suffix names."""
        self.path_field.setText(str(path))
        self._path_edited()

    def set_format(self, fmt: str) -> None:
        self.format_box.setCurrentIndex(self.format_box.findData(fmt))

    def order(self) -> ExportOrder | None:
        """What to write, or None while the dialog lacks a file name or a choice of records."""
        path = self.path()
        if path is None or self._scope.checkedButton() is None:
            return None
        what = (self.request.what_selected() if self.selected_only
                else self.request.what_matching())
        provenance = self.provenance_box.isChecked() or FORMATS[self.fmt].cites
        return ExportOrder(self.request.parts(path, selected=self.selected_only), self.fmt,
                           provenance, what, self.request.query)

    # -- reactions ------------------------------------------------------------------------

    def _format_changed(self) -> None:
        """A new format renames the file's suffix, if it had an export suffix or none."""
        text = self.path_field.text().strip()
        path = Path(text) if text else None
        if path is not None and path.name and not text.endswith(("/", os.sep)) and (
                not path.suffix or format_for_path(path) is not None):
            self.path_field.setText(str(with_format_suffix(path, self.fmt)))
        self._update()

    def _path_edited(self) -> None:
        fmt = format_for_path(self.path_field.text().strip())
        if fmt is not None and fmt != self.fmt:
            self.set_format(fmt)

    def set_counts(self, counts: dict[str, int]) -> None:
        """A search's matching records per table, counted off the GUI thread once the dialog
        was open: the choice says how many ("All 14 records matching “x”, from 3 tables", as
        a tab's says "All 58 cast credits"), and the files named are those of the tables
        with matches."""
        self.request = replace(self.request, counts=dict(counts))
        if self.request.can_match():
            self.matching_button.setText(sentence_case(self.request.what_matching()))
        self._update()

    def count_failed(self, message: str) -> None:
        """The search's matching records could not be counted: the choice keeps its words
        without a number, and the dialog says why."""
        self.count_problem_label.setText(fill(
            self.tr("The matching records could not be counted: %1"), message))
        self.count_problem_label.show()
        self._fit_height()

    def _update(self) -> None:
        citations = FORMATS[self.fmt].cites
        self.provenance_box.setEnabled(not citations)
        self.provenance_box.setToolTip(self.tr("Citations always quote their sources.")
                                       if citations else "")
        path, problem = path_and_problem(self.path_field.text(), self.fmt, self.in_use)
        self.path_problem_label.setText(problem)
        self.path_problem_label.setVisible(bool(problem))
        self._fit_height()
        # A folder that is missing now may be there by the time Export is pressed; the
        # worker's own message stays the last word on it.
        self.export_button.setEnabled(path is not None and self._scope.checkedButton()
                                      is not None)
        if path is None:
            self.note.setText(self.tr("Choose a file to write."))
            return
        parts = self.request.parts(path, selected=self.selected_only)
        if len(parts) > 1 or (self.request.searching and not self.selected_only):
            every = self.request.searching and not self.selected_only
            counts = self.request.counts
            with_matches = (tuple(t for t, n in counts.items() if n) if counts is not None
                            else self.request.hit_tables)
            if every and with_matches:
                # Only tables with matches get a file (export_parts skips the empty ones):
                # the examples are tables with matches, not every table (issue 28).
                parts = [p for p in parts if p.table in with_matches]
            names = ", ".join(p.path.name for p in parts[:3]) + (", …" if len(parts) > 3 else "")
            self.note.setText(fill(
                self.tr("Search results span several tables, so each table with matches gets "
                        "its own file: %1") if every else
                self.tr("Search results span several tables, so each table in the selection "
                        "gets its own file: %1"), names))
        else:
            self.note.setText(fill(self.tr("Written to %1 as %2; an existing file of that "
                                           "name is replaced only once the export is "
                                           "complete."), path.parent, path.name))

    def browse(self) -> None:
        """A save dialog (Qt's own, so it looks and behaves the same everywhere and tests can
        drive it) starting in the folder of the current file name."""
        path = self.path()
        start = path if path is not None and path.parent.is_dir() else None
        spec = FORMATS[self.fmt]
        dialog = QFileDialog(self, self.tr("Export To"), str(start.parent) if start else "",
                             f"{format_label(spec.label)} (*{spec.suffix});;"
                             + self.tr("All files (*)"))
        dialog.setObjectName("exportFileDialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix(spec.suffix.lstrip("."))
        if start is not None:
            dialog.selectFile(start.name)
        dialog.fileSelected.connect(self.set_path)
        self.file_dialog = dialog
        dialog.open()


def _default_folder(settings: ViewerSettings) -> Path:
    remembered = settings.last_export_folder
    if remembered is not None:
        return remembered
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


class ExportRun(QObject):
    """One export at a time: the dialog, the worker, the delayed progress dialog, the result.

    ``finished`` carries the status-bar message; ``failed`` a message for an error dialog.
    """

    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, workers: WorkerPool, settings: ViewerSettings,
                 window: QWidget, annotations: Path | None = None) -> None:
        super().__init__(window)
        from viewer.annotations.store import default_path

        # The annotations database, which no export may overwrite (None: the default one).
        self._annotations = annotations or default_path()
        self._workers, self._settings, self._window = workers, settings, window
        self.dialog: ExportDialog | None = None
        self.progress: QProgressDialog | None = None
        self._bar: QProgressBar | None = None
        self._order: ExportOrder | None = None
        self._cancel = threading.Event()
        self._done = self._total = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PROGRESS_DELAY_MS)
        self._timer.timeout.connect(self._show_progress)
        workers.export_progressed.connect(self._progressed)
        workers.export_finished.connect(self._finished)
        workers.export_failed.connect(self._failed)
        workers.matching_counted.connect(self._counted)
        workers.matching_failed.connect(self._count_failed)
        self._count_generation = 0
        self._archive_path: Path | None = None

    @property
    def running(self) -> bool:
        return self._order is not None

    def ask(self, request: ExportRequest, archive_path: Path) -> ExportDialog:
        """Open the dialog (window-modal, not blocking); accepting it starts the export."""
        fmt = self._settings.last_export_format(FORMATS, DEFAULT_FORMAT)
        if self.dialog is not None:  # one at a time, not one more child per export
            self.dialog.deleteLater()
        dialog = ExportDialog(request, _default_folder(self._settings), fmt, self._window,
                              self._in_use(archive_path))
        dialog.accepted.connect(lambda: self._accepted(dialog, archive_path))
        self.dialog = dialog
        self._count_generation += 1
        generation = self._count_generation
        # Closed, the dialog's count is stale: the job stops and frees its thread.
        dialog.finished.connect(lambda _result: self._count_ended(generation))
        if request.searching and request.query and request.can_match():
            # Counted off the GUI thread: a count grows with the archive.
            self._workers.count_matching(
                archive_path, request.query, generation,
                lambda: self._count_generation != generation)
        dialog.open()
        return dialog

    def _in_use(self, archive_path: Path) -> tuple[InUse, ...]:
        """The files an export must not overwrite: the archive read, the annotations."""
        return (InUse(archive_path, ARCHIVE), InUse(self._annotations, ANNOTATIONS))

    def _count_ended(self, generation: int) -> None:
        if generation == self._count_generation:
            self._count_generation += 1

    def _counted(self, generation: int, counts: dict[str, int]) -> None:
        if generation == self._count_generation and self.dialog is not None:
            self.dialog.set_counts(counts)

    def _count_failed(self, generation: int, message: str) -> None:
        if generation == self._count_generation and self.dialog is not None:
            self.dialog.count_failed(message)

    def _accepted(self, dialog: ExportDialog, archive_path: Path) -> None:
        order = dialog.order()
        if order is not None:
            self.start(order, archive_path)

    def start(self, order: ExportOrder, archive_path: Path) -> bool:
        """Start writing ``order`` in a worker; False while another export is running."""
        if self.running:
            return False
        self._order, self._archive_path = order, archive_path
        self._cancel = threading.Event()
        self._done = self._total = 0
        self._workers.export(archive_path, order.parts, order.fmt,
                             provenance=order.provenance, cancel=self._cancel,
                             in_use=self._in_use(archive_path))
        self._timer.start()
        return True

    def cancel(self) -> None:
        """Stop the running export; nothing it was writing is kept."""
        if self.running:
            self._cancel.set()

    def _show_progress(self) -> None:
        if not self.running or self._order is None:
            return
        if len(self._order.parts) == 1:
            text = fill(self.tr("Exporting %1 to %2…"), self._order.what,
                        self._order.parts[0].path.name)
        else:
            text = fill(self.tr("Exporting %1 to several files…"), self._order.what)
        progress = QProgressDialog(text, self.tr("Cancel"), 0, 0, self._window)
        progress.setObjectName("exportProgress")
        progress.setAccessibleName(self.tr("Export progress"))
        progress.setWindowTitle(self.tr("Export Selection"))
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        # Our own bar, set directly: QProgressDialog.setValue runs a nested event loop when
        # the dialog is modal, and the worker's progress arrives as signals anyway.
        self._bar = QProgressBar(progress)
        self._bar.setObjectName("exportProgressBar")
        progress.setBar(self._bar)
        self._bar.setRange(0, max(self._total, 0))
        self._bar.setValue(self._done)
        progress.canceled.connect(self._cancel_clicked)
        self.progress = progress
        progress.open()

    def _cancel_clicked(self) -> None:
        self.cancel()
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Cancelling…"))

    def _progressed(self, done: int, total: int) -> None:
        self._done, self._total = done, total
        if self._bar is not None:
            self._bar.setRange(0, max(total, 1))
            self._bar.setValue(done)

    def _close_progress(self) -> None:
        self._timer.stop()
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
        self.progress = self._bar = None

    def _finished(self, reports: list[ExportReport]) -> None:
        order = self._order
        self._close_progress()
        self._order = None
        if order is None:
            return
        if any(r.cancelled for r in reports):
            self.finished.emit(self.tr("Export cancelled; nothing was written."))
        elif not reports:
            self.finished.emit(fill(self.tr("Nothing was exported: no records match “%1”."),
                                    quoted(order.query))
                               if order.query else self.tr("Nothing was exported."))
        else:
            written = [r.path for r in reports if r.path is not None]
            if written:
                self._settings.last_export_folder = written[0].parent
            self._settings.set_last_export_format(order.fmt)
            self.finished.emit(ExportCounts().summary(reports))

    def _failed(self, message: str) -> None:
        self._close_progress()
        if self._order is not None:
            self._order = None
            self.failed.emit(message)
