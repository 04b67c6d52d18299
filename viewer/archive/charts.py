"""What the Views tab draws — a timeline of dated facts, the credits matrix, the storyline
map — and how each is read from an archive: the records (frozen dataclasses like those of
:mod:`.records`) and the queries and assembly that make them. The :class:`~.store.Archive`
runs them through its connection (``rows``) and its own record reading (``get_many``), under
its limits; only the Views tab asks for them, so nothing here is imported at start-up.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from viewer.archive import dates
from viewer.archive.dates import StatedDate
from viewer.archive.records.credits import CastCredit, CrewCredit
from viewer.archive.records.documents import Source
from viewer.archive.records.kinds import Record
from viewer.archive.records.series import Episode
from viewer.archive.records.statements import Fact
from viewer.archive.records.story import Character, Storyline
from viewer.archive.schema import TABLES, quote_identifier
from viewer.archive.tables import TABLE_SPECS

#: How much the charts read at most (a synthetic archive of a million excerpts holds 150,000
#: facts; a chart of them all would be neither readable nor quick to draw).
MAX_TIMELINE_EVENTS = 1000
MAX_MATRIX_EPISODES = 100
MAX_MAP_STORYLINES = 100
#: Crew roles the credits matrix lists first, in this order; other roles follow by name.
MATRIX_ROLE_ORDER = ("Director", "Writer")

#: Runs one statement with its parameters and yields its rows (the archive's connection).
Rows = Callable[[str, Sequence[Any]], Iterator[Any]]
#: Reads records of a table by id (the archive's ``get_many``).
GetMany = Callable[[str, list[int]], list[Record]]


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


# -- reading the charts ---------------------------------------------------------------------


def _ids(rows: Rows, sql: str, params: Sequence[Any]) -> list[int]:
    return [int(r[0]) for r in rows(sql, params)]


def _all_columns(table: str) -> str:
    return ", ".join(quote_identifier(column) for column in TABLES[table])


def timeline_events(rows: Rows, get_many: GetMany, sources_list: Sequence[Source],
                    limit: int = MAX_TIMELINE_EVENTS) -> list[TimelineEvent]:
    """Every fact whose value states a date, earliest first (see :mod:`.dates`).

    A day stated without its year ("June 30") is placed at the year the other sources give
    for the same fact when they agree on one, and says which source gave it; otherwise it
    keeps ``placed=None`` and sorts last. Dates are read in Python, so SQL only narrows the
    rows to those that could be dates.
    """
    topics = sorted(dates.YEAR_TOPICS)
    marks = ",".join("?" * len(topics))
    # The dates first, from the columns that state and order them; whole records only
    # for the facts kept: at a million excerpts tens of thousands of facts state a date,
    # and reading, building and placing all of them took the chart a minute. What each
    # fact states is kept a dict per field, not a tuple per fact, and each stated value
    # is parsed once and its date shared: tens of thousands of small objects made the
    # garbage collector's full pass walk them all (in the worker, but holding the GIL, so
    # the window waited), where only some thousands of values are distinct.
    topic_of: dict[int, str] = {}
    source_of: dict[int, int] = {}
    when_of: dict[int, dates.StatedDate] = {}
    parsed: dict[tuple[str, str], dates.StatedDate | None] = {}
    years = dates.YearIndex()
    for fact_id, topic, value, source_id in rows(
            f"SELECT id, topic, value, source_id FROM facts WHERE topic IN ({marks}) "
            "OR value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' "
            "OR value GLOB '[A-Za-z]* [0-9]*' OR value GLOB '[0-9]* [A-Za-z]*'",
            topics):
        key = (topic, value)
        if key not in parsed:
            parsed[key] = dates.fact_date(topic, value)
        when = parsed[key]
        if when is not None:
            topic_of[fact_id], source_of[fact_id], when_of[fact_id] = (
                topic, int(source_id), when)
            years.add(topic, source_of[fact_id], when)
    at_of: dict[int, dates.StatedDate | None] = {}
    giver_of: dict[int, int | None] = {}
    for fact_id, when in when_of.items():
        if when.has_year:
            at_of[fact_id], giver_of[fact_id] = when, None
        else:
            at_of[fact_id], giver_of[fact_id] = (
                years.place(topic_of[fact_id], when) or (None, None))

    def order(fact_id: int) -> tuple[object, ...]:
        at = at_of[fact_id]
        return (at is None, at.start() if at else when_of[fact_id].iso(),
                topic_of[fact_id], source_of[fact_id], fact_id)

    # The first ``limit`` without sorting them all: a sort's comparisons run in C and hold
    # the GIL for a time that grows with the archive, the window waiting on it meanwhile.
    kept = heapq.nsmallest(limit, when_of, key=order)
    facts = get_many("facts", kept)
    sources = {s.id: s for s in sources_list}
    events: list[TimelineEvent] = []
    for fact in facts:
        assert isinstance(fact, Fact)
        source_id, giver = source_of[fact.id], giver_of[fact.id]
        source = sources.get(source_id)
        year_from = (None if giver is None
                     else sources[giver].title if giver in sources else str(giver))
        events.append(TimelineEvent(
            fact, source_id, source.title if source else fact.source,
            source.kind if source else "", when_of[fact.id], at_of[fact.id], year_from))
    return events



def credits_matrix(rows: Rows, get_many: GetMany,
                   max_episodes: int = MAX_MATRIX_EPISODES) -> CreditsMatrix:
    """The crew credits that name episodes, one cell per credit and episode named.

    Credits are ordered by role (directors, then writers, then any other role by name),
    then by the first episode they name. With more than ``max_episodes`` episodes only
    the first ones, and the cells in them, are read.
    """
    spec = TABLE_SPECS["episodes"]
    seen: set[int] = set()
    episodes: list[Episode] = []
    for row in rows(
            f"SELECT {_all_columns('episodes')} FROM episodes ORDER BY number, id LIMIT ?",
            (max_episodes,)):
        episode = spec.build(row)
        assert isinstance(episode, Episode)
        if episode.number not in seen:
            seen.add(episode.number)
            episodes.append(episode)
    last = episodes[-1].number if len(episodes) == max_episodes else None
    ids = _ids(rows,
        "SELECT DISTINCT c.id FROM credits c, json_each(c.episodes) e "
        "WHERE c.category = 'crew' AND (? IS NULL OR e.value <= ?) ORDER BY c.id",
        (last, last))
    credits = [c for c in get_many("crew", ids) if isinstance(c, CrewCredit)]

    def order(credit: CrewCredit) -> tuple[int, str, int, str]:
        rank = (MATRIX_ROLE_ORDER.index(credit.role) if credit.role in MATRIX_ROLE_ORDER
                else len(MATRIX_ROLE_ORDER))
        return rank, credit.role, min(credit.episodes), credit.person

    credits.sort(key=order)
    cells = tuple(MatrixCell(c.id, c.person_id, c.person, c.role, n)
                  for c in credits for n in sorted(set(c.episodes))
                  if last is None or n <= last)
    return CreditsMatrix(tuple(episodes), tuple(credits), cells)



def storyline_map(rows: Rows, get_many: GetMany,
                  limit: int = MAX_MAP_STORYLINES) -> StorylineMap:
    """Storylines in order, the characters each follows (in the order it names them)
    and every cast credit of those characters."""
    spec = TABLE_SPECS["storylines"]
    storylines = [s for s in map(spec.build, rows(
        f"SELECT {_all_columns('storylines')} FROM storylines ORDER BY seq, id LIMIT ?",
        (limit,))) if isinstance(s, Storyline)]
    pairs: list[tuple[int, int]] = []
    ids = [s.id for s in storylines]
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        pairs += [(int(r[0]), int(r[1])) for r in rows(
            "SELECT storyline_id, character_id FROM storyline_characters "
            f"WHERE storyline_id IN ({','.join('?' * len(chunk))})", chunk)]
    char_ids = list(dict.fromkeys(c for _, c in pairs))
    characters = {c.id: c for c in get_many("characters", char_ids)
                  if isinstance(c, Character)}
    links: list[tuple[int, int]] = []
    for storyline in storylines:
        names = list(storyline.characters)
        mine = [c for s, c in pairs if s == storyline.id and c in characters]
        mine.sort(key=lambda c: (names.index(characters[c].name)
                                 if characters[c].name in names else len(names), c))
        links += [(storyline.id, c) for c in mine]
    cast_ids: list[int] = []
    for start in range(0, len(char_ids), 500):
        chunk = char_ids[start:start + 500]
        cast_ids += _ids(rows,
            "SELECT id FROM credits WHERE category = 'cast' "
            f"AND character_id IN ({','.join('?' * len(chunk))}) ORDER BY id", chunk)
    cast = [c for c in get_many("cast", cast_ids) if isinstance(c, CastCredit)]
    ordered = tuple(characters[c] for c in dict.fromkeys(c for _, c in links))
    return StorylineMap(tuple(storylines), ordered, tuple(links), tuple(cast))

