"""What every extractor returns: records read from one seed, each value tied to where it stands.

Extractors are pure functions of a seed's text. They never touch the database and never type in
a fact the seed does not state; the builder merges their output across seeds. Every value an
extractor returns is a :class:`Located`: the words as the seed prints them (page furniture
removed) plus the character spans they were read from, so the archive can point at its evidence
and a test can prove that the evidence says what the record says (:func:`span_supports`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

from viewer.archive.errors import SeedError as SeedError  # the extractors raise it from here
from viewer.archive.reasons import Reason
from viewer.archive.schema import SECTION_SEP as SECTION_SEP  # the extractors join with it


@dataclass(frozen=True, order=True)
class Span:
    """Half-open character range ``[start, end)`` in a seed's decoded text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")


@dataclass(frozen=True)
class Located:
    """A value read from a seed and the spans it was read from.

    ``text`` is what the seed says, with page furniture (footers, tags, emphasis markers)
    removed; it must be found in the cleaned text of its spans. ``value`` is the normalised
    reading when that differs from the words (an ISO date for "June 30, 2021", ``"71"`` for
    "71 minutes", a canonical role for "Directed by"); when it is ``None`` the text is the value.
    """

    text: str
    spans: tuple[Span, ...]
    value: str | None = None

    @property
    def normalized(self) -> str:
        return self.value if self.value is not None else self.text


def at(source: str, start: int, end: int, value: str | None = None) -> Located:
    """The Located for ``source[start:end]``, whitespace-trimmed, with an optional reading."""
    while start < end and source[start].isspace():
        start += 1
    while end > start and source[end - 1].isspace():
        end -= 1
    return Located(text=clean_text(source[start:end]), spans=(Span(start, end),), value=value)


def at_match(source: str, match: re.Match[str], group: int | str = 0,
             value: str | None = None) -> Located:
    """The Located for one group of a regex match over ``source``."""
    return at(source, match.start(group), match.end(group), value)


def joined(source: str, parts: list[Span], sep: str = " ") -> Located:
    """One value spread over several spans, e.g. a paragraph cut in two by a page footer."""
    trimmed: list[Span] = []
    for span in parts:
        t = at(source, span.start, span.end)
        trimmed.extend(t.spans)
    text = sep.join(clean_text(source[s.start:s.end]) for s in trimmed)
    return Located(text=clean_space(text), spans=tuple(trimmed))


_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_EMPHASIS = re.compile(r"(?<![\w*])\*{1,3}(?=\S)|(?<=\S)\*{1,3}(?![\w*])")
_MD_LINK = re.compile(r"\[([^\]]*)\]\(#?[^)]*\)")
_SPACE = re.compile(r"\s+")


