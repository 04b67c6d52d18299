"""Quoting a source's words: one pair of marks around them, however they are quoted within."""

from __future__ import annotations

from viewer.archive import citations
from viewer.archive.quotation import nested, quotation
from viewer.archive.store import Archive


def test_a_quote_that_quotes_the_title_gets_single_marks_inside_ours() -> None:
    """The reviewer's "““Somos.” tells…": the quote's own opening mark beside ours."""
    assert (quotation("“Somos.” tells a story that for a long time couldn't be told.")
            == "“‘Somos.’ tells a story that for a long time couldn't be told.”")
    assert quotation("to produce “Somos.” alongside") == "“to produce ‘Somos.’ alongside”"


def test_words_standing_whole_in_their_own_marks_are_not_quoted_again() -> None:
    assert quotation("“The folks hovering about the screen’s edges.”") == (
        "“The folks hovering about the screen’s edges.”")
    # Marks at both ends that are two quotations, not one, are quoted within ours.
    assert quotation("“A,” he said, “B”") == "“‘A,’ he said, ‘B’”"


def test_plain_words_are_quoted_and_a_message_gets_them_nested() -> None:
    assert quotation("late 2019") == "“late 2019”"
    assert quotation("") == "“”"
    assert nested("For me, “Somos.” is") == "For me, ‘Somos.’ is"


def test_citations_quote_a_section_and_words_with_marks_of_their_own(archive: Archive) -> None:
    """A passage under the notes' heading "“Somos.” in the Words of Its Makers" was cited as
    section ““Somos.” …”."""
    source = next(s for s in archive.sources() if "Production Notes" in s.title)
    text = archive.source_text(source.id)
    start = text.index("“Somos.” tells a story")
    passage = citations.Passage(start, start + 40, "“Somos.” in the Words of Its Makers",
                                text[start:start + 40])
    cited = citations.Cited("q", "Quote", source, (passage,))
    note = citations.note(cited)
    assert "section “‘Somos.’ in the Words of Its Makers”" in note
    assert ": “‘Somos.’ tells a story" in note
    assert "““" not in note
