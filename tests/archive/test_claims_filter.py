"""The Claims tab's filter: claims found by their words, though the search leaves them out.

Claims repeat what facts, episodes and works say, so the search index leaves them out; their
filter (and ``export claims --query``) reads an index of their own. Every table's filter reads
the same expression (``typed_prefixes`` → ``build_match``): every word, case- and accent-blind,
each plain word a prefix.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from viewer.archive.filtering import typed_prefixes
from viewer.archive.records.statements import Claim
from viewer.archive.stop_words import fold
from viewer.archive.store import Archive


def _claims(archive: Archive) -> list[Claim]:
    return [c for c in archive.iter_records("claims") if isinstance(c, Claim)]


def _holding(archive: Archive, *prefixes: str) -> list[int]:
    """The ids of the claims with a word beginning with each prefix (folded) in their
    subject, attribute, value or stated words: what the filter should find, read in Python."""
    found = []
    for claim in _claims(archive):
        words = re.findall(r"[^\W_]+", fold(
            " ".join((claim.subject, claim.attribute, claim.value, claim.stated or ""))))
        if all(any(w.startswith(fold(p)) for w in words) for p in prefixes):
            found.append(claim.id)
    return found


def _filtered_ids(archive: Archive, typed: str, **page: object) -> list[int]:
    return [r.id for r in archive.iter_records("claims", filter_text=typed_prefixes(typed),
                                               chunk=3, **page)]  # type: ignore[arg-type]


@pytest.mark.parametrize(("typed", "prefixes"), [
    ("Álvaro", ("álvaro",)),
    ("alvaro", ("alvaro",)),  # the accent-free spelling of an accented name
    ("ALVARO CUR", ("alvaro", "cur")),  # every word, the last being typed
    ("massacre kill", ("massacre", "kill")),
    ("episodes", ("episodes",)),
    ("disappeared", ("disappeared",)),  # a word no other record holds
])
def test_the_filter_finds_the_claims_holding_every_word(
        archive: Archive, typed: str, prefixes: tuple[str, ...]) -> None:
    expected = _holding(archive, *prefixes)
    assert expected, typed
    assert archive.count("claims", typed_prefixes(typed)) == len(expected)
    assert _filtered_ids(archive, typed) == expected
    assert _filtered_ids(archive, typed, descending=True) == expected[::-1]
    by_value = _filtered_ids(archive, typed, sort="value")
    assert sorted(by_value) == expected


def test_the_filter_reads_the_syntax_every_filter_reads(archive: Archive) -> None:
    curiel, chenillo = _holding(archive, "curiel"), _holding(archive, "chenillo")
    # A claim naming both (the series' directors) is found once.
    assert _filtered_ids(archive, "curiel OR chenillo") == sorted({*curiel, *chenillo})
    assert _filtered_ids(archive, "title:curiel") == curiel  # subject, attribute and value
    # The words stated: a claim of Curiel's role ("Directed by") names him in its subject only.
    assert _filtered_ids(archive, "body:curiel") == [
        c.id for c in _claims(archive) if "curiel" in fold(c.stated or "")]
    herd = [c.id for c in _claims(archive) if "Lazy Herd" in c.value]
    assert herd and _filtered_ids(archive, '"lazy herd"') == herd
    assert archive.count("claims", typed_prefixes("zzqqxxyy")) == 0


def test_a_filtered_page_read_from_a_keyset_position_goes_on_from_there(
        archive: Archive) -> None:
    expected = _holding(archive, "alvaro")
    first = archive.page("claims", filter_text="alvaro*", limit=3)
    assert [r.id for r in first.records] == expected[:3]
    assert first.next_after is not None
    rest = archive.page("claims", filter_text="alvaro*", limit=50, after=first.next_after)
    assert [r.id for r in rest.records] == expected[3:]
    stepped = archive.page("claims", filter_text="alvaro*", limit=2, start=4)
    assert [r.id for r in stepped.records] == expected[4:6]


def test_the_search_still_finds_no_claims(archive: Archive, archive_path: Path) -> None:
    """The search box's results, counts and "Did you mean" read the search index alone."""
    assert _holding(archive, "curiel") and _holding(archive, "disappeared")
    hits = archive.search("Curiel", limit=1000, exhaustive=True).hits
    assert hits and "claims" not in {h.table for h in hits}
    relaxed = archive.search("disappeared", exhaustive=True)  # "Disappearances" in a fact
    assert "claims" not in {h.table for h in relaxed.hits}
    # "Did you mean" offers the index's own words, never one only a claim holds: one letter
    # off a fact's word it offers that word, one letter off a claim's word nothing.
    assert archive.search("disapearances").suggestion == "disappearances"
    assert archive.search("disapeared").suggestion is None
    with closing(sqlite3.connect(f"{archive_path.as_uri()}?mode=ro", uri=True)) as conn:
        assert conn.execute("SELECT count(*) FROM search_index WHERE tab = 'claims'"
                            ).fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM search_index_vocab WHERE term = "
                            "'disappeared'").fetchone()[0] == 0
