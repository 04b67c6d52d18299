"""Where a sentence ends, as the entity reader sees it: after its full stop and the quotes or
brackets that close it ("…“Crouching Tiger, Hidden Dragon.” Schamus and Lee's…", the notes'
straight quotes too), never at an abbreviation ("U.S.", "Darryl F. Zanuck", "Sr. Ronaldo").
Two sentences read as one linked everything each names with everything the other names: "Lust,
Caution" with the Oscar of the sentence before, "The Ice Storm" with it too.

Records are found by their text, never by id: ids move when records are added or merged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.archive.test_entity_people import _thing
from viewer.archive.extract.prose import sentences
from viewer.archive.records.entities import NamedThing
from viewer.archive.store import Archive

_SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _notes() -> str:
    return next(_SEEDS.glob("003_*.txt")).read_text(encoding="utf-8")


def _sentence_of(text: str, words: str) -> str:
    """The sentence of ``text`` that holds ``words``, as the splitter bounds it, inside the
    paragraph (blank-line block) that holds them."""
    at = text.index(words)
    start = text.rfind("\n\n", 0, at) + 2
    end = text.find("\n\n", at)
    found = [text[s:e] for s, e in sentences(text, start, end) if s <= at < e]
    assert len(found) == 1
    return found[0].strip()


@pytest.mark.parametrize(("words", "opens", "closes"), [
    # A full stop inside a straight closing quote ends the sentence.
    ("Schamus and Lee's other collaborations", "Schamus and Lee's other collaborations",
     'and "Pushing Hands."'),
    ('Oscar nominations for Best Adapted Screenplay', "Schamus also received Oscar",
     'Hidden Dragon."'),
    # One capital and its full stop is an initial; "Ph.D." an abbreviation.
    ("Zanuck Award", "He produced Ang Lee's", "Motion Pictures."),
    ("He earned his Ph.D.", "He earned his Ph.D.", None),
])
def test_a_sentence_ends_after_its_closing_quote_not_at_an_initial(
        words: str, opens: str, closes: str | None) -> None:
    sentence = _sentence_of(_notes(), words)
    assert sentence.startswith(opens), sentence[:80]
    if closes is not None:
        assert sentence.endswith(closes), sentence[-80:]


def test_a_title_before_a_name_does_not_end_a_sentence() -> None:
    text = "Alejandro Ruiz (Sr. Ronaldo) and Ana Fischer (Sra. Peña) star. The U.S. DEA knew."
    assert [text[s:e].strip() for s, e in sentences(text, 0, len(text))] == [
        "Alejandro Ruiz (Sr. Ronaldo) and Ana Fischer (Sra. Peña) star.", "The U.S. DEA knew."]


def _linked(archive: Archive, table: str, name: str) -> set[str]:
    return {link.label for link in archive.related(table, _thing(archive, table, name).id)
            if link.table in ("works", "awards", "organisations", "people")}


def test_a_quoted_list_is_not_named_with_the_sentence_before(archive: Archive) -> None:
    """The list of Schamus and Lee's collaborations follows the sentence of the Oscar
    nominations: no listed film is named with the Oscar, nor with the Cannes award of the
    sentence after; "The Ice Storm", which both the list and that sentence name, is linked
    to the award that sentence ties it to, and (a list ties none of its titles to another)
    to none of the list."""
    listed = ("Lust, Caution", "Hulk", "Ride with the Devil", "Sense and Sensibility",
              "Eat Drink Man Woman", "The Wedding Banquet", "Pushing Hands")
    for title in listed:
        linked = _linked(archive, "works", title)
        assert "Oscar" not in linked, title
        assert "Screenplay Award at the Cannes Film Festival" not in linked, title
        assert "The Ice Storm" not in linked, title
    ice_storm = _linked(archive, "works", "The Ice Storm")
    assert "Oscar" not in ice_storm
    assert "Screenplay Award at the Cannes Film Festival" in ice_storm
    assert not ice_storm & set(listed)
    oscar = _linked(archive, "awards", "Oscar")
    assert {"Brokeback Mountain", "Crouching Tiger, Hidden Dragon"} <= oscar
    assert not oscar & set(listed)


def test_an_award_named_with_an_initial_is_read_whole(archive: Archive) -> None:
    names = {r.name for r in archive.iter_records("awards") if isinstance(r, NamedThing)}
    assert "Darryl F. Zanuck Award for Outstanding Producer of Theatrical Motion Pictures" \
        in names
    assert not any(n.startswith("Zanuck") for n in names)


def test_a_title_s_kind_may_be_said_in_the_next_or_previous_sentence(
        archive: Archive) -> None:
    """"…to write "Dance of the Forty-One." The film, in which …": the next sentence says
    what the title is. "…by writing series for *Canal Once*. "Juana Inés" is the story of …,
    and "Malinche" tells …": the sentence before says what both are; no clause ties them to
    Canal Once or to each other (across a full stop; two clauses joined by "and"), so they
    are not linked."""
    assert _thing(archive, "works", "Dance of the Forty-One").relations == ("film",)
    for title in ("Juana Inés", "Malinche"):
        work = _thing(archive, "works", title)
        assert work.relations == ("series",), title
        assert work.inferred is None
        assert "Canal Once" not in _linked(archive, "works", title)
    assert "Malinche" not in _linked(archive, "works", "Juana Inés")
    # A quotation opening a sentence is no title: "“Nobody bailed,” as Sandra Solares …".
    assert not [r for r in archive.iter_records("works")
                if isinstance(r, NamedThing) and r.name == "Nobody bailed"]
