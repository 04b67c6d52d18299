"""Things the sources name that are neither people nor characters: one shape,
:class:`NamedThing`, and its five kinds.
"""

from __future__ import annotations

from dataclasses import dataclass


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
    """An event named in a sentence that gives a date: the massacre and its stages, the
    shoot's start and halts; dated where the text ties the date to the event."""

    __slots__ = ()


class Work(NamedThing):
    """A work the sources name: the source article, the makers' films, series and books."""

    __slots__ = ()


class Award(NamedThing):
    """A prize, nomination or grant the sources name, with the people it went to."""

    __slots__ = ()
