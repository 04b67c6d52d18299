"""The records the Views tab draws: a timeline of dated facts, the credits matrix, the storyline
map. Frozen dataclasses like those in :mod:`.records`, apart from them because only the Views
tab asks for them: defining a dataclass costs about a millisecond, and a start that shows no
chart should not pay for four (nor for :mod:`.dates`, which the timeline's records carry).
"""

from __future__ import annotations

from dataclasses import dataclass

from viewer.archive.dates import StatedDate
from viewer.archive.records import CastCredit, Character, CrewCredit, Episode, Fact, Storyline


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """A fact that states a date, placed on a time axis.

    ``stated`` is the date as its source gives it; ``placed`` the same date with a year, or
    None when the source gives no year and no other source settles it. ``year_from`` names the
    source whose statement of the same fact gave the year (None: the year is stated here).
    """

    fact: Fact
    source_id: int
    source_title: str
    source_kind: str
    stated: StatedDate
    placed: StatedDate | None
    year_from: str | None = None

    @property
    def year_inferred(self) -> bool:
        return self.year_from is not None


@dataclass(frozen=True, slots=True)
class MatrixCell:
    """One person's credit for one episode in one role (a credit names several episodes)."""

    credit_id: int
    person_id: int
    person: str
    role: str
    episode: int


@dataclass(frozen=True, slots=True)
class CreditsMatrix:
    """Episodes across, crew credits that name episodes down, a cell where they meet."""

    episodes: tuple[Episode, ...]
    credits: tuple[CrewCredit, ...]
    cells: tuple[MatrixCell, ...]

    def episode_numbers(self) -> list[int]:
        """Every episode a column is needed for: the records', and any a credit names."""
        return sorted({e.number for e in self.episodes} | {c.episode for c in self.cells})


@dataclass(frozen=True, slots=True)
class StorylineMap:
    """Storylines, the characters each follows and the cast credits of those characters."""

    storylines: tuple[Storyline, ...]
    characters: tuple[Character, ...]
    links: tuple[tuple[int, int], ...]  # (storyline id, character id), in storyline order
    cast: tuple[CastCredit, ...]
