"""A work's, an award's or an event's people are those the words of one sentence tie to it
(a possessive, "starring", "by", "nominee"), each cited where that sentence names them; being
named in the same sentence, or in the same biography, is no link (R5 review, item 1). A
one-word name's mentions are spelt as it is, or in a spelling no record has (item 2).

Records are found by their text, never by id.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from viewer.archive.records.entities import NamedThing
from viewer.archive.store import Archive


def _thing(archive: Archive, table: str, name: str) -> NamedThing:
    found = [r for r in archive.iter_records(table)
             if isinstance(r, NamedThing) and r.name == name]
    assert len(found) == 1, name
    return found[0]


def _people(archive: Archive, table: str, name: str) -> set[str]:
    return {link.label for link in archive.related(table, _thing(archive, table, name).id)
            if link.table == "people"}


@pytest.mark.parametrize(("table", "name", "people"), [
    # "colleague Monika Revilla's creative talents ("Dance of the 41," …), and Maynée
    # Cortés' exhaustive research"
    ("works", "Dance of the Forty-One", {"Monika Revilla"}),
    # "together with Oscar nominee James Schamus and in collaboration with novelist Fernanda
    # Melchor"
    ("awards", "Oscar", {"James Schamus"}),
    ("works", "Y tu mamá también", {"Alfonso Cuarón"}),
    ("works", "Instructions not Included", {"Eugenio Derbez", "Loreto Peralta"}),
    ("works", "The Assistant", {"Kitty Green", "Julia Garner"}),
    ("works", "Driveways", {"Andrew Ahn", "Hong Chau", "Brian Dennehy"}),
    # "(which was recently nominated for three Independent Spirit Awards)": the film was.
    ("awards", "Independent Spirit Awards", set()),
    # "… *Helena* (2016), … the article Anatomy of a massacre written by Ginger Thompson"
    ("works", "Cristiada", set()),
    ("works", "Helena", set()),
    # Revilla's biography names the massacre in the sentence after the series: no link.
    ("events", "Allende massacre", set()),
])
def test_a_thing_s_people_are_those_its_sentence_ties_to_it(
        archive: Archive, table: str, name: str, people: set[str]) -> None:
    assert _people(archive, table, name) == people


def test_each_person_of_a_thing_is_cited_where_the_sentence_names_them(
        archive_path: Path) -> None:
    conn = sqlite3.connect(archive_path)
    rows = conn.execute(
        "SELECT e.id, p.name FROM entity_links l JOIN entities e ON e.id = l.entity_id "
        "JOIN people p ON p.id = l.record_id WHERE l.record_table = 'people'").fetchall()
    assert rows
    for eid, person in rows:
        cited = [r[0] for r in conn.execute(
            "SELECT value FROM provenance WHERE record_table = 'entities' AND record_id = ? "
            "AND field = 'people'", (eid,))]
        assert cited, (eid, person)
    spans = conn.execute(
        "SELECT p.value, substr(s.text, p.start + 1, p.end - p.start) FROM provenance p "
        "JOIN sources s ON s.id = p.source_id WHERE p.record_table = 'entities' "
        "AND p.field = 'people'").fetchall()
    assert ("Kitty Green", "Kitty Green") in spans


def _mentions(archive: Archive, table: str, name: str) -> list[str]:
    found = [r for r in archive.iter_records(table) if getattr(r, "name", None) == name]
    assert len(found) == 1, name
    return [link.label for link in archive.related(table, found[0].id)
            if link.relation == "mention"]


def test_the_oscar_is_not_mentioned_by_the_character_oscar(archive: Archive) -> None:
    oscar = _mentions(archive, "awards", "Oscar")
    assert oscar
    assert not [m for m in oscar if "Óscar" in m], oscar
    assert any("Josué Guerra (Óscar)" in m for m in _mentions(archive, "characters", "Óscar"))


def test_a_one_word_name_is_still_found_in_a_spelling_no_record_has(archive: Archive) -> None:
    """"Benjamin's" (003, no accent) names the character Benjamín: no record is "Benjamin"."""
    benjamin = [archive.get("excerpts", i) for i in archive.mentions("Benjamín")]
    assert any("Benjamin's" in getattr(e, "text", "") for e in benjamin)


def test_a_biography_s_pronoun_ties_its_subject_cited_at_the_heading(
        archive: Archive, archive_path: Path) -> None:
    """"She has written and directed three feature films: “Nora’s Will” (2008)" in Mariana
    Chenillo's section: "She" is the person its heading names, cited at that heading."""
    assert _people(archive, "works", "Nora’s Will") == {"Mariana Chenillo"}
    work = _thing(archive, "works", "Nora’s Will")
    conn = sqlite3.connect(archive_path)
    cited = conn.execute(
        "SELECT p.value, substr(s.text, p.start + 1, p.end - p.start) FROM provenance p "
        "JOIN sources s ON s.id = p.source_id WHERE p.record_table = 'entities' "
        "AND p.record_id = ? AND p.field = 'people'", (work.id,)).fetchall()
    assert cited == [("Mariana Chenillo", "Mariana Chenillo")]
