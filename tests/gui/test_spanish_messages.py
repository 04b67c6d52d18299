"""The data layer's messages in the window's language (issue 32's second round): the Rebuild
dialog's progress lines and a malformed seed's error, the mark on a damaged cell, and why an
archive will not open at start-up, in the language Settings › Language chose."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.bad_archives import BAD_ARCHIVES, make_bad_archive
from tests.conftest import REPO, SEEDS
from tests.gui.conftest import OpenWindow, export_dialog_on_first_cast_row
from viewer.archive.store import Archive
from viewer.gui.window.settings import ViewerSettings


def test_the_rebuild_dialog_says_its_progress_and_a_bad_seed_in_spanish(
        spanish: None, open_window: OpenWindow, qtbot: QtBot, archive_path: Path,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    monkeypatch.setattr("viewer.gui.window.rebuild.seeds_dir", lambda: seeds)
    monkeypatch.setenv("SOMOS_ARCHIVE", str(tmp_path / "rebuilt" / "somos.sqlite"))
    win = open_window(archive_path)
    shown: list[str] = []

    def label(_message: str) -> None:
        progress = win.switch.rebuild.progress
        if progress is not None:
            shown.append(progress.labelText())

    assert win.switch.rebuild is not None  # made now: its slot sets the label before ours
    win.workers.rebuild_progressed.connect(label, Qt.ConnectionType.QueuedConnection)
    win.actions_by_key["rebuild"].trigger()
    qtbot.waitUntil(lambda: not win.switch.rebuild.running, timeout=30_000)
    qtbot.waitUntil(lambda: bool(shown) and shown[-1].startswith("Se escribió"))
    assert shown[0] == f"Leyendo las semillas de {seeds}"
    assert "Extrayendo " + next(seeds.glob("003_*")).name + " (notas de producción)" in shown
    assert "Escribiendo los registros" in shown and "Indexando para la búsqueda" in shown

    news = next(seeds.glob("001_*.txt"))
    news.write_bytes(news.read_bytes() + b"\xff")
    win.actions_by_key["rebuild"].trigger()
    qtbot.waitUntil(lambda: not win.switch.rebuild.running, timeout=30_000)
    box = win.last_error
    assert isinstance(box, QMessageBox)
    assert f"{news.name}, línea " in box.text(), box.text()
    assert "no es texto UTF-8 (byte 0xff en la posición " in box.text(), box.text()
    box.close()


def test_a_damaged_cell_is_marked_in_spanish(spanish: None, open_window: OpenWindow,
                                             qtbot: QtBot, archive_path: Path,
                                             tmp_path: Path) -> None:
    case = next(c for c in BAD_ARCHIVES if c.name == "malformed-list-cell")
    damaged = make_bad_archive(case, archive_path, tmp_path)
    win = open_window(damaged)
    win.tabs.setCurrentIndex(win.tab_index("people"))
    tab = win.current_tab()
    assert tab is not None
    qtbot.waitUntil(lambda: not tab.is_busy())
    model = tab.model
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == "Grafías")
    cells = [str(model.index(row, column).data()) for row in range(model.rowCount())]
    marked = [cell for cell in cells if cell.startswith("⚠")]
    assert marked == ['⚠ ilegible: ["Maynée'], marked


def _start(path: Path, settings: Path, lang: str) -> str:
    """Why ``path`` will not open, as a fresh viewer start under ``LANG=lang`` says it."""
    code = ("import sys\n"
            "from pathlib import Path\n"
            "from viewer.__main__ import start_window\n"
            "from viewer.gui.window.settings import ViewerSettings\n"
            "app, window, problem = start_window(Path(sys.argv[1]), "
            "lambda: ViewerSettings.in_file(Path(sys.argv[2])))\n"
            "print(problem)\n")
    env = {**os.environ, "LANG": lang, "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "",
           "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", code, str(path), str(settings)], cwd=REPO,
                         env=env, capture_output=True, text=True, encoding="utf-8",
                         timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_an_archive_that_will_not_open_at_start_up_is_said_in_the_chosen_language(
        tmp_path: Path) -> None:
    """The language chosen in Settings › Language applies before the archive is opened: the
    start-up error follows it, not the system's."""
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    spanish, english = tmp_path / "es.ini", tmp_path / "en.ini"
    for file, lang in ((spanish, "es"), (english, "en")):
        chosen = ViewerSettings.in_file(file)
        chosen.set_language(lang)
        chosen.sync()
    assert _start(empty, spanish, "en_US.UTF-8") == _start(empty, tmp_path / "none.ini",
                                                            "es_MX.UTF-8")
    assert "está vacío" in _start(empty, spanish, "en_US.UTF-8")
    assert "is empty" in _start(empty, english, "es_MX.UTF-8")


