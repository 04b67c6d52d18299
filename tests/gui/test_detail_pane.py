"""The detail pane on its own (lookups run at once without a worker pool)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from viewer.archive.records.credits import CrewCredit, Person
from viewer.archive.store import Archive
from viewer.gui.reading.detail_pane import DetailPane
from viewer.gui.reading.record_detail import load_detail


@pytest.fixture
def pane(qtbot: QtBot, archive: Archive) -> DetailPane:
    widget = DetailPane(archive=archive)
    qtbot.addWidget(widget)
    return widget


def _links(pane: DetailPane, table: str) -> set[int]:
    prefix = f"record:{table}/"
    return {int(u[len(prefix):]) for u in pane.link_urls() if u.startswith(prefix)}


def test_a_person_named_in_several_seeds_links_to_every_mention(pane: DetailPane,
                                                                archive: Archive) -> None:
    person = next(p for p in archive.iter_records("people")
                  if isinstance(p, Person) and len(p.sources) > 1)
    pane.show_record("people", person.id)
    mentions = set(archive.mentions(person.name))
    assert mentions and mentions <= _links(pane, "excerpts")


def test_a_crew_member_links_to_all_their_credits(pane: DetailPane, archive: Archive) -> None:
    credits: dict[int, list[int]] = {}
    for rec in archive.iter_records("crew"):
        assert isinstance(rec, CrewCredit)
        credits.setdefault(rec.person_id, []).append(rec.id)
    person_id, ids = max(credits.items(), key=lambda item: len(item[1]))
    assert len(ids) > 1
    pane.show_record("crew", ids[0])
    assert set(ids[1:]) <= _links(pane, "crew")
    assert person_id in _links(pane, "people")


def test_every_field_of_the_record_is_shown(pane: DetailPane, archive: Archive) -> None:
    pane.show_record("episodes", 1)
    text = pane.toPlainText()
    episode = archive.get("episodes", 1)
    assert episode is not None
    for label in ("Title", "Directed by", "Teleplay by", "Released", "Synopsis"):
        assert label in text
    assert str(episode.title) in text


def test_a_missing_record_says_so(pane: DetailPane) -> None:
    pane.show_record("cast", 999_999)
    assert pane.record is None
    assert "not in the open archive" in pane.toPlainText()


def test_load_detail_merges_nearby_spans_into_passages(archive: Archive) -> None:
    detail = load_detail(archive, "cast", 1)
    assert detail is not None
    spans = archive.provenance("cast", 1)
    assert 0 < len(detail.passages) <= len(spans)
    assert sum(len(p.spans) for p in detail.passages) == len(spans)
    assert all('background-color' in html for html in detail.passage_html)


def test_each_side_of_a_disagreement_links_to_its_spans_in_the_reader(
        pane: DetailPane, archive: Archive, qtbot: QtBot) -> None:
    from PySide6.QtCore import QUrl

    from viewer.archive.records.statements import Disagreement

    record = next(d for d in archive.iter_records("disagreements")
                  if isinstance(d, Disagreement) and d.attribute == "people killed")
    pane.show_record("disagreements", record.id)
    text = pane.toPlainText()
    assert "300" in text and "28" in text
    spans = [u for u in pane.link_urls() if u.startswith("span:")]
    assert len(spans) == sum(len(v["spans"]) for v in record.values)
    official = next(v for v in record.values if v["value"] == "28")["spans"][0]
    source_id = next(s.id for s in archive.sources() if s.file == official["source"])
    url = f"span:{source_id}:{official['start']}:{official['end']}"
    assert url in spans
    with qtbot.waitSignal(pane.source_requested) as blocker:
        pane.anchorClicked.emit(QUrl(url))
    assert blocker.args == [source_id, [(official["start"], official["end"])]]


def test_a_disagreement_s_sides_are_set_side_by_side(pane: DetailPane,
                                                     archive: Archive) -> None:
    """One column per side, each listing its values as stated: "between 200 and 300" on the
    side of "300", "about 28" on the side of "28" (schema 8)."""
    from PySide6.QtGui import QTextFrame, QTextTable

    from viewer.archive.records.statements import Disagreement

    record = next(d for d in archive.iter_records("disagreements")
                  if isinstance(d, Disagreement) and d.attribute == "people killed")
    pane.show_record("disagreements", record.id)

    def tables(frame: QTextFrame) -> list[QTextTable]:
        found = [frame] if isinstance(frame, QTextTable) else []
        for child in frame.childFrames():
            found += tables(child)
        return found

    sides = next(t for t in tables(pane.document().rootFrame()) if t.rows() == 1)
    assert sides.columns() == 2
    cells = []
    for column in range(2):
        cell = sides.cellAt(0, column)
        cursor = cell.firstCursorPosition()
        cursor.setPosition(cell.lastCursorPosition().position(), cursor.MoveMode.KeepAnchor)
        cells.append(cursor.selectedText())
    assert "between 200 and 300" in cells[0] and "28" not in cells[0]
    assert "about 28" in cells[1] and "300" not in cells[1]


def test_a_fact_on_one_side_says_sources_disagree_and_inferred_values_say_why(
        pane: DetailPane, archive: Archive) -> None:
    fact = next(f for f in archive.iter_records("facts")
                if getattr(f, "topic", "") == "official_death_toll")
    pane.show_record("facts", fact.id)
    assert "Sources disagree" in pane.toPlainText()
    assert any(u.startswith("record:disagreements/") for u in pane.link_urls())
    pane.show_record("episodes", 1)
    # The field by its name in the pane (translated with the rest), as its row is labelled.
    assert "Synopsis: inferred — the source describes episodes 1 and 2 together" \
        in pane.toPlainText()


def test_a_thing_s_link_shows_the_words_that_tie_them_opening_the_reader(
        pane: DetailPane, archive: Archive, qtbot: QtBot) -> None:
    """Beside the Oscar's link to Brokeback Mountain: the seed's words that tie them, a link
    that opens the reader at them; the passage is listed under "Links" too."""
    oscar = next(r for r in archive.iter_records("awards") if getattr(r, "name", "") == "Oscar")
    pane.show_record("awards", oscar.id)
    text = pane.toPlainText()
    assert "Brokeback Mountain — “Oscar nominations for Brokeback Mountain”" in text
    assert "Links" in text
    spans = [u for u in pane.link_urls() if u.startswith("span:")]
    assert spans
    source_id, start, end = (int(x) for x in spans[0].split(":")[1:])
    assert archive.source_text(source_id)[start:end] == "Oscar nominations for Brokeback Mountain"
    with qtbot.waitSignal(pane.source_requested) as opened:
        pane.anchorClicked.emit(QUrl(spans[0]))
    assert opened.args == [source_id, [(start, end)]]
