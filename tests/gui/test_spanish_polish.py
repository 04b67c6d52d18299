"""The Spanish window, polished where a researcher found English or cut text (review R1, item 8):
the search results' Match column says the archive's words in Spanish as the Record column
does, the timeline writes its dates in Spanish and keeps its legend in sight, the search
summary is readable beside its button at 800x600, and the Claims tab finds a claim about an
episode by the Spanish word. The English window is unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QToolButton
from pytestqt.qtbot import QtBot

from tests.gui.conftest import OpenWindow
from tests.gui.test_spanish_vocabulary_filter import _filtered, _sorted, _spanish_order, _tab
from tests.gui.test_views import shown
from viewer.annotations.model import Annotation, new_id, now
from viewer.archive.records.statements import Claim
from viewer.archive.store import Archive
from viewer.archive.topics import episode_of
from viewer.gui.charts.chart_view import ChartView
from viewer.gui.tables.models import SearchResultsModel, SnippetRole
from viewer.gui.window.main_window import MainWindow


def _search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.search_box.clear()
    with qtbot.waitSignal(window.search_panel.results_shown, timeout=10_000):
        qtbot.keyClicks(window.search_box, text)


def _results(window: MainWindow) -> list[tuple[str, str]]:
    """Each result's Record column and its Match column's snippet (``<b>`` marks matches)."""
    model = window.search_panel.model
    return [(model.data(model.index(row, 1)),
             model.data(model.index(row, SearchResultsModel.SNIPPET_COLUMN), SnippetRole))
            for row in range(model.rowCount())]


# -- the Match column -----------------------------------------------------------------------

def test_the_spanish_match_column_shows_a_role_as_the_record_column_does(
        spanish: None, open_window: OpenWindow, qtbot: QtBot, archive_path: Path) -> None:
    window = open_window(archive_path, size=(1600, 1000))
    _search(qtbot, window, "schamu")
    results = dict(_results(window))
    assert results["James Schamus — Guionista"] == "James <b>Schamus</b> — Guionista"
    assert results["James Schamus — Productor ejecutivo"] == \
        "James <b>Schamus</b> — Productor ejecutivo"
    # A quote's role is the source's words: it stays as the source wrote it.
    assert any(snippet == "James <b>Schamus</b> (series creator and executive producer)"
               for _title, snippet in _results(window))
    # Searched by the stored English word, the translated word is the match.
    _search(qtbot, window, "writer")
    results = dict(_results(window))
    assert results["James Schamus — Guionista"] == "James Schamus — <b>Guionista</b>"
    # A person's roles, listed in the person's text, are canonical roles too.
    # (The encyclopedia's "television directorial debut" adds Director, the same in Spanish.)
    assert results["James Schamus"].startswith("Creador, Productor ejecutivo, <b>Guionista</b>")
    # What a source's crew list says ("Teleplay by") is its own.
    assert "Teleplay by" in results["Monika Revilla — Guionista"]


def test_the_spanish_match_column_keeps_a_name_highlighted_in_a_translated_title(
        spanish: None, open_window: OpenWindow, qtbot: QtBot, archive_path: Path) -> None:
    """The connecting word of a cast title is translated ("como"), and the match in the
    character's name after it is still on the name."""
    window = open_window(archive_path, size=(1600, 1000))
    _search(qtbot, window, "Benjamin")
    assert dict(_results(window))["Jero Medina como Benjamín"] == \
        "Jero Medina como <b>Benjamín</b>"
    _search(qtbot, window, "massacre killed")
    assert dict(_results(window))["La masacre, personas asesinadas: 300 · 28"] == \
        "<b>La masacre</b>, <b>personas asesinadas</b>: 300 · 28"


def test_the_english_match_column_is_unchanged(open_window: OpenWindow, qtbot: QtBot,
                                               archive_path: Path) -> None:
    window = open_window(archive_path, size=(1600, 1000))
    _search(qtbot, window, "writer")
    results = dict(_results(window))
    assert results["James Schamus — Writer"] == "James Schamus — <b>Writer</b>"
    assert results["James Schamus"].startswith("Creator, Executive Producer, <b>Writer</b>, ")


# -- the timeline -----------------------------------------------------------------------------

def _texts(chart: ChartView) -> list[QGraphicsSimpleTextItem]:
    return [i for i in chart.scene().items() if isinstance(i, QGraphicsSimpleTextItem)]


def _timeline(window: MainWindow, qtbot: QtBot) -> ChartView:
    window.tabs.setCurrentWidget(window.views_tab)
    qtbot.waitUntil(lambda: not window.views_tab.is_busy())
    return shown(window.views_tab, qtbot, "timeline")


