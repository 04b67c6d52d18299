"""Issue 28, item 7: names sort by surname where the record knows it, with a column to switch,
and the choice is remembered across restarts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.conftest import shown_tab
from tests.gui.headers import click_header, column, column_texts
from viewer.archive.store import Archive
from viewer.gui.reading.detail_pane import DetailPane
from viewer.gui.window.main_window import MainWindow
from viewer.gui.window.settings import ViewerSettings


def test_clicking_surname_sorts_people_by_family_name(qtbot: QtBot,
                                                      window: MainWindow) -> None:
    tab = shown_tab(window, qtbot, "people")
    names = column_texts(qtbot, tab, "Name")
    assert names.index("James Schamus") < names.index("Monika Revilla")  # by given name
    click_header(qtbot, tab, "Surname")
    names = column_texts(qtbot, tab, "Name")
    surnames = column_texts(qtbot, tab, "Surname")
    assert tab.model.sort_key == "surname"
    assert names.index("Monika Revilla") < names.index("James Schamus")
    assert surnames[names.index("James Schamus")] == "Schamus"
    # A double family name stays whole; a name whose form does not tell shows none.
    assert surnames[names.index("Victor Hernández Stumpfhauser")] == "Hernández Stumpfhauser"
    assert surnames[names.index("Mario Alberto Quiñones")] == ""
    # Accent- and case-blind, as every text column: "Álvaro Curiel" among the C's.
    assert names.index("Lisbi Cuéllar") < names.index("Álvaro Curiel") \
        < names.index("Tony Dalton")
    click_header(qtbot, tab, "Name")  # and back: the full name again
    names = column_texts(qtbot, tab, "Name")
    assert names.index("James Schamus") < names.index("Monika Revilla")


def test_cast_and_crew_sort_by_surname_too(qtbot: QtBot, window: MainWindow) -> None:
    cast = shown_tab(window, qtbot, "cast")
    click_header(qtbot, cast, "Surname")
    actors = column_texts(qtbot, cast, "Actor")
    assert actors.index("Mercedes Hernández") < actors.index("Jero Medina")
    crew = shown_tab(window, qtbot, "crew")
    click_header(qtbot, crew, "Surname")
    people = column_texts(qtbot, crew, "Person")
    assert people.index("Monika Revilla") < people.index("James Schamus") \
        < people.index("Ginger Thompson")


def test_the_name_sort_is_remembered_across_restarts(qtbot: QtBot, archive_path: Path,
                                                     settings: ViewerSettings) -> None:
    first = MainWindow(Archive.open(archive_path), settings)
    qtbot.addWidget(first)
    first.show()
    tab = shown_tab(first, qtbot, "people")
    click_header(qtbot, tab, "Surname")
    first.close()
    assert first.archive is not None
    first.archive.close()

    again = MainWindow(Archive.open(archive_path), settings)
    qtbot.addWidget(again)
    again.show()
    tab = shown_tab(again, qtbot, "people")
    header = tab.view.horizontalHeader()
    assert header.sortIndicatorSection() == column(tab, "Surname")
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    names = column_texts(qtbot, tab, "Name")
    assert names.index("Monika Revilla") < names.index("James Schamus")
    again.close()
    assert again.archive is not None
    again.archive.close()


def test_a_remembered_sort_by_a_column_no_longer_there_is_ignored(
        qtbot: QtBot, archive_path: Path, settings: ViewerSettings) -> None:
    settings.set_sort_order("people", "no_such_column", True)
    window = MainWindow(Archive.open(archive_path), settings)
    qtbot.addWidget(window)
    window.show()
    tab = shown_tab(window, qtbot, "people")
    assert tab.model.sort_key == tab.model.spec.default_sort
    window.close()
    assert window.archive is not None
    window.archive.close()


def test_the_detail_pane_says_where_a_surname_comes_from(qtbot: QtBot,
                                                         archive: Archive) -> None:
    pane = DetailPane(archive=archive)
    qtbot.addWidget(pane)
    people = {getattr(p, "name", ""): p.id for p in archive.iter_records("people")}
    pane.show_record("people", people["Victor Hernández Stumpfhauser"])
    text = pane.toPlainText()
    assert "Hernández Stumpfhauser" in text
    # The field by its label, as the pane names fields (translated with the rest, issue 32).
    assert "Surname: inferred — no source names Victor Hernández Stumpfhauser by family " \
           "name alone" in text
    pane.show_record("people", people["James Schamus"])
    assert "Surname: inferred" not in pane.toPlainText()


def test_the_surname_title_says_how_names_without_one_sort(qtbot: QtBot,
                                                           window: MainWindow) -> None:
    tab = shown_tab(window, qtbot, "people")
    tip = tab.model.headerData(column(tab, "Surname"), Qt.Orientation.Horizontal,
                               Qt.ItemDataRole.ToolTipRole)
    assert "family name, then given names" in tip and "by the whole name" in tip


def test_a_credit_s_surname_seed_is_shown_as_the_surname_s_passage_not_a_source(
        qtbot: QtBot, archive: Archive) -> None:
    """James Schamus' writing credit: the seed that says "Schamus explained" does not state
    it, so the header does not count it, but the pane still shows where the surname is read."""
    pane = DetailPane(archive=archive)
    qtbot.addWidget(pane)
    writer = next(c for c in archive.iter_records("crew")
                  if getattr(c, "person", "") == "James Schamus"
                  and getattr(c, "role", "") == "Writer")
    [span] = [s for s in archive.provenance("crew", writer.id) if s.field == "surname"]
    assert span.source_file not in getattr(writer, "sources", ())
    pane.show_record("crew", writer.id)
    text = pane.toPlainText()
    n = len(getattr(writer, "sources", ()))
    assert f"stated by {n} sources" in text
    assert f"{span.source_title} · Surname" in text
