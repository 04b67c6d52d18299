"""Extractor for the encyclopedia page layout: a Hubbry community hub that quotes Wikipedia and
Grokipedia.

The page is site chrome, then one part per quoted encyclopedia, each opened by a marker line
("from Wikipedia", "from Grokipedia"). The Wikipedia part is copied from a rendered article, so
an infobox has lost its table cells (labels are glued to values: "Created byJames Schamus"),
headings are followed by an "[edit]" link, citations are "[1]" markers and the episode table has
lost its columns. The Grokipedia part is prose: headings are short lines between blank lines, a
heading directly followed by another heading opens a group of subsections, and many names have
been removed from its text ("premiered on on June 30", "Created by screenwriter in his …").

Everything is read from the structure of the text: which lines are headings, infobox rows, list
items or table rows is decided by their shape, and people, episodes and figures by patterns.
Vocabulary (which infobox labels are credits and the site's own page furniture here; month
names and number words shared with the other extractors in :mod:`.vocabulary`; what a role's
words mean in :mod:`viewer.archive.roles`) is code; nothing the seed states about the series
is. Where the seed lost a name we leave the credit out rather than guess it.

Choices worth knowing:

* The infobox "Starring" names become cast credits without a character. They are emitted after
  every credit that names a part, so the builder folds them into the credit from the cast list.
* Lists of "professional actors … such as A, B and C" / "Non-professionals like …" become
  character-less cast credits carrying ``professional``; they fold into the named-part credits
  the same way.
* Headings are not excerpts of their own: they live in each excerpt's ``section``. Nor are the
  infobox's title line, its empty labels ("Written by" with the names gone) and sub-headers
  ("Production"), or the glued episode-table header: none of them reads as a passage.
* Character descriptions are the clause after the part ("Doña Chayo, a street vendor …"); a
  clause that ends in a gap left by a removed word ("a young local boy navigating , …") is
  dropped rather than stored half-said.
* A fact stated several times with the same value keeps only its first statement, except death
  toll estimates, where each sentence is a separate claim and is kept.
* ``value.value`` of a figure is the bare normalised number, date or range ("over 190" → "190",
  "late 2019" → "2019", "50 to 300" → "50–300"); the qualifier stays in ``value.text``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Literal

from viewer.archive import reasons as R
from viewer.archive.extract.base import (
    SECTION_SEP,
    CharacterRecord,
    CreditRecord,
    EpisodeRecord,
    ExcerptKind,
    ExcerptRecord,
    Extraction,
    FactRecord,
    Located,
    SeedError,
    Span,
    at,
    at_match,
    clean_text,
    fold,
    joined,
)
from viewer.archive.extract.prose import LOWER, NAME, NAME_WORD, UPPER
from viewer.archive.extract.vocabulary import MONTH, NUMBER_WORDS, month_number
from viewer.archive.roles import CREDIT_VERBS, SOURCE_AUTHOR, crew_role
from viewer.i18n import message as _

LAYOUT = "encyclopedia_page"

# -- vocabulary ------------------------------------------------------------------------------

#: Lines the Hubbry site adds around the quoted articles. They are the site's furniture, not
#: anything the page says about the series, so they never become excerpts.
_FURNITURE = frozenset({
    "Hubbry Logo", "Open search", "Community hub", "logo", "Be the first to start a discussion "
    "here.", "[edit]", "Revisions and contributorsEdit on WikipediaRead on Wikipedia",
    "Add your contribution", "Related Hubs", "User Avatar", "No comments yet.",
})
_FURNITURE_PATTERN = re.compile(r"\d+ pages?, \d+ posts?|\d+ subscribers?")

#: Wikipedia infobox and episode-table labels read as crew credits (their roles:
#: viewer.archive.roles.CREW_ROLES).
_CREW_LABELS = frozenset({
    "Created by", "Developed by", "Written by", "Teleplay by", "Story by", "Screenplay by",
    "Directed by", "Composer", "Music by", "Cinematography", "Editor", "Editors",
    "Executive producer", "Executive producers", "Producer", "Producers",
})
_CAST_LABELS = frozenset({"Starring"})
#: Infobox labels that state a figure, and the fact topic each one is.
_INFOBOX_FACTS: dict[str, str] = {
    "No. of seasons": "season_count",
    "No. of series": "season_count",
    "No. of episodes": "episode_count",
    "Release": "premiere_date",
    "Released": "premiere_date",
    "Country of origin": "country_of_origin",
    "Original language": "original_language",
    "Original languages": "original_language",
}
#: Infobox facts whose value is words, kept as the row states them ("Mexico", "Spanish").
_WORD_FACTS = frozenset({"country_of_origin", "original_language"})

#: Role words read when written before a name in prose ("Cinematographer Ignacio Prieto").
_ROLE_BEFORE_NAME = ("executive producer", "producer", "cinematographer",
                     "director of photography", "editor", "composer", "casting director",
                     "production designer", "sound designer")
#: Work read as done "by" someone in prose ("production design by Ana Solares").
_WORK_BY = ("sound design", "production design", "casting", "editing", "music", "score",
            "cinematography")
#: Work read after a possessive ("X's score" → the composer).
_POSSESSIVE_WORK = ("score", "music", "cinematography", "editing")

def _role_of(phrase: str) -> str:
    """The canonical role of a phrase this layout reads as a role (a label, a prose noun)."""
    role = crew_role(phrase)
    if role is None:  # every phrase in the tuples above is in roles.CREW_ROLES: a test says so
        raise KeyError(f"no crew role for {phrase!r} in viewer.archive.roles.CREW_ROLES")
    return role


# -- patterns --------------------------------------------------------------------------------

_NAME_WORD = NAME_WORD
_NAME = NAME  # a person (viewer.archive.extract.prose)
#: A character: one or more capitalised words ("Benjamín", "Doña Chayo").
_CHARACTER = rf"{_NAME_WORD}(?: {_NAME_WORD})*"
#: Words that may stand between a credit verb and the name ("novelist", "Mexican writers").
_DESCRIPTOR = (rf"(?:(?:[{UPPER}][{LOWER}]+ )?(?:novelist|screenwriter|writer|journalist|"
               rf"playwright|author|filmmaker)s? )")
_WORD_NUMBER = "(?i:" + "|".join(NUMBER_WORDS) + r")\b"
_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_QUALIFIER = (r"(?:(?:about|approximately|roughly|around|over|more than|nearly|almost|some|"
              r"an estimated|at least) )?")
#: A space inside a date: Wikipedia's tables and infobox use no-break spaces there.
_SP = "[ \u00a0]"
_DATE = (rf"(?:{MONTH}{_SP}\d{{1,2}}(?:-\d{{1,2}})?,{_SP}\d{{4}}|\d{{1,2}}{_SP}{MONTH}{_SP}"
         rf"\d{{4}})")
_MONTH_DAY_YEAR = re.compile(rf"(?P<month>{MONTH}){_SP}(?P<day>\d{{1,2}})(?:-\d{{1,2}})?,"
                             rf"{_SP}(?P<year>\d{{4}})")
_DAY_MONTH_YEAR = re.compile(rf"(?P<day>\d{{1,2}}){_SP}(?P<month>{MONTH}){_SP}(?P<year>\d{{4}})")

_PART = re.compile(r"^from (?P<name>[A-Z][A-Za-z]+)[ \t]*$", re.M)
_BULLET = re.compile(r"^\s*[•▪◦·]\s*")
_CITATION = re.compile(r"(?:\[\d+\])+")
_ISO_SUFFIX = re.compile(r"\s*\(\d{4}-\d{2}-\d{2}\)\s*$")
#: Where a label glued to its value ends: a lower-case letter (or a full stop, for "No.")
#: directly followed by a capital or a digit, as in "Created byJames" and "No. of seasons1".
_GLUE = re.compile(rf"(?<=[{LOWER}])(?=[{UPPER}0-9])")
_HEADER_GLUE = re.compile(rf"(?<=[{LOWER}.])(?=[{UPPER}])")
_NAME_GLUE = re.compile(rf"(?<=[{LOWER}])(?=[{UPPER}])")
_TABLE_ROW = re.compile(
    rf'(?P<number>\d+)"(?P<title>[^"]+)"(?P<people>.*?)(?P<date>{_DATE})'
    r"(?:\s*\((?P<iso>\d{4}-\d{2}-\d{2})\))?\s*$")
_LIST_CAST = re.compile(rf"(?P<actor>{_NAME}) (?P<as>as) (?P<character>.+?)\s*$")

_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“]?[0-9" + UPPER + "])")
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:[A-Z]\.)+$|\b(?:vs|Mr|Mrs|Ms|Dr|St|No|Jr|Sr)\.$")

# Prose cast: "X stars as Y, …", "Y (played by X), …", "Y (X), …", "X as Y".
_STARS_AS = re.compile(rf"(?P<actor>{_NAME}) (?P<verb>stars as|portrays|plays|depicts|"
                       rf"appears as|is cast as) (?P<character>{_CHARACTER})")
_PLAYED_BY = re.compile(rf"(?P<character>{_CHARACTER}) \((?P<verb>(?:portrayed|played) by) "
                        rf"(?P<actor>{_NAME})\)")
_BARE_PARENS = re.compile(rf"(?P<character>{_CHARACTER}) \((?P<actor>{_NAME})\)")
_ACTOR_AS = re.compile(rf"(?P<actor>{_NAME}) as (?P<character>{_CHARACTER})")
_PROFESSIONALS = re.compile(
    rf"(?P<role>(?P<non>[Nn]on-)?[Pp]rofessional(?:s| actors?))\W{{1,3}}"
    rf"(?:such as|like|including) (?P<names>{_NAME}(?:(?:, and |, | and ){_NAME})*)")

# Prose crew.
_ROLE_NAME = re.compile(r"(?<![\w-])(?P<role>(?i:" + "|".join(
    sorted(_ROLE_BEFORE_NAME, key=len, reverse=True)) + rf")) (?P<name>{_NAME})")
_WORK_BY_NAME = re.compile(r"(?<![\w-])(?P<role>(?i:" + "|".join(_WORK_BY) + r"))"
                           r"(?:,? (?:was )?(?:led|directed|composed|handled|overseen) | )"
                           rf"by (?P<name>{_NAME})")
_NAME_WORK = re.compile(rf"(?P<name>{_NAME})['’]s (?P<role>" + "|".join(_POSSESSIVE_WORK)
                        + r")\b")
_VERB_BY = re.compile(r"(?<![\w-])(?P<role>(?P<verb>(?i:" + "|".join(
    sorted(CREDIT_VERBS, key=len, reverse=True)) + r")) (?:by|with)) "
    rf"(?P<names>{_DESCRIPTOR}?{_NAME}(?:(?:, and |, | and ){_DESCRIPTOR}?{_NAME})*)")
# "created by screenwriter [name] in his television directorial debut": the creator directed.
_DEBUT = re.compile(rf"\b(?i:created) by (?:(?:screenwriter|writer|filmmaker) )?"
                    rf"(?:(?P<name>{_NAME}) )?in (?:his|her|their) "
                    r"(?P<role>(?:(?:television|TV|feature|film) )?directorial debut)")
_JOURNALIST = re.compile(rf"(?P<role>(?i:journalist|reporter)) (?P<name>{_NAME})")
_ABOUT_AN_ARTICLE = re.compile(r"\b(?:article|report|investigation)\b")

# Episodes named at the start of a sentence: "Episodes 1 and 2 (…) …" opens their synopsis.
_EPISODES_LEAD = re.compile(r"Episodes? (?P<numbers>\d+(?:(?:, and |, | and |–|-)\d+)*)")
_RUNTIME_FIRST = re.compile(
    rf"\bfirst (?P<count>{_WORD_NUMBER}|\d+)(?: episodes)? (?:runs? |running )?"
    r"(?:(?:around|about|approximately|at) )?(?P<minutes>\d+) minutes")
_RUNTIME_FINALE = re.compile(
    r"\b(?P<finale>(?:the )?finale)(?: \w+){0,2}? (?:(?:to|at|of|around|about) )?"
    r"(?P<minutes>\d+) minutes")

# -- small readings --------------------------------------------------------------------------


def _iso_date(words: str) -> str | None:
    """"June 30, 2021", "30 June 2021" or "March 18-20, 2011" (its first day) → ISO."""
    m = _MONTH_DAY_YEAR.search(words) or _DAY_MONTH_YEAR.search(words)
    if m is None:
        return None
    month = month_number(m["month"])
    return f"{int(m['year']):04d}-{month:02d}-{int(m['day']):02d}"


def _month_or_year(words: str) -> str | None:
    """"March 2020" → "2020-03"; "late 2019" → "2019"."""
    m = re.search(rf"(?:(?P<month>{MONTH}){_SP})?(?P<year>\d{{4}})", words)
    if m is None:
        return None
    if m["month"]:
        return f"{m['year']}-{month_number(m['month']):02d}"
    return m["year"]


def _figure(words: str) -> str | None:
    """The bare number in "over 1,450", "seven", "7.1" (qualifiers dropped, commas removed)."""
    m = re.search(_NUMBER, words)
    if m is not None:
        return m.group().replace(",", "")
    w = re.search(_WORD_NUMBER, words)
    if w is not None:
        return str(NUMBER_WORDS[w.group().lower()])
    return None


def _range(words: str) -> str | None:
    """"between 200 and 300", "50 to 300", "300-500", "40 to over 300" → "A–B"; one figure → it."""
    numbers = [n.replace(",", "") for n in re.findall(_NUMBER, words)]
    if len(numbers) >= 2:
        return f"{numbers[0]}–{numbers[1]}"
    return numbers[0] if numbers else None


def _number_of(words: str) -> int | None:
    figure = _figure(words)
    return int(figure) if figure is not None and figure.isdigit() else None


# -- the page's structure --------------------------------------------------------------------

LineKind = Literal["blank", "furniture", "title", "infobox", "bullet", "table_header",
                   "table_row", "heading", "paragraph"]


@dataclass
class _Line:
    """One line of the page: where it stands, what it is, and the heading path it sits under."""

    start: int
    end: int
    text: str
    kind: LineKind = "paragraph"
    section: tuple[str, ...] = ()
    heading: _Line | None = None

    @property
    def stripped(self) -> str:
        return self.text.strip()


@dataclass
class _Part:
    """The lines quoted from one encyclopedia, after its "from …" marker."""

    name: str
    lines: list[_Line] = field(default_factory=list)


def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    start = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        lines.append(_Line(start, start + len(body), body))
        start += len(raw)
    return lines


def _is_furniture(line: str) -> bool:
    s = line.strip()
    return s in _FURNITURE or bool(_FURNITURE_PATTERN.fullmatch(s))


def _looks_like_heading(s: str) -> bool:
    """A heading is a short line that does not read as a sentence."""
    return (0 < len(s) <= 80 and len(s.split()) <= 10 and not s.endswith(tuple(".!?:;,\"”"))
            and not _BULLET.match(s) and any(c.isalpha() for c in s))


def _parts(text: str, file: str) -> list[_Part]:
    lines = _split_lines(text)
    parts: list[_Part] = []
    for line in lines:
        m = _PART.fullmatch(line.text)
        if m:
            parts.append(_Part(m["name"]))
        elif parts:
            parts[-1].lines.append(line)
    if not parts:
        raise SeedError(file, _("no 'from …' line opens a quoted encyclopedia part"))
    for part in parts:
        _classify(part)
    return parts


def _classify(part: _Part) -> None:
    """Give every line of a part its kind and heading path."""
    lines = part.lines
    for line in lines:
        if not line.stripped:
            line.kind = "blank"
        elif _is_furniture(line.text):
            line.kind = "furniture"
        elif _BULLET.match(line.text):
            line.kind = "bullet"
        elif _TABLE_ROW.match(line.stripped):
            line.kind = "table_row"
        else:
            line.kind = "paragraph"
    # An infobox: the first block of the part, several short lines with no blank between them,
    # headed by the article's title.
    first = next((i for i, ln in enumerate(lines) if ln.kind != "blank"), None)
    if first is not None:
        block_end = next((i for i in range(first, len(lines)) if lines[i].kind == "blank"),
                         len(lines))
        block = lines[first:block_end]
        if len(block) >= 3 and all(len(ln.stripped) <= 80 for ln in block):
            block[0].kind = "title"
            for ln in block[1:]:
                ln.kind = "infobox"
    for i, line in enumerate(lines):
        if line.kind != "paragraph":
            continue
        before = lines[i - 1].kind if i > 0 else "blank"
        after = lines[i + 1].kind if i + 1 < len(lines) else "blank"
        if i + 1 < len(lines) and lines[i + 1].kind == "table_row":
            line.kind = "table_header"
        elif before == "blank" and after == "blank" and _looks_like_heading(line.stripped):
            line.kind = "heading"
    _assign_sections(part)


def _assign_sections(part: _Part) -> None:
    """Heading levels from layout: a heading directly followed by another heading opens a group
    (level 1) whose following headings are its subsections; any other heading outside a group
    is level 1. Wikipedia's "[edit]" links are furniture, so its headings come out level 1."""
    significant = [ln for ln in part.lines if ln.kind not in ("blank", "furniture")]
    path: tuple[str, ...] = ()
    group: str | None = None
    heading: _Line | None = None
    for i, line in enumerate(significant):
        if line.kind == "heading":
            title = clean_text(line.text)
            followed_by_heading = (i + 1 < len(significant)
                                   and significant[i + 1].kind == "heading")
            if followed_by_heading:
                group = title
                path = (title,)
            elif group is not None:
                path = (group, title)
            else:
                path = (title,)
            heading = line
        line.section = path
        line.heading = heading


