"""The query builder and the ranked search: forgiving with typing, exact with intent."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import REPO, tables_searched
from viewer.archive.schema import FILTER_INDEXES, SEARCHABLE
from viewer.archive.search import search_archive
from viewer.archive.search_query import build_match
from viewer.archive.store import Archive
from viewer.archive.tables import SEARCHED_TABLES, TABLE_SPECS, TableSpec


def test_a_notice_keeps_the_capitals_the_user_typed() -> None:
    """``str.capitalize`` made the notice's sentence and lowered the rest of it: a prefix
    typed "B*" was reported as "(b*)"."""
    notice = build_match("B* casa").notice
    assert notice == "A one-letter prefix (B*) was searched as a word."


def test_the_record_search_and_the_annotations_say_a_cut_alike() -> None:
    from viewer.annotations.store import search_words

    typed = " ".join(f"w{i}" for i in range(100))
    assert build_match(typed).notice == search_words(typed)[1]


@pytest.mark.parametrize(
    ("typed", "expression"),
    [
        ("benjamin", '"benjamin"'),
        ("vet*", '"vet"*'),
        ('"flor maría"', '"flor maría"'),
        ("doña chayo", '"doña" AND "chayo"'),
        ("spider-man", '"spider-man"'),
        ("don't", '"don\'t"'),
        ("park.", '"park."'),
        ("paquito OR chayo", '"paquito" OR "chayo"'),
        ("paquito or chayo", '"paquito" AND "chayo"'),  # lower-case "or": a stop word
        ("(irene OR erika) sisters", '( "irene" OR "erika" ) AND "sisters"'),
        ("ranch NOT walnut", '"ranch" NOT "walnut"'),
        # A name, a title or a passage's heading: every column but the body.
        ("title:benjamin", '-body:"benjamin"'),
        ("body:benjamin", 'body:"benjamin"'),
        ("foo:bar", '"foo:bar"'),
    ],
)
def test_build_match_keeps_intent_and_quotes_the_rest(typed: str, expression: str) -> None:
    assert build_match(typed).expression == expression


@pytest.mark.parametrize("typed", ["", "   ", "***", "^", "()", '""', "\x00", "🙂"])
def test_nothing_searchable_gives_no_expression(typed: str) -> None:
    assert build_match(typed).expression is None


@pytest.mark.parametrize(
    ("typed", "hint"),
    [('"unbalanced', "quote"), ("(a OR b", "parenthes"), ("OR chayo", "operator"),
     ("chayo AND", "operator"), (" ".join(["w"] * 100), "first")],
)
def test_repairs_are_reported(typed: str, hint: str) -> None:
    match = build_match(typed)
    assert match.expression is not None
    assert match.notice is not None and hint in match.notice.lower()


@pytest.mark.parametrize(
    ("typed", "expression"),
    [("()(r())", '( "r" )'), ("(a ())", '( "a" )'), ("(() OR a)", '( "a" )'),
     ("a () AND () b", '"a" AND "b"'), ("() () : NOT () NOT", '"NOT"')],
)
def test_empty_groups_leave_no_dangling_operator(typed: str, expression: str) -> None:
    """Found by the fuzz below: dropping "()" once left "( r AND )", an FTS5 syntax error
    that reached the tabs' filters, which have no plain-words fallback."""
    assert build_match(typed).expression == expression
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(title, body)")
    conn.execute("SELECT * FROM t WHERE t MATCH ?", (expression,)).fetchall()
    conn.close()


def test_accents_and_case_do_not_matter(archive: Archive) -> None:
    plain = archive.search("dona chayo")
    accented = archive.search("DOÑA CHAYO")
    assert plain.hits and [h.id for h in plain.hits] == [h.id for h in accented.hits]
    assert any("Chayo" in h.title for h in plain.hits)


def test_benjamin_finds_jero_medina_as_benjamin(archive: Archive) -> None:
    hits = archive.search("Benjamin").hits
    assert any(h.table == "cast" and h.title == "Jero Medina as Benjamín" for h in hits)


def test_snippets_highlight_the_match_and_escape_html(archive: Archive) -> None:
    hits = archive.search("Canatlan").hits
    assert hits
    assert all("<b>" in h.snippet for h in hits)
    assert any("Canatlán" in h.snippet for h in hits)


def test_prefix_phrase_and_operators_narrow_results(archive: Archive) -> None:
    prefix = archive.search("veterinar*").hits
    assert prefix
    phrase = archive.search('"Flor María"').hits
    assert phrase and all("flor" in h.snippet.lower() or "flor" in h.title.lower()
                          for h in phrase)
    both = {(h.table, h.id) for h in archive.search("Irene AND Chema", limit=500).hits}
    irene = {(h.table, h.id) for h in archive.search("Irene", limit=500).hits}
    assert both and both <= irene
    excluded = {(h.table, h.id) for h in archive.search("Irene NOT Chema", limit=500).hits}
    assert excluded.isdisjoint(both)


