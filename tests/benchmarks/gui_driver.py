"""The GUI side of the benchmarks, run in a fresh process per measurement by ``run.py``.

``python -m tests.benchmarks.gui_driver MODE [ARCHIVE] [--first-tab TABLE] [--repeat N]``

* ``floor`` — the start-up floor: a bare ``QMainWindow`` holding an empty ``QTableView``.
* ``floor-rows`` — a reference, not a target: the floor showing the first 100 rows of the
  viewer's first tab, read with plain ``sqlite3`` into a minimal Python table model. It pays
  what any window that shows rows must (Qt's ``Qt`` enum namespace, fonts and text layout,
  a Python ``data()``) and nothing of the viewer's own.
* ``first-tab-alone`` — a reference, not a target: the viewer's data layer and the record tab of
  its first tab (or ``--first-tab``), opened as ``start`` opens them, in a bare ``QMainWindow``:
  the viewer's start without the rest of its window (no menus, actions, toolbar, search box,
  tab bar, status bar or detail side). Between ``floor-rows`` and ``start``, it shows how much
  of the viewer's start is its data and first table, and how much the window around them.
* ``start`` — the viewer: the real
  :class:`~viewer.gui.window.main_window.MainWindow` on ``ARCHIVE``,
  built as ``python -m viewer`` builds it (same application setup), with settings in a
  temporary ini file so the first tab is the default one (or ``--first-tab``).
* ``session`` — ``start``, then 300 ms for what start-up put off until the first paint, then
  every benchmark query through the search box's own path
  (``SearchPanel.search`` → worker → ``SearchResultsModel``), one per debounce interval,
  each followed by its floor (the same statements through plain ``sqlite3``, here),
  then Ctrl+End in the Excerpts tab (to its last row and that row's record shown) and Ctrl+A
  there (every row selected and painted), then the Excerpts tab scrolled a page at a time and
  its scroll bar dragged to the middle and to the end, then twelve excerpts opened (detail pane
  and source reader), then the Views tab's three charts, with a 5 ms ``QTimer`` measuring the
  longest gap in the event loop.

Both start modes print ``READY`` on stdout the moment the window has painted its first tab
with rows in it (an empty table for the floor): the parent times process start → ``READY``,
so interpreter start-up and imports count, as they do for a user. ``session`` then prints one
line ``RESULT {json}`` with its figures, including peak RSS (``ru_maxrss``) for the process.

With ``SOMOS_BENCH_SPAWNED_AT`` set (the parent's ``time.monotonic()`` just before it spawned
this process: one clock for every process on Linux), ``floor`` and ``start`` also print
``STEPS {json}`` before ``READY``: when each step of the start ended, in ms since the spawn
(:data:`STEPS`; ``run.py --steps`` tabulates them).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STALL_TICK_MS = 5
PACED_PAGES, PACE_MS = 20, 50  # the paced scroll: pages, and the pause before each
OPENED_RECORDS = 12

#: The steps of a start, in order; the floor has no archive to open.
STEPS = ("Python started", "archive opened", "Qt and the viewer's modules imported",
         "application made", "window built", "window shown", "first paint")
_SPAWNED_AT = os.environ.get("SOMOS_BENCH_SPAWNED_AT")
_steps: list[tuple[str, float]] = []


def _step(name: str) -> None:
    """Note that a step of the start has ended (only when the parent asked for steps)."""
    if _SPAWNED_AT is not None:
        _steps.append((name, (time.monotonic() - float(_SPAWNED_AT)) * 1000))


def _say_ready() -> None:
    _step("first paint")
    if _SPAWNED_AT is not None:
        _say("STEPS " + json.dumps(_steps))
    _say("READY")


_step("Python started")


def _shield_none_refcount() -> None:
    """Work around PySide6 6.12.0 on Python < 3.12: every call of a void (or bool) Qt method
    from Python returns ``None`` (or ``True``/``False``) without taking a reference — it
    assumes 3.12's immortal singletons — so their counts fall by one per call and the process
    aborts ("none_dealloc: deallocating None") after a few thousand calls: a few searches, or
    a long scroll. Lending them a large count lets the benchmark run to the end; the viewer
    itself needs a PySide6 without the bug (6.11 is unaffected)."""
    import PySide6

    if sys.version_info < (3, 12) and PySide6.__version__.startswith("6.12."):
        import ctypes

        for singleton in (None, True, False):
            ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _peak_rss_mib() -> float:
    """This process's own peak RSS. Linux's ``ru_maxrss`` also counts the image replaced by
    ``exec``, a copy of the parent: after the runner had built the 100k archive in-process it
    reported 903 MiB for a viewer that never held 100. ``VmHWM`` is this image's alone."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _when_painted(widget: Any, ready: Any, then: Any) -> Any:
    """Call ``then()`` after the first paint of ``widget`` for which ``ready()`` holds."""
    # Here, once the mode has imported PySide6 itself, not first thing, as a user's start
    # does: the viewer imports its data layer before PySide6.
    _shield_none_refcount()
    from PySide6.QtCore import QEvent, QObject, QTimer

    class PaintWatch(QObject):
        done = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if not self.done and event.type() == QEvent.Type.Paint and ready():
                self.done = True
                QTimer.singleShot(0, then)  # after this paint has finished
            return False

    watch = PaintWatch(widget)
    widget.installEventFilter(watch)
    return watch


