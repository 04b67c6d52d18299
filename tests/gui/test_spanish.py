"""The window in Spanish (issue 32): every action, menu, tab, dialog and error path a test can
reach shows no English source text; the catalogue has no unfinished entry; the language
follows the system and Settings › Language overrides it, remembered; sorting and search give
the same records in both languages.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import REPO
from tests.gui.conftest import ModelChecks, OpenWindow, export_dialog_on_first_cast_row
from tests.gui.visible_text import TS, EnglishSources, chrome, visible_strings
from viewer import i18n
from viewer.archive.store import Archive
from viewer.gui.annotating.annotations_tab import AnnotationsTab
from viewer.gui.translation import install_translators, remove_translators
from viewer.gui.window.main_window import MainWindow
from viewer.gui.window.settings import ViewerSettings
from viewer.gui.window.tab_slots import ANNOTATIONS_TAB, VIEWS_TAB

NEWS = "001_44e4559a90d9d777.txt"
PASSAGE = "a 2011 massacre of at least 300 people"
SPANISH_ENV = {"LANG": "es_MX.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}


@pytest.fixture
def spanish_window(spanish: None, open_window: OpenWindow, archive_path: Path) -> MainWindow:
    return open_window(archive_path, size=(1600, 1000))


class Seen:
    """Everything shown so far, checked at the end (one failure lists every string)."""

    def __init__(self) -> None:
        self.strings: list[tuple[str, str]] = []

    def look(self, *tops: QWidget, status: QWidget | None = None) -> None:
        self.strings += visible_strings(*tops)

    def note(self, where: str, text: str) -> None:
        self.strings.append((where, text))


def _dialogs(window: MainWindow) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets()
            if w is not window and w.isVisible() and isinstance(w, QDialog)]


def _close_dialogs(window: MainWindow) -> None:
    for dialog in _dialogs(window):
        dialog.close()


def _walk(window: MainWindow, qtbot: QtBot, seen: Seen) -> None:
    """Every tab, menu, dialog and message the window can be brought to show."""
    status = window.statusBar()
    seen.look(window)
    # Every tab, its empty state and its status line.
    for index in range(window.tabs.count()):
        if not window.tabs.isTabVisible(index):
            continue
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.currentWidget()
        qtbot.waitUntil(lambda t=tab: not getattr(t, "is_busy", lambda: False)())
        seen.note("status", window.count_label.text())
        seen.look(tab)
        record_tab = window.current_tab()
        if record_tab is not None:
            record_tab.filter.setText("zzqqxxnothing")
            record_tab.apply_filter()
            qtbot.waitUntil(lambda t=record_tab: not t.is_busy())
            seen.look(record_tab)
            seen.note("status", window.count_label.text())
            record_tab.filter.clear()
            record_tab.apply_filter()
            qtbot.waitUntil(lambda t=record_tab: not t.is_busy())
    # The charts, each drawn, with their context menus.
    views = window.views_tab
    window.tabs.setCurrentIndex(window.tab_index(VIEWS_TAB))
    for key in views.charts:
        chart = views.show_chart(key)
        qtbot.waitUntil(lambda v=views: not v.is_busy(), timeout=20_000)
        chart.finish_drawing()
        seen.note("status", views.status_text())
        chart.contextMenuEvent(QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5),
                                                 chart.mapToGlobal(QPoint(5, 5))))
        if chart.context_menu is not None:
            seen.look(chart.context_menu)
            chart.context_menu.close()
        seen.look(views)
    # A record in the detail pane and its document in the reader.
    window.tabs.setCurrentIndex(window.tab_index("episodes"))
    tab = window.record_tab("episodes")
    with qtbot.waitSignal(window.reader.spans_shown, timeout=10_000):
        tab.view.selectRow(0)
    qtbot.waitUntil(lambda: window.detail.record is not None)
    seen.look(window.detail, window.reader)
    window.navigate("facts", next(f.id for f in window.archive.iter_records("facts")))
    qtbot.waitUntil(lambda: window.detail.table == "facts")
    seen.look(window.detail)
    # Search: results, nothing found, nothing to search for.
    for text in ("Benjamin", "zzqqxxnothing", '"', "(Benjamin"):
        with qtbot.waitSignal(window.search_panel.results_shown, timeout=10_000):
            window.search_box.setText(text)
        seen.look(window.search_panel)
        seen.note("status", window.count_label.text())
    window.search_box.clear()
    # Status messages of commands with nothing to act on.
    for key in ("copy", "copy_citation", "find_next", "find_previous", "undo", "redo",
                "annotate", "tag_record", "next_tab"):
        status.clearMessage()
        window.actions_by_key[key].trigger()
        seen.note(f"status after {key}", status.currentMessage())
        _close_dialogs(window)
    # Dialogs: help, guide, about, settings, export, annotate and tag, open and save.
    for open_dialog in (window.show_shortcuts, window.show_guide, window.show_about,
                        window.show_settings):
        open_dialog()
        seen.look(*_dialogs(window))
        _close_dialogs(window)
    dialog = export_dialog_on_first_cast_row(window, qtbot)
    seen.look(dialog)
    dialog.set_path("/nonexistent-folder/x.csv")
    seen.look(dialog)
    dialog.browse()
    seen.look(*_dialogs(window))
    _close_dialogs(window)
    qtbot.waitUntil(lambda: window.detail.table == "cast")
    window.actions_by_key["tag_record"].trigger()
    seen.look(*_dialogs(window))
    _close_dialogs(window)
    news = next(s for s in window.archive.sources() if s.file == NEWS)
    with qtbot.waitSignal(window.reader.spans_shown, timeout=10_000):
        window.reader.show_source(news.id)
    window.reader.browser.setTextCursor(window.reader.browser.document().find(PASSAGE))
    window.actions_by_key["annotate"].trigger()
    annotate = window.annotator.dialog
    assert annotate is not None and annotate.isVisible()
    seen.look(annotate)
    annotate.note_edit.setPlainText("Nota de prueba")
    annotate.accept()
    seen.look(window.detail, window.reader)
    seen.note("status after annotating", status.currentMessage())
    # Errors: a file that is no archive, a chart that cannot be saved, our own bug.
    junk = Path(window.settings.file_name()).with_name("junk.sqlite")
    junk.write_bytes(b"not an archive" * 400)
    window.open_archive(junk)
    seen.look(*_dialogs(window))
    _close_dialogs(window)
    views.charts["timeline"]._save_chosen(Path("/nonexistent-folder/x.png"), "png")
    seen.look(*_dialogs(window))
    _close_dialogs(window)
    from viewer.gui.window.errors import show_bug

    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        show_bug(window, RuntimeError, exc, exc.__traceback__)
    seen.look(*_dialogs(window))
    _close_dialogs(window)
    # The annotations tab, empty and then with an annotation of a record.
    window.tabs.setCurrentIndex(window.tab_index(ANNOTATIONS_TAB))
    listed = window.annotations_tab
    assert isinstance(listed, AnnotationsTab)
    qtbot.waitUntil(lambda: listed.model.rowCount() == 1)  # read off the GUI thread
    seen.look(listed)
    seen.note("status", window.count_label.text())


# Opening menus and dialogs offscreen: the platform says it cannot raise them or grab keys.
OFFSCREEN = pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing|propagateSizeHints)")


@OFFSCREEN
def test_every_string_a_walk_through_the_window_reaches_is_spanish(
        spanish_window: MainWindow, qtbot: QtBot) -> None:
    seen = Seen()
    _walk(spanish_window, qtbot, seen)
    assert len(seen.strings) > 500, "the walk saw too little to prove anything"
    left = EnglishSources().untranslated(seen.strings)
    assert not left, "English left in the Spanish window:\n" + "\n".join(
        f"  {where}: {text!r}" for where, text in sorted(set(left)))


@OFFSCREEN
def test_the_same_walk_in_english_finds_the_english_sources_and_nothing_else_is_shared(
        window: MainWindow, qtbot: QtBot, archive_path: Path, qapp: QApplication,
        tmp_path: Path) -> None:
    """The check above would pass on a window that showed nothing: in English it must find
    the window's own words. And a word the window shows in both languages alike was never
    put through tr() (the check above cannot see it: it is in no catalogue)."""
    english = Seen()
    _walk(window, qtbot, english)
    found = {text for _where, text in EnglishSources().untranslated(english.strings)}
    assert {"Episodes", "Open Archive…", "Keyboard Shortcuts", "Where the sources say it",
            "Export Selection"} <= found
    translators = install_translators(qapp, "es")
    try:
        spanish = MainWindow(Archive.open(archive_path),
                             ViewerSettings.in_file(tmp_path / "es.ini"))
        qtbot.addWidget(spanish)
        spanish.resize(1600, 1000)
        spanish.show()
        qtbot.waitExposed(spanish)
        qtbot.waitUntil(lambda: not spanish.current_tab().is_busy())
        seen = Seen()
        _walk(spanish, qtbot, seen)
        spanish.close()
        spanish.archive.close()
    finally:
        remove_translators(qapp, translators)
    shared = chrome(english.strings) & chrome(seen.strings)
    assert not shared, f"shown alike in English and Spanish (not through tr()?): {shared}"


def test_lupdate_finds_no_unfinished_entry(tmp_path: Path) -> None:
    """The catalogue refreshed from the sources, as ``python -m viewer.i18n`` does, is
    complete: no new string went untranslated, and none is marked unfinished."""
    ts = tmp_path / TS.name
    ts.write_bytes(TS.read_bytes())
    out = subprocess.run(i18n.lupdate_command(ts, REPO), capture_output=True, text=True,
                         check=True)
    assert re.search(r"\(0 new\b", out.stdout), out.stdout
    unfinished = [m.findtext("source") for m in ET.parse(ts).getroot().iter("message")
                  if (m.find("translation") is not None
                      and m.find("translation").get("type") == "unfinished")]
    assert not unfinished, unfinished
    released = subprocess.run([str(i18n.lrelease()), str(ts), "-qm", str(tmp_path / "x.qm")],
                              capture_output=True, text=True, check=True)
    assert re.search(r"\b0 unfinished", released.stdout), released.stdout


def test_every_table_and_column_label_of_the_data_layer_is_listed_for_translation() -> None:
    """Every label, in its sense (a column's disambiguation), and every column's own tip, as
    ``pyside6-lupdate`` reads them from viewer/gui/labels.py: (context, text, disambiguation)
    of each ``QT_TRANSLATE_NOOP`` call."""
    import ast

    from viewer.archive.tables import TABLE_SPECS

    tree = ast.parse((REPO / "viewer/gui/labels.py").read_text(encoding="utf-8"))
    listed = {tuple(arg.value for arg in node.args) + ("",) * (3 - len(node.args))
              for node in ast.walk(tree)
              if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
              and all(isinstance(arg, ast.Constant) for arg in node.args)}
    columns = [c for s in TABLE_SPECS.values() for c in s.columns]
    wanted = ({("Tables", s.label, "") for s in TABLE_SPECS.values()}
              | {("Tables", c.label, c.disambiguation) for c in columns}
              | {("Tables", c.tip, "") for c in columns if c.tip})
    assert ("Tables", "Characters", "a text's length") in wanted
    assert wanted - listed == set()


def _start_in(env: dict[str, str], settings: Path) -> str:
    """The File menu's title of a viewer started with ``env``'s language settings."""
    code = (
        "import sys; from pathlib import Path\n"
        "from viewer.__main__ import start_window\n"
        "from viewer.gui.window.settings import ViewerSettings\n"
        f"app, w, _ = start_window(None, lambda: ViewerSettings.in_file(Path({str(settings)!r})))\n"
        "print(w.menuBar().actions()[0].text())\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                         text=True, timeout=120,
                         env={**os.environ, **env, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    return out.stdout.strip().splitlines()[-1]


def test_the_language_follows_the_system_and_settings_override_it(tmp_path: Path) -> None:
    ini = tmp_path / "settings.ini"
    assert _start_in(SPANISH_ENV, ini) == "&Archivo"
    assert _start_in({**SPANISH_ENV, "LANG": "en_US.UTF-8"}, ini) == "&File"
    ViewerSettings.in_file(ini).set_language("en")
    assert _start_in(SPANISH_ENV, ini) == "&File"  # the setting wins, and was kept
    ViewerSettings.in_file(ini).set_language("es")
    assert _start_in({**SPANISH_ENV, "LANG": "de_DE.UTF-8"}, ini) == "&Archivo"


def test_settings_language_is_chosen_in_its_dialog_and_remembered(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = window.show_settings()
    box = dialog.language_box  # type: ignore[attr-defined]
    assert [box.itemData(i) for i in range(box.count())] == ["", "en", "es"]
    box.setCurrentIndex(box.findData("es"))
    dialog.accept()
    again = ViewerSettings.in_file(Path(window.settings.file_name()))
    assert again.language(("", "en", "es")) == "es"
    assert "next time" in dialog.findChild(QWidget, "languageNote").text()


def test_a_corrupt_language_setting_falls_back_to_the_system(settings: ViewerSettings) -> None:
    settings._store.setValue("ui/language", "klingon")
    assert settings.language(("", "en", "es")) == ""


def _records(archive: Archive, table: str, **how: object) -> list[int]:
    return [r.id for r in archive.page(table, limit=500, **how).records]  # type: ignore[arg-type]


def test_sorting_and_search_give_the_same_records_in_both_languages(
        qapp: QApplication, archive_path: Path) -> None:
    """The language is the window's only: the archive sorts and searches as it did."""
    def answers() -> list[object]:
        with Archive.open(archive_path) as archive:
            return [
                _records(archive, "people", sort="name"),
                _records(archive, "cast", sort="character", descending=True),
                _records(archive, "episodes", sort="release_date"),
                _records(archive, "excerpts", sort="source", filter_text="Allende*"),
                _records(archive, "people", sort="name", filter_text="jer*"),
                [(h.table, h.id) for h in archive.search("Benjamín", limit=50).hits],
                [(h.table, h.id) for h in archive.search("Allende", limit=50).hits],
            ]

    english = answers()
    translators = install_translators(qapp, "es")
    try:
        spanish = answers()
    finally:
        remove_translators(qapp, translators)
    assert spanish == english
    assert all(english), "each question has answers"


def test_a_message_box_of_qts_own_says_its_buttons_in_spanish(
        spanish: None, qtbot: QtBot) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, "x", "y",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Cancel).text().replace("&", "") == "Cancelar"


