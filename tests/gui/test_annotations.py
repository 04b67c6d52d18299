"""Annotating through the real window: the reader's selection, the dialog, the tab, undo."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.gui.conftest import ModelChecks
from viewer.annotations.model import ORPHANED, Annotation, new_id, now
from viewer.annotations.store import SCHEMA_VERSION, AnnotationStore
from viewer.archive.store import Archive
from viewer.gui.annotating.annotations_tab import AnnotationsModel, AnnotationsTab
from viewer.gui.reading.marks import ANNOTATION_COLOR
from viewer.gui.tables.models import RecordRole
from viewer.gui.window.main_window import MainWindow
from viewer.gui.window.settings import ViewerSettings

NEWS = "001_44e4559a90d9d777.txt"
PASSAGE = "a 2011 massacre of at least 300 people"


def _open_news(window: MainWindow, qtbot: QtBot) -> None:
    reader = window.reader
    source = next(s for s in window.archive.sources() if s.file == NEWS)
    with qtbot.waitSignal(reader.spans_shown, timeout=10_000):
        reader.show_source(source.id)


def _select(window: MainWindow, words: str) -> None:
    browser = window.reader.browser
    found = browser.document().find(words)
    assert not found.isNull(), f"{words!r} is not shown"
    browser.setTextCursor(found)


def _annotate_by_keyboard(window: MainWindow, qtbot: QtBot, note: str, tags: str) -> None:
    browser = window.reader.browser
    browser.setFocus()
    QTest.keyClick(browser, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.annotator.dialog
    assert dialog is not None and dialog.isVisible()
    QTest.keyClicks(dialog.note_edit, note)
    QTest.keyClicks(dialog.tags_edit, tags)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    QTest.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # The offscreen platform leaves the closed dialog the active window (and its button the
    # focus) once events run, which the window's Ctrl+Z and the tab's F2 then did not reach.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_selected_words_annotated_by_shortcut_are_saved_and_marked(
        window: MainWindow, qtbot: QtBot, _annotations_in_tmp: Path) -> None:
    _open_news(window, qtbot)
    _select(window, PASSAGE)
    _annotate_by_keyboard(window, qtbot, "Compare with ProPublica.", "contradiction, chapter 3")
    with AnnotationStore.open(_annotations_in_tmp) as store:
        (saved,) = store.all()
    source = next(s for s in window.archive.sources() if s.file == NEWS)
    text = window.archive.source_text(source.id)
    assert text[saved.start:saved.end] == saved.exact == PASSAGE
    assert saved.prefix and text[:saved.start].endswith(saved.prefix)
    assert (saved.note, saved.tags) == ("Compare with ProPublica.", ("contradiction", "chapter 3"))
    assert saved.source_sha256 == source.sha256
    assert window.reader.highlighted_spans(ANNOTATION_COLOR) == [PASSAGE]


def test_undo_and_redo_by_keys_take_the_annotation_away_and_back(
        window: MainWindow, qtbot: QtBot) -> None:
    _open_news(window, qtbot)
    _select(window, PASSAGE)
    _annotate_by_keyboard(window, qtbot, "a note", "")
    tab = window.annotations_tab
    window.tabs.setCurrentWidget(tab)
    tab.view.setFocus()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)  # the list is read off the GUI thread
    QTest.keyClick(tab.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert window.reader.highlighted_spans(ANNOTATION_COLOR) == []
    QTest.keyClick(tab.view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert window.reader.highlighted_spans(ANNOTATION_COLOR) == [PASSAGE]


def test_editing_in_the_tab_is_undone_to_the_old_note(window: MainWindow,
                                                      qtbot: QtBot) -> None:
    _open_news(window, qtbot)
    _select(window, PASSAGE)
    _annotate_by_keyboard(window, qtbot, "first", "")
    book = window.annotator.book
    (a,) = book.all()
    book.edit(a, "second", ("later",))
    assert book.get(a.id).note == "second"
    book.undo_stack.undo()
    assert (book.get(a.id).note, book.get(a.id).tags) == ("first", ())
    tab = window.annotations_tab
    window.tabs.setCurrentWidget(tab)
    tab.view.setFocus()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.view.selectRow(0)
    QTest.keyClick(tab.view, Qt.Key.Key_F2)
    assert window.annotator.dialog.windowTitle() == "Edit Annotation"
    assert window.annotator.dialog.note() == "first"
    window.annotator.dialog.reject()
    QTest.keyClick(tab.view, Qt.Key.Key_Delete)
    assert book.all() == []
    book.undo_stack.undo()
    assert [x.id for x in book.all()] == [a.id]


def test_the_readers_right_click_menu_offers_annotate(window: MainWindow, qtbot: QtBot) -> None:
    _open_news(window, qtbot)
    menu = window.reader.context_menu(QPoint(10, 10))
    texts = [action.text() for action in menu.actions()]
    assert "&Annotate Selection…" in texts
    assert any("Copy" in t for t in texts)  # the text's own entries stay


def test_without_a_selection_the_records_span_is_annotated(window: MainWindow,
                                                          qtbot: QtBot) -> None:
    record = next(iter(window.archive.iter_records("episodes")))
    spans = window.archive.provenance("episodes", record.id)
    with qtbot.waitSignal(window.reader.spans_shown, timeout=10_000):
        window.navigate("episodes", record.id)
    window.annotator.annotate_selection()
    dialog = window.annotator.dialog
    assert dialog is not None
    dialog.accept()
    (saved,) = window.annotator.book.all()
    first = sorted((s.start, s.end) for s in spans if s.source_id == window.reader.source_id)[0]
    # From the first span, on through the spans that follow it on its line (the episode's
    # number, title, director and writer: one passage).
    assert saved.start == first[0] and saved.end >= first[1]
    assert "\n" not in saved.exact and "The Lazy Herd" in saved.exact


def test_a_tagged_record_shows_its_tags_in_the_detail_pane(window: MainWindow,
                                                          qtbot: QtBot) -> None:
    record = next(iter(window.archive.iter_records("cast")))
    _tag_first_cast_credit(window, qtbot, "check later")
    assert "Tags: check later" in window.detail.toPlainText()
    assert "Your annotations" in window.detail.toPlainText()
    (saved,) = window.annotator.book.all()
    assert (saved.kind, saved.record_table, saved.record_id) == ("record", "cast", record.id)


def test_a_documents_detail_pane_lists_the_annotations_of_its_words(
        window: MainWindow, qtbot: QtBot) -> None:
    _open_news(window, qtbot)
    _select(window, PASSAGE)
    _annotate_by_keyboard(window, qtbot, "Ask the DEA", "")
    source = next(s for s in window.archive.sources() if s.file == NEWS)
    with qtbot.waitSignal(window.detail.record_shown, timeout=10_000):
        window.navigate("sources", source.id)
    assert f"Ask the DEA\n“{PASSAGE}”" in window.detail.toPlainText()


def test_search_box_finds_notes_and_tags_in_their_own_group(
        window: MainWindow, qtbot: QtBot) -> None:
    _open_news(window, qtbot)
    _select(window, PASSAGE)
    _annotate_by_keyboard(window, qtbot, "Ask the DEA", "zebrafinch")
    window.search_box.setText("zebrafinch")
    qtbot.waitUntil(lambda: window.annotator.results is not None
                    and window.annotator.results.isVisible())
    results = window.annotator.results
    assert results.model.rowCount() == 1
    assert results.heading.text() == "1 of your annotations matches “zebrafinch”"



def _search_both(window: MainWindow, qtbot: QtBot, text: str) -> None:
    """Search ``text`` and wait for both answers: the records' and, from another thread, the
    annotations' (often the later: a test that read the annotations after the records alone
    failed now and then)."""
    with qtbot.waitSignals([window.search_panel.results_shown,
                            window.annotator.reads.searched], timeout=10_000):
        window.search_box.setText(text)


def test_a_pasted_page_of_words_lists_annotations_and_says_only_the_first_were_searched(
        window: MainWindow, qtbot: QtBot) -> None:
    """Pasting a thousand words showed the bug dialog ("Expression tree is too large")."""
    words = [f"w{i}" for i in range(1000)]
    _tag_first_cast_credit(window, qtbot, ", ".join(words[:40]))
    _search_both(window, qtbot, " ".join(words))
    results = window.annotator.results
    assert results is not None and results.isVisible() and results.model.rowCount() == 1
    assert results.heading.text().endswith(" — Only the first 32 words were searched.")
    assert window.last_error is None


@pytest.mark.parametrize("text", [
    '[{"id": "u1", "kind": "span", "start": 1' + "0" * 30 + ', "exact": "y"}]',
    "[" * 100_000 + "]" * 100_000])
def test_importing_a_huge_number_or_deep_nesting_says_so_and_offers_no_undo(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, text: str) -> None:
    """The bug dialog, then Edit › Undo offered "Import Annotations" for nothing imported."""
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")
    assert not window.annotator.import_from(bad)
    assert window.last_error is not None
    said = window.last_error.text()
    assert "holds no annotations Somos Archive can read" in said
    assert "Nothing was imported." in said
    window.last_error.close()
    assert window.annotator.book.undo_stack.count() == 0
    assert window.annotator.book.all() == []


def _tag_first_cast_credit(window: MainWindow, qtbot: QtBot, tags: str) -> None:
    record = next(iter(window.archive.iter_records("cast")))
    with qtbot.waitSignal(window.detail.record_shown, timeout=10_000):
        window.navigate("cast", record.id)
    window.actions_by_key["tag_record"].trigger()
    dialog = window.annotator.dialog
    assert dialog is not None
    QTest.keyClicks(dialog.tags_edit, tags)
    dialog.accept()


def test_a_search_only_annotations_match_says_so_not_no_results(
        window: MainWindow, qtbot: QtBot) -> None:
    """The reviewer's "No results for “check”" above the annotation it listed."""
    _tag_first_cast_credit(window, qtbot, "check later")
    _search_both(window, qtbot, "check")
    panel = window.search_panel
    assert panel.model.rowCount() == 0
    said = "No records match “check”; 1 of your annotations does"
    assert panel.summary.text() == said and window.count_label.text() == said
    assert "1 of your annotations does: it is listed below." in panel.empty.text()
    assert "Nothing in the archive" not in panel.empty.text()
    assert window.annotator.results is not None
    assert window.annotator.results.heading.text() == "1 of your annotations matches “check”"


