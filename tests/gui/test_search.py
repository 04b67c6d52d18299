"""The global search box: as-you-type, ranked, highlighted, forgiving, and never in the way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from viewer.archive import search
from viewer.archive.records.credits import Person
from viewer.archive.records.navigation import Hit
from viewer.archive.records.story import Character
from viewer.archive.search import SearchResult
from viewer.gui.tables.models import SearchResultsModel, SnippetRole
from viewer.gui.window.main_window import MainWindow


def _titles(window: MainWindow) -> list[str]:
    model = window.search_panel.model
    return [model.data(model.index(r, 1)) for r in range(model.rowCount())]


def _search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.search_box.clear()
    with qtbot.waitSignal(window.search_panel.results_shown, timeout=5000):
        qtbot.keyClicks(window.search_box, text)


def test_typing_benjamin_lists_the_cast_record_first(qtbot: QtBot, window: MainWindow) -> None:
    _search(qtbot, window, "Benjamin")
    assert "Jero Medina as Benjamín" in _titles(window)
    model = window.search_panel.model
    row = _titles(window).index("Jero Medina as Benjamín")
    assert model.data(model.index(row, 0)) == "Cast"
    snippet = model.data(model.index(row, SearchResultsModel.SNIPPET_COLUMN), SnippetRole)
    assert "<b>Benjamín</b>" in snippet
    assert window.browse_stack.currentWidget() is window.search_panel
    assert "results for “Benjamin”" in window.count_label.text()


def test_the_status_says_how_many_results_are_selected_when_more_than_one(
        qtbot: QtBot, window: MainWindow) -> None:
    _search(qtbot, window, "Benjamin")
    panel = window.search_panel
    assert panel.model.rowCount() >= 3
    panel.view.selectRow(0)
    assert "selected" not in window.count_label.text()  # one: the detail pane shows it
    panel.view.selectAll()
    assert window.count_label.text() == (
        f"{panel.summary.text()} · {panel.model.rowCount():,} selected")
    panel.view.clearSelection()
    assert window.count_label.text() == panel.summary.text()


def test_accents_and_case_never_matter(qtbot: QtBot, window: MainWindow) -> None:
    _search(qtbot, window, "dona chayo")
    assert any("Doña Chayo" in title for title in _titles(window))


def test_prefix_search_finds_longer_words(qtbot: QtBot, window: MainWindow) -> None:
    _search(qtbot, window, "Benjam*")
    assert "Jero Medina as Benjamín" in _titles(window)


def test_a_malformed_query_shows_a_quiet_notice_not_an_error(qtbot: QtBot,
                                                             window: MainWindow) -> None:
    _search(qtbot, window, '"Benjamin (')
    notice = window.search_panel.notice
    assert notice.isVisibleTo(window) and "ignored" in notice.text()
    assert window.last_error is None


def test_no_results_shows_a_clear_empty_state(qtbot: QtBot, window: MainWindow) -> None:
    _search(qtbot, window, "xyzzyquux")
    panel = window.search_panel
    assert panel.model.rowCount() == 0
    assert panel.stack.currentWidget() is panel.empty
    assert "Nothing in the archive matches" in panel.empty.text()
    assert panel.summary.text() == "No results for “xyzzyquux”"


def test_stale_results_are_dropped(qtbot: QtBot, window: MainWindow) -> None:
    _search(qtbot, window, "Benjamin")
    before = _titles(window)
    stale = SearchResult("old", [Hit("cast", 2, "Somebody Else", "x", "a.txt", -1.0)])
    window.workers.search_finished.emit(0, stale)  # generation 0 is long gone
    assert _titles(window) == before


def test_enter_opens_the_first_result_in_the_detail_pane(qtbot: QtBot,
                                                         window: MainWindow) -> None:
    qtbot.keyClicks(window.search_box, "Benjamin")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)  # before the debounce has fired
    qtbot.waitUntil(lambda: window.detail.record is not None)
    # The character before the credit that plays him (issue 27).
    assert isinstance(window.detail.record, Character)
    assert window.detail.record.name == "Benjamín"


def test_clicking_a_result_opens_it(qtbot: QtBot, window: MainWindow) -> None:
    _search(qtbot, window, "Benjamin")
    view = window.search_panel.view
    index = window.search_panel.model.index(1, 1)
    hit = window.search_panel.model.hit(1)
    with qtbot.waitSignal(window.detail.record_shown):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.visualRect(index).center())
    assert window.detail.table == hit.table
    assert window.detail.record is not None and window.detail.record.id == hit.id


def test_arrow_keys_in_the_results_move_the_detail_pane_along_them(
        qtbot: QtBot, window: MainWindow) -> None:
    _search(qtbot, window, "Benjamin")
    model = window.search_panel.model
    assert model.rowCount() >= 3
    with qtbot.waitSignal(window.detail.record_shown):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Down)  # into the results, on the first
    view = window.search_panel.view
    assert view.hasFocus()
    shown = []
    for _ in range(2):
        with qtbot.waitSignal(window.detail.record_shown):
            qtbot.keyClick(view, Qt.Key.Key_Down)
        assert window.detail.record is not None
        shown.append((window.detail.table, window.detail.record.id))
    assert shown == [(model.hit(r).table, model.hit(r).id) for r in (1, 2)]
    # Shift+arrow shows the new current result and keeps every result it selected.
    with qtbot.waitSignal(window.detail.record_shown):
        qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert sorted(i.row() for i in view.selectionModel().selectedRows()) == [1, 2]
    assert window.detail.record is not None and window.detail.record.id == model.hit(1).id
    # Each is a step back to take, as a row shown in a tab is.
    with qtbot.waitSignal(window.detail.record_shown):
        window.go_back()
    assert window.detail.record is not None
    assert (window.detail.table, window.detail.record.id) == (model.hit(2).table,
                                                              model.hit(2).id)


def test_f3_steps_through_the_results_from_anywhere_in_the_window(
        qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    window.find_next()  # nothing searched yet: to the search box, saying what F3 does
    qtbot.waitUntil(window.search_box.hasFocus)
    assert "F3" in window.statusBar().currentMessage()
    _search(qtbot, window, "Benjamin")
    model = window.search_panel.model
    reading = window.reader.browser
    reading.setFocus()  # reading a source: F3 moves on from there
    qtbot.waitUntil(reading.hasFocus)

    def press(key: Qt.Key, modifier: Qt.KeyboardModifier) -> tuple[str | None, int | None]:
        with qtbot.waitSignal(window.detail.record_shown):
            qtbot.keyClick(reading, key, modifier)
        record = window.detail.record
        return window.detail.table, record.id if record is not None else None

    no = Qt.KeyboardModifier.NoModifier
    shift = Qt.KeyboardModifier.ShiftModifier
    assert press(Qt.Key.Key_F3, no) == (model.hit(0).table, model.hit(0).id)
    assert press(Qt.Key.Key_F3, no) == (model.hit(1).table, model.hit(1).id)
    assert press(Qt.Key.Key_F3, shift) == (model.hit(0).table, model.hit(0).id)
    assert reading.hasFocus()
    with qtbot.assertNotEmitted(window.detail.record_shown, wait=100):
        window.find_previous()  # before the first: says so, changes nothing
    assert window.statusBar().currentMessage() == "That was the first result."
    assert window.search_panel.view.currentIndex().row() == 0
    last = model.rowCount() - 1
    window.search_panel.view.setCurrentIndex(model.index(last, 0))
    window.find_next()
    assert window.statusBar().currentMessage().startswith("That was the last result.")
    assert window.search_panel.view.currentIndex().row() == last


def test_escape_clears_the_search_and_returns_to_the_tables(qtbot: QtBot,
                                                            window: MainWindow) -> None:
    _search(qtbot, window, "Benjamin")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    assert window.browse_stack.currentWidget() is window.tabs


def test_ctrl_k_and_ctrl_f_focus_the_search_box(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    for key in (Qt.Key.Key_K, Qt.Key.Key_F):
        window.current_tab().view.setFocus()
        qtbot.waitUntil(lambda: window.current_tab().view.hasFocus())
        qtbot.keyClick(window.current_tab().view, key, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(window.search_box.hasFocus)


def test_a_common_word_shows_the_first_results_and_loads_more_on_request(
        qtbot: QtBot, window: MainWindow) -> None:
    from viewer.gui.search.search_panel import RESULTS_PAGE

    _search(qtbot, window, "the")
    panel = window.search_panel
    assert panel.model.rowCount() == RESULTS_PAGE
    assert panel.load_more.isVisibleTo(window) and panel.load_more.accessibleName()
    first = _titles(window)
    with qtbot.waitSignal(panel.results_shown, timeout=5000):
        qtbot.mouseClick(panel.load_more, Qt.MouseButton.LeftButton)
    assert RESULTS_PAGE < panel.model.rowCount() <= 2 * RESULTS_PAGE
    assert _titles(window)[:RESULTS_PAGE] == first  # the rows shown keep their places


def test_snippets_are_drawn_with_their_matches_marked(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtGui import QColor

    from viewer.gui.search.snippets import HIGHLIGHT_BACKGROUND, SnippetDelegate

    runs = SnippetDelegate().runs("Jero Medina as <b>Benjam&#237;n</b> &amp;\n more")
    assert runs == [("Jero Medina as ", False), ("Benjamín", True), (" & more", False)]
    _search(qtbot, window, "Benjamin")
    view = window.search_panel.view
    image = view.viewport().grab().toImage()
    rect = view.visualRect(window.search_panel.model.index(0, 2))
    marked = {image.pixelColor(x, rect.center().y()).name()
              for x in range(rect.left(), rect.right())}
    assert QColor(HIGHLIGHT_BACKGROUND).name() in marked  # the match is highlighted on screen


def test_a_search_that_is_slow_to_answer_says_it_is_searching(
        qtbot: QtBot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _search(qtbot, window, "Benjamin")
    panel = window.search_panel
    shown = panel.summary.text()
    monkeypatch.setattr(window.workers, "search", lambda *args, **kwargs: None)  # never answers
    window.search_box.setText("chayo")
    window.search_box.flush()
    assert panel.summary.text() == shown  # a quick answer would replace it without a flicker
    qtbot.waitUntil(lambda: panel.summary.text() == "Searching for “chayo”…", timeout=2000)


def test_drawing_a_snippet_marks_its_matches_and_only_them(qtbot: QtBot) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

    from viewer.gui.search.snippets import HIGHLIGHT_BACKGROUND, SnippetDelegate

    image = QImage(400, 24, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont()
    SnippetDelegate.draw_runs(painter, QRectF(image.rect()),
                              [("Jero Medina as ", False), ("Benjamín", True)], font,
                              QColor("black"))
    painter.end()
    marked = [x for x in range(image.width())
              if image.pixelColor(x, 4).name() == QColor(HIGHLIGHT_BACKGROUND).name()]
    plain = QFontMetricsF(font).horizontalAdvance("Jero Medina as ")
    assert marked, "the match is highlighted"
    assert min(marked) >= int(plain)  # ... from where the plain run ends, not before


def test_warming_up_the_results_shows_nothing_and_changes_nothing(qtbot: QtBot,
                                                                  window: MainWindow) -> None:
    panel = window.search_panel
    panel.warm_up()
    assert panel.model.rowCount() == 0 and panel.summary.text() == ""
    assert window.browse_stack.currentWidget() is window.tabs  # the tables are still in view
    _search(qtbot, window, "Benjamin")
    shown = _titles(window)
    panel.warm_up()
    assert _titles(window) == shown and window.browse_stack.currentWidget() is panel


def test_the_results_keep_their_width_whether_they_are_few_or_many(qtbot: QtBot,
                                                                   window: MainWindow) -> None:
    """A scroll bar that came and went with the results' number shifted the columns under the
    reader's eye (and had every row painted twice)."""
    window.resize(1200, 800)
    _search(qtbot, window, "Benjamin")
    panel = window.search_panel
    view = panel.view
    assert panel.model.rowCount() > 0 and view.verticalScrollBar().maximum() == 0  # all fit
    few = (view.viewport().width(), view.horizontalHeader().sectionSize(2))
    _search(qtbot, window, "the")
    assert view.verticalScrollBar().maximum() > 0  # these do not
    assert (view.viewport().width(), view.horizontalHeader().sectionSize(2)) == few


