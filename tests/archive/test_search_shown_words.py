"""A search by the words a window shows for the archive's own (no Qt): the Spanish window shows
"Guionista" for the stored "Writer", so it hands the search its (shown, stored) pairs and a
term that matches a shown word finds the stored word too, ranked as that word would be. The
CLI and the English window pass none, and search as they always have."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from viewer.archive.search import search_archive
from viewer.archive.search_query import (
    MAX_TERMS,
    ShownPairs,
    build_match,
    shows_word,
    with_stored_words,
)
from viewer.archive.store import Archive
from viewer.archive.suggestions import suggest

#: Some of the Spanish window's words for the archive's own, as its catalogue has them.
SPANISH: ShownPairs = (
    ("Guionista", "Writer"),
    ("Productor", "Producer"),
    ("Productor ejecutivo", "Executive Producer"),
    ("Productor de línea", "Line Producer"),
    ("Director", "Director"),
    ("Director de fotografía", "Cinematographer"),
    ("Estimación de muertos", "Death toll estimate"),
    ("Cifra oficial de muertos", "Official death toll"),
    ("La masacre", "the massacre"),
    ("Masacre", "massacre"),
    ("Inicio de la masacre", "massacre began"),
)


def _crew(archive: Archive, role: str) -> set[int]:
    return {c.id for c in archive.iter_records("crew") if c.role == role}


@pytest.mark.parametrize(("typed", "expected"), [
    ("guionista", '( "guionista" OR "writer" )'),
    ("Guion*", '( "Guion"* OR "writer" )'),
    ('"director de fotografía"', '( "director de fotografía" OR "cinematographer" )'),
    ("productor ejecutivo",
     '( "productor" OR "producer" ) AND ( "ejecutivo" OR "executive producer" )'),
    ("muertos", '( "muertos" OR "death toll estimate" OR "official death toll" )'),
    ("guionista OR muertos NOT productor",
     '( "guionista" OR "writer" ) OR ( "muertos" OR "death toll estimate" OR '
     '"official death toll" ) NOT ( "productor" OR "producer" )'),
    ("body:guionista", '( body:"guionista" OR body:"writer" )'),
    ("title:guionista", '( -body:"guionista" OR -body:"writer" )'),
])
def test_a_shown_word_searches_its_stored_word_too(typed: str, expected: str) -> None:
    assert build_match(typed, words_shown=SPANISH).expression == expected


def test_what_the_shown_word_is_not_stays_as_typed() -> None:
    # The stored word itself, a word of no shown word, a phrase not in one, a stop word
    # ("de" is in half the shown words) and no pairs.
    for typed in ("writer", "chayo", '"muertos estimación"', "de"):
        assert build_match(typed, words_shown=SPANISH) == build_match(typed)
    # A shown word said as stored is found by the index; "Director de fotografía" is not.
    assert build_match("director", words_shown=SPANISH).expression == (
        '( "director" OR "cinematographer" )')
    assert build_match("guionista").expression == '"guionista"'
    # A phrase holding a stored word found already adds nothing ("massacre" finds "the
    # massacre" and "massacre began" alike).
    assert with_stored_words('"masacre"', SPANISH) == '( "masacre" OR "massacre" )'


def test_the_stored_words_count_towards_the_term_cap() -> None:
    typed = " ".join([f"w{n}" for n in range(MAX_TERMS - 2)] + ["muertos"])
    expression = build_match(typed, words_shown=SPANISH).expression
    assert expression is not None
    assert expression.endswith('( "muertos" OR "death toll estimate" )')
    full = " ".join(f"w{n}" for n in range(MAX_TERMS)) + " guionista"
    assert "writer" not in str(build_match(full, words_shown=SPANISH).expression)


def test_guionista_finds_the_writers_credits_ranked_as_writer(archive: Archive) -> None:
    assert not archive.search("guionista", limit=200).hits  # the index holds "Writer"
    hits = archive.search("guionista", limit=200, words_shown=SPANISH).hits
    writers = _crew(archive, "Writer")
    assert writers and writers <= {h.id for h in hits if h.table == "crew"}
    as_stored = archive.search("writer", limit=200).hits
    assert [(h.table, h.id) for h in hits] == [(h.table, h.id) for h in as_stored]
    assert all("<b>Writer</b>" in h.snippet or "<b>" in h.snippet for h in hits)


def test_muertos_finds_the_death_toll_facts(archive: Archive) -> None:
    facts = {f.id for f in archive.iter_records("facts")
             if f.label in ("Death toll estimate", "Official death toll")}
    hits = archive.search("muertos", limit=200, prefix_last=True, words_shown=SPANISH).hits
    assert facts and facts <= {h.id for h in hits if h.table == "facts"}


def test_a_shown_word_is_not_respelt(archive_path: Path) -> None:
    """"Did you mean" respells the words the archive does not hold, not the window's own."""
    assert shows_word("guionista", SPANISH) and shows_word("guion", SPANISH, prefix=True)
    assert not shows_word("guion", SPANISH) and not shows_word("writer", SPANISH)
    with closing(sqlite3.connect(archive_path.as_uri() + "?mode=ro", uri=True)) as conn:
        found = suggest(conn, "guionista masacer", words_shown=SPANISH)
        assert found is not None and found.words == {"masacer": "massacre"}
        result = search_archive(conn, "guionista masacer", words_shown=SPANISH)
    assert result.suggestion == "guionista massacre"
