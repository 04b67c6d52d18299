"""Bounded ranking: on a large archive a search ranks within limits, and says so.

The bounds only bite on archives far larger than the seeds', so these tests shrink them.
"""

from __future__ import annotations

import sqlite3

import pytest

from viewer.archive import search
from viewer.archive.search_query import build_match, expression_terms
from viewer.archive.store import Archive


@pytest.mark.parametrize(
    ("typed", "terms"),
    [
        ("benjamin", ['"benjamin"']),
        ("vet*", ['"vet"*']),
        ('"flor maría" flor', ['"flor"', '"maría"']),
        ('"de la casa"*', ['"de"', '"la"', '"casa"*']),
        ("title:chayo NOT irene", ['"chayo"', '"irene"']),
        ("spider-man", ['"spider"', '"man"']),
    ],
)
def test_expression_terms_are_what_bm25_counts(typed: str, terms: list[str]) -> None:
    expression = build_match(typed).expression
    assert expression is not None
    assert expression_terms(expression) == terms


def test_the_seeds_archive_is_ranked_in_full(archive: Archive) -> None:
    for typed in ("Allende", "dona chayo", "veterinar*", '"Flor María"'):
        result = archive.search(typed, limit=500)
        assert result.ranking == "full"
        assert result.notice is None


def test_many_matches_are_ranked_within_a_window(archive: Archive,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    full = archive.search("Allende", limit=500)
    monkeypatch.setattr(search, "RANK_WINDOW", 5)
    windowed = archive.search("Allende", limit=500)
    assert windowed.ranking == "window"
    assert windowed.notice is not None and "first 5" in windowed.notice
    assert len(windowed.hits) == 5
    assert {(h.table, h.id) for h in windowed.hits} < {(h.table, h.id) for h in full.hits}
    ranks = [h.rank for h in windowed.hits]
    assert ranks == sorted(ranks)


def test_too_common_terms_are_ordered_titles_first(archive: Archive,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "RANK_BUDGET", 3)
    result = archive.search("Benjamin", limit=500)
    assert result.ranking == "title"
    assert result.notice is not None and "too many records" in result.notice
    in_title = ["benjam" in h.title.lower() for h in result.hits]
    assert in_title[0] and in_title == sorted(in_title, reverse=True)
    assert result.hits == archive.search("Benjamin", limit=500).hits  # deterministic


def test_exhaustive_ranks_every_match_whatever_the_bounds(
        archive: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = archive.search("Allende", limit=500).hits
    monkeypatch.setattr(search, "RANK_WINDOW", 5)
    monkeypatch.setattr(search, "RANK_BUDGET", 3)
    result = archive.search("Allende", limit=500, exhaustive=True)
    assert result.ranking == "full" and result.hits == expected


def test_a_table_filter_holds_in_every_ranking(archive: Archive,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "RANK_WINDOW", 2)
    assert {h.table for h in archive.search("Allende", table="excerpts").hits} == {"excerpts"}
    monkeypatch.setattr(search, "RANK_BUDGET", 3)
    assert {h.table for h in archive.search("Allende", table="excerpts").hits} == {"excerpts"}


def test_search_rows_follow_record_order_within_each_table(archive_path) -> None:  # type: ignore[no-untyped-def]
    """Windows and filtered pages walk the index in rowid order and expect each table's
    records in id order there; the builder writes them so."""
    conn = sqlite3.connect(archive_path)
    rows = conn.execute("SELECT tab, record_id FROM search_index ORDER BY id").fetchall()
    conn.close()
    by_table: dict[str, list[int]] = {}
    for table, record_id in rows:
        by_table.setdefault(table, []).append(record_id)
    assert all(ids == sorted(ids) for ids in by_table.values())


def _matching_ids(archive_path, table: str, expression: str) -> list[int]:  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(archive_path)
    ids = [r[0] for r in conn.execute(
        "SELECT s.record_id FROM search_index_fts f JOIN search_index s ON s.id = f.rowid "
        "WHERE search_index_fts MATCH ? AND s.tab = ? ORDER BY s.record_id",
        (expression, table))]
    conn.close()
    return ids


@pytest.mark.parametrize("table", ["excerpts", "cast", "crew", "people", "quotes", "sources"])
@pytest.mark.parametrize("typed", ["Allende", "the", "benjamin OR chayo", "a*"])
def test_filtered_pages_in_id_order_hold_every_match_once(archive: Archive, archive_path,  # type: ignore[no-untyped-def]
                                                          table: str, typed: str) -> None:
    expression = build_match(typed).expression
    assert expression is not None
    expected = _matching_ids(archive_path, table, expression)
    forward = [r.id for r in archive.iter_records(table, filter_text=typed, chunk=7)]
    backward = [r.id for r in archive.iter_records(table, filter_text=typed, chunk=7,
                                                   descending=True)]
    assert forward == expected
    assert backward == expected[::-1]
    assert archive.count(table, typed) == len(expected)
