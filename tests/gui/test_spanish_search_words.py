"""The search box in the window's language: the Spanish window shows the archive's own words
translated ("Guionista" for the stored "Writer"), so its search finds records by the words it
shows as well as by the stored ones, ranked as the stored word would be, with what is shown
marked. The English window and the CLI search the stored words, as they always have."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.conftest import REPO
from tests.gui.conftest import OpenWindow
from viewer.archive.records.credits import CrewCredit
from viewer.archive.records.navigation import Hit
from viewer.archive.records.statements import Fact
from viewer.archive.store import Archive
from viewer.gui.window.main_window import MainWindow

#: The facts whose Spanish label says "muertos" (see test_spanish_vocabulary_filter).
DEATH_TOLLS = ("death_toll", "official_death_toll", "dead_or_missing")


def _searched(win: MainWindow, qtbot: QtBot, text: str) -> list[Hit]:
    with qtbot.waitSignal(win.search_panel.results_shown, timeout=10_000):
        win.search_box.setText(text)
    model = win.search_panel.model
    return [model.hit(row) for row in range(model.rowCount())]


def _credits(archive: Archive, role: str) -> set[int]:
    return {c.id for c in archive.iter_records("crew")
            if isinstance(c, CrewCredit) and c.role == role}


def test_guionista_lists_the_writers_credits(
        spanish: None, open_window: OpenWindow, qtbot: QtBot, archive_path: Path,
        archive: Archive) -> None:
    writers = _credits(archive, "Writer")
    assert writers
    win = open_window(archive_path)
    hits = _searched(win, qtbot, "guionista")
    credits = [h for h in hits if h.table == "crew"]
    assert {h.id for h in credits} == writers
    # Shown in Spanish, the shown word marked: the index matched "Writer".
    assert all(h.title.endswith(" — Guionista") for h in credits), [h.title for h in credits]
    assert all("<b>Guionista</b>" in h.snippet for h in credits), [h.snippet for h in credits]
    # Ranked as "writer" would be: the same records in the same order.
    assert [(h.table, h.id) for h in hits] == [
        (h.table, h.id) for h in archive.search("writer", limit=len(hits) + 50).hits][
            :len(hits)]


def test_muertos_lists_the_death_toll_facts(
        spanish: None, open_window: OpenWindow, qtbot: QtBot, archive_path: Path,
        archive: Archive) -> None:
    death_tolls = {f.id for f in archive.iter_records("facts")
                   if isinstance(f, Fact) and f.topic in DEATH_TOLLS}
    assert len(death_tolls) >= 9
    hits = _searched(open_window(archive_path), qtbot, "muertos")
    facts = [h for h in hits if h.table == "facts"]
    assert {h.id for h in facts} >= death_tolls
    assert any(h.title.startswith("Estimación de muertos: ") for h in facts)
    assert not [h for h in facts if "death toll" in h.title.casefold()]


def test_productor_ejecutivo_lists_the_executive_producers(
        spanish: None, open_window: OpenWindow, qtbot: QtBot, archive_path: Path,
        archive: Archive) -> None:
    producers = _credits(archive, "Executive Producer")
    assert producers
    hits = _searched(open_window(archive_path), qtbot, "productor ejecutivo")
    credits = {h.id: h for h in hits if h.table == "crew"}
    assert set(credits) >= producers
    # A line producer is a "productor", not an "ejecutivo".
    assert not set(credits) & _credits(archive, "Line Producer")
    assert all("Productor ejecutivo" in credits[i].title for i in producers)


def test_the_english_window_searches_the_stored_words(
        open_window: OpenWindow, qtbot: QtBot, archive_path: Path, archive: Archive) -> None:
    win = open_window(archive_path)
    assert not [h for h in _searched(win, qtbot, "guionista") if h.table == "crew"]
    hits = _searched(win, qtbot, "writer")
    writers = _credits(archive, "Writer")
    assert {h.id for h in hits if h.table == "crew"} >= writers
    assert all(h.title.endswith(" — Writer") for h in hits if h.id in writers
               and h.table == "crew")


def test_the_cli_searches_the_stored_words_under_a_spanish_locale(
        archive_path: Path, archive: Archive) -> None:
    def search(text: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "viewer.cli", "search", text, "--format", "json",
             "--limit", "200", "--archive", str(archive_path)],
            cwd=REPO, capture_output=True, text=True, encoding="utf-8", timeout=120,
            env={**os.environ, "LANG": "es_MX.UTF-8", "LANGUAGE": "", "LC_ALL": "",
                 "LC_MESSAGES": ""})

    found = search("guionista")
    assert found.returncode == 1 and json.loads(found.stdout) == []
    writer = search("writer")
    assert [(h["table"], h["id"]) for h in json.loads(writer.stdout)] == [
        (h.table, h.id) for h in archive.search("writer", limit=200).hits]
