"""The Annotations tab remembers its sort across restarts, as each record tab does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from viewer.annotations.model import Annotation, new_id
from viewer.annotations.store import AnnotationStore
from viewer.archive.store import Archive
from viewer.gui.annotating.annotations_tab import MODIFIED, AnnotationsModel, AnnotationsTab
from viewer.gui.window.main_window import MainWindow
from viewer.gui.window.settings import ViewerSettings

NEWS = "001_44e4559a90d9d777.txt"


def _notes_db(path: Path) -> Path:
    """Three annotations whose notes sort the other way round from their times."""
    with AnnotationStore.open(path) as store:
        for n, note in enumerate(("apple", "banana", "cherry")):
            stamp = f"2026-01-0{3 - n}T10:00:00+00:00"
            store.add(Annotation(id=new_id(), kind="span", note=note, source_file=NEWS,
                                 start=0, end=5, exact="words", created=stamp,
                                 modified=stamp))
    return path


def _open(qtbot: QtBot, archive_path: Path, settings: ViewerSettings,
          db: Path) -> tuple[MainWindow, AnnotationsTab]:
    window = MainWindow(Archive.open(archive_path), settings, annotations=db)
    qtbot.addWidget(window)
    window.show()
    tab = window.annotations_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    return window, tab


def _close(window: MainWindow) -> None:
    window.close()
    assert window.archive is not None
    window.archive.close()


def _column(title: str) -> int:
    return AnnotationsModel.COLUMNS.index(title)


def test_the_annotations_sort_is_remembered_across_restarts(
        qtbot: QtBot, archive_path: Path, settings: ViewerSettings, tmp_path: Path) -> None:
    db = _notes_db(tmp_path / "notes.sqlite")
    first, tab = _open(qtbot, archive_path, settings, db)
    assert [a.note for a in tab.shown()] == ["apple", "banana", "cherry"]  # latest on top
    header = tab.view.horizontalHeader()
    note = _column("Note")
    for _ in range(2):  # a click sorts by Note, a second turns the order round
        x = header.sectionViewportPosition(note) + header.sectionSize(note) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.sortIndicatorSection() == note
    order = header.sortIndicatorOrder()
    before = [a.note for a in tab.shown()]
    _close(first)
    descending = order == Qt.SortOrder.DescendingOrder
    assert settings.sort_order("annotations") == ("note", descending)

    again, tab = _open(qtbot, archive_path, settings, db)
    header = tab.view.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (note, order)
    assert [a.note for a in tab.shown()] == before
    _close(again)


def test_a_remembered_annotations_sort_by_a_column_no_longer_there_is_ignored(
        qtbot: QtBot, archive_path: Path, settings: ViewerSettings, tmp_path: Path) -> None:
    settings.set_sort_order("annotations", "no_such_column", False)
    window, tab = _open(qtbot, archive_path, settings, _notes_db(tmp_path / "notes.sqlite"))
    header = tab.view.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        MODIFIED, Qt.SortOrder.DescendingOrder)
    assert [a.note for a in tab.shown()] == ["apple", "banana", "cherry"]
    _close(window)
    assert settings.sort_order("annotations") == ("modified", True)
