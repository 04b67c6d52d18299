"""The production-notes extractor reads the Netflix press notes as they are printed.

Expected values come from reading the seed by eye (the actor list, for one, was counted by hand:
31 non-professional and 27 professional actors); the extractor must find them by parsing.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from viewer.archive.extract import production_notes
from viewer.archive.extract.base import (
    CreditRecord,
    Extraction,
    Located,
    SeedError,
    fold,
    span_supports,
)
from viewer.archive.topics import FACT_TOPICS

SEEDS = Path(__file__).parents[3] / "seeds"
SEED = SEEDS / "003_3cc1b96a3044e0a6.txt"


@pytest.fixture(scope="module")
def text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def notes(text: str) -> Extraction:
    return production_notes.extract(text, SEED.name)


def _located_in(value: object) -> Iterator[Located]:
    if isinstance(value, Located):
        yield value
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _located_in(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _located_in(getattr(value, f.name))


def _cast(notes: Extraction) -> dict[str, CreditRecord]:
    return {c.person.text: c for c in notes.credits if c.category == "cast"}


def _crew(notes: Extraction, person: str) -> list[CreditRecord]:
    return [c for c in notes.credits if c.category == "crew" and c.person.text == person]


def _excerpt_containing(notes: Extraction, words: str) -> Located:
    found = [e.text for e in notes.excerpts if words in e.text.text]
    assert len(found) == 1, (words, len(found))
    return found[0]


# -- layout ----------------------------------------------------------------------------------

def test_recognises_the_production_notes(text: str) -> None:
    assert production_notes.recognises(text)


def test_does_not_recognise_a_cut_seed(text: str) -> None:
    assert not production_notes.recognises(text[:2000])


@pytest.mark.parametrize("other", ["000_bc09f410895d4fad.txt", "001_44e4559a90d9d777.txt",
                                   "002_f5f1698f56caee8b.txt"])
def test_does_not_recognise_the_other_seeds(other: str) -> None:
    assert not production_notes.recognises((SEEDS / other).read_text(encoding="utf-8"))


# -- provenance ------------------------------------------------------------------------------

def test_every_located_value_is_supported_by_its_spans(text: str, notes: Extraction) -> None:
    located = list(_located_in(notes))
    assert len(located) > 700
    bad = [loc for loc in located if not span_supports(text, loc)]
    assert not bad, bad[:5]


def test_spans_lie_inside_the_text_and_in_order(text: str, notes: Extraction) -> None:
    for loc in _located_in([notes.excerpts, notes.credits, notes.quotes, notes.facts]):
        assert all(0 <= s.start < s.end <= len(text) for s in loc.spans)
        assert list(loc.spans) == sorted(loc.spans)


# -- excerpts --------------------------------------------------------------------------------

def test_no_page_furniture_in_excerpts(notes: Extraction) -> None:
    for e in notes.excerpts:
        for furniture in ("NETFLIX", "<p>", "<u>", "**", "](#)", "###"):
            assert furniture not in e.text.text, (furniture, e.text.text[:60])
        assert not e.text.text.startswith(("*", "- ", "-")), e.text.text[:60]


@pytest.mark.parametrize("before, after", [
    ("Fight them head on or betray", "them at the first opportunity?"),
    ("The first", "challenge in finding non-professional actors"),
    ("with directors who are both", "determined and eager to move forward"),
    ('"Falsa liebre," "Hurricane', "Season” (which was translated"),
    ("nominated for an international Emmy", "Award. His most recent work"),
])
def test_a_paragraph_cut_by_a_page_footer_is_one_excerpt(text: str, notes: Extraction,
                                                         before: str, after: str) -> None:
    whole = _excerpt_containing(notes, f"{before} {after}")
    assert len(whole.spans) == 2
    first, second = (text[s.start:s.end] for s in whole.spans)
    assert first.rstrip().endswith(before.split()[-1])
    assert "NETFLIX" not in first and "NETFLIX" not in second


def test_excerpts_carry_their_heading_path(notes: Extraction) -> None:
    sections = {e.section for e in notes.excerpts}
    assert {"Introduction by Fernanda Melchor", "About “Somos.” › Summary Details",
            "About “Somos.” › Synopsis", "Casting Process",
            "“Somos.” in the Words of Its Makers", "About the Filmmakers › James Schamus",
            "About the Filmmakers › Álvaro Curiel"} <= sections
    synopsis = _excerpt_containing(notes, "imaginatively recreates the stories")
    assert next(e.section for e in notes.excerpts if e.text is synopsis) == (
        "About “Somos.” › Synopsis")


def test_excerpt_kinds(notes: Extraction) -> None:
    kinds = Counter(e.kind for e in notes.excerpts)
    assert kinds["list_item"] == 7
    assert kinds["infobox"] == 23
    assert kinds["table_row"] == 58
    assert kinds["quote"] == 51  # 44 quotes, four of them 2, 2, 2 and 5 paragraphs long
    infobox = [e.text.text for e in notes.excerpts if e.kind == "infobox"]
    assert "Editing: Soledad Salfate" in infobox
    assert any(t.startswith("Based on: “How the U.S. Triggered a Massacre in Mexico,”")
               for t in infobox)


def test_narration_between_quotes_is_not_quoted(notes: Extraction) -> None:
    for words in ("Sunday, March 8, 2020 was International Women's Day",
                  "When the pandemic arrived in Durango",
                  "In English it requires a pronoun and a verb"):
        assert not any(words in q.text.text for q in notes.quotes), words
        kind = next(e.kind for e in notes.excerpts if words in e.text.text)
        assert kind == "paragraph"


# -- cast and characters ---------------------------------------------------------------------

def test_the_actor_list_has_every_pair(notes: Extraction) -> None:
    cast = [c for c in notes.credits if c.category == "cast"]
    assert len(cast) == 58
    assert Counter(c.professional for c in cast) == {False: 31, True: 27}
    assert all(c.role.value == "Actor" and c.character is not None for c in cast)
    assert {c.role.text for c in cast} == {"Professional Actors", "Non-Professional Actors"}


@pytest.mark.parametrize("actor, character, professional", [
    ("Arelí González", "Érika", True),  # the seed drops the "(" here
    ("Jesús Sida", "Paquito", False),
    ("Julieta Herández", "Sandra", False),  # kept as written
    ("Luis Mario", "Hombre en la puerta", False),
    ("Octavio Rodríguez", "Choky", False),  # after the page footer, left column
    ("José Rodríguez López", "Sacerdote", True),  # after the page footer, right column
    ("Fernando Larrañaga", "Isidro Linares", True),
])
def test_actor_plays_character(notes: Extraction, actor: str, character: str,
                               professional: bool) -> None:
    credit = _cast(notes)[actor]
    assert credit.character is not None and credit.character.text == character
    assert credit.professional is professional


def test_every_listed_character_is_a_character_record(notes: Extraction) -> None:
    names = [c.name.text for c in notes.characters]
    assert len(names) == 58 == len({fold(n) for n in names})
    assert {"Érika", "Doña Chayo", "Supervisor de la DEA", "Policía 1"} <= set(names)


# -- crew ------------------------------------------------------------------------------------

def test_directors_are_credited_per_episode(notes: Extraction) -> None:
    directors = {c.person.text: c.episodes for c in notes.credits
                 if c.role.text == "Directors"}
    assert directors == {"Álvaro Curiel": (1, 2, 5, 6), "Mariana Chenillo": (3, 4)}
    assert all(c.role.value == "Director" for c in notes.credits if c.role.text == "Directors")


@pytest.mark.parametrize("person, stated, canonical", [
    ("James Schamus", "Created by", "Creator"),
    ("Fernanda Melchor", "Screenplay", "Writer"),
    ("Sandra Solares", "Executive Producers", "Executive Producer"),
    ("Monika Revilla", "Co-Executive Producers", "Co-Executive Producer"),
    ("Bernardo Velasco", "Casting", "Casting Director"),
    ("Ignacio Prieto", "Cinematography", "Cinematographer"),
    ("Victor Hernández Stumpfhauser", "Original Score", "Composer"),
    ("Soledad Salfate", "Editing", "Editor"),
    ("Vanessa Hernández", "Postproduction", "Post-production"),
    ("Maynné Cortés", "Screenplay and Research Assistant", "Screenplay and Research Assistant"),
    # attributions after the makers' quotes
    ("Janet Rodriguez", "Second Assistant Director", "Second Assistant Director"),
    ("Alexa Aroesty", "Line Producer", "Line Producer"),
    ("Monika Revilla", "co-Executive Producer", "Co-Executive Producer"),
    ("Maynné Cortés", "Writers and Research Assistant", "Screenplay and Research Assistant"),
    # running prose
    ("Nacho Prieto", "cinematographer", "Cinematographer"),
    ("Sandra Solares", "executive producer", "Executive Producer"),
    ("Maynné Cortés", "consultant", "Consultant"),
    ("Bernardo Velasco", "casting director", "Casting Director"),
    ("Mariana Chenillo", "directors", "Director"),
])
def test_crew_credit(notes: Extraction, person: str, stated: str, canonical: str) -> None:
    assert (stated, canonical) in {(c.role.text, c.role.value) for c in _crew(notes, person)}


def test_a_split_name_list_gives_one_credit_per_person(notes: Extraction) -> None:
    post = [c.person.text for c in notes.credits if c.role.text == "Postproduction"]
    assert post == ["Carlos Morales", "Vanessa Hernández"]
    writers = [c.person.text for c in notes.credits if c.role.text == "Screenplay"]
    assert writers == ["Monika Revilla", "Fernanda Melchor", "James Schamus"]


def test_companies_and_actors_get_no_crew_credit(notes: Extraction) -> None:
    people = {c.person.text for c in notes.credits if c.category == "crew"}
    assert not people & {"Jaibol Films", "Symbolic Exchange", "Ginger Thompson"}
    assert not _crew(notes, "Jesús Sida") and not _crew(notes, "Everardo Arzate")
    assert not [c for c in notes.credits if c.role.text == "Cast"]


def test_biographies_give_no_credits(notes: Extraction) -> None:
    assert not [c for c in notes.credits if "screenwriter" in c.role.text.lower()]
    assert not [c for c in notes.credits if c.person.text in {"Arturo Ripstein", "Manolo Caro"}]


# -- storylines ------------------------------------------------------------------------------

def test_seven_storylines_with_titles_and_summaries(notes: Extraction) -> None:
    titles = [s.title.text for s in notes.storylines]
    assert titles == ["The ranchers' story", "Paquito and Doña Chayo's story",
                      "The sisters' story", "The hustlers' story", "The DEA agents' story",
                      "The teenagers' story", "Flor María's story"]
    sisters = notes.storylines[2].summary.text
    assert sisters.startswith("Two estranged sisters face pivotal moments")
    assert sisters.endswith("belonging to the rancher Anselmo.")


def test_storylines_link_the_characters_they_name(notes: Extraction) -> None:
    links = {s.title.text: [(m.text, m.value) for m in s.characters] for s in notes.storylines}
    assert links["The ranchers' story"] == [("Linares", "Isidro Linares")]
    assert links["Paquito and Doña Chayo's story"] == [("Paquito", "Paquito"),
                                                      ("Doña Chayo", "Doña Chayo")]
    assert links["The sisters' story"] == [("Irene", "Irene"), ("Chema", "Chema"),
                                           ("Érika", "Érika"), ("Anselmo", "Don Anselmo")]
    assert links["The hustlers' story"] == [("Héctor", "Héctor Moreno"), ("Óscar", "Óscar")]
    assert [v for _t, v in links["The DEA agents' story"]] == ["Stephanie", "Carlos"]
    assert [v for _t, v in links["The teenagers' story"]] == ["Nancy", "Armando", "Tom",
                                                               "Samuel"]
    assert [v for _t, v in links["Flor María's story"]] == ["Flor María", "Nayeli"]
    characters = {c.name.text for c in notes.characters}
    for story in notes.storylines:
        assert all(m.normalized in characters for m in story.characters)


# -- quotes ----------------------------------------------------------------------------------

def test_every_attribution_closes_a_quote(notes: Extraction) -> None:
    assert len([q for q in notes.quotes if q.role is not None]) == 44
    speakers = Counter(q.speaker.text for q in notes.quotes)
    assert speakers["Everardo Arzate"] == 8
    assert speakers["Monika Revilla"] == 3


def test_quote_of_a_crew_member(notes: Extraction) -> None:
    janet = next(q for q in notes.quotes if q.speaker.text == "Janet Rodriguez")
    assert janet.role is not None and janet.role.text == "Second Assistant Director"
    assert janet.character is None
    assert janet.text.text.startswith("I love the name that the project was finally given")
    assert janet.text.text.endswith("connect with the series' title.")


def test_quote_of_an_actor_names_the_character(notes: Extraction) -> None:
    sida = next(q for q in notes.quotes if q.speaker.text == "Jesús Sida")
    assert sida.role is not None and sida.role.text == "Actor"
    assert sida.character is not None and sida.character.text == "Paquito"


def test_attribution_without_a_space_and_after_a_footer(notes: Extraction) -> None:
    bernardo = [q for q in notes.quotes if q.speaker.text == "Bernardo Velasco" and q.role]
    assert len(bernardo) == 2 and len(bernardo[1].text.spans) == 2
    tyson = next(q for q in notes.quotes if q.speaker.text == 'Agustín "Tyson" Rodríguez')
    assert tyson.role is not None and tyson.role.text == "Driver"
    assert tyson.text.text.startswith("When the women didn't show up for work")


def test_a_multi_paragraph_quote_keeps_every_paragraph(notes: Extraction) -> None:
    monika = [q for q in notes.quotes if q.speaker.text == "Monika Revilla"]
    assert [len(q.text.spans) for q in monika] == [2, 1, 5]
    assert monika[2].text.text.startswith("I learned a lot from James.")
    assert monika[2].text.text.endswith("meaningful beyond the series.")


# -- episodes and facts ----------------------------------------------------------------------

def test_episodes_have_directors_and_runtimes(notes: Extraction) -> None:
    episodes = {int(e.number.normalized): e for e in notes.episodes}
    assert sorted(episodes) == [1, 2, 3, 4, 5, 6]
    assert [d.text for d in episodes[3].directors] == ["Mariana Chenillo"]
    assert [d.text for d in episodes[6].directors] == ["Álvaro Curiel"]
    runtimes = {n: e.runtime_minutes.normalized for n, e in episodes.items()
                if e.runtime_minutes is not None}
    assert runtimes == {1: "45", 2: "45", 3: "45", 4: "45", 5: "45", 6: "71"}


@pytest.mark.parametrize("topic, stated, value", [
    ("premiere_date", "June 30", "June 30"),
    ("countries", "more than 190", "190"),
    ("episode_count", "Six", "6"),
    ("runtime_episodes_1_5", "approximately 45 minutes", "45"),
    ("runtime_episode_6", "71 minutes", "71"),
    ("filming_start", "late 2019", "2019"),
    ("filming_suspended", "March 2020", "2020-03"),
    ("filming_resumed", "August 2020", "2020-08"),
    ("rights_acquired", "2018", "2018"),
    ("writing_years", "three-year", "3"),
    ("people_interviewed_casting", "more than 300", "300"),
    ("crew_size", "250", "250"),
    ("town_population", "barely 20,000", "20000"),
    ("massacre_date", "March 2011", "2011-03"),
])
def test_fact(notes: Extraction, topic: str, stated: str, value: str) -> None:
    facts = [f for f in notes.facts if f.topic == topic]
    assert len(facts) == 1
    assert (facts[0].value.text, facts[0].value.normalized) == (stated, value)
    assert stated in facts[0].statement.text


def test_facts_use_known_topics_and_whole_sentences(notes: Extraction) -> None:
    assert len(notes.facts) == 14
    assert all(f.topic in FACT_TOPICS for f in notes.facts)
    resumed = next(f for f in notes.facts if f.topic == "filming_resumed")
    assert resumed.statement.text.startswith("After months of detailed planning, Somos. resumed")
    six = next(f for f in notes.facts if f.topic == "episode_count")
    assert six.statement.text == "Number of episodes and length: Six episodes."


def test_an_actor_row_without_column_headers_names_the_line(text: str) -> None:
    header = next(line for line in text.split("\n") if line.endswith("Professional Actors:"))
    broken = text.replace(header + "\n", "", 1)
    with pytest.raises(SeedError) as raised:
        production_notes.extract(broken, SEED.name)
    assert SEED.name in str(raised.value)
    assert raised.value.line == text[:text.index(header)].count("\n") + 1


def test_quotes_woven_into_prose_are_quotes(notes: Extraction) -> None:
    """“…,” said Schamus, “…” / "…," says Bernardo Velasco / “…,” as Sandra Solares once so
    aptly put it / in the words of Maynné Cortés, it was “…” (issue 25)."""
    woven = {(q.speaker.normalized, q.text.text[:30]) for q in notes.quotes if q.role is None}
    assert woven == {
        ("James Schamus", "I immediately took it as a cha"),
        ("Maynné Cortés", "a real emotional challenge, as"),
        ("Sandra Solares", "Nobody bailed"),
        ("Bernardo Velasco", "In Durango, the main location "),
    }
    schamus = next(q for q in notes.quotes if q.role is None and q.speaker.text == "Schamus")
    assert len(schamus.text.spans) == 2  # the words on both sides of "said Schamus"
