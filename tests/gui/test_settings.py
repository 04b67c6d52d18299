"""Settings: a typed facade over an ini file that survives corruption and restores the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from viewer.archive.store import Archive
from viewer.gui.window.main_window import MainWindow
from viewer.gui.window.settings import ViewerSettings


def test_values_round_trip_through_the_ini_file(tmp_path: Path) -> None:
    first = ViewerSettings.in_file(tmp_path / "s.ini")
    first.set_splitter_sizes("mainSplitter", [700, 500])
    first.set_column_widths("cast", [120, 130, 90, 200])
    first.set_last_tab("crew")
    first.sync()
    again = ViewerSettings.in_file(tmp_path / "s.ini")
    assert again.splitter_sizes("mainSplitter") == [700, 500]
    assert again.column_widths("cast") == [120, 130, 90, 200]
    assert again.last_tab() == "crew"


def test_corrupt_values_fall_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    raw = QSettings(str(path), QSettings.Format.IniFormat)
    raw.setValue("window/geometry", "not bytes at all")
    raw.setValue("window/last_tab", "../../etc")
    raw.setValue("splitters/mainSplitter", ["wide", "narrow"])
    raw.setValue("columns/cast", [-5, 10**9])
    raw.sync()
    settings = ViewerSettings.in_file(path)
    assert settings.geometry() is None
    assert settings.last_tab() == "episodes"
    assert settings.splitter_sizes("mainSplitter") is None
    assert settings.column_widths("cast") is None


def test_a_new_window_restores_geometry_splitters_widths_and_last_tab(
        qtbot: QtBot, archive_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "window.ini"
    first = MainWindow(Archive.open(archive_path), ViewerSettings.in_file(path))
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(760, 560)
    first.tabs.setCurrentWidget(first.record_tab("crew"))
    first.main_splitter.setSizes([420, 330])
    first.record_tab("crew").view.horizontalHeader().resizeSection(0, 211)
    qtbot.waitUntil(lambda: first.size().width() == 760)
    sizes = first.main_splitter.sizes()
    first.close()
    assert first.archive is not None
    first.archive.close()

    second = MainWindow(Archive.open(archive_path), ViewerSettings.in_file(path))
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    try:
        assert (second.width(), second.height()) == (760, 560)
        assert second.current_tab().table == "crew"
        assert second.main_splitter.sizes() == sizes
        assert second.record_tab("crew").column_widths()[0] == 211
    finally:
        second.close()
        assert second.archive is not None
        second.archive.close()
