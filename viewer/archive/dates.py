"""Dates as the seeds state them: a year, a month of a year, a day — or a day with no year.

A fact's ``value`` is its normalised reading ("2021-06-30", "2020-03", "2019", "June 30"). The
timeline needs each such value as a point or stretch of time *with the precision it was
stated at*: "late 2019" is the year 2019, not 1 January 2019. :func:`parse_stated_date` reads
a value into a :class:`StatedDate`; :func:`infer_year` places a day stated without its year
("debuting today, June 30") using the year other sources give for the same fact, and says
when it cannot — a year is never made up.

Plain Python: the data layer and the GUI both use it.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

#: Fact topics whose bare four-digit value is a year ("2018"). Elsewhere a bare number is a
#: count ("1400" emergency calls), so only these topics read one as a year; values written as
#: dates ("2020-03", "June 30") are dates whatever their topic.
YEAR_TOPICS: frozenset[str] = frozenset({
    "premiere_date", "announcement_date", "filming_start", "filming_suspended",
    "filming_resumed", "rights_acquired", "article_year", "massacre_date",
})

#: The seeds' English month names, the one list the extractors read them with too:
#: ``calendar.month_name`` follows the process's locale, which QApplication sets from LANG, and
#: under a German one the timeline lost every "June 30" (issue 26).
MONTHS: tuple[str, ...] = ("January", "February", "March", "April", "May", "June", "July",
                           "August", "September", "October", "November", "December")
_MONTHS = {name.lower(): number for number, name in enumerate(MONTHS, start=1)}
_MONTHS.update({name[:3].lower(): number for number, name in enumerate(MONTHS, start=1)})
_ISO = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?$")
_MONTH_DAY = re.compile(r"^(?P<mon>[A-Za-z]+)\.? (?P<d>\d{1,2})(?:st|nd|rd|th)?$")
_DAY_MONTH = re.compile(r"^(?P<d>\d{1,2}) (?P<mon>[A-Za-z]+)\.?$")
_MONTH_YEAR = re.compile(r"^(?P<mon>[A-Za-z]+)\.? (?P<y>\d{4})$")
#: A bare year is a year only in this range (a seed about 2011–2021 states no other).
_YEARS = range(1000, 3000)


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True)
class StatedDate:
    """A date to the precision stated. ``year`` is None for a day stated without its year."""

    year: int | None
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        if self.year is None and self.month is None:
            raise ValueError("a date needs a year or a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"no month {self.month}")
        if self.day is not None and self.month is not None:
            # A day without a year may be 29 February: check it against a leap year.
            last = calendar.monthrange(self.year or 2000, self.month)[1]
            if not 1 <= self.day <= last:
                raise ValueError(f"no day {self.day} in month {self.month}")

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        return Precision.MONTH if self.month is not None else Precision.YEAR

    @property
    def has_year(self) -> bool:
        return self.year is not None

    def with_year(self, year: int) -> StatedDate:
        return replace(self, year=year)

    def start(self) -> date:
        """The first day the statement covers (it must have a year)."""
        if self.year is None:
            raise ValueError(f"{self} states no year")
        return date(self.year, self.month or 1, self.day or 1)

    def end(self) -> date:
        """The last day the statement covers: a month stated covers the whole month."""
        if self.year is None:
            raise ValueError(f"{self} states no year")
        if self.day is not None and self.month is not None:
            return date(self.year, self.month, self.day)
        if self.month is not None:
            return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return date(self.year, 12, 31)

    def iso(self) -> str:
        """ISO 8601 to the precision stated; ``--06-30`` for a day without a year."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}" if self.day else f"--{self.month:02d}"
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def compatible(self, other: StatedDate) -> bool:
        """Could both statements be about the same day (nothing stated in both differs)?"""
        return all(a is None or b is None or a == b for a, b in (
            (self.year, other.year), (self.month, other.month), (self.day, other.day)))


def _month(name: str) -> int | None:
    return _MONTHS.get(name.lower())


