"""Searches a researcher would type, each with the record that should come first.

Written from a reading of the seeds, not from what the search happens to return: a name in
the wrong spelling ("Shamus" for Schamus), a word half typed ("Chenil"), Spanish for what the
English sources say ("masacre de Allende"), no accents, questions, phrases, a family named in
the plural ("the Garzas"). Each search runs as the search box runs it — the last word a
prefix — and, when it offers "Did you mean …?", the suggestion is followed, as one click on
it does.

"Who wrote the screenplay" finds the writer since a person's searchable text holds the roles
their credits state ("Screenplay", "Teleplay by") and "wrote" is read as "Writer"; "when did
the massacre happen" finds the event since "happen" is read as what a question about a date
ends with.
"""

from __future__ import annotations

import pytest

from viewer.archive.search import SearchResult
from viewer.archive.store import Archive

#: (typed, the table and title of the record that should come first, why)
REALISTIC = [
    # Misspelt: the archive's own vocabulary offers the spelling the sources use.
    ("Shamus", ("people", "James Schamus"), "the writer, misspelt"),
    ("james shamus", ("people", "James Schamus"), "misspelt surname after a right first name"),
    ("Chenilo", ("people", "Mariana Chenillo"), "one l short"),
    ("Canatlan", ("places", "Canatlán"), "a filming location, accent-free"),
    # Partial: the last word typed is a prefix.
    ("Chenil", ("people", "Mariana Chenillo"), "half a surname"),
    ("veterinaria", ("characters", "Érika"), "Spanish prefix of 'veterinarian'"),
    ("Mariana Chen", ("people", "Mariana Chenillo"), "a name still being typed"),
    # Spanish and English: stop words of either language do not sink a search.
    ("masacre de Allende", ("events", "Allende massacre"), "Spanish, one s short"),
    ("massacre of allende", ("events", "Allende massacre"), "English, title words reordered"),
    ("los zetas", ("organisations", "Los Zetas"), "Spanish article in the name itself"),
    ("doña chayo", ("characters", "Doña Chayo"), "a character, with her title"),
    ("dona chayo", ("characters", "Doña Chayo"), "the same, accent-free"),
    # Accent-free names: the person, place or character before its credits and mentions.
    ("alvaro curiel", ("people", "Álvaro Curiel"), "a director"),
    ("benjamin", ("characters", "Benjamín"), "a character before the credit that plays him"),
    ("erika", ("characters", "Érika"), "a character"),
    ("canatlán", ("places", "Canatlán"), "the place before the quote that names it"),
    ("Cortés", ("people", "Maynné Cortés"), "the person before her four crew credits"),
    ("james schamus", ("people", "James Schamus"), "the person before headings and claims"),
    ("Durango", ("places", "Durango"), "the main filming location"),
    ("Netflix", ("organisations", "Netflix"), "the network"),
    # Questions: question and stop words are ignored when other words remain.
    ("who directed episode 3", ("people", "Mariana Chenillo"),
     "the director her credit says directed episode 3"),
    ("quién dirigió el episodio 3", ("people", "Mariana Chenillo"), "the same, in Spanish"),
    ("who wrote episode 2", ("people", "Monika Revilla"), "the writer of episode 2"),
    ("who plays Chapo", ("people", "Mercedes Hernández"),
     "a character misspelt: 'Chayo' offered, then the actress who plays her"),
    ("when did the massacre begin", ("facts", "Massacre began: 2011-03"),
     "the fact of the date, though it says 'began'"),
    ("where was it filmed", ("places", "Durango"), "the main filming location"),
    ("who wrote the screenplay", ("people", "James Schamus"), "the writer"),
    ("when did the massacre happen", ("events", "Allende massacre"), "the event"),
    # Phrases.
    ('"the lazy herd"', ("episodes", "1. The Lazy Herd"), "an episode's title as a phrase"),
    ('"a walk with wolves"', ("episodes", "4. A Walk with Wolves"), "episode 4's title"),
    ("tell the moon to come", ("episodes", "3. Tell the Moon to Come"), "a title, unquoted"),
    # Most of the words: no record has them all.
    ("Garza family", ("facts", "Members one family lost: 20"),
     "the sources say 'the Garzas': the fact whose sentence says what they lost"),
    ("Érika the vet sister", ("storylines", "The sisters' story"),
     "the one record with every word's beginning"),
]


def search_as_the_box_does(archive: Archive, text: str) -> SearchResult:
    """What the search box shows for ``text`` after at most one click on "Did you mean …?"."""
    result = archive.search(text, prefix_last=True)
    if result.suggestion:
        result = archive.search(result.suggestion, prefix_last=True)
    return result


@pytest.mark.parametrize(("typed", "first", "why"), REALISTIC)
def test_the_expected_record_comes_first(archive: Archive, typed: str,
                                         first: tuple[str, str], why: str) -> None:
    result = search_as_the_box_does(archive, typed)
    top = [(hit.table, hit.title) for hit in result.hits[:5]]
    assert top and top[0] == first, f"{why}: {typed!r} put first {top}"
