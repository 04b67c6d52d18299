"""Issue 28: the viewer as a researcher uses it — keyboard, reader, filter and export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from viewer.gui.export_dialog import ExportDialog, ExportRequest

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path) -> ExportDialog:
    request = ExportRequest(False, ("cast",), {"cast": (1, 2)}, "", None, False, 58)
    dlg = ExportDialog(request, tmp_path, "csv")
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


# -- 1. export dialog: typing a path never raises -----------------------------------------


def test_typing_a_path_letter_by_letter_never_raises(
        qtbot: QtBot, dialog: ExportDialog, tmp_path: Path) -> None:
    dialog.path_field.clear()
    qtbot.keyClicks(dialog.path_field, f"/{tmp_path.relative_to('/')}/ca")
    assert dialog.path_field.text() == f"{tmp_path}/ca"
    order = dialog.order()
    assert order is not None and order.parts[0].path == tmp_path / "ca.csv"


def test_a_folder_path_says_why_beside_the_field(qtbot: QtBot, dialog: ExportDialog,
                                                 tmp_path: Path) -> None:
    dialog.path_field.clear()
    qtbot.keyClicks(dialog.path_field, "/")
    assert not dialog.export_button.isEnabled()
    assert dialog.path_problem_label.isVisible()
    assert "folder" in dialog.path_problem_label.text()
    dialog.set_format("json")  # a format change on a folder path does not raise either
    assert dialog.path_field.text() == "/"
    dialog.path_field.setText(str(tmp_path / "missing" / "x.csv"))
    assert "does not exist" in dialog.path_problem_label.text()
    dialog.path_field.setText(str(tmp_path / "fine.csv"))
    assert not dialog.path_problem_label.isVisible()
    assert dialog.export_button.isEnabled()
