"""Family names (issue 28): read from what the seeds say, with provenance; inferred ones say
why; none guessed where the form of the name does not tell."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from viewer.archive.errors import ArchiveError
from viewer.archive.export import write_records
from viewer.archive.extract.base import Located, Span
from viewer.archive.extract.surnames import Named, read_surnames
from viewer.archive.location import is_stale
from viewer.archive.records.credits import CastCredit, CrewCredit, Person
from viewer.archive.schema import SCHEMA_VERSION
from viewer.archive.store import Archive


def _people(archive: Archive) -> dict[str, Person]:
    return {p.name: p for p in archive.iter_records("people")  # type: ignore[misc]
            if isinstance(p, Person)}


def _surname_spans(archive: Archive, table: str, record_id: int) -> list:  # type: ignore[type-arg]
    return [s for s in archive.provenance(table, record_id) if s.field == "surname"]


@pytest.mark.parametrize(("name", "surname", "words"), [
    ("James Schamus", "Schamus", "Schamus"),  # "… Schamus explained"
    ("Ginger Thompson", "Thompson", "Thompson"),  # "Thompson's oral histories"
    ("Monika Revilla", "Revilla", "Revilla"),  # "with Revilla's television expertise"
    ("Ang Lee", "Lee", "Lee"),  # "his work on Lee's …"
])
def test_a_name_used_alone_in_a_seed_is_a_stated_family_name(
        archive: Archive, name: str, surname: str, words: str) -> None:
    person = _people(archive)[name]
    assert person.surname == surname
    [span] = _surname_spans(archive, "people", person.id)
    text = archive.source_text(span.source_id)
    assert span.status == "stated" and span.reason is None
    assert text[span.start:span.end] == words
    # Alone: not the end of "James Schamus" or of any other run of capitalised words.
    before = text[:span.start].rstrip(" \u00a0")
    assert not before.split() or not before.split()[-1][:1].isupper()


@pytest.mark.parametrize(("name", "surname", "because"), [
    ("Mercedes Hernández", "Hernández", "second of the name's two words"),
    ("Victor Hernández Stumpfhauser", "Hernández Stumpfhauser", "(Mercedes Hernández)"),
    ("Antonio López Torres", "López Torres", "(José Rodríguez López)"),
    ("Alba del Campo", "del Campo", "from “del” on"),
    ("Agustín \"Tyson\" Rodríguez", "Rodríguez", "second of the name's two words"),
    # "University of Puebla" names a university, not her.
    ("Claudia Puebla", "Puebla", "second of the name's two words"),
    # "-Maynné Cortés" is her whole name: no seed calls her "Cortés" alone.
    ("Maynné Cortés", "Cortés", "second of the name's two words"),
])
def test_a_family_name_no_seed_states_is_inferred_with_its_reason(
        archive: Archive, name: str, surname: str, because: str) -> None:
    person = _people(archive)[name]
    assert person.surname == surname
    [span] = _surname_spans(archive, "people", person.id)
    assert span.status == "inferred"
    assert span.reason is not None and because in span.reason
    assert f"no source names {name} by family name alone" in span.reason
    # The span is a mention of the person's name, which holds the family name.
    assert surname in archive.source_text(span.source_id)[span.start:span.end]


@pytest.mark.parametrize("name", ["Mario Alberto Quiñones", "Víctor Hugo Galván",
                                  "Gilberto Alanís Mendoza", "Luis Mario"])
def test_a_name_whose_form_does_not_tell_has_no_family_name(archive: Archive,
                                                            name: str) -> None:
    person = _people(archive)[name]
    assert person.surname is None
    assert _surname_spans(archive, "people", person.id) == []


def test_credits_carry_the_person_s_family_name_and_its_provenance(archive: Archive) -> None:
    people = _people(archive)
    credits = [r for table in ("cast", "crew") for r in archive.iter_records(table)]
    for credit in credits:
        assert isinstance(credit, CastCredit | CrewCredit)
        name = credit.actor if isinstance(credit, CastCredit) else credit.person
        assert credit.surname == people[name].surname
    schamus = [c for c in credits if isinstance(c, CrewCredit) and c.person == "James Schamus"]
    for credit in schamus:
        [span] = _surname_spans(archive, "crew", credit.id)
        assert span.status == "stated"
        assert archive.source_text(span.source_id)[span.start:span.end] == "Schamus"
    # The seed that says "Schamus explained" does not state his writing credit: it is that
    # credit's surname's evidence, not one of its sources.
    [writer] = [c for c in schamus if c.role == "Writer"]
    [span] = _surname_spans(archive, "crew", writer.id)
    assert span.source_file not in writer.sources


def test_a_credit_s_sources_are_the_seeds_that_state_the_credit(archive_path: Path) -> None:
    """The seed a family name is read from may never state the credit (it names the person
    elsewhere): counted among the credit's sources it would put words in its mouth and lift
    the credit in search, whose ties go by how many sources state a record."""
    conn = sqlite3.connect(archive_path)
    files = dict(conn.execute("SELECT id, file FROM sources"))
    stating: dict[int, set[str]] = {}
    by_surname: dict[int, set[str]] = {}
    for record_id, field, source_id in conn.execute(
            "SELECT record_id, field, source_id FROM provenance WHERE record_table = 'credits'"):
        into = by_surname if field == "surname" else stating
        into.setdefault(record_id, set()).add(files[source_id])
    listed = {record_id: set(json.loads(sources))
              for record_id, sources in conn.execute("SELECT id, sources FROM credits")}
    conn.close()
    assert listed and all(listed[i] == stating.get(i, set()) for i in listed), [
        (i, sorted(listed[i] - stating.get(i, set()))) for i in listed
        if listed[i] != stating.get(i, set())]
    # Some credits' family names come from a seed that states nothing else of them.
    assert any(seeds - stating.get(i, set()) for i, seeds in by_surname.items())



def test_an_export_shows_a_credit_s_surname_seed_through_its_span_only(archive: Archive) -> None:
    """The seed of the family name of James Schamus' writing credit is not among the credit's
    sources, but a JSON export still says where the surname is read."""
    writer = next(c for c in archive.iter_records("crew")
                  if isinstance(c, CrewCredit) and c.person == "James Schamus"
                  and c.role == "Writer")
    stream = io.StringIO()
    write_records(archive, "crew", [writer], "json", stream)
    [row] = json.loads(stream.getvalue())
    [span] = [s for s in row["provenance"] if s["field"] == "surname"]
    assert span["source"] not in row["sources"]
    assert span["status"] == "stated"

def test_people_by_surname_sort_by_family_then_given_names(archive: Archive) -> None:
    names = [p.name for p in archive.iter_records("people", sort="surname")
             if isinstance(p, Person)]
    assert names.index("Monika Revilla") < names.index("James Schamus")
    assert names.index("Fernanda Melchor") < names.index("Monika Revilla")
    # "Hernández, Mercedes" before "Hernández, Vanessa" before "Hernández Stumpfhauser".
    assert (names.index("Mercedes Hernández") < names.index("Vanessa Hernández")
            < names.index("Victor Hernández Stumpfhauser"))
    # Accent-blind, a particle left out: "del Campo" among the C's, "Álvaro Curiel" too.
    assert names.index("Alicia Camps") > names.index("Alba del Campo")
    assert names.index("Lisbi Cuéllar") < names.index("Álvaro Curiel") \
        < names.index("Tony Dalton")


def test_people_by_surname_are_read_through_an_index(archive_path: Path) -> None:
    conn = sqlite3.connect(archive_path)
    plans = [" ".join(str(r) for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}")) for sql in (
        "SELECT id FROM people ORDER BY surname_sort, id LIMIT 50 OFFSET 10",
        "SELECT id FROM credits WHERE category = 'cast' ORDER BY surname_sort, id LIMIT 50")]
    conn.close()
    for plan in plans:
        assert "TEMP B-TREE" not in plan and "INDEX" in plan


def _named(name: str, text: str) -> Named:
    start = text.index(name)
    return Named(name.casefold(), name, (name,),
                 ((1, Located(name, (Span(start, start + len(name)),))),))


def test_a_reference_list_s_surname_comma_given_is_evidence() -> None:
    text = "Ginger Thompson and Sandra Solares met Ana Solares.\n\nSources: Solares, Sandra."
    found = read_surnames([_named(n, text) for n in ("Ginger Thompson", "Sandra Solares",
                                                     "Ana Solares")], {1: text})
    sandra, ana = found["sandra solares"], found["ana solares"]
    assert sandra.status == "stated" and text[sandra.located.spans[0].start:][:8] == "Solares,"
    # "Solares" alone could be either: no evidence for Ana, only the form of her name.
    assert ana.status == "inferred"


def test_a_name_that_is_a_place_or_a_character_is_no_evidence() -> None:
    text = "Claudia Puebla studied there. Puebla is a city; Herrera said so to Jesús Herrera."
    found = read_surnames([_named(n, text) for n in ("Claudia Puebla", "Jesús Herrera")],
                          {1: text}, taken=["Puebla", "Sr. Herrera"])
    assert found["claudia puebla"].status == "inferred"
    assert found["jesús herrera"].status == "inferred"


def test_an_archive_of_the_schema_before_surnames_is_refused_with_rebuild_advice(
        archive_path: Path, tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite"
    shutil.copy(archive_path, old)
    conn = sqlite3.connect(old)
    for index in ("idx_people_surname_sort_id", "idx_credits_category_surname_sort_id"):
        conn.execute(f"DROP INDEX {index}")
    for table in ("people", "credits"):
        for column in ("surname", "surname_sort"):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute("PRAGMA user_version = 3")  # schema 4 brought the surnames
    conn.commit()
    conn.close()
    with pytest.raises(ArchiveError, match=r"made by an older version of Somos Archive \(archive "
                       r"schema 3; .* lacks what this version shows \(the columns surname, "
                       r"surname_sort of the table people\)\. Rebuild"):
        Archive.open(old)


def test_a_bundled_archive_of_another_schema_is_stale(archive_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The default archive is rebuilt when the schema version changes: its recorded
    checksum covers the version."""
    from viewer.archive import manifest

    assert not is_stale(archive_path)
    monkeypatch.setattr(manifest, "SCHEMA_VERSION", SCHEMA_VERSION - 1)
    assert is_stale(archive_path)


