"""Work that may outgrow a frame runs here, off the GUI thread: search, counting, rebuilding.

Each job is a ``QRunnable`` that opens its *own* :class:`~viewer.archive.store.Archive` inside
the worker thread (an sqlite connection belongs to the thread that made it) and reports back
through the signals of one long-lived :class:`WorkerPool` living on the GUI thread, so results
arrive as queued signals. Search and count requests carry a generation number; the receiver
drops any answer whose generation is no longer the latest, so a slow stale search can never
overwrite a newer one.
"""

from __future__ import annotations

import os
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
)

from viewer.archive.errors import os_problem
from viewer.archive.location import ARCHIVE_NAME, default_archive_path, user_data_dir
from viewer.archive.paging import PageRequest, read_page
from viewer.archive.store import Archive, ArchiveError, OpenCancelled
from viewer.gui.labels import fill
from viewer.gui.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    # Imported by the jobs that use them: the builder (with the extractors' patterns), the
    # exporter and the detail loader are not needed to open a window, and are slow to load.
    from viewer.archive.atomic import InUse
    from viewer.archive.documents import DocumentText
    from viewer.archive.export import ExportPart
    from viewer.archive.search import SearchResult

SEARCH_LIMIT = 200
# How long the full ranking that follows a bounded first answer may take.
REFINE_TIME_LIMIT_S = 10.0
# What each chart of the Views tab is drawn from (reading it grows with the archive).
CHART_DATA: dict[str, Callable[[Archive], object]] = {
    "timeline": Archive.timeline_events,
    "credits": Archive.credits_matrix,
    "storylines": Archive.storyline_map,
}


def rebuild_target() -> Path:
    """Where File › Rebuild puts the archive: the default place, or the user's data folder
    when the default place cannot be written (a read-only install)."""
    target = default_archive_path()
    folder = target.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return target if os.access(folder, os.W_OK) else user_data_dir() / ARCHIVE_NAME


def bug_message(what: str) -> str:
    """``what`` (English, marked for translation in context ``Workers``) failed: our bug."""
    traceback.print_exc(file=sys.stderr)
    kind, value, _ = sys.exc_info()
    name = kind.__name__ if kind else "error"
    return fill(QCoreApplication.translate(
        "Workers", "%1 failed because of a bug in Somos Archive (%2: %3). Please report it "
        "with the details printed on the console."),
        QCoreApplication.translate("Workers", what), name, value)


