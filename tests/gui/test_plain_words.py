"""What a researcher reads in the detail pane and the search results, not a developer's
words (R5 review items 9 and 10): sources by title, keys as names, reasons as sentences, in
English and Spanish."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from tests.gui.conftest import OpenWindow
from viewer.archive.records.credits import CastCredit
from viewer.archive.records.entities import Event
from viewer.archive.records.statements import Fact
from viewer.archive.store import Archive
from viewer.gui.reading.detail_pane import DetailPane
from viewer.gui.tables.column_fit import fitted_widths

SEED_FILE = re.compile(r"\b\d{3}_[0-9a-f]{16}\.txt\b")


@pytest.fixture
def pane(qtbot: QtBot, archive: Archive) -> DetailPane:
    widget = DetailPane(archive=archive)
    qtbot.addWidget(widget)
    return widget


def _anchors(document: QTextDocument) -> list[tuple[str, str, str]]:
    """Every link of the pane: (target, tooltip, the words shown)."""
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isAnchor():
                found.append((fmt.anchorHref(), fmt.toolTip(), fragment.text()))
            it += 1
        block = block.next()
    return found


def _labels(pane: DetailPane) -> list[str]:
    """The fields' names, as the pane's first table lays them out (one a line)."""
    text = pane.toPlainText()
    return text[:text.find("\n\n")].splitlines()


def _fact(archive: Archive) -> Fact:
    return next(f for f in archive.iter_records("facts") if isinstance(f, Fact))


def _cast(archive: Archive) -> CastCredit:
    return next(c for c in archive.iter_records("cast")
                if isinstance(c, CastCredit) and c.character_id is not None)


@pytest.mark.parametrize("language", ["english", "spanish"])
def test_a_fact_names_its_source_by_title_with_the_file_in_the_tooltip(
        request: pytest.FixtureRequest, pane: DetailPane, archive: Archive,
        language: str) -> None:
    if language == "spanish":
        request.getfixturevalue("spanish")
    fact = _fact(archive)
    pane.show_record("facts", fact.id)
    text = pane.toPlainText()
    assert not SEED_FILE.search(text), text
    source = next(s for s in archive.sources() if s.file == fact.source)
    anchors = _anchors(pane.document())
    assert (f"source:{source.id}", source.file, source.title) in anchors
    # The provenance line, what a citation is made from, has the file in its tooltip too.
    assert any(href.startswith("passage:") and tip == source.file for href, tip, _ in anchors)


@pytest.mark.parametrize("table", ["cast", "crew", "claims", "excerpts", "quotes"])
def test_no_record_shows_a_seed_file_name_or_a_raw_key(pane: DetailPane, archive: Archive,
                                                       table: str) -> None:
    record = next(iter(archive.iter_records(table)))
    pane.show_record(table, record.id)
    labels = _labels(pane)
    assert not SEED_FILE.search(pane.toPlainText())
    for raw in ("Id", "Person id", "Character id", "Source id", "Record id", "Record table",
                "Disagreement id"):
        assert raw not in labels, (raw, labels)


@pytest.mark.parametrize("language", ["english", "spanish"])
def test_a_cast_credit_names_its_person_and_character_as_links(
        request: pytest.FixtureRequest, pane: DetailPane, archive: Archive,
        language: str) -> None:
    if language == "spanish":
        request.getfixturevalue("spanish")
    credit = _cast(archive)
    pane.show_record("cast", credit.id)
    anchors = _anchors(pane.document())
    assert (f"record:people/{credit.person_id}", "", credit.actor) in anchors
    assert (f"record:characters/{credit.character_id}", "", credit.character) in anchors
    labels = _labels(pane)
    assert "Id" not in labels and "Person id" not in labels
    assert "Id. de la persona" not in labels and "Id." not in labels
    assert f"#{credit.id}" in pane.toPlainText()  # its number, in the heading


def _undated_event(archive: Archive) -> Event:
    """An event read as the one of its kind the sources date (merging.py, UNDATED_EVENT),
    whose record gives no reason of its own."""
    for event in archive.iter_records("events"):
        assert isinstance(event, Event)
        if not event.inferred and any(
                s.status == "inferred" and s.field == "relations"
                for s in archive.provenance("events", event.id)):
            return event
    raise AssertionError("no event read as the dated one of its kind")


def test_the_inferred_field_agrees_with_the_provenance(pane: DetailPane,
                                                       archive: Archive) -> None:
    event = _undated_event(archive)
    pane.show_record("events", event.id)
    row = next(line for line in pane.toPlainText().splitlines()
               if line.startswith("What it is") and line != "What it is")
    assert "What it is" in row and "Where the sources say it" in row


def test_the_spanish_inferred_field_and_reason_read_as_spanish(
        spanish: None, pane: DetailPane, archive: Archive) -> None:
    event = _undated_event(archive)
    pane.show_record("events", event.id)
    lines = pane.toPlainText().splitlines()
    inferred = lines[lines.index("Inferido") + 1]
    assert inferred != "—" and "Qué es" in inferred and "Dónde lo dicen" in inferred
    reasons = [line for line in lines if line.startswith("Qué es: inferido")]
    assert any("del mismo tipo" in line and "«" in line
               for line in reasons), reasons
    # No word of the archive's English vocabulary ("leak", "massacre") in a Spanish
    # sentence: the kind is under "Qué es", translated.
    kind = str(event.relations[0])
    assert not any(f"({kind}" in line or f"«{kind}»" in line for line in reasons), reasons


def test_a_curated_reason_is_spanish_in_the_spanish_window(
        spanish: None, pane: DetailPane, archive: Archive) -> None:
    person = next(p for p in archive.iter_records("people")
                  if getattr(p, "name", "") == "Miguel Treviño")
    pane.show_record("people", person.id)
    text = pane.toPlainText()
    assert "El texto del artículo explicativo perdió sus mayúsculas acentuadas" in text
    assert "The explainer article's text lost" not in text


def test_a_curated_reason_stays_english_in_the_english_window(
        pane: DetailPane, archive: Archive) -> None:
    person = next(p for p in archive.iter_records("people")
                  if getattr(p, "name", "") == "Miguel Treviño")
    pane.show_record("people", person.id)
    assert "The explainer article's text lost its accented capitals" in pane.toPlainText()


# -- the search results' Type column --------------------------------------------------------

def test_a_kept_column_gives_up_no_room() -> None:
    fitted = fitted_widths([120, 300, 300], 400, grow=1, keep=(0,))
    assert fitted[0] == 120 and sum(fitted) <= 400


@pytest.mark.parametrize("size", [(1600, 1000), (800, 600)])
@pytest.mark.parametrize("language", ["english", "spanish"])
def test_the_type_column_shows_disagreements_whole(
        request: pytest.FixtureRequest, open_window: OpenWindow, qtbot: QtBot,
        archive_path: Path, size: tuple[int, int], language: str) -> None:
    if language == "spanish":
        request.getfixturevalue("spanish")
    window = open_window(archive_path, size)
    panel = window.search_panel
    with qtbot.waitSignal(panel.results_shown, timeout=10_000):
        qtbot.keyClicks(window.search_box, "people killed")
    qtbot.waitUntil(lambda: panel.view.isVisible())
    model = panel.model
    kinds = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert ("Disagreements" if language == "english" else "Discrepancias") in kinds
    view = panel.view
    assert view.sizeHintForColumn(0) <= view.columnWidth(0)
    assert sum(view.columnWidth(c) for c in range(model.columnCount())) <= (
        view.viewport().width())
