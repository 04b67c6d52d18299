"""An inferred credit is marked wherever the window shows it, in English and Spanish, and
the reader opens a record at a source it lists (R5 review, items 3, 4 and 6).

James Schamus's Director credit is read from 002's "Created by screenwriter in his
television directorial debut", where his name is missing: the Crew row, his Roles in the
People tab, the search results and the directors' disagreement each say "inferred".
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.gui.conftest import OpenWindow, shown_tab
from viewer.archive.records.credits import CrewCredit
from viewer.archive.records.statements import Disagreement
from viewer.archive.store import Archive
from viewer.gui.reading.detail_pane import DetailPane
from viewer.gui.window.main_window import MainWindow


def _credit(archive: Archive, person: str, role: str) -> CrewCredit:
    return next(c for c in archive.iter_records("crew") if isinstance(c, CrewCredit)
                and c.person == person and c.role == role)


def _cell(tab, record_id: int, key: str, role: int | None = None) -> str:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    model = tab.model
    column = [c.key for c in model.spec.columns].index(key)
    row = next(r for r in range(model.rowCount()) if model.record(r).id == record_id)
    return str(model.index(row, column).data(role or Qt.ItemDataRole.DisplayRole))


def _marks(win: MainWindow, qtbot: QtBot, archive: Archive, mark: str, why: str) -> None:
    from PySide6.QtCore import Qt

    director = _credit(archive, "James Schamus", "Director")
    curiel = _credit(archive, "Álvaro Curiel", "Director")
    crew = shown_tab(win, qtbot, "crew")
    assert _cell(crew, director.id, "role").endswith(mark)
    assert why in _cell(crew, director.id, "role", Qt.ItemDataRole.ToolTipRole)
    assert mark not in _cell(crew, curiel.id, "role")
    people = shown_tab(win, qtbot, "people")
    roles = _cell(people, director.person_id, "roles")
    assert f"Director{mark}" in roles and f"Creator{mark}" not in roles


def test_the_crew_row_and_the_person_s_roles_mark_an_inferred_credit(
        open_window: OpenWindow, qtbot: QtBot, archive_path: Path, archive: Archive) -> None:
    win = open_window(archive_path)
    _marks(win, qtbot, archive, " (inferred)", "television directorial debut")


def test_the_spanish_window_marks_it_too(spanish: None, open_window: OpenWindow,
                                         qtbot: QtBot, archive_path: Path,
                                         archive: Archive) -> None:
    win = open_window(archive_path)
    # The reason too is said in Spanish ("la oración da …").
    _marks(win, qtbot, archive, " (inferido)", "la oración")


def test_the_pane_and_the_disagreement_side_say_inferred(qtbot: QtBot,
                                                         archive: Archive) -> None:
    pane = DetailPane(archive=archive)
    qtbot.addWidget(pane)
    director = _credit(archive, "James Schamus", "Director")
    pane.show_record("crew", director.id)
    text = pane.toPlainText()
    assert "James Schamus — Director (inferred)" in text
    assert "television directorial debut" in text
    directors = next(d for d in archive.iter_records("disagreements")
                     if isinstance(d, Disagreement) and d.attribute == "directors")
    pane.show_record("disagreements", directors.id)
    text = pane.toPlainText()
    assert "James Schamus (inferred)" in text
    assert "Álvaro Curiel, Mariana Chenillo (inferred)" not in text
    killed = next(d for d in archive.iter_records("disagreements")
                  if isinstance(d, Disagreement) and d.attribute == "people killed")
    pane.show_record("disagreements", killed.id)
    assert "about 28 (official count)" in pane.toPlainText()


def test_a_search_result_marks_an_inferred_credit(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    with qtbot.waitSignal(window.search_panel.results_shown, timeout=10_000):
        qtbot.keyClicks(window.search_box, "Schamus director")
    model = window.search_panel.model
    titles = [str(model.index(r, c).data(Qt.ItemDataRole.DisplayRole))
              for r in range(model.rowCount()) for c in range(model.columnCount())]
    assert any("James Schamus — Director (inferred)" in t for t in titles), titles
    assert any("Director (inferred)" in t and "Creator" in t for t in titles), titles


def test_the_reader_opens_a_source_the_record_lists(window: MainWindow, qtbot: QtBot,
                                                    archive: Archive) -> None:
    """A credit's family name may be read from another source's spelling ("Maynée Cortés"
    in 002 for a credit 003 states): the reader opens the credit's own source."""
    by_file = {s.file: s.id for s in archive.sources()}
    for person, said in (("Maynné Cortés", "consultant"),
                         ("James Schamus", "television directorial debut")):
        credit = next(c for c in archive.iter_records("crew") if isinstance(c, CrewCredit)
                      and c.person == person and c.role_as_stated == said)
        listed = {by_file[f] for f in credit.sources}
        with qtbot.waitSignals([window.detail.record_shown, window.reader.spans_shown],
                               timeout=10_000):
            window.navigate("crew", credit.id)
        qtbot.waitUntil(lambda: window.reader.source_id is not None)
        assert window.reader.source_id in listed, (person, said)


def test_a_copied_row_keeps_the_inferred_mark(open_window: OpenWindow, qtbot: QtBot,
                                              archive_path: Path, archive: Archive) -> None:
    """Ctrl+C copies what the row shows: the inferred credit marked, a stated one not."""
    win = open_window(archive_path)
    director = _credit(archive, "James Schamus", "Director")
    curiel = _credit(archive, "Álvaro Curiel", "Director")
    for table, ids, key in (("crew", (director.id, curiel.id), "role"),
                            ("people", (director.person_id,), "roles")):
        model = shown_tab(win, qtbot, table).model
        rows = sorted(next(r for r in range(model.rowCount()) if model.record(r).id == i)
                      for i in ids)
        _header, *lines = model.rows_as_tsv(rows).splitlines()
        column = [c.key for c in model.spec.columns].index(key)
        cells = {model.record(row).id: line.split("\t")[column]
                 for row, line in zip(rows, lines, strict=True)}
        if table == "crew":
            assert cells == {director.id: "Director (inferred)", curiel.id: "Director"}
        else:
            roles = cells[director.person_id].split(", ")
            assert "Director (inferred)" in roles and "Creator" in roles


def test_a_column_is_sized_by_the_marked_text_its_cells_show(
        open_window: OpenWindow, qtbot: QtBot, archive_path: Path) -> None:
    """The tab fits a column to the text its first rows show (``first_texts``): for the crew's
    Role and a person's Roles that is the text with its "(inferred)" mark, not without."""
    win = open_window(archive_path)
    for table, key in (("crew", "role"), ("people", "roles")):
        model = shown_tab(win, qtbot, table).model
        column = [c.key for c in model.spec.columns].index(key)
        shown = [str(model.index(row, column).data()) for row in range(model.rowCount())]
        texts = model.first_texts(column, model.rowCount())
        assert any("(inferred)" in text for text in shown), table
        assert texts == shown[:len(texts)] and texts, table