class WorkerPool(QObject):
    """Starts background jobs and relays their results as signals on the GUI thread."""

    search_finished = Signal(int, object)  # generation, SearchResult
    search_refined = Signal(int, object)  # generation, SearchResult ranked in full, or None
    search_failed = Signal(int, str)  # generation, message for the user
    count_finished = Signal(str, int, int)  # table, generation, all rows
    count_failed = Signal(str, int, str)  # table, generation, message for the user
    matching_counted = Signal(int, object)  # generation, {table: records matching a search}
    matching_failed = Signal(int, str)  # generation, message for the user
    page_finished = Signal(object, object)  # PageRequest, Page
    page_failed = Signal(object, str)  # PageRequest, message for the user
    detail_finished = Signal(int, str, int, object)  # generation, table, id, RecordDetail|None
    detail_failed = Signal(int, str)  # generation, message for the user
    rebuild_progressed = Signal(str)
    rebuild_finished = Signal(str)  # path of the new archive
    rebuild_failed = Signal(str)
    export_progressed = Signal(int, int)  # records written, records in all
    export_finished = Signal(object)  # list[ExportReport]: one per file, or one cancelled
    export_failed = Signal(str)  # message for the user
    chart_finished = Signal(str, int, object)  # chart, generation, its data (CHART_DATA)
    chart_failed = Signal(str, int, str)  # chart, generation, message for the user
    document_finished = Signal(int, int, object)  # generation, source id, DocumentText
    document_failed = Signal(int, int, str)  # generation, source id, message for the user
    open_finished = Signal(int, object)  # generation, Archive (to be used on the GUI thread)
    open_failed = Signal(int, str, bool)  # generation, message for the user, cancelled

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._pool.setExpiryTimeout(-1)  # two threads for the session, each with its connection
        self._kept: dict[int, tuple[tuple[object, ...], Archive]] = {}
        self._kept_lock = threading.Lock()
        self._shut = False
        # The newest search's generation: a full ranking still running for an older one
        # is interrupted (read from worker threads; an int is swapped whole).
        self.latest_search = 0

    @contextmanager
    def connection(self, path: Path) -> Iterator[Archive]:
        """The calling worker thread's own connection to ``path``, kept between its jobs.

        Opening and validating an archive costs a millisecond or two, as much as a whole
        search of a small archive. Kept by thread id (an sqlite connection belongs to the
        thread that made it; PySide gives each job a fresh Python thread state, so a
        ``threading.local`` would be empty every time) until the file at ``path`` changes
        (inode, size or time) or a job using it fails. Read-only: a kept connection holds
        nothing up.
        """
        thread = threading.get_ident()
        try:
            st = path.stat()
            key: tuple[object, ...] | None = (str(path), st.st_ino, st.st_size,
                                              st.st_mtime_ns)
        except OSError:
            key = None  # Archive.open says what is wrong with it
        with self._kept_lock:
            kept = self._kept.get(thread)
        if kept is not None and kept[0] == key:
            archive = kept[1]
        else:
            if kept is not None:
                self._forget(thread)
            archive = Archive.open(path)
            if key is not None:
                with self._kept_lock:
                    self._kept[thread] = (key, archive)
        try:
            yield archive
        except BaseException:
            self._forget(thread)
            raise
        finally:
            if key is None:
                archive.close()

    def _forget(self, thread: int) -> None:
        with self._kept_lock:
            kept = self._kept.pop(thread, None)
        if kept is not None:
            kept[1].close()

    def search(self, path: Path, text: str, generation: int, *,
               limit: int = SEARCH_LIMIT) -> None:
        """Search ``text`` as the search box does (the last word a prefix): the first answer
        (ranked within bounds) is sent with :attr:`search_finished`; when its ranking was
        bounded, the full ranking follows in the same job with :attr:`search_refined`."""
        self.latest_search = generation
        self._start(SearchJob(self, path, text, generation, limit))

    def page(self, path: Path, request: PageRequest) -> None:
        self._start(self.page_job(path, request))

    def page_job(self, path: Path, request: PageRequest) -> ArchiveJob:
        """One page of a tab (the first counted with it): sorting by an unindexed column,
        filtering by a common word or stepping into the middle of a million rows costs a scan
        that grows with the table, so even a page is read here."""
        r = request
        return ArchiveJob(
            self, path, QT_TRANSLATE_NOOP("Workers", "Reading the table"),
            lambda archive: read_page(archive, r),
            lambda page: self.page_finished.emit(r, page),
            lambda message: self.page_failed.emit(r, message))

    def detail(self, path: Path, table: str, record_id: int, generation: int) -> None:
        self._start(self.detail_job(path, table, record_id, generation))

    def detail_job(self, path: Path, table: str, record_id: int, generation: int) -> ArchiveJob:
        """Everything the detail pane shows about one record (links, mentions, passages)."""
        from viewer.gui.reading.record_detail import load_detail

        return ArchiveJob(
            self, path, QT_TRANSLATE_NOOP("Workers", "Showing the record"),
            lambda archive: load_detail(archive, table, record_id),
            lambda detail: self.detail_finished.emit(generation, table, record_id, detail),
            lambda message: self.detail_failed.emit(generation, message))

    def document(self, path: Path, source_id: int, generation: int) -> None:
        self._start(self.document_job(path, source_id, generation))

    def document_job(self, path: Path, source_id: int, generation: int) -> ArchiveJob:
        def done(document: DocumentText | None) -> None:
            if document is None:
                self.document_failed.emit(
                    generation, source_id,
                    fill(QCoreApplication.translate(
                        "Workers", "The archive has no document %1, though a record cites it: "
                        "the file is damaged. Rebuild it with File › Rebuild from Seeds…."),
                        source_id))
            else:
                self.document_finished.emit(generation, source_id, document)

        return ArchiveJob(
            self, path, QT_TRANSLATE_NOOP("Workers", "Opening the document"),
            lambda archive: _document(archive, source_id),
            done, lambda message: self.document_failed.emit(generation, source_id, message))

    def count(self, path: Path, table: str, generation: int) -> None:
        self._start(self.count_job(path, table, generation))

    def count_job(self, path: Path, table: str, generation: int) -> ArchiveJob:
        """All the rows of a table, for a tab's "N of M" when the archive does not say (a
        filter's rows are counted with its first page: :func:`~viewer.archive.paging.read_page`)."""
        return ArchiveJob(
            self, path, QT_TRANSLATE_NOOP("Workers", "Counting rows"),
            lambda archive: archive.count(table),
            lambda total: self.count_finished.emit(table, generation, total),
            # The tab keeps showing what it has, and says why.
            lambda message: self.count_failed.emit(table, generation, message))

    def count_matching(self, path: Path, query: str, generation: int,
                       stale: Callable[[], bool]) -> None:
        """How many records of each table match a search's text, counted as exporting every
        one of them will (:meth:`Archive.count`, one table at a time), for the export dialog.
        Interrupted as soon as ``stale()`` says so (the dialog closed): each table's count may
        take up to the query time limit, and it holds one of the pool's two threads. The first
        table that cannot be counted ends it, with :attr:`matching_failed`."""
        self._start(ArchiveJob(
            self, path, QT_TRANSLATE_NOOP("Workers", "Counting the records that match"),
            lambda archive: _count_matching(archive, query, stale),
            lambda counts: self.matching_counted.emit(generation, counts),
            lambda message: self.matching_failed.emit(generation, message)))

    def open(self, path: Path, generation: int, cancel: threading.Event) -> None:
        self._start(OpenJob(self, path, generation, cancel))

    def rebuild(self, seeds: Path, target: Path) -> None:
        self._start(RebuildJob(self, seeds, target))

    def chart(self, path: Path, chart: str, generation: int) -> None:
        self._start(self.chart_job(path, chart, generation))

    def chart_job(self, path: Path, chart: str, generation: int) -> ArchiveJob:
        """The records one chart of the Views tab is drawn from."""
        return ArchiveJob(
            self, path, QT_TRANSLATE_NOOP("Workers", "Drawing the chart"), CHART_DATA[chart],
            lambda data: self.chart_finished.emit(chart, generation, data),
            lambda message: self.chart_failed.emit(chart, generation, message))

    def export(self, path: Path, parts: list[ExportPart], fmt: str, *, provenance: bool,
               cancel: threading.Event, in_use: Sequence[InUse] = ()) -> None:
        """Export ``parts`` of the archive at ``path``; never over a file ``in_use``."""
        self._start(ExportJob(self, path, parts, fmt, provenance, cancel, in_use))

    def wait(self, msecs: int = -1) -> bool:
        """Block until every started job is done (used on close, so no job outlives us)."""
        self._pool.clear()
        return self._pool.waitForDone(msecs)

    def shut_down(self) -> None:
        """Wait for the jobs started, and start no more: the window is closing, and a job
        started by an event still queued would answer a relay that is gone (PySide raises
        "Signal source has been deleted" in the worker thread)."""
        self._shut = True
        self.wait()

    def _start(self, job: QRunnable) -> None:
        if not self._shut:
            self._pool.start(job)

    def active_jobs(self) -> int:
        return self._pool.activeThreadCount()


