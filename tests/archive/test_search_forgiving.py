""""Did you mean …?", stop words and "most of the words": a search that forgives."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

from viewer.archive.records.credits import Person
from viewer.archive.roles import role_named
from viewer.archive.search_query import content_words, forgiving_term
from viewer.archive.stop_words import is_stop_word
from viewer.archive.store import Archive
from viewer.archive.suggestions import closest_term, suggest


def test_question_and_stop_words_of_both_languages_are_left_out() -> None:
    assert content_words("who directed episode 3") == ["directed", "episode", "3"]
    assert content_words("dónde está la masacre") == ["masacre"]


def test_stop_words_alone_are_still_searched() -> None:
    assert content_words("the") == ["the"]
    assert content_words("de la") == ["de", "la"]


def test_search_syntax_is_taken_as_written() -> None:
    assert content_words('"the lazy herd"') is None
    assert content_words("ranch NOT walnut") is None


def test_stop_words_are_compared_folded() -> None:
    assert is_stop_word("Dónde") and is_stop_word("QUIÉN") and not is_stop_word("Allende")


def test_forgiving_terms_take_off_endings_and_keep_numbers_whole() -> None:
    assert forgiving_term("filmed") == '"film"*'
    assert forgiving_term("Garzas") == '"garza"*'
    assert forgiving_term("3") == '"3"'


def test_a_verb_for_a_maker_s_work_also_finds_the_role_it_names() -> None:
    """"wrote" begins no word of "Writer"; "directed" with its ending off begins "Director"."""
    assert forgiving_term("wrote") == '( "wrote"* OR "writer"* )'
    assert forgiving_term("escribió") == '( "escribio"* OR "writer"* )'
    assert forgiving_term("directed") == '"direct"*'
    assert forgiving_term("written") == '( "written"* OR "writer"* )'  # a credit verb too
    assert role_named("wrote") == role_named("Screenplay") == role_named("escribió") == "Writer"
    assert role_named("directed") == "Director" and role_named("Durango") is None
    assert role_named("Written") == role_named("co-written") == "Writer"


def test_a_person_is_found_by_the_roles_their_credits_state(archive: Archive) -> None:
    """"Teleplay by" is how one seed credits two of the writers: the people are found by it,
    not only their credits, though no person's filed role says it."""
    hits = archive.search("teleplay").hits
    assert sorted(h.title for h in hits if h.table == "people") == [
        "James Schamus", "Monika Revilla"]


def test_a_person_s_searchable_text_is_only_what_the_sources_state(archive_path: Path) -> None:
    """Every word a person is found by is a word of their name, a filed role or one of
    their credits' roles as stated: nothing is added that no seed says of them."""
    def words(text: str) -> set[str]:
        return set(re.findall(r"[^\W_]+", text.casefold()))

    conn = sqlite3.connect(archive_path.as_uri() + "?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT p.id, p.variants, p.roles, s.body, (SELECT group_concat(role_as_stated, "
            "' / ') FROM credits c WHERE c.person_id = p.id) FROM people p "
            "JOIN search_index s ON s.tab = 'people' AND s.record_id = p.id").fetchall()
        assert len(rows) == conn.execute("SELECT count(*) FROM people").fetchone()[0]
        for _pid, variants, roles, body, stated in rows:
            said = " ".join([*json.loads(variants), *json.loads(roles), stated or ""])
            assert words(body) <= words(said), body
    finally:
        conn.close()


def test_a_question_naming_only_a_role_lists_its_holders_best_attested_first(
        archive: Archive) -> None:
    """Each writer answers "who wrote" as well as the next: ties break by how many sources
    state the person (bm25 preferred whoever holds the fewest other roles)."""
    for question in ("who wrote", "who wrote the screenplay", "quién escribió"):
        hits = archive.search(question, prefix_last=True).hits[:3]
        people = [archive.get("people", h.id) for h in hits if h.table == "people"]
        assert len(people) == 3, question
        assert all(isinstance(p, Person) and "Writer" in p.roles for p in people)
        counts = [len(p.sources) for p in people if isinstance(p, Person)]
        assert counts == sorted(counts, reverse=True), (question, counts)
        assert people[0] is not None and people[0].name == "James Schamus"


def test_a_misspelt_name_gets_the_spelling_the_sources_use(archive_path: Path) -> None:
    conn = sqlite3.connect(archive_path.as_uri() + "?mode=ro", uri=True)
    try:
        assert closest_term(conn, "Shamus") == "schamus"
        found = suggest(conn, "masacre de Allende")
        assert found is not None and found.text == "massacre de Allende"
        assert suggest(conn, "Chenil", prefix_last=True) is None  # a word still being typed
        assert suggest(conn, "zzzzqqqq") is None  # nothing alike: no suggestion
    finally:
        conn.close()


def test_a_search_that_finds_nothing_offers_the_suggestion(archive: Archive) -> None:
    result = archive.search("Shamus")
    assert not result.hits and result.suggestion == "Schamus"
    assert archive.search(result.suggestion).hits[0].title == "James Schamus"


def test_records_with_most_of_the_words_say_which_were_left_out(archive: Archive) -> None:
    result = archive.search("Canatlán zzzzqqqq")
    assert result.hits and result.hits[0].title == "Canatlán"
    assert result.left_out == ("zzzzqqqq",)
    assert result.notice is not None and "“zzzzqqqq”" in result.notice


def test_a_suggestion_is_found_with_the_reader_s_pragmas(archive: Archive) -> None:
    """The vocabulary table is the builder's: a read-only, ``trusted_schema=OFF`` connection
    reads it."""
    assert archive.search("Chenilo").suggestion == "Chenillo"


def test_a_question_puts_the_kind_of_record_it_asks_for_first(archive: Archive) -> None:
    hits = archive.search("where was it filmed").hits
    assert [h.table for h in hits[:3]] == ["places"] * 3
    assert all(h.table != "places" for h in archive.search("filmed").hits[:1])


def test_question_words_of_both_languages_name_a_kind() -> None:
    from viewer.archive.stop_words import question_kinds

    assert question_kinds(["Dónde", "filmaron"]) == ("places",)
    assert question_kinds(["who", "directed"]) == ("people", "characters")
    assert question_kinds(["Allende"]) == ()


def test_all_matching_a_search_means_what_the_search_box_listed(archive: Archive) -> None:
    from viewer.archive.export import select_records
    from viewer.archive.search_query import search_box_filter

    assert search_box_filter("Chenil") == "Chenil*"
    assert search_box_filter("who directed episode 3") == "directed episode 3"
    assert search_box_filter('"the lazy herd"') == '"the lazy herd"'
    people = select_records(archive, "people", query=search_box_filter("Chenil"))
    assert [p.name for p in people] == ["Mariana Chenillo"]


def test_an_archive_without_its_vocabulary_still_searches(archive_path: Path,
                                                          tmp_path: Path) -> None:
    """A file from elsewhere may lack the builder's ``fts5vocab`` table: no suggestion, and
    the search still answers."""
    import shutil

    copy = tmp_path / "no-vocabulary.sqlite"
    shutil.copy(archive_path, copy)
    with sqlite3.connect(copy) as conn:
        conn.execute("DROP TABLE search_index_vocab")
    conn.close()
    with Archive.open(copy) as opened:
        result = opened.search("Shamus Allende")
        assert result.suggestion is None
        assert result.hits and result.left_out == ("Shamus",)
