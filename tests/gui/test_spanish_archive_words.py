"""The archive's own words in the window's language: a fact's label and topic, a claim's subject
and attribute, what a thing is to the series, the timeline's rows, the titles composed around a
record's fields ("as") and the builder's reasons are words of ours, so the Spanish window shows
them in Spanish; a source's words (names, the figures it states) stay as the source says them.
The CLI and the exports keep the English words and titles."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem
from pytestqt.qtbot import QtBot

from tests.gui.conftest import OpenWindow
from tests.gui.visible_text import TS
from viewer.archive import topics
from viewer.archive.records.statements import Claim, Disagreement, Fact
from viewer.archive.store import Archive
from viewer.archive.tables import title_of
from viewer.gui import archive_words
from viewer.gui.reading.detail_pane import DetailPane
from viewer.gui.translation import install_translators, remove_translators


@pytest.fixture
def pane(qtbot: QtBot, archive: Archive) -> DetailPane:
    widget = DetailPane(archive=archive)
    qtbot.addWidget(widget)
    return widget


def _finished_translations() -> dict[tuple[str, str], str]:
    return {(ctx.findtext("name") or "", msg.findtext("source") or ""):
            msg.findtext("translation") or ""
            for ctx in ET.parse(TS).getroot().iter("context")
            for msg in ctx.iter("message")
            if msg.find("translation") is not None
            and msg.find("translation").get("type") is None}  # type: ignore[union-attr]


def test_every_word_the_builder_can_write_has_a_spanish_label(archive: Archive) -> None:
    """House rule: every fact label, claim subject and claim attribute of the builder's
    vocabulary, and every one an archive built from the real seeds holds, is listed for the
    window's translation and translated in the catalogue."""
    assert set(topics.FACT_TOPICS.values()) <= archive_words.FACT_LABELS
    assert set(topics.CLAIM_SUBJECTS) <= archive_words.CLAIM_SUBJECTS
    assert set(topics.CLAIM_ATTRIBUTES) <= archive_words.CLAIM_ATTRIBUTES
    facts = [f for f in archive.iter_records("facts") if isinstance(f, Fact)]
    claims = [c for c in archive.iter_records("claims") if isinstance(c, Claim)]
    assert facts and claims
    assert {f.topic for f in facts} <= set(topics.FACT_TOPICS)
    # A person's role or remark is a claim about the person, named as the sources name them.
    assert {c.subject for c in claims if topics.episode_of(c.subject) is None
            and c.attribute not in topics.PERSON_ATTRIBUTES} <= set(topics.CLAIM_SUBJECTS)
    # Lower case, every one: the review figures' attributes were their facts' capitalised
    # labels among lower-case words, in both languages.
    assert all(c.attribute[:1].islower() for c in claims), sorted(
        {c.attribute for c in claims if not c.attribute[:1].islower()})
    # A fact of a topic no claim list knows is compared under its label.
    assert {c.attribute for c in claims} <= {*topics.CLAIM_ATTRIBUTES,
                                             *topics.FACT_TOPICS.values()}
    from viewer.archive.extract import vocabulary

    filed = {*vocabulary.ORGANISATION_NOUNS.values(), *vocabulary.EVENT_NOUNS.values(),
             *vocabulary.WORK_NOUNS.values(), *vocabulary.EVENT_VERBS.values(),
             *vocabulary.REGION_NOUNS, *(r for _k, r in vocabulary.ENTITY_LABELS.values())}
    said = {r for table in ("organisations", "places", "events", "works", "awards")
            for thing in archive.iter_records(table)
            for r in thing.relations}  # type: ignore[union-attr]
    assert said and filed | said <= archive_words.ENTITY_RELATIONS, sorted(
        (filed | said) - archive_words.ENTITY_RELATIONS)
    done = _finished_translations()
    for context, words in (("Facts", archive_words.FACT_LABELS),
                           ("Claims", archive_words.CLAIM_SUBJECTS),
                           ("Claims", archive_words.CLAIM_ATTRIBUTES),
                           ("Entities", archive_words.ENTITY_RELATIONS)):
        missing = sorted(w for w in words if not done.get((context, w)))
        assert not missing, f"{context}: no Spanish for {missing}"


