"""Reviewer R1, item 1: sorted by Value, facts and claims follow what the values are —
numbers by size (a range by its low end, then its high end), dates by date, words after them
alphabetically — not their text ("71", "7.1", "7", "60", "6", "50–300" …)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from viewer.archive.dates import parse_stated_date
from viewer.archive.records.kinds import Record
from viewer.archive.schema import SORT_KEY_CHARS
from viewer.archive.store import Archive
from viewer.archive.value_order import value_sort_key


def _number(value: str) -> tuple[float, float] | None:
    low, _, high = value.partition("–")
    try:
        return float(low), float(high or low)
    except ValueError:
        return None


def _values(archive: Archive, table: str, descending: bool = False) -> list[Record]:
    return list(archive.iter_records(table, sort="value", descending=descending))


def _check_value_order(records: list[Record], is_date: dict[int, bool]) -> None:
    """Numbers by size, then dates by date, then the rest; each class in its own order."""
    classes = []
    for r in records:
        value = str(r.value)  # type: ignore[attr-defined]
        if is_date[r.id]:
            stated = parse_stated_date(value, bare_year=True)
            assert stated is not None
            classes.append((1 if stated.has_year else 2, r))
        elif _number(value) is not None:
            classes.append((0, r))
        else:
            classes.append((3, r))
    assert [c for c, _ in classes] == sorted(c for c, _ in classes)
    numbers = [_number(str(r.value)) for c, r in classes if c == 0]  # type: ignore[attr-defined]
    assert numbers == sorted(numbers)  # type: ignore[type-var]
    dates = [parse_stated_date(str(r.value), bare_year=True)  # type: ignore[attr-defined]
             for c, r in classes if c == 1]
    assert [(d.start(), d.end()) for d in dates if d] == sorted(
        (d.start(), d.end()) for d in dates if d)


def test_facts_sorted_by_value_follow_number_size_then_date(archive: Archive) -> None:
    facts = _values(archive, "facts")
    values = [f.value for f in facts]  # type: ignore[attr-defined]
    # The reviewer's order was 71, 7.1, 7, 60, 6, 50–300, 5 … 2021-06-30, 2011-03 …
    assert values.index("6") < values.index("7") < values.index("7.1") < values.index("28") \
        < values.index("60") < values.index("71") < values.index("300") \
        < values.index("1400") < values.index("20000") < values.index("2011-03")
    # A range by its low end, then its high end; "over 100" is 100.
    assert values.index("45") < values.index("50–300") < values.index("60")
    assert values.index("300") < values.index("300–500") < values.index("1400")
    over_100 = next(f for f in facts if f.stated == "over 100")  # type: ignore[attr-defined]
    assert values.index("71") < facts.index(over_100) < values.index("190")
    # Dates by date: a year, a month, a day ("late 2019" is the year 2019).
    assert values.index("2011-03") < values.index("2011-03-18") < values.index("2017") \
        < values.index("2019") < values.index("2020-03") < values.index("2021-06-30")
    late = next(f for f in facts if f.stated == "late 2019")  # type: ignore[attr-defined]
    assert facts.index(late) < values.index("2020-03")
    from viewer.archive.dates import YEAR_TOPICS
    _check_value_order(facts, {f.id: f.topic in YEAR_TOPICS or  # type: ignore[attr-defined]
                               parse_stated_date(str(f.value)) is not None  # type: ignore[attr-defined]
                               for f in facts})


def test_claims_sorted_by_value_numbers_dates_then_names(archive: Archive) -> None:
    claims = _values(archive, "claims")
    values = [c.value for c in claims]  # type: ignore[attr-defined]
    _check_value_order(claims, {c.id: c.kind == "date" for c in claims})  # type: ignore[attr-defined]
    kinds = [c.kind for c in claims]  # type: ignore[attr-defined]
    # Names, roles in a source's words, a remark's words and lists of names sort as words.
    words = {"name", "role", "words", "names"}
    first = min(i for i, k in enumerate(kinds) if k in words)
    assert first > max(i for i, k in enumerate(kinds) if k not in words)
    names = [v for v, k in zip(values, kinds, strict=True) if k in words]
    # Words alphabetically, accent-blind: "Álvaro Curiel" among the A's.
    assert names.index("A Walk with Wolves") < names.index("Álvaro Curiel") \
        < names.index("Anatomy of a massacre") < names.index("Somos.")


@pytest.mark.parametrize("table", ["facts", "claims"])
def test_descending_is_ascending_reversed_with_ties_by_id(archive: Archive,
                                                          table: str) -> None:
    up = [r.id for r in _values(archive, table)]
    down = [r.id for r in _values(archive, table, descending=True)]
    assert down == up[::-1]
    facts = _values(archive, table)
    same = [r.id for r in facts if r.value == "300"]  # type: ignore[attr-defined]
    assert same == sorted(same) and len(same) > 1


@pytest.mark.parametrize("table", ["facts", "claims"])
def test_value_sort_is_read_through_an_index(archive_path: Path, table: str) -> None:
    conn = sqlite3.connect(archive_path)
    plan = " ".join(str(r) for r in conn.execute(
        f"EXPLAIN QUERY PLAN SELECT id FROM {table} ORDER BY value_sort DESC, id DESC "
        "LIMIT 50"))
    conn.close()
    assert "TEMP B-TREE" not in plan and "INDEX" in plan


def test_value_keys_order_the_forms_the_extractors_write() -> None:
    ordered = ["0", "0.5", "1", "7", "7.1", "7.15", "9", "10", "50", "50–300", "50–400", "60",
               "1,400", "20000", "1999", "2011-03", "2011-03-18", "2011-04", "2019",
               "June 30", "July 1", "Álvaro", "beta", "Zeta"]
    kinds = {"1999": "date", "2019": "date"}
    keys = [value_sort_key(v, kinds.get(v, "")) for v in ordered]
    assert keys == sorted(keys)
    assert value_sort_key(None) == value_sort_key("") == ""
    # A value said to be a name stays words; "2020-08" is a month, not a range 2020 to 8.
    assert value_sort_key("July 1") < value_sort_key("1917", "name") < value_sort_key("Zeta")
    assert value_sort_key("2020-08") > value_sort_key("99999")
    assert value_sort_key("300-500") == value_sort_key("300–500") == value_sort_key("300 to 500")


def test_a_number_too_long_for_its_key_sorts_as_words_not_first() -> None:
    """A number of 100 digits wrote a 3-digit length in the key's 2 and sorted before a
    13-digit number (R3 code review, finding 6); now it is words, and its key is bounded."""
    huge = "9" * 100
    assert value_sort_key(huge) > value_sort_key("1234567890123")
    assert value_sort_key(huge)[0] == value_sort_key("Zeta")[0]
    assert len(value_sort_key(huge)) <= 1 + SORT_KEY_CHARS
    assert len(value_sort_key("0." + "1" * 500)) == len(value_sort_key("0." + "1" * 5000))
    assert value_sort_key("9" * 99) > value_sort_key("9" * 98)


def test_a_range_of_years_said_to_be_a_date_sorts_among_the_dates() -> None:
    """"2019–2021" of kind "date" was a number, before every date (R3 code review, finding
    6): it sorts after its first year, before that year's months."""
    ranged = value_sort_key("2019–2021", "date")
    assert value_sort_key("2019", "date") < ranged < value_sort_key("2019-03", "date")
    assert value_sort_key("2018-12-31", "date") < ranged < value_sort_key("2020", "date")
    assert value_sort_key("2019 to 2021", "date") == value_sort_key("2019-2021", "date") == ranged
    assert value_sort_key("2019–2021", "date") > value_sort_key("1", "number")
    # Not said to be a date, it is still a range of numbers.
    assert value_sort_key("2019–2021") < value_sort_key("2011-03")
