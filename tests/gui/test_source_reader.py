"""The source reader: whole documents, cleaned, opened at a span, with search words marked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from viewer.archive.records.documents import Excerpt
from viewer.archive.store import Archive
from viewer.gui.reading.marks import TERM_COLOR
from viewer.gui.reading.source_reader import SourceReader
from viewer.gui.reading.term_match import find_terms, fold
from viewer.gui.workers import WorkerPool


def test_fold_drops_accents_and_case_keeping_positions() -> None:
    assert fold("Doña Ñoño") == ("dona nono", None)  # one char for one: same indices


def test_fold_maps_back_when_a_char_becomes_two() -> None:
    folded, index = fold("Straße Á")
    assert folded == "strasse a"
    assert index is not None and index[5] == index[4] == 4 and index[-1] == 7
    assert find_terms("Die Straße, Doña", "strasse dona") == [(4, 10), (12, 16)]


@pytest.mark.parametrize(("query", "expected"), [
    ("dona chayo", ["Doña", "Chayo"]),
    ('"doña chayo"', ["Doña Chayo"]),
    ("vet*", ["veterinary", "vet", "veto"]),
    ("vet", ["vet"]),
    ("chayo NOT vende", ["Chayo"]),
    ("(chayo OR vende)", ["Chayo", "vende"]),
    ("title:chayo", ["Chayo"]),
])
def test_find_terms_matches_like_the_search(query: str, expected: list[str]) -> None:
    text = "Doña Chayo vende; a veterinary vet, not a veto."
    found = [text[a:b] for a, b in find_terms(text, query)]
    assert sorted(found) == sorted(expected)


@pytest.fixture
def reader(qtbot: QtBot, archive: Archive) -> SourceReader:
    widget = SourceReader(archive)
    qtbot.addWidget(widget)
    widget.resize(600, 500)
    return widget


def _excerpts(archive: Archive, source_id: int) -> list[Excerpt]:
    return [e for e in archive.source_excerpts(source_id) if isinstance(e, Excerpt)]


def test_the_reading_view_shows_cleaned_passages_under_their_headings(
        reader: SourceReader, archive: Archive) -> None:
    reader.show_source(3)
    reader.show_whole_document()  # 43,000 characters: laid out in part until asked
    shown = reader.browser.toPlainText()
    excerpts = _excerpts(archive, 3)
    assert all(e.text in shown for e in excerpts)
    assert excerpts[0].section.split(" › ")[-1] in shown
    assert not reader.showing_original
    assert reader.picker.currentData() == 3


def test_a_span_inside_a_passage_is_highlighted_exactly(reader: SourceReader,
                                                        archive: Archive) -> None:
    spans = archive.provenance("cast", 1)
    span = spans[0]
    reader.show_spans(span.source_id, [(span.start, span.end)])
    want = " ".join(archive.source_text(span.source_id)[span.start:span.end].split())
    assert [" ".join(t.split()) for t in reader.highlighted_spans()] == [want] * len(
        reader.highlighted_spans())
    assert reader.highlighted_spans()


def test_a_span_in_dropped_page_furniture_opens_the_original_text(reader: SourceReader,
                                                                  archive: Archive) -> None:
    text = archive.source_text(3)
    excerpts = sorted(_excerpts(archive, 3), key=lambda e: e.start)
    covered = [False] * len(text)
    for e in excerpts:
        for i in range(e.start, e.end):
            covered[i] = True
    start = next(i for i in range(len(text) - 4)
                 if not any(covered[i:i + 4]) and text[i:i + 4].strip() == text[i:i + 4])
    reader.show_spans(3, [(start, start + 4)])
    assert reader.showing_original and reader.original.isChecked()
    assert reader.highlighted_spans() == [text[start:start + 4]]
    assert "page furniture" in reader.info.text()


def test_search_words_are_highlighted_in_the_document(reader: SourceReader) -> None:
    reader.show_source(3)
    reader.set_search_text("benjamin")
    marked = [sel.cursor.selectedText() for sel in reader.browser.extraSelections()
              if sel.format.background().color() == TERM_COLOR]
    assert marked and {m.casefold() for m in marked} == {"benjamín"}
    reader.set_search_text("")
    assert not reader.browser.extraSelections()


def test_the_picker_opens_any_document(qtbot: QtBot, reader: SourceReader,
                                       archive: Archive) -> None:
    assert reader.picker.count() == archive.count("sources")
    reader.picker.setCurrentIndex(1)
    reader.picker.activated.emit(1)
    assert reader.source_id == reader.picker.itemData(1)
    assert reader.browser.toPlainText().strip()


def test_reading_window_keeps_short_documents_whole_and_long_ones_around_the_focus(
        archive: Archive) -> None:
    from viewer.gui.reading.reading_layout import reading_window

    passages = archive.source_passage_bounds(4)
    excerpts = _excerpts(archive, 4)
    assert [(p.seq, p.start, p.end, p.length) for p in passages] == [
        (e.seq, e.start, e.end, len(e.text)) for e in excerpts]
    whole = sum(p.length for p in passages)
    assert reading_window(passages, None, limit=whole) == (passages, 0, 0)
    target = passages[100]
    shown, before, after = reading_window(passages, target.start, limit=3000)
    assert target in shown and sum(p.length for p in shown) <= 3000
    above = shown[:shown.index(target)]
    assert above and sum(p.length for p in above) <= 750  # a quarter, above the passage
    assert before + len(shown) + after == len(passages)
    assert reading_window(passages, None, limit=3000)[1] == 0  # no focus: the beginning
    last = passages[-1]
    shown, before, after = reading_window(passages, last.start, limit=3000)
    assert after == 0 and shown[-1] == last and sum(p.length for p in shown) > 2000


def test_text_window_keeps_short_texts_whole_and_cuts_long_ones_at_line_ends(
        archive: Archive) -> None:
    from viewer.gui.reading.reading_layout import text_window

    text = archive.source_text(4)
    assert text_window(text, 10, limit=len(text)) == (0, len(text))
    focus = len(text) // 2
    start, end = text_window(text, focus, limit=4000)
    assert start <= focus < end and end - start <= 4000
    assert text[start - 1] == "\n" and text[end - 1] == "\n"
    assert text_window(text, None, limit=4000)[0] == 0


def test_a_long_document_shows_the_passages_around_the_span_and_says_what_is_left_out(
        reader: SourceReader, archive: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    import viewer.gui.reading.reading_layout as reading_layout

    monkeypatch.setattr(reading_layout, "MAX_READING_CHARS", 3000)
    passages = _excerpts(archive, 4)
    late, early = passages[100], passages[2]
    reader.show_spans(4, [(late.start, late.end)])
    shown = reader.browser.toPlainText()
    assert late.text in shown and early.text not in shown
    assert "earlier passages are not shown here" in shown
    assert reader.highlighted_spans() == [late.text]
    reader.show_spans(4, [(early.start, early.end)])  # outside the window: laid out again
    assert early.text in reader.browser.toPlainText()
    assert reader.highlighted_spans() == [early.text]


def test_a_long_document_in_the_original_text_shows_the_lines_around_the_span(
        reader: SourceReader, archive: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    import viewer.gui.reading.reading_layout as reading_layout

    monkeypatch.setattr(reading_layout, "MAX_READING_CHARS", 4000)
    text = archive.source_text(4)
    passages = _excerpts(archive, 4)
    late, early = passages[200], passages[2]
    reader.original.setChecked(True)
    reader.show_spans(4, [(late.start, late.end)])
    shown = reader.browser.toPlainText()
    assert reader.showing_original
    assert "earlier characters are not shown here" in shown
    assert "later characters are not shown here" in shown
    assert text[early.start:early.end] not in shown
    assert reader.highlighted_spans() == [text[late.start:late.end]]
    reader.show_spans(4, [(early.start, early.end)])  # outside the window: laid out again
    assert reader.highlighted_spans() == [text[early.start:early.end]]
    assert "earlier characters are not shown here" not in reader.browser.toPlainText()


def test_a_long_document_can_be_laid_out_whole_on_request(
        qtbot: QtBot, reader: SourceReader, archive: Archive,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import viewer.gui.reading.reading_layout as reading_layout

    monkeypatch.setattr(reading_layout, "MAX_READING_CHARS", 3000)
    passages = _excerpts(archive, 4)
    late, early = passages[100], passages[2]
    reader.show_spans(4, [(late.start, late.end)])
    assert "Show the whole document" in reader.info.text()
    assert early.text not in reader.browser.toPlainText()
    reader.info.linkActivated.emit("#whole")  # what a click on the link emits
    shown = reader.browser.toPlainText()
    assert early.text in shown and late.text in shown
    assert "not shown here" not in shown
    assert "Show the whole document" not in reader.info.text()
    assert reader.highlighted_spans() == [late.text]
    reader.show_source(3)  # another document: back to the part around the span
    reader.show_spans(4, [(late.start, late.end)])
    assert "Show the whole document" in reader.info.text()


def test_warming_up_shows_nothing_and_changes_nothing(reader: SourceReader) -> None:
    info = reader.info.text()
    reader.warm_up()
    assert reader.source_id is None
    assert reader.browser.toPlainText() == ""
    assert reader.info.text() == info
    reader.show_source(3)
    text = reader.browser.toPlainText()
    reader.warm_up()
    assert reader.source_id == 3 and reader.browser.toPlainText() == text


def test_a_passage_that_only_overlaps_a_span_is_not_marked(reader: SourceReader,
                                                           archive: Archive) -> None:
    """An infobox row is its label and one value: the row "Starring · Jero Medina" lies across
    the span of "Mercedes Hernández" between them in the original, but does not hold it."""
    credit = next(r for r in archive.page("cast", limit=100).records
                  if getattr(r, "actor", "") == "Mercedes Hernández")
    spans = archive.provenance("cast", credit.id)
    text_of = {s.source_id: archive.source_text(s.source_id) for s in spans}
    source_id = next(s.source_id for s in spans
                     if text_of[s.source_id][s.start:s.end] == "Starring")
    reader.show_spans(source_id, [(s.start, s.end) for s in spans if s.source_id == source_id])
    marked = [" ".join(t.split()) for t in reader.highlighted_spans()]
    assert "Mercedes Hernández" in marked
    assert not [m for m in marked if "Jero Medina" in m]


def test_every_mark_shows_the_words_of_a_span(reader: SourceReader, archive: Archive) -> None:
    """Every record of the seeds opened at its spans, source by source, as the detail pane
    opens them: each mark in the reading view is the words of one of its spans (whitespace
    and emphasis markers aside), or a whole passage, and that only where some span's words
    stand in no passage as they are (a span over markup the cleaning removed)."""
    def plain(text: str) -> str:
        return " ".join(text.replace("*", "").split())

    opened = marks = 0
    for table in archive.table_names():
        for record in archive.page(table, limit=1000).records:
            by_source: dict[int, list[tuple[int, int]]] = {}
            for span in archive.provenance(table, record.id):
                by_source.setdefault(span.source_id, []).append((span.start, span.end))
            for source_id, ranges in by_source.items():
                reader.show_spans(source_id, ranges)
                if reader.showing_original:
                    continue
                opened += 1
                text = archive.source_text(source_id)
                words = [plain(text[a:b]) for a, b in ranges]
                passages = {plain(e.text) for e in _excerpts(archive, source_id)}
                unheld = any(not any(w in p for p in passages) for w in words)
                for mark in map(plain, reader.highlighted_spans()):
                    marks += 1
                    assert any(mark in w for w in words) or (unheld and mark in passages), (
                        table, record.id, mark)
    assert opened > 500 and marks > 1000


@pytest.fixture
def workers(qtbot: QtBot) -> Iterator[WorkerPool]:
    pool = WorkerPool()
    yield pool
    pool.shut_down()


@pytest.fixture
def read_by_workers(qtbot: QtBot, archive: Archive, workers: WorkerPool,
                    monkeypatch: pytest.MonkeyPatch) -> SourceReader:
    """A reader as the window has it: documents read by the workers. The reader's own
    connection (the GUI thread's) may not read a document's text."""
    def not_here(*_args: object) -> None:
        raise AssertionError("a document read on the GUI thread")

    widget = SourceReader(archive, workers=workers)
    qtbot.addWidget(widget)
    widget.resize(600, 500)
    monkeypatch.setattr(archive, "source_text", not_here)
    monkeypatch.setattr(archive, "source_document", not_here)
    return widget


def test_with_workers_a_document_is_read_off_the_gui_thread_and_shown_when_it_arrives(
        qtbot: QtBot, read_by_workers: SourceReader, archive_path: Path) -> None:
    reader = read_by_workers
    with Archive.open(archive_path) as other:
        span = other.provenance("cast", 1)[0]
        want = " ".join(other.source_text(span.source_id)[span.start:span.end].split())
    with qtbot.waitSignal(reader.spans_shown, timeout=10_000) as shown:
        reader.show_spans(span.source_id, [(span.start, span.end)])
        assert reader.source_id is None  # not read yet: nothing laid out
    assert shown.args == [span.source_id]
    assert [" ".join(t.split()) for t in reader.highlighted_spans()] == [want] * len(
        reader.highlighted_spans()) and reader.highlighted_spans()


def test_a_document_read_before_is_shown_at_once(qtbot: QtBot,
                                                 read_by_workers: SourceReader) -> None:
    reader = read_by_workers
    for source_id in (3, 4):
        with qtbot.waitSignal(reader.spans_shown, timeout=10_000):
            reader.show_source(source_id)
    with qtbot.waitSignal(reader.spans_shown, timeout=100) as shown:
        reader.show_spans(3, [(0, 10)])  # kept: no worker, same turn of the event loop
        assert reader.source_id == 3
    assert shown.args == [3]


def test_only_the_last_document_asked_for_is_shown(qtbot: QtBot,
                                                   read_by_workers: SourceReader) -> None:
    reader = read_by_workers
    arrived: list[int] = []
    reader.spans_shown.connect(arrived.append)
    reader.show_source(3)
    reader.show_source(4)  # asked for before 3 arrived
    qtbot.waitUntil(lambda: arrived == [4], timeout=10_000)
    qtbot.wait(100)
    assert arrived == [4] and reader.source_id == 4


def test_a_document_read_from_an_archive_no_longer_shown_is_not_shown(
        qtbot: QtBot, read_by_workers: SourceReader, archive_path: Path) -> None:
    reader = read_by_workers
    reader.show_source(3)
    with Archive.open(archive_path) as other:
        reader.set_archive(other)  # before 3 arrived
        qtbot.wait(200)
        assert reader.source_id is None
        reader.show_source(3)
        assert reader.source_id is None  # read again, from this archive: none of the other's kept
        qtbot.waitUntil(lambda: reader.source_id == 3, timeout=10_000)
        reader.show_source(4)
        reader.stop()  # as the closing window does, before 4 arrived
        qtbot.wait(200)
        assert reader.source_id == 3
        reader.set_archive(None)


def test_a_document_the_archive_lacks_is_reported_in_the_info_line(
        qtbot: QtBot, read_by_workers: SourceReader, workers: WorkerPool) -> None:
    reader = read_by_workers
    with qtbot.waitSignal(workers.document_failed, timeout=10_000):
        reader.show_spans(999_999, [(0, 10)])
    assert "no document 999999" in reader.info.text()
    assert "Rebuild" in reader.info.text() and reader.source_id is None