def test_more_annotations_than_are_listed_are_counted_all(
        window: MainWindow, qtbot: QtBot) -> None:
    """51 matching annotations were said to be "50" (the most the list holds)."""
    stamp = now()
    store = window.annotator.book.store
    assert store is not None
    store.save([Annotation(id=new_id(), kind="record", record_table="cast", record_id=1,
                           note=f"zebrafinch {n}", created=stamp, modified=stamp)
                for n in range(51)])
    _search_both(window, qtbot, "zebrafinch")
    results = window.annotator.results
    assert results is not None and results.model.rowCount() == 50
    assert results.heading.text() == ("51 of your annotations match “zebrafinch”; the 50 "
                                      "most recently changed are listed")
    said = "No records match “zebrafinch”; 51 of your annotations do"
    assert window.search_panel.summary.text() == said


def test_the_summary_counts_annotations_found_beside_records(
        window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.search_panel.results_shown, timeout=10_000):
        window.search_box.setText("benjamin")
    panel = window.search_panel
    records = panel.summary.text()
    assert records.endswith("results for “benjamin”")
    _tag_first_cast_credit(window, qtbot, "benjamin, benjamin twice")  # two tags, one note
    qtbot.waitUntil(lambda: panel.summary.text() == f"{records}; 1 of your annotations matches too")
    assert window.count_label.text() == panel.summary.text()


