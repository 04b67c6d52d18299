"""How the prose reader reads people, on one-line sentences: whole names only, never a name
cut short inside a word or a longer name, and no person made of a place or a title (R3 code
review, finding 1; the whole seeds are checked in tests/archive/test_people_readings.py)."""

from __future__ import annotations

import pytest

from viewer.archive import reasons as R
from viewer.archive.extract.base import ExcerptRecord, at
from viewer.archive.extract.entities import read_people


def _people(text: str) -> dict[str, str | None]:
    """Each name read, as the archive files it, with the message of its reason."""
    passage = ExcerptRecord("", "paragraph", at(text, 0, len(text)))
    return {p.name.normalized: p.reason.message if p.reason else None
            for p in read_people(text, [passage])}


@pytest.mark.parametrize(("sentence", "wrong"), [
    ("Cartels now reach cities like Monterrey and San Pedro Garza.",
     {"San Pedr", "Monterrey Pedr", "Monterrey Garza", "San Pedro", "Monterrey Pedro"}),
    ("Maria Lopez and her brother Juan Carlos ran the ranch.", {"Jua Lopez", "Juan Lopez"}),
    ("In 2011 Miguel and his brother Omar fled north.", {"In 2011 Miguel", "Omar Miguel"}),
    ("Films like Roma and Nuevo Laredo were shot there.", {"Roma Laredo", "Nuevo Laredo"}),
])
def test_no_name_is_cut_short_or_made_up(sentence: str, wrong: set[str]) -> None:
    read = _people(sentence)
    assert not wrong & set(read), read
    # Every name read is words of the sentence, whole, or a given name with a family name
    # the sentence gives.
    for name in read:
        assert all(f" {w}" in f" {sentence}".replace(".", " ") for w in name.split()), name


def test_a_given_name_shares_the_family_name_given_once_after_both() -> None:
    read = _people("The agency named leaders like Miguel and Omar Treviño in its files.")
    assert read == {"Omar Treviño": None, "Miguel Treviño": R.SHARED_FAMILY_NAME}


def test_a_sibling_named_by_a_given_name_shares_the_family_name() -> None:
    read = _people("The DEA tracked Maria Lopez and her brother Juan for a year.")
    assert read == {"Maria Lopez": None, "Juan Lopez": R.SIBLING_FAMILY_NAME}


def test_a_name_with_a_lower_case_word_is_left_to_the_corrections() -> None:
    """The explainer lost the "Á" of "Miguel Ángel": a name with a lower-case word inside is
    no name the reader reads; seeds/corrections.toml names the brothers there."""
    assert _people("Kingpins, Miguel ngel Trevio and his brother Omar.") == {}
