"""``somos-viewer`` / ``python -m viewer``: open the archive in the desktop viewer.

``somos-viewer [ARCHIVE]`` opens ``ARCHIVE`` or, without one, the bundled archive (built from
the seeds first when it is missing or stale). ``--self-test`` runs the real window offscreen,
searches for "Benjamin" through the same worker the search box uses, prints one line and exits
0 if there were hits: the smoke test of an installed or frozen build.
"""

from __future__ import annotations

import argparse
import atexit
import gc
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from viewer.gui.main_window import MainWindow
    from viewer.gui.settings import ViewerSettings

SELF_TEST_QUERY = "Benjamin"
SELF_TEST_TIMEOUT_MS = 30_000
GC_AT_THE_LATEST_MS = 3_000  # the garbage collector's holiday at start-up ends by then
#: How long a thread may hold the GIL while another waits for it (Python's default: 5 ms).
#: A worker reading in Python (the 1M timeline's data, 0.5 s) released it at each SQLite step
#: and took it straight back, so the GUI thread, waking too late each time, waited out the
#: interval again and again: 26-48 ms without a tick while a chart was read. At 1 ms the
#: longest such wait in the Views tab at 1M fell from 25.5-32.7 to 20.8-24.7 ms (three runs
#: each), all of it the GUI thread's own drawing, and the chart read no slower.
SWITCH_INTERVAL_S = 0.001


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="somos-viewer",
        description="Browse and search the Somos archive offline.")
    parser.add_argument("archive", nargs="?", type=Path,
                        help="an archive file to open (default: the bundled archive)")
    parser.add_argument("--self-test", action="store_true",
                        help="open the archive offscreen, search for 'Benjamin', exit 0 on hits")
    return parser.parse_args(argv)


def _application(argv0: str):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from viewer import __version__

    app = QApplication.instance() or QApplication([argv0])
    app.setApplicationName("Somos Archive")
    app.setOrganizationName("Somos Archive")
    app.setApplicationVersion(__version__)
    QApplication.setDesktopFileName("org.somosarchive.SomosArchive")  # a QGuiApplication's
    return app


def _set_icon(app) -> None:  # type: ignore[no-untyped-def]
    """The window icon, from every size the package ships. Set after the first paint: reading
    the seven files took ~4 ms of every start, and the window manager shows an icon given a
    moment after the window as well as one given before."""
    from PySide6.QtGui import QIcon

    from viewer import assets

    icon = QIcon()
    try:
        for file in assets.app_icon_files():
            icon.addFile(str(file))
    except FileNotFoundError:
        pass  # a broken install still runs; tests/packaging reports the missing icon
    app.setWindowIcon(icon)


def _open(path: Path | None):  # type: ignore[no-untyped-def]
    """The archive to show, or (None, message) when it cannot be opened."""
    from viewer.archive.errors import SeedError
    from viewer.archive.location import ensure_archive
    from viewer.archive.store import Archive, ArchiveError

    try:
        return Archive.open(ensure_archive(path)), None
    except ArchiveError as exc:
        return None, str(exc)
    except SeedError as exc:
        return None, f"The archive could not be built from the seeds: {exc}."
    except OSError as exc:
        return None, f"The archive could not be built: {exc.strerror or exc}."


