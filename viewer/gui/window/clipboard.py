"""The main window's clipboard commands: copy rows as tab-separated text, copy a citation,
select all.

Each takes what it works on as arguments; the window passes its views lazily (as callables),
because asking for the view in sight may build a tab or the search results.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QStatusBar, QTableView, QWidget

from viewer.gui.labels import counted, fill, number
from viewer.gui.tables.record_tab import GATHER_LIMIT, selected_row_count

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from viewer.archive.records.kinds import Record
    from viewer.archive.store import Archive
    from viewer.gui.reading.source_reader import SourceReader

# Records Copy Citation takes at once: each is read with its spans on the GUI thread.
CITE_LIMIT = 200


def copy_selection(current_view: Callable[[], QTableView | None], status: QStatusBar) -> None:
    """Copy what has the focus: a text field's selection, else the selected rows of the view
    in sight as tab-separated text."""
    from PySide6.QtWidgets import QTextEdit  # as the reader and detail pane are built

    focus = QGuiApplication.focusObject()
    if isinstance(focus, QLineEdit | QTextEdit):
        focus.copy()
        return
    view = current_view()
    if view is not None and (many := selected_row_count(view)) > GATHER_LIMIT:
        status.showMessage(fill(translate(
            "Clipboard", "%1 rows are selected; copying takes at most %2. Select fewer, or "
            "export them (Ctrl+E)."), number(many), number(GATHER_LIMIT)), 8000)
        return
    rows = sorted({i.row() for i in view.selectionModel().selectedRows()}) if view else []
    rows_as_tsv = getattr(view.model(), "rows_as_tsv", None) if view else None
    if not rows or rows_as_tsv is None:
        status.showMessage(translate("Clipboard", "Nothing is selected to copy."), 4000)
        return
    QGuiApplication.clipboard().setText(rows_as_tsv(rows))
    status.showMessage(counted(
        len(rows), translate("Clipboard", "Copied 1 row as tab-separated text."),
        fill(translate("Clipboard", "Copied %1 rows as tab-separated text."),
             number(len(rows)))), 4000)


def copy_citation(archive: Archive | None, reader: SourceReader | None,
                  current_view: Callable[[], QTableView | None],
                  selected_records: Callable[[], tuple[str, list[Record]]],
                  status: QStatusBar) -> None:
    """The citation of what the user is looking at: the passage highlighted in the reader
    when the reader has the focus, else the selected records of the tab or the results."""
    from viewer.archive.export import cite_passages, cite_records

    if archive is None:
        return
    focus = QGuiApplication.focusObject()
    if (reader is not None and isinstance(focus, QWidget) and reader.isAncestorOf(focus)
            and reader.source_id is not None
            and (ranges := reader.highlighted_ranges)):  # once: it walks the passages shown
        text = cite_passages(archive, reader.source_id, ranges)
        done = translate("Clipboard", "Copied the citation of the highlighted passage.")
    else:
        view = current_view()
        if view is not None and selected_row_count(view) > CITE_LIMIT:
            status.showMessage(fill(translate(
                "Clipboard", "Copy Citation takes at most %1 records; select fewer, or "
                "export them as citations (Ctrl+E)."), number(CITE_LIMIT)), 8000)
            return
        records = selected_records()[1]
        if not records:
            status.showMessage(translate("Clipboard", "Select records, or open one in the "
                                         "reader, to copy its citation."), 4000)
            return
        text = cite_records(archive, records)
        done = counted(len(records), translate("Clipboard", "Copied the citation of 1 record."),
                       fill(translate("Clipboard", "Copied the citation of %1 records."),
                            number(len(records))))
    QGuiApplication.clipboard().setText(text)
    status.showMessage(done, 4000)


def select_all(current_view: Callable[[], QTableView | None]) -> None:
    """Select all of the text field with the focus, else every row of the view in sight."""
    from PySide6.QtWidgets import QTextEdit  # as the reader and detail pane are built

    focus = QGuiApplication.focusObject()
    if isinstance(focus, QLineEdit | QTextEdit):
        focus.selectAll()
    elif (view := current_view()) is not None:
        view.selectAll()  # every row of a tab is a row of its model, read or not
