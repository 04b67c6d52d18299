"""Issue 28: the viewer as a researcher uses it — keyboard, reader, filter and export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QTextBlock
from PySide6.QtWidgets import QApplication, QFrame, QLineEdit, QMenu, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import production_notes_in_reader
from viewer.archive.schema import sort_key
from viewer.archive.store import Archive
from viewer.archive.tables import TABLE_SPECS
from viewer.gui.reading.detail_pane import DetailPane
from viewer.gui.reading.marks import FIND_CURRENT_COLOR
from viewer.gui.reading.source_reader import SourceReader
from viewer.gui.tables.export_dialog import ExportDialog
from viewer.gui.tables.export_request import ExportRequest
from viewer.gui.tables.filter_highlight import FilterHighlight
from viewer.gui.tables.models import PLACEHOLDER
from viewer.gui.tables.record_tab import RecordTab
from viewer.gui.window.actions import (
    ACTIONS,
    ActionSpec,
    shortcut_rows,
    shortcut_text,
    shortcuts_markdown,
)
from viewer.gui.window.main_window import MainWindow
from viewer.gui.window.settings import ViewerSettings

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
    qtbot.keyClicks(dialog.path_field, "/")
    assert dialog.path() is None  # a folder, not a file: no ValueError from with_suffix
    qtbot.keyClicks(dialog.path_field, f"{tmp_path.relative_to('/')}/ca")
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


# -- 2. the window's shortcuts work from every field -----------------------------------------


@pytest.mark.parametrize("field", ["search", "filter"])
def test_ctrl_e_exports_from_the_search_box_and_a_filter(
        qtbot: QtBot, window: MainWindow, cast_tab: RecordTab, field: str) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    edit = window.search_box if field == "search" else cast_tab.filter
    edit.setFocus()
    qtbot.keyClicks(edit, "chayo")
    if field == "search":
        qtbot.waitUntil(lambda: window.search_panel.model.rowCount() > 0)
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    qtbot.keyClick(edit, Qt.Key.Key_E, CTRL)
    dialog = window.export_run.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert edit.cursorPosition() == 0  # the field did not take the key as "end of line"
    dialog.reject()


def test_editing_keys_stay_with_the_field(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "benjamin")
    qtbot.keyClick(window.search_box, Qt.Key.Key_A, CTRL)
    assert window.search_box.selectedText() == "benjamin"


class _X11LineEdit(QLineEdit):
    """A line edit that claims Ctrl+E and Ctrl+K as Qt's does under the X11 keyboard scheme
    (GNOME, KDE: end of line, delete to the end); the offscreen platform's scheme claims
    neither, so without this the test could not fail."""

    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.modifiers() == CTRL and event.key() in (Qt.Key.Key_E, Qt.Key.Key_K)):
            event.accept()
            return True
        return super().event(event)


def test_a_field_that_claims_ctrl_e_still_lets_the_window_export(
        qtbot: QtBot, window: MainWindow, cast_tab: RecordTab) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    field = _X11LineEdit(cast_tab)
    cast_tab.layout().addWidget(field)
    window.window_keys.watch(field)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_E, CTRL)
    dialog = window.export_run.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()


# -- 3. the tab filter: words as prefixes, matches marked ------------------------------------


@pytest.mark.parametrize("typed", ["hern", "Merc", "merc hern"])
def test_the_filter_finds_a_word_being_typed_and_marks_it(
        qtbot: QtBot, cast_tab: RecordTab, typed: str) -> None:
    cast_tab.filter.setText(typed)
    cast_tab.apply_filter()
    qtbot.waitUntil(lambda: not cast_tab.is_busy())
    model = cast_tab.model
    rows = [model.record(r) for r in range(model.rowCount())]
    assert any("Mercedes Hernández" in str(r) for r in rows), typed
    hits = [model.index(r, c) for r in range(model.rowCount())
            for c in range(model.columnCount())
            if "Mercedes Hernández" in str(model.index(r, c).data())]
    spans = cast_tab.highlight.match_spans(hits[0])
    text = str(hits[0].data())
    marked = [text[a:b] for a, b in spans]
    assert any(m.lower().startswith(typed.split()[0].lower()) for m in marked), marked
    cast_tab.view.grab()  # the marks paint


def test_an_unfiltered_tab_marks_nothing(cast_tab: RecordTab) -> None:
    """Until a filter is typed Qt's own delegate paints the rows: there is nothing to mark."""
    assert cast_tab.highlight is None
    assert not isinstance(cast_tab.view.itemDelegate(), FilterHighlight)


