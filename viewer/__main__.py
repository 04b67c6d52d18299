"""``somos-viewer`` / ``python -m viewer``: open the archive in the desktop viewer.

``somos-viewer [ARCHIVE]`` opens ``ARCHIVE`` or, without one, the bundled archive (built from
the seeds first when it is missing or stale). ``--self-test`` runs the real window offscreen,
searches for "Benjamin" through the same worker the search box uses, prints one line and exits
0 if there were hits: the smoke test of an installed or frozen build.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from viewer.gui.window.main_window import MainWindow
    from viewer.gui.window.settings import ViewerSettings

SELF_TEST_QUERY = "Benjamin"
SELF_TEST_TIMEOUT_MS = 30_000


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    # The command line's words in the environment's language, as somos-archive's (gettext;
    # argparse's own, "usage:" and the rest, through the same catalogue).
    from viewer.i18n import message as _

    parser = argparse.ArgumentParser(
        prog="somos-viewer",
        description=_("Browse and search the Somos archive offline."))
    parser.add_argument("archive", nargs="?", type=Path,
                        help=_("an archive file to open (default: the bundled archive)"))
    from viewer import __version__

    # As the README and ``somos-archive`` spell it (issue 28): the same as the positional.
    parser.add_argument("--archive", dest="archive_option", metavar="FILE", type=Path,
                        help=_("the same: an archive file to open"))
    parser.add_argument("--version", action="version", version=f"somos-viewer {__version__}",
                        help=_("show the version and exit"))
    parser.add_argument("--self-test", action="store_true",
                        help=_("open the archive offscreen, search for 'Benjamin', exit 0 on "
                               "hits"))
    args = parser.parse_args(argv)
    if args.archive_option is not None:
        if args.archive is not None and args.archive != args.archive_option:
            parser.error(_("name the archive once: either ARCHIVE or --archive FILE"))
        args.archive = args.archive_option
    return args


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
    """The window icon, from every size the package ships. Set after the first paint: the
    window manager shows an icon given a moment after the window as well as one given before,
    and the window need not wait for seven files to be read."""
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
    """The archive to show, or (None, message) when it cannot be opened. The message is in the
    language :func:`_choose_language` chose (gettext, as the data layer's own; the window is
    not built yet)."""
    from viewer.archive.errors import SeedError, os_problem
    from viewer.archive.location import ensure_archive
    from viewer.archive.store import Archive, ArchiveError
    from viewer.i18n import message as _

    try:
        return Archive.open(ensure_archive(path)), None
    except ArchiveError as exc:
        return None, str(exc)
    except SeedError as exc:
        return None, _("The archive could not be built from the seeds: {problem}.").format(
            problem=exc)
    except OSError as exc:
        return None, _("The archive could not be built: {problem}.").format(
            problem=os_problem(exc))


def _choose_language(settings: ViewerSettings) -> str:
    """The language of this run: the one chosen in Settings › Language, else the system's.
    The data layer's messages follow it from here on (an archive that will not open says why
    in it), so it is chosen before the archive is opened; reading it needs QtCore only, which
    the window imports next anyway, and loads no catalogue."""
    from viewer import i18n
    from viewer.gui.translation import LANGUAGE_NAMES, chosen_language

    lang = chosen_language(settings.language(LANGUAGE_NAMES))
    i18n.use_language(lang)
    return lang


def _install_language(app, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The window's catalogues for ``lang``, before any widget is built. English loads
    nothing."""
    from viewer.gui.translation import install_translators

    # The translators are children of the application: they live as long as it does.
    install_translators(app, lang)


def self_test(path: Path | None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer, QtMsgType, qInstallMessageHandler

    def quiet(_mode: QtMsgType, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:  # the offscreen platform's one remark
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)

    from viewer.gui.window.main_window import MainWindow
    from viewer.gui.window.settings import ViewerSettings

    app = _application(sys.argv[0])
    with tempfile.TemporaryDirectory() as folder:
        # The user's settings and annotations are left alone: a self-test writes neither.
        settings = ViewerSettings.in_file(Path(folder) / "settings.ini")
        lang = _choose_language(settings)
        archive, problem = _open(path)
        if archive is None:
            print(f"self-test FAILED: {problem}")
            return 2
        _install_language(app, lang)
        window = MainWindow(archive, settings, annotations=Path(folder) / "annotations.sqlite")
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


def start_window(path: Path | None, settings: Callable[[], ViewerSettings] | None = None
                 ) -> tuple[QApplication, MainWindow, str | None]:
    """The application and its main window on ``path`` (None: the default archive), not yet
    shown, and why the archive could not be opened (None if it was). The benchmarks start the
    viewer through here too, so they time what a user waits for.

    The language is chosen first (Settings › Language, else the system's), so that why an
    archive cannot be opened is said in it; the archive is opened before the widgets are
    imported, so that a window is never built for a file that cannot be read; what the first
    sight of the window does not need (the icon, the tabs not shown, the detail pane and the
    reader) is built after its first paint.
    """
    # The data layer before Qt, which it never imports: once PySide6 is loaded, the first
    # import statement naming a module makes it read that module's source, looking for
    # ``from __feature__ import``. The GUI names the store, the specs and the pages again, but
    # the modules under them (the SQL, the checks on open, the schema) are named only by the
    # data layer, and are not read if it was imported first.
    import viewer.archive.location
    import viewer.archive.paging  # the store, the specs, the records' pages
    import viewer.archive.user_text  # noqa: F401  (the labels' cut of the user's text)
    from viewer.gui.window.settings import ViewerSettings

    chosen = settings() if settings else ViewerSettings.for_user()
    lang = _choose_language(chosen)
    archive, problem = _open(path)

    from viewer.gui.window.main_window import MainWindow

    app = _application(sys.argv[0])
    _install_language(app, lang)
    window = MainWindow(archive, chosen)
    window.after_first_paint(lambda: _set_icon(app))
    return app, window, problem


def show_start_problem(window: MainWindow, problem: str) -> None:
    """Why the archive did not open at start, and what to do. File › Rebuild from Seeds…
    builds a new archive from the seeds that come with Somos Archive, in the place it always
    writes to, and opens that: not necessarily the file refused, so the dialog names it."""
    from PySide6.QtCore import QCoreApplication

    from viewer.gui.labels import fill
    from viewer.gui.window.errors import show_error
    from viewer.gui.workers import rebuild_target

    window.last_error = show_error(
        window, QCoreApplication.translate("Startup", "Cannot open archive"), problem,
        fill(QCoreApplication.translate(
            "Startup", "Use File › Open Archive… to choose another file, or File › Rebuild "
            "from Seeds… to build a new archive from the seed documents that come with Somos "
            "Archive: it is saved as %1 and opened."), rebuild_target()))


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(argv)
    if args.self_test:
        return self_test(args.archive)
    app, window, problem = start_window(args.archive)

    from viewer.gui.window.errors import install_excepthook

    install_excepthook(lambda: window)
    window.show()
    if problem:
        show_start_problem(window, problem)
    code = app.exec()
    if window.archive is not None:
        window.archive.close()
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
