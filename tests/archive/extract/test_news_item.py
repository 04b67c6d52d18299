"""The news item extractor, run on the real seed it was written for.

Counts here were made by reading the seed, not by running the extractor: if one changes, either
the seed or the parser changed and someone should look.
"""

from __future__ import annotations

import pytest

from tests.archive.extract.conftest import located_in, other_seeds, seed_text
from viewer.archive.extract import news_item
from viewer.archive.extract.base import Extraction, SeedError, fold, span_supports

NAME = "001_44e4559a90d9d777.txt"
LAYOUT = news_item
OTHER_SEEDS = other_seeds(NAME)
TITLE = "Somos.: Fact-Based Massacre"
BYLINE = f"{TITLE} › About Les Luchter"


def test_recognises_its_own_seed(text: str) -> None:
    assert news_item.recognises(text)


@pytest.mark.parametrize("other", OTHER_SEEDS)
def test_does_not_recognise_the_other_seeds(other: str) -> None:
    assert not news_item.recognises(seed_text(other))


def test_extract_refuses_text_without_the_byline(text: str) -> None:
    with pytest.raises(SeedError, match=NAME):
        news_item.extract(text.replace("About Les Luchter", "Les Luchter"), NAME)


def test_every_located_value_is_supported_by_its_spans(text: str, extraction: Extraction) -> None:
    located = list(located_in([*extraction.excerpts, *extraction.credits, *extraction.quotes,
                               *extraction.facts]))
    assert len(located) > 40
    bad = [loc for loc in located if not span_supports(text, loc)]
    assert not bad, bad[:3]


def test_excerpts_are_the_story_and_the_byline(extraction: Extraction) -> None:
    sections = [e.section for e in extraction.excerpts]
    assert sections == [TITLE] * 7 + [BYLINE]
    assert [e.kind for e in extraction.excerpts] == ["paragraph"] * 8
    assert extraction.excerpts[-1].text.text.startswith("Les Luchter is a former managing")


def test_chrome_and_fragments_never_show_as_excerpt_text(extraction: Extraction) -> None:
    for excerpt in extraction.excerpts:
        for debris in (
            "View All Articles",
            "Leave a Comment",
            "Somas., Netflix, ProPublica",
            "Thompson’s article at",
            "About Les Luchter",
            TITLE,
        ):
            assert debris not in excerpt.text.text


def test_non_breaking_spaces_read_as_plain_spaces(extraction: Extraction) -> None:
    crew = extraction.excerpts[6].text.text
    assert crew == (
        "The crew includes writers Monika Revilla and Fernanda Melchor, producer "
        "Sandra Solares, directors Álvaro Curiel and Mariana Chenillo, and head "
        "editor Soledad Salfate."
    )


def test_credits_are_one_per_person_per_role(extraction: Extraction) -> None:
    credits = {(c.person.normalized, c.role.normalized, c.role.text) for c in extraction.credits}
    assert credits == {
        ("Ginger Thompson", "Source article author", "investigation by"),
        ("James Schamus", "Creator", "creator"),
        ("James Schamus", "Executive Producer", "executive producer"),
        ("Monika Revilla", "Writer", "writers"),
        ("Fernanda Melchor", "Writer", "writers"),
        ("Sandra Solares", "Producer", "producer"),
        ("Álvaro Curiel", "Director", "directors"),
        ("Mariana Chenillo", "Director", "directors"),
        ("Soledad Salfate", "Editor", "head editor"),
    }
    assert len(extraction.credits) == 9
    assert {c.category for c in extraction.credits} == {"crew"}


def test_the_articles_author_is_not_credited_or_quoted(extraction: Extraction) -> None:
    people = [c.person for c in extraction.credits] + [q.speaker for q in extraction.quotes]
    assert all("luchter" not in fold(p.normalized) for p in people)


def test_quotes_by_surname_carry_the_full_name_and_stated_role(extraction: Extraction) -> None:
    quotes = extraction.quotes
    assert len(quotes) == 3
    for quote in quotes:
        assert quote.speaker.text == "Schamus"
        assert quote.speaker.value == "James Schamus"
        assert quote.role is not None
        assert quote.role.text == "creator and executive producer"


def test_quote_split_by_its_attribution_is_joined(extraction: Extraction) -> None:
    explained = extraction.quotes[0].text.text
    assert explained.startswith("In English, the phrase ‘Somos’ requires two words")
    assert "‘We exist,’ but in Spanish, one word says it all." in explained
    assert "explained" not in explained
    assert "And yes" not in explained


def test_quote_introduced_by_a_colon_goes_to_the_person_named(extraction: Extraction) -> None:
    colon = extraction.quotes[1]
    assert colon.text.text.startswith("I always knew Somos. should be created by Mexicans")
    assert colon.text.text.endswith("the extraordinary team behind the series.")
    assert "Though Schamus is American" not in colon.text.text


def test_pointed_out_quote(extraction: Extraction) -> None:
    pointed = extraction.quotes[2].text.text
    assert pointed.startswith("it is not coincidental that the majority")
    assert pointed.endswith("on which Somos. is based.")


def test_facts_are_read_from_the_sentences_that_state_them(extraction: Extraction) -> None:
    facts = {f.topic: (f.value.text, f.value.normalized) for f in extraction.facts}
    assert facts == {
        "premiere_date": ("June 30", "June 30"),
        "episode_count": ("six-episode", "6"),
        "death_toll": ("at least 300", "300"),
        # "a Mexican production, in Spanish with English subtitles"
        "country_of_origin": ("Mexican", "Mexico"),
        "original_language": ("Spanish", "Spanish"),
        "subtitles": ("English", "English"),
    }
    assert len(extraction.facts) == 6
    premiere = next(f for f in extraction.facts if f.topic == "premiere_date")
    assert premiere.value.value is None  # no year is printed, so no ISO date is made up
    assert premiere.statement.text.startswith("Netflix’s Somos., debuting today, June 30,")


def test_statement_does_not_stop_at_an_initialism(extraction: Extraction) -> None:
    toll = next(f for f in extraction.facts if f.topic == "death_toll")
    assert toll.statement.text.endswith("an operation of the U.S. Drug Enforcement Administration.")


def test_seed_states_no_episodes_characters_or_storylines(extraction: Extraction) -> None:
    assert extraction.episodes == []
    assert extraction.characters == []
    assert extraction.storylines == []