def test_the_file_dialog_says_archivo_as_mexico_does_not_fichero(spanish: None,
                                                                  qtbot: QtBot) -> None:
    """Qt's own Spanish catalogue is Spain's ("fichero"): ours, asked first, says "archivo"
    for the file dialog's labels and the messages it shows itself."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog

    from viewer.gui.translation import QT_OWN

    dialog = QFileDialog(None, "", str(REPO))
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    labels = [dialog.labelText(label) for label in QFileDialog.DialogLabel]
    assert "&Nombre de archivo:" in labels and "Archivos de &tipo:" in labels
    said = [QCoreApplication.translate("QFileSystemModel" if text == "Invalid filename"
                                       else "QFileDialog", text) for text in QT_OWN]
    assert "El archivo %1 ya existe.\n¿Desea reemplazarlo?" in said
    assert not [text for text in labels + said if "fichero" in text.lower()]
    from PySide6.QtCore import QFileInfo
    from PySide6.QtWidgets import QFileIconProvider

    # The Type column of the dialog's file list: a folder is a Carpeta, not a "Folder".
    assert QFileIconProvider().type(QFileInfo(str(REPO))) == "Carpeta"


def test_the_kinds_of_sources_and_excerpts_are_shown_in_spanish(
        spanish: None, open_window: OpenWindow, qtbot: QtBot, archive_path: Path) -> None:
    """A source's kind names it in the Sources columns, and an excerpt's or a disagreement's
    kind is a word of ours: in Spanish too (the archive keeps its own words for sorting)."""
    win = open_window(archive_path)
    shown: dict[str, set[str]] = {}
    for table, key in (("cast", "sources"), ("excerpts", "kind"), ("disagreements", "kind")):
        win.tabs.setCurrentIndex(win.tab_index(table))
        tab = win.current_tab()
        assert tab is not None
        qtbot.waitUntil(lambda t=tab: not t.is_busy())
        column = [c.key for c in tab.model.spec.columns].index(key)
        shown[table] = {str(tab.model.index(row, column).data())
                        for row in range(min(tab.model.rowCount(), 200))}
    assert "página de enciclopedia, notas de producción" in shown["cast"]
    assert {"párrafo", "encabezado"} <= shown["excerpts"]
    assert "número" in shown["disagreements"]
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    win.tabs.setCurrentIndex(win.tab_index("views"))
    views = win.views_tab
    chart = views.show_chart("timeline")
    qtbot.waitUntil(lambda: not views.is_busy(), timeout=20_000)
    chart.finish_drawing()
    texts = [item.text() for item in chart.scene().items()
             if isinstance(item, QGraphicsSimpleTextItem)]
    assert any(text.endswith(" · nota informativa") for text in texts), texts
    assert not [text for text in texts if "news item" in text]


def test_a_texts_characters_are_caracteres_not_personajes(spanish: None) -> None:
    """English says "Characters" for the story's people and for a text's length; Spanish
    does not."""
    from viewer.archive.tables import TABLE_SPECS
    from viewer.gui.labels import column_label, table_label

    sources = TABLE_SPECS["sources"]
    assert column_label(sources.column("char_count")) == "Caracteres"
    assert table_label(TABLE_SPECS["characters"]) == "Personajes"


def test_a_columns_label_sense_and_tip_come_from_its_spec(spanish: None) -> None:
    """The sense of "Characters" and the Surname column's tip are the column spec's, not the
    window's for a column's key: the same key without them gets the plain word and "Sort by
    …", another column with them gets theirs."""
    from dataclasses import replace

    from viewer.archive.tables import SURNAME, TABLE_SPECS
    from viewer.gui.labels import column_label
    from viewer.gui.tables.models import RecordTableModel

    length = TABLE_SPECS["sources"].column("char_count")
    assert column_label(replace(length, disambiguation="")) == "Personajes"
    assert column_label(replace(length, key="size")) == "Caracteres"
    model = RecordTableModel("people")
    people = model.spec
    surname = [c.key for c in people.columns].index("surname")
    assert model.column_tip(surname).startswith("Ordenar por apellido y luego por nombre de pila")
    model.spec = replace(people, columns=tuple(
        replace(c, tip="") if c is SURNAME else replace(c, tip=SURNAME.tip) if c.key == "name"
        else c for c in people.columns))
    assert model.column_tip(surname) == "Ordenar por apellido"
    assert model.column_tip(0).startswith("Ordenar por apellido y luego por nombre de pila")


