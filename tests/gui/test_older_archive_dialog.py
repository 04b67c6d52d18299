"""An archive made by an older version, refused at start: the dialog says so in plain words
(no "stored sort order"), ends with the one rebuild advice, and says which file File › Rebuild
from Seeds… writes — a new archive from the seeds that come with Somos Archive, in the place
the rebuild always writes to, not necessarily the file refused — in English and Spanish."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.bad_archives import BAD_ARCHIVES, make_bad_archive
from viewer.__main__ import show_start_problem
from viewer.archive.errors import ArchiveError, rebuild_advice
from viewer.archive.store import Archive
from viewer.gui.window.main_window import MainWindow
from viewer.gui.window.settings import ViewerSettings
from viewer.gui.workers import rebuild_target


def _refused(archive_path: Path, folder: Path, case: str) -> tuple[Path, str]:
    bad = make_bad_archive(next(c for c in BAD_ARCHIVES if c.name == case), archive_path,
                           folder)
    with pytest.raises(ArchiveError) as refused:
        Archive.open(bad).close()
    return bad, str(refused.value)


@pytest.fixture
def empty_window(qtbot: QtBot, settings: ViewerSettings) -> Iterator[MainWindow]:
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    window.show()
    yield window
    if window.last_error is not None:
        window.last_error.close()


@pytest.mark.parametrize("case", ["schema-7-value-keys", "schema-8-disagreement-rows",
                                  "older-schema", "schema-5-search-index", "schema-6-people"])
def test_an_older_archive_is_refused_in_plain_words(
        empty_window: MainWindow, archive_path: Path, bad_folder: Path, case: str) -> None:
    bad, problem = _refused(archive_path, bad_folder, case)
    assert problem.startswith(f"{bad} was made by an older version of Somos Archive")
    assert " and lacks what this version shows (" in problem
    assert problem.endswith(f"). {rebuild_advice()}")
    for jargon in ("stored sort order", "this viewer", "does not read", "built by"):
        assert jargon not in problem
    show_start_problem(empty_window, problem)
    box = empty_window.last_error
    assert box is not None and box.isVisible()
    assert box.text() == problem
    assert box.informativeText() == (
        "Use File › Open Archive… to choose another file, or File › Rebuild from Seeds… to "
        "build a new archive from the seed documents that come with Somos Archive: it is "
        f"saved as {rebuild_target()} and opened.")


def test_the_spanish_dialog_says_it_in_spanish(
        spanish: None, empty_window: MainWindow, archive_path: Path, bad_folder: Path) -> None:
    bad, problem = _refused(archive_path, bad_folder, "schema-7-value-keys")
    assert problem.startswith(f"{bad} se hizo con una versión anterior de Somos Archive "
                              "(esquema del acervo 7; esta versión lee el esquema ")
    assert (" y le falta lo que esta versión muestra (hechos y afirmaciones en el orden de sus "
            "valores: los números como números, las fechas como fechas). ") in problem
    show_start_problem(empty_window, problem)
    box = empty_window.last_error
    assert box is not None
    assert box.informativeText() == (
        "Use Archivo › Abrir acervo… para elegir otro archivo, o Archivo › Reconstruir desde "
        "las semillas… para construir un acervo nuevo a partir de los documentos semilla que "
        f"vienen con Somos Archive: se guarda como {rebuild_target()} y se abre.")
