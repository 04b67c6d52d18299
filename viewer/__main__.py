"""``somos-viewer`` / ``python -m viewer``: open the archive in the desktop viewer.

``somos-viewer [ARCHIVE]`` opens ``ARCHIVE`` or, without one, the bundled archive (built from
the seeds first when it is missing or stale). ``--self-test`` runs the real window offscreen,
searches for "Benjamin" through the same worker the search box uses, prints one line and exits
0 if there were hits: the smoke test of an installed or frozen build.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

SELF_TEST_QUERY = "Benjamin"
SELF_TEST_TIMEOUT_MS = 30_000


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
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from viewer import __version__, assets

    app = QApplication.instance() or QApplication([argv0])
    app.setApplicationName("Somos Archive")
    app.setOrganizationName("Somos Archive")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.somosarchive.SomosArchive")
    icon = QIcon()
    try:
        for file in assets.app_icon_files():
            icon.addFile(str(file))
    except FileNotFoundError:
        pass  # a broken install still runs; tests/packaging reports the missing icon
    app.setWindowIcon(icon)
    # What imports and Qt's set-up made lives as long as the process: frozen, it is never
    # walked again by a full garbage collection (8 ms each, a visible hitch while scrolling).
    gc.freeze()
    return app


def _open(path: Path | None):  # type: ignore[no-untyped-def]
    """The archive to show, or (None, message) when it cannot be opened."""
    from viewer.archive.extract.base import SeedError
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


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(argv)
    if args.self_test:
        return self_test(args.archive)

    # The archive first, the GUI second: once PySide6 is imported it reads the source of every
    # module imported after it (its ``__feature__`` hook), ~0.15 ms each, so the data layer's
    # forty-odd modules (and the stdlib ones they bring) are cheaper imported before it.
    archive, problem = _open(args.archive)

    from viewer.gui.errors import install_excepthook, show_error
    from viewer.gui.main_window import MainWindow
    from viewer.gui.settings import ViewerSettings

    app = _application(sys.argv[0])
    window = MainWindow(archive, ViewerSettings.for_user())
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