def test_a_match_far_into_its_snippet_is_still_shown_in_a_narrow_column(qtbot: QtBot) -> None:
    """The text before the match gives way ("…"), not the match: each row shows why it is
    there."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    from viewer.gui.search.snippets import HIGHLIGHT_BACKGROUND, SnippetDelegate

    image = QImage(160, 24, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    SnippetDelegate.draw_runs(painter, QRectF(image.rect()),
                              [("Stephanie Beauchef (Planner) · “Somos.” in ", False),
                               ("the", True), (" Words of Its Makers", False)],
                              QFont(), QColor("black"))
    painter.end()
    marked = [x for x in range(image.width())
              if image.pixelColor(x, 4).name() == QColor(HIGHLIGHT_BACKGROUND).name()]
    assert marked, "the match is in sight"
    assert max(marked) < image.width() - 10  # with some of what follows it


DIRECTORS = [("Directors", True), (": Álvaro Curiel (", False), ("episodes", True),
             (" 1, 2, 5 & 6), Mariana Chenillo (", False), ("episodes", True), (" ", False),
             ("3", True), (" & 4)", False)]


def test_a_snippet_cut_at_the_cells_end_ends_in_an_ellipsis_not_half_a_glyph(
        qtbot: QtBot) -> None:
    """The reviewer's "…Mariana Chenillo (episodes 3" with the 3 cut through: a run of one
    character came back from Qt's elision whole, and was drawn past the cell's end."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

    from viewer.gui.search.snippets import HIGHLIGHT_BACKGROUND, SnippetDelegate

    font = QFont()
    bold = QFont(font)
    bold.setWeight(QFont.Weight.DemiBold)
    metrics = {False: QFontMetricsF(font), True: QFontMetricsF(bold)}
    runs = [("Directors", True), (" ", False), ("3", True)]
    upto_3 = sum(metrics[m].horizontalAdvance(t) for t, m in runs[:2])
    image = QImage(int(upto_3) + 4, 24, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    SnippetDelegate.draw_runs(painter, QRectF(image.rect()), runs, font, QColor("black"))
    painter.end()
    right = image.width() - 1
    highlight = QColor(HIGHLIGHT_BACKGROUND).name()
    assert all(image.pixelColor(right - dx, y).name() != highlight
               for dx in range(3) for y in range(image.height())), "no sliver of a match"
    ellipsis = int(metrics[False].horizontalAdvance("…")) + 2
    inked = [x for x in range(image.width() - ellipsis, image.width())
             for y in range(image.height()) if image.pixelColor(x, y).lightness() < 128]
    assert inked, "an ellipsis ends the line"


def test_fitted_runs_end_in_an_ellipsis_at_a_character_within_the_room(qtbot: QtBot) -> None:
    from PySide6.QtGui import QFont, QFontMetricsF

    from viewer.gui.search.snippets import fitted_runs

    font = QFont()
    bold = QFont(font)
    bold.setWeight(QFont.Weight.DemiBold)
    metrics = {False: QFontMetricsF(font), True: QFontMetricsF(bold)}
    whole = sum(metrics[m].horizontalAdvance(t) for t, m in DIRECTORS)
    assert fitted_runs(DIRECTORS, metrics, whole + 1) == DIRECTORS  # fits: left as it is
    for room in range(20, int(whole), 7):
        fitted = fitted_runs(DIRECTORS, metrics, room)
        assert fitted[-1] == ("…", False)
        assert sum(metrics[m].horizontalAdvance(t) for t, m in fitted) <= room
        for (text, match), (original, was_match) in zip(fitted[:-1], DIRECTORS, strict=False):
            assert match == was_match and original.startswith(text)


def test_the_text_between_matches_gives_way_to_bring_the_last_in_sight(qtbot: QtBot) -> None:
    """"who directed episode 3": the directors' line was cut before the "3" it asked about."""
    from PySide6.QtGui import QFont, QFontMetricsF

    from viewer.gui.search.snippets import visible_runs

    font = QFont()
    bold = QFont(font)
    bold.setWeight(QFont.Weight.DemiBold)
    metrics = {False: QFontMetricsF(font), True: QFontMetricsF(bold)}
    room = sum(metrics[m].horizontalAdvance(t) for t, m in DIRECTORS[:6]) - 20
    shown = visible_runs(DIRECTORS, metrics, room)
    assert [t for t, m in shown if m] == ["Directors", "episodes", "episodes", "3"]
    assert sum(metrics[m].horizontalAdvance(t) for t, m in shown) <= room
    assert "…" in shown[3][0]  # the words between the matches shortened in their middle


def test_a_misspelt_name_offers_did_you_mean_and_enter_runs_it(qtbot: QtBot,
                                                                window: MainWindow) -> None:
    _search(qtbot, window, "Shamus")
    panel = window.search_panel
    assert panel.suggestion.isVisibleTo(window) and "Schamus" in panel.suggestion.text()
    assert panel.suggested == "Schamus"
    with qtbot.waitSignal(panel.results_shown, timeout=5000):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.search_box.text() == "Schamus"
    assert _titles(window)[0] == "James Schamus"
    assert not panel.suggestion.isVisibleTo(window)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)  # now Enter opens the first result
    qtbot.waitUntil(lambda: isinstance(window.detail.record, Person))


