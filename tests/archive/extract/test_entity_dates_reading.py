"""How the entity reader ties a date to an event or an award, on sentences of the seeds' own
shapes (the whole seeds are checked in tests/archive/test_entity_dates.py)."""

from __future__ import annotations

import pytest

from viewer.archive.extract.base import ExcerptRecord, at
from viewer.archive.extract.entities import read_entities


def _dates(text: str, kind: str) -> dict[str, str | None]:
    passage = ExcerptRecord("", "paragraph", at(text, 0, len(text)))
    return {r.name.text: r.date.normalized if r.date else None
            for r in read_entities(text, [passage]) if r.kind == kind}


@pytest.mark.parametrize(("sentence", "name", "date"), [
    ("It draws on the real 2011 Allende massacre, where gunmen burned homes.",
     "Allende massacre", "2011"),
    ("The timeline preceding the March 18, 2011, leaks from a DEA wiretap operation targeting "
     "Zetas figures.", "DEA wiretap operation", None),
    ("It detailed the 2011 Allende events stemming from a flawed DEA operation against the "
     "cartel.", "flawed DEA operation", None),
    ("It tells the story of the massacre perpetrated by the cartel on the town of Allende, "
     "Coahuila, in 2011.", "massacre", "2011"),
    ("In February 2020, weeks before an unexpected lockdown brought on by the pandemic, we "
     "were invited to visit the film set.", "unexpected lockdown", None),
    ("In February 2020, weeks before an unexpected lockdown brought on by the pandemic, we "
     "were invited to visit the film set.", "visit", "2020-02"),
    ("Killings rose by 2008, well before the DEA leak.", "DEA leak", None),
    ("Federal authorities launched a probe in 2014, deploying forensic teams.", "probe",
     "2014"),
])
def test_an_event_is_dated_only_by_a_date_its_phrase_holds(sentence: str, name: str,
                                                            date: str | None) -> None:
    assert _dates(sentence, "event")[name] == date


@pytest.mark.parametrize(("sentence", "name", "date"), [
    ("His career includes Oscar nominations for Brokeback Mountain (2005).", "Oscar", None),
    ("Since 2006, he has directed TV shows, two of them nominated for an international Emmy.",
     "Emmy", None),
    ("It received the 2019 Anna Seghers Prize.", "Anna Seghers Prize", "2019"),
    ("It was also nominated for the Booker International Award in 2020.",
     "Booker International Award", "2020"),
])
def test_an_award_is_dated_only_by_a_date_its_phrase_holds(sentence: str, name: str,
                                                            date: str | None) -> None:
    assert _dates(sentence, "award")[name] == date


def test_a_date_that_opens_a_name_does_not_date_the_verb_before_it() -> None:
    """"The 2016 Sundance Film Festival" is dated, not the premiere of another film (R3 code
    review, finding 7); a date after the verb and its prepositions still is."""
    assert "premiered" not in _dates(
        "It premiered at the 2016 Sundance Film Festival to wide acclaim.", "event")
    assert _dates("The series premiered exclusively on Netflix on June 30, 2021.",
                  "event").get("premiered") is None
    assert _dates("The series premiered exclusively on June 30, 2021.",
                  "event")["premiered"] == "2021-06-30"