def self_test(path: Path | None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer, QtMsgType, qInstallMessageHandler

    def quiet(_mode: QtMsgType, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:  # the offscreen platform's one remark
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)

    from viewer.gui.main_window import MainWindow
    from viewer.gui.settings import ViewerSettings

    app = _application(sys.argv[0])
    archive, problem = _open(path)
    if archive is None:
        print(f"self-test FAILED: {problem}")
        return 2
    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(archive, ViewerSettings.in_file(Path(folder) / "settings.ini"))
        results: list[object] = []
        loop = QEventLoop()
        window.search_panel.results_shown.connect(results.append)
        window.search_panel.results_shown.connect(loop.quit)
        QTimer.singleShot(SELF_TEST_TIMEOUT_MS, loop.quit)
        window.show()
        window.search_box.setText(SELF_TEST_QUERY)
        loop.exec()
        hits = window.search_panel.model.hits()
        window.close()
        app.processEvents()
    archive.close()
    if not results or not hits:
        print(f"self-test FAILED: no hits for {SELF_TEST_QUERY!r} in {archive.path}")
        return 1
    first = hits[0]
    print(f"self-test ok: {len(hits)} hits for {SELF_TEST_QUERY!r} in {archive.path} "
          f"(first: {first.table} {first.title!r})")
    return 0


def _collect_from_now_on() -> None:
    # What start-up made lives as long as the process: frozen, it is never walked again by a
    # full collection (8 ms each, a visible hitch while scrolling). Once is enough.
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _without_feature_hook() -> None:
    """Take PySide6's ``__feature__`` hook off ``import``, which it wraps when PySide6 is first
    imported: after every import statement that names a module it has not seen, the hook reads
    that module's whole source to find whether it mentions PySide6 (to support ``from
    __feature__ import snake_case, true_property``, which the viewer never uses). A start
    names some forty modules after PySide6 is imported, among them ``typing`` and
    ``inspect``: 8 ms of a 10k cold start (15 starts with and without, alternated: 182 and
    174 ms), and more in each module imported later. The import PySide6 wrapped, which it
    keeps as ``builtins.__orig_import__`` (its lazy loading of Qt's classes, in 6.7 and
    later), is put back; if PySide6 ever arranges this differently, nothing is changed."""
    import builtins

    wrapped = getattr(builtins, "__orig_import__", None)
    if wrapped is not None and getattr(builtins.__import__, "__name__", "") == "__feature_import__":
        builtins.__import__ = wrapped


def start_window(path: Path | None, settings: Callable[[], ViewerSettings] | None = None
                 ) -> tuple[QApplication, MainWindow, str | None]:
    """The application and its main window on ``path`` (None: the default archive), not yet
    shown, and why the archive could not be opened (None if it was). The benchmarks start the
    viewer through here too, so they time what a user waits for.

    Five things take ~70 ms off a start. Qt's native libraries are mapped and fontconfig's
    configuration read on another thread meanwhile (:mod:`viewer.gui.head_start`). The long
    regular expressions PySide6 compiles as it is imported come compiled from the last start
    (:mod:`viewer.gui.pattern_cache`). The archive is opened first and the GUI imported
    second, and PySide6's ``__feature__`` import hook is taken off as soon as PySide6 is
    imported (see :func:`_without_feature_hook`). And the garbage collector waits until the
    window has first painted: start-up allocates a great deal and frees almost nothing, so the
    ~70 collections it would run (12–16 ms) find nothing to collect.
    """
    gc.disable()
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    from viewer.gui import head_start, pattern_cache

    head_started = head_start.begin()
    patterns = pattern_cache.seed()
    archive, problem = _open(path)

    from PySide6.QtCore import QTimer

    _without_feature_hook()

    from viewer.gui.first_paint import after_first_paint
    from viewer.gui.main_window import MainWindow
    from viewer.gui.settings import ViewerSettings

    app = _application(sys.argv[0])
    head_started()
    window = MainWindow(archive, settings() if settings else ViewerSettings.for_user())
    # The window keeps the watch (its parent).
    after_first_paint(window, lambda: _set_icon(app), _collect_from_now_on, patterns.keep)
    atexit.register(patterns.keep)  # for a process that ends before that (keeps once)
    # ... and in any case soon: a window started minimized, say, may not paint for a while.
    QTimer.singleShot(GC_AT_THE_LATEST_MS, _collect_from_now_on)
    return app, window, problem


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(argv)
    if args.self_test:
        return self_test(args.archive)
    app, window, problem = start_window(args.archive)

    from viewer.gui.errors import install_excepthook, show_error

    install_excepthook(lambda: window)
    window.show()
    if problem:
        window.last_error = show_error(window, "Cannot open archive", problem,
                                       "Use File › Open Archive… to choose another file, or "
                                       "File › Rebuild from Seeds… to build it again.")
    code = app.exec()
    if window.archive is not None:
        window.archive.close()
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