def floor() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    _step("Qt and the viewer's modules imported")
    app = QApplication([sys.argv[0]])
    _step("application made")
    window = QMainWindow()
    view = QTableView(window)
    window.setCentralWidget(view)
    window.resize(1320, 820)
    _step("window built")
    _when_painted(view.viewport(), lambda: True, lambda: (_say_ready(), app.quit()))
    window.show()
    _step("window shown")
    app.exec()


def floor_rows(archive_path: Path, table: str) -> None:
    import sqlite3

    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    conn = sqlite3.connect(archive_path.resolve().as_uri() + "?mode=ro", uri=True)
    cursor = conn.execute(f"SELECT * FROM {table} ORDER BY id LIMIT 100")
    rows = cursor.fetchall()
    names = [d[0] for d in cursor.description]
    Index = QModelIndex | QPersistentModelIndex

    class Rows(QAbstractTableModel):
        def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(rows)

        def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(names)

        def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                value = rows[index.row()][index.column()]
                return "" if value is None else str(value)[:400]
            return None

        def headerData(self, section: int, orientation: Qt.Orientation,
                       role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
                return names[section]
            return None

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    view = QTableView(window)
    model = Rows(view)
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1320, 820)
    _when_painted(view.viewport(), lambda: True, lambda: (_say("READY"), app.quit()))
    window.show()
    app.exec()
    conn.close()


def first_tab_alone(archive_path: Path, table: str) -> None:
    import viewer.__main__ as entry

    # In the order start_window takes them: the data layer before Qt, then the settings
    # (QtCore), the language and the archive, then the widgets.
    import viewer.archive.paging  # noqa: F401
    from viewer.gui.window.settings import ViewerSettings

    with tempfile.TemporaryDirectory() as folder:
        lang = entry._choose_language(ViewerSettings.in_file(Path(folder) / "settings.ini"))
    archive, problem = entry._open(archive_path)
    if archive is None:
        raise SystemExit(problem)
    from PySide6.QtWidgets import QMainWindow

    from viewer.gui.tables.record_tab import RecordTab
    from viewer.gui.workers import WorkerPool

    app = entry._application(sys.argv[0])
    entry._install_language(app, lang)
    window = QMainWindow()
    workers = WorkerPool(window)
    tab = RecordTab(table, workers, window)
    window.setCentralWidget(tab)
    tab.set_archive(archive)
    tab.activate()  # as the window does for the tab in view
    window.resize(1320, 820)
    _when_painted(tab.view.viewport(), lambda: tab.model.rowCount() > 0,
                  lambda: (_say("READY"), app.quit()))
    window.show()
    app.exec()
    workers.shut_down()
    archive.close()