def test_a_filter_cleared_marks_nothing(qtbot: QtBot, cast_tab: RecordTab) -> None:
    cast_tab.filter.setText("hern")
    cast_tab.apply_filter()
    qtbot.waitUntil(lambda: not cast_tab.is_busy())
    assert cast_tab.view.itemDelegate() is cast_tab.highlight is not None
    cast_tab.filter.clear()
    cast_tab.apply_filter()
    qtbot.waitUntil(lambda: not cast_tab.is_busy())
    assert cast_tab.highlight.match_spans(cast_tab.model.index(0, 0)) == []


# -- 4. the reader keeps each attribution with its quote; infobox labels once -------------


@pytest.fixture
def reader(qtbot: QtBot, archive: Archive) -> SourceReader:
    widget = SourceReader(archive)
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    return widget


def _block_with(reader: SourceReader, words: str) -> QTextBlock:
    doc = reader.browser.document()
    block = doc.begin()
    while block.isValid():
        if words in block.text():
            return block
        block = block.next()
    raise AssertionError(f"no block holds {words!r}")


def test_a_quote_s_attribution_sits_with_the_quote_above_it(
        reader: SourceReader, archive: Archive) -> None:
    notes = next(s.id for s in archive.sources() if "Production Notes" in s.title)
    reader.show_source(notes)
    reader.show_whole_document()
    attribution = _block_with(reader, "Janet Rodriguez (Second Assistant Director)")
    quote, following = attribution.previous(), attribution.next()
    assert quote.text().startswith("I love the name")
    layout = reader.browser.document().documentLayout()
    above = layout.blockBoundingRect(attribution).top() - layout.blockBoundingRect(quote).bottom()
    below = (layout.blockBoundingRect(following).top()
             - layout.blockBoundingRect(attribution).bottom())
    assert above < below  # closer to its own quote than to the next speaker's
    assert attribution.blockFormat().alignment() & Qt.AlignmentFlag.AlignRight


def test_an_infobox_label_is_drawn_once_for_its_values(
        reader: SourceReader, archive: Archive) -> None:
    reader.show_source(3)
    second = _block_with(reader, "Starring Jero Medina")
    first = _block_with(reader, "Starring Mercedes Hernández")
    drawn = {}
    for block in (first, second):
        it = block.begin()
        shown = ""
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().foreground().color().alpha() != 0:
                shown += fragment.text()
            it += 1
        drawn[block.text()] = shown.strip()
    assert drawn == {"Starring Mercedes Hernández": "Starring Mercedes Hernández",
                     "Starring Jero Medina": "Jero Medina"}


# -- 5. the passage stays in view; find in document --------------------------------------


def _late_quote_span(archive: Archive) -> tuple[int, int, int]:
    notes = next(s.id for s in archive.sources() if "Production Notes" in s.title)
    quote = [e for e in archive.source_excerpts(notes)
             if getattr(e, "kind", "") == "quote"][12]
    return notes, quote.start, quote.start + 40


def test_the_highlighted_passage_stays_in_view_when_the_reader_is_resized(
        qtbot: QtBot, reader: SourceReader, archive: Archive) -> None:
    reader.resize(900, 500)
    source_id, start, end = _late_quote_span(archive)
    reader.show_spans(source_id, [(start, end)])
    qtbot.waitUntil(lambda: reader.anchor_in_view() and reader._anchor is not None)
    for size in ((260, 500), (900, 300), (420, 700)):
        reader.resize(*size)
        qtbot.waitUntil(reader.anchor_in_view)
        qtbot.wait(5)  # a turn of the loop: the view must not drift away after
        assert reader.anchor_in_view(), size


