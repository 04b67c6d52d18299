"""Search over an archive holding one 50 MB document read as a single passage (issue 30).

FTS5's snippet() grows with the square of the matches in a row and runs inside one step the
time limit cannot interrupt: on such an archive a common word never came back. Now every
search of it answers well within the time limit. The default run fails on a return of the
quadratic cost by what the search answers (the time limit's "took too long"), not by a clock,
which a busy 2-core machine would move; the 1 s bound per query is checked by the full
5,000-query fuzz the issue asks for, marked slow, on a quiet machine.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.bad_archives import BIG_DOCUMENT_BYTES, make_big_document
from viewer.archive.search_query import build_match
from viewer.archive.search_sql import LONG_ROW_PREVIEW
from viewer.archive.store import Archive

WITHIN_S = 1.0
COMMON = ["the", "de", "somos", "chayo", "a*", "ca*", '"doña chayo"', "chayo OR benjamin",
          "netflix AND cartel", "the (de OR la) somos", "2021"]
WORDS = [*COMMON, "AND", "OR", "NOT", "NEAR", "(", ")", '"', "*", "title:", "body:", "allende",
         "benjamín", "zetas", "la", "en", "el", "y", "of", "and", "to", "in"]
QUERIES = st.one_of(st.text(max_size=60),
                    st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join))


@pytest.fixture(scope="module")
def big_archive(archive_path: Path, tmp_path_factory: pytest.TempPathFactory
                ) -> Iterator[Archive]:
    path = make_big_document(archive_path, tmp_path_factory.mktemp("big") / "big.sqlite")
    with Archive.open(path) as opened:
        yield opened
    path.unlink()


def _timed_search(archive: Archive, text: str) -> float:
    started = time.monotonic()
    result = archive.search(text, limit=200)
    took = time.monotonic() - started
    assert result.notice != "The search took too long; try more specific words.", text
    return took


@pytest.mark.parametrize("text", COMMON)
def test_a_common_word_over_a_50_mb_passage_comes_back_within_the_limit(
        big_archive: Archive, text: str) -> None:
    _timed_search(big_archive, text)


def test_the_long_passage_is_found_and_shown_by_its_first_words(big_archive: Archive) -> None:
    hits = big_archive.search("chayo", limit=200).hits
    [big] = [h for h in hits if h.title == "The whole document"]
    assert len(big.snippet) <= LONG_ROW_PREVIEW * 2  # escaped text, bounded
    assert len(big_archive.source_text(5).encode("utf-8")) >= BIG_DOCUMENT_BYTES
    # The ordinary rows keep their marked snippets.
    assert any("<b>" in h.snippet for h in hits if h.title != "The whole document")


def _fuzz(archive: Archive, text: str, within: float | None = None) -> None:
    took = _timed_search(archive, text)
    assert within is None or took < within, (text, took)
    if build_match(text).expression is None:
        assert archive.search(text).hits == []


@settings(max_examples=100, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=QUERIES)
def test_no_query_over_the_big_document_runs_out_of_time(big_archive: Archive,
                                                         text: str) -> None:
    _fuzz(big_archive, text)


@pytest.mark.slow
@settings(max_examples=5_000, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=QUERIES)
def test_five_thousand_queries_over_the_big_document_each_take_under_a_second(
        big_archive: Archive, text: str) -> None:
    _fuzz(big_archive, text, within=WITHIN_S)