def test_clicking_the_suggestion_searches_it(qtbot: QtBot, window: MainWindow) -> None:
    _search(qtbot, window, "masacre de Allende")
    panel = window.search_panel
    assert panel.suggested == "massacre de Allende"
    with qtbot.waitSignal(panel.results_shown, timeout=5000):
        panel.suggestion.linkActivated.emit("suggestion")
    assert _titles(window)[0] == "Allende massacre"


def test_the_last_word_typed_is_a_prefix(qtbot: QtBot, window: MainWindow) -> None:
    _search(qtbot, window, "Chenil")
    assert _titles(window)[0] == "Mariana Chenillo"


def test_a_question_lists_the_episode_and_the_director_it_asks_about(
        qtbot: QtBot, window: MainWindow) -> None:
    _search(qtbot, window, "who directed episode 3")
    titles = _titles(window)[:10]
    assert titles[:3] == ["Mariana Chenillo", "Mariana Chenillo — Director",
                          "3. Tell the Moon to Come"]
    assert "About “Somos.” › Summary Details" in titles  # the passage saying so


def test_records_with_most_of_the_words_come_with_a_note(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    _search(qtbot, window, "canatlan xyzzyquux")  # keyClicks types ASCII only
    panel = window.search_panel
    assert _titles(window)[0] == "Canatlán"
    assert panel.notice.isVisibleTo(window)
    assert "left out" in panel.notice.text() and "“xyzzyquux”" in panel.notice.text()


def test_a_full_ranking_updates_the_list_in_place_keeping_the_selection(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bounded first answer (as at a million excerpts: here the window is made small
    enough for the seeds) is followed by the full ranking from the same worker job; the row
    selected meanwhile stays selected and current."""
    monkeypatch.setattr(search, "RANK_WINDOW", 3)
    panel = window.search_panel
    chosen: list[Hit] = []

    def select_third(result: SearchResult) -> None:  # on the GUI thread, before the refinement
        assert result.ranking == "window"
        assert panel.notice.text() == "Ranking every match…"
        panel.view.selectRow(2)
        chosen.append(panel.model.hit(2))

    panel.results_shown.connect(select_third)
    with qtbot.waitSignal(panel.results_refined, timeout=5000) as refined:
        qtbot.keyClicks(window.search_box, "allende")
    panel.results_shown.disconnect(select_third)
    result = refined.args[0]
    assert result is not None and result.ranking == "full"
    assert panel.model.hits() == result.hits
    assert panel.selected_hits() == chosen
    assert panel.model.hit(panel.view.currentIndex().row()) == chosen[0]
    assert panel.notice.text() != "Ranking every match…"
    assert panel.notice.isVisibleTo(window)  # emptied, not hidden: the rows stay put


def test_the_reader_marks_what_the_box_searched(qtbot: QtBot, window: MainWindow) -> None:
    """"Chenil" was searched as a prefix: the document marks "Chenillo", not nothing."""
    from viewer.gui.reading.marks import TERM_COLOR

    _search(qtbot, window, "Chenil")
    window.reader.show_source(4)  # the production notes name Mariana Chenillo

    def marked() -> set[str]:
        return {sel.cursor.selectedText().casefold()
                for sel in window.reader.browser.extraSelections()
                if sel.format.background().color() == TERM_COLOR}

    qtbot.waitUntil(lambda: bool(marked()), timeout=5000)  # the document is read off-thread
    assert marked() == {"chenillo"}


def test_a_truncated_answer_says_its_total_and_loads_only_what_is_left(
        qtbot: QtBot, window: MainWindow) -> None:
    """"massacre" said "50 results (the best 50)" and offered 50 more; 53 match in all."""
    from viewer.gui.search.search_panel import RESULTS_PAGE

    panel = window.search_panel
    window.search_box.clear()
    with qtbot.waitSignal(panel.results_shown, timeout=5000) as shown:
        qtbot.keyClicks(window.search_box, "massacre")
    total = shown.args[0].matched if shown.args else None
    assert total is not None and RESULTS_PAGE < total < 2 * RESULTS_PAGE
    assert panel.summary.text() == f"The best {RESULTS_PAGE} of {total} results for “massacre”"
    assert panel.load_more.text() == f"Load {total - RESULTS_PAGE} more results"
    with qtbot.waitSignal(panel.results_shown, timeout=5000):
        qtbot.mouseClick(panel.load_more, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == total
    assert not panel.load_more.isVisibleTo(window)
    assert panel.summary.text() == f"{total} results for “massacre”"


def test_a_total_too_large_to_count_is_not_made_up(qtbot: QtBot, window: MainWindow,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "COUNT_CAP", 10)
    _search(qtbot, window, "massacre")
    panel = window.search_panel
    assert panel.summary.text() == "The best 50 results for “massacre”; more match"
    assert panel.load_more.text() == "Load more results"
