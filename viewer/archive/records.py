"""The records the archive hands out: frozen dataclasses, never cursors or row tuples.

Everything above the data layer (GUI models, the CLI, export) sees only these. Field names are
the column keys that table specs, exports and models share, so a column is named once.
They are slotted: a tab holds thousands of them, and without a ``__dict__`` each costs less
memory and one object fewer for the garbage collector to walk.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """Where in which seed a record's field is stated: ``text[start:end]`` of that seed."""

    source_id: int
    source_file: str
    source_title: str
    field: str
    start: int
    end: int
    #: "stated" where the seed says the value there; "inferred" where the archive read it
    #: from the layout or from part of a name, "curated" where a correction filed it
    #: (``reason`` says how or why).
    status: str = "stated"
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class PassageBounds:
    """Where one cleaned passage lies in its document, without its text: ``seq`` is its place
    in reading order, ``length`` its cleaned text's length. What the source reader reads of
    every passage of a document to choose which to lay out (a thousand cost 1 ms this way,
    25 ms as whole records)."""

    seq: int
    start: int
    end: int
    length: int


@dataclass(frozen=True, slots=True)
class Source:
    """A seed document: where it was published, what kind of text it is and its checksum
    (its text is read on its own, by ``Archive.source_text``, and never carried here)."""

    id: int
    file: str
    title: str
    site: str
    kind: str
    language: str
    date: str | None
    author: str | None
    citation_type: str
    curated: tuple[str, ...]
    sha256: str
    char_count: int
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Excerpt:
    """One passage of a source, in reading order (``seq``), with the heading it stands under;
    ``text`` is the passage cleaned of page furniture, ``start``/``end`` where it lies in
    the seed."""

    id: int
    source_id: int
    source: str
    seq: int
    section: str
    kind: str
    text: str
    start: int
    end: int
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Episode:
    """One episode as the sources describe it, merged across them; ``None`` where no source
    states the field."""

    id: int
    number: int
    title: str | None
    directors: tuple[str, ...]
    writers: tuple[str, ...]
    release_date: str | None
    runtime_minutes: int | None
    synopsis: str | None
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Person:
    """One person however many sources name them and however they spell it (``variants``);
    ``roles`` are the canonical roles credited to them."""

    id: int
    name: str
    variants: tuple[str, ...]
    roles: tuple[str, ...]
    sources: tuple[str, ...]
    #: Where the sources spell the name more than one way: which spelling is shown and why
    #: (the one used most often, counted).
    spelling_note: str | None = None
    #: The family name the sources give (one names the person by it alone), or read from the
    #: form of the name (provenance says "inferred" and why); None where neither tells.
    surname: str | None = None


@dataclass(frozen=True, slots=True)
class CastCredit:
    """An actor credited in a part; ``professional`` says whether a source calls the actor a
    professional or a non-professional, None where none does."""

    id: int
    person_id: int
    actor: str
    character_id: int | None
    character: str | None
    professional: bool | None
    sources: tuple[str, ...]
    #: The actor's family name, as :attr:`Person.surname`.
    surname: str | None = None


@dataclass(frozen=True, slots=True)
class CrewCredit:
    """A crew member in one canonical role (``role_as_stated`` keeps the source's words),
    with the episodes the credit names, if any."""

    id: int
    person_id: int
    person: str
    role: str
    role_as_stated: str
    episodes: tuple[int, ...]
    sources: tuple[str, ...]
    #: The person's family name, as :attr:`Person.surname`.
    surname: str | None = None


@dataclass(frozen=True, slots=True)
class Character:
    """A character of the series, the actors who play them and the storylines that follow
    them."""

    id: int
    name: str
    actors: tuple[str, ...]
    storylines: tuple[str, ...]
    description: str | None
    sources: tuple[str, ...]
    #: Every description any source gives, in source order (``description`` is the first),
    #: so where two sources describe a character differently both are there.
    descriptions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Storyline:
    """One storyline of the series in the order the sources tell them, with the characters
    it follows."""

    id: int
    seq: int
    title: str
    characters: tuple[str, ...]
    summary: str
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Quote:
    """Words a source attributes to a speaker (``person_id`` when the speaker is a credited
    person)."""

    id: int
    person_id: int | None
    speaker: str
    role: str | None
    character: str | None
    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Fact:
    """One stated fact: ``value`` is the normalised reading (an ISO date, a number) of the words
    ``stated``, which stand in the sentence ``statement`` of ``source``."""

    id: int
    topic: str
    label: str
    value: str
    stated: str
    statement: str
    source: str
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NamedThing:
    """Something the sources name that is not a person or a character: one of the five kinds
    below, which share the ``entities`` table and this shape.

    ``relations`` is what it is to the series or to the text naming it, in the words the
    sources use next to it; ``variants`` every way they name it; ``inferred`` the reason when
    no source says what kind of thing it is in words."""

    id: int
    name: str
    relations: tuple[str, ...]
    date: str | None
    people: tuple[str, ...]
    variants: tuple[str, ...]
    inferred: str | None
    sources: tuple[str, ...]


# The five kinds are plain subclasses: each inherits the fields and the methods dataclass
# made for NamedThing (its repr names the subclass, and records of two kinds never compare
# equal), where five decorated copies of one shape had Python make every method five times.


class Organisation(NamedThing):
    """An organisation the sources name: the production company, the network, an outlet."""

    __slots__ = ()


class Place(NamedThing):
    """A place the sources name: a filming location, the real-life setting, a place near it."""

    __slots__ = ()


class Event(NamedThing):
    """An event the sources date: the massacre and its stages, the shoot's start and halts."""

    __slots__ = ()


class Work(NamedThing):
    """A work the sources name: the source article, the makers' films, series and books."""

    __slots__ = ()


class Award(NamedThing):
    """A prize, nomination or grant the sources name, with the people it went to."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class Claim:
    """One value one source states about a subject's attribute, as the archive compares it
    (``kind``: "number", "date" or "name"); ``disagreement_id`` where it is one side of a
    disagreement."""

    id: int
    subject: str
    attribute: str
    value: str
    stated: str
    kind: str
    source: str
    record_table: str | None
    record_id: int | None
    disagreement_id: int | None
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Disagreement:
    """A subject and attribute the sources give values for that do not agree.

    ``values`` holds each side as ``{"value", "sources", "spans": [{"source", "start",
    "end"}]}``; ``claimed`` just the values, ``summary`` them in one line; ``kind`` says what
    was compared ("number", "date", "name")."""

    id: int
    subject: str
    attribute: str
    kind: str
    summary: str
    claimed: tuple[str, ...]
    values: tuple[dict[str, Any], ...]
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result: ``snippet`` is HTML-escaped text with matches in ``<b>…</b>``."""

    table: str
    id: int
    title: str
    snippet: str
    source: str
    rank: float


@dataclass(frozen=True, slots=True)
class Link:
    """A related record the detail pane can navigate to."""

    table: str
    id: int
    label: str
    relation: str


Record = (
    Source | Excerpt | Episode | Person | CastCredit | CrewCredit | Character | Storyline
    | Quote | Fact | Organisation | Place | Event | Work | Award | Claim | Disagreement
)
"""Any record a table of the archive holds."""


def record_dict(record: Record) -> dict[str, Any]:
    """A record as a plain dict with lists for tuples (for JSON and CSV export)."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        out[f.name] = list(value) if isinstance(value, tuple) else value
    return out
