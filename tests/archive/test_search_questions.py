"""Questions typed as a researcher asks them list the records they mean, not only a passage
that happens to hold every word: the episode a question names, the people and credits of the
role it asks about, and, after the records with every word, those with some of them."""

from __future__ import annotations

from typing import Any

import pytest

from tests.benchmarks.synthetic import QUERIES
from viewer.archive import search
from viewer.archive.named_records import NamedRecords, named_in
from viewer.archive.search import SearchResult
from viewer.archive.search_query import forgiving_term, reads_as_sentence
from viewer.archive.store import Archive

EPISODE_3 = ("episodes", "3. Tell the Moon to Come")
DIRECTOR = ("people", "Mariana Chenillo")
DIRECTOR_CREDIT = ("crew", "Mariana Chenillo — Director")
PLAYS_CHAYO = ("people", "Mercedes Hernández")


def _as_the_box_does(archive: Archive, text: str) -> SearchResult:
    """The search box's search (the last word a prefix), after at most one click on "Did you
    mean …?"."""
    result = archive.search(text, prefix_last=True)
    if result.suggestion:
        result = archive.search(result.suggestion, prefix_last=True)
    return result


def _top(result: SearchResult, count: int = 10) -> list[tuple[str, str]]:
    return [(h.table, h.title) for h in result.hits[:count]]


def test_who_directed_episode_3_lists_the_episode_and_its_director(archive: Archive) -> None:
    top = _top(archive.search("who directed episode 3", prefix_last=True))
    assert top[:3] == [DIRECTOR, DIRECTOR_CREDIT, EPISODE_3]
    # The passage that states it is still listed, right after the records it names.
    assert ("excerpts", "About “Somos.” › Summary Details") in top
    assert ("people", "Álvaro Curiel") not in top[:3]  # he directed the other four


def test_the_same_question_in_spanish_finds_the_same_records(archive: Archive) -> None:
    top = _top(_as_the_box_does(archive, "quién dirigió el episodio 3"))
    assert top[:3] == [DIRECTOR, DIRECTOR_CREDIT, EPISODE_3]


def test_an_episode_named_by_number_comes_first(archive: Archive) -> None:
    for text in ("episode 3", "episodio 3", "ep 3", "capítulo 3"):
        assert _top(archive.search(text, prefix_last=True))[0] == EPISODE_3, text


def test_the_role_asked_about_is_the_one_listed(archive: Archive) -> None:
    top = _top(archive.search("who wrote episode 3", prefix_last=True), 3)
    assert top == [("people", "Monika Revilla"), ("crew", "Monika Revilla — Writer"),
                   EPISODE_3]


def test_who_plays_a_character_lists_the_actress_her_credit_and_the_character(
        archive: Archive) -> None:
    top = _top(archive.search("who plays Chayo", prefix_last=True), 3)
    assert top == [PLAYS_CHAYO, ("cast", "Mercedes Hernández as Doña Chayo"),
                   ("characters", "Doña Chayo")]
    assert _top(archive.search("quién interpreta a Chayo", prefix_last=True), 1) == [
        PLAYS_CHAYO]
    assert _top(archive.search("who played benjamin", prefix_last=True), 1) == [
        ("people", "Jero Medina")]


def test_who_plays_a_misspelt_character_finds_her_through_the_suggestion(
        archive: Archive) -> None:
    """No source names a "Chapo": the archive's own vocabulary offers "Chayo", one click
    away, and its search lists the actress who plays her first."""
    result = archive.search("who plays Chapo", prefix_last=True)
    assert result.suggestion == "who plays Chayo"
    assert _top(_as_the_box_does(archive, "who plays Chapo"), 1) == [PLAYS_CHAYO]


def test_when_did_the_massacre_begin_finds_when_it_began(archive: Archive) -> None:
    top = _top(_as_the_box_does(archive, "when did the massacre begin"))
    assert all(table == "facts" and title.startswith("Massacre began")
               for table, title in top[:3]), top
    assert ("events", "Allende massacre") in top


def test_a_question_with_few_hits_widens_after_them(archive: Archive) -> None:
    """Every word of "who is the town veterinarian" is in three records only: they stay
    first, and the records with some of the words follow, with a note saying so."""
    strict = archive.search("veterinarian town", prefix_last=True)  # not widened: no question
    asked = archive.search("who is the town veterinarian", prefix_last=True)
    assert 0 < len(strict.hits) < 10 < len(asked.hits)
    first = [(h.table, h.id) for h in strict.hits]
    assert [(h.table, h.id) for h in asked.hits[:len(first)]] == first
    assert asked.notice is not None and "some of the words" in asked.notice
    assert asked.matched == len(asked.hits)


def test_words_without_question_or_stop_words_are_not_widened() -> None:
    assert reads_as_sentence("who plays Chayo") and reads_as_sentence("quién dirigió el 3")
    assert not reads_as_sentence("plays Chayo") and not reads_as_sentence("the")
    assert not reads_as_sentence('"the lazy herd"')


def test_the_benchmark_queries_neither_widen_nor_name_records() -> None:
    """So their first ten are the ones they had: no question, no episode by number."""
    for query in QUERIES:
        assert not reads_as_sentence(query), query
        assert named_in(query.split()) == NamedRecords(), query


def test_an_episode_is_named_by_a_word_for_it_and_a_number() -> None:
    assert named_in(["who", "directed", "episode", "3"]) == NamedRecords((3,), ("Director",))
    assert named_in(["episodio", "3", "y", "ep", "4"]).episodes == (3, 4)
    assert named_in(["who", "directed", "3"]) == NamedRecords()  # a number alone names none
    assert named_in(["episode", "three"]) == NamedRecords()


def test_a_character_is_named_beside_a_verb_for_playing_it() -> None:
    assert named_in(["who", "plays", "Doña", "Chayo"]).played == ("Doña", "Chayo")
    assert named_in(["quién", "interpreta", "a", "Chayo"]).played == ("Chayo",)
    assert named_in(["Chayo"]) == NamedRecords()


def test_other_words_for_the_same_thing_are_looked_for_too() -> None:
    assert forgiving_term("episodio") == '( "episodio"* OR "episode"* )'
    assert forgiving_term("ep") == '( "ep" OR "episode"* )'
    assert forgiving_term("begin") == '( "begin"* OR "began"* OR "begun"* )'
    assert forgiving_term("episodes") == '"episod"*'  # already finds "episode"


def test_a_widening_out_of_time_keeps_what_it_found(archive: Archive,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Fewer words mean more records to look through: when that runs out of time, the
    records with the most words are the answer, not "the search took too long"."""
    found_in_time = search._combinations_found

    def slow_below_three(conn: Any, terms: dict[str, str], size: int) -> Any:
        if size < 3:
            raise search.SearchTimeout
        return found_in_time(conn, terms, size)

    monkeypatch.setattr(search, "_combinations_found", slow_below_three)
    result = archive.search("who directed episode 3", prefix_last=True)
    assert ("excerpts", "About “Somos.” › Summary Details") in _top(result)
    assert result.notice is not None and "too long" not in result.notice
