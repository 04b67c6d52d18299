"""The export dialog (Ctrl+E) refuses the files an export must not replace — the archive
open in the window, the annotations database, what is not a plain file — with the same check
the command line makes (viewer.archive.atomic.target_problem), before anything is written."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.conftest import OpenWindow, shown_tab
from viewer.annotations.store import AnnotationStore
from viewer.gui.tables.export_dialog import ExportDialog
from viewer.gui.tables.export_messages import path_and_problem
from viewer.gui.translation import install_translators, remove_translators
from viewer.gui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def own_archive(archive_path: Path, tmp_path: Path) -> Path:
    """A copy of the session archive, which a failing test may destroy."""
    copy = tmp_path / "self.sqlite"
    shutil.copyfile(archive_path, copy)
    return copy


@pytest.fixture
def own_window(open_window: OpenWindow, own_archive: Path) -> MainWindow:
    return open_window(own_archive)


def _dialog(qtbot: QtBot, window: MainWindow) -> ExportDialog:
    tab = shown_tab(window, qtbot, "people")
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_E, CTRL)
    dialog = window.export_run.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.set_format("csv")
    return dialog


def _problem(dialog: ExportDialog) -> str:
    label = dialog.path_problem_label
    assert label.isVisibleTo(dialog)
    return label.text()


def test_the_open_archive_is_refused_in_the_dialog(qtbot: QtBot, own_window: MainWindow,
                                                   own_archive: Path) -> None:
    before = own_archive.read_bytes()
    dialog = _dialog(qtbot, own_window)
    dialog.set_path(own_archive)
    assert _problem(dialog) == (f"Cannot write to {own_archive}: it is the archive being read "
                                "— choose another file")
    assert not dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert own_window.export_run.running is False
    assert own_archive.read_bytes() == before


def test_the_annotations_database_is_refused_in_the_dialog(
        qtbot: QtBot, own_window: MainWindow, _annotations_in_tmp: Path) -> None:
    AnnotationStore.open(_annotations_in_tmp).close()
    before = _annotations_in_tmp.read_bytes()
    dialog = _dialog(qtbot, own_window)
    dialog.set_path(_annotations_in_tmp)
    assert _problem(dialog) == (f"Cannot write to {_annotations_in_tmp}: it is the annotations "
                                "database — choose another file")
    assert not dialog.export_button.isEnabled()
    assert _annotations_in_tmp.read_bytes() == before


def test_the_worker_refuses_the_archive_too(qtbot: QtBot, own_window: MainWindow,
                                            own_archive: Path, tmp_path: Path) -> None:
    """The dialog's check can go stale (a link made after it looked): the worker's own check,
    the one the command line makes, is the last word."""
    before = own_archive.read_bytes()
    dialog = _dialog(qtbot, own_window)
    link = tmp_path / "later.csv"
    dialog.set_path(link)
    order = dialog.order()
    assert order is not None and dialog.export_button.isEnabled()
    link.symlink_to(own_archive)
    assert dialog.order() is None  # asked again when Export is pressed, it says no
    with qtbot.waitSignal(own_window.export_run.failed, timeout=10_000) as failed:
        own_window.export_run.start(order, own_archive)
    assert "it is the archive being read — choose another file" in str(failed.args[0])
    assert own_archive.read_bytes() == before
    box = own_window.last_error
    assert box is not None
    box.close()


# -- what is not a plain file --------------------------------------------------------------


def test_a_fifo_is_refused_in_the_dialog(qtbot: QtBot, window: MainWindow,
                                         tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    dialog = _dialog(qtbot, window)
    dialog.set_path(fifo)
    assert _problem(dialog) == (f"Cannot write to {fifo}: it is not a regular file (a device, "
                                "pipe or socket) — choose another file")
    assert not dialog.export_button.isEnabled()
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_read_only_file_is_refused_in_the_dialog_as_on_the_command_line(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """Even for root, whom the system lets write it: a file marked read-only is kept."""
    kept = tmp_path / "kept.csv"
    kept.write_text("keep me\n", encoding="utf-8")
    kept.chmod(0o444)
    dialog = _dialog(qtbot, window)
    dialog.set_path(kept)
    said = _problem(dialog)
    assert said == (f"Cannot write to {kept}: it is read-only — choose another file, or make "
                    "it writable first")
    order = dialog.order()
    assert order is not None
    with qtbot.waitSignal(window.export_run.failed, timeout=10_000) as failed:
        window.export_run.start(order, window.archive.path if window.archive else Path())
    assert said in str(failed.args[0])  # the worker's refusal, word for word
    assert kept.read_text(encoding="utf-8") == "keep me\n"
    box = window.last_error
    assert box is not None
    box.close()


def test_a_symlink_is_offered_and_its_target_written(qtbot: QtBot, window: MainWindow,
                                                     tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    dialog = _dialog(qtbot, window)
    dialog.set_path(link)
    assert not dialog.path_problem_label.isVisibleTo(dialog)
    with qtbot.waitSignal(window.export_run.finished, timeout=10_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8-sig").startswith("id,name,")


def test_the_dialog_says_a_refusal_in_the_command_line_s_spanish(
        qapp: QApplication, tmp_path: Path) -> None:
    kept = tmp_path / "kept.csv"
    kept.write_text("keep me\n", encoding="utf-8")
    kept.chmod(0o444)
    translators = install_translators(qapp, "es")
    try:
        assert path_and_problem(str(kept), "csv") == (kept, (
            f"No se puede escribir en {kept}: es de solo lectura; elija otro archivo o "
            "permita antes que se escriba en él"))
    finally:
        remove_translators(qapp, translators)