def _section(part: _Part, line: _Line) -> str:
    return SECTION_SEP.join((part.name, *line.section))


# -- located helpers -------------------------------------------------------------------------


def _without_citations(text: str, start: int, end: int) -> Located:
    """The Located for ``text[start:end]`` with "[1]"-style citation markers cut out of it."""
    pieces: list[Span] = []
    cursor = start
    for m in _CITATION.finditer(text, start, end):
        if text[cursor:m.start()].strip():
            pieces.append(Span(cursor, m.start()))
        cursor = m.end()
    if text[cursor:end].strip():
        pieces.append(Span(cursor, end))
    if len(pieces) == 1:
        return at(text, pieces[0].start, pieces[0].end)
    return joined(text, pieces)


def _sentences(text: str, start: int, end: int) -> list[Span]:
    spans: list[Span] = []
    cursor = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if _ABBREVIATION.search(text[max(start, m.start() - 12):m.start() + 1]):
            continue
        spans.append(Span(cursor, m.start() + 1))
        cursor = m.end()
    if cursor < end:
        spans.append(Span(cursor, end))
    return spans


def _sentence_at(text: str, paragraph: _Line, position: int) -> Span:
    for span in _sentences(text, paragraph.start, paragraph.end):
        if span.start <= position < span.end:
            return span
    return Span(paragraph.start, paragraph.end)