def test_facts_and_claims_show_their_labels_in_spanish(
        spanish: None, open_window: OpenWindow, qtbot: QtBot, archive_path: Path) -> None:
    win = open_window(archive_path)
    shown: dict[str, set[str]] = {}
    for table, key in (("facts", "label"), ("claims", "subject"), ("claims", "attribute"),
                       ("disagreements", "subject"), ("organisations", "relations")):
        tab = win.record_tab(table)
        win.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(lambda t=tab: not t.is_busy())
        column = [c.key for c in tab.model.spec.columns].index(key)
        shown[f"{table}.{key}"] = {str(tab.model.index(row, column).data())
                                   for row in range(tab.model.rowCount())}
    assert {"Estimación de muertos", "Inicio del rodaje", "Población de Allende"} \
        <= shown["facts.label"]
    assert not shown["facts.label"] & set(topics.FACT_TOPICS.values())
    assert {"la masacre", "el rodaje", "episodio 1"} <= shown["claims.subject"]
    assert "personas asesinadas" in shown["claims.attribute"]
    assert not shown["claims.attribute"] & set(topics.CLAIM_ATTRIBUTES)
    assert "la masacre" in shown["disagreements.subject"]
    assert {"productora", "editorial"} <= {
        word for cell in shown["organisations.relations"] for word in cell.split(", ")}


def test_the_timeline_names_its_rows_in_spanish(
        spanish: None, open_window: OpenWindow, qtbot: QtBot, archive_path: Path) -> None:
    win = open_window(archive_path)
    win.tabs.setCurrentIndex(win.tab_index("views"))
    views = win.views_tab
    chart = views.show_chart("timeline")
    qtbot.waitUntil(lambda: not views.is_busy(), timeout=20_000)
    chart.finish_drawing()
    texts = {item.text() for item in chart.scene().items()
             if isinstance(item, QGraphicsSimpleTextItem)}
    assert {"Inicio del rodaje", "Inicio de la masacre"} <= texts
    assert not texts & set(topics.FACT_TOPICS.values())


@pytest.mark.parametrize(("language", "topic", "words"), [
    ("en", "Topic", "The town, population"), ("es", "Tema", "El pueblo, población")])
def test_a_facts_topic_is_words_never_its_key(language: str, topic: str, words: str,
                                              qapp: QApplication, pane: DetailPane,
                                              archive: Archive) -> None:
    """The pane showed "Topic: town_population": the key the builder files a fact under."""
    translators = install_translators(qapp, "es") if language == "es" else []
    seen = False
    try:
        for fact in archive.iter_records("facts"):
            assert isinstance(fact, Fact)
            pane.show_record("facts", fact.id)
            lines = pane.toPlainText().splitlines()
            shown = lines[lines.index(topic) + 1]
            assert "_" not in shown and shown != fact.topic, (fact.topic, shown)
            if fact.topic == "town_population":
                assert shown == words
                seen = True
    finally:
        remove_translators(qapp, translators)
    assert seen, "no fact of topic town_population in the seeds: the test checked no words"


def test_claim_and_disagreement_titles_start_with_a_capital(archive: Archive) -> None:
    """Every other record's title starts as a heading does; a claim's subject is written in
    lower case ("the massacre"), its title is not."""
    for table in ("claims", "disagreements"):
        for record in archive.iter_records(table):
            assert isinstance(record, Claim | Disagreement)
            title = title_of(table, record)
            assert title[0] == title[0].upper(), title
    massacre = next(d for d in archive.iter_records("disagreements")
                    if getattr(d, "attribute", "") == "people killed")
    assert title_of("disagreements", massacre).startswith("The massacre, people killed: ")
    hits = archive.search("massacre people killed").hits
    assert any(h.table == "disagreements" and h.title.startswith("The massacre, people killed")
               for h in hits)


def test_the_detail_pane_composes_titles_in_spanish(spanish: None, pane: DetailPane,
                                                    archive: Archive) -> None:
    credit = next(c for c in archive.iter_records("cast")
                  if getattr(c, "character", None) == "Benjamín")
    pane.show_record("cast", credit.id)
    assert pane.toPlainText().startswith(f"{credit.actor} como Benjamín")  # type: ignore[union-attr]
    massacre = next(d for d in archive.iter_records("disagreements")
                    if getattr(d, "attribute", "") == "people killed")
    pane.show_record("disagreements", massacre.id)
    text = pane.toPlainText()
    assert text.startswith("La masacre, personas asesinadas: ")
    claim = next(c for c in archive.iter_records("claims") if getattr(c, "record_table", "")
                 == "facts")
    pane.show_record("claims", claim.id)
    lines = pane.toPlainText().splitlines()
    # The record it states, by its Spanish title: not the key "facts" and a number.
    stated = archive.get("facts", claim.record_id)  # type: ignore[attr-defined]
    assert lines[lines.index("Registro") + 1] == archive_words.record_title("facts", stated)
    assert "Tabla del registro" not in lines and "Id. del registro" not in lines
    fact = next(f for f in archive.iter_records("facts")
                if getattr(f, "topic", "") == "official_death_toll")
    pane.show_record("facts", fact.id)
    text = pane.toPlainText()
    assert text.startswith("Cifra oficial de muertos: 28")
    # Related records of ours are titled in Spanish too, their document's kind as well.
    assert "La masacre, personas asesinadas: 300 · 28" in text
    assert re.search(r"Cifra oficial de muertos: 28 · (página de enciclopedia|artículo "
                     r"explicativo)", text), text
    assert "Official death toll" not in text and "people killed" not in text


