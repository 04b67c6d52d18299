"""The builder's reasons as messages and arguments (viewer/archive/reasons.py): the archive
keeps both the English sentence and its parts, the parts say the same sentence, and a reader
says it in the user's language — a surname's reason was English in the Spanish window."""

from __future__ import annotations

import ast
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from viewer import i18n
from viewer.archive import reasons
from viewer.archive.reasons import Reason
from viewer.archive.store import Archive


@pytest.fixture
def spanish() -> Iterator[None]:
    i18n.use_language("es")
    yield
    i18n.use_language(i18n.SOURCE_LANGUAGE)


def _messages() -> set[str]:
    """Every message the module marks with N_."""
    tree = ast.parse(Path(reasons.__file__).read_text(encoding="utf-8"))
    return {node.args[0].value for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id == "N_" and isinstance(node.args[0], ast.Constant)}


def _used(reason: Reason) -> Iterator[str]:
    yield reason.message
    for value in reason.args.values():
        if isinstance(value, Reason):
            yield from _used(value)
        elif not isinstance(value, str):
            for inner in value:
                yield from _used(inner)


def test_every_reason_the_builder_wrote_has_parts_that_say_it(archive_path: Path) -> None:
    """Each reason is stored as its parts too, which say the same English sentence and use
    only the module's messages; a curator's reason (corrections.toml) as the curators' words,
    English and Spanish (reasons.curators)."""
    conn = sqlite3.connect(archive_path)
    rows = conn.execute("SELECT status, reason, reason_parts FROM provenance "
                        "WHERE reason IS NOT NULL").fetchall()
    conn.close()
    built = [(reason, parts) for status, reason, parts in rows if status == "inferred"]
    assert built and all(parts for _reason, parts in built)
    curated = [(reason, parts) for status, reason, parts in rows if status == "curated"]
    assert curated and all(reasons.say(reasons.from_json(parts)) == reason
                           for reason, parts in curated)
    used: set[str] = set()
    for reason, parts in built:
        said = reasons.from_json(parts)
        assert reasons.say(said) == reason
        used |= {m for r in said for m in _used(r)}
    assert used <= _messages()
    assert reasons.SURNAME_NOT_ALONE in used and reasons.SHARED_SYNOPSIS in used


WEBB_ES = ("ninguna fuente nombra a Vincent Webb solo por su apellido; se toma como apellido "
           "la segunda de las dos palabras del nombre")
WEBB_EN = ("no source names Vincent Webb by family name alone; the second of the name's two "
           "words is taken as the family name")


def test_a_reason_is_said_in_the_users_language(spanish: None, archive: Archive) -> None:
    """A record keeps the archive's English reason; :func:`reasons.said`, what the window
    calls where it shows one, says it in the user's language."""
    person = next(p for p in archive.iter_records("people") if p.name == "Vincent Webb")
    spans = [s for s in archive.provenance("people", person.id) if s.field == "surname"]
    assert spans and spans[0].status == "inferred"
    assert spans[0].reason == WEBB_EN
    assert reasons.said(spans[0].reason) == WEBB_ES
    noted = next(p for p in archive.iter_records("people") if p.spelling_note)
    assert noted.spelling_note.startswith(  # type: ignore[union-attr]
        "Shown as the sources spell it most often: ")
    assert reasons.said(noted.spelling_note).startswith(  # type: ignore[union-attr]
        "Se muestra como lo escriben las fuentes con más frecuencia: ")
    works = [w for w in archive.iter_records("works") if getattr(w, "inferred", None)]
    assert works and all(reasons.said(w.inferred) in (  # type: ignore[attr-defined]
        "un título entre comillas o en cursivas junto a un año o un crédito; el texto no dice "
        "qué tipo de obra es", "un nombre seguido de un año entre paréntesis, leído como título",
        "un título en una lista con títulos que las fuentes nombran como obras; el texto no dice "
        "qué tipo de obra es")
        for w in works)
    assert all(w.inferred in (reasons.WORK_KIND_UNSTATED,  # type: ignore[attr-defined]
                              reasons.NAME_AND_YEAR, reasons.LISTED_WITH_WORKS) for w in works)
    episode = archive.provenance("episodes", 1)
    assert any(s.reason and s.reason.startswith("the source describes episodes 1 and 2")
               for s in episode)
    assert any(s.reason and reasons.said(s.reason).startswith(  # type: ignore[union-attr]
        "la fuente describe juntos los episodios 1 y 2") for s in episode)


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_export_keeps_the_archives_english_reasons(spanish: None, archive: Archive,
                                                      fmt: str, tmp_path: Path) -> None:
    """An export is the same file whatever the machine's language: under Spanish messages
    the reasons in it are the archive's English (they were Spanish, while its labels and
    titles stayed English)."""
    from viewer.archive.export import export_records

    webb = [p for p in archive.iter_records("people") if p.name == "Vincent Webb"]
    noted = [p for p in archive.iter_records("people") if p.spelling_note][:1]
    export_records(archive, "people", webb + noted, fmt, tmp_path / f"people.{fmt}")
    export_records(archive, "works", None, fmt, tmp_path / f"works.{fmt}")
    people = (tmp_path / f"people.{fmt}").read_text(encoding="utf-8")
    works = (tmp_path / f"works.{fmt}").read_text(encoding="utf-8")
    assert WEBB_EN in people and "Shown as the sources spell it most often: " in people
    assert reasons.WORK_KIND_UNSTATED in works
    for spanish_words in ("ninguna fuente", "Se muestra como", "entre comillas"):
        assert spanish_words not in people + works


