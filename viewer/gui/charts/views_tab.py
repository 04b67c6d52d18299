"""The Views tab: the archive drawn rather than listed — timeline, credits matrix, storyline map.

Each chart is read in a worker (:data:`~viewer.gui.workers.CHART_DATA`) the first time it is
shown for an archive, like a record tab's first page; opening another archive starts over.
A click on a chart's mark is passed on as :attr:`ViewsTab.record_activated`, which the main
window handles as it handles a link. The buttons beside the sub-tabs save the chart in view.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from viewer.archive.store import Archive
from viewer.gui.charts.chart_view import ChartView
from viewer.gui.charts.credits_matrix_view import CreditsMatrixView
from viewer.gui.charts.storyline_map_view import StorylineMapView
from viewer.gui.charts.timeline_view import TimelineView
from viewer.gui.labels import fill
from viewer.gui.translatable import QT_TRANSLATE_NOOP
from viewer.gui.workers import CHART_DATA, WorkerPool

#: Sub-tab order and labels; keys are those of :data:`~viewer.gui.workers.CHART_DATA`.
CHART_LABELS = {"timeline": QT_TRANSLATE_NOOP("Charts", "Timeline"),
                "credits": QT_TRANSLATE_NOOP("Charts", "Credits Matrix"),
                "storylines": QT_TRANSLATE_NOOP("Charts", "Storyline Map")}


class ViewsTab(QWidget):
    record_activated = Signal(str, int)  # table, id
    status_changed = Signal()
    folder_used = Signal(Path)  # a chart was saved there

    def __init__(self, workers: WorkerPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewsTab")
        self._workers = workers
        self._path: Path | None = None
        self._generation = 0
        self._shown: set[str] = set()
        self._pending: set[str] = set()
        self.charts: dict[str, ChartView] = {
            "timeline": TimelineView(self),
            "credits": CreditsMatrixView(self),
            "storylines": StorylineMapView(self),
        }
        assert set(self.charts) == set(CHART_DATA) == set(CHART_LABELS)
        self._build()
        workers.chart_finished.connect(self._finished)
        workers.chart_failed.connect(self._failed)

    def _build(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("viewTabs")
        self.tabs.setAccessibleName(self.tr("Views"))
        for key, label in CHART_LABELS.items():
            chart = self.charts[key]
            self.tabs.addTab(chart, QCoreApplication.translate("Charts", label))
            chart.record_activated.connect(self.record_activated)
        # The save buttons sit in a row of their own under the charts: in the tab bar's corner
        # they pushed the last chart's tab behind scroll arrows in a narrow window.
        corner = QWidget(self)
        corner.setObjectName("chartButtons")
        row = QHBoxLayout(corner)
        row.setContentsMargins(0, 2, 4, 2)
        row.addStretch(1)
        self.save_buttons: dict[str, QPushButton] = {}
        for fmt in ("png", "svg"):
            button = QPushButton(fill(self.tr("Save as %1…"), fmt.upper()), corner)
            button.setObjectName(f"save{fmt.capitalize()}Button")
            button.setAccessibleName(fill(self.tr("Save the chart as %1"), fmt.upper()))
            button.setToolTip(fill(self.tr("Save the whole chart in view as a %1 file"),
                                   fmt.upper()))
            button.clicked.connect(lambda _checked=False, f=fmt: self.save_current(f))
            row.addWidget(button)
            self.save_buttons[fmt] = button
        self.tabs.currentChanged.connect(lambda _index: self._chart_changed())
        for chart in self.charts.values():
            chart.saved_to.connect(self._saved_to)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(corner)

    def _chart_changed(self) -> None:
        """Another chart in view: read it if need be, and the status says what it shows (it
        went on with the chart shown before, issue 28)."""
        self.activate()
        self.status_changed.emit()

    def set_save_folder(self, folder: Path) -> None:
        """Where every chart's save dialog starts."""
        for chart in self.charts.values():
            chart.save_folder = folder

    def _saved_to(self, folder: Path) -> None:
        self.set_save_folder(folder)
        self.folder_used.emit(folder)

    # -- archive and loading --------------------------------------------------------------

    def set_archive(self, archive: Archive | None) -> None:
        self._path = archive.path if archive is not None else None
        self._generation += 1  # a chart of the previous archive must not land here
        self._shown.clear()
        self._pending.clear()
        for chart in self.charts.values():
            chart.show_message(self.tr("No archive is open.") if self._path is None
                               else self.tr("Loading…"))

    def activate(self) -> None:
        """Read the chart in view, once per archive (the tab is being shown)."""
        key = self.current_key()
        if self._path is None or key in self._shown or key in self._pending:
            return
        self._pending.add(key)
        self._workers.chart(self._path, key, self._generation)
        self.status_changed.emit()

    def is_busy(self) -> bool:
        return bool(self._pending)

    def _finished(self, key: str, generation: int, data: object) -> None:
        if generation != self._generation or key not in self.charts:
            return
        self._pending.discard(key)
        self._shown.add(key)
        self.charts[key].set_data(data)
        self.status_changed.emit()

    def _failed(self, key: str, generation: int, message: str) -> None:
        if generation != self._generation or key not in self.charts:
            return
        self._pending.discard(key)
        self._shown.add(key)  # not retried until the archive is opened again
        self.charts[key].show_message(fill(self.tr("The chart “%1” could not be drawn."),
                                           self.charts[key].shown_title()) + f"\n{message}")
        self.status_changed.emit()

    # -- the chart in view ----------------------------------------------------------------

    def current_key(self) -> str:
        chart = self.tabs.currentWidget()
        return next(k for k, c in self.charts.items() if c is chart)

    def current_chart(self) -> ChartView:
        return self.charts[self.current_key()]

    def show_chart(self, key: str) -> ChartView:
        self.tabs.setCurrentWidget(self.charts[key])
        return self.charts[key]

    def status_text(self) -> str:
        if self.current_key() in self._pending:
            return fill(self.tr("Reading the chart “%1”…"), self.current_chart().shown_title())
        return self.current_chart().status_text()

    def save_current(self, fmt: str) -> None:
        self.current_chart().save_dialog(fmt)