def _role(text: str, m: re.Match[str], group: str, canonical: str) -> Located:
    return at_match(text, m, group, value=canonical)


# -- the reader ------------------------------------------------------------------------------


@dataclass
class _Reader:
    """Collects records while walking the parts; keeps the order the builder relies on."""

    text: str
    ex: Extraction = field(default_factory=Extraction)
    #: Cast credits naming no part: appended last so the builder folds them into named ones.
    unnamed_cast: list[CreditRecord] = field(default_factory=list)
    crew: list[CreditRecord] = field(default_factory=list)
    #: Directorial debuts whose sentence leaves the creator's name out, read at the end.
    unnamed_debuts: list[Located] = field(default_factory=list)
    seen_facts: set[tuple[str, str]] = field(default_factory=set)
    seen_cast: set[tuple[int, int]] = field(default_factory=set)
    episode_total: int | None = None

    def result(self) -> Extraction:
        self.ex.credits.extend(self.unnamed_cast)
        # A debut whose words lost the creator's name is the creator's this page credits,
        # where it credits exactly one (inferred, with the reason).
        creators = {fold(c.person.normalized): c for c in self.crew if c.role.value == "Creator"}
        if len(creators) == 1:
            creator = next(iter(creators.values()))
            self.crew.extend(CreditRecord(creator.person, "crew", role,
                                          inferred=R.UNNAMED_CREATOR)
                             for role in self.unnamed_debuts)
        self.ex.credits.extend(self.crew)
        return self.ex

    def excerpt(self, section: str, kind: ExcerptKind, located: Located) -> None:
        if located.text:
            self.ex.excerpts.append(ExcerptRecord(section, kind, located))

    def fact(self, topic: str, value: Located, statement: Located, *,
             each_statement: bool = False) -> None:
        """Record a fact once per value (or once per statement, for competing estimates)."""
        key = (topic, repr(statement.spans) if each_statement else value.normalized)
        if key in self.seen_facts:
            return
        self.seen_facts.add(key)
        self.ex.facts.append(FactRecord(topic, value, statement))

    def crew_credit(self, person: Located, role: Located, episodes: tuple[int, ...] = ()) -> None:
        self.crew.append(CreditRecord(person, "crew", role, episodes=episodes))

    # -- Wikipedia-style blocks

    def infobox(self, part: _Part, lines: list[_Line]) -> None:
        """Glued "LabelValue" rows, and label rows followed by "  • value" bullets."""
        section = SECTION_SEP.join((part.name, "Infobox"))
        fields: list[tuple[Located, list[Span]]] = []
        for line in lines:
            bullet = _BULLET.match(line.text)
            if bullet:
                if fields:
                    fields[-1][1].append(Span(line.start + bullet.end(), line.end))
                continue
            s = line.text
            glue = _GLUE.search(s, len(s) - len(s.lstrip()))
            if glue is None:
                fields.append((at(self.text, line.start, line.end), []))
            else:
                fields.append((at(self.text, line.start, line.start + glue.start()),
                               [Span(line.start + glue.start(), line.end)]))
        for label, values in fields:
            for span in values:
                value_text = self.text[span.start:span.end]
                iso = _ISO_SUFFIX.search(value_text)
                shown = Span(span.start, span.start + iso.start()) if iso else span
                statement = joined(self.text, [label.spans[0], shown])
                self.excerpt(section, "infobox", statement)
                value = at(self.text, shown.start, shown.end)
                self.infobox_value(label, value, statement)

    def infobox_value(self, label: Located, value: Located, statement: Located) -> None:
        if label.text in _CREW_LABELS:
            self.crew_credit(value, Located(label.text, label.spans, _role_of(label.text)))
        elif label.text in _CAST_LABELS:
            self.unnamed_cast.append(CreditRecord(
                value, "cast", Located(label.text, label.spans, "Actor")))
        topic = _INFOBOX_FACTS.get(label.text)
        if topic is None:
            return
        reading = (_iso_date(value.text) if topic == "premiere_date"
                   else value.text if topic in _WORD_FACTS else _figure(value.text))
        if reading is None:
            return
        if topic == "episode_count" and self.episode_total is None:
            self.episode_total = int(reading)
        self.fact(topic, Located(value.text, value.spans, reading), statement)

    def cast_list_item(self, part: _Part, line: _Line) -> None:
        bullet = _BULLET.match(line.text)
        start = line.start + (bullet.end() if bullet else 0)
        item = _without_citations(self.text, start, line.end)
        self.excerpt(_section(part, line), "list_item", item)
        m = _LIST_CAST.match(self.text, start, line.end)
        if m is None or line.heading is None:
            return
        end = _CITATION.search(self.text, m.start("character"), line.end)
        character = at(self.text, m.start("character"), end.start() if end else m.end("character"))
        role = at(self.text, line.heading.start, line.heading.end, value="Actor")
        self.ex.credits.append(CreditRecord(at_match(self.text, m, "actor"), "cast", role,
                                            character=character))
        self.ex.characters.append(CharacterRecord(character))

    def episode_table(self, part: _Part, header: _Line | None, rows: list[_Line]) -> None:
        """Rows like '1"Title"DirectorWriterJune 30, 2021 (2021-06-30)' under a glued header."""
        columns: list[Located] = []
        if header is not None:
            cuts = [header.start, *(header.start + m.start()
                                    for m in _HEADER_GLUE.finditer(header.text)), header.end]
            columns = [at(self.text, a, b) for a, b in itertools.pairwise(cuts)]
        # The people columns are those between the title and the date, in header order.
        people_columns = [c for c in columns if c.text in _CREW_LABELS]
        for row in rows:
            m = _TABLE_ROW.match(self.text, row.start + len(row.text) - len(row.text.lstrip()),
                                 row.end)
            if m is None:
                continue
            number = int(m["number"])
            fields = self._split_people(m.start("people"), m.end("people"),
                                        len(people_columns))
            directors: list[Located] = []
            writers: list[Located] = []
            for column, names in zip(people_columns, fields, strict=False):
                role = _role_of(column.text)
                for name in names:
                    self.crew_credit(name, Located(column.text, column.spans, role), (number,))
                    if role == "Director":
                        directors.append(name)
                    elif role == "Writer":
                        writers.append(name)
            self.ex.episodes.append(EpisodeRecord(
                number=at_match(self.text, m, "number", value=str(number)),
                title=at_match(self.text, m, "title"),
                directors=tuple(directors),
                writers=tuple(writers),
                release_date=at_match(self.text, m, "date", value=_iso_date(m["date"]))))
            shown = [Span(m.start("number"), m.end("number")),
                     Span(m.start("title") - 1, m.end("title") + 1),
                     *(n.spans[0] for names in fields for n in names),
                     Span(m.start("date"), m.end("date"))]
            self.excerpt(_section(part, row), "table_row", joined(self.text, shown))

    def _split_people(self, start: int, end: int, count: int) -> list[list[Located]]:
        """Cut "Álvaro CurielJames Schamus" into ``count`` fields where a lower-case letter meets
        a capital; of the possible cuts, the first that leaves every field a full name (two or
        more words) wins. No such cut: no names, rather than wrong ones."""
        if count == 0 or start >= end:
            return []
        glued = self.text[start:end]
        joints = [m.start() for m in _NAME_GLUE.finditer(glued)]
        for cut in itertools.combinations(joints, count - 1):
            bounds = [0, *cut, len(glued)]
            pieces = [(start + a, start + b) for a, b in itertools.pairwise(bounds)]
            if all(re.fullmatch(rf"{_NAME}(?:(?:, and |, | and ){_NAME})*",
                                self.text[a:b].strip()) for a, b in pieces):
                return [[at(self.text, a + n.start(), a + n.end())
                         for n in re.finditer(_NAME, self.text[a:b])] for a, b in pieces]
        return []

    # -- prose

    def paragraph(self, part: _Part, line: _Line) -> None:
        located = _without_citations(self.text, line.start, line.end)
        self.excerpt(_section(part, line), "paragraph", located)
        self.prose_crew(line)
        self.prose_cast(line)
        self.prose_episodes(line)
        self.prose_facts(line)

    def prose_crew(self, line: _Line) -> None:
        t, a, b = self.text, line.start, line.end
        for m in _ROLE_NAME.finditer(t, a, b):
            self.crew_credit(at_match(t, m, "name"),
                             _role(t, m, "role", _role_of(m["role"])))
        for m in _WORK_BY_NAME.finditer(t, a, b):
            self.crew_credit(at_match(t, m, "name"),
                             _role(t, m, "role", _role_of(m["role"])))
        for m in _NAME_WORK.finditer(t, a, b):
            self.crew_credit(at_match(t, m, "name"),
                             _role(t, m, "role", _role_of(m["role"])))
        for m in _VERB_BY.finditer(t, a, b):
            role = _role(t, m, "role", CREDIT_VERBS[m["verb"].lower()])
            for name in re.finditer(_NAME, t[m.start("names"):m.end("names")]):
                offset = m.start("names")
                self.crew_credit(at(t, offset + name.start(), offset + name.end()), role)
        for m in _DEBUT.finditer(t, a, b):
            role = at_match(t, m, "role", value="Director")
            if m["name"]:
                self.crew_credit(at_match(t, m, "name"), role)
            else:
                self.unnamed_debuts.append(role)
        if _ABOUT_AN_ARTICLE.search(t, a, b):
            for m in _JOURNALIST.finditer(t, a, b):
                self.crew_credit(at_match(t, m, "name"), _role(t, m, "role", SOURCE_AUTHOR))

    def prose_cast(self, line: _Line) -> None:
        t, a, b = self.text, line.start, line.end
        heading = line.heading
        for m in _STARS_AS.finditer(t, a, b):
            description = None
            if t.startswith(", ", m.end()):
                sentence = _sentence_at(t, line, m.start())
                description = at(t, m.end() + 2, sentence.end)
                if description.text.endswith("."):
                    description = at(t, m.end() + 2, sentence.end - 1)
            self.cast(m, _role(t, m, "verb", "Actor"), description)
        for m in _PLAYED_BY.finditer(t, a, b):
            self.cast(m, _role(t, m, "verb", "Actor"), self._clause_after(m.end(), b))
        if heading is None:
            return
        section_role = at(t, heading.start, heading.end, value="Actor")
        for m in _BARE_PARENS.finditer(t, a, b):
            self.cast(m, section_role, self._clause_after(m.end(), b))
        for m in _ACTOR_AS.finditer(t, a, b):
            self.cast(m, section_role, None)
        for m in _PROFESSIONALS.finditer(t, a, b):
            role = _role(t, m, "role", "Actor")
            offset = m.start("names")
            for name in re.finditer(_NAME, t[offset:m.end("names")]):
                self.unnamed_cast.append(CreditRecord(
                    at(t, offset + name.start(), offset + name.end()), "cast", role,
                    professional=m["non"] is None))

    def _clause_after(self, position: int, end: int) -> Located | None:
        """", a matriarch embodying generational continuity, …" → the words up to the comma."""
        if not self.text.startswith(", ", position):
            return None
        stop = re.compile(r"[,.;)]").search(self.text, position + 2, end)
        if stop is not None and self.text[stop.start() - 1].isspace():
            return None  # "a young local boy navigating , …": the clause lost its last words
        clause = at(self.text, position + 2, stop.start() if stop else end)
        return clause if clause.text else None

    def cast(self, m: re.Match[str], role: Located, description: Located | None) -> None:
        key = (m.start("actor"), m.start("character"))
        if key in self.seen_cast:
            return
        self.seen_cast.add(key)
        character = at_match(self.text, m, "character")
        self.ex.credits.append(CreditRecord(at_match(self.text, m, "actor"), "cast", role,
                                            character=character))
        self.ex.characters.append(CharacterRecord(character, description))

    def prose_episodes(self, line: _Line) -> None:
        self.episode_synopses(line)
        self.runtimes(line)

    def episode_synopses(self, line: _Line) -> None:
        """Sentences opening "Episodes 1 and 2 ("Title" and "Title") …" start a synopsis that
        runs until the next such sentence or the end of the paragraph."""
        t = self.text
        leads = [m for span in _sentences(t, line.start, line.end)
                 if (m := _EPISODES_LEAD.match(t, span.start, span.end))]
        for k, lead in enumerate(leads):
            end = leads[k + 1].start() if k + 1 < len(leads) else line.end
            synopsis = _without_citations(t, lead.start(), end)
            numbers = self._episode_numbers(lead)
            items: list[Located | None] = []
            parens = re.compile(r" \((?P<inner>[^()]*)\)").match(t, lead.end(), end)
            if parens is not None:
                items = _listed_titles(t, parens.start("inner"), parens.end("inner"))
            for i, (_n, number) in enumerate(numbers):
                # The parenthesis lists one item per episode, in order; an item that is a
                # quoted title names its episode ("3 and 4 ("Tell the Moon to Come" and
                # subsequent arcs)" titles episode 3 only). A list of another length pairs
                # nothing: which title is whose would be a guess.
                title = items[i] if len(items) == len(numbers) else None
                self.ex.episodes.append(EpisodeRecord(number=number, title=title,
                                                      synopsis=synopsis))

    def runtimes(self, line: _Line) -> None:
        """"the first five around 45 minutes and the finale extending to 71 minutes"."""
        t = self.text
        first = _RUNTIME_FIRST.search(t, line.start, line.end)
        if first is not None:
            count = _number_of(first["count"])
            minutes = first["minutes"]
            if count:
                sentence = self._statement(line, first.start())
                runtime = at_match(t, first, "minutes", value=minutes)
                for n in range(1, count + 1):
                    # "the first five" says which episodes, but states no episode's number.
                    self.ex.episodes.append(EpisodeRecord(
                        number=at(t, first.start(), first.end("count"), value=str(n)),
                        runtime_minutes=runtime, number_stated=False))
                self.fact(f"runtime_episodes_1_{count}",
                          at(t, first.start("minutes"), first.end(), value=minutes), sentence)
                finale = _RUNTIME_FINALE.search(t, first.end(), line.end)
                if finale is not None and self.episode_total:
                    last = self.episode_total
                    self.ex.episodes.append(EpisodeRecord(
                        number=at_match(t, finale, "finale", value=str(last)),
                        number_stated=False,
                        runtime_minutes=at_match(t, finale, "minutes",
                                                 value=finale["minutes"])))
                    self.fact(f"runtime_episode_{last}",
                              at(t, finale.start("minutes"), finale.end(),
                                 value=finale["minutes"]), sentence)

    def _episode_numbers(self, lead: re.Match[str]) -> list[tuple[int, Located]]:
        """"1 and 2" → both, each Located on its digits; "3–5" → 3, 4, 5 on the range."""
        out: list[tuple[int, Located]] = []
        base = lead.start("numbers")
        listed = lead["numbers"]
        for part in re.finditer(r"(\d+)(?:[–-](\d+))?", listed):
            low = int(part[1])
            high = int(part[2]) if part[2] else low
            for n in range(low, high + 1):
                span = (base + part.start(), base + part.end()) if part[2] else (
                    base + part.start(1), base + part.end(1))
                out.append((n, at(self.text, *span, value=str(n))))
        return out

    def _statement(self, line: _Line, position: int) -> Located:
        span = _sentence_at(self.text, line, position)
        return _without_citations(self.text, span.start, span.end)

    def prose_facts(self, line: _Line) -> None:
        t = self.text
        for pattern in _FACT_PATTERNS:
            for m in pattern.regex.finditer(t, line.start, line.end):
                statement = self._statement(line, m.start())
                for stated_topic, group, reading in pattern.readings:
                    topic = pattern.topic_for(stated_topic, statement.text, m)
                    if m[group] is None or topic is None:
                        continue
                    value = at_match(t, m, group, value=reading(m[group]))
                    self.fact(topic, value, statement, each_statement=pattern.each_statement)


