"""The series as the sources tell it: its episodes, storylines and characters.
"""

from __future__ import annotations

from dataclasses import dataclass


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
