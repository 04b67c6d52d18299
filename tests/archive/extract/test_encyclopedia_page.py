"""The encyclopedia page extractor, run on the real seed (and on a small page written here, to show
that it reads structure rather than this one seed's words)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import fields, is_dataclass
from pathlib import Path

import pytest

from viewer.archive.extract import encyclopedia_page
from viewer.archive.extract.base import (
    CreditRecord,
    Extraction,
    Located,
    SeedError,
    span_supports,
)
from viewer.archive.topics import FACT_TOPICS

SEEDS = Path(__file__).parents[3] / "seeds"
SEED = SEEDS / "002_f5f1698f56caee8b.txt"


@pytest.fixture(scope="module")
def text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def ex(text: str) -> Extraction:
    return encyclopedia_page.extract(text, SEED.name)


def _located(value: object) -> Iterator[Located]:
    if isinstance(value, Located):
        yield value
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _located(item)
    elif is_dataclass(value) and not isinstance(value, type):
        for f in fields(value):
            yield from _located(getattr(value, f.name))


def _crew(ex: Extraction, role: str) -> set[str]:
    return {c.person.text for c in ex.credits if c.category == "crew" and c.role.value == role}


def _facts(ex: Extraction, topic: str) -> list[str | None]:
    return [f.value.value for f in ex.facts if f.topic == topic]


# -- recognising the layout -------------------------------------------------------------------

def test_recognises_the_encyclopedia_page(text: str) -> None:
    assert encyclopedia_page.recognises(text)


@pytest.mark.parametrize("other", sorted(p.name for p in SEEDS.glob("*.txt")
                                         if p.name != SEED.name))
def test_does_not_recognise_the_other_seeds(other: str) -> None:
    assert not encyclopedia_page.recognises((SEEDS / other).read_text(encoding="utf-8"))


def test_a_page_without_a_quoted_part_is_a_seed_error() -> None:
    with pytest.raises(SeedError, match="from"):
        encyclopedia_page.extract("Somos.\n\n[edit]\nJust text.\n", "x.txt")


# -- provenance ------------------------------------------------------------------------------

def test_every_located_value_is_supported_by_its_spans(text: str, ex: Extraction) -> None:
    located = list(_located(ex))
    assert len(located) > 300
    bad = [loc for loc in located if not span_supports(text, loc)]
    assert not bad, bad[:5]


def test_every_fact_topic_is_a_known_one(ex: Extraction) -> None:
    assert {f.topic for f in ex.facts} <= set(FACT_TOPICS)


# -- excerpts --------------------------------------------------------------------------------

CHROME = ("Hubbry Logo", "Open search", "Community hub", "7 pages, 0 posts", "0 subscribers",
          "Be the first to start a discussion here.", "[edit]", "Revisions and contributors",
          "Edit on Wikipedia", "Add your contribution", "Related Hubs", "User Avatar",
          "No comments yet.")


@pytest.mark.parametrize("chrome", CHROME)
def test_no_excerpt_contains_site_chrome(ex: Extraction, chrome: str) -> None:
    assert not [e for e in ex.excerpts if chrome in e.text.text]


def test_no_excerpt_keeps_citation_markers(ex: Extraction) -> None:
    assert not [e.text.text for e in ex.excerpts if re.search(r"\[\d+\]", e.text.text)]


def test_the_lead_loses_its_markers_but_keeps_its_words(ex: Extraction) -> None:
    lead = next(e for e in ex.excerpts if e.section == "Wikipedia")
    assert 'in Mexico" by Pulitzer Prize-winning journalist Ginger Thompson.' in lead.text.text
    assert lead.text.text.endswith("Allende, Coahuila, in 2011.")
    assert len(lead.text.spans) > 1


def test_excerpts_follow_page_order(ex: Extraction) -> None:
    starts = [e.text.spans[0].start for e in ex.excerpts]
    assert starts == sorted(starts)


def test_excerpt_sections_name_the_part_and_heading_path(ex: Extraction) -> None:
    sections = {e.section for e in ex.excerpts}
    for expected in ("Wikipedia", "Wikipedia › Infobox", "Wikipedia › Plot", "Wikipedia › Cast",
                     "Wikipedia › Episodes", "Grokipedia",
                     "Grokipedia › Overview › Premise and Format",
                     "Grokipedia › Production › Casting Process",
                     "Grokipedia › Reception › Audience and Viewership Data",
                     "Grokipedia › Controversies and Debates › Impact on Real Victims' Families"):
        assert expected in sections
    assert not [s for s in sections if "References" in s]


def test_excerpt_kinds(ex: Extraction) -> None:
    by_kind: dict[str, list[str]] = {}
    for e in ex.excerpts:
        by_kind.setdefault(e.kind, []).append(e.text.text)
    assert len(by_kind["table_row"]) == 6
    assert len(by_kind["list_item"]) == 8
    assert "Created by James Schamus" in by_kind["infobox"]
    assert "Starring Jero Medina" in by_kind["infobox"]
    assert "Release 30 June 2021" in by_kind["infobox"]
    assert by_kind["table_row"][0] == '1 "The Lazy Herd" Álvaro Curiel James Schamus June 30, 2021'
    assert len(by_kind["paragraph"]) == 23  # 2 Wikipedia, the Grokipedia lead, 20 sections


# -- episodes --------------------------------------------------------------------------------

TABLE = [
    (1, "The Lazy Herd", "Álvaro Curiel", "James Schamus"),
    (2, "A Mouth Full of Flies", "Álvaro Curiel", "Monika Revilla"),
    (3, "Tell the Moon to Come", "Mariana Chenillo", "Monika Revilla"),
    (4, "A Walk with Wolves", "Mariana Chenillo", "Monika Revilla"),
    (5, "The Night Belongs to Us", "Álvaro Curiel", "James Schamus"),
    (6, "Somos.", "Álvaro Curiel", "James Schamus"),
]


def test_episode_table_rows(ex: Extraction) -> None:
    rows = [e for e in ex.episodes if e.release_date is not None]
    got = [(int(e.number.normalized), e.title.text if e.title else None,
            [d.text for d in e.directors], [w.text for w in e.writers],
            e.release_date.value if e.release_date else None) for e in rows]
    assert got == [(n, title, [director], [writer], "2021-06-30")
                   for n, title, director, writer in TABLE]


def test_table_credits_name_the_column_and_the_episode(ex: Extraction) -> None:
    table = [c for c in ex.credits if c.episodes]
    assert len(table) == 12
    assert {(c.person.text, c.role.text, c.role.value, c.episodes) for c in table} >= {
        ("Mariana Chenillo", "Directed by", "Director", (3,)),
        ("Monika Revilla", "Teleplay by", "Writer", (4,)),
        ("James Schamus", "Teleplay by", "Writer", (6,)),
    }


def test_every_episode_gets_a_synopsis(ex: Extraction) -> None:
    synopses = {int(e.number.normalized): e.synopsis.text for e in ex.episodes if e.synopsis}
    assert sorted(synopses) == [1, 2, 3, 4, 5, 6]
    assert synopses[1].startswith('Episodes 1 and 2 ("The Lazy Herd"')
    assert synopses[1] == synopses[2]
    assert synopses[3].startswith("Episodes 3 and 4") and "Episodes 5" not in synopses[3]
    assert synopses[6].startswith("Episodes 5 and 6 culminate")


def test_synopsis_titles_only_where_the_listed_item_is_a_title(ex: Extraction) -> None:
    """'Episodes 3 and 4 ("Tell the Moon to Come" and subsequent arcs)' titles episode 3, not
    4 (the audit of 2026-12-07, item 10: episode 3 lacked its second title span)."""
    titled = {int(e.number.normalized): e.title.text for e in ex.episodes
              if e.synopsis and e.title}
    assert titled == {1: "The Lazy Herd", 2: "A Mouth Full of Flies",
                      3: "Tell the Moon to Come"}


def test_episode_numbers_are_cited_only_where_a_number_is_stated(text: str,
                                                                 ex: Extraction) -> None:
    """"the first five" and "the finale" name episodes without stating their numbers: the
    runtime records keep them, but not as evidence of the number (audit item 10)."""
    cited = [e.number for e in ex.episodes if e.number_stated]
    assert cited and all(
        re.fullmatch(r"\d+(?:\s*[–-]\s*\d+)?", text[sp.start:sp.end])
        for loc in cited for sp in loc.spans)
    unstated = {text[sp.start:sp.end] for e in ex.episodes if not e.number_stated
                for sp in e.number.spans}
    assert unstated == {"first five", "the finale"}


def test_runtimes(ex: Extraction) -> None:
    runtimes = {int(e.number.normalized): e.runtime_minutes.value
                for e in ex.episodes if e.runtime_minutes}
    assert runtimes == {1: "45", 2: "45", 3: "45", 4: "45", 5: "45", 6: "71"}
    assert _facts(ex, "runtime_episodes_1_5") == ["45"]
    assert _facts(ex, "runtime_episode_6") == ["71"]


# -- credits and characters ------------------------------------------------------------------

CAST = {
    ("Jero Medina", "Benjamín"), ("Arelí González", "Érika"), ("Iliana Donatlán", "Irene"),
    ("Everardo Arzate", "Chema"), ("Caraly Sánchez", "Flor María"),
    ("Mercedes Hernández", "Doña Chayo"), ("Fernando Larrañaga", "Isidro Linares"),
    ("Jesús Sida", "Paquito"),
}


def test_cast_list_pairs(ex: Extraction) -> None:
    listed = [c for c in ex.credits if c.category == "cast" and c.role.text == "Cast"]
    assert {(c.person.text, c.character.text if c.character else "") for c in listed} == CAST
    assert len(listed) == 8
    assert all(c.role.value == "Actor" and c.professional is None for c in listed)


def test_prose_cast_pairs_agree_with_the_list(ex: Extraction) -> None:
    prose = {(c.person.text, c.character.text) for c in ex.credits
             if c.category == "cast" and c.character and c.role.text != "Cast"}
    assert prose <= CAST
    assert ("Jesús Sida", "Paquito") in prose
    assert ("Arelí González", "Érika") in prose
    assert ("Iliana Donatlán", "Irene") in prose


def test_characters_from_prose_carry_descriptions(ex: Extraction) -> None:
    described: dict[str, list[str]] = {}
    for c in ex.characters:
        if c.description:
            described.setdefault(c.name.text, []).append(c.description.text)
    assert described["Doña Chayo"][0].startswith("a street vendor selling hot dogs in Allende")
    assert described["Doña Chayo"][1] == "a matriarch embodying generational continuity"
    assert described["Irene"] == [
        "Chema's wife, underscoring the supportive roles within working-class households "
        "affected by broader systemic pressures"]
    assert "Flor María" not in described


def test_a_clause_cut_short_by_a_removed_name_is_no_description(ex: Extraction) -> None:
    paquito = [c for c in ex.characters if c.name.text == "Paquito"]
    assert paquito and all(c.description is None for c in paquito)


def test_credits_without_a_part_come_after_every_credit_that_names_one(ex: Extraction) -> None:
    cast = [c for c in ex.credits if c.category == "cast"]
    first_unnamed = next(i for i, c in enumerate(cast) if c.character is None)
    assert all(c.character is None for c in cast[first_unnamed:])
    starring = {c.person.text for c in cast if c.role.text == "Starring"}
    assert starring == {"Mercedes Hernández", "Jero Medina"}


def test_professional_and_non_professional_actors(ex: Extraction) -> None:
    flags = {c.person.text: c.professional for c in ex.credits if c.professional is not None}
    assert flags == {"Mercedes Hernández": True, "Jero Medina": True, "Caraly Sánchez": True,
                     "Jesús Sida": False, "Jimena Pagaza": False, "Ulises Soto": False}


def test_infobox_crew(ex: Extraction) -> None:
    infobox = {(c.role.text, c.role.value, c.person.text) for c in ex.credits
               if c.category == "crew" and c.role.text[0].isupper() and not c.episodes}
    assert infobox >= {("Created by", "Creator", "James Schamus"),
                       ("Composer", "Composer", "Victor Hernández Stumpfhauser"),
                       ("Cinematography", "Cinematographer", "Ignacio Prieto"),
                       ("Editor", "Editor", "Soledad Salfate")}


def test_lead_paragraph_crew(ex: Extraction) -> None:
    assert "James Schamus" in _crew(ex, "Creator")
    assert {"Monika Revilla", "Fernanda Melchor"} <= _crew(ex, "Writer")
    authors = [c for c in ex.credits if c.role.value == "Source article author"]
    assert {c.person.text for c in authors} == {"Ginger Thompson"}
    assert {c.role.text for c in authors} == {"journalist"}


def test_prose_crew(ex: Extraction) -> None:
    assert _crew(ex, "Sound Designer") == {"Andrés Franco"}
    assert _crew(ex, "Production Designer") == {"Ana Solares"}
    assert _crew(ex, "Producer") == {"Maynée Cortés"}
    assert _crew(ex, "Composer") == {"Victor Hernández Stumpfhauser"}
    assert _crew(ex, "Cinematographer") == {"Ignacio Prieto"}


def test_roles_whose_names_were_removed_get_no_credit(ex: Extraction) -> None:
    # "casting director , the effort", "executive producer , who": role, no name.
    assert _crew(ex, "Casting Director") == set()
    assert _crew(ex, "Executive Producer") == set()
    assert all(re.fullmatch(r"\w[\w'’. -]*\w", c.person.text) for c in ex.credits)


def test_person_names_are_full_names(ex: Extraction) -> None:
    credits: list[CreditRecord] = ex.credits
    assert all(len(c.person.text.split()) >= 2 for c in credits)


# -- facts -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("topic", "value", "stated"), [
    ("season_count", "1", "1"),
    ("episode_count", "6", "6"),
    ("premiere_date", "2021-06-30", "30 June 2021"),
    ("announcement_date", "2021-05-25", "May 25, 2021"),
    ("countries", "190", "over 190"),
    ("filming_start", "2019", "late 2019"),
    ("filming_suspended", "2020-03", "March 2020"),
    ("filming_resumed", "2020-08", "August 2020"),
    ("rights_acquired", "2018", "2018"),
    ("article_year", "2017", "2017"),
    ("massacre_date", "2011-03-18", "March 18, 2011"),
    ("official_death_toll", "28", "about 28"),
    # "The miniseries Somos. portrays … an estimated 300-500 deaths": the series' depiction
    # (R5 review, item 4).
    ("portrayed_death_toll", "300–500", "an estimated 300-500"),
    ("distress_calls", "1400", "roughly 1,400"),
    ("people_interviewed_casting", "300", "over 300"),
    ("writing_years", "3", "three"),
    ("approval_rating", "71", "71"),
    ("approval_reviews", "7", "seven"),
    ("critics_score", "60", "60"),
    ("critics_score_reviews", "5", "five"),
    ("user_rating", "7.1", "7.1"),
    ("user_rating_votes", "1450", "1,450"),
])
def test_fact(ex: Extraction, topic: str, value: str, stated: str) -> None:
    facts = [f for f in ex.facts if f.topic == topic]
    assert [(f.value.value, f.value.text) for f in facts] == [(value, stated)]
    assert stated in facts[0].statement.text


def test_each_death_toll_estimate_is_its_own_statement(ex: Extraction) -> None:
    tolls = [(f.value.value, f.value.text) for f in ex.facts if f.topic == "death_toll"]
    assert tolls == [("80", "exceeding 80"), ("200–300", "between 200 and 300"),
                     ("40–300", "40 to over 300")]
    # A count of the dead and the missing together is no count of the killed (the audit of
    # 2026-12-07, item 2): "300 deaths and disappearances", "over 100 confirmed dead or
    # missing", "50 to 300 victims were kidnapped, murdered, and incinerated".
    assert [(f.value.value, f.value.text) for f in ex.facts if f.topic == "dead_or_missing"
            ] == [("300", "300"), ("100", "over 100"), ("50–300", "50 to 300")]
    # "an estimated 300 disappearances" is no death toll (issue 25).
    assert [(f.value.value, f.value.text) for f in ex.facts if f.topic == "disappearances"] \
        == [("300", "an estimated 300")]
    statements = [f.statement.text for f in ex.facts if f.topic == "death_toll"]
    assert len(set(statements)) == len(statements)


def test_statements_are_whole_sentences(ex: Extraction) -> None:
    imdb = next(f for f in ex.facts if f.topic == "user_rating_votes")
    assert imdb.statement.text.startswith("On , the series holds a 7.1/10 rating")
    assert imdb.statement.text.endswith("in early episodes.")
    article = next(f for f in ex.facts if f.topic == "article_year")
    assert 'Massacre in Mexico," framing it' in article.statement.text  # "U.S." ends nothing


# -- a page written here ---------------------------------------------------------------------

SMALL_PAGE = """Site Logo
from Wikipedia

