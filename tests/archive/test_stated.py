"""No value in the archive is labelled with words its source does not contain (issue 25).

Every provenance entry says whether the seed states the value there ("stated"), the archive
read it from the layout, from part of a name or through the vocabulary ("inferred"), or a
curated correction filed it ("curated"); the last two carry their reason. This walks every
entry and holds the "stated" ones to their words.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from viewer.archive.extract.base import fold

#: A normalised reading of the words rather than the words: a number, a range, an ISO date.
_READING = re.compile(r"-?-?[\d.]+(?:[-–][\d.]+)*")
#: Fields whose value is a canonical reading by design, the words kept beside it: a credit's
#: ``role`` ("Director") next to its ``role_as_stated`` ("Directed by").
READING_FIELDS = {("credits", "role")}


def _rows(path: Path) -> list[sqlite3.Row]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return conn.execute("SELECT * FROM provenance").fetchall()


def test_every_provenance_entry_says_stated_inferred_or_curated(archive_path: Path) -> None:
    rows = _rows(archive_path)
    assert {r["status"] for r in rows} == {"stated", "inferred", "curated"}
    for r in rows:
        if r["status"] != "stated":
            assert r["reason"], dict(r)


def test_a_stated_value_is_in_the_words_at_its_span(archive_path: Path) -> None:
    bad = []
    for r in _rows(archive_path):
        if r["status"] != "stated" or (r["record_table"], r["field"]) in READING_FIELDS:
            continue
        value, words = fold(r["value"]), fold(r["text"])
        if value in words or _READING.fullmatch(value):
            continue
        bad.append((r["record_table"], r["field"], r["text"][:40], r["value"]))
    assert not bad, bad[:10]


def test_no_fact_is_labelled_with_a_name_its_statement_lacks(archive_path: Path) -> None:
    """A label may say what kind of figure it is ("Death toll estimate"), never whose it is
    ("Rotten Tomatoes approval" where the text elides the site's name)."""
    conn = sqlite3.connect(archive_path)
    for label, statement in conn.execute("SELECT label, statement FROM facts"):
        names = [w for w in label.split()[1:] if w[:1].isupper()]
        assert all(fold(w) in fold(statement) for w in names), (label, statement)


def test_a_part_name_and_a_variant_spelling_are_not_stated(archive_path: Path) -> None:
    conn = sqlite3.connect(archive_path)
    rows = conn.execute("SELECT record_table, field, text, value, status FROM provenance "
                        "WHERE record_table = 'storylines' AND field = 'characters' "
                        "AND text = 'Linares'").fetchall()
    assert rows and all(r[4] == "inferred" for r in rows)  # "the Linares family"
    curated = conn.execute("SELECT DISTINCT text FROM provenance WHERE status = 'curated' "
                           "AND field = 'name'").fetchall()
    # corrections.toml's variants, and a spelling differing only in accents (its
    # [accents_and_case] reason; R2 audit item 3).
    assert {r[0] for r in curated} == {"Maynée Cortés", "Nacho Prieto", "Miguel ngel Trevio",
                                       "Omar", "Víctor Hernández Stumpfhauser"}


def test_a_synopsis_shared_by_two_episodes_is_not_either_ones_own(archive_path: Path) -> None:
    """Issue 25: "Episodes 1 and 2 (…) initiate …" was copied into each as its own synopsis."""
    conn = sqlite3.connect(archive_path)
    rows = conn.execute("SELECT e.number, p.status, p.reason FROM provenance p JOIN episodes e "
                        "ON e.id = p.record_id WHERE p.record_table = 'episodes' "
                        "AND p.field = 'synopsis' ORDER BY e.number").fetchall()
    assert [r[0] for r in rows] == [1, 2, 3, 4, 5, 6]
    assert all(r[1] == "inferred" for r in rows)
    assert "episodes 1 and 2 together" in rows[0][2]


def test_a_person_is_shown_as_the_sources_spell_them_most_often_and_says_so(
        archive_path: Path) -> None:
    conn = sqlite3.connect(archive_path)
    name, note = conn.execute("SELECT name, spelling_note FROM people "
                              "WHERE name LIKE 'Mayn%'").fetchone()
    assert name == "Maynné Cortés"  # corrections.toml lists "Maynée Cortés" first
    # Each mention once, however many records read it (R2 audit item 3).
    assert note.startswith("Shown as the sources spell it most often: 7 of 9 mentions")


def test_a_synopsis_marks_the_words_its_source_left_out(archive_path: Path) -> None:
    conn = sqlite3.connect(archive_path)
    synopsis = conn.execute("SELECT synopsis FROM episodes WHERE number = 5").fetchone()[0]
    assert "totaling an estimated […] victims" in synopsis
