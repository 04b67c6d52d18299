"""The reviewer's smaller findings, through the real window: Enter on a tag already in use,
Ctrl+K from the source reader, tags of two words, quotes that quote, the credits matrix's
empty cells."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QGraphicsPathItem
from pytestqt.qtbot import QtBot

from viewer.archive.records.kinds import Record
from viewer.gui.annotating.annotate_dialog import AnnotateDialog
from viewer.gui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
# The completer's list is a popup: the offscreen platform says it cannot raise it or grab
# the keyboard for it (the test sends the keys to the list, as the keyboard would).
POPUP_NOISE = pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing|propagateSizeHints)")
NEWS = "001_44e4559a90d9d777.txt"
PASSAGE = "a 2011 massacre of at least 300 people"


def _tag(window: MainWindow, qtbot: QtBot, table: str, record_id: int, tags: str,
         note: str = "") -> None:
    with qtbot.waitSignal(window.detail.record_shown, timeout=10_000):
        window.navigate(table, record_id)
    window.actions_by_key["tag_record"].trigger()
    dialog = window.annotator.dialog
    assert dialog is not None and dialog.isVisible()
    QTest.keyClicks(dialog.note_edit, note)
    QTest.keyClicks(dialog.tags_edit, tags)
    dialog.accept()


def _tag_the_next(window: MainWindow, qtbot: QtBot, tag: str
                  ) -> tuple[Record, Record, AnnotateDialog]:
    """Tag the first cast credit with ``tag``, then open the tag dialog on the second: the
    tag is one the completer now offers."""
    first, second = list(window.archive.iter_records("cast"))[:2]
    _tag(window, qtbot, "cast", first.id, tag)
    with qtbot.waitSignal(window.detail.record_shown, timeout=10_000):
        window.navigate("cast", second.id)
    window.actions_by_key["tag_record"].trigger()
    dialog = window.annotator.dialog
    assert dialog is not None and dialog.isVisible()
    return first, second, dialog


@POPUP_NOISE
def test_one_enter_on_a_tag_already_in_use_saves_and_closes_the_dialog(
        window: MainWindow, qtbot: QtBot) -> None:
    """The completer's list took Return for itself: the dialog stayed open, a second Enter
    saved. With a new tag (no list) the first Enter saved."""
    first, second, dialog = _tag_the_next(window, qtbot, "directors")
    dialog.tags_edit.setFocus()
    QTest.keyClicks(dialog.tags_edit, "directors")
    shown_list = QApplication.activePopupWidget()  # where the keyboard's keys now go
    assert shown_list is not None and shown_list is dialog.tags_edit.completer().popup()
    QTest.keyClick(shown_list, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    saved = {a.record_id: a.tags for a in window.annotator.book.all()}
    assert saved == {first.id: ("directors",), second.id: ("directors",)}


@POPUP_NOISE
def test_enter_on_a_tag_picked_from_the_list_takes_it_and_saves(
        window: MainWindow, qtbot: QtBot) -> None:
    _first, second, dialog = _tag_the_next(window, qtbot, "chronology")
    dialog.tags_edit.setFocus()
    QTest.keyClicks(dialog.tags_edit, "chr")
    shown_list = QApplication.activePopupWidget()
    assert shown_list is not None
    QTest.keyClick(shown_list, Qt.Key.Key_Down)
    QTest.keyClick(shown_list, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert {a.record_id: a.tags for a in window.annotator.book.all()}[second.id] == (
        "chronology",)


def test_ctrl_k_after_annotating_in_the_reader_reaches_the_search_box(
        window: MainWindow, qtbot: QtBot) -> None:
    """After Ctrl+Shift+A in the reader the focus stays there, and Ctrl+K (the search box's
    placeholder names it) opened the reader's find line: no key led back to the search."""
    window.activateWindow()
    qtbot.waitActive(window)
    reader = window.reader
    source = next(s for s in window.archive.sources() if s.file == NEWS)
    with qtbot.waitSignal(reader.spans_shown, timeout=10_000):
        reader.show_source(source.id)
    reader.browser.setTextCursor(reader.browser.document().find(PASSAGE))
    reader.browser.setFocus()
    qtbot.waitUntil(reader.browser.hasFocus)
    QTest.keyClick(reader.browser, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.annotator.dialog
    assert dialog is not None and dialog.isVisible()
    QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(window.annotator.book.all()) == 1
    reader.browser.setFocus()
    qtbot.waitUntil(reader.browser.hasFocus)
    assert "Ctrl+K" in window.search_box.placeholderText()
    QTest.keyClick(reader.browser, Qt.Key.Key_K, CTRL)
    qtbot.waitUntil(window.search_box.hasFocus)
    assert not reader.finding()
    # Ctrl+F in the reader is still find in its document; Ctrl+K leaves its find line too.
    reader.browser.setFocus()
    qtbot.waitUntil(reader.browser.hasFocus)
    QTest.keyClick(reader.browser, Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(reader.find_field.hasFocus)
    QTest.keyClick(reader.find_field, Qt.Key.Key_K, CTRL)
    qtbot.waitUntil(window.search_box.hasFocus)


def test_tags_of_two_words_read_as_one_tag_apart_from_the_note(
        window: MainWindow, qtbot: QtBot) -> None:
    """"#chronology #check later Filming start…": where did a tag end and the note begin?"""
    record = next(iter(window.archive.iter_records("cast")))
    _tag(window, qtbot, "cast", record.id, "chronology, check later", "Filming start")
    text = window.detail.toPlainText()
    assert "Tags: chronology, check later\nFilming start" in text
    assert "#check" not in text
    tab = window.annotations_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)  # the list is read off the GUI thread
    assert tab.model.index(0, 0).data() == "chronology, check later"


def test_a_quote_that_quotes_the_title_shows_one_opening_mark(
        window: MainWindow, qtbot: QtBot) -> None:
    """Quote links read "““Somos.” tells…": the quote's own marks inside ours."""
    quote = next(q for q in window.archive.iter_records("quotes")
                 if q.text.startswith("“Somos.” tells a story"))
    with qtbot.waitSignal(window.detail.record_shown, timeout=10_000):
        window.navigate("people", quote.person_id)
    text = window.detail.toPlainText()
    assert "“‘Somos.’ tells a story" in text
    assert "““" not in text


def _shown_colour(image: QImage, x: float, y: float) -> str:
    return QColor(image.pixel(QPoint(round(x), round(y)))).name()


def test_the_credits_matrix_draws_every_empty_cell_alike(window: MainWindow,
                                                         qtbot: QtBot) -> None:
    """Every other row's empty cells were grey, the rest white (the rows' banding under
    them), and read as meaning something no legend said."""
    window.tabs.setCurrentWidget(window.views_tab)
    views = window.views_tab
    chart = views.show_chart("credits")
    qtbot.waitUntil(lambda: not views.is_busy() and chart.data is not None)
    qtbot.waitUntil(lambda: not chart.is_drawing())
    scene = chart.scene()
    rect = scene.sceneRect()
    image = QImage(rect.size().toSize(), QImage.Format.Format_RGB32)
    image.fill(chart.palette().base().color())
    painter = QPainter(image)
    scene.render(painter, image.rect(), rect)
    painter.end()
    empty_rows = [item for item in scene.items() if isinstance(item, QGraphicsPathItem)
                  and not item.path().isEmpty()]
    assert len(empty_rows) >= 2
    colours = set()
    for item in empty_rows:
        for polygon in item.path().toSubpathPolygons():
            centre = polygon.boundingRect().center() - rect.topLeft()
            colours.add(_shown_colour(image, centre.x(), centre.y()))
    assert len(colours) == 1, colours
