"""The records a researcher means come first, and each result says which it is (review R1,
item 7), on the archive built from the real seeds.

A record whose own fields name the words — an episode whose directors and writers are the
people typed, a person named exactly — comes before the passages that merely mention them;
the Match column shows the field that named the record; two quotes of one speaker read
differently in the Record column.
"""

from __future__ import annotations

import re

import pytest

from viewer.archive import search
from viewer.archive.records.navigation import Hit
from viewer.archive.store import Archive

_TAGS = re.compile(r"</?b>")


def _episodes_made_by(archive: Archive, *people: str) -> set[int]:
    return {e.id for e in archive.iter_records("episodes")
            if all(p in (*e.directors, *e.writers) for p in people)}  # type: ignore[attr-defined]


def _keys(hits: list[Hit]) -> list[tuple[str, int]]:
    return [(h.table, h.id) for h in hits]


def test_episodes_two_people_made_come_before_passages_naming_both(archive: Archive) -> None:
    made = _episodes_made_by(archive, "Álvaro Curiel", "James Schamus")
    assert len(made) == 3  # the seeds: episodes 1, 5 and 6
    hits = archive.search("schamus alvaro", prefix_last=True).hits
    assert {(h.table, h.id) for h in hits[:3]} == {("episodes", i) for i in made}, \
        _keys(hits[:8])
    # The Match column shows the names that matched, not the synopsis.
    for hit in hits[:3]:
        plain = _TAGS.sub("", hit.snippet)
        assert "Álvaro Curiel" in plain and "James Schamus" in plain, hit


def test_the_episodes_bounded_ranking_puts_them_first_too(
        archive: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a large archive a common name is ordered without bm25 (``ranking == "title"``):
    the episodes' names count as their title there as well."""
    monkeypatch.setattr(search, "RANK_BUDGET", 3)
    result = archive.search("schamus alvaro")
    assert result.ranking == "title"
    made = _episodes_made_by(archive, "Álvaro Curiel", "James Schamus")
    # Before the quote whose title names one of the two and the passages naming both.
    assert {(h.table, h.id) for h in result.hits[:3]} == {("episodes", i) for i in made}, \
        _keys(result.hits[:8])


def test_a_director_named_exactly_then_her_episodes_before_works_and_passages(
        archive: Archive) -> None:
    hits = archive.search("Mariana Chenillo", prefix_last=True).hits
    assert (hits[0].table, hits[0].title) == ("people", "Mariana Chenillo")
    made = _episodes_made_by(archive, "Mariana Chenillo")
    assert made  # episodes 3 and 4
    places = [i for i, h in enumerate(hits) if h.table == "episodes" and h.id in made]
    assert len(places) == len(made)
    others = [i for i, h in enumerate(hits)
              if h.table in ("works", "awards", "excerpts", "organisations")]
    assert max(places) < min(others), _keys(hits[:12])


def test_a_title_typed_as_a_phrase_shows_the_title_in_the_match_column(
        archive: Archive) -> None:
    hits = archive.search('"tell the moon"', prefix_last=True).hits
    first = hits[0]
    assert (first.table, first.title) == ("episodes", "3. Tell the Moon to Come")
    # The synopsis says the title again; the title is what named the record.
    assert _TAGS.sub("", first.snippet) == "3. Tell the Moon to Come", first.snippet
    assert "<b>Tell the Moon</b>" in first.snippet


def test_two_quotes_of_one_speaker_read_differently(archive: Archive) -> None:
    hits = archive.search("Mariana Chenillo", prefix_last=True).hits
    quotes = [h for h in hits if h.table == "quotes" and h.title.startswith("Mariana")]
    assert len(quotes) >= 2
    assert len({h.title for h in quotes}) == len(quotes), [h.title for h in quotes]
    texts = {q.id: q.text for q in archive.get_many("quotes", [h.id for h in quotes])}  # type: ignore[attr-defined]
    for hit in quotes:
        assert hit.title.startswith("Mariana Chenillo: “"), hit.title
        opening = hit.title.split("“", 1)[1].rstrip("”…")
        assert texts[hit.id].startswith(opening), (hit.title, texts[hit.id][:60])
