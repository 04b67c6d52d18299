"""The makers' roles: every word for a role or for a maker's work, and the role each one means.

What "Color timing", "Developed by" or "wrote" means is stated once, here (issue 25; STYLE.md
principle 18), for both sides of the archive: the extractors file a credit under the role its
words name (:mod:`viewer.archive.extract`, which also reads where a layout states them), and
the search reads a question's words as the roles they ask about (:mod:`viewer.archive.search`,
:func:`viewer.archive.search_query.forgiving_term`). It lives outside the extractors' package
so that a search does not load the extractors and compile their patterns; it holds word tables
and plain functions over them, nothing more. Nothing here is a name, title or date a seed
states.
"""

from __future__ import annotations

from viewer.archive.stop_words import fold

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
    # "consultant" alone: the notes say what she consulted on nowhere in the same words.
    "consultant": "Consultant",
    "researcher": "Researcher",
}

#: Verbs that credit the people after "by" or "with" ("created by A", "co-written with B").
CREDIT_VERBS: dict[str, str] = {
    "created": "Creator", "co-created": "Creator",
    "written": "Writer", "co-written": "Writer",
    "directed": "Director", "co-directed": "Director",
}

#: Verbs a question asks about a maker's work with ("who wrote the screenplay?", "¿quién
#: escribió…?"), folded (no case, no accents), and the role that does that work: the credit
#: verbs and the other forms of those verbs, in English and Spanish.
WORK_VERBS: dict[str, str] = {
    **CREDIT_VERBS,
    "wrote": "Writer", "rewrote": "Writer", "rewritten": "Writer",
    "escribio": "Writer", "escribieron": "Writer", "escrito": "Writer", "escrita": "Writer",
    "dirigio": "Director", "dirigieron": "Director", "dirigida": "Director",
    "dirigido": "Director",
    "produced": "Producer", "co-produced": "Producer",
    "produjo": "Producer", "produjeron": "Producer",
}

#: The role of the journalist whose reporting the series adapts, in every layout that names her.
SOURCE_AUTHOR = "Source article author"

#: A cast credit's role.
ACTOR = "Actor"

#: The words the layouts credit an actor with — a cast heading, label or column ("Cast",
#: "Starring", "Supporting Ensemble", "Non-professionals"), a verb ("portrays", "played by") —
#: lower case, each a word for the role :data:`ACTOR`. A plural is the singular.
CAST_WORDS: frozenset[str] = frozenset({
    "cast", "main cast", "starring", "supporting ensemble", "ensemble", "actor", "actress",
    "professional", "non-professional", "professional actor", "non-professional actor",
    "stars as", "portrays", "portrayed by", "plays", "played by", "depicts", "appears as",
    "is cast as",
})


def _key(words: str) -> str:
    """``words`` as the tables' keys are compared: folded, white space collapsed."""
    return " ".join(fold(words).split())


def canonical_role(term: str) -> str:
    """The canonical role of a press role word of :data:`ROLE_WORDS` as a seed prints it
    ("Executive Producers" → "Executive Producer"). Raises KeyError for any other word."""
    key = _key(term)
    if key not in ROLE_WORDS and key.endswith("s"):
        key = key[:-1]
    return ROLE_WORDS[key]


def crew_role(phrase: str) -> str | None:
    """The canonical role of a phrase of :data:`CREW_ROLES` (any case and spacing, a plural
    for the singular), or None when it names no crew role."""
    key = " ".join(phrase.lower().split())
    if key in CREW_ROLES:
        return CREW_ROLES[key]
    if key.endswith("s") and key[:-1] in CREW_ROLES:
        return CREW_ROLES[key[:-1]]
    return None


def names_role(words: str, role: str) -> bool:
    """Whether ``words`` (a credit's words for its role, as a source prints them) are one of
    this module's phrases for ``role``: a crew phrase ("Directed by" for "Director"), a credit
    verb with its "by" or "with" ("co-written with" for "Writer"), a word for an actor
    ("Supporting Ensemble" for "Actor")."""
    key = _key(words)
    keys = {key, key[:-1]} if key.endswith("s") else {key}
    if role == ACTOR and keys & CAST_WORDS:
        return True
    verb = key.removesuffix(" by").removesuffix(" with")
    return crew_role(words) == role or CREDIT_VERBS.get(verb) == role


def role_named(word: str) -> str | None:
    """The role one word of a question names, or None: a verb for a maker's work
    (:data:`WORK_VERBS`: "wrote", "directed") or a crew role's own word (:data:`CREW_ROLES`:
    "screenplay", "director")."""
    key = _key(word)
    return WORK_VERBS.get(key) or crew_role(key)