def _listed_titles(text: str, start: int, end: int) -> list[Located | None]:
    """The items of a list ("A", "B" and "C"), each a quoted title Located on its words, or
    None where the item is not one ("subsequent arcs")."""
    items: list[Located | None] = []
    pos = start
    for sep in [*re.finditer(r'(?:, and |, | and )(?=(?:[^"]*"[^"]*")*[^"]*$)',
                             text[start:end]), None]:
        stop = start + sep.start() if sep is not None else end
        item = re.fullmatch(r'\s*"([^"]+)"\s*', text[pos:stop])
        items.append(at(text, pos + item.start(1), pos + item.end(1)) if item else None)
        pos = start + sep.end() if sep is not None else end
    return items


# -- facts stated in prose -------------------------------------------------------------------


def _same_topic(topic: str, statement: str, match: re.Match[str]) -> str | None:
    return topic


#: A sentence about what the series shows ("The miniseries Somos. portrays … resulting in an
#: estimated 300-500 deaths"): its figures are the series' depiction, not the text's estimate.
_PORTRAYS = re.compile(r"(?:The )?(?:mini-?series|series|show|drama)\b[^,;]{0,20}?"
                       r"\b(?:portrays|depicts|dramati[sz]es)\b")


def _toll_topic(topic: str, statement: str, match: re.Match[str]) -> str | None:
    """An official count is not an estimate: "Initial official tallies … about 28 victims".
    A count whose own words take in the missing too ("300 deaths and disappearances", "over
    100 confirmed dead or missing", "50 to 300 victims were kidnapped, murdered, and
    incinerated") is no count of the killed: it is filed apart, so it is never compared with
    one (the audit of 2026-12-07, item 2). Nor is a count the series portrays."""
    if match["missing"]:
        return "dead_or_missing"
    if _PORTRAYS.match(statement):
        return "portrayed_death_toll"
    if re.search(r"\bofficial\w* (?:\w+ )?(?:count|tall\w*|toll|figure)", statement, re.I):
        return "official_death_toll"
    return topic


