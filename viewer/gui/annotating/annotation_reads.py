"""The user's annotations read off the GUI thread: the search box's hits and their count, and
the Annotations tab's list.

Both grow with the annotations, and both ran on the GUI thread at every settled key of the
search box and after every edit. Each job opens its own read-only connection
(:meth:`~viewer.annotations.store.AnnotationStore.open` with ``reader=True``: an SQLite
connection belongs to the thread that made it, and WAL lets it read beside the GUI thread's
writer, seeing every change committed before it began). One thread runs the jobs, in the order
asked; a job whose generation is no longer the latest when its turn comes is skipped, and the
receiver drops an answer whose generation is not the latest, so a stale answer never replaces
a newer one. Writes (add, edit, remove, undo) stay on the GUI thread, in the book's store.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from viewer.annotations.model import Annotation
from viewer.annotations.store import AnnotationsError, AnnotationStore, search_words
from viewer.gui.annotating.annotation_list import ANNOTATED, SortKeys, filtered_text, sort_key
from viewer.gui.translatable import QT_TRANSLATE_NOOP
from viewer.gui.workers import bug_message


@dataclass(frozen=True, slots=True)
class Found:
    """The annotations a search box's text found: the most recently changed (at most the
    limit asked), how many match in all, and how the search was cut short, if it was."""

    query: str
    annotations: list[Annotation]
    total: int
    notice: str | None


@dataclass(frozen=True, slots=True)
class Listing:
    """Every annotation, oldest first, and each one's words as the Annotations tab's filter
    looks in them (:func:`~viewer.gui.annotating.annotation_list.filtered_text`, without the
    record's title, which only the window's archive knows): folded here, not on the GUI
    thread at the first key typed in the filter."""

    annotations: list[Annotation]
    folded: list[str]
    keys: SortKeys | None  # their sort keys in the column the list was sorted by when asked


def listing(store: AnnotationStore, sort_column: int | None = None) -> Listing:
    annotations = store.all()
    keys = (None if sort_column is None or sort_column == ANNOTATED
            else SortKeys(sort_column, [sort_key(a, sort_column) for a in annotations]))
    return Listing(annotations, [filtered_text(a) for a in annotations], keys)


def find(store: AnnotationStore, query: str, limit: int) -> Found:
    # Only the latest ``limit`` are listed: the count is of every one, read in the same
    # snapshot, so a change committed between the two reads cannot make "3 of 2".
    with store.snapshot():
        found = store.search(query, limit)
        total = store.count_matching(query) if len(found) == limit else len(found)
    return Found(query, found, total, search_words(query)[1])


class AnnotationReads(QObject):
    """Starts the reads and relays their answers as signals on the GUI thread."""

    searched = Signal(int, object)  # generation, Found
    listed = Signal(int, object)  # generation, Listing
    failed = Signal(int, str)  # generation, a message for the user

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # in order: a list asked after an edit sees the edit
        self._shut = False
        # The newest request of each kind (read from the worker thread; an int is swapped
        # whole): an older one still queued is skipped.
        self.latest_search = 0
        self.latest_list = 0

    def search(self, store: AnnotationStore, query: str, limit: int, generation: int) -> None:
        """Find ``query`` in the file ``store`` has open, as the search box does:
        :attr:`searched` with a :class:`Found`."""
        self.latest_search = generation
        self._start(ReadJob(
            store, QT_TRANSLATE_NOOP("Workers", "Searching your annotations"),
            lambda: self.latest_search != generation,
            lambda store: find(store, query, limit),
            lambda found: self.searched.emit(generation, found),
            lambda message: self.failed.emit(generation, message)))

    def list_all(self, store: AnnotationStore, generation: int,
                 sort_column: int | None = None) -> None:
        """Every annotation in the file ``store`` has open, for the Annotations tab, with
        their sort keys in ``sort_column``: :attr:`listed`."""
        self.latest_list = generation
        self._start(ReadJob(
            store, QT_TRANSLATE_NOOP("Workers", "Listing your annotations"),
            lambda: self.latest_list != generation,
            lambda store: listing(store, sort_column),
            lambda annotations: self.listed.emit(generation, annotations),
            lambda message: self.failed.emit(generation, message)))

    def wait(self, msecs: int = -1) -> bool:
        """Block until the jobs started are done (tests; closing)."""
        return self._pool.waitForDone(msecs)

    def shut_down(self) -> None:
        """Start no more jobs, drop those not yet begun, and wait for the one running: the
        window is closing, and a job's answer must not reach a relay that is gone."""
        self._shut = True
        self._pool.clear()
        self._pool.waitForDone()

    def _start(self, job: QRunnable) -> None:
        if not self._shut:
            self._pool.start(job)


class ReadJob(QRunnable):
    """One read of the file ``store`` has open (as it opened it: to read only, if it did), on
    a connection of its own (``store``'s belongs to the GUI thread): what ``read`` returns goes to
    ``done``; a problem of the user's file (an :class:`AnnotationsError`, whose message says
    what to do) or a bug of ours (a message that says so) to ``failed``. Skipped when
    ``stale()`` says a newer read of its kind was asked before its turn came."""

    def __init__(self, store: AnnotationStore, what: str, stale: Callable[[], bool],
                 read: Callable[[AnnotationStore], Any], done: Callable[[Any], None],
                 failed: Callable[[str], None]) -> None:
        super().__init__()
        self._path, self._read_only = store.path, store.read_only
        self._what, self._stale = what, stale
        self._read, self._done, self._failed = read, done, failed

    def run(self) -> None:
        if self._stale():
            return
        try:
            with AnnotationStore.open(self._path, reader=True,
                                      read_only=self._read_only) as store:
                result = self._read(store)
        except AnnotationsError as exc:
            self._failed(str(exc))
        except sqlite3.DatabaseError as exc:  # damaged since the writer opened it
            self._failed(str(exc))
        except Exception:
            self._failed(bug_message(self._what))
        else:
            self._done(result)