def clean_space(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def clean_text(text: str) -> str:
    """Seed text as a reader should see it: no HTML tags, no markdown emphasis or link targets,
    no runs of white space. Used both to build values and to check spans, so the two agree."""
    text = _TAG.sub(" ", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _EMPHASIS.sub("", text)
    return clean_space(text)


def fold(text: str) -> str:
    """Comparison key: case- and accent-blind, space-collapsed (for matching names across seeds)."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return clean_space(stripped.casefold())


def span_supports(source: str, located: Located) -> bool:
    """Whether the seed text at ``located.spans`` really says ``located.text``.

    The check every record in the archive must pass: the cleaned text of the spans, joined,
    contains the cleaned value (up to white space).
    """
    if not located.spans:
        return False
    evidence = " ".join(clean_text(source[s.start:s.end]) for s in located.spans)
    return clean_text(located.text) in clean_space(evidence)


# -- The records an extractor returns -------------------------------------------------------

ExcerptKind = Literal["paragraph", "list_item", "quote", "table_row", "infobox", "heading"]


@dataclass(frozen=True)
class ExcerptRecord:
    """A readable passage. ``section`` is the heading path, joined with :data:`SECTION_SEP`."""

    section: str
    kind: ExcerptKind
    text: Located


@dataclass(frozen=True)
class EpisodeRecord:
    """What one seed says about one episode; the builder merges seeds by ``number``.

    ``release_date.value`` is ISO ``YYYY-MM-DD``; ``runtime_minutes.value`` is an integer string.
    """

    number: Located
    title: Located | None = None
    directors: tuple[Located, ...] = ()
    writers: tuple[Located, ...] = ()
    release_date: Located | None = None
    runtime_minutes: Located | None = None
    synopsis: Located | None = None
    #: False where the seed names the episode without stating its number ("the first five",
    #: "the finale"): ``number`` then holds the words naming it, and the archive never cites
    #: them as the number (a span states the value it backs).
    number_stated: bool = True


CreditCategory = Literal["cast", "crew"]


@dataclass(frozen=True)
class CreditRecord:
    """One person in one role, as one seed states it.

    Cast: ``role.value == "Actor"``, ``character`` set, ``professional`` True/False where the
    seed says so. Crew: ``role.value`` is a canonical role ("Director", "Writer", "Creator",
    "Executive Producer", "Editor", "Cinematographer", "Composer", …) and ``role.text`` the words
    the seed uses ("Directed by", "head editor"). ``episodes`` limits a credit to episode
    numbers where the seed does ("Directors: Álvaro Curiel (episodes 1, 2, 5 & 6)").
    ``inferred`` is the reason (a message of :mod:`viewer.archive.reasons`) when the role is
    read from words that do not give it to the person ("to produce … alongside X").
    """

    person: Located
    category: CreditCategory
    role: Located
    character: Located | None = None
    professional: bool | None = None
    episodes: tuple[int, ...] = ()
    #: Where the role's words do not name the person (the name is read from another of the
    #: seed's credits): the reason, a message of viewer.archive.reasons taking ``words`` and
    #: ``name`` (a message may use neither).
    inferred: str | None = None


@dataclass(frozen=True)
class CharacterRecord:
    name: Located
    description: Located | None = None


@dataclass(frozen=True)
class StorylineRecord:
    """A storyline and the characters its description names (as written there)."""

    title: Located
    summary: Located
    characters: tuple[Located, ...] = ()


@dataclass(frozen=True)
class QuoteRecord:
    """Words of one of the makers. ``role`` is the attribution as stated ("Executive Producer",
    "Actor"); ``character`` the part an actor plays, when the attribution names it."""

    speaker: Located
    text: Located
    role: Located | None = None
    character: Located | None = None
    #: The quotation names no speaker of its own: it goes straight on from the one before,
    #: whose ``speaker`` and ``role`` these are.
    continues: bool = False


@dataclass(frozen=True)
class FactRecord:
    """A notable stated figure. ``topic`` is a stable key from
    :data:`~viewer.archive.topics.FACT_TOPICS` so the same fact from different seeds lines
    up; ``value.value`` is its normalised reading and ``statement`` the sentence or clause
    that states it; ``reason`` says how the value was read when the words do not state it
    as it is stored ("Mexican" read as the country Mexico)."""

    topic: str
    value: Located
    statement: Located
    reason: Reason | None = None


EntityKind = Literal["organisation", "place", "event", "work", "award"]


@dataclass(frozen=True)
class EntityRecord:
    """An organisation, place, event, work or award one seed names.

    ``relation`` is what the thing is to the series or to the text that names it ("production
    company", "filming location"), read from the words next to the name (its ``value`` the
    reading filed); ``date`` a date the same sentence gives, ISO in its ``value``;
    ``statement`` the sentence or line that names it, which is what links it to the people and
    other things named there. ``inferred`` is the reason when the relation is not stated by
    words of the seed but read from the layout (a quoted title in a list of films).
    ``gap`` is set when the seed quotes a title with words left out (the encyclopedia lost its
    links' words: "How the U.S. Triggered a in ,"): the quoted words as they stand, gap and
    all. Such a title is not stated whole, so it names no work of its own; the merger ties it
    to the one title stated whole that it can only be, or drops it.
    """

    kind: EntityKind
    name: Located
    statement: Located
    relation: Located | None = None
    date: Located | None = None
    section: str = ""
    inferred: str | None = None
    gap: Located | None = None


@dataclass(frozen=True)
class ProseMention:
    """A person a seed names in running prose. ``name.value`` is the whole name where the
    words give only part of it ("Miguel and Omar Treviño": Miguel's family name is the one
    given once for both); ``reason`` then says how it was read."""

    name: Located
    reason: Reason | None = None


@dataclass
class Extraction:
    """Everything one extractor read from one seed."""

    excerpts: list[ExcerptRecord] = field(default_factory=list)
    episodes: list[EpisodeRecord] = field(default_factory=list)
    credits: list[CreditRecord] = field(default_factory=list)
    characters: list[CharacterRecord] = field(default_factory=list)
    storylines: list[StorylineRecord] = field(default_factory=list)
    quotes: list[QuoteRecord] = field(default_factory=list)
    facts: list[FactRecord] = field(default_factory=list)
    entities: list[EntityRecord] = field(default_factory=list)
    #: People the seed names only in running prose, with no credit or quote of their own.
    people: list[ProseMention] = field(default_factory=list)
