"""When the annotations file cannot be used, the Annotations tab says so and why, rather than
"No annotations yet" with Export… and Import… on offer."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from viewer.annotations.store import SCHEMA_VERSION, AnnotationStore
from viewer.archive.store import Archive
from viewer.gui.window.main_window import MainWindow
from viewer.gui.window.settings import ViewerSettings


def _garbage(path: Path) -> None:
    path.write_bytes(b"not a database at all\x00\xff" * 200)


def _newer(path: Path) -> None:
    AnnotationStore.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()


def _unreadable(path: Path) -> None:
    path.mkdir()  # no file SQLite can open there (the tests may run as root: no chmod)


@pytest.mark.parametrize("spoil", [_garbage, _newer, _unreadable],
                         ids=["garbage", "newer", "unreadable"])
def test_the_tab_says_why_annotations_are_off(
        qtbot: QtBot, archive_path: Path, settings: ViewerSettings, tmp_path: Path,
        spoil: Callable[[Path], None]) -> None:
    db = tmp_path / "own.sqlite"
    spoil(db)
    window = MainWindow(Archive.open(archive_path), settings, annotations=db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.last_error is not None)  # the message at start
    said = window.last_error.text()
    window.last_error.close()
    problem = window.annotator.book.problem
    assert problem and problem in said
    tab = window.annotations_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(tab.empty.isVisible)
    assert "No annotations yet" not in tab.empty.text()
    assert tab.empty.text().startswith("Annotations are off.")
    assert problem in tab.empty.text()  # why, and what to do
    assert window.count_label.text() == "Annotations unavailable"
    for name in ("exportAnnotations", "importAnnotations", "editAnnotation",
                 "deleteAnnotation"):
        button = tab.buttons[name]
        assert not button.isEnabled(), name
        assert "Annotations are off" in button.toolTip(), name
    window.close()
    assert window.archive is not None
    window.archive.close()


def test_the_tab_offers_its_buttons_while_annotations_work(
        qtbot: QtBot, archive_path: Path, settings: ViewerSettings, tmp_path: Path) -> None:
    window = MainWindow(Archive.open(archive_path), settings, annotations=tmp_path / "a.sqlite")
    qtbot.addWidget(window)
    window.show()
    tab = window.annotations_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(tab.empty.isVisible)
    assert tab.empty.text().startswith("No annotations yet")
    assert window.count_label.text() == "0 annotations"
    assert tab.buttons["exportAnnotations"].isEnabled()
    assert tab.buttons["importAnnotations"].isEnabled()
    assert window.last_error is None
    window.close()
    assert window.archive is not None
    window.archive.close()
