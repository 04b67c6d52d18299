"""The user's annotations are read off the GUI thread: the search box's hits and count, the
Annotations tab's list after each change; a stale answer never replaces a newer one.

Both ran on the GUI thread, and grew with the annotations: at every settled key of the search
box, and after every add, edit and undo (the tab's list read again, then sorted by a proxy
that called ``data()`` in Python twice per comparison).
"""

from __future__ import annotations

import inspect
import sqlite3
import threading
from contextlib import closing
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from viewer.annotations.model import RECORD, Annotation, new_id
from viewer.annotations.store import AnnotationStore
from viewer.gui.annotating.annotations_tab import MODIFIED, AnnotationsModel, AnnotationsTab
from viewer.gui.tables.models import RecordRole, SortRole
from viewer.gui.window.main_window import MainWindow


def _note(text: str, n: int = 0) -> Annotation:
    stamp = f"2026-01-{1 + n % 28:02d}T10:{n % 60:02d}:00Z"
    return Annotation(id=new_id(), kind=RECORD, note=text, record_table="cast", record_id=1,
                      record_title="Someone", created=stamp, modified=stamp)


def _store(window: MainWindow) -> AnnotationStore:
    store = window.annotator.book.store
    assert store is not None
    return store


def test_a_stale_search_answer_never_replaces_a_newer_one(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from viewer.gui.annotating import annotation_reads

    # Not the re-attaching once the window has painted: it would orphan these, and search
    # again (a third search) on the change.
    monkeypatch.setattr(window.annotator.book, "reattach", lambda _archive: None)
    _store(window).save([_note(f"zebrafinch {n}", n) for n in range(3)]
                        + [_note(f"okapi {n}", n) for n in range(2)])
    results = window.annotator.results
    if results is None:
        _ = window.search_panel  # the panel installs the annotations' group of results
        results = window.annotator.results
    assert results is not None
    on_gui_thread: list[bool] = []
    release = threading.Event()
    find = annotation_reads.find

    def slow(store: AnnotationStore, query: str, limit: int) -> Any:
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        if query == "zebrafinch":
            release.wait(10)  # an older search still running when the newer is asked
        return find(store, query, limit)

    monkeypatch.setattr(annotation_reads, "find", slow)
    listed: list[list[str]] = []
    results.model.modelReset.connect(
        lambda: listed.append([a.note for a in results.model.annotations()]))
    window.annotator.search("zebrafinch")
    qtbot.waitUntil(lambda: on_gui_thread == [False])  # running, on the worker's thread
    window.annotator.search("okapi")
    release.set()
    qtbot.waitUntil(lambda: results.heading.text() == "2 of your annotations match “okapi”")
    assert window.annotator.reads.wait(5000)
    QCoreApplication.sendPostedEvents()  # any answer still queued for the GUI thread arrives
    assert listed == [["okapi 1", "okapi 0"]]  # the older answer came first, and was dropped
    assert on_gui_thread == [False, False]
    assert results.heading.text() == "2 of your annotations match “okapi”"


def test_the_tab_is_listed_off_the_gui_thread_after_each_change(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from viewer.gui.annotating.annotation_reads import Listing

    book = window.annotator.book
    _store(window)  # opened (and its annotations re-attached) before anything is counted
    read_on_gui_thread: list[bool] = []
    read_all = AnnotationStore.all

    def counting(store: AnnotationStore) -> list[Annotation]:
        # Not the re-attaching when an archive is opened (once, not at each change).
        if not any(frame.function == "reattach" for frame in inspect.stack(0)):
            read_on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return read_all(store)

    monkeypatch.setattr(AnnotationStore, "all", counting)
    from viewer.gui.annotating import annotation_list

    keyed_on_gui_thread: list[Annotation] = []
    sort_key = annotation_list.sort_key

    def keying(a: Annotation, column: int) -> str:  # the model's own, on the GUI thread
        keyed_on_gui_thread.append(a)
        return sort_key(a, column)

    monkeypatch.setattr(annotation_list, "sort_key", keying)
    tab = window.annotations_tab
    assert isinstance(tab, AnnotationsTab)
    window.tabs.setCurrentWidget(tab)
    first, second = _note("first", 1), _note("second", 2)
    book.add(first)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    book.add(second)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    book.undo_stack.undo()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert read_on_gui_thread and not any(read_on_gui_thread)
    assert keyed_on_gui_thread == []  # sorted by keys made where the list was read
    assert [a.note for a in tab.shown()] == ["first"]
    assert window.annotator.reads.wait(5000)
    QCoreApplication.sendPostedEvents()
    # An answer to an older request (here, made up) arriving late is dropped.
    window.annotator.reads.listed.emit(0, Listing([first, second], ["first", "second"], None))
    assert [a.note for a in tab.shown()] == ["first"]
    assert window.count_label.text().startswith("1 annotation")


def test_the_tab_sorts_each_change_without_asking_data_per_comparison(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The proxy sorted by calling ``data(SortRole)`` twice per comparison, again at every
    change: at 10,000 annotations most of the freeze after each edit."""
    asked: list[int] = []
    data = AnnotationsModel.data

    def counting(self: AnnotationsModel, index: Any, role: int = 0) -> Any:
        if role == SortRole:
            asked.append(index.row())
        return data(self, index, role)

    monkeypatch.setattr(AnnotationsModel, "data", counting)
    tab = AnnotationsTab()
    qtbot.addWidget(tab)
    notes = [_note(f"note {n:03d}", n) for n in range(300)]
    tab.set_annotations(notes)
    expected = sorted(notes, key=lambda a: a.modified, reverse=True)  # ties as given
    assert [a.id for a in tab.shown()] == [a.id for a in expected]
    tab.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # Note
    assert [a.note for a in tab.shown()] == sorted(a.note for a in notes)
    tab.set_annotations(notes[:200])  # a change: sorted as the list is
    assert [a.note for a in tab.shown()] == sorted(a.note for a in notes[:200])
    tab.view.sortByColumn(MODIFIED, Qt.SortOrder.DescendingOrder)
    assert [a.id for a in tab.shown()] == [a.id for a in expected if a in notes[:200]]
    assert asked == []


def test_a_file_damaged_after_it_was_opened_is_said_in_the_status_bar(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """A search read it on the GUI thread, and the error escaped the slot."""
    # Not the re-attaching once the window has painted (it reads the file, on the GUI
    # thread, once per archive opened): only the search is under test.
    monkeypatch.setattr(window.annotator.book, "reattach", lambda _archive: None)
    _ = window.search_panel
    store = _store(window)
    store.save([_note("zebrafinch")])
    with closing(sqlite3.connect(store.path)) as other:  # all of it in the file, none in the log
        other.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.path.write_bytes(b"not a database, " * 4096)
    window.annotator.search("zebrafinch")
    qtbot.waitUntil(lambda: "cannot be read" in window.statusBar().currentMessage())
    assert "move it away to start afresh" in window.statusBar().currentMessage()
    assert window.last_error is None


def test_the_filter_folds_no_annotation_on_the_gui_thread_and_keeps_the_selection(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first key typed in the tab's filter folded every annotation's words on the GUI
    thread, and each key then asked a proxy's filterAcceptsRow() in Python row by row."""
    from viewer.gui.annotating import annotation_list

    folded_on_gui_thread: list[str] = []
    fold = annotation_list.fold

    def counting(text: str | None) -> str:
        if threading.current_thread() is threading.main_thread():
            folded_on_gui_thread.append(text or "")
        return fold(text)

    monkeypatch.setattr(annotation_list, "fold", counting)
    # Not the re-attaching once the window has painted: it would orphan these (their file is
    # in no seed), and the list read anew then would drop the selection under test.
    monkeypatch.setattr(window.annotator.book, "reattach", lambda _archive: None)
    notes = [Annotation(id=new_id(), kind="span", note=note, source_file="gone.txt",
                        exact="words", created=f"2026-01-0{n + 1}T10:00:00Z",
                        modified=f"2026-01-0{n + 1}T10:00:00Z")
             for n, note in enumerate(("Álpha one", "alpha two", "beta three"))]
    _store(window).save(notes)
    tab = window.annotations_tab
    assert isinstance(tab, AnnotationsTab)
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    (row,) = tab.model.row_of({notes[1].id})
    tab.view.selectRow(row)
    with qtbot.waitSignal(tab.status_changed):  # once the typing pauses
        tab.filter.setText("ALPHA")
    assert [a.note for a in tab.shown()] == ["alpha two", "Álpha one"]  # the latest first
    assert [a.note for a in tab.selected()] == ["alpha two"]  # still selected, still current
    assert tab.proxy.data(tab.view.currentIndex(), RecordRole).note == "alpha two"
    assert folded_on_gui_thread == []
    with qtbot.waitSignal(tab.status_changed):
        tab.filter.setText("beta")
    assert [a.note for a in tab.shown()] == ["beta three"] and tab.selected() == []
    assert window.count_label.text().startswith("1 of 3 annotations")


def test_the_rows_painted_ask_for_their_own_titles_only(qtbot: QtBot) -> None:
    """After each change the first paint looked up every record annotation's title in the
    archive on the GUI thread; a sort by Annotated still needs them all, at once."""
    from viewer.gui.annotating.annotations_tab import ANNOTATED

    asked: list[int] = []

    def titler(annotations: Any) -> dict[str, str]:
        asked.append(len(annotations))
        return {a.id: f"Title of {a.note}" for a in annotations}

    tab = AnnotationsTab()
    qtbot.addWidget(tab)
    tab.model.set_titler(titler)
    tab.resize(1200, 400)
    tab.show()
    qtbot.waitExposed(tab)
    tab.set_annotations([_note(f"note {n:03d}", n) for n in range(300)])
    qtbot.waitUntil(lambda: bool(asked))  # painted
    shown = tab.view.indexAt(tab.view.viewport().rect().topLeft())
    assert tab.proxy.data(tab.proxy.index(shown.row(), ANNOTATED)).startswith("Title of note")
    assert 0 < sum(asked) < 300 and max(asked) == 1
    asked.clear()
    tab.view.sortByColumn(ANNOTATED, Qt.SortOrder.AscendingOrder)
    assert asked[0] == 300
    assert [a.note for a in tab.shown()][:2] == ["note 000", "note 001"]