def parse_stated_date(value: str, *, bare_year: bool = False) -> StatedDate | None:
    """The date a fact's value states, or None when it is not a date.

    ``bare_year`` lets a lone four-digit number count as a year (for :data:`YEAR_TOPICS`).
    """
    text = " ".join(value.split())
    try:
        if m := _ISO.match(text):
            if m["m"] is None and not (bare_year and int(m["y"]) in _YEARS):
                return None
            return StatedDate(int(m["y"]), int(m["m"]) if m["m"] else None,
                              int(m["d"]) if m["d"] else None)
        for pattern in (_MONTH_DAY, _DAY_MONTH):
            if (m := pattern.match(text)) and (month := _month(m["mon"])):
                return StatedDate(None, month, int(m["d"]))
        if (m := _MONTH_YEAR.match(text)) and (month := _month(m["mon"])):
            return StatedDate(int(m["y"]), month)
    except ValueError:
        return None  # "2021-13", "February 30": shaped like a date, but none
    return None


def fact_date(topic: str, value: str) -> StatedDate | None:
    """The date a fact states, reading bare years only for topics that state years."""
    return parse_stated_date(value, bare_year=topic in YEAR_TOPICS)


class YearIndex:
    """The years the statements of each fact give, filed by what a day stated without its
    year could agree with, so that placing one is three lookups (:meth:`place`) rather than a
    pass over every statement of the same fact as :func:`infer_year` makes: a large archive
    has thousands of statements per fact, and those passes took the timeline a minute."""

    def __init__(self) -> None:
        # (topic, month, day) of a statement with a year -> {year: the lowest source id}
        self._given: dict[tuple[str, int | None, int | None], dict[int, int]] = {}
        # (topic, month) -> the same for the statements of a day, over the month's days
        self._days_of: dict[tuple[str, int], dict[int, int]] = {}
        # (topic, date) -> where place put it: a large archive states the same day without
        # its year thousands of times, and merging its years each time was slow at 1M
        self._placed: dict[tuple[str, StatedDate], tuple[StatedDate, int] | None] = {}

    def add(self, topic: str, source_id: int, stated: StatedDate) -> None:
        if stated.year is None:
            return
        self._placed.clear()
        _lowest(self._given.setdefault((topic, stated.month, stated.day), {}), stated.year,
                source_id)
        if stated.month is not None and stated.day is not None:
            _lowest(self._days_of.setdefault((topic, stated.month), {}), stated.year,
                    source_id)

    def place(self, topic: str, stated: StatedDate) -> tuple[StatedDate, int] | None:
        """A date of ``topic`` stated without its year, at the one year that the statements
        agreeing with it give (as :func:`infer_year` decides), with the lowest id of a source
        that gives it; None when none gives a year, they disagree, or the day is 29 February
        and the year not a leap year."""
        key = (topic, stated)
        if key not in self._placed:
            self._placed[key] = self._place(topic, stated)
        return self._placed[key]

    def _place(self, topic: str, stated: StatedDate) -> tuple[StatedDate, int] | None:
        agreeing: dict[int, int] = {}
        tables = [self._given.get((topic, None, None)),
                  self._given.get((topic, stated.month, None)),
                  (self._given.get((topic, stated.month, stated.day)) if stated.day is not None
                   else self._days_of.get((topic, stated.month or 0)))]
        for years in tables:
            for year, source_id in (years or {}).items():
                _lowest(agreeing, year, source_id)
        if len(agreeing) != 1:
            return None
        ((year, source_id),) = agreeing.items()
        try:
            return stated.with_year(year), source_id
        except ValueError:
            return None


def _lowest(years: dict[int, int], year: int, source_id: int) -> None:
    known = years.get(year)
    if known is None or source_id < known:
        years[year] = source_id


def infer_year(stated: StatedDate, others: Iterable[StatedDate]) -> int | None:
    """The year to place a year-less date at: the one year that every other statement of the
    same fact agreeing with it gives. None when no statement gives one or they disagree."""
    if stated.has_year:
        return stated.year
    years = {o.year for o in others if o.year is not None and stated.compatible(o)}
    return years.pop() if len(years) == 1 else None
