"""Records a search names outright: "episode 3", "the director of episode 3", "who plays Chayo".

No record's text says "episode 3": the episode is "3. Tell the Moon to Come" and its director
a credit "Mariana Chenillo — Director" whose episodes are stated apart, as numbers. So a
full-text search for those words finds, at best, a passage that happens to hold them, while
the records a researcher means lie in plain columns: the episode numbered 3, and the credits
of the role the text names (:func:`~viewer.archive.roles.role_named`: "directed", "dirigió",
"writer") that state episode 3 among their episodes, with their people. This module reads
those names from the words and finds the records by their columns, through indexes
(``episodes.number``, ``credits.category, role``), so the look-up does not grow with the
excerpts. Nothing here is a seed's value; the words are the languages' own.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from itertools import pairwise

from viewer.archive.roles import role_named
from viewer.archive.stop_words import fold, is_stop_word

#: Words for an episode, folded, in English and Spanish ("capítulo" is how Mexican television
#: says it), and the word the sources use: a Spanish one also finds "episode" in their text
#: (:func:`~viewer.archive.search_query.forgiving_term`).
EPISODE_WORDS: dict[str, str] = {
    "episode": "episode", "episodes": "episode", "ep": "episode", "eps": "episode",
    "episodio": "episode", "episodios": "episode",
    "capitulo": "episode", "capitulos": "episode",
}
#: Verbs a question asks who plays a character with, folded, in English and Spanish ("who
#: plays Chayo", "¿quién interpreta a Chayo?"): the cast credits of the character the other
#: words name answer it.
CAST_VERBS = frozenset((
    "play", "plays", "played", "playing", "portray", "portrays", "portrayed", "portraying",
    "interpreta", "interpretan", "interpreto", "interpretaba", "interpretado", "encarna",
    "encarno"))
#: At most this many episodes are named by one number (a large archive may hold several
#: series, each with its episode 3), and credits listed per role and episode.
MAX_NAMED = 3


@dataclass(frozen=True)
class NamedRecords:
    """What the words name: episode numbers, in the order written, and canonical roles;
    the words naming a character someone is asked to play."""

    episodes: tuple[int, ...] = ()
    roles: tuple[str, ...] = ()
    played: tuple[str, ...] = ()


def named_in(words: list[str]) -> NamedRecords:
    """The episodes ``words`` name by number (an episode word followed by digits: "episode
    3", "ep 3", "episodio 3") and the roles they name alongside (a role alone is what the
    full-text search already finds); and, beside a verb of :data:`CAST_VERBS`, the other
    words, which name the character played. Nothing when they name neither."""
    numbers: list[int] = []
    for word, following in pairwise(words):
        # isdecimal, not isdigit: "³" is a digit int() cannot read.
        if fold(word) in EPISODE_WORDS and following.isdecimal() and len(following) <= 4:
            numbers.append(int(following))
    numbers = list(dict.fromkeys(numbers))
    played: list[str] = []
    if any(fold(word) in CAST_VERBS for word in words):
        played = [w for w in words if fold(w) not in CAST_VERBS and not is_stop_word(w)]
    if not numbers and not played:
        return NamedRecords()
    roles = [role for word in words if (role := role_named(word)) is not None]
    return NamedRecords(tuple(numbers), tuple(dict.fromkeys(roles)) if numbers else (),
                        tuple(played))


#: The crew credits of one role (``?``), with their people: the start of a statement.
_CREDITS = ("SELECT c.search_id, p.search_id FROM credits c "
            "LEFT JOIN people p ON p.id = c.person_id "
            "WHERE c.category = 'crew' AND c.role = ? AND c.search_id IS NOT NULL ")


def named_rowids(conn: sqlite3.Connection, named: NamedRecords) -> list[int]:
    """The search-index rowids of the records ``named`` names, in the order to show them:
    for each episode, the people credited in each named role and their credits (a question
    about a role asks for who holds it), then the episode itself. Credits are those whose own
    stated episodes hold the number; when none does, those that state no episode, the
    series' own ("who produced episode 1": its producers, credited for the whole series)."""
    rowids: list[int] = []
    for number in named.episodes:
        episodes = conn.execute(
            "SELECT search_id FROM episodes WHERE number = ? AND search_id IS NOT NULL "
            "ORDER BY id LIMIT ?", (number, MAX_NAMED)).fetchall()
        if not episodes:
            continue
        for role in named.roles:
            credits = conn.execute(_CREDITS + "AND json_valid(c.episodes) AND EXISTS "
                                   "(SELECT 1 FROM json_each(c.episodes) WHERE value = ?) "
                                   "ORDER BY c.id LIMIT ?", (role, number, MAX_NAMED)
                                   ).fetchall() or conn.execute(
                _CREDITS + "AND coalesce(c.episodes, '[]') IN ('', '[]') ORDER BY c.id LIMIT ?",
                (role, MAX_NAMED)).fetchall()
            rowids.extend(person for _credit, person in credits if person is not None)
            rowids.extend(credit for credit, _person in credits)
        rowids.extend(row[0] for row in episodes)
    return list(dict.fromkeys(rowids))


def played_rowids(conn: sqlite3.Connection, characters: list[int]) -> list[int]:
    """The search-index rowids of who plays each of ``characters`` (ids): for each, the
    people and their cast credits (:data:`MAX_NAMED` at most), then the character."""
    rowids: list[int] = []
    for character in characters:
        credits = conn.execute(
            "SELECT c.search_id, p.search_id FROM credits c "
            "LEFT JOIN people p ON p.id = c.person_id "
            "WHERE c.character_id = ? AND c.category = 'cast' AND c.search_id IS NOT NULL "
            "ORDER BY c.id LIMIT ?", (character, MAX_NAMED)).fetchall()
        rowids.extend(person for _credit, person in credits if person is not None)
        rowids.extend(credit for credit, _person in credits)
        rowids.extend(row[0] for row in conn.execute(
            "SELECT search_id FROM characters WHERE id = ? AND search_id IS NOT NULL",
            (character,)))
    return list(dict.fromkeys(rowids))
