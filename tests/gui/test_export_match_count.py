"""The export dialog's count of a search's matches: counted off the GUI thread, dropped once
the dialog it was for is gone, stopped when that dialog closes, and said when it fails."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from viewer.archive.store import Archive, ArchiveError
from viewer.gui.tables.export_dialog import ExportRun
from viewer.gui.tables.export_request import ExportRequest
from viewer.gui.window.settings import ViewerSettings
from viewer.gui.workers import WorkerPool


def _search() -> ExportRequest:
    return ExportRequest(True, ("cast", "characters", "episodes"), {}, "chayo")


@pytest.fixture
def run(qtbot: QtBot, settings: ViewerSettings, tmp_path: Path) -> Iterator[ExportRun]:
    parent = QWidget()
    qtbot.addWidget(parent)
    workers = WorkerPool(parent)
    export_run = ExportRun(workers, settings, parent, tmp_path / "annotations.sqlite3")
    yield export_run
    if export_run.dialog is not None:
        export_run.dialog.reject()
    workers.shut_down()


def test_a_count_for_a_closed_dialog_is_dropped_and_a_failure_is_said(
        run: ExportRun, archive_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[int, Callable[[], bool]]] = []
    monkeypatch.setattr(WorkerPool, "count_matching",
                        lambda _self, _path, _query, generation, stale:
                        asked.append((generation, stale)))
    first = run.ask(_search(), archive_path)
    (old, old_stale), = asked
    assert not old_stale()
    words = first.matching_button.text()
    first.reject()
    assert old_stale()  # closing the dialog stops its count
    run._workers.matching_counted.emit(old, {"cast": 2})
    assert first.matching_button.text() == words

    second = run.ask(_search(), archive_path)
    new, new_stale = asked[-1]
    assert new != old and not new_stale()
    run._workers.matching_counted.emit(old, {"cast": 2})
    run._workers.matching_failed.emit(old, "stale")
    assert second.matching_button.text() == words
    assert second.count_problem_label.isHidden()
    run._workers.matching_failed.emit(new, "The archive is locked.")
    assert not second.count_problem_label.isHidden()
    assert "The archive is locked." in second.count_problem_label.text()
    assert second.matching_button.text() == words  # no number, as before
    run._workers.matching_counted.emit(new, {"cast": 2, "episodes": 0})
    assert second.matching_button.text() == "All 2 cast credits matching “chayo”"


def test_closing_the_dialog_interrupts_its_count(
        run: ExportRun, archive_path: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    started, interrupted = threading.Event(), threading.Event()
    cancels: list[Callable[[], bool]] = []
    cancelled_when = Archive.cancelled_when

    def watched(archive: Archive, cancelled: Callable[[], bool]):  # type: ignore[no-untyped-def]
        cancels.append(cancelled)
        return cancelled_when(archive, cancelled)

    def slow_count(_archive: Archive, _table: str, _query: str = "") -> int:
        # Stands for a count that runs to the query time limit: it ends when cancelled.
        started.set()
        for _ in range(500):
            if cancels and cancels[-1]():
                interrupted.set()
                raise ArchiveError("interrupted")
            interrupted.wait(0.01)
        return 0

    monkeypatch.setattr(Archive, "cancelled_when", watched)
    monkeypatch.setattr(Archive, "count", slow_count)
    dialog = run.ask(_search(), archive_path)
    qtbot.waitUntil(started.is_set, timeout=5_000)
    dialog.reject()
    qtbot.waitUntil(interrupted.is_set, timeout=2_000)
    qtbot.waitUntil(lambda: run._workers.active_jobs() == 0, timeout=2_000)