class StallMeter:
    """The longest gap between ticks of a 5 ms timer: how long the event loop was blocked.

    With each longest gap it keeps the CPU time spent in it, by the GUI thread and by the
    whole process: a gap the GUI thread spent working is the viewer's; one in which the
    process hardly ran was the machine's (another tenant of a shared host; the longest gaps
    here were often those, at any scale)."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.phase = "idle"
        self.longest: dict[str, float] = {}
        self.cpu_in_longest: dict[str, dict[str, float]] = {}
        self._last = time.perf_counter()
        self._last_thread = time.thread_time()
        self._last_process = time.process_time()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(STALL_TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now, thread, process = time.perf_counter(), time.thread_time(), time.process_time()
        gap = (now - self._last) * 1000 - STALL_TICK_MS
        if gap > self.longest.get(self.phase, -1.0):
            self.longest[self.phase] = gap
            self.cpu_in_longest[self.phase] = {
                "gui_thread_ms": (thread - self._last_thread) * 1000,
                "process_ms": (process - self._last_process) * 1000}
        self._last, self._last_thread, self._last_process = now, thread, process

    def enter(self, phase: str) -> None:
        self._tick()
        self.phase = phase

    def stop(self) -> None:
        self._tick()
        self._timer.stop()


class _SearchFloor:
    """Each benchmark query's SQL — exactly the statements the store runs for it, captured
    with a trace callback — run through a plain ``sqlite3`` connection of its own.

    Run here, between the viewer's searches, rather than in the runner before them: this
    shared host's speed drifts from minute to minute (the same statements took 4.4 ms at the
    p95 in one run's floor and 6.4 in the next), and a floor measured minutes apart from the
    figure divided by it moved the 10k ratio from 1.5× to 2.1× between runs. Paced the same
    way, too: a query 200 ms after the last finds the CPU's caches colder (0.5–0.7 ms more at
    10k than straight after another)."""

    def __init__(self, archive: Path) -> None:
        import sqlite3

        from tests.benchmarks.synthetic import QUERIES
        from viewer.archive.search import search_archive
        from viewer.gui.search.search_panel import RESULTS_PAGE

        self._conn = sqlite3.connect(archive.resolve().as_uri() + "?mode=ro", uri=True)
        self.statements: dict[str, list[str]] = {}
        for query in QUERIES:
            captured: list[str] = []
            self._conn.set_trace_callback(captured.append)
            search_archive(self._conn, query, limit=RESULTS_PAGE, prefix_last=True)
            self._conn.set_trace_callback(None)
            self.statements[query] = [
                sql for sql in captured if sql.lstrip().upper().startswith(("SELECT", "WITH"))]

    def run(self, query: str) -> float:
        """Milliseconds to run the query's statements and read every row they give."""
        started = time.perf_counter()
        for sql in self.statements[query]:
            self._conn.execute(sql).fetchall()
        return (time.perf_counter() - started) * 1000

    def close(self) -> None:
        self._conn.close()


def _time_start_window_steps() -> None:
    """Note the steps inside ``start_window`` by wrapping the two helpers it calls between
    them (it looks them up when it runs): it opens the archive, imports Qt and the GUI, then
    makes the application."""
    import viewer.__main__ as entry

    open_archive, application = entry._open, entry._application

    def _open(path: Path | None) -> Any:
        opened = open_archive(path)
        _step("archive opened")
        return opened

    def _application(argv0: str) -> Any:
        _step("Qt and the viewer's modules imported")
        app = application(argv0)
        _step("application made")
        return app

    entry._open, entry._application = _open, _application  # type: ignore[assignment]


