"""Statements of the data audit's item 8 that were in no record (R2, 2026-12-07), read by
general rules: the infobox's "Country of origin" and "Original language" rows and the news
item's "a Mexican production, in Spanish with English subtitles" as facts of the series; the
news item's byline author and "the governorship of Humberto Moreira" as people; the
encyclopedia's "2010 San Fernando massacres" and "a larger 193-victim incident … in August
2011" as events; "non-professional actors, comprising approximately half the ensemble" as a
share of the cast.

Records are found by their text, never by id: ids move when records are added or merged.
"""

from __future__ import annotations

from viewer.archive.records.credits import Person
from viewer.archive.records.entities import NamedThing
from viewer.archive.records.statements import Claim, Fact
from viewer.archive.store import Archive


def _facts(archive: Archive, topic: str) -> dict[str, Fact]:
    return {f.source[:3]: f for f in archive.iter_records("facts")
            if isinstance(f, Fact) and f.topic == topic}


def test_the_series_country_and_languages_are_facts(archive: Archive) -> None:
    country = _facts(archive, "country_of_origin")
    assert {k: (f.value, f.stated) for k, f in country.items()} == {
        "001": ("Mexico", "Mexican"), "002": ("Mexico", "Mexico")}
    language = _facts(archive, "original_language")
    assert {k: f.value for k, f in language.items()} == {"001": "Spanish", "002": "Spanish"}
    assert {k: f.value for k, f in _facts(archive, "subtitles").items()} == {"001": "English"}
    # "Mexican" is read as the country: inferred, with its reason; "Mexico" is stated.
    spans = [s for s in archive.provenance("facts", country["001"].id) if s.field == "value"]
    said = archive.source_text(spans[0].source_id)
    assert [(s.status, said[s.start:s.end]) for s in spans] == [("inferred", "Mexican")]
    assert "country Mexico" in (spans[0].reason or "")
    assert [s.status for s in archive.provenance("facts", country["002"].id)
            if s.field == "value"] == ["stated"]
    # Two sources, one country: no disagreement.
    claims = [c for c in archive.iter_records("claims")
              if isinstance(c, Claim) and c.attribute == "country of origin"]
    assert len(claims) == 2 and all(c.disagreement_id is None for c in claims)


def test_the_share_of_non_professional_actors_is_a_fact(archive: Archive) -> None:
    share = _facts(archive, "nonprofessional_share")
    assert {k: (f.value, f.stated) for k, f in share.items()} == {
        "002": ("50", "approximately half")}


def _person(archive: Archive, name: str) -> Person:
    found = [p for p in archive.iter_records("people")
             if isinstance(p, Person) and p.name == name]
    assert len(found) == 1, name
    return found[0]


def test_the_news_item_s_author_is_a_person_linked_to_it(archive: Archive) -> None:
    author = _person(archive, "Les Luchter")
    links = {(link.table, link.label, link.relation)
             for link in archive.related("people", author.id)}
    assert ("sources", "Somos.: Fact-Based Massacre", "author of") in links
    # The biography's employers are named with him.
    assert {"Multichannel News", "Cable Marketing", "Broadcast Week"} <= {
        label for table, label, _relation in links if table == "organisations"}
    news = next(s for s in archive.sources() if s.author == "Les Luchter")
    assert [(link.label, link.relation) for link in archive.related("sources", news.id)] == [
        ("Les Luchter", "author")]


def test_a_governor_named_by_the_office_is_a_person(archive: Archive) -> None:
    governor = _person(archive, "Humberto Moreira")
    assert governor.sources == ("002_f5f1698f56caee8b.txt",)


def _events(archive: Archive) -> dict[str, NamedThing]:
    return {e.name: e for e in archive.iter_records("events") if isinstance(e, NamedThing)}


def test_other_massacres_the_encyclopedia_dates_are_events(archive: Archive) -> None:
    events = _events(archive)
    assert events["San Fernando massacres"].date == "2010"
    assert events["larger 193-victim incident"].date == "2011-08"
    # An incident no date of its own ties to one ("any single U.S.-linked incident") is none,
    # and the Allende massacre keeps the "rampage" its sentence names Allende beside.
    assert not [n for n in events if n.endswith("linked incident")]
    assert "rampage" in events["Allende massacre"].variants
