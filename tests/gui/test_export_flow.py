"""File › Export Selection… end to end: the dialog, the worker, progress, cancel, errors."""

from __future__ import annotations

import csv
import errno
import json
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from viewer.archive import atomic, export
from viewer.archive.export import FORMATS, ExportPart
from viewer.archive.records.credits import CastCredit
from viewer.archive.store import Archive
from viewer.archive.tables import TABLE_SPECS
from viewer.gui.tables.export_dialog import ExportDialog
from viewer.gui.tables.export_request import ExportRequest, request_for_search
from viewer.gui.tables.record_tab import RecordTab
from viewer.gui.window.main_window import MainWindow
from viewer.gui.window.settings import ViewerSettings

CTRL = Qt.KeyboardModifier.ControlModifier
SELECT_ROW = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder of its own for exports (tmp_path also holds the test's settings file)."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def _select(tab: RecordTab, rows: list[int]) -> None:
    selection = tab.view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(tab.model.index(row, 0), SELECT_ROW)


def _open_dialog(qtbot: QtBot, window: MainWindow) -> ExportDialog:
    window.actions_by_key["export_selection"].trigger()
    dialog = window.export_run.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _export(qtbot: QtBot, window: MainWindow, dialog: ExportDialog, *,
            timeout: int = 10_000) -> str:
    """Press Export; the status-bar message the finished export leaves."""
    with qtbot.waitSignal(window.export_run.finished, timeout=timeout) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    message = str(done.args[0])
    assert window.statusBar().currentMessage() == message
    return message


def _benjamin_row(tab: RecordTab) -> int:
    return next(r for r in range(tab.model.rowCount())
                if isinstance(rec := tab.model.record(r), CastCredit)
                and rec.character == "Benjamín")


# -- the flow the issue asks for -----------------------------------------------------------


def test_selected_cast_rows_export_to_csv_with_accents_and_sources(
        qtbot: QtBot, window: MainWindow, cast_tab: RecordTab, out: Path) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    cast_tab.view.setFocus()
    rows = sorted({0, 3, _benjamin_row(cast_tab)})
    _select(cast_tab, rows)
    expected = [cast_tab.model.record(r) for r in rows]
    qtbot.keyClick(cast_tab.view, Qt.Key.Key_E, CTRL)  # File › Export Selection…
    dialog = window.export_run.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.selected_button.isChecked()
    assert dialog.selected_button.text() == f"The {len(rows)} selected cast credits"
    dialog.set_format("csv")
    target = out / "cast selection.csv"
    dialog.set_path(target)

    message = _export(qtbot, window, dialog)

    assert message == f"Exported {len(rows)} cast records to {target}"
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM, for spreadsheets
    with target.open(encoding="utf-8-sig", newline="") as fh:
        written = list(csv.DictReader(fh))
    assert [int(r["id"]) for r in written] == [r.id for r in expected]
    assert [r["actor"] for r in written] == [r.actor for r in expected]  # type: ignore[attr-defined]
    assert "Benjamín" in [r["character"] for r in written]
    assert all(r["sources"] and r["spans"] for r in written)
    assert sorted(p.name for p in out.iterdir()) == ["cast selection.csv"]


def test_search_results_export_to_json_one_file_per_table(
        qtbot: QtBot, window: MainWindow, out: Path, archive: Archive) -> None:
    with qtbot.waitSignal(window.search_panel.results_shown, timeout=5000):
        qtbot.keyClicks(window.search_box, "Benjamin")  # accents never matter
    window.search_panel.view.selectAll()
    hits = window.search_panel.selected_hits()
    tables = list(dict.fromkeys(h.table for h in hits))
    assert len(tables) > 1, "the search should find Benjamín in several tables"
    dialog = _open_dialog(qtbot, window)
    dialog.set_path(out / "benjamin.json")  # the suffix picks the format
    assert dialog.fmt == "json"
    assert "its own file" in dialog.note.text()

    message = _export(qtbot, window, dialog)

    assert message.startswith(f"Exported {len(hits)} records from {len(tables)} tables to {out}")
    assert sorted(p.name for p in out.iterdir()) == sorted(f"benjamin-{t}.json" for t in tables)
    for table in tables:
        data = json.loads((out / f"benjamin-{table}.json").read_text(encoding="utf-8"))
        assert [obj["id"] for obj in data] == [h.id for h in hits if h.table == table]
        assert all(obj["provenance"] and obj["sources"] for obj in data)
        if table == "cast":
            assert "Benjamín" in {obj["character"] for obj in data}


def test_every_match_of_a_search_is_what_the_search_box_searched(
        qtbot: QtBot, window: MainWindow) -> None:
    """The box searched "Chenil" as a prefix (issue 27); exporting every match must too."""
    with qtbot.waitSignal(window.search_panel.results_shown, timeout=5000):
        qtbot.keyClicks(window.search_box, "Chenil")
    assert request_for_search(window.search_panel).query == "Chenil*"


def test_exporting_every_match_of_a_search_says_how_many_records(
        qtbot: QtBot, window: MainWindow, archive: Archive) -> None:
    """The dialog said "Every record matching “chayo”, in every table" with no number, where
    a tab's says "All 58 cast credits"; counted off the GUI thread as the export counts."""
    with qtbot.waitSignal(window.search_panel.results_shown, timeout=5000):
        qtbot.keyClicks(window.search_box, "chayo")
    query = request_for_search(window.search_panel).query
    counts = {t: archive.count(t, query) for t in TABLE_SPECS}
    tables = [t for t, n in counts.items() if n]
    assert len(tables) > 1
    dialog = _open_dialog(qtbot, window)
    said = f"All {sum(counts.values())} records matching “chayo”, from {len(tables)} tables"
    qtbot.waitUntil(lambda: dialog.matching_button.text() == said)
    assert dialog.matching_button.isChecked()
    names = [f"search-chayo-{t}.csv" for t in tables[:3]]
    assert ", ".join(names) in dialog.note.text()
    order = dialog.order()
    assert order is not None and order.what == said[:1].lower() + said[1:]


def test_a_cancelled_export_leaves_no_file_and_the_old_one_untouched(
        qtbot: QtBot, window: MainWindow, cast_tab: RecordTab, out: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    target = out / "cast.csv"
    target.write_bytes(b"an earlier export")
    gate = threading.Event()
    real = export.export_parts

    def slow(archive: Archive, parts: list[ExportPart], fmt: str, *,
             progress: Callable[[int, int], None], **kwargs: Any) -> Any:
        def paced(done: int, total: int) -> None:
            progress(done, total)
            if done == 1:  # hold the export after its first record until Cancel is pressed
                gate.wait(10)

        return real(archive, parts, fmt, progress=paced, **kwargs)

    monkeypatch.setattr(export, "export_parts", slow)  # the job imports it when it runs
    _select(cast_tab, [])
    dialog = _open_dialog(qtbot, window)
    dialog.set_path(target)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.export_run.progress is not None
                    and window.export_run.progress.isVisible())
    progress = window.export_run.progress
    assert progress is not None
    cancel = progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    with qtbot.waitSignal(window.export_run.finished, timeout=10_000) as done:
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        gate.set()
    assert done.args[0] == "Export cancelled; nothing was written."
    assert target.read_bytes() == b"an earlier export"
    assert os.listdir(out) == ["cast.csv"]  # no temporary file left behind either
    assert not window.export_run.running


def test_a_missing_folder_is_an_error_dialog_and_nothing_is_written(
        qtbot: QtBot, window: MainWindow, cast_tab: RecordTab, tmp_path: Path) -> None:
    _select(cast_tab, [0, 1])
    dialog = _open_dialog(qtbot, window)
    target = tmp_path / "no such folder" / "cast.csv"
    dialog.set_path(target)
    with qtbot.waitSignal(window.export_run.failed, timeout=10_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    box = window.last_error
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.windowTitle() == "Export failed"
    assert "does not exist" in box.text() and str(target.parent) in box.text()
    assert "Nothing was written" in box.informativeText()
    assert not target.parent.exists()
    assert window.settings.last_export_folder is None  # a folder that failed is not kept
    box.close()


class _DiskFull:
    """A temporary file that fails on its third write, as a full disk would."""

    def __init__(self, inner: Any) -> None:
        self._inner, self._writes, self.name = inner, 0, inner.name

    def write(self, text: str) -> int:
        self._writes += 1
        if self._writes > 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return int(self._inner.write(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def test_a_write_error_mid_export_is_a_dialog_and_the_old_file_stays(
        qtbot: QtBot, window: MainWindow, cast_tab: RecordTab, out: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    target = out / "cast.json"
    target.write_bytes(b"an earlier export")
    real = atomic.open_temporary
    monkeypatch.setattr(atomic, "open_temporary",
                        lambda path, encoding: _DiskFull(real(path, encoding)))
    _select(cast_tab, [0, 1, 2])
    dialog = _open_dialog(qtbot, window)
    dialog.set_path(target)
    with qtbot.waitSignal(window.export_run.failed, timeout=10_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    box = window.last_error
    assert box is not None and box.isVisible()
    assert "no space left on the disk" in box.text()
    assert target.read_bytes() == b"an earlier export"
    assert os.listdir(out) == ["cast.json"]
    box.close()


def test_the_last_folder_is_remembered_and_browse_starts_there(
        qtbot: QtBot, window: MainWindow, cast_tab: RecordTab, out: Path,
        settings: ViewerSettings, tmp_path: Path) -> None:
    _select(cast_tab, [0])
    dialog = _open_dialog(qtbot, window)
    dialog.set_path(out / "one.md")
    _export(qtbot, window, dialog)
    settings.sync()
    assert settings.last_export_folder == out
    assert ViewerSettings.in_file(tmp_path / "settings.ini").last_export_folder == out

    again = _open_dialog(qtbot, window)
    assert again is not dialog
    assert Path(again.path_field.text()).parent == out
    assert again.fmt == "md"  # the last format too
    again.browse()
    chooser = again.file_dialog
    assert chooser is not None and chooser.isVisible()
    assert Path(chooser.directory().absolutePath()) == out
    chosen = out / "chosen.json"
    chooser.selectFile(str(chosen))
    chooser.accept()
    assert Path(again.path_field.text()) == chosen
    assert again.fmt == "json"
    again.reject()


def test_a_long_pasted_filter_is_quoted_cut_short_and_never_widens_the_dialog(
        qtbot: QtBot, window: MainWindow, cast_tab: RecordTab) -> None:
    """A radio button never wraps: quoting a pasted page of filter whole, "All 3 cast credits
    matching “chayo chayo …”" asked for a dialog tens of thousands of pixels wide."""
    window.resize(800, 600)
    cast_tab.filter.setText("chayo " * 1700)
    qtbot.waitUntil(lambda: cast_tab.model.filter_text == ("chayo " * 1700).strip()
                    and not cast_tab.is_busy(), timeout=10_000)
    _select(cast_tab, [])
    dialog = _open_dialog(qtbot, window)
    assert dialog.matching_button.isChecked()
    assert dialog.matching_button.text().endswith(
        "matching “chayo chayo chayo chayo chayo chayo cha…”")
    assert dialog.minimumSizeHint().width() <= 800 and dialog.width() <= 800
    dialog.reject()


def test_nothing_selected_offers_every_row_matching_the_filter(
        qtbot: QtBot, window: MainWindow, cast_tab: RecordTab, out: Path,
        archive: Archive) -> None:
    qtbot.keyClicks(cast_tab.filter, "benjamin")
    matching = archive.count("cast", "benjamin")
    qtbot.waitUntil(lambda: cast_tab.matching_rows == matching and not cast_tab.is_busy())
    _select(cast_tab, [])
    dialog = _open_dialog(qtbot, window)
    assert not dialog.selected_button.isEnabled()
    assert dialog.matching_button.isChecked()
    scope = "The 1 cast credit" if matching == 1 else f"All {matching} cast credits"
    assert dialog.matching_button.text() == f"{scope} matching “benjamin”"
    dialog.set_format("json")
    dialog.provenance_box.setChecked(False)
    target = Path(dialog.path_field.text())
    assert target.name == "cast-benjamin.json"
    dialog.set_path(out / target.name)
    _export(qtbot, window, dialog)
    data = json.loads((out / target.name).read_text(encoding="utf-8"))
    assert [d["id"] for d in data] == [
        r.id for r in archive.iter_records("cast", filter_text="benjamin",
                                           sort=cast_tab.model.sort_key)]
    assert all("provenance" not in d and d["sources"] for d in data)  # switched off


def test_export_with_no_table_in_view_says_there_is_nothing_to_export(
        window: MainWindow) -> None:
    window.switch.show(None)
    window.export_selection()
    box = window.last_message
    assert box is not None and box.isVisible()
    assert "no records here to export" in box.text()
    assert window.export_run.dialog is None
    box.close()


# -- the dialog and the request on their own ------------------------------------------------


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path) -> Iterator[ExportDialog]:
    request = ExportRequest(True, ("cast", "characters"), {"cast": (1, 2), "characters": (5,)},
                            "Doña Chayo")
    made = ExportDialog(request, tmp_path, "csv")
    qtbot.addWidget(made)
    yield made


def test_the_format_renames_the_suffix_and_citations_always_carry_sources(
        dialog: ExportDialog, tmp_path: Path) -> None:
    assert Path(dialog.path_field.text()) == tmp_path / "search-doña-chayo.csv"
    for name, spec in FORMATS.items():
        dialog.set_format(name)
        assert dialog.path_field.text() == str(tmp_path / "search-doña-chayo") + spec.suffix
        assert dialog.provenance_box.isEnabled() == (not spec.cites)
    dialog.provenance_box.setChecked(False)
    dialog.set_format("html")
    order = dialog.order()
    assert order is not None and order.provenance


def test_a_blank_path_cannot_be_exported(dialog: ExportDialog) -> None:
    dialog.set_path("  ")
    assert not dialog.export_button.isEnabled()
    assert dialog.order() is None
    dialog.set_path("notes")  # no suffix: the format's is added
    order = dialog.order()
    assert order is not None and order.parts[0].path.name == "notes-cast.csv"


def test_mixed_results_become_one_part_per_table_in_the_order_shown(tmp_path: Path) -> None:
    request = ExportRequest(True, ("cast", "characters", "excerpts"),
                            {"characters": (5, 3), "cast": (9,)}, "benjamin")
    selected = request.parts(tmp_path / "b.csv", selected=True)
    assert [(p.table, p.path.name, p.ids) for p in selected] == [
        ("characters", "b-characters.csv", (5, 3)), ("cast", "b-cast.csv", (9,))]
    everything = request.parts(tmp_path / "b.csv", selected=False)
    assert [p.path.name for p in everything] == [
        "b-cast.csv", "b-characters.csv", "b-excerpts.csv"]
    assert all(p.query == "benjamin" and p.ids is None for p in everything)
    one_table = ExportRequest(False, ("cast",), {"cast": (1,)}, "x", "actor", True, 4)
    assert [p.path.name for p in one_table.parts(tmp_path / "c.csv", selected=False)] == [
        "c.csv"]
    assert one_table.parts(tmp_path / "c.csv", selected=False)[0].sort == "actor"


def test_every_control_of_the_dialog_is_named_for_assistive_tools(dialog: ExportDialog) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

    controls = [w for kind in (QAbstractButton, QComboBox, QLineEdit)
                for w in dialog.findChildren(kind)
                if isinstance(w.parent(), ExportDialog | QDialogButtonBox)]
    assert len(controls) >= 7
    assert all(w.objectName() and w.accessibleName() for w in controls), [
        w.objectName() for w in controls if not w.accessibleName()]


def test_a_search_without_words_offers_no_everything_export(qtbot: QtBot,
                                                            tmp_path: Path) -> None:
    """ "***" shows "Type a word"; exporting all it matches must not mean the whole archive."""
    request = ExportRequest(True, ("cast", "episodes"), {}, "***")
    made = ExportDialog(request, tmp_path, "csv")
    qtbot.addWidget(made)
    assert not made.matching_button.isEnabled() and not made.matching_button.isChecked()
    assert not made.selected_button.isEnabled()
    assert not made.export_button.isEnabled() and made.order() is None
