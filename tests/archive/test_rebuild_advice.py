"""Every refusal of an archive that a rebuild cures says what is wrong with the file, then the
same advice in the same words (viewer.archive.errors.rebuild_advice), in English and in
Spanish: the checks on open, a damaged read, an export that meets a damaged cell."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.bad_archives import (
    BAD_ARCHIVES,
    REFUSED_ARCHIVES,
    BadArchive,
    make_bad_archive,
    permissions_bind,
)
from viewer import i18n
from viewer.archive.errors import ArchiveError, rebuild_advice
from viewer.archive.export import ExportError, export_records
from viewer.archive.store import Archive
from viewer.archive.validation import describe_failure

#: The advice as each language's catalogue words it, written out: a test of the words, not
#: of the function that returns them.
ADVICE = {"en": "Rebuild the archive with 'somos-archive build' or choose another file.",
          "es": "Reconstruya el acervo con 'somos-archive build' o elija otro archivo."}

#: Refusals with another remedy than a rebuild: choose a file that exists or is an archive,
#: mend the permissions, update the viewer.
OTHER_REMEDY = frozenset({"missing", "directory", "random-bytes", "text-file", "other-schema",
                          "foreign-application-id", "newer-schema", "unreadable",
                          "wal-unreadable"})
REBUILT = tuple(c for c in REFUSED_ARCHIVES if c.name not in OTHER_REMEDY)


def _refusal(path: Path) -> str:
    with permissions_bind(), pytest.raises(ArchiveError) as refused:
        Archive.open(path).close()
    return str(refused.value)


def _said_with_the_advice(said: str, lang: str, path: Path) -> str:
    """What went wrong, after checking the message ends with the advice (once)."""
    assert said.endswith(" " + ADVICE[lang]), said
    assert said.count(ADVICE[lang]) == 1, said
    problem = said[:-len(ADVICE[lang])].strip()
    assert str(path) in problem and len(problem) > len(str(path)) + 10, said
    return problem


def test_the_advice_is_one_sentence_in_each_language(speak: None) -> None:
    for lang, words in ADVICE.items():
        i18n.use_language(lang)
        assert rebuild_advice() == words


def test_the_cases_a_rebuild_cures_are_most_refusals() -> None:
    assert {c.name for c in REFUSED_ARCHIVES} >= OTHER_REMEDY
    assert len(REBUILT) >= 25


@pytest.mark.parametrize("case", REBUILT, ids=lambda c: c.name)
def test_a_refusal_says_the_problem_then_the_shared_advice_in_english_and_spanish(
        speak: None, archive_path: Path, bad_folder: Path, case: BadArchive) -> None:
    bad = make_bad_archive(case, archive_path, bad_folder)
    i18n.use_language("en")
    english = _said_with_the_advice(_refusal(bad), "en", bad)
    i18n.use_language("es")
    spanish = _said_with_the_advice(_refusal(bad), "es", bad)
    assert spanish != english  # the problem is said in Spanish too, not only the advice
    # Said once, by the advice (SQLite's own words may say 'rebuild': "run 'rebuild'").
    assert "reconstr" not in spanish.lower() and "rebuild it" not in english.lower()


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("exc", [sqlite3.OperationalError("interrupted"), MemoryError(),
                                 sqlite3.DatabaseError("database disk image is malformed")],
                         ids=["interrupted", "memory", "malformed"])
def test_a_damaged_read_says_the_problem_then_the_shared_advice(
        speak: None, tmp_path: Path, lang: str, exc: BaseException) -> None:
    i18n.use_language(lang)
    path = tmp_path / "somos.sqlite"
    _said_with_the_advice(str(describe_failure(path, exc)), lang, path)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_an_export_that_meets_a_damaged_cell_ends_with_the_shared_advice(
        speak: None, archive_path: Path, bad_folder: Path, tmp_path: Path, lang: str) -> None:
    case = next(c for c in BAD_ARCHIVES if c.name == "malformed-list-cell")
    damaged = make_bad_archive(case, archive_path, bad_folder)
    i18n.use_language(lang)
    with Archive.open(damaged) as archive, pytest.raises(ExportError) as refused:
        export_records(archive, "people", None, "csv", tmp_path / "people.csv")
    problem = _said_with_the_advice(str(refused.value), lang, damaged)
    assert problem.endswith("Nothing was saved." if lang == "en" else "No se guardó nada.")
    assert not (tmp_path / "people.csv").exists()
