"""Words a question or a sentence carries that say nothing about what is sought.

"who directed episode 3" and "¿dónde se filmó?" find nothing if every word must be in a
record: no record says "who". The search leaves these words out when other words remain
(a search for "the" alone still searches for "the"), in English and in Spanish, the two
languages of the series and of its sources. Words are compared folded, as the index folds
them (no case, no accents), so "Dónde" and "donde" are one word.

Beside them, what a question asks for: the kind of record a question word wants
(:data:`QUESTION_KINDS`) and the archive's own words for what a verb asks about
(:data:`ASKED_ABOUT`: "died" asks for a "death toll"), which no record states as the verb.
"""

from __future__ import annotations

import unicodedata


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Asking words: a question names what it wants with the other words.
QUESTION_WORDS = _words("""
who whom whose what which when where why how
quien quienes que cual cuales cuando donde adonde por porque como cuanto cuanta cuantos cuantas
""")

#: Articles, pronouns, prepositions, auxiliaries and the like, folded; and the verbs a question
#: about a date ends with ("when did it happen?", "¿cuándo ocurrió?"), which no record says.
STOP_WORDS = QUESTION_WORDS | _words("""
a an the this that these those it its is are was were be been being am do does did doing
done have has had having of in on at to for from by with about into onto over under than
then there here and or but nor not no so as if i me my we our you your he him his she her
they them their any some all happen happens happened occur occurs occurred
el la los las lo un una unos unas de del al a ante con contra en entre hacia hasta para
por segun sin sobre tras y e o u ni pero mas que se su sus le les me te nos es son fue
fueron ser era eran esta este estos estas ese esa esos esas esto eso hay ha han habia
paso ocurrio sucedio
""")


#: Words that ask only after a question word ("how many died", "how much did it cost"): they
#: say nothing of what is sought there, while "many" alone is a word like any other.
ASKING_AFTER: dict[str, frozenset[str]] = {"how": frozenset({"many", "much"})}


def fold(word: str) -> str:
    """``word`` as the index stores it: no accents, no case (``unicode61 remove_diacritics``)."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def is_stop_word(word: str) -> bool:
    return fold(word) in STOP_WORDS


def asking(words: list[str]) -> list[bool]:
    """For each of ``words``, whether it asks only after the word before it
    (:data:`ASKING_AFTER`: "many" in "how many died", not in "many died")."""
    folded = [fold(word) for word in words]
    return [i > 0 and word in ASKING_AFTER.get(folded[i - 1], ()) for i, word in
            enumerate(folded)]


#: What kind of record a question word asks for: the tabs whose records answer it.
QUESTION_KINDS: dict[str, tuple[str, ...]] = {
    "where": ("places",), "donde": ("places",), "adonde": ("places",),
    "who": ("people", "characters"), "whom": ("people", "characters"),
    "quien": ("people", "characters"), "quienes": ("people", "characters"),
    "when": ("events", "facts"), "cuando": ("events", "facts"),
    "how many": ("facts",), "how much": ("facts",),
    "cuanto": ("facts",), "cuanta": ("facts",), "cuantos": ("facts",), "cuantas": ("facts",),
}

#: Verbs a question asks with whose answer the archive states in words of its own, folded,
#: in English and Spanish, and those words: "how many died" asks for the facts labelled
#: "death toll", "where was it filmed" for the places whose relation is "filming location".
#: The roles a verb asks for ("wrote": Writer) are :data:`~viewer.archive.roles.WORK_VERBS`.
#: Each word is one the builder writes (tests/archive/test_search_verbs.py checks the archive
#: built from the seeds holds every one), never an answer.
ASKED_ABOUT: dict[str, str] = {
    **dict.fromkeys(("die", "died", "killed", "murdered", "murio", "murieron", "mataron",
                     "asesinaron", "fallecieron"), "death toll"),
    **dict.fromkeys(("film", "filmed", "filmo", "filmaron", "filmada", "filmado", "rodo",
                     "rodaron", "rodada", "rodado", "grabo", "grabaron"), "filming"),
}


def question_kinds(words: list[str]) -> tuple[str, ...]:
    """The tabs the question words among ``words`` ask for, in the order asked."""
    kinds: list[str] = []
    folded = [fold(word) for word in words]
    for i, word in enumerate(folded):
        pair = f"{folded[i - 1]} {word}" if i else word
        for kind in QUESTION_KINDS.get(pair, QUESTION_KINDS.get(word, ())):
            if kind not in kinds:
                kinds.append(kind)
    return tuple(kinds)