def test_ctrl_f_in_the_reader_finds_in_the_document_and_f3_steps(
        qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    reader = window.reader
    production_notes_in_reader(window, qtbot)
    reader.browser.setFocus()
    qtbot.waitUntil(reader.browser.hasFocus)
    qtbot.keyClick(reader.browser, Qt.Key.Key_F, CTRL)
    assert reader.find_field.hasFocus() and not window.search_box.hasFocus()
    qtbot.keyClicks(reader.find_field, "dona chayo")
    assert reader.current_find().lower() in ("doña chayo",)
    first = reader.find_count.text()
    assert first.startswith("1 of ")
    qtbot.keyClick(reader.find_field, Qt.Key.Key_F3)
    assert reader.find_count.text().startswith("2 of ")
    qtbot.keyClick(reader.find_field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert reader.find_count.text() == first
    qtbot.keyClick(reader.find_field, Qt.Key.Key_Return)
    assert reader.find_count.text().startswith("2 of ")
    qtbot.keyClick(reader.find_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert reader.find_count.text() == first
    qtbot.keyClick(reader.find_field, Qt.Key.Key_Escape)
    assert not reader.finding() and reader.browser.hasFocus()
    qtbot.keyClick(reader.browser, Qt.Key.Key_F, CTRL)
    assert reader.finding()
    window.search_box.setFocus()
    qtbot.keyClick(window.search_box, Qt.Key.Key_F, CTRL)  # outside the reader: search
    assert window.search_box.hasFocus()


# -- 6. keyboard and focus ------------------------------------------------------------------


def _focus_chain(qtbot: QtBot, window: MainWindow, start: QWidget, steps: int) -> list[QWidget]:
    start.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(start.hasFocus)
    seen = [start]
    for _ in range(steps):
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_tab_follows_the_layout_from_search_to_reader(
        qtbot: QtBot, window: MainWindow, cast_tab: RecordTab) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    detail, reader = window.detail, window.reader
    chain = _focus_chain(qtbot, window, window.search_box, 9)
    order = [window.search_box, cast_tab.filter, cast_tab.view, detail, reader.browser]
    positions = [chain.index(w) for w in order]  # each is reached, in this order
    assert positions == sorted(positions), [type(w).__name__ for w in chain]
    # and Shift+Tab walks back
    cast_tab.view.setFocus()
    qtbot.waitUntil(cast_tab.view.hasFocus)
    qtbot.keyClick(cast_tab.view, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() in (cast_tab.filter,)


def test_tab_in_a_table_leaves_it_and_keeps_the_selection(
        qtbot: QtBot, window: MainWindow, cast_tab: RecordTab) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    view = cast_tab.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    selected = cast_tab.selected_rows()
    assert selected
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert not view.hasFocus()
    assert cast_tab.selected_rows() == selected


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")
def test_the_focused_table_shows_a_focus_frame(
        qtbot: QtBot, window: MainWindow, cast_tab: RecordTab) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    view = cast_tab.view
    window.search_box.setFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    unfocused = view.grab().toImage().pixelColor(0, view.height() // 2)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    focused = view.grab().toImage().pixelColor(0, view.height() // 2)
    assert focused != unfocused
    assert focused == view.palette().color(QPalette.ColorRole.Highlight)
    menu = QMenu(view)  # as the rows' right-click menu: it takes the keys, not the focus
    menu.addAction("x")
    menu.popup(view.mapToGlobal(view.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    assert view.hasFocus()
    assert view.grab().toImage().pixelColor(0, view.height() // 2) == focused
    menu.hide()


def _frame_colour(view: QWidget) -> QColor:
    """The colour of the view's left frame, halfway down."""
    return view.grab().toImage().pixelColor(0, view.height() // 2)


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")
def test_tab_from_a_table_into_the_detail_pane_and_the_reader_shows_a_focus_frame(
        qtbot: QtBot, window: MainWindow, cast_tab: RecordTab) -> None:
    """The detail pane and the reader's text drew no sign of the focus: Tab from a table
    seemed to go nowhere. They are framed as the tables are, nothing moving."""
    window.activateWindow()
    qtbot.waitActive(window)
    view, detail, text = cast_tab.view, window.detail, window.reader.browser
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    before = {w: (w.frameShape(), w.frameWidth(), w.contentsRect(), _frame_colour(w))
              for w in (detail, text)}
    for shape, width, _inside, colour in before.values():
        assert (shape, width) == (QFrame.Shape.Box, 2)
        assert colour != highlight
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.waitUntil(detail.hasFocus)
    assert _frame_colour(detail) == highlight
    assert detail.contentsRect() == before[detail][2]  # the frame was there, unlit
    assert _frame_colour(view) != highlight
    text.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(text.hasFocus)
    assert _frame_colour(text) == highlight
    assert _frame_colour(detail) == before[detail][3]
    assert text.contentsRect() == before[text][2]
    annotations = window.annotations_tab.view  # a table too
    assert (annotations.frameShape(), annotations.frameWidth()) == (QFrame.Shape.Box, 2)


@pytest.mark.parametrize("keys", ["down", "ctrl_end", "ctrl_home"])
def test_a_row_made_current_by_the_keyboard_is_also_selected(
        qtbot: QtBot, window: MainWindow, cast_tab: RecordTab, keys: str) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    view = cast_tab.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    if keys == "ctrl_end":
        qtbot.keyClick(view, Qt.Key.Key_End, CTRL)
    elif keys == "ctrl_home":
        qtbot.keyClick(view, Qt.Key.Key_Home, CTRL)
    current = view.currentIndex().row()
    assert cast_tab.selected_rows() == [current]
    _table, records = window.selected_records()
    assert [r.id for r in records] == [cast_tab.model.record(current).id]


def test_back_and_forward_move_the_highlighted_row(
        qtbot: QtBot, window: MainWindow, cast_tab: RecordTab) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    view = cast_tab.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    first = view.currentIndex().row()
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    last = view.currentIndex().row()
    assert last != first
    for _ in range(3):
        window.go_back()
    assert view.currentIndex().row() == first
    assert cast_tab.selected_rows() == [first]
    window.go_forward()
    assert view.currentIndex().row() == first + 1
    assert cast_tab.selected_rows() == [first + 1]


def test_chart_marks_are_reached_by_the_keyboard(
        qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    window.tabs.setCurrentIndex(window.tab_index("views"))
    views = window.views_tab
    qtbot.waitUntil(lambda: not views.is_busy())
    chart = views.current_chart()
    chart.finish_drawing()
    chart.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(chart.hasFocus)
    item = chart.focused_item()
    assert item is not None  # a mark is in focus as soon as the chart is
    table, record_id = chart.record_of(item)
    with qtbot.waitSignal(views.record_activated) as shown:
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert shown.args == [table, record_id]


# -- 9. the smaller things ------------------------------------------------------------------


@pytest.fixture
def pane(qtbot: QtBot, archive: Archive) -> DetailPane:
    widget = DetailPane(archive=archive)
    qtbot.addWidget(widget)
    return widget


def test_relation_headings_are_not_pluralised_wrongly(pane: DetailPane,
                                                      archive: Archive) -> None:
    fact = next(f for f in archive.page("facts", limit=200).records
                if sum(1 for lk in archive.related("facts", f.id)) > 1)
    pane.show_record("facts", fact.id)
    assert "Same fact elsewhere" in pane.toPlainText()
    assert "elsewheres" not in pane.toPlainText()
    storyline = archive.page("storylines", limit=10).records[0]
    pane.show_record("storylines", storyline.id)
    assert "Casts" not in pane.toPlainText() and "Cast" in pane.toPlainText()


def test_a_mention_in_several_places_is_one_line_with_a_link_to_each(
        pane: DetailPane, archive: Archive) -> None:
    chema = next(c for c in archive.page("characters", limit=200).records
                 if getattr(c, "name", "") == "Chema")
    mentions = [lk for lk in archive.related("characters", chema.id)
                if lk.relation == "mention"]
    labels = [lk.label for lk in mentions]
    repeated = next(label for label in labels if labels.count(label) > 1)
    pane.show_record("characters", chema.id)
    assert pane.toPlainText().count(repeated) == 1
    assert {f"record:excerpts/{lk.id}" for lk in mentions} <= set(pane.link_urls())


def test_provenance_snippets_show_words_not_markdown(pane: DetailPane,
                                                     archive: Archive) -> None:
    for table in ("storylines", "quotes", "facts", "characters"):
        for record in archive.page(table, limit=200).records:
            pane.show_record(table, record.id)
            text = pane.toPlainText()
            where = text[text.find("Where the sources say it"):]
            assert "**" not in where and "<u>" not in where and "*Somos" not in where, (
                table, record.id)


def test_the_status_follows_the_chart_in_view(qtbot: QtBot, window: MainWindow) -> None:
    window.tabs.setCurrentIndex(window.tab_index("views"))
    views = window.views_tab
    for key in ("storylines", "timeline", "storylines", "credits"):
        views.show_chart(key)
        qtbot.waitUntil(lambda: not views.is_busy())
        assert window.count_label.text() == views.status_text(), key


def test_a_lone_quote_gets_one_note(qtbot: QtBot, window: MainWindow) -> None:
    window.search_box.setText('"')
    window.search_box.flush()
    panel = window.search_panel
    qtbot.waitUntil(lambda: not panel._pending)
    shown = [t for t in (panel.summary.text(), panel.empty.text(),
                         panel.notice.text() if panel.notice.isVisible() else "") if t]
    assert not any("Nothing in the archive matches" in t for t in shown)
    assert sum("Type a word" in t for t in shown) >= 1
    assert not panel.notice.isVisible()


def test_the_export_note_names_files_only_for_tables_with_hits(
        qtbot: QtBot, window: MainWindow) -> None:
    window.search_box.setText("chayo")
    window.search_box.flush()
    panel = window.search_panel
    qtbot.waitUntil(lambda: not panel._pending and panel.model.rowCount() > 0)
    hit_tables = {panel.model.hit(r).table for r in range(panel.model.rowCount())}
    window.export_selection()
    dialog = window.export_run.dialog
    assert dialog is not None
    note = dialog.note.text()
    named = {t for t in TABLE_SPECS if f"-{t}." in note}
    assert named and named <= hit_tables, (named, hit_tables)
    dialog.reject()


def test_the_chart_save_dialog_starts_in_the_folder_used_last(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.tabs.setCurrentIndex(window.tab_index("views"))
    views = window.views_tab
    timeline = views.show_chart("timeline")
    qtbot.waitUntil(lambda: not views.is_busy() and timeline.data is not None)
    folder = tmp_path / "charts"
    folder.mkdir()
    dialog = timeline.save_dialog("png")
    dialog.fileSelected.emit(str(folder / "timeline.png"))
    dialog.close()
    assert (folder / "timeline.png").stat().st_size > 0
    other = views.charts["credits"].save_dialog("svg")
    assert Path(other.directory().absolutePath()) == folder
    other.close()
    assert window.settings.last_export_folder == folder  # and the next session's


def test_episodes_give_room_to_the_title_not_the_last_column(
        qtbot: QtBot, window: MainWindow) -> None:
    episodes = window.record_tab("episodes")
    window.tabs.setCurrentWidget(episodes)
    qtbot.waitUntil(lambda: not episodes.is_busy())
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: episodes._fitted_to > 0)
    episodes._auto_widths()
    header = episodes.view.horizontalHeader()
    model = episodes.model
    title = next(c for c in range(model.columnCount()) if model.column_title(c) == "Title")
    last = model.columnCount() - 1
    metrics = episodes.view.fontMetrics()
    longest = max(metrics.horizontalAdvance(str(model.index(r, title).data()))
                  for r in range(model.rowCount()))
    assert header.sectionSize(title) >= longest
    assert header.sectionSize(last) < header.sectionSize(title)


def test_at_800_by_600_every_chart_tab_is_in_sight(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(800, 600)
    window.tabs.setCurrentIndex(window.tab_index("views"))
    views = window.views_tab
    qtbot.waitUntil(lambda: views.tabs.tabBar().width() > 0)
    bar = views.tabs.tabBar()
    for i in range(bar.count()):
        assert bar.rect().contains(bar.tabRect(i)), (i, bar.tabRect(i), bar.rect())


def test_somos_viewer_accepts_archive_as_an_option(archive_path: Path) -> None:
    import viewer.__main__ as entry

    args = entry._parse(["--archive", str(archive_path)])
    assert args.archive == archive_path
    assert entry._parse([str(archive_path)]).archive == archive_path
    with pytest.raises(SystemExit):
        entry._parse(["--archive", str(archive_path), "other.sqlite"])


# -- 10. help -------------------------------------------------------------------------------

README = Path(__file__).resolve().parents[2] / "README.md"


def test_help_lists_every_shortcut_from_the_actions_registry(
        qtbot: QtBot, window: MainWindow) -> None:
    help_menu = next(m for m in window.menuBar().findChildren(QMenu)
                     if m.objectName() == "helpMenu")
    texts = [a.text() for a in help_menu.actions()]
    assert "&Keyboard Shortcuts" in texts and "&Provenance and Disagreements" in texts
    window.actions_by_key["shortcuts"].trigger()
    dialog = window.help_dialog
    assert dialog is not None and dialog.isVisible()
    shown = dialog.findChild(QTextBrowser).toPlainText()
    for spec in ACTIONS:
        for shortcut in spec.shortcuts:
            assert shortcut_text(shortcut) in shown, (spec.key, shortcut)
        if spec.shortcuts:
            assert (spec.help or spec.tip) in shown
    # The menu, the window's title and the heading over the list say it alike, in Title
    # Case as menus are (the heading said "Keyboard shortcuts").
    menu_words = window.actions_by_key["shortcuts"].text().replace("&", "")
    assert dialog.windowTitle() == menu_words == "Keyboard Shortcuts"
    assert shown.splitlines()[0] == menu_words
    dialog.close()


def test_the_readme_table_is_the_registry_s(qapp: QApplication) -> None:
    assert shortcuts_markdown() in README.read_text(encoding="utf-8")


def test_a_command_added_to_the_registry_is_listed_without_typing_it_twice() -> None:
    extra = ActionSpec("x", "&X", ("Ctrl+Shift+X",), "close", "&File", None, "", "do x")
    assert ("Ctrl+Shift+X", "do x") in shortcut_rows((*ACTIONS, extra))


def test_the_guide_explains_provenance_and_disagreements(
        qtbot: QtBot, window: MainWindow) -> None:
    window.actions_by_key["guide"].trigger()
    dialog = window.help_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.findChild(QTextBrowser).toPlainText()
    assert "Where the sources say it" in text and "Same fact elsewhere" in text
    assert "Timeline" in text and "Original text" in text
    dialog.close()


# -- 7. sorting -------------------------------------------------------------------------------


def test_clicking_text_sorts_excerpts_accent_case_and_quote_blind(
        qtbot: QtBot, window: MainWindow) -> None:
    tab = window.record_tab("excerpts")
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.is_busy())
    model = tab.model
    text = next(c for c in range(model.columnCount()) if model.column_title(c) == "Text")
    tab.view.horizontalHeader().setSortIndicator(text, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: model.sort_key == "text" and not tab.is_busy())
    texts = [model.record(r).text for r in range(model.rowCount())]
    assert [sort_key(t) for t in texts] == sorted(sort_key(t) for t in texts)
    quoted = next(i for i, t in enumerate(texts) if t.startswith("“"))
    assert sort_key(texts[quoted])[0] == texts[quoted][1].lower()  # among its first letter's


# -- 8. big tables: rows being read say so ---------------------------------------------------


def test_rows_not_read_yet_say_they_are_being_read_then_fill(
        qtbot: QtBot, archive_path: Path, settings: ViewerSettings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.gui.test_main_window import _excerpts_in_pages

    window, tab = _excerpts_in_pages(qtbot, archive_path, settings, monkeypatch)
    model = tab.model
    assert model.rowCount() == window.archive.count("excerpts")  # every row a row, from the start
    middle = model.rowCount() // 2
    assert model.id_in_memory(middle) is None
    shown = model.data(model.index(middle, 0))
    assert isinstance(shown, str) and shown == PLACEHOLDER  # not a blank row
    assert model.data(model.index(middle, 1)) is None
    tab.view.scrollTo(model.index(middle, 0))
    expected = [r.id for r in window.archive.iter_records("excerpts")]
    qtbot.waitUntil(lambda: model.id_in_memory(middle) == expected[middle])
    assert model.data(model.index(middle, 0)) != PLACEHOLDER
    window.close()
    window.archive.close()


def test_the_current_match_stays_in_view_as_the_find_line_opens(
        qtbot: QtBot, reader: SourceReader, archive: Archive) -> None:
    reader.resize(500, 260)
    source_id, start, end = _late_quote_span(archive)
    reader.show_spans(source_id, [(start, end)])
    reader.start_find()
    qtbot.keyClicks(reader.find_field, "Allende")
    qtbot.keyClick(reader.find_field, Qt.Key.Key_Return)
    current = reader.current_find()
    assert current.lower() == "allende"
    qtbot.wait(20)  # the find line's layout settles
    reader.resize(480, 240)
    qtbot.wait(20)
    selection = next(sel for sel in reader.browser.extraSelections()
                     if sel.format.background().color() == FIND_CURRENT_COLOR)
    rect = reader.browser.cursorRect(selection.cursor)
    assert 0 <= rect.top() < reader.browser.viewport().height()
