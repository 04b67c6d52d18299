"""A passage's heading counts in the search, less than the passage's own words.

A heading is shared by every passage of its section. Weighed as the passages' title, it put
the paragraphs of the news item "Somos.: Fact-Based Massacre" that never say "massacre" above
one that says "No one has been charged with murder in connection with the massacre." (a
reviewer's search). Read on the archive built from the real seeds.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from viewer.archive.search_query import WORD_CHARS
from viewer.archive.stop_words import fold
from viewer.archive.store import Archive


def _passages(archive_path: Path) -> dict[int, tuple[str, set[str]]]:
    """Each passage's heading and the folded words of its own text, read from the excerpts
    table itself rather than from the index under test."""
    uri = f"{archive_path.as_uri()}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as conn:
        return {int(i): (str(section), {fold(w) for w in WORD_CHARS.findall(str(text))})
                for i, section, text in conn.execute("SELECT id, section, text FROM excerpts")}


def _states_it_first(states: list[bool]) -> bool:
    """Every passage whose text states the word comes before every one that does not."""
    return states == sorted(states, reverse=True)


def test_a_passage_stating_the_word_ranks_above_those_only_under_a_heading_with_it(
        archive: Archive, archive_path: Path) -> None:
    passages = _passages(archive_path)
    hits = [h for h in archive.search("massacre", limit=500).hits if h.table == "excerpts"]
    states = ["massacre" in passages[h.id][1] for h in hits]
    assert _states_it_first(states), [(h.title, s) for h, s in zip(hits, states, strict=True)]
    # The heading still counts: the passages under it are found, after the others.
    under_heading = [h for h, s in zip(hits, states, strict=True) if not s]
    assert len(under_heading) >= 7
    assert all("massacre" in fold(h.title) for h in under_heading)
    charged = next(h for h in hits if "No one has been charged" in h.snippet)
    assert hits.index(charged) < hits.index(under_heading[0])


def test_no_heading_word_puts_a_passage_above_one_stating_it(
        archive: Archive, archive_path: Path) -> None:
    """The same for every word of every heading, each ranked among the passages."""
    passages = _passages(archive_path)
    words = sorted({fold(w) for section, _words in passages.values()
                    for w in WORD_CHARS.findall(section) if len(w) > 2})
    assert len(words) > 50
    wrong = []
    for word in words:
        hits = archive.search(f'"{word}"', table="excerpts", limit=1000, exhaustive=True).hits
        states = [word in passages[h.id][1] for h in hits]
        if not _states_it_first(states):
            wrong.append(word)
    assert wrong == []


def test_title_still_finds_passages_by_their_heading(archive: Archive) -> None:
    """``title:`` means what the Record column shows, for a passage its heading."""
    hits = archive.search("title:plot", table="excerpts", limit=100).hits
    assert hits and all("plot" in fold(h.title) for h in hits)
    named = archive.search("title:massacre", limit=100).hits
    assert {"events", "works", "excerpts"} <= {h.table for h in named}
    assert all("massacre" in fold(h.title) for h in named)