class SearchJob(QRunnable):
    def __init__(self, relay: WorkerPool, path: Path, text: str, generation: int,
                 limit: int) -> None:
        super().__init__()
        self._relay, self._path, self._text = relay, path, text
        self._generation, self._limit = generation, limit

    def _stale(self) -> bool:
        return self._relay.latest_search != self._generation

    def run(self) -> None:
        from viewer.gui.archive_words import search_words
        from viewer.gui.search.hit_words import shown_hits  # with the first search, not at start

        relay, generation = self._relay, self._generation
        try:
            # The window's words for the archive's own find records too.
            words_shown = search_words()
            with relay.connection(self._path) as archive:
                result = archive.search(self._text, limit=self._limit, prefix_last=True,
                                        words_shown=words_shown)
                result = replace(result, hits=shown_hits(archive, result.hits))
        except ArchiveError as exc:
            relay.search_failed.emit(generation, str(exc))
            return
        except Exception:
            relay.search_failed.emit(
                generation, bug_message(QT_TRANSLATE_NOOP("Workers", "The search")))
            return
        relay.search_finished.emit(generation, result)
        if result.ranking == "full" or not result.hits or self._stale():
            return
        refined: SearchResult | None = None
        try:
            with relay.connection(self._path) as archive, archive.cancelled_when(self._stale):
                refined = archive.search(self._text, limit=self._limit, prefix_last=True,
                                         exhaustive=True, time_limit=REFINE_TIME_LIMIT_S,
                                         words_shown=words_shown)
                refined = replace(refined, hits=shown_hits(archive, refined.hits))
        except ArchiveError:
            refined = None  # the first answer stays; a broken file shows on the next search
        except Exception:
            bug_message(QT_TRANSLATE_NOOP("Workers", "Ranking the search"))
            refined = None  # a ranking half translated is not sent: the first answer stays
        # Interrupted (a newer search, or over the time limit): the first answer stays.
        relay.search_refined.emit(generation, refined if refined and refined.hits else None)


class ArchiveJob(QRunnable):
    """One read of the archive off the GUI thread, on this thread's connection: what ``read``
    returns goes to ``done``; a problem of the user's file (an ``ArchiveError``, whose message
    says what to do) or a bug of ours (a message that says so) goes to ``failed``. ``done`` and
    ``failed`` emit the pool's signals, which Qt delivers on the GUI thread. The jobs with
    more to them (a search and its refinement, opening with Cancel, rebuilding, exporting)
    are their own classes."""

    def __init__(self, relay: WorkerPool, path: Path, what: str,
                 read: Callable[[Archive], Any], done: Callable[[Any], None],
                 failed: Callable[[str], None]) -> None:
        super().__init__()
        self._relay, self._path, self._what = relay, path, what
        self._read, self._done, self._failed = read, done, failed

    def run(self) -> None:
        try:
            with self._relay.connection(self._path) as archive:
                result = self._read(archive)
        except ArchiveError as exc:
            self._failed(str(exc))
        except Exception:
            self._failed(bug_message(self._what))
        else:
            self._done(result)


