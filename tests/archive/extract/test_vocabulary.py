"""One vocabulary of role and relation words: every phrase a layout reads as a role has its
meaning in viewer/archive/roles.py, and none is typed into a layout twice."""

from __future__ import annotations

import ast
import inspect
from collections import Counter

import pytest

from viewer.archive import roles
from viewer.archive.extract import encyclopedia_page, production_notes
from viewer.archive.roles import CREW_ROLES, ROLE_WORDS, crew_role


@pytest.mark.parametrize("phrase", sorted({
    *encyclopedia_page._CREW_LABELS, *encyclopedia_page._ROLE_BEFORE_NAME,
    *encyclopedia_page._WORK_BY, *encyclopedia_page._POSSESSIVE_WORK,
    *production_notes._PROSE_ROLES}))
def test_every_phrase_a_layout_reads_as_a_role_has_its_meaning_in_the_vocabulary(
        phrase: str) -> None:
    assert crew_role(phrase) is not None


def test_a_plural_and_any_case_read_as_the_singular() -> None:
    assert crew_role("Executive Producers") == "Executive Producer"
    assert crew_role("Color  Timing") == "Colorist"
    assert crew_role("Production") is None  # a company credit, not a crew role


def test_the_press_role_words_mean_the_same_in_the_one_table() -> None:
    assert all(CREW_ROLES[word] == role for word, role in ROLE_WORDS.items())


def test_each_role_word_has_its_meaning_stated_once() -> None:
    """A table that holds another's words spreads it (``**ROLE_WORDS``) rather than repeating
    them: "written" was once a credit verb and a work verb, each saying "Writer"."""
    keys = Counter(key.value for node in ast.walk(ast.parse(inspect.getsource(roles)))
                   if isinstance(node, ast.Dict) for key in node.keys
                   if isinstance(key, ast.Constant))
    assert [word for word, count in keys.items() if count > 1] == []


def test_words_a_source_left_out_are_marked_not_run_together() -> None:
    from viewer.archive.extract.vocabulary import mark_gaps

    assert mark_gaps("executions totaling an estimated victims in the real incident") == \
        "executions totaling an estimated […] victims in the real incident"
    assert mark_gaps("the border town of , as they") == "the border town of […], as they"
    assert mark_gaps("prisons to amplify .") == "prisons to amplify […]."
    unchanged = "at least 300 people, an estimated three victims, more than a decade."
    assert mark_gaps(unchanged) == unchanged