def test_a_reason_in_english_by_default(archive: Archive) -> None:
    person = next(p for p in archive.iter_records("people") if p.name == "Vincent Webb")
    reason = next(s.reason for s in archive.provenance("people", person.id)
                  if s.field == "surname")
    assert reason == WEBB_EN and reasons.said(reason) == WEBB_EN


def test_parts_are_read_back_as_written_and_a_bad_cell_falls_back_to_the_sentence() -> None:
    said = [Reason(reasons.SURNAME_LAST_WORD, {
        "begun": (Reason(reasons.SURNAME_BEGINS, {"word": "Alberto", "other": "Alberto Ruiz"}),),
        "word": "Quiñones"}), Reason(reasons.AND, {"first": "{x}", "second": "2"})]
    assert reasons.from_json(reasons.to_json(said)) == said
    assert "({x} and 2" not in reasons.say(said) and "{x} and 2" in reasons.say(said)
    assert reasons.reason_text("as written", None) == "as written"
    assert reasons.reason_text("as written", "{not json") == "as written"
    assert reasons.reason_text("as written", '[{"args": {}}]') == "as written"
    assert reasons.said("as written") == "as written" and reasons.said(None) is None
    assert reasons.reasoned("as written", None) == "as written"
    assert reasons.said(reasons.reasoned("as written", "{not json")) == "as written"


#: A file of the code or the seeds' folder ("viewer/archive/roles.py", "corrections.toml").
#: A seed's own file name ("000_….txt") is a source the window lists, and may be named.
_PATH = re.compile(r"\b[\w-]+/[\w/.-]+|\b\w+\.(?:py|toml)\b")


def test_no_reason_names_a_file_of_the_code(archive_path: Path) -> None:
    """'(viewer/archive/roles.py)' ended a role's reason and '(…/vocabulary.py)' a relation's:
    a path means nothing to a researcher. No message, no curator's reason, no reason or
    spelling note in the archive names one."""
    assert not [m for m in _messages() if _PATH.search(m)]
    with sqlite3.connect(archive_path) as conn:
        written = [r for (r,) in conn.execute(
            "SELECT reason FROM provenance WHERE reason IS NOT NULL UNION "
            "SELECT spelling_note FROM people WHERE spelling_note IS NOT NULL")]
    assert written
    assert not [r for r in written if _PATH.search(r)]


def test_a_relation_s_reason_says_what_a_researcher_can_check(archive: Archive) -> None:
    with sqlite3.connect(f"file:{archive.path}?mode=ro", uri=True) as conn:
        said = {r for (r,) in conn.execute(
            "SELECT reason FROM provenance WHERE reason LIKE '%next to the name%'")}
    assert "“CEO” next to the name is read as “employer”" in said


def test_a_role_s_reason_in_spanish_has_no_english_role_in_it(spanish: None,
                                                               archive: Archive) -> None:
    """The role is the archive's word, which the window shows translated beside the reason:
    the reason does not quote it ("el cargo «Source article author»")."""
    credit = next(c for c in archive.iter_records("crew")
                  if getattr(c, "role", None) == "Source article author")
    [span, *_] = [s for s in archive.provenance("crew", credit.id)
                  if s.field == "role" and s.status == "inferred"]
    assert reasons.said(span.reason) == (
        f"la fuente dice «{archive.source_text(span.source_id)[span.start:span.end]}» donde "
        "habla del reportaje en el que se basa la serie; el acervo registra a quien escribió "
        "ese reportaje como autor del artículo fuente")


def test_a_curated_reason_is_said_in_spanish_or_marked_as_the_curators_english(
        tmp_path: Path) -> None:
    """corrections.toml's ``reason_es`` is what the Spanish catalogue says; an entry without
    one says in Spanish that the words are the curators' English (R5 review item 9)."""
    import gettext

    mo = i18n.compile_po(i18n.sources("es")[1][0], tmp_path / "es.mo")
    with mo.open("rb") as handle:
        spanish = gettext.GNUTranslations(handle).gettext
    both = reasons.curators("The notes spell it so.", "Las notas lo escriben así.")
    assert reasons.say([both]) == "The notes spell it so."
    assert reasons.say([both], spanish) == "Las notas lo escriben así."
    english_only = reasons.curators("The notes spell it so.")
    assert reasons.say([english_only]) == "The notes spell it so."
    assert reasons.say([english_only], spanish) == (
        "The notes spell it so. (palabras de quienes curan el acervo, en inglés)")
    # Nested in a reading's own reason, as a correction after it.
    nested = Reason(reasons.CURATED, {"reason": both})
    assert reasons.say([nested], spanish).endswith(": Las notas lo escriben así.")
