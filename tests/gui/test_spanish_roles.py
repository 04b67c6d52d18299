"""The canonical roles in the window's language: a crew credit's role and a person's roles are
the builder's closed vocabulary (viewer/archive/roles.py), so the Spanish window shows them in
Spanish, as it does the fact labels (test_spanish_archive_words.py); the role "as stated" and a
quote's role are the source's words and stay as the source says them. The CLI and the exports
keep the English roles."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.gui.conftest import OpenWindow
from tests.gui.test_spanish_archive_words import _finished_translations
from viewer.archive import roles
from viewer.archive.records.credits import CrewCredit, Person
from viewer.archive.records.statements import Quote
from viewer.archive.store import Archive
from viewer.gui import archive_words
from viewer.gui.reading.detail_pane import DetailPane


def _source_words(credit: CrewCredit) -> bool:
    """Whether ``credit`` is filed under its source's own words (a phrase no table knows)."""
    return credit.role.lower() in {s.strip().lower() for s in credit.role_as_stated.split("/")}


def test_every_canonical_role_has_a_spanish_label(archive: Archive) -> None:
    """House rule: every role the builder files a credit under — each of roles.py, and each an
    archive built from the real seeds holds that is not its source's own words — is listed for
    the window's translation and translated in the catalogue."""
    canonical = {*roles.CREW_ROLES.values(), *roles.ROLE_WORDS.values(),
                 *roles.CREDIT_VERBS.values(), *roles.WORK_VERBS.values(), roles.SOURCE_AUTHOR}
    assert canonical <= archive_words.ROLES, sorted(canonical - archive_words.ROLES)
    crew = [c for c in archive.iter_records("crew") if isinstance(c, CrewCredit)]
    people = [p for p in archive.iter_records("people") if isinstance(p, Person)]
    assert crew and people
    filed = {c.role for c in crew if not _source_words(c)}
    assert filed <= archive_words.ROLES, sorted(filed - archive_words.ROLES)
    said = {c.role for c in crew if _source_words(c)}
    held = {r for p in people for r in p.roles}
    assert held <= archive_words.ROLES | said, sorted(held - archive_words.ROLES - said)
    assert "Actor" in held  # a cast credit's role, filed by the extractors
    done = _finished_translations()
    missing = sorted(w for w in archive_words.ROLES if not done.get(("Roles", w)))
    assert not missing, f"Roles: no Spanish for {missing}"


def _column(tab, key: str) -> list[str]:  # type: ignore[no-untyped-def]
    column = [c.key for c in tab.model.spec.columns].index(key)
    return [str(tab.model.index(row, column).data()) for row in range(tab.model.rowCount())]


def test_the_crew_tab_shows_roles_in_spanish_and_the_source_words_as_stated(
        spanish: None, open_window: OpenWindow, qtbot: QtBot, archive_path: Path,
        archive: Archive) -> None:
    win = open_window(archive_path)
    tab = win.record_tab("crew")
    win.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.is_busy())
    shown = list(zip(_column(tab, "role"), _column(tab, "role_as_stated"), strict=True))
    crew = [c for c in archive.iter_records("crew") if isinstance(c, CrewCredit)]
    composer = next(c for c in crew if c.role == "Composer")
    assert ("Compositor", composer.role_as_stated) in shown
    producer = next(c for c in crew if c.role == "Executive Producer")
    assert ("Productor ejecutivo", producer.role_as_stated) in shown
    # Ginger Thompson's credit is read from "journalist": marked inferred (R5 review, item 3).
    assert "Autor del artículo fuente (inferido)" in {role for role, _ in shown}
    # Not one canonical English role left where Spanish has its own word.
    english = {r for r in archive_words.ROLES if r not in ("Actor", "Director", "Editor")}
    assert not {role for role, _ in shown} & english
    # The source's words, as it says them: every "as stated", and a role no table knows.
    assert sorted(stated for _, stated in shown) == sorted(c.role_as_stated for c in crew)
    said = {c.role for c in crew if _source_words(c)} - archive_words.ROLES
    assert said and said <= {role for role, _ in shown}


def test_the_people_tab_translates_each_role_of_a_person(
        spanish: None, open_window: OpenWindow, qtbot: QtBot, archive_path: Path,
        archive: Archive) -> None:
    win = open_window(archive_path)
    tab = win.record_tab("people")
    win.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.is_busy())
    cells = dict(zip(_column(tab, "name"), _column(tab, "roles"), strict=True))
    people = [p for p in archive.iter_records("people") if isinstance(p, Person)]
    several = next(p for p in people
                   if {"Creator", "Executive Producer"} <= set(p.roles))
    words = cells[several.name].split(", ")
    assert {"Creador", "Productor ejecutivo"} <= set(words), words
    assert len(words) == len(several.roles)
    english = {r for r in archive_words.ROLES if r not in ("Actor", "Director", "Editor")}
    assert not {w for cell in cells.values() for w in cell.split(", ")} & english


def test_the_detail_pane_shows_a_crew_credits_role_in_spanish(
        spanish: None, archive: Archive, qtbot: QtBot) -> None:
    pane = DetailPane(archive=archive)
    qtbot.addWidget(pane)
    credit = next(c for c in archive.iter_records("crew")
                  if isinstance(c, CrewCredit) and c.role == "Composer")
    pane.show_record("crew", credit.id)
    text = pane.toPlainText()
    assert text.startswith(f"{credit.person} — Compositor")
    lines = text.splitlines()
    assert lines[lines.index("Cargo") + 1] == "Compositor"
    assert credit.role_as_stated in lines
    # A quote's role is its source's words: never translated.
    quote = next(q for q in archive.iter_records("quotes")
                 if isinstance(q, Quote) and q.role == "Executive Producer")
    pane.show_record("quotes", quote.id)
    assert "Executive Producer" in pane.toPlainText().splitlines()


def test_a_persons_crew_credits_are_linked_under_spanish_roles(
        spanish: None, archive: Archive, qtbot: QtBot) -> None:
    """The People detail pane linked "Fernanda Melchor — Co-Executive Producer": a crew
    credit's title has a role of ours in it, composed in the window's language."""
    pane = DetailPane(archive=archive)
    qtbot.addWidget(pane)
    person = next(p for p in archive.iter_records("people")
                  if isinstance(p, Person) and "Co-Executive Producer" in p.roles)
    pane.show_record("people", person.id)
    text = pane.toPlainText()
    assert f"{person.name} — Coproductor ejecutivo" in text
    assert f"{person.name} — Co-Executive Producer" not in text