def test_annotations_tab_sorts_filters_and_exports(
        window: MainWindow, qtbot: QtBot, model_checks: ModelChecks, tmp_path: Path) -> None:
    stamp = now()
    book = window.annotator.book
    for n, tag in enumerate(("beta", "alpha", "gamma")):
        book.add(Annotation(id=new_id(), kind="span", note=f"note {n}", tags=(tag,),
                            source_file=NEWS, exact=PASSAGE, created=stamp, modified=stamp))
    tab = window.annotations_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    model_checks.check(tab.model)
    model_checks.check(tab.proxy)
    window.tabs.setCurrentWidget(tab)
    assert window.count_label.text().startswith("3 annotations")
    tab.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [a.tags[0] for a in tab.shown()] == ["alpha", "beta", "gamma"]
    with qtbot.waitSignal(tab.status_changed):  # once the typing pauses
        tab.filter.setText("GAM")
    assert [a.tags[0] for a in tab.shown()] == ["gamma"]
    assert window.count_label.text().startswith("1 of 3 annotations")
    with qtbot.waitSignal(tab.status_changed):  # a tag typed as it is marked elsewhere
        tab.filter.setText("#alpha")
    assert [a.tags[0] for a in tab.shown()] == ["alpha"]
    with qtbot.waitSignal(tab.status_changed):
        tab.filter.setText("GAM")
    tab.view.setFocus()
    tab.view.selectAll()
    QTest.keyClick(tab.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().text().splitlines()
    assert copied[0].split("\t") == list(AnnotationsModel.COLUMNS)
    assert copied[1].split("\t")[:2] == ["gamma", "note 2"] and len(copied) == 2
    out = tmp_path / "notes.jsonld"
    assert window.annotator.export_to(out, tab.shown())
    page = json.loads(out.read_text(encoding="utf-8"))
    assert [item["body"][1]["value"] for item in page["items"]] == ["gamma"]


def test_the_annotations_filter_waits_for_a_pause_and_folds_each_annotation_once(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The filter applies once the typing pauses, as the record tabs' does, and each
    annotation's words are folded (accents and case) once per change of the annotations,
    not at every key."""
    from viewer.annotations import store
    from viewer.gui.annotating import annotation_list

    folded: list[str] = []
    fold = store.fold

    def counting(text: str) -> str:
        folded.append(text)
        return fold(text)

    monkeypatch.setattr(store, "fold", counting)  # the words typed (store.search_words)
    monkeypatch.setattr(annotation_list, "fold", counting)  # each annotation's words
    tab = AnnotationsTab()
    qtbot.addWidget(tab)
    stamp = now()
    notes = [Annotation(id=new_id(), kind="span", note=note, tags=(tag,), source_file=NEWS,
                        exact=PASSAGE, created=stamp, modified=stamp)
             for note, tag in (("la huérfana", "beta"), ("otra", "alpha"), ("más", "gamma"),
                               ("y otra", "delta"))]
    tab.set_annotations(notes)
    assert tab.proxy.rowCount() == 4 and folded == []  # no filter, nothing folded
    with qtbot.waitSignal(tab.status_changed):
        qtbot.keyClicks(tab.filter, "HUERF")
        assert tab.proxy.rowCount() == 4  # not yet: the typing has not paused
    assert [a.tags for a in tab.shown()] == [("beta",)]
    assert len(folded) == 4 + 1  # each annotation's words, and the words typed, once
    with qtbot.waitSignal(tab.status_changed):
        qtbot.keyClicks(tab.filter, "ANA")
    assert [a.tags for a in tab.shown()] == [("beta",)]
    assert len(folded) == 4 + 2  # only the words typed folded again
    tab.orphaned.setChecked(True)  # a click applies at once
    assert tab.shown() == []
    tab.orphaned.setChecked(False)
    before = len(folded)
    tab.set_annotations(notes[:2])  # a change: each annotation's words folded anew, once
    assert [a.tags for a in tab.shown()] == [("beta",)]
    assert len(folded) == before + 2


@pytest.mark.parametrize("locale", ["en_US", "es_MX"])
def test_modified_shows_a_local_date_with_its_whole_year_and_sorts_as_time_does(
        qtbot: QtBot, locale: str) -> None:
    """The ISO stamp was cut off even at 1600 px ("2026-12-07T10:0…"). Shown as the
    window's language writes a date, it still sorts by time: "10/1/26" before "9/1/25"
    as words, after it as dates; an imported stamp's offset counts."""
    from PySide6.QtCore import QDateTime, QLocale

    from viewer.gui.annotating.annotations_tab import MODIFIED

    stamps = ["2026-10-01T08:30:00Z", "2025-09-01T12:00:00Z", "2026-10-01T09:00:00+02:00"]
    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        tab = AnnotationsTab()
        qtbot.addWidget(tab)
        tab.set_annotations([Annotation(id=new_id(), kind="span", note=stamp, tags=(),
                                        source_file=NEWS, exact=PASSAGE, created=stamp,
                                        modified=stamp) for stamp in stamps])
        shown = {}
        for row in range(tab.model.rowCount()):
            index = tab.model.index(row, MODIFIED)
            stamp = tab.model.annotation(row).modified
            shown[stamp] = index.data()
            when = QDateTime.fromString(stamp, Qt.DateFormat.ISODate).toLocalTime()
            words = QLocale(locale)
            # The year whole ("12/7/26" read as three small numbers), the rest as the
            # language writes a short date and time.
            assert shown[stamp].startswith(words.toString(when.date(), words.dateFormat(
                QLocale.FormatType.ShortFormat).replace("yy", "yyyy")))
            assert str(when.date().year()) in shown[stamp]
            assert shown[stamp].endswith(words.toString(when.time(),
                                                        QLocale.FormatType.ShortFormat))
            assert "T" not in shown[stamp] and "2026-" not in shown[stamp]
            assert index.data(Qt.ItemDataRole.ToolTipRole) == stamp  # whole, in the tooltip
        tab.view.sortByColumn(MODIFIED, Qt.SortOrder.AscendingOrder)
        assert [a.modified for a in tab.shown()] == [stamps[1], stamps[2], stamps[0]]
        tab.view.sortByColumn(MODIFIED, Qt.SortOrder.DescendingOrder)
        assert [a.modified for a in tab.shown()] == [stamps[0], stamps[2], stamps[1]]
    finally:
        QLocale.setDefault(before)


def test_ctrl_e_in_the_annotations_tab_offers_to_export_them(window: MainWindow,
                                                            qtbot: QtBot) -> None:
    stamp = now()
    window.annotator.book.add(Annotation(id=new_id(), kind="span", note="n", source_file=NEWS,
                                         exact=PASSAGE, created=stamp, modified=stamp))
    window.tabs.setCurrentWidget(window.annotations_tab)
    window.annotations_tab.view.setFocus()
    qtbot.waitUntil(lambda: window.annotations_tab.model.rowCount() == 1)
    QTest.keyClick(window.annotations_tab.view, Qt.Key.Key_E,
                   Qt.KeyboardModifier.ControlModifier)
    dialog = window.annotator.file_dialog
    assert dialog is not None and dialog.objectName() == "exportAnnotationsDialog"
    dialog.reject()


def test_an_undone_delete_comes_back_where_its_words_are_now(
        window: MainWindow, qtbot: QtBot) -> None:
    """A copy kept for undo from before a rebuild is anchored again when written."""
    _open_news(window, qtbot)
    _select(window, PASSAGE)
    _annotate_by_keyboard(window, qtbot, "n", "")
    book = window.annotator.book
    (a,) = book.all()
    stale = a.replace(start=a.start + 7, end=a.end + 7, source_sha256="before a rebuild")
    book.remove([a])
    book.write([stale], [])  # as an undo of something done before the rebuild would
    assert (book.get(a.id).start, book.get(a.id).source_sha256) == (a.start, a.source_sha256)


def test_an_orphan_is_listed_in_the_tab(qtbot: QtBot, archive_path: Path,
                                       settings: ViewerSettings, tmp_path: Path) -> None:
    db = tmp_path / "own.sqlite"
    stamp = now()
    with AnnotationStore.open(db) as store:
        store.add(Annotation(id="gone", kind="span", source_file=NEWS, start=5, end=30,
                             exact="words that no seed has ever held", created=stamp,
                             modified=stamp))
    window = MainWindow(Archive.open(archive_path), settings, annotations=db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.annotator.book.get("gone").status == ORPHANED)
    tab = window.annotations_tab
    tab.orphaned.setChecked(True)
    qtbot.waitUntil(lambda: [a.id for a in tab.shown()] == ["gone"])
    window.close()
    window.archive.close()


def test_newer_annotations_database_is_refused_with_a_message(
        qtbot: QtBot, archive_path: Path, settings: ViewerSettings, tmp_path: Path) -> None:
    db = tmp_path / "newer.sqlite"
    AnnotationStore.open(db).close()
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    window = MainWindow(Archive.open(archive_path), settings, annotations=db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.last_error is not None)
    assert "newer version of Somos Archive" in window.last_error.text()
    window.last_error.close()
    window.annotator.tag_record()  # says why annotating is off, and changes nothing
    window.close()
    window.archive.close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1


def test_read_only_annotations_are_listed_and_changes_refused_with_a_message(
        qtbot: QtBot, archive_path: Path, settings: ViewerSettings, tmp_path: Path) -> None:
    """On a read-only medium the viewer said "cannot be read … move it away"."""
    from tests.bad_archives import permissions_bind, restore_permissions

    medium = tmp_path / "medium"
    medium.mkdir()
    db = medium / "annotations.sqlite"
    stamp = now()
    kept = Annotation(id=new_id(), kind="record", record_table="people", record_id=1,
                      record_title="Someone", note="kept safe", created=stamp, modified=stamp)
    with AnnotationStore.open(db) as store:
        store.add(kept)
    medium.chmod(0o555)
    try:
        window = MainWindow(Archive.open(archive_path), settings, annotations=db)
        qtbot.addWidget(window)
        with permissions_bind():  # the file is opened (to read only) now
            assert window.annotator.book.available
        window.show()
        assert window.last_error is None
        model = window.annotator.tab.model
        qtbot.waitUntil(lambda: model.rowCount() == 1)
        assert model.data(model.index(0, 0), RecordRole).id == kept.id
        window.annotator.edit(kept)
        assert window.last_error is not None
        said = window.last_error.text()
        assert "is read-only: your annotations can be read but not changed" in said
        assert window.last_error.windowTitle() == "Annotations are read-only"
        window.last_error.close()
        assert window.annotator.book.undo_stack.count() == 0
        window.close()
        window.archive.close()
        assert sorted(p.name for p in medium.iterdir()) == ["annotations.sqlite"]
    finally:
        restore_permissions(medium)


def test_a_selection_in_the_original_text_maps_to_the_same_characters(
        window: MainWindow, qtbot: QtBot) -> None:
    _open_news(window, qtbot)
    window.reader.original.setChecked(True)
    _select(window, PASSAGE)
    source = next(s for s in window.archive.sources() if s.file == NEWS)
    start = window.archive.source_text(source.id).index(PASSAGE)
    assert window.reader.selected_range() == (start, start + len(PASSAGE))
    window.reader.original.setChecked(False)
    _select(window, PASSAGE)
    assert window.reader.selected_range() == (start, start + len(PASSAGE))


def test_a_selection_in_a_cleaned_infobox_row_maps_to_the_seeds_own_words(
        qtbot: QtBot, archive: Archive) -> None:
    from viewer.gui.reading.source_reader import SourceReader

    reader = SourceReader(archive)
    qtbot.addWidget(reader)
    source = next(s for s in archive.sources() if s.file == "002_f5f1698f56caee8b.txt")
    text = archive.source_text(source.id)
    reader.show_source(source.id)
    for shown, stated in (("Created by James Schamus", "Created byJames Schamus"),
                          ("Starring Jero Medina",
                           "Starring\n  • Mercedes Hernández\n  • Jero Medina")):
        reader.browser.setTextCursor(reader.browser.document().find(shown))
        where = reader.selected_range()
        assert where is not None and text[where[0]:where[1]] == stated


def test_opening_a_rebuilt_archive_moves_annotations_with_their_words(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    import shutil

    from tests.conftest import SEEDS
    from viewer.archive.build import build_archive

    _open_news(window, qtbot)
    _select(window, PASSAGE)
    _annotate_by_keyboard(window, qtbot, "moves", "")
    (before,) = window.annotator.book.all()
    seeds = Path(shutil.copytree(SEEDS, tmp_path / "seeds"))
    seed = seeds / NEWS
    text = seed.read_text(encoding="utf-8")
    added = "A sentence added above the passage by a later edit of the seed.\n\n"
    at = text.index("The six-episode")
    seed.write_text(text[:at] + added + text[at:], encoding="utf-8")
    build_archive(seeds, tmp_path / "rebuilt.sqlite", allow_changed_seeds=True)
    assert window.open_archive(tmp_path / "rebuilt.sqlite")
    book = window.annotator.book
    qtbot.waitUntil(lambda: book.get(before.id).start == before.start + len(added))
    assert "1 moved with their words, 0 orphaned" in window.statusBar().currentMessage()
    _open_news(window, qtbot)
    assert window.reader.highlighted_spans(ANNOTATION_COLOR) == [PASSAGE]


def test_at_800_by_600_the_annotations_tab_fits_beside_the_detail_pane(
        window: MainWindow, qtbot: QtBot) -> None:
    window.resize(800, 600)
    window.tabs.setCurrentIndex(window.tab_index("annotations"))
    qtbot.waitUntil(lambda: window.annotations_tab.isVisible())
    QApplication.processEvents()
    # Half of an 800-pixel window: the detail pane and the reader take the other half.
    assert window.annotations_tab.minimumSizeHint().width() <= 400
    assert window.width() == 800


def _open_at_casting(window: MainWindow, qtbot: QtBot) -> tuple[int, str, int]:
    """The encyclopedia page opened at its "Casting Process" passage, whose section title the
    seed states as a line of its own and the archive keeps only as the passage's section:
    the source's id, its text and where the title's line starts."""
    source = next(s for s in window.archive.sources() if s.file == "002_f5f1698f56caee8b.txt")
    text = window.archive.source_text(source.id)
    title = text.index("\n\nCasting Process\n\n") + 2
    with qtbot.waitSignal(window.reader.spans_shown, timeout=10_000):
        window.reader.show_spans(source.id, [(title + 40, title + 60)])
    assert window.reader.highlighted_ranges
    return source.id, text, title


def test_a_selected_section_title_is_annotated_as_the_seeds_own_line(
        window: MainWindow, qtbot: QtBot) -> None:
    """The reader draws the title over the passage: selected, it annotated the highlighted
    passage instead ("Non-professionals"), silently."""
    _source, text, title = _open_at_casting(window, qtbot)
    _select(window, "Casting Process")
    assert window.reader.selected_range() == (title, title + len("Casting Process"))
    window.annotator.annotate_selection()
    dialog = window.annotator.dialog
    assert dialog is not None
    dialog.accept()
    (saved,) = window.annotator.book.all()
    assert (saved.exact, saved.start) == ("Casting Process", title)
    assert text[saved.start:saved.end] == "Casting Process"
    qtbot.waitUntil(lambda: "Casting Process" in window.reader.highlighted_spans(
        ANNOTATION_COLOR))
    assert "Casting Process" not in window.reader.highlighted_spans()  # not a provenance mark


def test_a_selection_of_the_readers_own_words_is_refused_with_a_message(
        window: MainWindow, qtbot: QtBot) -> None:
    _open_at_casting(window, qtbot)
    _select(window, "later passages are not shown here")
    assert window.reader.selected_range() is None
    window.annotator.annotate_selection()
    assert window.annotator.dialog is None  # the highlighted passage is not annotated
    assert "not the document's" in window.statusBar().currentMessage()


def test_enter_opens_the_first_annotation_when_only_annotations_match(
        window: MainWindow, qtbot: QtBot) -> None:
    """Searching "check" listed the tagged record's annotation, and Enter did nothing."""
    records = iter(window.archive.iter_records("cast"))
    tagged, other = next(records), next(records)
    _tag_first_cast_credit(window, qtbot, "check later")
    with qtbot.waitSignal(window.detail.record_shown, timeout=10_000):
        window.navigate("cast", other.id)
    _search_both(window, qtbot, "check")
    assert window.search_panel.model.rowCount() == 0
    with qtbot.waitSignal(window.detail.record_shown, timeout=10_000):
        QTest.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.detail.record is not None and window.detail.record.id == tagged.id
    results = window.annotator.results
    assert results is not None and results.view.currentIndex().row() == 0


def test_enter_before_the_annotations_are_counted_opens_the_first_when_they_are(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The annotations are counted on another thread, often after the records: Enter pressed
    between the two did nothing (seen as a flaky test once the count left the GUI thread)."""
    records = iter(window.archive.iter_records("cast"))
    tagged, other = next(records), next(records)
    _tag_first_cast_credit(window, qtbot, "check later")
    with qtbot.waitSignal(window.detail.record_shown, timeout=10_000):
        window.navigate("cast", other.id)
    reads, held = window.annotator.reads, []
    search = reads.search
    monkeypatch.setattr(reads, "search", lambda *args: held.append(args))  # the count is late
    with qtbot.waitSignal(window.search_panel.results_shown, timeout=10_000):
        window.search_box.setText("check")
    assert window.search_panel.model.rowCount() == 0 and held
    QTest.keyClick(window.search_box, Qt.Key.Key_Return)  # before the annotations are counted
    with qtbot.waitSignal(window.detail.record_shown, timeout=10_000):
        search(*held[-1])
    assert window.detail.record is not None and window.detail.record.id == tagged.id
