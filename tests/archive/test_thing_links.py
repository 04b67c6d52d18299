"""Two things (a work, an award, a place…) are linked only where the words of one sentence tie
them (:func:`viewer.archive.ties.tied_things`), each link cited on both things at those words
(provenance field ``links``); being named in one sentence, or in one list of titles, links
nothing (the last session's note: "Links between two things … are still made for anything in
the same sentence, with no span").

Records are found by their text, never by id.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.archive.test_entity_people import _thing
from viewer.archive.extract.base import fold
from viewer.archive.store import Archive


def _things(archive: Archive, table: str, name: str) -> set[str]:
    return {link.label for link in archive.related(table, _thing(archive, table, name).id)
            if link.table in ("organisations", "places", "events", "works", "awards")}


def _cited(archive_path: Path, record_id: int, other: str) -> list[str]:
    """The seed's words at each span citing the record's link to ``other``."""
    conn = sqlite3.connect(f"file:{archive_path}?mode=ro", uri=True)
    rows = conn.execute(
        "SELECT substr(s.text, p.start + 1, p.\"end\" - p.start) FROM provenance p "
        "JOIN sources s ON s.id = p.source_id WHERE p.record_table = 'entities' "
        "AND p.record_id = ? AND p.field = 'links' AND p.value = ? ORDER BY p.start",
        (record_id, other)).fetchall()
    conn.close()
    return [" ".join(r[0].split()) for r in rows]


def test_a_tied_link_is_cited_at_the_words_that_tie_the_two(
        archive: Archive, archive_path: Path) -> None:
    """"… writing Oscar nominations for Brokeback Mountain (2005) and Crouching Tiger…": the
    seed sliced at the link's span reads the words that tie them, on both things."""
    oscar = _thing(archive, "awards", "Oscar")
    brokeback = _thing(archive, "works", "Brokeback Mountain")
    assert _cited(archive_path, oscar.id, "Brokeback Mountain") == [
        "Oscar nominations for Brokeback Mountain"]
    assert _cited(archive_path, brokeback.id, "Oscar") == [
        "Oscar nominations for Brokeback Mountain"]
    assert _cited(archive_path, oscar.id, "Crouching Tiger, Hidden Dragon") == [
        "Oscar nominations for Brokeback Mountain (2005) and Crouching Tiger, Hidden Dragon"]


def test_every_link_between_two_things_is_cited_at_words_naming_both(
        archive_path: Path) -> None:
    """Each link's citation on a thing names the other as the sentence writes it ("the Zetas
    cartel" for Los Zetas), and its words hold both names."""
    conn = sqlite3.connect(f"file:{archive_path}?mode=ro", uri=True)
    names = {i: {fold(n) for n in [name, *json.loads(variants)]}
             for i, name, variants in conn.execute("SELECT id, name, variants FROM entities")}
    links = conn.execute("SELECT entity_id, record_id FROM entity_links "
                         "WHERE record_table = 'entities'").fetchall()
    assert links
    for a, b in links:
        cited = conn.execute(
            "SELECT p.value, substr(s.text, p.start + 1, p.\"end\" - p.start) FROM provenance p "
            "JOIN sources s ON s.id = p.source_id WHERE p.record_table = 'entities' "
            "AND p.record_id = ? AND p.field = 'links'", (a,)).fetchall()
        words = [fold(w) for value, w in cited if fold(value) in names[b]]
        assert words, (a, b)
        assert all(any(n in w for n in names[a]) and any(n in w for n in names[b])
                   for w in words), (a, b, words)
    conn.close()


@pytest.mark.parametrize(("table", "name", "kept", "dropped"), [
    # "Schamus and Lee's other collaborations … include: "Lust, Caution," "Hulk," …": a list.
    ("works", "Lust, Caution", set(), {"Hulk", "The Ice Storm", "Pushing Hands"}),
    # "Schamus was awarded the Screenplay Award at the Cannes Film Festival for "The Ice
    # Storm.""
    ("works", "The Ice Storm", {"Screenplay Award at the Cannes Film Festival"},
     {"Lust, Caution"}),
    # "a former managing editor of Multichannel News, editor-in-chief of Cable Marketing, and
    # news editor of Broadcast Week": one man's employers, not each other's.
    ("organisations", "Multichannel News", set(), {"Cable Marketing", "Broadcast Week"}),
    # "Kitty Green's "The Assistant," starring Julia Garner (which was recently nominated for
    # three Independent Spirit Awards), and Andrew Ahn's "Driveways," …"
    ("awards", "Independent Spirit Awards", {"The Assistant"}, {"Driveways"}),
    # "Filming … in Durango City, Durango, Mexico, with additional shoots in Canatlán, …;
    # Torreón and Allende in Coahuila; and Gómez Palacio …"
    ("places", "Coahuila", {"Torreón", "Allende"}, {"Gómez Palacio", "Canatlán"}),
    # "… the ProPublica investigation, which contains … statements from … members of the
    # Zetas cartel."
    ("organisations", "ProPublica", {"How the U.S. Triggered a Massacre in Mexico"},
     {"Los Zetas", "National Geographic", "Allende"}),
    # "“*Sitiados: México*,” “2091,” “*Los simuladores*” and “*Hasta que te conocí*,” the
    # latter two titles having been nominated for an international Emmy"
    ("awards", "Emmy", {"Los simuladores", "Hasta que te conocí"}, {"Sitiados: México"}),
])
def test_things_are_linked_only_where_a_clause_ties_them(
        archive: Archive, table: str, name: str, kept: set[str], dropped: set[str]) -> None:
    linked = _things(archive, table, name)
    assert kept <= linked
    assert not dropped & linked
