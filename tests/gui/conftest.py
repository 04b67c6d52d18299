"""GUI fixtures: real widgets over the real archive, settings in a temporary ini file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from viewer.archive.store import Archive
from viewer.gui.main_window import MainWindow
from viewer.gui.settings import ViewerSettings

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
def window(qtbot: QtBot, archive_path: Path, settings: ViewerSettings) -> Iterator[MainWindow]:
    """The main window over the session archive, shown offscreen."""
    win = MainWindow(Archive.open(archive_path), settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: not win.current_tab().is_busy())  # first page and count arrived
    yield win
    win.close()  # waits for background jobs
    if win.archive is not None:
        win.archive.close()


@pytest.fixture
def cast_tab(window: MainWindow, qtbot: QtBot):  # type: ignore[no-untyped-def]
    """The Cast tab, shown, loaded and counted."""
    tab = window.record_tab("cast")
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.is_busy())
    return tab
