"""A tab's filter and sort in the window's language: the Spanish window shows the archive's own
words translated (fact labels, claims' subjects and attributes, canonical roles, kinds), so its
filter finds a row by the words it shows as well as by the stored ones, and a sort by such a
column follows the shown words in Spanish order. The English window, the CLI and the exports
read the stored words, as they always have."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCollator, QLocale, Qt
from pytestqt.qtbot import QtBot

from tests.gui.conftest import OpenWindow
from tests.gui.test_spanish_roles import _column, _source_words
from viewer.archive.export import export_parts
from viewer.archive.records.credits import CrewCredit
from viewer.archive.records.statements import Fact
from viewer.archive.store import Archive
from viewer.gui import archive_words
from viewer.gui.tables.export_request import request_for_tab
from viewer.gui.window.main_window import MainWindow

#: The facts whose Spanish label says "muertos": the estimates, the official count and the
#: counts of the dead and the missing together ("Muertos o desaparecidos, …").
DEATH_TOLLS = ("death_toll", "official_death_toll", "dead_or_missing")


def _tab(win: MainWindow, qtbot: QtBot, table: str):  # type: ignore[no-untyped-def]
    tab = win.record_tab(table)
    win.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.is_busy())
    return tab


def _filtered(tab, qtbot: QtBot, text: str) -> None:  # type: ignore[no-untyped-def]
    tab.filter.setText(text)
    tab.apply_filter()
    qtbot.waitUntil(lambda: not tab.is_busy())


def _sorted(tab, qtbot: QtBot, key: str,  # type: ignore[no-untyped-def]
            order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
    column = [c.key for c in tab.model.spec.columns].index(key)
    tab.view.sortByColumn(column, order)
    qtbot.waitUntil(lambda: not tab.is_busy() and tab.model.sort_key == key)


def _spanish_order(words: list[str]) -> list[str]:
    collator = QCollator(QLocale("es_MX"))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    keys = {word: collator.sortKey(word) for word in words}
    out: list[str] = []
    for word in words:  # an insertion sort: a sort key compares only with its own kind
        at = next((i for i, other in enumerate(out) if keys[word].compare(keys[other]) < 0),
                  len(out))
        out.insert(at, word)
    return out


def test_the_spanish_facts_tab_finds_the_death_tolls_by_muertos(
        spanish: None, open_window: OpenWindow, qtbot: QtBot, archive_path: Path,
        archive: Archive) -> None:
    death_tolls = [f for f in archive.iter_records("facts")
                   if isinstance(f, Fact) and f.topic in DEATH_TOLLS]
    assert len(death_tolls) >= 9
    tab = _tab(open_window(archive_path), qtbot, "facts")
    _filtered(tab, qtbot, "muertos")
    # The rows of the third label come with the next page the view asks for.
    qtbot.waitUntil(lambda: tab.model.rowCount() == len(death_tolls))
    assert {tab.model.record(row).id for row in range(tab.model.rowCount())} == {
        f.id for f in death_tolls}
    assert set(_column(tab, "label")) == {"Estimación de muertos", "Cifra oficial de muertos",
                                          "Muertos o desaparecidos, en una sola cifra"}
    assert tab.status_text().startswith(f"{len(death_tolls)} de ")
    # Two shown words, accents left out as typed; the stored English words still find them.
    _filtered(tab, qtbot, "estimacion muertos")
    assert set(_column(tab, "label")) == {"Estimación de muertos"}
    _filtered(tab, qtbot, "death toll")
    qtbot.waitUntil(lambda: tab.model.rowCount() == len(death_tolls) - 3)  # no "death toll"


def test_the_spanish_facts_tab_sorts_by_the_shown_fact_in_spanish_order(
        spanish: None, open_window: OpenWindow, qtbot: QtBot, archive_path: Path) -> None:
    tab = _tab(open_window(archive_path), qtbot, "facts")
    assert tab.model.sort_key == "label"  # the tab's own order: by the fact, as shown
    shown = list(dict.fromkeys(_column(tab, "label")))
    assert len(shown) > 20 and shown == _spanish_order(shown)
    # "Índice …" among the I's, "Número …" among the N's: accents fold as a reader expects.
    assert (shown.index("Inicio de la masacre") - 1
            == shown.index("Índice de aprobación de las reseñas (%)"))
    assert shown[0].startswith("Actores no profesionales") \
        and shown[-1] == "Sicarios del cártel en el ataque"
    _sorted(tab, qtbot, "label", Qt.SortOrder.DescendingOrder)
    assert list(dict.fromkeys(_column(tab, "label"))) == shown[::-1]


def test_the_spanish_crew_tab_sorts_by_the_shown_role(
        spanish: None, open_window: OpenWindow, qtbot: QtBot, archive_path: Path,
        archive: Archive) -> None:
    tab = _tab(open_window(archive_path), qtbot, "crew")
    _sorted(tab, qtbot, "role")
    shown = list(dict.fromkeys(_column(tab, "role")))
    crew = [c for c in archive.iter_records("crew") if isinstance(c, CrewCredit)]
    said = sorted({c.role for c in crew if _source_words(c)} - archive_words.ROLES,
                  key=str.casefold)
    # The canonical roles in Spanish order, then the roles the sources state in their own
    # words (shown as they state them), in their own order.
    assert said and shown[-len(said):] == said
    assert shown[:-len(said)] == _spanish_order(shown[:-len(said)])
    assert shown.index("Diseñador de vestuario") < shown.index("Guionista")
    _filtered(tab, qtbot, "guionista")
    assert set(_column(tab, "role")) == {"Guionista"}
    assert tab.model.rowCount() == sum(c.role == "Writer" for c in crew)


def test_the_english_window_filters_and_sorts_the_stored_words(
        open_window: OpenWindow, qtbot: QtBot, archive_path: Path, archive: Archive) -> None:
    tab = _tab(open_window(archive_path), qtbot, "facts")
    assert tab.model.pager.shown is None
    stored = [f.label for f in archive.iter_records("facts", sort="label")
              if isinstance(f, Fact)]
    assert _column(tab, "label") == stored
    _filtered(tab, qtbot, "muertos")
    assert tab.model.rowCount() == 0
    _filtered(tab, qtbot, "death toll")
    assert set(_column(tab, "label")) == {"Death toll estimate", "Official death toll"}


def test_exporting_a_spanish_tabs_matching_rows_writes_those_shown(
        spanish: None, open_window: OpenWindow, qtbot: QtBot, archive_path: Path,
        archive: Archive, tmp_path: Path) -> None:
    tab = _tab(open_window(archive_path), qtbot, "facts")
    _filtered(tab, qtbot, "muertos")
    request = request_for_tab(tab)
    assert request.matching == tab.model.rowCount() >= 9
    [report] = export_parts(archive, request.parts(tmp_path / "facts.csv", selected=False),
                            "csv")
    assert report.count == request.matching
    text = (tmp_path / "facts.csv").read_text(encoding="utf-8-sig")
    # The file keeps the archive's words, in the order the tab showed them.
    assert "Death toll estimate" in text and "muertos" not in text
    assert text.index("Official death toll") < text.index("Death toll estimate")