def test_inferred_family_names_say_so_where_nothing_else_is_inferred(tmp_path: Path) -> None:
    """The synthetic archive's merger marks nothing inferred before the family names are
    read: the writer must still see their status (it once kept a copy of the empty dict)."""
    from tests.benchmarks import synthetic

    path = tmp_path / "synthetic.sqlite"
    synthetic.build(330, path)
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT status, reason, text, value FROM provenance "
                        "WHERE field = 'surname'").fetchall()
    conn.close()
    assert any(status == "inferred" for status, *_ in rows)
    for status, reason, text, value in rows:
        assert (status == "stated" and text == value) or (status == "inferred" and reason)


def test_the_last_word_s_reason_claims_only_the_words_between_first_and_last() -> None:
    """The words between the first and the last are looked at, never the first: "Mario"
    begins no other name here, so the reason must not say that every word before the last
    does."""
    text = "Mario Alberto Quiñones met Alberto Ruiz."
    found = read_surnames([_named(n, text) for n in ("Mario Alberto Quiñones", "Alberto Ruiz")],
                          {1: text})
    mario = found["mario alberto quiñones"]
    assert mario.value == "Quiñones" and mario.status == "inferred"
    assert mario.reason == (
        "no source names Mario Alberto Quiñones by family name alone; the words between the "
        "first and the last each begin another name in the archive and end none (“Alberto” "
        "begins Alberto Ruiz), so the last, “Quiñones”, is taken as the family name")
    assert "every word before the last" not in mario.reason
