"""The user's own text as messages quote it back: one line, cut short, the same everywhere."""

from __future__ import annotations

from viewer.archive.user_text import QUOTED_CHARS, cut_short


def test_short_text_is_kept_whole_on_one_line() -> None:
    assert cut_short("  benjamín\n\tmedina ") == "benjamín medina"


def test_a_pasted_page_is_cut_short_with_an_ellipsis() -> None:
    said = cut_short("zqx " * 3000)
    assert len(said) <= QUOTED_CHARS and said.endswith("x…")


def test_text_of_exactly_the_limit_is_not_cut() -> None:
    assert cut_short("a" * QUOTED_CHARS) == "a" * QUOTED_CHARS