def _when_about_the_massacre(topic: str, statement: str, match: re.Match[str]
                             ) -> str | None:
    if re.search(r"massacre|rampage|attack|killing|retaliation|violence|execution", statement,
                 re.I):
        return topic
    return None


@dataclass(frozen=True)
class _FactPattern:
    """One way a figure is stated: the regex, and for each named group the topic and how to
    read the words into a normalised value."""

    regex: re.Pattern[str]
    readings: tuple[tuple[str, str, Callable[[str], str | None]], ...]
    topic_for: Callable[[str, str, re.Match[str]], str | None] = _same_topic
    each_statement: bool = False


#: A share said in words, as a percentage.
_SHARES = {"half": "50", "a third": "33", "a quarter": "25", "two-thirds": "67"}


def _share(words: str) -> str | None:
    """"approximately half" → "50", "40%" → "40": the share, its qualifier left to the words."""
    share = re.search(r"(half|a third|a quarter|two-thirds|\d{1,3}(?=%))$", words)
    if share is None:
        return None
    return _SHARES.get(share.group(1), share.group(1))


def _fact(pattern: str, *readings: tuple[str, str, Callable[[str], str | None]],
          topic_for: Callable[[str, str, re.Match[str]], str | None] = _same_topic,
          each_statement: bool = False) -> _FactPattern:
    return _FactPattern(re.compile(pattern), readings, topic_for, each_statement)


