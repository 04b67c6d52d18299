"""A tab's filter: each plain word a prefix, everything else as typed."""

from __future__ import annotations

import pytest

from viewer.archive.filtering import typed_prefixes


@pytest.mark.parametrize(("typed", "searched"), [
    ("hern", "hern*"),
    ("  Merc  hern ", "Merc* hern*"),
    ("a", "a"),
    ('"doña chayo" ben', '"doña chayo" ben*'),
    ("vet* OR chema", "vet* OR chema*"),
    ("don't", "don't"),
    ('"unbalanced', '"unbalanced'),
    ("", ""),
])
def test_plain_words_become_prefixes(typed: str, searched: str) -> None:
    assert typed_prefixes(typed) == searched
