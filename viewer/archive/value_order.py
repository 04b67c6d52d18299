"""How a stated value sorts: numbers by size, dates by date, words alphabetically.

A fact's or a claim's ``value`` is the extractors' normalised reading of the words a source
states ("over 100" → ``100``, "50 to 300" → ``50–300``, "late 2019" → ``2019``, "March 2011" →
``2011-03``, "June 30"); sorted as text, "7.1" fell between "71" and "7" and "2021-06-30"
between "250" and "2011-03" (reviewer R1, item 1). :func:`value_sort_key` writes a key whose
plain text order (SQLite's BINARY, so an index serves it) is the order of what the values are:

1. numbers, by size; a range by its low end, then its high end (``50`` < ``50–300`` <
   ``60``); the qualifier of "over 100" stays in the stated words, the value is 100; a number
   of more digits than the key can count (10 ** :data:`_LENGTH_DIGITS` or more) sorts as text;
2. dates with a year, by date; a coarser date before the finer ones it holds (``2019`` <
   ``2019-03`` < ``2019-03-18`` < ``2019-04``), as :mod:`viewer.archive.dates` reads them; a
   range of years said to be a date (``kind`` "date") by its first year, then its last, before
   the months of its first (``2019`` < ``2019–2021`` < ``2019-03``);
3. days stated without their year ("June 30"), by month and day: no year is made up for them;
4. everything else, as every text column sorts (:func:`~viewer.archive.schema.sort_key`:
   accent-, case- and quote-blind).

Each class is one leading character, so the order is total; rows with equal keys keep their
id order (the pages' tie-breaker), and a descending sort is the ascending one reversed.
"""

from __future__ import annotations

import functools
import re

from viewer.archive.dates import YEAR_TOPICS, parse_stated_date
from viewer.archive.schema import SORT_KEY_CHARS, sort_key

#: The leading character of each class of value, in the order the classes sort.
NUMBER, DATE, DAY_WITHOUT_YEAR, TEXT = "1", "2", "3", "4"
#: A number as the extractors write one (digits, a decimal point), or a range of two; the
#: hyphen and the "to" of a range are read too, and thousands separators, so a value written
#: by hand in seeds/corrections.toml sorts as its number.
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_RANGE = re.compile(rf"^(?P<low>{_NUMBER})(?:\s*(?:[–—-]|\bto\b)\s*(?P<high>{_NUMBER}))?$")
#: Parts of a number key: enough digits of length for any number a seed states.
_LENGTH_DIGITS = 2
#: A range of years ("2019–2021", "2019 to 2021"), a date where the value is said to be one.
_YEAR_RANGE = re.compile(r"^(?P<low>\d{4})\s*(?:[–—-]|\bto\b)\s*(?P<high>\d{4})$")


def value_kind(table: str, row: dict[str, object]) -> str:
    """What a row's value is said to be, as :func:`value_sort_key` takes it: a claim carries
    its ``kind`` ("number", "date", "name"); a fact of a topic that states a year
    (:data:`~viewer.archive.dates.YEAR_TOPICS`) is a date, so its "2019" is the year."""
    if table == "claims":
        return str(row.get("kind") or "")
    return "date" if table == "facts" and row.get("topic") in YEAR_TOPICS else ""


#: Claims' kinds whose values are words whatever they look like: a name, a role in a
#: source's words, a remark's words, a list of names.
_WORDS = frozenset({"name", "role", "words", "names"})


def value_sort_key(value: object, kind: str = "") -> str:
    """The sort key of a stated ``value`` (see the module's docstring); "" for no value, as
    :func:`~viewer.archive.schema.sort_key` gives, so keyset pages never meet a NULL.

    ``kind`` (:func:`value_kind`) "name" sorts the value as words whatever it looks like (a
    title "1917"); "date" reads a bare four-digit value as a year; "number" tries a number
    before a date."""
    if value is None or not str(value).strip():
        return ""
    text = " ".join(str(value).split())
    # A date first, unless the value is said to be a number: "2011-03" is March 2011, not
    # the range 2011–3 (a bare "2019" is a year only when ``kind`` says so).
    if kind not in _WORDS:
        date = functools.partial(_date_key, bare_year=kind == "date")
        reads = (_number_key, date) if kind == "number" else (date, _number_key)
        if kind == "date":
            reads = (_year_range_key, *reads)
        for read in reads:
            if (key := read(text)) is not None:
                return key
    return TEXT + sort_key(text)[:SORT_KEY_CHARS]


def _number_key(text: str) -> str | None:
    match = _RANGE.match(text)
    if match is None or (match["high"] and _value(match["high"]) < _value(match["low"])):
        return None  # no number, or no range ("2020-08" is not 2020 to 8)
    low = _magnitude(match["low"])
    high = _magnitude(match["high"]) if match["high"] else low
    if low is None or high is None:
        return None  # too long for the key's count of digits: sorted as text
    # A space sorts below every digit and the decimal point: 7 (7 7) before 7.1 (7.1 7.1),
    # and 50 (50 50) before 50–300 (50 300).
    return f"{NUMBER}{low} {high}"


def _value(number: str) -> float:
    return float(number.replace(",", ""))


def _magnitude(number: str) -> str | None:
    """A non-negative number as text that sorts by size: the count of its whole digits, the
    digits, then its fraction (no trailing zeros), so 9 < 10 < 71 < 100 and 7 < 7.1 < 7.15;
    None where the count does not fit its :data:`_LENGTH_DIGITS` digits."""
    whole, _, fraction = number.replace(",", "").partition(".")
    whole = whole.lstrip("0")
    # A fraction's first digits order it as far as any seed's figure is read.
    fraction = fraction[:SORT_KEY_CHARS].rstrip("0")
    if len(whole) >= 10 ** _LENGTH_DIGITS:
        return None
    key = f"{len(whole):0{_LENGTH_DIGITS}d}{whole}"
    return f"{key}.{fraction}" if fraction else key


def _year_range_key(text: str) -> str | None:
    match = _YEAR_RANGE.match(text)
    if match is None or match["high"] < match["low"]:
        return None
    # A space sorts below the hyphen of a month: 2019 < 2019–2021 < 2019-03.
    return f"{DATE}{match['low']} {match['high']}"


def _date_key(text: str, *, bare_year: bool = False) -> str | None:
    stated = parse_stated_date(text, bare_year=bare_year)
    if stated is None:
        return None
    if stated.year is None:
        return f"{DAY_WITHOUT_YEAR}{stated.month:02d}-{stated.day or 0:02d}"
    # ISO text sorts by date, a year before its months and a month before its days.
    return DATE + stated.iso()