def test_the_help_and_about_boxes_fit_a_small_screen(spanish: None, qtbot: QtBot,
                                                      archive: Archive, tmp_path: Path) -> None:
    """On an 800×600 screen the About box (640 high) had its Close button below the screen's
    edge; it and the help boxes now fit the screen, and their text scrolls."""
    from viewer.gui.window.about import AboutDialog

    screen = tmp_path / "screen.json"
    screen.write_text('{"screens": [{"name": "small", "x": 0, "y": 0, "width": 800, '
                      '"height": 600}]}', encoding="utf-8")
    code = ("from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([])\n"
            "from viewer.gui.window.about import AboutDialog\n"
            "from viewer.gui.window.help_dialogs import guide_dialog, shortcuts_dialog\n"
            "for d in (AboutDialog(None), guide_dialog(), shortcuts_dialog()):\n"
            "    print(d.objectName(), d.width(), d.height())\n")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
           "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    sizes = [line.split() for line in out.stdout.splitlines()]
    assert len(sizes) == 3
    for name, width, height in sizes:
        assert int(width) <= 800 - 40 and int(height) <= 600 - 60, (name, width, height)
    about = AboutDialog(archive)
    qtbot.addWidget(about)
    assert "— artículo explicativo, " in about.text.toPlainText()


def test_what_an_export_wrote_names_the_table_in_spanish(spanish: None, tmp_path: Path) -> None:
    from viewer.archive.export import ExportReport
    from viewer.gui.tables.export_messages import ExportCounts

    said = ExportCounts().summary([ExportReport(table="cast", fmt="csv", count=3, total=3,
                                                path=tmp_path / "x.csv")])
    assert said == f"Se exportaron 3 registros de reparto a {tmp_path / 'x.csv'}"



def test_the_export_dialog_is_tall_enough_for_its_wrapped_rows(
        spanish: None, open_window: OpenWindow, qtbot: QtBot, archive_path: Path) -> None:
    """At 800×600 Qt gives the dialog 542 pixels of width: its Spanish rows wrap under their
    labels, and were drawn over each other at the height their unwrapped form asked for."""
    win = open_window(archive_path)
    dialog = export_dialog_on_first_cast_row(win, qtbot)
    dialog.hide()
    dialog.resize(542, 150)
    dialog.show()
    needed = dialog.layout().totalHeightForWidth(542)
    assert needed > 150 and dialog.height() >= needed, (dialog.size(), needed)
    dialog.set_path("/nonexistent-folder/x.csv")  # one more line: the problem
    assert dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width())
    dialog.reject()


def test_annotations_a_search_found_are_counted_in_spanish_plurals(
        spanish: None, qtbot: QtBot, archive_path: Path) -> None:
    from viewer.annotations.model import RECORD, Annotation, new_id
    from viewer.gui.annotating.annotator import AnnotationResults
    from viewer.gui.search.search_panel import SearchPanel
    from viewer.gui.workers import WorkerPool

    two = [Annotation(id=new_id(), kind=RECORD, record_table="cast", record_id=i,
                      tags=("zebrafinch",)) for i in (1, 2)]
    found = AnnotationResults()
    qtbot.addWidget(found)
    found.show_found("zebrafinch", two)
    assert found.heading.text() == "2 de sus anotaciones coinciden con «zebrafinch»"
    found.show_found("zebrafinch", two[:1])
    assert found.heading.text() == "1 de sus anotaciones coincide con «zebrafinch»"

    workers = WorkerPool()
    panel = SearchPanel(workers)
    qtbot.addWidget(panel)
    archive = Archive.open(archive_path)
    try:
        panel.set_archive(archive)
        with qtbot.waitSignal(panel.results_shown, timeout=10_000):
            panel.search("zebrafinch")
        panel.set_annotation_matches("zebrafinch", 2)
        assert panel.summary.text() == (
            "Ningún registro coincide con «zebrafinch»; 2 de sus anotaciones sí")
        assert "2 de sus anotaciones sí coinciden: aparecen abajo." in panel.empty.text()
    finally:
        workers.shut_down()
        archive.close()
