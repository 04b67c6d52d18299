"""Reviewer R1, items 6 and 9: BibTeX titles keep the capitals a style would lower-case;
citations name no section that only repeats the document's title; words a record is read
from between two passages (a table's header row) still have their section."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import bibtexparser
import pytest
import rispy
from bibtexparser.middlewares import LatexDecodingMiddleware

from tests.archive.test_citations import RECORD_TABLES, _export
from viewer.archive import citations
from viewer.archive.store import Archive


def _outside_braces(value: str) -> str:
    """The letters of a field's value at brace depth 0: what BibTeX's ``change.case$`` (and
    biblatex's sentence case) may change."""
    depth, kept = 0, []
    for c in value:
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        elif depth == 0:
            kept.append(c)
    assert depth == 0, value
    return "".join(kept)


@pytest.mark.parametrize("table", ["sources", "crew", "facts"])
def test_bibtex_titles_protect_every_capital_a_style_would_lower(
        archive: Archive, tmp_path: Path, table: str) -> None:
    text = _export(archive, table, "bibtex", tmp_path, limit=20)
    library = bibtexparser.parse_string(text)
    assert library.failed_blocks == []
    titles = [e.fields_dict["title"].value for e in library.entries]
    assert titles
    for title in titles:
        # Past the first letter, no capital is left where a style lower-cases.
        assert not any(c.isupper() for c in _outside_braces(title)[1:]), title
    # Read back with LaTeX decoding, each title is the document's, letter for letter.
    decoded = bibtexparser.parse_string(text, append_middleware=[LatexDecodingMiddleware()])
    assert decoded.failed_blocks == []
    known = {s.title for s in archive.sources()}
    assert {e.fields_dict["title"].value for e in decoded.entries} <= known
    if table == "sources":
        blog = next(e for e in library.entries if e.key == "somos-source-1")
        assert blog.fields_dict["title"].value == (
            "{Is} {Somos.,} a {Netflix} drama, based on a true storey?")


def test_a_title_opening_with_an_escape_is_braced_twice() -> None:
    # BibTeX reads {\#...} at the top level as one special character and changes its case.
    assert citations.bibtex([{"id": "k", "type": "webpage", "title": "#Somos on Netflix",
                              "archive_location": "a.txt"}]).count("{{\\#Somos}}") == 1


@pytest.mark.parametrize("table", RECORD_TABLES)
def test_no_citation_names_the_title_as_its_section(archive: Archive, tmp_path: Path,
                                                    table: str) -> None:
    items = json.loads(_export(archive, table, "csl-json", tmp_path, limit=40))
    for item in items:
        assert item.get("section") != item["title"]
        assert not str(item.get("section", "")).startswith(item["title"])
        assert f"section “{item['title']}" not in item["note"]
    for entry in rispy.loads(_export(archive, table, "ris", tmp_path, limit=40)):
        assert entry.get("section") != entry["title"]
    renderer = citations.Renderer()
    for item in items:
        assert f"section “{item['title']}" not in renderer.render(item)


def test_a_section_under_the_title_is_named_without_it(archive: Archive,
                                                       tmp_path: Path) -> None:
    items = json.loads(_export(archive, "crew", "csl-json", tmp_path, limit=100))
    blog = [i for i in items if i["archive_location"].startswith("000_")]
    assert blog and not any("section" in i for i in blog if "true meaning" not in i["note"])
    deeper = [i for i in blog if "true meaning" in i["note"]]
    assert deeper and all(i["section"] == "What is the true meaning of Somos?" for i in deeper)
    # A document of several sections keeps them all.
    hub = [i for i in items if i["archive_location"].startswith("002_")]
    assert any(i.get("section", "").startswith("Wikipedia") for i in hub)
    ris = rispy.loads(_export(archive, "crew", "ris", tmp_path, limit=100))
    assert any(e.get("section") == "What is the true meaning of Somos?" for e in ris)


def test_every_stated_span_has_its_section(archive: Archive, archive_path: Path) -> None:
    with sqlite3.connect(archive_path) as conn:
        spans = conn.execute('SELECT DISTINCT source_id, start, "end", text FROM provenance '
                             "WHERE source_id IS NOT NULL").fetchall()
    assert spans
    missing = [s for s in spans if archive.section_at(s[0], s[1], s[2]) is None]
    assert missing == []


def test_a_tables_header_cell_is_in_the_tables_section(archive: Archive,
                                                       tmp_path: Path) -> None:
    items = json.loads(_export(archive, "crew", "csl-json", tmp_path, limit=100))
    notes = [i["note"] for i in items if "“Directed by”" in i["note"]]
    assert notes
    for note in notes:  # was "stated at characters 1488–1499: “Directed by”"
        assert re.search(r"section “Wikipedia › Episodes”, characters \d+–\d+: “Directed by”",
                         note), note
    # Words in a passage's heading are in that heading's section.
    hub = next(s for s in archive.sources() if s.file.startswith("002_"))
    text = archive.source_text(hub.id)
    at = text.index("\nCast\n") + 1
    assert archive.section_at(hub.id, at, at + 4) == "Wikipedia › Cast"
