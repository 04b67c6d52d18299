"""Words the extractors know before they read a seed: month, number and relation words.

Each extractor reads its seed's structure, but some readings need words no seed defines: that
"March" is month 3, that "six" is 6, that a "series creator" is filed as "Creator". Those words
were typed into several extractors, copy for copy; they live here once so the layouts cannot
drift apart (a role or number word added for one seed is understood in every seed that uses it)
and so that equal facts from different seeds get equal readings.

Every role and relation word is stated once (issue 25). What an organisation, place, event,
work or award is to the series: the tables near the end. What "Color timing" or "Developed by"
means: :mod:`viewer.archive.roles`, outside this package because the search reads those words
too and should not load the extractors to do so; the press layouts' pattern for them
(:data:`ROLE_PHRASE`) is here. A layout's module keeps only *where* it reads such words (which
labels of its infobox are credits, which prose patterns it knows). Nothing here is a name,
title or date a seed states.
"""

from __future__ import annotations

import re

from viewer.archive.dates import MONTHS
from viewer.archive.extract.base import Located, at_match
from viewer.archive.roles import ROLE_WORDS

# -- calendar (the month names are the dates module's: the timeline reads them too) ---------

#: Regex alternation matching any month name (no capture group).
MONTH = "(?:" + "|".join(MONTHS) + ")"


def month_number(name: str) -> int:
    """"March" → 3. ``name`` must be one of :data:`MONTHS`, spelled as there."""
    return MONTHS.index(name) + 1


# -- numbers ---------------------------------------------------------------------------------

#: Number words the seeds spell out, lower-case, in counting order.
NUMBER_WORDS: dict[str, int] = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
                                "twelve": 12}

