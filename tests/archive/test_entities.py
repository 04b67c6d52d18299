"""Organisations, places, events, works and awards: read from the real seeds, linked, searchable.

What each kind must hold was written down from reading the four seeds: the things below are
named there in so many words, and each test fails if the extraction stops finding one.
"""

from __future__ import annotations

import json
from pathlib import Path

from viewer.archive.export import export_records
from viewer.archive.extract.base import fold
from viewer.archive.records.entities import Award, Event, Organisation, Place, Work
from viewer.archive.store import Archive
from viewer.archive.tables import ENTITY_KINDS


def _by_name(archive: Archive, table: str) -> dict[str, object]:
    return {fold(r.name): r for r in archive.iter_records(table)}  # type: ignore[attr-defined]


def test_every_kind_is_built_from_the_seeds(archive: Archive) -> None:
    for table in ENTITY_KINDS:
        assert archive.count(table) >= 5, table


def test_organisations_say_what_they_are_to_the_series(archive: Archive) -> None:
    orgs = _by_name(archive, "organisations")
    production = orgs["jaibol films"]
    assert isinstance(production, Organisation)
    assert production.relations == ("production company",)
    assert "produced in association with" in orgs["symbolic exchange"].relations  # type: ignore[attr-defined]
    assert "network" in orgs["netflix"].relations  # type: ignore[attr-defined]
    for name in ("propublica", "national geographic", "the hollywood reporter",
                 "focus features", "good machine", "el colegio de mexico"):
        assert name in orgs, name


def test_places_hold_filming_locations_setting_and_the_stand_in(archive: Archive) -> None:
    places = _by_name(archive, "places")
    for name in ("durango city", "canatlan", "nombre de dios", "gomez palacio", "torreon"):
        place = places[name]
        assert isinstance(place, Place)
        assert "filming location" in place.relations, name
    assert "real-life setting" in places["allende"].relations  # type: ignore[attr-defined]
    assert "depicted on screen" in places["piedras negras"].relations  # type: ignore[attr-defined]
    # Every source names the town the series is set in.
    assert len(places["allende"].sources) == 4  # type: ignore[attr-defined]


def test_events_carry_the_most_precise_date_every_source_agrees_with(archive: Archive) -> None:
    events = [e for e in archive.iter_records("events") if isinstance(e, Event)]
    # The 2011 massacre, however each source names it; the encyclopedia's "2010 San Fernando
    # massacres" are another.
    massacre = [e for e in events if "massacre" in e.relations and e.date != "2010"]
    assert len(massacre) == 1
    assert massacre[0].date == "2011-03-18"
    assert len(massacre[0].sources) == 4
    dated = {e.name: e.date for e in events}
    assert dated["temporary suspension of filming"] == "2020-03"
    assert dated["public apology"] == "2019"
    # The shoot's start and resumption, as both the encyclopedia and the notes tell them.
    shoot = {e.relations[0]: e for e in events if e.relations[0] in ("start", "resumption")}
    assert shoot["start"].date == "2019" and len(shoot["start"].sources) == 2
    assert shoot["resumption"].date == "2020-08" and len(shoot["resumption"].sources) == 2


def test_works_include_the_source_article_under_both_titles(archive: Archive) -> None:
    works = _by_name(archive, "works")
    article = works[fold("How the U.S. Triggered a Massacre in Mexico")]
    assert isinstance(article, Work)
    assert "source of the series" in article.relations
    assert "Ginger Thompson" in article.people
    assert fold("Anatomy of a massacre") in works
    assert works["brokeback mountain"].date == "2005"  # type: ignore[attr-defined]


def test_a_person_lists_their_awards_and_an_award_its_people(archive: Archive) -> None:
    awards = _by_name(archive, "awards")
    pulitzer = awards["pulitzer prize"]
    assert isinstance(pulitzer, Award) and "Ginger Thompson" in pulitzer.people
    person = next(p for p in archive.iter_records("people") if p.name == "Ginger Thompson")  # type: ignore[attr-defined]
    links = archive.related("people", person.id)
    assert "Pulitzer Prize" in {link.label for link in links}
    back = archive.related("awards", pulitzer.id)  # type: ignore[attr-defined]
    assert ("people", person.id) in {(link.table, link.id) for link in back}