def _main_window(archive_path: Path, settings_dir: Path, first_tab: str | None) -> Any:
    # Through the viewer's own start-up (nothing from PySide6 imported before, here or in
    # start(): the order of imports is part of what is timed).
    from viewer.__main__ import start_window

    def settings() -> Any:
        from viewer.gui.window.settings import ViewerSettings

        chosen = ViewerSettings.in_file(settings_dir / "settings.ini")
        if first_tab:
            chosen.set_last_tab(first_tab)
        return chosen

    if _SPAWNED_AT is not None:
        _time_start_window_steps()
    app, window, problem = start_window(archive_path, settings)
    _step("window built")
    if problem:
        raise SystemExit(problem)
    return app, window


def start(archive_path: Path, first_tab: str | None, session: bool, repeat: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        app, window = _main_window(archive_path, Path(folder), first_tab)
        tab = window.current_tab()

        def ready() -> None:
            _say_ready()
            if session:
                _say("RESULT " + json.dumps(_session(app, window, repeat)))
            app.quit()

        _when_painted(tab.view.viewport(), lambda: tab.model.rowCount() > 0,
                      ready)
        window.show()
        _step("window shown")
        app.exec()
        window.close()
        if window.archive is not None:
            window.archive.close()


#: How long the session waits for a search's full ranking before taking the first answer as
#: final (the worker's own limit for it is shorter).
REFINE_WAIT_MS = 20_000


def _session(app: Any, window: Any, repeat: int) -> dict[str, Any]:
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    from tests.benchmarks.synthetic import QUERIES
    from viewer.gui.search.search_bar import DEBOUNCE_MS
    from viewer.gui.tables.record_tab import selected_row_count

    meter = StallMeter()
    out: dict[str, Any] = {"rss_after_start_mib": _peak_rss_mib()}

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    # Just after the first paint: what start-up put off runs now (the detail side, the
    # results panel, the reader's fonts), and the first tab's count arrives. Then quiet, so
    # that searches start from it.
    meter.enter("after start")
    wait(300)

    # Search: from the call the search box makes once typing settles, to results in the model.
    panel = window.search_panel
    latencies: dict[str, list[float]] = {q: [] for q in QUERIES}
    hits: dict[str, int] = {}
    meter.enter("search floor")  # its statements captured, a search of each query (~40 ms)
    floor = _SearchFloor(window.archive.path)
    floor_ms: dict[str, list[float]] = {q: [] for q in QUERIES}
    wait(DEBOUNCE_MS)
    meter.enter("search")
    arrivals: list[float] = []
    shown: list[Any] = []
    refinements: list[float] = []
    waiting: list[Any] = []
    final_ms: dict[str, list[float]] = {q: [] for q in QUERIES}
    top10: dict[str, list[list[object]]] = {}

    def arrived(result: Any) -> None:
        arrivals.append(time.perf_counter())
        shown.append(result)
        if waiting:
            waiting.pop().quit()

    def refined(_result: object) -> None:
        refinements.append(time.perf_counter())
        if waiting:
            waiting.pop().quit()

    def wait_for(events: list[float]) -> None:
        if not events:
            loop = QEventLoop()
            waiting.append(loop)
            QTimer.singleShot(REFINE_WAIT_MS, loop.quit)  # a refinement that never comes
            loop.exec()
            if waiting and waiting[-1] is loop:
                waiting.pop()

    panel.results_shown.connect(arrived)
    panel.results_refined.connect(refined)
    for _ in range(repeat):
        for query in QUERIES:
            arrivals.clear()
            shown.clear()
            refinements.clear()
            started = time.perf_counter()
            window.search_box.setText(query)  # what typing does; the debounce is not timed
            window.search_box.flush()
            wait_for(arrivals)
            latencies[query].append((arrivals[0] - started) * 1000)
            # The final ranking: the first answer itself when it was ranked in full, else
            # the refinement that follows it off the GUI thread.
            if shown[0].ranking != "full" and shown[0].hits:
                wait_for(refinements)
            done = refinements[0] if refinements else arrivals[0]
            final_ms[query].append((done - started) * 1000)
            hits[query] = panel.model.rowCount()
            top10[query] = [[h.table, h.id] for h in panel.model.hits()[:10]]
            # The next search no sooner than the search box can start one after the last:
            # its debounce. (20 ms left the previous answer's rows still to be painted,
            # ~20 ms of the GUI thread the next answer then waited behind.)
            wait(DEBOUNCE_MS)
            # The floor: the same query's statements through plain sqlite3, at the same
            # pace, in the same minute (not counted as the viewer's stall).
            meter.enter("search floor")
            floor_ms[query].append(floor.run(query))
            meter.enter("search")
            wait(DEBOUNCE_MS)
    floor.close()
    window.search_box.clear()
    out["search_ms"] = latencies
    out["search_final_ms"] = final_ms
    out["search_top10"] = top10
    out["search_floor_ms"] = floor_ms
    out["search_hits"] = hits

    # Jump: Ctrl+End in the largest tab, from the key to its last row painted with its text
    # and its record in the detail pane. Then the table is read afresh (sorted another way
    # and back) so that the scrolls below start from one page in memory.
    meter.enter("idle")
    tab = window.record_tab("excerpts")
    model = tab.model
    window.tabs.setCurrentWidget(tab)
    while tab.is_busy():
        wait(5)
    tab.view.setFocus()
    wait(100)
    jumped = QEventLoop()

    def at_end(*_args: object) -> None:
        last = model.rowCount() - 1
        record = window.detail.record
        if (tab.view.currentIndex().row() == last and record is not None
                and model.id_in_memory(last) == record.id):
            jumped.quit()

    window.detail.record_shown.connect(at_end)
    meter.enter("jump")
    started = time.perf_counter()
    QTest.keyClick(tab.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    at_end()
    jumped.exec()
    out["jump_ms"] = (time.perf_counter() - started) * 1000
    out["jump_rows"] = model.rowCount()
    window.detail.record_shown.disconnect(at_end)
    # Every row selected (Ctrl+A) and painted: Qt's header once visited all of them per paint.
    started = time.perf_counter()
    QTest.keyClick(tab.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    tab.view.viewport().repaint()
    tab.view.horizontalHeader().viewport().repaint()
    out["select_all_ms"] = (time.perf_counter() - started) * 1000
    out["select_all_rows"] = selected_row_count(tab.view)
    wait(50)
    tab.view.clearSelection()
    meter.enter("idle")
    wait(50)

    def back_to_the_first_page() -> None:
        # Sorted another way and back: the tab holds its first page only.
        for column, order in ((0, Qt.SortOrder.DescendingOrder),
                              (-1, Qt.SortOrder.AscendingOrder)):
            model.sort(column, order)
            while tab.is_busy():
                wait(5)
        tab.view.scrollToTop()

    def in_sight_read() -> bool:
        view = tab.view
        top = max(view.rowAt(0), 0)
        bottom = view.rowAt(view.viewport().height() - 1)
        bottom = model.rowCount() - 1 if bottom < 0 else bottom
        return all(model.id_in_memory(row) is not None for row in range(top, bottom + 1))

    def until_in_sight_read(limit_s: float = 60.0) -> float:
        started = time.perf_counter()
        while not in_sight_read() and time.perf_counter() - started < limit_s:
            wait(1)
        return (time.perf_counter() - started) * 1000

    # Paced: a page down at a time with a reader's pause between, as a wheel scrolls on: how
    # long the rows that come into sight show "Reading…" before they are read (every row of
    # the table is a row of the model; pages are read as the view looks at them, and ahead).
    back_to_the_first_page()
    meter.enter("scroll")
    window.tabs.setCurrentWidget(tab)
    bar = tab.view.verticalScrollBar()
    paced: list[float] = []
    for _ in range(PACED_PAGES):
        wait(PACE_MS)
        if bar.value() >= bar.maximum():
            break
        bar.triggerAction(bar.SliderAction.SliderPageStepAdd)
        paced.append(until_in_sight_read())
    out["paced_ms"] = paced
    meter.enter("idle")

    back_to_the_first_page()

    # Scroll: the scroll bar's handle taken from the top to its middle in one move (a quick
    # flick), then dragged on to its end in twenty moves a frame apart, and the rows in sight
    # read after each (until 2026-12-07 this was the table fetched page after page to its
    # end, when the model's rows were only those fetched so far).
    def drag_to(value: int, moves: int) -> float:
        first = bar.value()
        bar.setSliderDown(True)
        for move in range(1, moves + 1):
            if move > 1:
                wait(16)
            bar.setSliderPosition(first + (value - first) * move // moves)
        bar.setSliderDown(False)
        return until_in_sight_read()

    meter.enter("scroll")
    window.tabs.setCurrentWidget(tab)
    started = time.perf_counter()
    out["middle_ms"] = drag_to(bar.maximum() // 2, 1)
    out["end_ms"] = drag_to(bar.maximum(), 20)
    out["scroll_s"] = time.perf_counter() - started
    out["scroll_rows"] = tab.model.rowCount()
    meter.enter("idle")
    wait(50)

    # Open: records shown one after another (detail pane, then the source reader at the span),
    # as following links or search results does; ids spread over the archive, so most open
    # another document.
    count = window.archive.count("excerpts")
    ids = sorted({1 + i * (count - 1) // (OPENED_RECORDS - 1) for i in range(OPENED_RECORDS)})
    opened: list[float] = []
    shown_loop: list[Any] = []

    def shown(*_args: object) -> None:
        if shown_loop:
            shown_loop.pop().quit()

    window.reader.spans_shown.connect(shown)
    meter.enter("open")
    for record_id in ids:
        started = time.perf_counter()
        loop = QEventLoop()
        shown_loop.append(loop)
        window.navigate("excerpts", record_id)
        loop.exec()  # until the reader shows the span (after the detail pane)
        opened.append((time.perf_counter() - started) * 1000)
        wait(30)
    out["open_ms"] = opened
    meter.enter("idle")
    wait(50)

    # Views: the tab built and shown, then each chart read by its worker and drawn (a chart
    # of many marks a slice per turn), one after another.
    from viewer.gui.charts.views_tab import CHART_LABELS

    drawn_ms: dict[str, float] = {}
    meter.enter("views")
    views = window.views_tab
    window.tabs.setCurrentWidget(views)
    for key in CHART_LABELS:
        started = time.perf_counter()
        chart = views.show_chart(key)
        while views.is_busy() or chart.data is None or chart.is_drawing():
            wait(2)
        drawn_ms[key] = (time.perf_counter() - started) * 1000
        wait(50)
    out["views_ms"] = drawn_ms
    meter.enter("idle")
    wait(50)
    meter.stop()
    out["stall_ms"] = {k: v for k, v in meter.longest.items() if k != "idle"}
    out["stall_cpu_ms"] = {k: v for k, v in meter.cpu_in_longest.items() if k != "idle"}
    out["peak_rss_mib"] = _peak_rss_mib()
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=("floor", "floor-rows", "first-tab-alone", "start",
                                         "session"))
    parser.add_argument("archive", nargs="?", type=Path)
    parser.add_argument("--first-tab", default=None)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    if args.mode == "floor":
        floor()
    elif args.mode == "floor-rows":
        floor_rows(args.archive, args.first_tab or "episodes")
    elif args.mode == "first-tab-alone":
        first_tab_alone(args.archive, args.first_tab or "episodes")
    else:
        start(args.archive, args.first_tab, args.mode == "session", args.repeat)


if __name__ == "__main__":
    main()
