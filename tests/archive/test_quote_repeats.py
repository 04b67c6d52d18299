"""A quote the production notes print twice (data audit item 10): Ana Solares' "It was a
tremendous challenge …", Maynné Cortés' "… always made it a priority to involve people …" and
Monika Revilla's "The writers' room was unique in itself …" stand under each speaker's own
heading and again among the other testimonies, whole or in part, their attributions worded
differently. Both records stay, each with its own role; each links to the other as the same
words quoted again, which the detail pane lists.

Records are found by their text, never by id: ids move when records are added or merged.
"""

from __future__ import annotations

from viewer.archive.records.statements import Quote
from viewer.archive.repeats import SAME_WORDS, QuoteWords, repeated
from viewer.archive.store import Archive


def _quotes(archive: Archive, speaker: str, opening: str) -> list[Quote]:
    return [q for q in archive.iter_records("quotes")
            if isinstance(q, Quote) and q.speaker == speaker and q.text.startswith(opening)]


def _again(archive: Archive, quote: Quote) -> list[int]:
    return [link.id for link in archive.related("quotes", quote.id)
            if link.relation == SAME_WORDS]


def test_a_quote_printed_twice_links_to_its_repeat(archive: Archive) -> None:
    pairs = [
        (("Ana Solares", "It was a tremendous challenge"),
         ("Ana Solares", "It was a tremendous challenge")),
        (("Maynné Cortés", "One of the things I most enjoyed"),
         ("Maynné Cortés", "James always made it a priority")),
        (("Monika Revilla", "The writers’ room was unique"),
         ("Monika Revilla", "I learned a lot from James.")),
    ]
    linked = 0
    for first_words, second_words in pairs:
        firsts = _quotes(archive, *first_words)
        seconds = _quotes(archive, *second_words)
        if first_words == second_words:  # the same opening: two records of it
            assert len(firsts) == 2
            first, second = firsts
        else:
            assert len(firsts) == len(seconds) == 1
            first, second = firsts[0], seconds[0]
        assert _again(archive, first) == [second.id]
        assert _again(archive, second) == [first.id]
        linked += 2
    # No other quote is linked: other quotes of one speaker say other things.
    total = sum(len(_again(archive, q)) for q in archive.iter_records("quotes")
                if isinstance(q, Quote))
    assert total == linked


def test_each_statement_of_a_repeated_quote_keeps_its_own_role(archive: Archive) -> None:
    """"Production Design" under one, "Production Designer" under the other."""
    roles = {q.role for q in _quotes(archive, "Ana Solares", "It was a tremendous challenge")}
    assert roles == {"Production Design", "Production Designer"}


def test_words_compare_without_marks_emphasis_or_a_lead_in() -> None:
    said = ("I think that had a lot to do with James, who always made it a priority to "
            "involve people in the project who had the awareness and compassion to tell a "
            "story like “**Somos**.” James is someone from whom I’ve learned a lot.")
    again = ("James always made it a priority to involve people in the project who had the "
             "awareness and compassion to tell a story like \"*Somos*.\". James is someone "
             "from whom I've learned a lot.")
    other = ("I learned a lot from James, who always made it a priority to listen to every "
             "one of us.")
    quotes = [QuoteWords(1, "cortes", (said,)), QuoteWords(2, "cortes", (again,)),
              QuoteWords(3, "cortes", (other,)), QuoteWords(4, "someone else", (said,))]
    assert repeated(quotes) == [(1, 2), (2, 1)]