def test_table_filter_limits_results(archive: Archive) -> None:
    hits = archive.search("Schamus", table="crew").hits
    assert hits and {h.table for h in hits} == {"crew"}


def test_the_index_holds_exactly_the_searched_tables(archive_path: Path) -> None:
    """What the CLI offers to search (``SEARCHED_TABLES``) is what the builder indexed; and
    which tables that is, is said once: every table is either in the contract's SEARCHABLE
    or has an index of its own for its filter (FILTER_INDEXES), never both."""
    assert tables_searched(archive_path) == list(SEARCHED_TABLES)
    assert set(SEARCHED_TABLES) < set(TABLE_SPECS)
    physical = {spec.physical for spec in TABLE_SPECS.values()}
    assert physical == set(SEARCHABLE) | set(FILTER_INDEXES)
    assert not set(SEARCHABLE) & set(FILTER_INDEXES)
    assert "searched" not in {f.name for f in dataclasses.fields(TableSpec)}


def test_ranking_is_deterministic(archive: Archive) -> None:
    first = [(h.table, h.id) for h in archive.search("Allende", limit=100).hits]
    assert first == [(h.table, h.id) for h in archive.search("Allende", limit=100).hits]


@settings(max_examples=1500, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300) | st.from_regex(
    r'[a-zA-Z"()*^:\- ]{0,40}(AND|OR|NOT|NEAR)?[a-z"()*^ ]{0,20}', fullmatch=True))
def test_any_text_is_a_valid_query_or_none(typed: str) -> None:
    """Whatever comes out of build_match, FTS5 accepts it."""
    match = build_match(typed)
    if match.expression is None:
        return
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(title, body, "
                 "tokenize='unicode61 remove_diacritics 2')")
    conn.execute("INSERT INTO t VALUES ('benjamín', 'doña chayo')")
    conn.execute("SELECT * FROM t WHERE t MATCH ?", (match.expression,)).fetchall()


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=200))
def test_search_archive_never_raises(archive: Archive, typed: str) -> None:
    result = archive.search(typed)
    if build_match(typed).expression is None:
        assert result.hits == []
    assert all(h.table in TABLE_SPECS and h.title is not None for h in result.hits)


def test_ten_thousand_characters_are_survived(archive: Archive) -> None:
    result = archive.search("chayo " * 1700)
    assert result.notice is not None


def test_search_on_closed_connection_is_our_bug_not_silence(archive_path) -> None:  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(archive_path)
    conn.close()
    with pytest.raises(sqlite3.ProgrammingError):
        search_archive(conn, "chayo")


def test_passages_under_a_matching_heading_show_their_own_words(archive: Archive) -> None:
    """A heading shared by many passages is already the Record column's title: a snippet of
    only the heading made forty identical results for a common word."""
    hits = [h for h in archive.search("makers", limit=50).hits if h.table == "excerpts"]
    assert len(hits) > 10
    snippets = [h.snippet for h in hits]
    assert len(set(snippets)) > len(snippets) // 2
    assert all("<b>" in s for s in snippets)  # the match stays marked
    cast = archive.search("Benjamin", table="cast", limit=1).hits[0]
    assert cast.snippet == "Jero Medina as <b>Benjamín</b>"  # own titles are kept as they are


def test_a_search_loads_none_of_the_extractors(archive_path: Path) -> None:
    """The search reads the role words from viewer.archive.roles: importing them from the
    extractors' package made the viewer's first search, and every ``somos-archive search``,
    load the extractors' modules and compile their patterns. A question whose words name a
    role and a search relaxed word by word both read those words. A fresh interpreter, so that
    what other tests imported does not count."""
    code = textwrap.dedent(f"""
        import json, sys
        from pathlib import Path
        from viewer.archive.store import Archive
        with Archive.open(Path({str(archive_path)!r})) as archive:
            asked = archive.search("who wrote the screenplay", exhaustive=True)
            relaxed = archive.search("escribió zzqxv")
        print(json.dumps({{
            "asked": sorted({{h.table for h in asked.hits}}),
            "relaxed": bool(relaxed.hits and relaxed.left_out),
            "extract": sorted(m for m in sys.modules if m.startswith("viewer.archive.extract")),
        }}))
    """)
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                         text=True, check=True).stdout
    probe = json.loads(out)
    assert "people" in probe["asked"] and probe["relaxed"]  # the searches read the role words
    assert probe["extract"] == []