_TEENS = {"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
          "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_UNITS = {w: n for w, n in NUMBER_WORDS.items() if n < 10}
_SPELLED = re.compile(
    rf"\b(?:(?P<tens>{'|'.join(_TENS)})(?:[- ](?P<unit>{'|'.join(_UNITS)}))?"
    rf"|(?P<small>{'|'.join([*_TEENS, *NUMBER_WORDS])}))\b", re.IGNORECASE)


def in_figures(text: str) -> str:
    """``text`` with numbers below a hundred spelled out written in figures ("Dance of the
    Forty-One" → "Dance of the 41"): one title however a source writes its number."""
    def figure(m: re.Match[str]) -> str:
        if m.group("small"):
            word = m.group("small").lower()
            return str(_TEENS.get(word) or NUMBER_WORDS[word])
        unit = _UNITS[m.group("unit").lower()] if m.group("unit") else 0
        return str(_TENS[m.group("tens").lower()] + unit)
    return _SPELLED.sub(figure, text)


#: "six-part", "6-episode": group ``n`` is the count, as digits or a number word.
_EPISODE_COUNT = re.compile(
    r"\b(?P<n>\d+|" + "|".join(NUMBER_WORDS) + r")-(?:part|episode)\b", re.IGNORECASE
)


def mark_gaps(text: str) -> str:
    """``text`` with "[…]" where the source plainly left words out: white space before a
    comma or full stop ("the border town of , as they"), or a quantifier with no number
    after it ("an estimated victims"). Issue 25: such gaps ran words together."""
    text = re.sub(r"(?<=\w) (?=[,.;:])", " […]", text)
    numbers = "|".join(NUMBER_WORDS)
    quantifiers = "|".join(re.escape(q) for q in QUANTIFIERS)
    return re.sub(rf"\b((?i:{quantifiers})) (?!(?:{numbers})\b)(?=[a-z]+s\b)", r"\1 […] ",
                  text)


def has_gaps(text: str) -> bool:
    """Whether the source plainly left words out of ``text``, as :func:`mark_gaps` finds them:
    the one test of a gap, for a synopsis as for a quoted title ("How the U.S. Triggered a
    in ,")."""
    return mark_gaps(text) != text


def episode_counts(text: str, start: int, end: int) -> list[Located]:
    """Each "six-part" / "6-episode" in ``text[start:end]``, read as the count in digits."""
    counts: list[Located] = []
    for m in _EPISODE_COUNT.finditer(text, start, end):
        n = m.group("n").lower()
        counts.append(at_match(text, m, value=str(NUMBER_WORDS[n]) if n in NUMBER_WORDS else n))
    return counts


# -- the makers' roles in press prose --------------------------------------------------------
#
# What each role word means is :mod:`viewer.archive.roles`' (the search reads it too); here is
# only the pattern the press layouts find those words with.

#: One role word of :data:`~viewer.archive.roles.ROLE_WORDS`, longest first so "executive
#: producer" is not read as "producer".
ROLE_TERM = (
    "(?:"
    + "|".join(
        r"\s+".join(map(re.escape, w.split())) for w in sorted(ROLE_WORDS, key=len, reverse=True)
    )
    + ")s?"
)
ROLE_TERM_RE = re.compile(rf"\b{ROLE_TERM}\b", re.IGNORECASE)
#: "creator and executive producer": role words joined by "and", any case.
ROLE_PHRASE = rf"(?i:\b{ROLE_TERM}(?:\s+and\s+{ROLE_TERM})*\b)"


# -- what things are to the series: organisations, places, events, works, awards -------------
#
# The words that tell what kind of thing a name is, and what it is to the series, whichever
# seed uses them (:mod:`.entities` reads them). Lower case; the reading each is filed under.

#: "Label: value" lines and infobox rows whose value is an organisation or a place, and what
#: that value is to the series.
ENTITY_LABELS: dict[str, tuple[str, str]] = {
    "network": ("organisation", "network"),
    "production company": ("organisation", "production company"),
    "production": ("organisation", "production company"),
    "produced in association with": ("organisation", "produced in association with"),
    "distributor": ("organisation", "distributor"),
    "production location": ("place", "filming location"),
    "filming location": ("place", "filming location"),
}

#: Nouns that say a name is an organisation when they stand right before or after it
#: ("production company Good Machine", "the Zetas cartel"), and the reading of each.
ORGANISATION_NOUNS: dict[str, str] = {
    "production company": "production company",
    "film development company": "film development company",
    "company": "company",
    "studio": "studio",
    "magazine": "magazine",
    "literary magazine": "magazine",
    "newspaper": "newspaper",
    "network": "network",
    "cartel": "cartel",
    "university": "university",
    "museum": "museum",
    "publisher": "publisher",
}
#: Suffixes that end an organisation's own name ("Focus Features", "… Press").
ORGANISATION_SUFFIXES: tuple[str, ...] = (
    "Administration", "Features", "Films", "Press", "University", "Museum", "Cartel",
    "Department", "Foundation", "Agency", "Studios",
)
#: Posts held *in* an organisation ("CEO of Focus Features"), so the name after "of" is one.
POSTS: tuple[str, ...] = (
    "ceo", "co-president", "president", "managing editor", "editor-in-chief", "news editor",
    "founder", "co-founder", "researchers", "researcher", "professor", "fellow",
)
#: Nouns for what an outlet publishes: "the ProPublica investigation", "a Netflix blog post".
OUTLET_NOUNS: tuple[str, ...] = ("investigation", "investigative", "report", "journalist",
                                 "blog post", "article")
#: Verbs by which an outlet's review is reported ("The Hollywood Reporter commended").
REVIEW_VERBS: tuple[str, ...] = ("commended", "praised", "described", "appreciated", "panned")
#: Verbs of founding an organisation: a date they tie to its name is when it began ("In 2015,
#: Schamus launched Symbolic Exchange", "Good Machine, which he co-founded in 1991").
FOUNDING_VERBS: tuple[str, ...] = ("founded", "co-founded", "launched", "established",
                                   "set up")
#: "released by", "published by": the name after them is an organisation.
ISSUED_BY: tuple[str, ...] = ("released by", "published by", "distributed by")

#: Words that make a sentence about where the series was filmed.
FILMING_WORDS: tuple[str, ...] = ("filming", "filmed", "shot", "shoot", "principal photography")
#: Nouns for a settlement or region ("the border town of Allende", "a Mexican hamlet").
SETTLEMENT_NOUNS: tuple[str, ...] = ("town", "hamlet", "community", "village")
REGION_NOUNS: tuple[str, ...] = ("region", "state", "city")

#: Nouns that name an event, and the reading each is filed under.
EVENT_NOUNS: dict[str, str] = {
    "massacre": "massacre", "rampage": "massacre", "tragedy": "massacre",
    "leak": "leak", "leaks": "leak", "operation": "operation", "wiretap investigation": "operation",
    "detention": "detention", "arrest": "detention", "sentence": "sentence",
    "apology": "apology", "march": "march", "marches": "march", "strike": "strike",
    "demonstration": "march", "visit": "set visit", "lockdown": "lockdown",
    "suspension": "suspension", "premiere": "premiere", "announcement": "announcement",
    "probe": "investigation", "massacres": "massacre", "incident": "incident",
}
#: Event nouns too general to name one event without a date of their own: "a larger 193-victim
#: incident in the same region in August 2011" is one, "any single U.S.-linked incident" none.
DATED_ONLY_EVENT_NOUNS: frozenset[str] = frozenset({"incident"})

#: Nouns for a work ("the film", "a novel"), and the reading each is filed under.
WORK_NOUNS: dict[str, str] = {
    "article": "article", "report": "article", "investigative report": "article",
    "oral history": "article", "film": "film", "films": "film", "feature film": "film",
    "feature films": "film", "short film": "short film", "short films": "short film",
    "series": "series", "novel": "novel", "novels": "novel", "book": "book",
    "adaptation": "film", "drama": "film", "comedy": "film", "anthology": "book",
    "documentary": "film", "debut feature": "film", "debut film": "film",
    "tv show": "series", "tv shows": "series",
}
#: Words that say a work is what the series is based on.
BASED_ON: tuple[str, ...] = ("based on", "inspired by", "draws inspiration from")

#: Words ending an award's name ("Pulitzer Prize", "Ariel Awards", "Jóvenes Creadores grant").
AWARD_HEADS: tuple[str, ...] = ("Prize", "Prizes", "Award", "Awards", "grant", "Emmy",
                                "Oscar", "Oscars")
#: Words that say an award was only a nomination, near it.
NOMINATION_WORDS: tuple[str, ...] = ("nominat",)
#: What follows a figure that makes it a review score ("71% approval rating", "60 out of 100",
#: "a 7.1/10 rating").
SCORE_WORDS: tuple[str, ...] = ("approval rating", "out of 100", "rating")

# -- people named in running prose -----------------------------------------------------------

#: Plural nouns for people: "like" after one lists people ("leaders like Miguel and Omar
#: Treviño"); "like" alone lists anything ("films like Roma", "cities like Monterrey").
PEOPLE_NOUNS: tuple[str, ...] = ("leaders", "kingpins", "members", "figures", "actors",
                                 "actresses", "non-professionals", "directors", "filmmakers",
                                 "writers", "producers", "artists")
#: Words after which a list of people's names follows ("alongside James Schamus and Francisco
#: Ramos", "starring Hong Chau and Brian Dennehy", "directors such as Arturo Ripstein").
PERSON_CUES: tuple[str, ...] = ("alongside", "starring", "such as", "directed by",
                                "collaboration with", "with", "together with", "produced by",
                                "written by", "by", *(f"{noun} like" for noun in PEOPLE_NOUNS),
                                # an office held, named by its holder ("the governorship of
                                # Humberto Moreira (2005–2011)")
                                "governorship of", "presidency of")
#: Nouns that may follow a person's possessive, one adjective allowed between ("Alfonso
#: Cuarón's drama", "Maynée Cortés' exhaustive research", "Stumpfhauser’s tracks").
POSSESSED_WORKS: tuple[str, ...] = ("drama", "film", "comedy", "novel", "series", "adaptation",
                                    "research", "score", "tracks")
#: Siblings, who share a family name: "X and his brother Omar" names Omar by X's.
SIBLINGS: tuple[str, ...] = ("brother", "sister")

#: What a shoot or a series does, as a verb after its subject ("filming … began in late 2019",
#: "Somos. resumed production in August 2020"), and the event each verb makes.
EVENT_SUBJECTS: tuple[str, ...] = ("filming", "principal photography", "production", "shooting",
                                   "the shoot")
EVENT_VERBS: dict[str, str] = {"began": "start", "started": "start", "commenced": "start",
                               "resumed": "resumption", "was suspended": "suspension",
                               "premiered": "premiere", "debuting": "premiere",
                               "announced": "announcement"}

# -- words a source left out -----------------------------------------------------------------

#: Words that need a number after them: where one is followed straight by a plural noun
#: ("totaling an estimated victims"), the source lost the number.
QUANTIFIERS: tuple[str, ...] = ("an estimated", "totaling", "totalling", "at least",
                                "more than", "approximately", "roughly", "nearly")

#: Words for where someone or something is from, capitalised in English but no name of an
#: organisation or place on their own ("American journalist", "a Mexican cartel").
DEMONYMS: tuple[str, ...] = ("american", "mexican", "texan", "spanish", "english", "british",
                             "canadian", "european", "latin american", "central american")

#: The country a demonym names, where it names one ("a Mexican production" → Mexico).
DEMONYM_COUNTRIES: dict[str, str] = {
    "american": "United States", "mexican": "Mexico", "spanish": "Spain",
    "british": "United Kingdom", "canadian": "Canada", "colombian": "Colombia",
    "argentine": "Argentina", "chilean": "Chile", "french": "France", "german": "Germany",
}