_COUNT = rf"(?:{_NUMBER}|{_WORD_NUMBER})"

_FACT_PATTERNS: tuple[_FactPattern, ...] = (
    _fact(rf"\bannounced\b.{{0,40}}?\bon (?P<v>{_DATE})", ("announcement_date", "v", _iso_date)),
    _fact(rf"\bpremiered\b.{{0,40}}?\bon (?P<v>{_DATE})", ("premiere_date", "v", _iso_date)),
    _fact(rf"\bin (?P<v>{_QUALIFIER}{_NUMBER}) countries", ("countries", "v", _figure)),
    _fact(r"(?i:principal photography|filming|shooting|production) (?:began|started|commenced)"
          rf" in (?P<v>(?:(?:early|late|mid) )?(?:{MONTH}{_SP})?\d{{4}})",
          ("filming_start", "v", _month_or_year)),
    _fact(rf"\bsuspended in (?P<v>(?:{MONTH}{_SP})?\d{{4}})",
          ("filming_suspended", "v", _month_or_year)),
    _fact(rf"\bresumed in (?P<v>(?:{MONTH}{_SP})?\d{{4}})",
          ("filming_resumed", "v", _month_or_year)),
    _fact(r"\bacquired the rights\b[^.]*?\bin (?P<v>\d{4})", ("rights_acquired", "v", _figure)),
    _fact(rf"{_NAME_WORD}['’]s (?P<v>\d{{4}}) (?:{_NAME_WORD} )?(?:investigative )?"
          r"(?:report|article|investigation)\b", ("article_year", "v", _figure)),
    _fact(rf"\b(?:starting|beginning|began on|rampage on|massacre on|from) "
          rf"(?P<v>{_DATE})",
          ("massacre_date", "v", _iso_date), topic_for=_when_about_the_massacre),
    _fact(rf"(?P<v>{_QUALIFIER}(?:between {_NUMBER} and {_NUMBER}|{_NUMBER} ?(?:to|–|-) ?"
          rf"(?:over )?{_NUMBER}|{_NUMBER})) (?:(?:confirmed|estimated|reported) )?"
          r"(?:deaths|victims|lives|dead)\b"
          # The words that make it a count of the dead and the missing together.
          r"(?P<missing> (?:and|or) (?:disappearances|missing|disappeared)\b"
          r"| (?:were|was) (?:\w+,? )*?(?:kidnapped|abducted|disappeared)\b)?",
          ("death_toll", "v", _range), topic_for=_toll_topic, each_statement=True),
    # A count of the disappeared is not a death toll.
    _fact(rf"(?P<v>{_QUALIFIER}(?:{_NUMBER} ?(?:to|–|-) ?{_NUMBER}|{_NUMBER})) "
          r"(?:(?:estimated|reported) )?disappearances\b", ("disappearances", "v", _range),
          each_statement=True),
    _fact(rf"(?P<v>{_QUALIFIER}{_NUMBER}) (?:distress|emergency) calls",
          ("distress_calls", "v", _figure)),
    _fact(rf"(?P<v>{_QUALIFIER}{_NUMBER}) (?:casting )?interviews\b",
          ("people_interviewed_casting", "v", _figure)),
    _fact(rf"\bwriting (?:process )?(?:spanned|took|lasted) (?P<v>{_QUALIFIER}{_COUNT}) years",
          ("writing_years", "v", _figure)),
    # The review sites' names were removed from the text; their scales remain. The topics say
    # what the words say (an approval rating, a score out of 100, a user rating), never which
    # site a reader might guess gave it: that would put words in the source's mouth.
    _fact(rf"(?P<score>\d{{1,3}})% approval rating\b[^.]*?\bbased on (?P<reviews>{_COUNT}) "
          r"reviews", ("approval_rating", "score", _figure),
          ("approval_reviews", "reviews", _figure)),
    _fact(rf"\bscored (?P<score>\d{{1,3}}) out of 100\b[^.]*?\b(?:from|based on) "
          rf"(?P<reviews>{_COUNT}) (?:critic )?reviews", ("critics_score", "score", _figure),
          ("critics_score_reviews", "reviews", _figure)),
    _fact(rf"(?P<rating>\d+(?:\.\d+)?)/10 (?:user )?rating from (?P<votes>{_NUMBER}) user "
          r"(?:reviews|ratings|votes)", ("user_rating", "rating", _figure),
          ("user_rating_votes", "votes", _figure)),
    # A count after the word it counts ("with confirmed deaths exceeding 80"): one more
    # estimate beside the others of its sentence, so kept by its value.
    _fact(rf"\b(?:confirmed|estimated|reported) (?:deaths|dead|killings) (?:of )?"
          # (no words that take in the missing: the group _toll_topic asks of never matches)
          rf"(?P<v>(?:exceeding|above|over|more than|at least) {_NUMBER})\b(?P<missing>(?!))?",
          ("death_toll", "v", _figure), topic_for=_toll_topic),
    _fact(rf"(?P<v>{_QUALIFIER}{_NUMBER}) (?:cartel )?gunmen\b", ("gunmen", "v", _figure)),
    _fact(rf"\b(?:raze|razed|razing|destroyed|demolished|bulldozed) (?P<v>{_QUALIFIER}{_NUMBER}) "
          r"(?:properties|homes|houses|buildings)\b", ("properties_razed", "v", _figure)),
    _fact(r"(?P<v>\d+)-hour (?:rampage|massacre|siege|attack|killing spree)\b",
          ("rampage_hours", "v", _figure)),
    _fact(rf"\bdisappearances affecting (?P<v>{_QUALIFIER}{_NUMBER}) families\b",
          ("families_affected", "v", _figure)),
    # "non-professional actors, comprising approximately half the ensemble": a share of the
    # cast, as a percentage ("half" is 50).
    _fact(r"\bnon-professional (?:actors|performers|cast members),? (?:comprising|making up|"
          r"forming|who made up|accounting for) (?P<v>(?:(?:approximately|about|roughly|nearly|"
          r"almost|some|over|more than) )?(?:half|a third|a quarter|two-thirds|\d{1,3}%)) "
          r"(?:of )?the (?:ensemble|cast)\b", ("nonprofessional_share", "v", _share)),
)


