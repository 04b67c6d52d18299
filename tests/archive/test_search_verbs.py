"""A question's verb and question words find the records that hold its answer, through the
words the archive itself stores: "how many died" the death-toll facts, "where was the series
filmed" the filming locations, "who produced episode 1" the producers; in Spanish too. And a
plain search runs exactly the statements it ran before."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.benchmarks.synthetic import QUERIES
from viewer.archive import stop_words
from viewer.archive.roles import WORK_VERBS
from viewer.archive.search import SearchResult
from viewer.archive.search_query import content_words, reads_as_sentence
from viewer.archive.store import Archive


def _hits(result: SearchResult, count: int) -> list[tuple[str, int]]:
    return [(h.table, h.id) for h in result.hits[:count]]


def death_tolls(archive_path: Path) -> set[tuple[str, int]]:
    """The facts whose label says "death toll", as the builder writes them."""
    with sqlite3.connect(archive_path) as conn:
        return {("facts", row[0]) for row in conn.execute(
            "SELECT id FROM facts WHERE label LIKE '%death toll%'")}


def filming_places(archive_path: Path) -> set[tuple[str, int]]:
    """The places whose relation to the series is "filming location"."""
    with sqlite3.connect(archive_path) as conn:
        return {("places", row[0]) for row in conn.execute(
            "SELECT e.id FROM entities e, json_each(e.relations) r "
            "WHERE e.kind = 'place' AND r.value = 'filming location'")}


def producers_of_the_series(archive_path: Path) -> set[tuple[str, int]]:
    with sqlite3.connect(archive_path) as conn:
        return {("people", row[0]) for row in conn.execute(
            "SELECT DISTINCT person_id FROM credits WHERE role = 'Producer'")}


@pytest.mark.parametrize("text", ["how many died", "how many people were killed in Allende",
                                  "cuántos murieron en Allende"])
def test_how_many_died_lists_a_death_toll_first(archive: Archive, archive_path: Path,
                                                text: str) -> None:
    tolls = death_tolls(archive_path)
    assert tolls
    top = _hits(archive.search(text, prefix_last=True), 5)
    assert tolls & set(top), top
    assert top[0] in tolls, top


@pytest.mark.parametrize("text", ["where was the series filmed", "dónde se filmó la serie"])
def test_where_was_it_filmed_lists_the_filming_places_first(
        archive: Archive, archive_path: Path, text: str) -> None:
    """Before, the quotes holding "series" (or a word it begins: "serie") came first."""
    places = filming_places(archive_path)
    top = _hits(archive.search(text, prefix_last=True), 5)
    assert top[0] in places and len(places & set(top)) >= 2, top


@pytest.mark.parametrize("text", ["who produced episode 1", "quién produjo el episodio 1"])
def test_who_produced_an_episode_lists_the_series_producers(
        archive: Archive, archive_path: Path, text: str) -> None:
    """The producers are credited for the whole series: no credit states episode 1."""
    producers = producers_of_the_series(archive_path)
    top = _hits(archive.search(text, prefix_last=True), 3)
    assert set(top) <= producers and len(top) == 3, top
    assert ("crew" in {table for table, _id in _hits(archive.search(text), 8)})


def test_how_many_asks_and_is_no_search_word() -> None:
    assert content_words("how many people were killed in Allende") == [
        "people", "killed", "Allende"]
    assert content_words("How much did it cost") == ["cost"]
    # Not asked: a word like any other, and no sentence to widen.
    assert content_words("many people") == ["many", "people"]
    assert not reads_as_sentence("many people")
    assert stop_words.question_kinds(["how", "many", "died"]) == ("facts",)
    assert stop_words.question_kinds(["cuántos", "murieron"]) == ("facts",)
    assert stop_words.question_kinds(["how", "did", "it", "end"]) == ()


def test_every_word_a_verb_is_mapped_to_is_one_the_archive_holds(archive_path: Path) -> None:
    """The mapping names the archive's vocabulary, never an answer: a word the builder no
    longer writes would make its verbs find nothing."""
    with sqlite3.connect(archive_path) as conn:
        for word in sorted(set(stop_words.ASKED_ABOUT.values())):
            found = conn.execute("SELECT count(*) FROM search_index_fts "
                                 "WHERE search_index_fts MATCH ?",
                                 (json.dumps(word),)).fetchone()[0]
            assert found, word
        roles = {row[0] for row in conn.execute("SELECT DISTINCT role FROM credits")}
    assert set(WORK_VERBS.values()) <= roles, set(WORK_VERBS.values()) - roles


def _statements(archive: Archive, text: str) -> list[str]:
    statements: list[str] = []
    archive._conn.set_trace_callback(statements.append)
    try:
        archive.search(text, prefix_last=True)
        archive.search(text)
    finally:
        archive._conn.set_trace_callback(None)
    return statements


@pytest.mark.parametrize("text", [*QUERIES, "Chenil", "veterinarian town"])
def test_a_plain_search_runs_the_statements_it_ran_before(
        archive: Archive, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    """The first answer stays on the search box's path: no verb or asking word costs a plain
    search a statement (the benchmark queries among them)."""
    ran = _statements(archive, text)
    monkeypatch.setattr(stop_words, "ASKED_ABOUT", {})
    monkeypatch.setattr(stop_words, "ASKING_AFTER", {})
    monkeypatch.setattr("viewer.archive.search_query.ASKED_ABOUT", {})
    assert _statements(archive, text) == ran
    if text == "benjamin":
        assert len(ran) == 74  # as on main before the verbs: two searches, 37 each