Tale.
GenreComedy
Created byAda Lovelace
EditorsGrace Hopper
No. of episodes2
Release1 May 2020 (2020-05-01)

Tale. is a show created by Ada Lovelace and co-written with poet Mary Shelley.[1]

Cast

[edit]
  • Alan Turing as Bombe[2]

Episodes

[edit]
No.TitleDirected byWritten byOriginal release date
1"Start"Charles BabbageMary ShelleyMay 1, 2020 (2020-05-01)
2"End"Charles Babbage and Edsger DijkstraAda LovelaceMay 8, 2020 (2020-05-08)

References

[edit]
from Grokipedia
Tale. is a comedy.

Making

Music

Composer Hedy Lamarr wrote the score. Principal photography began in June 2019.
"""


def test_a_page_written_here_is_read_by_its_structure() -> None:
    ex = encyclopedia_page.extract(SMALL_PAGE, "small.txt")
    assert [(e.number.value, e.title.text if e.title else None, [d.text for d in e.directors],
             [w.text for w in e.writers], e.release_date.value if e.release_date else None)
            for e in ex.episodes] == [
        ("1", "Start", ["Charles Babbage"], ["Mary Shelley"], "2020-05-01"),
        ("2", "End", ["Charles Babbage", "Edsger Dijkstra"], ["Ada Lovelace"], "2020-05-08")]
    crew = {(c.person.text, c.role.value) for c in ex.credits if c.category == "crew"}
    assert crew >= {("Ada Lovelace", "Creator"), ("Grace Hopper", "Editor"),
                    ("Mary Shelley", "Writer"), ("Hedy Lamarr", "Composer")}
    cast = [(c.person.text, c.character.text if c.character else None)
            for c in ex.credits if c.category == "cast"]
    assert cast == [("Alan Turing", "Bombe")]
    assert {e.section for e in ex.excerpts} == {
        "Wikipedia › Infobox", "Wikipedia", "Wikipedia › Cast", "Wikipedia › Episodes",
        "Grokipedia", "Grokipedia › Making › Music"}
    assert [(f.topic, f.value.value) for f in ex.facts] == [
        ("episode_count", "2"), ("premiere_date", "2020-05-01"), ("filming_start", "2019-06")]
    assert all(span_supports(SMALL_PAGE, loc) for loc in _located(ex))
