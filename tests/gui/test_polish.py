"""Issue 28's look at every tab and dialog under X: what the screenshots showed wrong."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from viewer.annotations.model import Annotation, new_id, now
from viewer.gui.window.main_window import MainWindow

NEWS = "001_44e4559a90d9d777.txt"


def _annotations_shown(window: MainWindow, qtbot: QtBot, width: int):  # type: ignore[no-untyped-def]
    window.resize(width, 600)
    tab = window.annotations_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.view.isVisible())
    qtbot.wait(50)  # the resize reaches the tab
    return tab


def test_the_annotations_list_keeps_every_column_in_sight(window: MainWindow,
                                                          qtbot: QtBot) -> None:
    for width in (800, 1600):
        tab = _annotations_shown(window, qtbot, width)
        header = tab.view.horizontalHeader()
        last = tab.model.columnCount() - 1
        right = header.sectionViewportPosition(last) + header.sectionSize(last)
        assert right <= tab.view.viewport().width(), width
        assert not tab.view.horizontalScrollBar().isVisible(), width


def test_edit_and_delete_wait_for_a_selected_annotation(window: MainWindow,
                                                        qtbot: QtBot) -> None:
    tab = _annotations_shown(window, qtbot, 1000)
    edit, delete, export = (tab.findChild(QPushButton, name) for name in (
        "editAnnotation", "deleteAnnotation", "exportAnnotations"))
    assert not edit.isEnabled() and not delete.isEnabled()
    stamp = now()
    window.annotator.book.add(Annotation(id=new_id(), kind="span", note="n", tags=("t",),
                                         source_file=NEWS, exact="massacre", created=stamp,
                                         modified=stamp))
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 1)
    assert not edit.isEnabled()
    tab.view.selectRow(0)
    assert edit.isEnabled() and delete.isEnabled()
    tab.view.clearSelection()
    assert not edit.isEnabled() and not delete.isEnabled()
    assert export.isEnabled()
