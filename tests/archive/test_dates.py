"""Reading the dates facts state, to the precision they state them (no Qt)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import REPO
from viewer.archive.dates import (
    Precision,
    StatedDate,
    YearIndex,
    fact_date,
    infer_year,
    parse_stated_date,
)


@pytest.mark.parametrize(("value", "expected"), [
    ("2021-06-30", StatedDate(2021, 6, 30)),
    ("2020-03", StatedDate(2020, 3)),
    ("June 30", StatedDate(None, 6, 30)),
    ("30 June", StatedDate(None, 6, 30)),
    ("Jun. 30", StatedDate(None, 6, 30)),
    ("March 2011", StatedDate(2011, 3)),
    ("  2011-03-18 ", StatedDate(2011, 3, 18)),
])
def test_values_written_as_dates_are_dates(value: str, expected: StatedDate) -> None:
    assert parse_stated_date(value) == expected


@pytest.mark.parametrize("value", ["300", "50–300", "7.1", "2021-13", "2021-02-30",
                                   "February 30", "Somos.", "", "six", "Juneteenth 4"])
def test_other_values_are_not_dates(value: str) -> None:
    assert parse_stated_date(value) is None


def test_a_bare_year_is_a_year_only_where_the_topic_states_years() -> None:
    assert fact_date("rights_acquired", "2018") == StatedDate(2018)
    assert fact_date("filming_start", "2019") == StatedDate(2019)
    assert fact_date("distress_calls", "1400") is None
    assert fact_date("imdb_votes", "1450") is None
    assert fact_date("town_population", "20000") is None


def test_a_date_topic_does_not_make_a_count_a_year() -> None:
    assert fact_date("article_year", "300") is None


def test_precision_follows_what_is_stated() -> None:
    assert StatedDate(2019).precision is Precision.YEAR
    assert StatedDate(2020, 3).precision is Precision.MONTH
    assert StatedDate(2021, 6, 30).precision is Precision.DAY
    assert StatedDate(None, 6, 30).precision is Precision.DAY


def test_a_stated_month_covers_the_whole_month() -> None:
    assert StatedDate(2020, 2).start() == date(2020, 2, 1)
    assert StatedDate(2020, 2).end() == date(2020, 2, 29)
    assert StatedDate(2019).end() == date(2019, 12, 31)


def test_a_day_without_a_year_has_no_place_until_given_one() -> None:
    june_30 = StatedDate(None, 6, 30)
    with pytest.raises(ValueError):
        june_30.start()
    assert june_30.iso() == "--06-30"
    assert june_30.with_year(2021).start() == date(2021, 6, 30)


def test_29_february_without_a_year_is_a_day() -> None:
    assert parse_stated_date("February 29") == StatedDate(None, 2, 29)


def test_the_year_comes_from_other_statements_that_agree() -> None:
    june_30 = StatedDate(None, 6, 30)
    assert infer_year(june_30, [StatedDate(2021, 6, 30), StatedDate(None, 6, 30)]) == 2021
    assert infer_year(june_30, [StatedDate(2021, 6)]) == 2021


def test_no_year_is_invented() -> None:
    june_30 = StatedDate(None, 6, 30)
    assert infer_year(june_30, []) is None
    assert infer_year(june_30, [StatedDate(2021, 7, 1)]) is None  # another day
    assert infer_year(june_30, [StatedDate(2020, 6, 30), StatedDate(2021, 6, 30)]) is None


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(2999, 12, 31)))
def test_iso_dates_read_back_as_themselves(day: date) -> None:
    stated = parse_stated_date(day.isoformat())
    assert stated is not None
    assert stated.start() == stated.end() == day
    assert stated.iso() == day.isoformat()


@given(st.text(max_size=20))
def test_any_text_reads_as_a_date_or_none(text: str) -> None:
    stated = parse_stated_date(text, bare_year=True)
    assert stated is None or isinstance(stated, StatedDate)


_DAYS = st.dates(min_value=date(2019, 12, 1), max_value=date(2021, 3, 31))  # 29 Feb 2020
_STATEMENTS = st.lists(st.tuples(
    st.sampled_from(["premiere_date", "filming_start"]),
    st.integers(1, 5),  # the source
    st.one_of(_DAYS.map(lambda d: StatedDate(d.year)),
              _DAYS.map(lambda d: StatedDate(d.year, d.month)),
              _DAYS.map(lambda d: StatedDate(d.year, d.month, d.day)),
              _DAYS.map(lambda d: StatedDate(None, d.month, d.day)),
              _DAYS.map(lambda d: StatedDate(None, d.month)))),
    max_size=30)


@given(_STATEMENTS)
def test_the_year_index_places_a_date_as_infer_year_does(
        statements: list[tuple[str, int, StatedDate]]) -> None:
    """The index the timeline uses (lookups) and :func:`infer_year` (a pass over every
    statement of the same fact) agree on the year, and the source named is the lowest that
    gives it; 29 February is placed only in a leap year."""
    index = YearIndex()
    for topic, source, stated in statements:
        index.add(topic, source, stated)
    for topic, _source, stated in statements:
        if stated.has_year:
            continue
        others = [(s, w) for t, s, w in statements if t == topic]
        year = infer_year(stated, (w for _s, w in others))
        placed = index.place(topic, stated)
        if year is None:
            assert placed is None
            continue
        try:
            expected = StatedDate(year, stated.month, stated.day)
        except ValueError:  # 29 February, and the year no leap year
            assert placed is None
            continue
        giver = min(s for s, w in others if w.year == year and stated.compatible(w))
        assert placed == (expected, giver)


def test_month_names_do_not_follow_the_locale(tmp_path: Path) -> None:
    """QApplication sets the process's locale from LANG; the seeds' month names are English
    whatever it is. A German locale is compiled here (localedef) so the test runs anywhere."""
    localedef = shutil.which("localedef")
    if localedef is None or not Path("/usr/share/i18n/locales/de_DE").is_file():
        pytest.skip("localedef or the de_DE locale definition is missing (apt: locales)")
    subprocess.run([localedef, "-i", "de_DE", "-f", "UTF-8", str(tmp_path / "de_DE.UTF-8")],
                   check=True, capture_output=True)
    code = ("import calendar, locale; locale.setlocale(locale.LC_ALL, ''); "
            "assert calendar.month_name[3] == 'März', calendar.month_name[3]; "
            "from viewer.archive.dates import parse_stated_date as parse_date; "
            "print(*(parse_date(v) is not None for v in ('June 30', 'March 2011', 'Jun 30')))")
    env = {**os.environ, "LOCPATH": str(tmp_path), "LC_ALL": "de_DE.UTF-8"}
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=REPO, capture_output=True,
                         text=True, check=True).stdout.split()
    assert out == ["True", "True", "True"]