def test_the_spanish_timeline_writes_its_dates_in_spanish(
        spanish: None, open_window: OpenWindow, qtbot: QtBot, archive_path: Path) -> None:
    chart = _timeline(open_window(archive_path, size=(1600, 1000)), qtbot)
    labels = {item.text() for item in _texts(chart)}
    for label in ("marzo de 2011 · artículo explicativo",
                  "18 de marzo de 2011 · página de enciclopedia",
                  "finales de 2019 · página de enciclopedia",
                  "30 de junio de 2021 · página de enciclopedia",
                  "30 de junio (año 2021 inferido) · nota informativa",
                  "25 de mayo de 2021 · página de enciclopedia"):
        assert label in labels
    english = [t for t in labels for word in ("March", "June", "late ", "August", "May ")
               if word in t]
    assert not english


def test_the_english_timeline_labels_dates_as_the_sources_state_them(
        open_window: OpenWindow, qtbot: QtBot, archive_path: Path) -> None:
    chart = _timeline(open_window(archive_path, size=(1600, 1000)), qtbot)
    labels = {item.text() for item in _texts(chart)}
    assert {"late 2019 · encyclopedia page", "March 18, 2011 · encyclopedia page",
            "30 June 2021 · encyclopedia page",
            "June 30 (year 2021 inferred) · news item"} <= labels


def _legend_in_sight(chart: ChartView) -> list[str]:
    """The legend's texts that end past what the view shows of the chart without scrolling
    sideways (the legend is everything below the lowest mark)."""
    bottom = max(mark.sceneBoundingRect().bottom() for mark in chart.marks())
    room = chart.room()
    return [item.text() for item in _texts(chart)
            if item.sceneBoundingRect().top() > bottom
            and item.sceneBoundingRect().right() > room + 1]


@pytest.mark.parametrize("size", [(1600, 1000), (800, 600)])
def test_the_spanish_timeline_legend_fits_the_view(
        spanish: None, open_window: OpenWindow, qtbot: QtBot, archive_path: Path,
        size: tuple[int, int]) -> None:
    chart = _timeline(open_window(archive_path, size=size), qtbot)
    assert _legend_in_sight(chart) == []


@pytest.mark.parametrize("size", [(1600, 1000), (800, 600)])
def test_the_english_timeline_legend_fits_the_view(
        open_window: OpenWindow, qtbot: QtBot, archive_path: Path,
        size: tuple[int, int]) -> None:
    chart = _timeline(open_window(archive_path, size=size), qtbot)
    assert _legend_in_sight(chart) == []


# -- the search summary -----------------------------------------------------------------------

def test_the_spanish_search_summary_is_readable_beside_its_button_at_800x600(
        spanish: None, open_window: OpenWindow, qtbot: QtBot, archive_path: Path) -> None:
    window = open_window(archive_path, size=(800, 600))
    stamp = now()
    store = window.annotator.book.store
    assert store is not None
    store.save([Annotation(id=new_id(), kind="record", record_table="people", record_id=1,
                           note=f"Chenillo {n}", created=stamp, modified=stamp)
                for n in range(3)])
    _search(qtbot, window, "chenillo")
    panel = window.search_panel
    summary = panel.summary
    qtbot.waitUntil(lambda: "anotaciones" in summary.text())
    qtbot.waitUntil(lambda: summary.height() >= summary.heightForWidth(summary.width()))
    button = panel.findChild(QToolButton, "closeSearchButton")
    assert button is not None and summary.geometry().right() < button.geometry().left()
    needed = QFontMetrics(summary.font()).boundingRect(
        QRect(0, 0, summary.width(), 10_000), int(Qt.TextFlag.TextWordWrap), summary.text())
    assert needed.width() <= summary.width() and needed.height() <= summary.height()


# -- a claim about an episode -----------------------------------------------------------------

def test_the_spanish_claims_tab_finds_and_sorts_a_claim_about_an_episode_by_episodio(
        spanish: None, open_window: OpenWindow, qtbot: QtBot, archive_path: Path,
        archive: Archive) -> None:
    claims = [c for c in archive.iter_records("claims") if isinstance(c, Claim)]
    about_episodes = {c.id for c in claims if episode_of(c.subject) is not None}
    assert len(about_episodes) >= 6
    tab = _tab(open_window(archive_path), qtbot, "claims")
    _filtered(tab, qtbot, "episodio 3")
    found = {tab.model.record(row).id for row in range(tab.model.rowCount())}
    assert found and all(episode_of(archive.get("claims", i).subject) == 3  # type: ignore[union-attr]
                         for i in found)
    assert found == {c.id for c in claims if c.subject == "episode 3"}
    _filtered(tab, qtbot, "episodio")
    found = {tab.model.record(row).id for row in range(tab.model.rowCount())}
    assert about_episodes <= found
    _filtered(tab, qtbot, "")
    _sorted(tab, qtbot, "subject")
    column = [c.key for c in tab.model.spec.columns].index("subject")
    for row in range(tab.model.rowCount()):  # rows beyond the first page are read as asked for
        tab.model.want_row(row)
        qtbot.waitUntil(lambda r=row: tab.model.id_in_memory(r) is not None)
    shown_subjects = list(dict.fromkeys(
        tab.model.data(tab.model.index(row, column)) for row in range(tab.model.rowCount())))
    assert "episodio 3" in shown_subjects
    assert shown_subjects == _spanish_order(shown_subjects)