# -- entry points ----------------------------------------------------------------------------


def recognises(text: str) -> bool:
    """An encyclopedia page quotes at least one encyclopedia ("from Wikipedia") and carries
    Wikipedia's "[edit]" links."""
    return bool(_PART.search(text)) and bool(re.search(r"^\[edit\]\s*$", text, re.M))


def extract(text: str, file: str) -> Extraction:
    """Read every part of the page in document order."""
    reader = _Reader(text)
    parts = _parts(text, file)
    # The episode total decides which episode "the finale" is; the table that gives it may come
    # after the prose that needs it, so count the rows first.
    numbers = [int(m["number"]) for part in parts for ln in part.lines
               if ln.kind == "table_row" and (m := _TABLE_ROW.match(ln.stripped))]
    if numbers:
        reader.episode_total = max(numbers)
    for part in parts:
        _read_part(reader, part)
    return reader.result()


def _read_part(reader: _Reader, part: _Part) -> None:
    """Dispatch each block to its reader once, at its first line, so excerpts keep page order."""
    lines = part.lines
    infobox = [ln for ln in lines if ln.kind == "infobox"]
    tables = {id(table[0]): table for table in _tables(lines)}
    for line in lines:
        if infobox and line is infobox[0]:
            reader.infobox(part, infobox)
        elif id(line) in tables:
            table = tables[id(line)]
            header = table[0] if table[0].kind == "table_header" else None
            reader.episode_table(part, header, [ln for ln in table if ln.kind == "table_row"])
        elif line.kind == "paragraph":
            reader.paragraph(part, line)
        elif line.kind == "bullet":
            reader.cast_list_item(part, line)


def _tables(lines: list[_Line]) -> Iterator[list[_Line]]:
    """Runs of consecutive table lines (a header and its rows)."""
    run: list[_Line] = []
    for line in lines:
        if line.kind in ("table_header", "table_row"):
            run.append(line)
        elif run:
            yield run
            run = []
    if run:
        yield run
