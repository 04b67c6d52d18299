"""The story the series tells: its storylines and the characters they follow."""

from __future__ import annotations

from dataclasses import dataclass


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