def test_counts_are_written_as_the_language_writes_them(spanish: None) -> None:
    from viewer.gui.labels import number

    assert number(1234567) == "1,234,567"  # es_MX groups as English does
    from PySide6.QtCore import QLocale

    assert QLocale().name() in ("es_MX", QLocale.system().name())


def test_the_searchs_notices_are_in_the_windows_language(spanish: None) -> None:
    """The data layer says what it did to a search through gettext, in the language the
    window chose (viewer.i18n.use_language)."""
    from viewer.archive.search_query import build_match

    assert build_match('"Benjamin').notice == "Se ignoró unas comillas sin cerrar."
    assert build_match("").notice is None



@pytest.mark.parametrize("pattern", ["viewer/translations/**/*.qm",
                                     "viewer/translations/**/*.mo"])
def test_compiled_catalogues_are_not_committed(pattern: str) -> None:
    tracked = subprocess.run(["git", "ls-files", pattern], cwd=REPO, capture_output=True,
                             text=True).stdout.split()
    assert not tracked
    ignored = subprocess.run(["git", "check-ignore", "-q",
                              pattern.replace("**/*", "somos_es")], cwd=REPO)
    assert ignored.returncode == 0


def test_a_checkout_compiles_a_stale_catalogue_on_demand(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "translations"
    (folder / "es" / "LC_MESSAGES").mkdir(parents=True)
    for source, _compiled in i18n.sources("es"):
        target = folder / source.relative_to(i18n.translations_dir())
        target.write_bytes(source.read_bytes())
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    qm = i18n.compiled("es", "qm")
    assert qm == folder / "somos_es.qm" and qm.stat().st_size > 1000
    before = qm.stat().st_mtime_ns
    assert i18n.compiled("es", "qm") == qm and qm.stat().st_mtime_ns == before  # fresh: kept
    os.utime(folder / "somos_es.ts")  # the source edited since: compiled again
    os.utime(qm, ns=(before - 10**9, before - 10**9))
    assert i18n.compiled("es", "qm").stat().st_mtime_ns > before - 10**9


@OFFSCREEN
def test_an_archive_that_will_not_open_says_why_in_spanish(
        spanish_window: MainWindow, tmp_path: Path) -> None:
    """The data layer's message (viewer.archive.validation, through gettext) follows the
    window's language, as the dialog around it does."""
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not an archive" * 400)
    assert not spanish_window.open_archive(junk)
    box = spanish_window.last_error
    assert isinstance(box, QMessageBox)
    assert "no es una base de datos SQLite" in box.text()
    assert box.windowTitle() == "No se puede abrir el acervo"
    box.close()


def test_the_builds_compile_every_catalogue_qt_and_gettext_can_read(tmp_path: Path) -> None:
    """What the wheel hook and the frozen build ship (viewer.i18n.compile_all)."""
    import gettext

    from PySide6.QtCore import QTranslator

    made = i18n.compile_all(tmp_path)
    assert {p.relative_to(tmp_path).as_posix() for p in made} == {
        "somos_es.qm", "es/LC_MESSAGES/somos-archive.mo"}
    translator = QTranslator()
    assert translator.load(str(tmp_path / "somos_es.qm"))
    assert translator.translate("Actions", "&File") == "&Archivo"
    catalogue = gettext.translation(i18n.CLI_DOMAIN, str(tmp_path), languages=["es_MX"])
    assert catalogue.gettext("Print only errors.") == "Mostrar solo los errores."


def test_a_column_title_too_long_for_its_column_ends_in_an_ellipsis(cast_tab) -> None:  # type: ignore[no-untyped-def]
    """Spanish titles run longer: cut, they read from their start ("Valores que …")."""
    from PySide6.QtCore import Qt

    assert cast_tab.view.horizontalHeader().textElideMode() == Qt.TextElideMode.ElideRight



def _annotate_in(window: MainWindow, qtbot: QtBot, *tables: str) -> AnnotationsTab:
    """The Annotations tab, shown, with a tag on the first record of each table and an
    orphan (a quote of a file no seed has), once its list (read off the GUI thread) holds
    them."""
    from viewer.annotations.model import RECORD, SPAN, Annotation, new_id, now
    from viewer.archive.tables import title_of

    stamp = now()
    book = window.annotator.book
    for table in tables:
        record = next(iter(window.archive.iter_records(table)))
        book.add(Annotation(id=new_id(), kind=RECORD, record_table=table, record_id=record.id,
                            record_title=title_of(table, record), created=stamp,
                            modified=stamp))
    book.add(Annotation(id=new_id(), kind=SPAN, source_file="gone.txt", start=5, end=30,
                        exact="words no seed has ever held", created=stamp, modified=stamp))
    window.tabs.setCurrentIndex(window.tab_index(ANNOTATIONS_TAB))
    tab = window.annotations_tab
    assert isinstance(tab, AnnotationsTab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == len(tables) + 1)
    return tab


def _cells(tab: AnnotationsTab, column: int, role: int = 0) -> list[object]:
    """A column of the Annotations list, top to bottom (role 0: as shown)."""
    return [tab.proxy.index(row, column).data(role) for row in range(tab.proxy.rowCount())]


WHERE, STATUS = 3, 4


def test_the_annotations_filter_finds_the_words_shown_in_spanish_and_the_english_ones(
        spanish_window: MainWindow, model_checks: ModelChecks, qtbot: QtBot) -> None:
    """A Spanish user filters by the words on screen; the English ones (and the tables'
    names as the command line writes them) keep working."""
    tab = _annotate_in(spanish_window, qtbot, "cast", "episodes")
    model_checks.check(tab.proxy)
    assert any(str(w).startswith("Crédito del reparto #") for w in _cells(tab, WHERE))
    assert "huérfana" in _cells(tab, STATUS)
    for query in ("reparto", "REPARTO #", "cast"):
        with qtbot.waitSignal(tab.status_changed):  # the filter, once the typing pauses
            tab.filter.setText(query)
        assert [a.record_table for a in tab.shown()] == ["cast"], query
    for query in ("huérfana", "huerfana", "HUÉRFANA", "orphaned"):
        with qtbot.waitSignal(tab.status_changed):
            tab.filter.setText(query)
        assert [a.source_file for a in tab.shown()] == ["gone.txt"], query


def test_a_tagged_cast_credit_is_titled_in_spanish_wherever_an_annotation_shows_it(
        spanish_window: MainWindow, qtbot: QtBot) -> None:
    """The tag dialog, the Annotations list and the search's list of annotations said "Ulises
    Soto as Samuel" where the detail pane said "… como Samuel", and "Reparto #18" for what the
    pane calls a "Crédito del reparto"; the file keeps its English snapshot."""
    from PySide6.QtTest import QTest

    from viewer.archive.tables import title_of

    win = spanish_window
    record = next(r for r in win.archive.iter_records("cast")
                  if getattr(r, "character", None))
    english, spanish = title_of("cast", record), f"{record.actor} como {record.character}"
    with qtbot.waitSignal(win.detail.record_shown, timeout=10_000):
        win.navigate("cast", record.id)
    win.actions_by_key["tag_record"].trigger()
    dialog = win.annotator.dialog
    assert dialog is not None
    assert dialog.quote.text() == spanish
    assert dialog.where.text() == f"Crédito del reparto #{record.id}"
    QTest.keyClicks(dialog.tags_edit, "revisar")
    dialog.accept()
    assert [a.record_title for a in win.annotator.book.all()] == [english]
    win.tabs.setCurrentIndex(win.tab_index(ANNOTATIONS_TAB))
    tab = win.annotations_tab
    assert isinstance(tab, AnnotationsTab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    from viewer.gui.annotating.annotations_tab import ANNOTATED

    assert _cells(tab, ANNOTATED) == [spanish]
    assert _cells(tab, WHERE) == [f"Crédito del reparto #{record.id}"]
    with qtbot.waitSignals([win.search_panel.results_shown, win.annotator.reads.searched],
                           timeout=10_000):  # the annotations' answer comes from a thread
        win.search_box.setText("revisar")
    results = win.annotator.results
    assert results is not None
    assert results.model.index(0, ANNOTATED).data() == spanish
    win.annotator.edit(win.annotator.book.all()[0])
    assert win.annotator.dialog is not None and win.annotator.dialog.quote.text() == spanish
    win.annotator.dialog.reject()


def test_the_annotations_sorted_by_where_or_status_follow_the_spanish_words(
        spanish_window: MainWindow, qtbot: QtBot) -> None:
    """Sorted by Where, "Lugar" comes before "Persona" (in English "Person" comes first).
    Status reads in the same order in both languages ("anclada" < "huérfana", "attached" <
    "orphaned"), so its sort key is checked to be the word shown."""
    from PySide6.QtCore import Qt

    from viewer.gui.tables.models import SortRole

    tab = _annotate_in(spanish_window, qtbot, "people", "places")
    view = tab.view
    for column in (WHERE, STATUS):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            view.sortByColumn(column, order)
            shown = [str(c) for c in _cells(tab, column)]
            assert shown == sorted(shown, key=str.casefold,
                                   reverse=order == Qt.SortOrder.DescendingOrder)
            assert _cells(tab, column, SortRole) == [c.casefold() for c in shown]
    view.sortByColumn(WHERE, Qt.SortOrder.AscendingOrder)
    assert [a.record_table for a in tab.shown() if a.record_table] == ["places", "people"]


def test_one_orphaned_annotation_is_counted_in_the_singular(spanish_window: MainWindow,
                                                            qtbot: QtBot) -> None:
    """Spanish adjectives agree in number: "(1 huérfana)", not "(1 huérfanas)"."""
    tab = _annotate_in(spanish_window, qtbot, "cast")
    assert tab.status_text().endswith("(1 huérfana)")
