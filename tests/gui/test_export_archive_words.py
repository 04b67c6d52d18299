"""An export from the Spanish window keeps the archive's own words, in English, by design (a
file does not depend on the machine's language); the Export dialog says so beside the count,
or a researcher who filtered Hechos by "muertos" and got "Death toll estimate" in the file
thinks the filter failed. The English window's dialog has no such line."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.conftest import OpenWindow
from viewer.gui.tables.export_dialog import ExportDialog
from viewer.gui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def _filtered_facts_dialog(window: MainWindow, qtbot: QtBot, text: str) -> ExportDialog:
    tab = window.record_tab("facts")
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.is_busy())
    tab.filter.setText(text)
    tab.apply_filter()
    qtbot.waitUntil(lambda: not tab.is_busy())
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_E, CTRL)  # File › Export Selection…
    dialog = window.export_run.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_the_spanish_export_dialog_says_the_file_keeps_the_archive_s_english_words(
        spanish: None, open_window: OpenWindow, qtbot: QtBot, archive_path: Path,
        tmp_path: Path) -> None:
    window = open_window(archive_path)
    dialog = _filtered_facts_dialog(window, qtbot, "muertos")
    assert dialog.matching_button.isChecked()
    line = dialog.words_label
    assert line.isVisible()
    assert line.text() == ("El archivo conserva las palabras propias del acervo, en inglés, "
                           "para que se lea igual en cualquier computadora.")
    # Beside the count: in the Records row, right under the choice of rows.
    assert line.parentWidget() is dialog.matching_button.parentWidget()
    assert line.geometry().top() >= dialog.matching_button.geometry().bottom()
    assert line.geometry().bottom() <= dialog.format_box.geometry().top()
    dialog.set_format("csv")
    target = tmp_path / "muertos.csv"
    dialog.set_path(target)
    with qtbot.waitSignal(window.export_run.finished, timeout=10_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    with target.open(encoding="utf-8-sig", newline="") as fh:
        labels = {row["label"] for row in csv.DictReader(fh)}
    assert "Death toll estimate" in labels  # what the line said


def test_the_english_export_dialog_has_no_such_line(
        open_window: OpenWindow, qtbot: QtBot, archive_path: Path) -> None:
    dialog = _filtered_facts_dialog(open_window(archive_path), qtbot, "death toll")
    assert dialog.matching_button.isChecked()
    assert not dialog.words_label.isVisible()
    assert not [w for w in dialog.findChildren(type(dialog.words_label))
                if w.isVisible() and "English" in w.text()]
