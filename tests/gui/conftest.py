"""GUI fixtures: real widgets over the real archive, settings in a temporary ini file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from viewer.archive.store import Archive
from viewer.gui.translation import install_translators, remove_translators
from viewer.gui.window.main_window import MainWindow
from viewer.gui.window.settings import ViewerSettings

GUI_DIR = Path(__file__).resolve().parent

# The offscreen platform warns once per shown top-level window that it cannot pass size hints
# on; that is the test platform talking, not our code, so only that message is let through.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if GUI_DIR in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(scope="session", autouse=True)
def _no_reference_leaks(qapp: QApplication) -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call and aborts
    the process after a few thousand (pyproject excludes that release); fail loudly if a
    release with that fault is ever installed again, rather than crash at random."""
    import sys

    from PySide6.QtWidgets import QLabel

    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("x")
    assert sys.getrefcount(None) >= before, "this PySide6 release leaks references to None"


@pytest.fixture
def settings(tmp_path: Path) -> ViewerSettings:
    return ViewerSettings.in_file(tmp_path / "settings.ini")


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    """The window's catalogues for Spanish, as a start under es_MX installs them (the data
    layer's gettext messages follow). Ask for it before ``open_window``, so that a window is
    closed in the language it was opened in."""
    translators = install_translators(qapp, "es")
    assert len(translators) == 2, "the Spanish catalogue (or Qt's own) did not load"
    yield
    remove_translators(qapp, translators)


#: ``open_window(path, size=None)``: see :func:`open_window`.
OpenWindow = Callable[..., MainWindow]


@pytest.fixture
def open_window(qtbot: QtBot, settings: ViewerSettings) -> Iterator[OpenWindow]:
    """Opens the main window over an archive file (``size``: resized before it is shown),
    shown offscreen with its first page and count loaded. Every window it opened, and its
    archive, is closed when the test ends."""
    opened: list[MainWindow] = []

    def open_(path: Path, size: tuple[int, int] | None = None) -> MainWindow:
        win = MainWindow(Archive.open(path), settings)
        qtbot.addWidget(win)
        opened.append(win)
        if size is not None:
            win.resize(*size)
        win.show()
        qtbot.waitExposed(win)
        qtbot.waitUntil(lambda: not win.current_tab().is_busy())  # first page and count arrived
        return win

    yield open_
    for win in opened:
        win.close()  # waits for background jobs
        if win.archive is not None:
            win.archive.close()


@pytest.fixture
def window(open_window: OpenWindow, archive_path: Path) -> MainWindow:
    """The main window over the session archive, shown offscreen."""
    return open_window(archive_path)


def shown_tab(window: MainWindow, qtbot: QtBot, table: str):  # type: ignore[no-untyped-def]
    """The tab of ``table``, shown, loaded and counted."""
    tab = window.record_tab(table)
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.is_busy())
    return tab


@pytest.fixture
def cast_tab(window: MainWindow, qtbot: QtBot):  # type: ignore[no-untyped-def]
    """The Cast tab, shown, loaded and counted."""
    return shown_tab(window, qtbot, "cast")


def production_notes_in_reader(window: MainWindow, qtbot: QtBot) -> int:
    """The Production Notes shown in the window's source reader; their source id."""
    assert window.archive is not None
    notes = next(s.id for s in window.archive.sources() if "Production Notes" in s.title)
    window.reader.show_source(notes)
    qtbot.waitUntil(lambda: window.reader.source_id == notes)
    return notes


def export_dialog_on_first_cast_row(window: MainWindow, qtbot: QtBot):  # type: ignore[no-untyped-def]
    """Export Selection's dialog, asked for with the Cast tab's first row selected."""
    shown_tab(window, qtbot, "cast").view.selectRow(0)
    window.export_selection()
    dialog = window.export_run.dialog
    assert dialog is not None
    return dialog


class ModelChecks:
    """Qt's own C++ ``QAbstractItemModelTester`` kept on models for the rest of a test.

    The tester runs its checks on every signal a model sends (inserts, resets, layout and data
    changes) and asks for more rows from inside them, as views do. It reports in warnings,
    which ``qt_log_level_fail = WARNING`` turns into a failed test; :meth:`failures` also lists
    them, for a test that expects some.
    """

    def __init__(self) -> None:
        from PySide6.QtCore import QtMsgType, qInstallMessageHandler

        self._testers: list[object] = []
        self.messages: list[str] = []

        def collect(kind: QtMsgType, context: object, message: str) -> None:
            self.messages.append(message)
            if previous is not None:
                previous(kind, context, message)

        previous = qInstallMessageHandler(collect)
        self._restore = lambda: qInstallMessageHandler(previous)

    def check(self, model: object) -> None:
        from PySide6.QtTest import QAbstractItemModelTester

        self._testers.append(QAbstractItemModelTester(
            model, QAbstractItemModelTester.FailureReportingMode.Warning))

    def failures(self) -> list[str]:
        return [m for m in self.messages if "FAIL!" in m]

    def close(self) -> None:
        self._testers.clear()
        self._restore()


@pytest.fixture
def model_checks(qapp: QApplication) -> Iterator[ModelChecks]:
    """Attach Qt's C++ model tester to a model with ``model_checks.check(model)``."""
    checks = ModelChecks()
    yield checks
    checks.close()