def test_search_results_title_cast_credits_in_spanish(
        spanish: None, open_window: OpenWindow, qtbot: QtBot, archive_path: Path) -> None:
    win = open_window(archive_path)
    with qtbot.waitSignal(win.search_panel.results_shown, timeout=10_000):
        win.search_box.setText("benjamin")
    model = win.search_panel.model
    titles = {str(model.index(row, 1).data()) for row in range(model.rowCount())}
    assert "Jero Medina como Benjamín" in titles
    assert not [t for t in titles if " as " in t]


def test_the_builders_reasons_are_said_in_spanish(spanish: None, pane: DetailPane,
                                                  archive: Archive) -> None:
    """The family-name note read "Apellido: inferido — no source names Vincent Webb by family
    name alone; …": the builder's reason, kept as a message and its arguments, is said in the
    window's language (a name stays as the sources spell it)."""
    person = next(p for p in archive.iter_records("people") if p.name == "Vincent Webb")
    pane.show_record("people", person.id)
    text = " ".join(pane.toPlainText().split())
    assert ("Apellido: inferido — ninguna fuente nombra a Vincent Webb solo por su apellido; "
            "se toma como apellido la segunda de las dos palabras del nombre") in text, text
    assert "by family name alone" not in text


def test_a_spelling_note_and_an_inferred_kind_are_said_in_spanish(
        spanish: None, pane: DetailPane, archive: Archive) -> None:
    """The records keep the archive's English (what an export writes); the pane says a
    person's spelling note and why a work's kind is inferred in the window's language."""
    noted = next(p for p in archive.iter_records("people") if p.spelling_note)
    assert noted.spelling_note.startswith("Shown as the sources")  # type: ignore[attr-defined]
    pane.show_record("people", noted.id)
    text = " ".join(pane.toPlainText().split())
    assert "Se muestra como lo escriben las fuentes con más frecuencia: " in text, text
    assert "Shown as the sources" not in text
    work = next(w for w in archive.iter_records("works") if getattr(w, "inferred", None))
    pane.show_record("works", work.id)
    text = " ".join(pane.toPlainText().split())
    assert "leído como título" in text or "qué tipo de obra es" in text, text
    assert work.inferred not in text  # type: ignore[attr-defined]


def test_a_tab_filters_by_the_words_its_cells_show(spanish: None) -> None:
    """One table says which field shows which vocabulary (R3 code review, finding 8): every
    word a tab's shown-word filter and sort use is the word its cell shows, and a field the
    detail pane translates ("topic", "record_table") is one of that table's too."""
    from viewer.archive.tables import TABLE_SPECS
    from viewer.gui.labels import VOCABULARY_COLUMNS, VOCABULARY_FIELDS

    assert {c.key for c in VOCABULARY_COLUMNS} == VOCABULARY_FIELDS
    shown_columns = 0
    for spec in TABLE_SPECS.values():
        shown = archive_words.shown_words(spec)
        for column in shown.columns if shown else ():
            shown_columns += 1
            assert column.key in VOCABULARY_FIELDS
            assert column.listed == next(c.listed for c in spec.columns if c.key == column.key)
            for word, words in column.words:
                assert archive_words.field_text(column.key, word, spec.name) == words
                listed = archive_words.field_text(column.key, (word,), spec.name)
                assert listed == (words,)
    assert shown_columns >= 5
    assert archive_words.field_text("topic", "death_toll", "facts") != "death_toll"
    assert archive_words.field_text("record_table", "people", "claims") == "Personas"
    # A quote's role is the source's words; a crew credit's is a canonical role.
    assert archive_words.field_text("role", "Producer", "quotes") == "Producer"
    assert archive_words.field_text("role", "Producer", "crew") != "Producer"