def test_a_place_lists_the_quotes_and_things_named_with_it(archive: Archive) -> None:
    places = _by_name(archive, "places")
    links = archive.related("places", places["gomez palacio"].id)  # type: ignore[attr-defined]
    tables = {link.table for link in links}
    assert "quotes" in tables  # "the prison at Gómez Palacio", in an actor's words
    # Listed with the other filming locations: a list ties none of them to another.
    assert "places" not in tables
    # "Torreón and Allende in Coahuila": the clause ties them.
    coahuila = archive.related("places", places["coahuila"].id)  # type: ignore[attr-defined]
    assert {"Torreón", "Allende"} <= {link.label for link in coahuila if link.table == "places"}


def test_entities_are_searchable(archive: Archive) -> None:
    result = archive.search("jaibol")
    assert [(hit.table, hit.title) for hit in result.hits][:1] == [("organisations",
                                                                     "Jaibol Films")]


def test_entities_export_with_provenance(archive: Archive, tmp_path: Path) -> None:
    out = tmp_path / "places.json"
    export_records(archive, "places", None, "json", out)
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert any(r["name"] == "Piedras Negras" for r in rows)
    assert all(r["provenance"] for r in rows)


def test_people_named_only_in_prose_are_people(archive: Archive) -> None:
    """Issue 25: a producer named inside another producer's quote had no person record."""
    people = {p.name: p for p in archive.iter_records("people")}  # type: ignore[attr-defined]
    ramos = people["Francisco Ramos"]
    assert ramos.sources == ("003_3cc1b96a3044e0a6.txt",)  # type: ignore[attr-defined]
    spans = archive.provenance("people", ramos.id)  # type: ignore[attr-defined]
    assert spans and all(s.status == "stated" for s in spans if s.field == "name")
    for name in ("Kitty Green", "Ang Lee", "Alfonso Cuarón", "Arturo Ripstein"):
        assert name in people, name
    # A character or a prize named the same way is not a person.
    assert "Flor María" not in people and "Pulitzer Prize" not in people


def test_characters_carry_the_descriptions_of_every_source(archive: Archive) -> None:
    """Issue 25: 5 of 58 characters had a description, all from the encyclopedia."""
    chars = {c.name: c for c in archive.iter_records("characters")}  # type: ignore[attr-defined]
    described = [c for c in chars.values() if c.descriptions]  # type: ignore[attr-defined]
    assert len(described) >= 12
    assert chars["Érika"].descriptions == ("the town veterinarian",)  # type: ignore[attr-defined]
    irene = chars["Irene"]
    assert len(irene.descriptions) == 2  # type: ignore[attr-defined]
    assert "married to recovering alcoholic Chema" in irene.descriptions  # type: ignore[attr-defined]
    spans = archive.provenance("characters", irene.id)  # type: ignore[attr-defined]
    assert {s.source_file[:3] for s in spans if s.field == "descriptions"} == {"002", "003"}


def test_a_short_name_of_an_organisation_is_the_longer_one(archive: Archive) -> None:
    orgs = _by_name(archive, "organisations")
    assert "zetas" not in orgs and "los zetas" in orgs
    assert "Zetas" in orgs["los zetas"].variants  # type: ignore[attr-defined]
    assert "drug enforcement administration" not in orgs
    works = _by_name(archive, "works")
    assert works["crouching tiger, hidden dragon"].date == "2000"  # type: ignore[attr-defined]


def test_review_scores_are_awards_that_name_no_site(archive: Archive) -> None:
    """The encyclopedia gives the scores with the review sites' names lost: the records keep
    the figures and the words around them, and name no site."""
    scores = {a.name for a in archive.iter_records("awards")  # type: ignore[attr-defined]
              if "review score" in a.relations}  # type: ignore[attr-defined]
    assert scores == {"71% approval rating", "60 out of 100", "7.1/10 rating"}
