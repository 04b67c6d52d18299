"""Words the extractors know before they read a seed: month names, number words, role words.

Each extractor reads its seed's structure, but some readings need words no seed defines: that
"March" is month 3, that "six" is 6, that a "series creator" is filed as "Creator". Those words
were typed into several extractors, copy for copy; they live here once so the layouts cannot
drift apart (a role or number word added for one seed is understood in every seed that uses it)
and so that equal facts from different seeds get equal readings.

Every role and relation word lives here (issue 25): what "Color timing" or "Developed by" means
is stated once, in :data:`CREW_ROLES`, and what an organisation, place, event, work or award is
to the series in the tables near the end. A layout's module keeps only *where* it reads such
words (which labels of its infobox are credits, which prose patterns it knows). Nothing here is
a name, title or date a seed states.
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


# -- crew roles, however a layout phrases them ----------------------------------------------

#: Every phrase the layouts use for a crew role — a summary or infobox label ("Directed by",
#: "Color timing"), a noun in prose ("cinematographer"), work done by someone ("production
#: design by"), an attribution ("Writers and Research Assistant") — lower case, and the
#: canonical role it is filed under. A plural is the singular. Each layout decides *where* it
#: reads a role (which labels, which prose patterns); what the words mean is stated here once.
CREW_ROLES: dict[str, str] = {
    **ROLE_WORDS,
    "created by": "Creator",
    "developed by": "Developer",
    "directed by": "Director",
    "written by": "Writer",
    "teleplay by": "Writer",
    "story by": "Writer",
    "screenplay by": "Writer",
    "screenplay": "Writer",
    "co-executive producer": "Co-Executive Producer",
    "line producer": "Line Producer",
    "casting": "Casting Director",
    "casting director": "Casting Director",
    "cinematography": "Cinematographer",
    "cinematographer": "Cinematographer",
    "director of photography": "Cinematographer",
    "original score": "Composer",
    "composer": "Composer",
    "music by": "Composer",
    "music": "Composer",
    "score": "Composer",
    "music supervisor": "Music Supervisor",
    "editing": "Editor",
    "color timing": "Colorist",
    "colorist": "Colorist",
    "production design": "Production Designer",
    "production designer": "Production Designer",
    "costume design": "Costume Designer",
    "costume designer": "Costume Designer",
    "sound design": "Sound Designer",
    "sound designer": "Sound Designer",
    "makeup": "Makeup Artist",
    "location manager": "Location Manager",
    "postproduction": "Post-production",
    "post-production": "Post-production",
    "screenplay and research assistant": "Screenplay and Research Assistant",
    "writers and research assistant": "Screenplay and Research Assistant",
    "consultant": "Research Consultant",
    "researcher": "Researcher",
}
#: Verbs that credit the people after "by" or "with" ("created by A", "co-written with B").
CREDIT_VERBS: dict[str, str] = {
    "created": "Creator", "co-created": "Creator",
    "written": "Writer", "co-written": "Writer",
    "directed": "Director", "co-directed": "Director",
}

#: Verbs a question asks about a maker's work with ("who wrote the screenplay?", "¿quién
#: escribió…?"), folded (no case, no accents), and the role that does that work. Only verbs
#: whose form does not begin the role's name: "directed", "created", "produced", "edited" with
#: their ending off already do ("direct…" finds "Director"; :mod:`viewer.archive.search_query`).
WORK_VERBS: dict[str, str] = {
    "wrote": "Writer", "written": "Writer", "rewrote": "Writer", "rewritten": "Writer",
    "escribio": "Writer", "escribieron": "Writer", "escrito": "Writer", "escrita": "Writer",
    "dirigio": "Director", "dirigieron": "Director", "dirigida": "Director",
    "dirigido": "Director",
    "produjo": "Producer", "produjeron": "Producer",
}


def crew_role(phrase: str) -> str | None:
    """The canonical role of a phrase of :data:`CREW_ROLES` (any case and spacing, a plural
    for the singular), or None when it names no crew role."""
    key = " ".join(phrase.lower().split())
    if key in CREW_ROLES:
        return CREW_ROLES[key]
    if key.endswith("s") and key[:-1] in CREW_ROLES:
        return CREW_ROLES[key[:-1]]
    return None


def role_named(word: str) -> str | None:
    """The role one word of a question names, or None: a verb for a maker's work
    (:data:`WORK_VERBS`, :data:`CREDIT_VERBS`: "wrote", "directed") or a crew role's own word
    (:data:`CREW_ROLES`: "screenplay", "director")."""
    key = fold(word)
    return WORK_VERBS.get(key) or CREDIT_VERBS.get(key) or crew_role(key)


#: The role of the journalist whose reporting the series adapts, in every layout that names her.
SOURCE_AUTHOR = "Source article author"


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
    "leak": "leak", "operation": "operation", "wiretap investigation": "operation",
    "detention": "detention", "arrest": "detention", "sentence": "sentence",
    "apology": "apology", "march": "march", "marches": "march", "strike": "strike",
    "demonstration": "march", "visit": "set visit", "lockdown": "lockdown",
    "suspension": "suspension", "premiere": "premiere", "announcement": "announcement",
    "probe": "investigation",
}

#: Nouns for a work ("the film", "a novel"), and the reading each is filed under.
WORK_NOUNS: dict[str, str] = {
    "article": "article", "report": "article", "investigative report": "article",
    "oral history": "article", "film": "film", "films": "film", "feature film": "film",
    "feature films": "film", "short film": "short film", "short films": "short film",
    "series": "series", "novel": "novel", "novels": "novel", "book": "book",
    "adaptation": "film", "drama": "film", "comedy": "film", "anthology": "book",
    "documentary": "film", "debut feature": "film", "debut film": "film",
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

#: Words after which a list of people's names follows ("alongside James Schamus and Francisco
#: Ramos", "starring Hong Chau and Brian Dennehy", "directors such as Arturo Ripstein").
PERSON_CUES: tuple[str, ...] = ("alongside", "starring", "such as", "directed by",
                                "collaboration with", "with", "together with", "produced by",
                                "written by", "by")
#: Nouns that may follow a person's possessive ("Alfonso Cuarón's drama").
POSSESSED_WORKS: tuple[str, ...] = ("drama", "film", "comedy", "novel", "series", "adaptation")

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
