"""Every export says what no words state, as the window does (the ground rule: a value the
text does not state is dropped or marked inferred, with the reason).

James Schamus as the series' Director is read from 002's "television directorial debut", his
name missing: each format, read back with its own parser, marks that credit and gives the
reason, with provenance or without; Álvaro Curiel's Director credit, which the sources state,
is marked in none.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import bibtexparser
import pytest
import rispy

from tests.archive.test_citations import rendered_bibliography
from viewer.archive.export import export_records
from viewer.archive.records.credits import CrewCredit, Person
from viewer.archive.store import Archive

#: The words of the reason the builder gives for Schamus's Director credit.
WHY = "television directorial debut"
MARKED = "James Schamus — Director (inferred)"
#: How a note opens its list of what is read, not stated.
NOT_STATED = "Not stated in so many words: "


def _director(archive: Archive, person: str) -> CrewCredit:
    return next(c for c in archive.iter_records("crew") if isinstance(c, CrewCredit)
                and c.person == person and c.role == "Director")


def _person(archive: Archive, name: str) -> Person:
    return next(p for p in archive.iter_records("people")
                if isinstance(p, Person) and p.name == name)


def _export(archive: Archive, table: str, ids: list[int], fmt: str, target: Path,
            provenance: bool = True) -> str:
    export_records(archive, table, archive.get_many(table, ids), fmt, target,
                   provenance=provenance)
    return target.read_text(encoding="utf-8-sig" if fmt == "csv" else "utf-8")


def _credits(archive: Archive) -> tuple[CrewCredit, CrewCredit]:
    inferred, stated = _director(archive, "James Schamus"), _director(archive, "Álvaro Curiel")
    assert inferred.inferred and not stated.inferred
    return inferred, stated


# -- rows: CSV, Markdown, JSON ------------------------------------------------------------------


def test_csv_marks_the_inferred_credit_with_provenance_or_without(
        archive: Archive, tmp_path: Path) -> None:
    inferred, stated = _credits(archive)
    for provenance in (True, False):
        text = _export(archive, "crew", [inferred.id, stated.id], "csv",
                       tmp_path / f"crew-{provenance}.csv", provenance)
        rows = {int(r["id"]): r for r in csv.DictReader(io.StringIO(text))}
        assert rows[inferred.id]["not_stated"].startswith("role (inferred): ")
        assert WHY in rows[inferred.id]["not_stated"]
        assert "role (" not in rows[stated.id]["not_stated"]
        header = text.splitlines()[0].split(",")
        assert header[-1] == "not_stated"
        assert ("spans" in header) == provenance


def test_markdown_marks_the_inferred_credit_with_provenance_or_without(
        archive: Archive, tmp_path: Path) -> None:
    inferred, stated = _credits(archive)
    for provenance in (True, False):
        text = _export(archive, "crew", [inferred.id, stated.id], "md",
                       tmp_path / f"crew-{provenance}.md", provenance)
        header, _rule, *lines = text.splitlines()
        keys = [k.strip() for k in header.strip("|").split(" | ")]
        rows = [dict(zip(keys, (c.strip() for c in line.strip("|").split(" | ")), strict=True))
                for line in lines]
        by_id = {int(r["id"]): r for r in rows}
        assert keys[-1] == "not_stated"
        assert by_id[inferred.id]["not_stated"].startswith("role (inferred): ")
        assert "role (" not in by_id[stated.id]["not_stated"]


@pytest.mark.parametrize("provenance", [True, False])
def test_json_marks_the_inferred_credit_with_provenance_or_without(
        archive: Archive, tmp_path: Path, provenance: bool) -> None:
    inferred, stated = _credits(archive)
    objects = json.loads(_export(archive, "crew", [inferred.id, stated.id], "json",
                                 tmp_path / "crew.json", provenance))
    by_id = {o["id"]: o for o in objects}
    (role,) = by_id[inferred.id]["not_stated"]
    assert (role["field"], role["status"]) == ("role", "inferred") and WHY in role["reason"]
    assert "role" not in {n["field"] for n in by_id[stated.id]["not_stated"]}
    assert ("provenance" in by_id[inferred.id]) == provenance


def test_a_person_s_surname_read_from_the_name_is_marked_without_provenance(
        archive: Archive, tmp_path: Path) -> None:
    """Not only credits: any value a span says is read, not stated (here the family name
    read from the form of Miguel Treviño's name)."""
    miguel = _person(archive, "Miguel Treviño")
    text = _export(archive, "people", [miguel.id], "csv", tmp_path / "p.csv", False)
    (row,) = csv.DictReader(io.StringIO(text))
    assert "surname (inferred): " in row["not_stated"]


# -- citations ----------------------------------------------------------------------------------


def _notes_by_record(items: list[dict[str, str]], table: str) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for item in items:
        record_id = int(item["id"].removeprefix(f"somos-{table}-").split("-")[0])
        out.setdefault(record_id, []).append(item["note"])
    return out


def _assert_marked(notes: dict[int, list[str]], inferred: int, stated: int) -> None:
    for note in notes[inferred]:
        assert MARKED in note, note
        assert NOT_STATED + "role (inferred): " in note and WHY in note
    for note in notes[stated]:
        assert "Álvaro Curiel — Director, stated at " in note
        assert "role (" not in note


def test_csl_json_notes_mark_the_inferred_credit_and_citeproc_renders_it(
        archive: Archive, tmp_path: Path) -> None:
    inferred, stated = _credits(archive)
    items = json.loads(_export(archive, "crew", [inferred.id, stated.id], "csl-json",
                               tmp_path / "crew.csl.json"))
    _assert_marked(_notes_by_record(items, "crew"), inferred.id, stated.id)
    rendered = rendered_bibliography(items)
    assert sum(MARKED in entry and WHY in entry for entry in rendered) == sum(
        item["id"].startswith(f"somos-crew-{inferred.id}") for item in items)


def test_bibtex_notes_mark_the_inferred_credit(archive: Archive, tmp_path: Path) -> None:
    inferred, stated = _credits(archive)
    library = bibtexparser.parse_string(_export(archive, "crew", [inferred.id, stated.id],
                                                "bibtex", tmp_path / "crew.bib"))
    items = [{"id": e.key, "note": e.fields_dict["note"].value} for e in library.entries]
    _assert_marked(_notes_by_record(items, "crew"), inferred.id, stated.id)


def test_ris_notes_mark_the_inferred_credit(archive: Archive, tmp_path: Path) -> None:
    inferred, stated = _credits(archive)
    entries = rispy.loads(_export(archive, "crew", [inferred.id, stated.id], "ris",
                                  tmp_path / "crew.ris"))
    items = [{"id": e["id"], "note": " ".join(e["notes"])} for e in entries]
    _assert_marked(_notes_by_record(items, "crew"), inferred.id, stated.id)


@pytest.mark.parametrize("fmt", ["citations", "html"])
def test_formatted_citations_mark_the_inferred_credit(archive: Archive, tmp_path: Path,
                                                      fmt: str) -> None:
    inferred, stated = _credits(archive)
    marked = _export(archive, "crew", [inferred.id], fmt, tmp_path / "i.txt")
    plain = _export(archive, "crew", [stated.id], fmt, tmp_path / "s.txt")
    assert MARKED in marked and NOT_STATED in marked and WHY in marked
    assert "Álvaro Curiel — Director, stated at " in plain and "role (" not in plain


def test_a_person_s_citation_names_the_roles_only_inferred_credits_give(
        archive: Archive, tmp_path: Path) -> None:
    schamus, curiel = _person(archive, "James Schamus"), _person(archive, "Álvaro Curiel")
    assert schamus.inferred_roles and not curiel.inferred_roles
    items = json.loads(_export(archive, "people", [schamus.id, curiel.id], "csl-json",
                               tmp_path / "p.csl.json"))
    notes = _notes_by_record(items, "people")
    roles = "roles (inferred): " + ", ".join(schamus.inferred_roles)
    assert all(roles in note for note in notes[schamus.id])
    assert not any("roles (inferred)" in note for note in notes[curiel.id])
