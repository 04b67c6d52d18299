"""How the user's annotations scale: the store's reads, and the GUI thread while typing.

``python -m tests.benchmarks.annotations [--scales 1000,10000] [--gui-scale 10000] [--no-gui]``

* The store: ``N`` record annotations of 30 words each, saved in one
  :meth:`~viewer.annotations.store.AnnotationStore.save`; then the median of 7 runs of
  ``search("massacre", 50)``, ``count_matching("massacre")``, a two-word search and its count
  (``"massacre people"``) and ``all()``.
* The window (at ``--gui-scale`` annotations; on the archive built from the seeds, in a
  temporary folder): the longest gap between ticks of a 5 ms timer (the longest the GUI
  thread was blocked, as ``gui_driver.StallMeter`` measures it) while ``"massacre people"`` is
  typed into the search box one key at a time, each key left to settle (longer than the
  search box's debounce) so that every key searches; while the Annotations tab is first
  shown; after one annotation is added with the tab in view (the tab reloads); and while
  ``"massacre"`` is typed into the tab's filter the same way.

It prints one table and exits 0 whatever the figures say. Run it on a quiet machine (not while
``/tmp/bench.lock`` exists); it works on any checkout whose store has ``save`` and whose window
takes ``annotations=``, so the same script measures before and after a change.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPEAT = 7
WORDS_PER_NOTE = 30
QUERY_ONE, QUERY_TWO = "massacre", "massacre people"
SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _vocabulary(rng: random.Random) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyzáéíóúñ"
    made = {"".join(rng.choice(letters) for _ in range(rng.randint(3, 10)))
            for _ in range(3000)}
    return [*sorted(made), "massacre", "people", "Benjamín", "huérfana", "Ciudad", "Juárez"]


def make_annotations(n: int) -> list[Any]:
    """``n`` record annotations, each a note of 30 words and two tags (a fixed seed: the same
    every run); about one in fifteen notes holds "massacre", one in ten "people"."""
    from viewer.annotations.model import RECORD, Annotation

    rng = random.Random(20261207)
    vocabulary = _vocabulary(rng)
    out = []
    for i in range(n):
        words = [rng.choice(vocabulary) for _ in range(WORDS_PER_NOTE)]
        if i % 15 == 0:
            words[rng.randrange(WORDS_PER_NOTE)] = "massacre"
        if i % 10 == 0:
            words[rng.randrange(WORDS_PER_NOTE)] = "people"
        stamp = f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:00Z"
        out.append(Annotation(
            id=f"bench-{i:06d}", kind=RECORD, note=" ".join(words),
            tags=(rng.choice(vocabulary), rng.choice(vocabulary)), record_table="cast",
            record_id=1 + i % 200, record_title=f"Someone {i} as Character {i % 97}",
            created=stamp, modified=stamp))
    return out


def _median_ms(call: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def store_figures(folder: Path, n: int) -> dict[str, float]:
    from viewer.annotations.store import AnnotationStore

    db = folder / f"annotations-{n}.sqlite"
    started = time.perf_counter()
    with AnnotationStore.open(db) as store:
        store.save(make_annotations(n))
    saved = (time.perf_counter() - started) * 1000
    with AnnotationStore.open(db) as store:  # a fresh connection, as a new session's
        return {
            "save all": saved,
            f"search {QUERY_ONE!r}": _median_ms(lambda: store.search(QUERY_ONE, 50)),
            f"count {QUERY_ONE!r}": _median_ms(lambda: store.count_matching(QUERY_ONE)),
            f"search {QUERY_TWO!r}": _median_ms(lambda: store.search(QUERY_TWO, 50)),
            f"count {QUERY_TWO!r}": _median_ms(lambda: store.count_matching(QUERY_TWO)),
            "all()": _median_ms(store.all),
        }


def gui_figures(folder: Path, n: int) -> dict[str, float]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from tests.benchmarks.gui_driver import StallMeter
    from viewer.annotations.model import RECORD, Annotation
    from viewer.archive.build import build_archive
    from viewer.archive.store import Archive
    from viewer.gui.search.search_bar import DEBOUNCE_MS
    from viewer.gui.tables.record_tab import FILTER_DEBOUNCE_MS
    from viewer.gui.window.main_window import MainWindow
    from viewer.gui.window.settings import ViewerSettings

    archive_path = folder / "somos.sqlite"
    if not archive_path.exists():
        build_archive(SEEDS, archive_path)
    db = folder / f"annotations-{n}.sqlite"  # made by store_figures
    app = QApplication.instance() or QApplication(sys.argv[:1])

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def wait_until(done: Callable[[], bool], limit_ms: int = 30_000) -> None:
        waited = 0
        while not done() and waited < limit_ms:
            wait(10)
            waited += 10

    window = MainWindow(Archive.open(archive_path),
                        ViewerSettings.in_file(folder / "settings.ini"), annotations=db)
    window.resize(1600, 1000)
    window.show()
    wait(1500)  # what start-up put off
    meter = StallMeter()
    out: dict[str, float] = {}

    meter.enter("typing in the search box")
    for key in QUERY_TWO:
        QTest.keyClicks(window.search_box, key)
        wait(DEBOUNCE_MS + 60)  # settled: every key searches
    wait(1500)
    results = window.annotator.results
    out["search box: annotations listed"] = results.model.rowCount() if results else -1

    meter.enter("Annotations tab first shown")
    window.search_box.clear()
    wait(DEBOUNCE_MS + 100)
    tab = window.annotations_tab
    window.tabs.setCurrentWidget(tab)
    wait_until(lambda: tab.model.rowCount() >= n)
    wait(500)

    meter.enter("Annotations tab reload after an add")
    stamp = "2026-12-31T00:00:00Z"
    window.annotator.book.add(Annotation(id="bench-added", kind=RECORD, note="added massacre",
                                         record_table="cast", record_id=1,
                                         record_title="Someone", created=stamp,
                                         modified=stamp))
    wait_until(lambda: tab.model.rowCount() == n + 1)
    wait(500)

    meter.enter("typing in the Annotations tab's filter")
    tab.view.setFocus()
    for key in QUERY_ONE:
        QTest.keyClicks(tab.filter, key)
        wait(FILTER_DEBOUNCE_MS + 60)
    wait(1000)
    out["tab filter: annotations shown"] = tab.proxy.rowCount()
    meter.stop()
    for phase, gap in meter.longest.items():
        if phase != "idle":
            out[f"longest stall: {phase}"] = gap
            # Whose it was: the GUI thread working, or the process hardly running (a shared
            # host's other tenants) — as gui_driver reports it.
            cpu = meter.cpu_in_longest[phase]
            out[f"  GUI thread CPU in it: {phase}"] = cpu["gui_thread_ms"]
            out[f"  process CPU in it: {phase}"] = cpu["process_ms"]
    window.close()
    if window.archive is not None:
        window.archive.close()
    app.processEvents()
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scales", default="1000,10000")
    parser.add_argument("--gui-scale", type=int, default=10_000)
    parser.add_argument("--no-gui", action="store_true")
    args = parser.parse_args(argv)
    scales = [int(s) for s in args.scales.split(",") if s]
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        rows: dict[str, dict[int, float]] = {}
        for n in scales:
            for what, ms in store_figures(folder, n).items():
                rows.setdefault(what, {})[n] = ms
        if not args.no_gui:
            if args.gui_scale not in scales:
                store_figures(folder, args.gui_scale)
            for what, value in gui_figures(folder, args.gui_scale).items():
                rows.setdefault(what, {})[args.gui_scale] = value
    columns = sorted({n for row in rows.values() for n in row})
    print(f"{'figure (ms, median of 7; counts are rows)':58}"
          + "".join(f"{n:>12,}" for n in columns))
    for what, by_n in rows.items():
        print(f"{what:58}" + "".join(f"{by_n[n]:>12.1f}" if n in by_n else f"{'':>12}"
                                     for n in columns))


if __name__ == "__main__":
    main()
