"""The window's search box answers a question's verb with the records the archive states the
answer in, in English and in the Spanish window (which also searches the words it shows for
the archive's own): tests/archive/test_search_verbs.py says why."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.archive.test_search_verbs import death_tolls, filming_places, producers_of_the_series
from tests.gui.conftest import OpenWindow
from viewer.gui.window.main_window import MainWindow

#: The records that answer, as the archive at a path holds them.
Answers = Callable[[Path], set[tuple[str, int]]]


def _first(window: MainWindow, qtbot: QtBot, text: str, wanted: set[tuple[str, int]]) -> None:
    """Types ``text`` in the search box; the first result listed is one of ``wanted``, and
    stays so once the exhaustive ranking replaces the first answer."""
    model = window.search_panel.model
    with qtbot.waitSignal(window.search_panel.results_shown, timeout=10_000):
        window.search_box.setText(text)

    def first_wanted() -> None:
        assert model.rowCount() and (model.hit(0).table, model.hit(0).id) in wanted

    qtbot.waitUntil(first_wanted, timeout=10_000)
    qtbot.wait(300)  # a later ranking of the same text must not push it down
    first_wanted()


@pytest.mark.parametrize(("text", "answers"), [
    ("how many died", death_tolls), ("where was the series filmed", filming_places),
    ("who produced episode 1", producers_of_the_series)])
def test_the_search_box_answers_a_verb(qtbot: QtBot, open_window: OpenWindow,
                                       archive_path: Path, text: str, answers: Answers) -> None:
    _first(open_window(archive_path), qtbot, text, answers(archive_path))


@pytest.mark.parametrize(("text", "answers"), [
    ("cuántos murieron en Allende", death_tolls), ("dónde se filmó la serie", filming_places),
    ("quién produjo el episodio 1", producers_of_the_series)])
def test_the_spanish_search_box_answers_a_verb(spanish: None, qtbot: QtBot,
                                               open_window: OpenWindow, archive_path: Path,
                                               text: str, answers: Answers) -> None:
    _first(open_window(archive_path), qtbot, text, answers(archive_path))