def _count_matching(archive: Archive, query: str, stale: Callable[[], bool]) -> dict[str, int]:
    from viewer.archive.tables import TABLE_SPECS

    with archive.cancelled_when(stale):
        return {table: archive.count(table, query) for table in TABLE_SPECS}


def _document(archive: Archive, source_id: int) -> DocumentText | None:
    """What the source reader reads of a document before laying it out: its text and where
    its passages lie (at a million excerpts, too much to read on the GUI thread). None when
    the archive has no such document: the file's fault, not the connection's."""
    try:
        return archive.source_document(source_id)
    except KeyError:
        return None


class OpenJob(QRunnable):
    """Open and validate an archive for the window (File › Open): it reads the file's schema
    and the top of every table, which a lock or a hostile file can make last."""

    def __init__(self, relay: WorkerPool, path: Path, generation: int,
                 cancel: threading.Event) -> None:
        super().__init__()
        self._relay, self._path = relay, path
        self._generation, self._cancel = generation, cancel

    def run(self) -> None:
        try:
            archive = Archive.open(self._path, cancelled=self._cancel.is_set,
                                   for_another_thread=True)
        except OpenCancelled as exc:
            self._relay.open_failed.emit(self._generation, str(exc), True)
        except ArchiveError as exc:
            self._relay.open_failed.emit(self._generation, str(exc), self._cancel.is_set())
        except Exception:
            self._relay.open_failed.emit(
                self._generation,
                bug_message(QT_TRANSLATE_NOOP("Workers", "Opening the archive")), False)
        else:
            self._relay.open_finished.emit(self._generation, archive)


class RebuildJob(QRunnable):
    def __init__(self, relay: WorkerPool, seeds: Path, target: Path) -> None:
        super().__init__()
        self._relay, self._seeds, self._target = relay, seeds, target

    def run(self) -> None:
        from viewer.archive.build import build_archive
        from viewer.archive.errors import SeedError

        try:
            self._target.parent.mkdir(parents=True, exist_ok=True)
            build_archive(self._seeds, self._target, self._relay.rebuild_progressed.emit)
        except SeedError as exc:
            self._relay.rebuild_failed.emit(fill(QCoreApplication.translate(
                "Workers", "A seed document could not be read: %1. Restore the seeds folder "
                "(%2) from the distribution and try again."), exc, self._seeds))
        except OSError as exc:
            self._relay.rebuild_failed.emit(fill(QCoreApplication.translate(
                "Workers", "The archive could not be written to %1: %2. Free some space or "
                "check the folder's permissions."), self._target, os_problem(exc)))
        except Exception:
            self._relay.rebuild_failed.emit(
                bug_message(QT_TRANSLATE_NOOP("Workers", "Rebuilding the archive")))
        else:
            self._relay.rebuild_finished.emit(str(self._target))


class ExportJob(QRunnable):
    """Export Selection: writes through :func:`~viewer.archive.export.export_parts`, so a
    failure or a cancel leaves no file. ``cancel`` is set from the GUI thread and read between
    records; progress is reported at most every :attr:`PROGRESS_EVERY_S`, not per record."""

    PROGRESS_EVERY_S = 0.05

    def __init__(self, relay: WorkerPool, path: Path, parts: list[ExportPart], fmt: str,
                 provenance: bool, cancel: threading.Event,
                 in_use: Sequence[InUse] = ()) -> None:
        super().__init__()
        self._relay, self._path, self._parts = relay, path, parts
        self._in_use = tuple(in_use)
        self._fmt, self._provenance, self._cancel = fmt, provenance, cancel
        self._last_report = 0.0

    def _progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done in (0, total) or now - self._last_report >= self.PROGRESS_EVERY_S:
            self._last_report = now
            self._relay.export_progressed.emit(done, total)

    def run(self) -> None:
        from viewer.archive.export import ExportError, export_parts

        try:
            with self._relay.connection(self._path) as archive:
                reports = export_parts(archive, self._parts, self._fmt,
                                       provenance=self._provenance, progress=self._progress,
                                       cancelled=self._cancel.is_set,
                                       in_use=self._in_use)
        except (ExportError, ArchiveError) as exc:
            self._relay.export_failed.emit(str(exc))
        except Exception:
            self._relay.export_failed.emit(bug_message(QT_TRANSLATE_NOOP("Workers", "The export")))
        else:
            self._relay.export_finished.emit(reports)
