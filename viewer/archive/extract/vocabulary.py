"""Words the extractors know before they read a seed: month names, number words, role words.

Each extractor reads its seed's structure, but some readings need words no seed defines: that
"March" is month 3, that "six" is 6, that a "series creator" is filed as "Creator". Those words
were typed into several extractors, copy for copy; they live here once so the layouts cannot
drift apart (a role or number word added for one seed is understood in every seed that uses it)
and so that equal facts from different seeds get equal readings.

Only vocabulary that more than one extractor uses belongs here. A layout's own labels (the
production notes' "Color timing", the encyclopedia infobox's "Developed by") stay in its module,
next to the structure that gives them their meaning. Nothing here is a name, title or date a
seed states.
"""

from __future__ import annotations

import re

from viewer.archive.extract.base import Located, at_match, fold

# -- calendar --------------------------------------------------------------------------------

MONTHS: tuple[str, ...] = ("January", "February", "March", "April", "May", "June", "July",
                           "August", "September", "October", "November", "December")
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

#: "six-part", "6-episode": group ``n`` is the count, as digits or a number word.
_EPISODE_COUNT = re.compile(
    r"\b(?P<n>\d+|" + "|".join(NUMBER_WORDS) + r")-(?:part|episode)\b", re.IGNORECASE
)


def episode_counts(text: str, start: int, end: int) -> list[Located]:
    """Each "six-part" / "6-episode" in ``text[start:end]``, read as the count in digits."""
    counts: list[Located] = []
    for m in _EPISODE_COUNT.finditer(text, start, end):
        n = m.group("n").lower()
        counts.append(at_match(text, m, value=str(NUMBER_WORDS[n]) if n in NUMBER_WORDS else n))
    return counts


# -- the makers' roles in press prose --------------------------------------------------------

#: How the press articles (the explainer article, the news item) name a maker's role, lower
#: case, and the canonical role each one is filed under. A plural ("writers") is the singular.
ROLE_WORDS: dict[str, str] = {
    "series creator": "Creator",
    "creator": "Creator",
    "executive producer": "Executive Producer",
    "producer": "Producer",
    "head writer": "Writer",
    "writer": "Writer",
    "director": "Director",
    "head editor": "Editor",
    "editor": "Editor",
}
#: One role word, longest first so "executive producer" is not read as "producer".
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


def canonical_role(term: str) -> str:
    """The canonical role of one :data:`ROLE_TERM` match ("Executive Producers" → "Executive
    Producer")."""
    key = fold(term)
    if key not in ROLE_WORDS and key.endswith("s"):
        key = key[:-1]
    return ROLE_WORDS[key]


#: The role of the journalist whose reporting the series adapts, in every layout that names her.
SOURCE_AUTHOR = "Source article author"
