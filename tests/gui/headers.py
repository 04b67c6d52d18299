"""A tab's columns as a user meets them: found by their header's title, sorted by a click on
the header, read cell by cell as shown (every row, the later pages fetched as asked for)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from viewer.gui.tables.record_tab import RecordTab


def column(tab: RecordTab, title: str) -> int:
    """The index of the tab's column whose header reads ``title``."""
    return next(c for c in range(tab.model.columnCount()) if tab.model.column_title(c) == title)


def click_header(qtbot: QtBot, tab: RecordTab, title: str) -> None:
    """Click the header ``title`` and wait for the rows the click asks for."""
    header = tab.view.horizontalHeader()
    index = column(tab, title)
    x = header.sectionViewportPosition(index) + header.sectionSize(index) // 2
    with qtbot.waitSignal(tab.model.modelReset):  # the rows come from a worker
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.waitUntil(lambda: not tab.is_busy())


def column_texts(qtbot: QtBot, tab: RecordTab, title: str) -> list[str]:
    """Every row's text in the column ``title``, in the tab's order."""
    model = tab.model
    for row in range(model.rowCount()):  # rows beyond the first page are read as asked for
        model.want_row(row)
        qtbot.waitUntil(lambda r=row: model.id_in_memory(r) is not None)
    index = column(tab, title)
    return [str(model.data(model.index(r, index)) or "") for r in range(model.rowCount())]
