"""The explainer article extractor, run on the real seed it was written for.

Counts here were made by reading the seed, not by running the extractor: if one changes, either
the seed or the parser changed and someone should look.
"""

from __future__ import annotations

import pytest

from tests.archive.extract.conftest import located_in, other_seeds, seed_text
from viewer.archive.extract import explainer_article
from viewer.archive.extract.base import Extraction, SeedError, span_supports

NAME = "000_bc09f410895d4fad.txt"
LAYOUT = explainer_article
OTHER_SEEDS = other_seeds(NAME)
TITLE = "Is Somos., a Netflix drama, based on a true storey?"
SUBSECTION = f"{TITLE} › What is the true meaning of Somos?"


def test_recognises_its_own_seed(text: str) -> None:
    assert explainer_article.recognises(text)


@pytest.mark.parametrize("other", OTHER_SEEDS)
def test_does_not_recognise_the_other_seeds(other: str) -> None:
    assert not explainer_article.recognises(seed_text(other))


def test_extract_refuses_text_without_the_site_chrome(text: str) -> None:
    with pytest.raises(SeedError, match=NAME):
        explainer_article.extract(text.replace("Exit mobile version", ""), NAME)


def test_every_located_value_is_supported_by_its_spans(text: str, extraction: Extraction) -> None:
    located = list(located_in([*extraction.excerpts, *extraction.credits, *extraction.quotes,
                               *extraction.facts]))
    assert len(located) > 40
    bad = [loc for loc in located if not span_supports(text, loc)]
    assert not bad, bad[:3]


def test_excerpts_are_every_paragraph_with_quotes_marked(extraction: Extraction) -> None:
    kinds = [e.kind for e in extraction.excerpts]
    assert len(kinds) == 16
    assert kinds.count("quote") == 4
    assert kinds.count("paragraph") == 12


def test_excerpt_sections_follow_the_headings(extraction: Extraction) -> None:
    sections = [e.section for e in extraction.excerpts]
    assert sections == [TITLE] * 5 + [SUBSECTION] * 11
    assert extraction.excerpts[5].text.text.startswith("The “untold storey of Allende,”")


def test_site_chrome_and_headings_never_show_as_excerpt_text(extraction: Extraction) -> None:
    for excerpt in extraction.excerpts:
        for furniture in (
            "Site icon",
            "Home Decor",
            "Exit mobile version",
            TITLE,
            "What is the true meaning",
        ):
            assert furniture not in excerpt.text.text


def test_paragraphs_wrapped_over_lines_are_one_excerpt(extraction: Extraction) -> None:
    quote = extraction.excerpts[2]
    assert quote.kind == "quote"
    assert quote.text.text == (
        "“The characters in Somos. present a different side of a subject we’ve seen so many "
        "times on TV. Instead of the narco or the cop with the gun, we focus on the extra in "
        "the corner,” explains James Schamus, series creator and executive producer."
    )


def test_last_paragraph_ends_before_the_footer(extraction: Extraction) -> None:
    assert extraction.excerpts[-1].text.text == (
        "No one has been charged with murder in connection with the massacre."
    )


def test_footer_glued_to_the_last_paragraph_is_still_cut(text: str) -> None:
    glued = text.replace("massacre.\n\nExit mobile version", "massacre.\nExit mobile version")
    assert glued != text
    last = explainer_article.extract(glued, NAME).excerpts[-1]
    assert last.text.text.endswith("in connection with the massacre.")


def test_credits_name_each_person_once_per_role(extraction: Extraction) -> None:
    credits = {
        (c.person.normalized, c.role.normalized, c.role.text, c.category)
        for c in extraction.credits
    }
    assert credits == {
        ("James Schamus", "Creator", "series creator", "crew"),
        ("James Schamus", "Executive Producer", "executive producer", "crew"),
        ("Ginger Thompson", "Source article author", "ProPublica journalist", "crew"),
    }
    assert len(extraction.credits) == 3


def test_quotes_are_attributed_to_the_creator(extraction: Extraction) -> None:
    quotes = extraction.quotes
    assert len(quotes) == 4
    assert {q.speaker.normalized for q in quotes} == {"James Schamus"}
    assert all(
        q.role is not None and q.role.text.lower() == "series creator and executive producer"
        for q in quotes
    )


def test_quote_text_is_the_quoted_words_only(extraction: Extraction) -> None:
    first = extraction.quotes[0].text.text
    assert first.startswith("The characters in Somos. present")
    assert first.endswith("we focus on the extra in the corner")
    assert "explains" not in first


def test_unattributed_quote_paragraph_continues_the_previous_speaker(
    extraction: Extraction,
) -> None:
    continued = extraction.quotes[1]
    assert continued.text.text.startswith("The folks hovering about the screen’s edges")
    assert continued.speaker == extraction.quotes[0].speaker


def test_pronoun_speaker_resolves_to_the_person_named_before(extraction: Extraction) -> None:
    added = extraction.quotes[2]
    assert added.text.text.startswith("Although Somos. is based on true events")
    assert added.speaker.text == "James Schamus"
    assert "he added" not in added.text.text


def test_quote_split_by_its_attribution_is_joined(extraction: Extraction) -> None:
    continued = extraction.quotes[3].text.text
    assert "are women, because it was primarily women" in continued
    assert "he continued" not in continued
    assert continued.endswith("on which Somos. is based.")


def test_facts_are_read_from_the_sentences_that_state_them(extraction: Extraction) -> None:
    facts = {f.topic: (f.value.text, f.value.normalized) for f in extraction.facts}
    assert facts == {
        "episode_count": ("six-part", "6"),
        "massacre_date": ("March 2011", "2011-03"),
        "death_toll": ("300", "300"),
        "official_death_toll": ("28", "28"),
        "calls_in_one_day": ("250 phone calls in a single day", "250"),
        "family_members_lost": ("nearly 20", "20"),
    }
    assert len(extraction.facts) == 6
    toll = next(f for f in extraction.facts if f.topic == "official_death_toll")
    assert toll.statement.text.startswith("The exact death toll is still unknown")
    assert toll.statement.text.endswith("(the official number).")


def test_fact_statement_is_one_sentence_not_the_paragraph(extraction: Extraction) -> None:
    calls = next(f for f in extraction.facts if f.topic == "calls_in_one_day")
    assert calls.statement.text.startswith("Emergency personnel received 250 phone calls")
    assert "Homes were looted" not in calls.statement.text


def test_seed_states_no_episodes_characters_or_storylines(extraction: Extraction) -> None:
    assert extraction.episodes == []
    assert extraction.characters == []
    assert extraction.storylines == []
