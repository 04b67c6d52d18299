"""The Views tab over the real archive: charts drawn from its records, marks that navigate,
colours that read in light and dark palettes, charts saved as PNG and SVG."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractGraphicsShapeItem,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
)
from pytestqt.qtbot import QtBot

from viewer.archive.dates import fact_date
from viewer.archive.records.credits import CastCredit, CrewCredit
from viewer.archive.records.statements import Fact
from viewer.archive.records.story import Storyline
from viewer.archive.store import Archive
from viewer.gui.charts.chart_view import KIND_KEY, LABEL_KEY, ChartView, contrast
from viewer.gui.charts.views_tab import ViewsTab
from viewer.gui.window.main_window import MainWindow
from viewer.gui.window.settings import ViewerSettings

LEFT = Qt.MouseButton.LeftButton


def dark_palette() -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    for r, color in ((role.Window, "#2b2d30"), (role.WindowText, "#dfe1e5"),
                     (role.Base, "#1e1f22"), (role.AlternateBase, "#26282b"),
                     (role.Text, "#dfe1e5"), (role.Button, "#34363a"),
                     (role.ButtonText, "#dfe1e5"), (role.Highlight, "#2f65ca"),
                     (role.HighlightedText, "#ffffff"), (role.PlaceholderText, "#8c8f94")):
        palette.setColor(r, QColor(color))
    return palette


@pytest.fixture
def views(window: MainWindow, qtbot: QtBot) -> ViewsTab:
    window.tabs.setCurrentWidget(window.views_tab)
    qtbot.waitUntil(lambda: not window.views_tab.is_busy())
    return window.views_tab


def shown(views: ViewsTab, qtbot: QtBot, key: str) -> ChartView:
    """A chart of the Views tab, brought into view and read."""
    chart = views.show_chart(key)
    qtbot.waitUntil(lambda: not views.is_busy() and chart.data is not None)
    qtbot.waitUntil(lambda: not chart.is_drawing())
    return chart


def click(qtbot: QtBot, chart: ChartView, item) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(chart.viewport(), LEFT, pos=chart.item_center(item))


def shows(window: MainWindow, table: str, record_id: int) -> bool:
    record = window.detail.record
    return window.detail.table == table and record is not None and record.id == record_id


def records(chart: ChartView, kind: str | None = None) -> list[tuple[str, int]]:
    return [chart.record_of(i) for i in (chart.marks() if kind is None
                                          else chart.tagged_items(kind))]


# -- built from the archive ---------------------------------------------------------------


def test_the_views_tab_has_its_three_charts(window: MainWindow, views: ViewsTab) -> None:
    assert window.tabs.tabText(window.tabs.indexOf(views)) == "Views"
    names = {views.tabs.widget(i).objectName(): views.tabs.tabText(i)
             for i in range(views.tabs.count())}
    assert names == {"timelineView": "Timeline", "creditsMatrixView": "Credits Matrix",
                     "storylineMapView": "Storyline Map"}
    assert all(views.tabs.widget(i).accessibleName() for i in range(views.tabs.count()))


def test_the_timeline_has_a_mark_for_every_dated_fact(views: ViewsTab, qtbot: QtBot,
                                                      archive: Archive) -> None:
    chart = shown(views, qtbot, "timeline")
    dated = [f for f in archive.iter_records("facts")
             if isinstance(f, Fact) and fact_date(f.topic, f.value) is not None]
    assert len(chart.marks()) == len(dated) == 16
    assert sorted(records(chart)) == sorted(("facts", f.id) for f in dated)


def test_a_date_sources_state_differently_shows_once_per_source(
        views: ViewsTab, qtbot: QtBot, archive: Archive) -> None:
    chart = shown(views, qtbot, "timeline")
    for topic in ("massacre_date", "premiere_date"):
        facts = {f.id: f for f in archive.iter_records("facts")
                 if isinstance(f, Fact) and f.topic == topic}
        marks = [m for m in chart.marks() if chart.record_of(m)[1] in facts]
        assert len(marks) == len(facts) == 3
        assert len({facts[chart.record_of(m)[1]].value for m in marks}) == 2
        assert len({round(m.sceneBoundingRect().top()) for m in marks}) == 3  # no overlap


def test_a_day_stated_without_a_year_is_drawn_dashed(views: ViewsTab, qtbot: QtBot,
                                                     archive: Archive) -> None:
    chart = shown(views, qtbot, "timeline")
    for mark in chart.marks():
        fact = archive.get("facts", chart.record_of(mark)[1])
        assert isinstance(fact, Fact) and isinstance(mark, QAbstractGraphicsShapeItem)
        yearless = fact.value == "June 30"
        assert (mark.pen().style() == Qt.PenStyle.DashLine) == yearless
        assert "inferred" in str(mark.toolTip() + _label(mark)) or not yearless


def _label(item) -> str:  # type: ignore[no-untyped-def]
    return " ".join(c.text() for c in item.childItems() if isinstance(c, QGraphicsSimpleTextItem))


def test_the_matrix_has_a_cell_per_episode_credit(views: ViewsTab, qtbot: QtBot,
                                                  archive: Archive) -> None:
    chart = shown(views, qtbot, "credits")
    crew = {c.id: c for c in archive.iter_records("crew") if isinstance(c, CrewCredit)}
    cells = records(chart)
    assert len(cells) == sum(len(c.episodes) for c in crew.values()) == 12
    assert Counter(crew[i].role for _t, i in cells) == {"Director": 6, "Writer": 6}
    assert {t for t, _i in cells} == {"crew"}
    assert len(chart.tagged_items("episode")) == 6


def test_the_storyline_map_has_a_node_per_storyline_character_and_actor(
        views: ViewsTab, qtbot: QtBot, archive: Archive) -> None:
    chart = shown(views, qtbot, "storylines")
    storylines = [s for s in archive.iter_records("storylines") if isinstance(s, Storyline)]
    named = {n for s in storylines for n in s.characters}
    actors = {c.person_id for c in archive.iter_records("cast")
              if isinstance(c, CastCredit) and c.character in named}
    nodes = Counter(t for t, _i in records(chart))
    assert nodes == {"storylines": len(storylines), "characters": len(named),
                     "people": len(actors)}
    assert len(chart.marks()) == 7 + 17 + 17


def _year_width(chart: ChartView) -> float:
    """How far apart the axis puts 2017 and 2018 (the seeds' timeline has both)."""
    x = {item.text(): item.sceneBoundingRect().center().x() for item in chart.scene().items()
         if isinstance(item, QGraphicsSimpleTextItem) and item.text() in ("2017", "2018")}
    return x["2018"] - x["2017"]


def _settled(chart: ChartView) -> bool:
    """No redraw pending after a resize, and none under way."""
    return not chart._refit.isActive() and not chart.is_drawing()


def test_the_timeline_fits_its_years_to_the_view_and_again_when_resized(
        window: MainWindow, views: ViewsTab, qtbot: QtBot) -> None:
    """At full width the seeds' axis (2011, the folded 2012–16, 2017–2021) needs 880 px, more
    than the pane beside the detail side has in the default window: the years are drawn
    narrower so that the premiere is in sight without scrolling, down to a minimum past
    which the chart scrolls; drawn again, at full width, when the window grows."""
    from viewer.gui.charts.timeline_view import MIN_YEAR_WIDTH, YEAR_WIDTH

    window.resize(1320, 820)
    chart = shown(views, qtbot, "timeline")
    qtbot.waitUntil(lambda: _settled(chart))
    assert chart.viewport().width() < 880
    assert MIN_YEAR_WIDTH < round(_year_width(chart)) < YEAR_WIDTH
    assert chart.horizontalScrollBar().maximum() == 0  # every year in sight

    with qtbot.waitSignal(chart.drawn):
        window.resize(2200, 820)
    qtbot.waitUntil(lambda: _settled(chart))
    assert round(_year_width(chart)) == YEAR_WIDTH
    assert chart.horizontalScrollBar().maximum() == 0

    with qtbot.waitSignal(chart.drawn):
        window.resize(900, 820)
    qtbot.waitUntil(lambda: _settled(chart))
    assert round(_year_width(chart)) == MIN_YEAR_WIDTH
    assert chart.horizontalScrollBar().maximum() > 0  # narrower than that, it scrolls


def test_the_credits_matrix_fits_its_episodes_to_the_view_and_again_when_resized(
        window: MainWindow, views: ViewsTab, qtbot: QtBot) -> None:
    """The seeds' six episode columns needed 850 px at full width: the sixth was out of
    sight in the default window."""
    from viewer.gui.charts.credits_matrix_view import COLUMN_WIDTH, MIN_COLUMN_WIDTH

    def column_width() -> float:
        xs = sorted(i.sceneBoundingRect().x() for i in chart.tagged_items("episode"))
        assert len(xs) == 6
        return xs[1] - xs[0]

    window.resize(1320, 820)
    chart = shown(views, qtbot, "credits")
    qtbot.waitUntil(lambda: _settled(chart))
    assert MIN_COLUMN_WIDTH < round(column_width()) < COLUMN_WIDTH
    assert chart.horizontalScrollBar().maximum() == 0
    with qtbot.waitSignal(chart.drawn):
        window.resize(2200, 820)
    assert round(column_width()) == COLUMN_WIDTH


def test_the_readme_says_how_narrow_the_charts_get_and_that_they_scroll_past_that() -> None:
    """It said the charts narrow to fit the pane: at 800x600 the timeline shows 2011-2017
    and scrolls, as the test above has it do below its minimum year width."""
    from viewer.gui.charts.credits_matrix_view import MIN_COLUMN_WIDTH
    from viewer.gui.charts.timeline_view import MIN_YEAR_WIDTH

    readme = Path(__file__).resolve().parents[2] / "README.md"
    text = " ".join(readme.read_text(encoding="utf-8").split())
    assert (f"no narrower than {MIN_YEAR_WIDTH:.0f} px a year and {MIN_COLUMN_WIDTH:.0f} px an "
            "episode") in text
    assert "scrolls sideways" in text


# -- navigation ---------------------------------------------------------------------------


def test_clicking_a_timeline_mark_shows_its_fact_and_back_returns(
        window: MainWindow, views: ViewsTab, qtbot: QtBot) -> None:
    chart = shown(views, qtbot, "timeline")
    first, second = chart.marks()[0], chart.marks()[-1]
    click(qtbot, chart, first)
    qtbot.waitUntil(lambda: shows(window, *chart.record_of(first)))
    click(qtbot, chart, second)
    qtbot.waitUntil(lambda: shows(window, *chart.record_of(second)))
    assert window.detail.passages, "the fact's source span is shown with it"
    window.go_back()
    qtbot.waitUntil(lambda: shows(window, *chart.record_of(first)))
    window.go_forward()
    qtbot.waitUntil(lambda: shows(window, *chart.record_of(second)))


def test_clicking_a_mark_label_shows_the_mark_record(window: MainWindow, views: ViewsTab,
                                                    qtbot: QtBot) -> None:
    chart = shown(views, qtbot, "timeline")
    mark = chart.marks()[2]
    label = next(c for c in mark.childItems() if isinstance(c, QGraphicsSimpleTextItem))
    chart.ensureVisible(label)
    qtbot.mouseClick(chart.viewport(), LEFT,
                     pos=chart.mapFromScene(label.sceneBoundingRect().center()))
    qtbot.waitUntil(lambda: shows(window, *chart.record_of(mark)))


def test_clicking_a_matrix_cell_shows_its_crew_credit(window: MainWindow, views: ViewsTab,
                                                      qtbot: QtBot) -> None:
    chart = shown(views, qtbot, "credits")
    cell = chart.marks()[-1]
    click(qtbot, chart, cell)
    qtbot.waitUntil(lambda: shows(window, *chart.record_of(cell)))
    assert window.detail.table == "crew"


def test_clicking_a_storyline_node_shows_the_storyline(window: MainWindow, views: ViewsTab,
                                                       qtbot: QtBot) -> None:
    chart = shown(views, qtbot, "storylines")
    node = chart.tagged_items("node")[-1]
    click(qtbot, chart, node)
    qtbot.waitUntil(lambda: shows(window, *chart.record_of(node)))


def test_clicking_empty_space_changes_nothing(window: MainWindow, views: ViewsTab,
                                              qtbot: QtBot) -> None:
    chart = shown(views, qtbot, "credits")
    before = window.history.current
    qtbot.mouseClick(chart.viewport(), LEFT, pos=QPoint(2, 2))
    assert window.history.current == before


def test_arrow_keys_and_enter_open_a_mark(window: MainWindow, views: ViewsTab,
                                          qtbot: QtBot) -> None:
    chart = shown(views, qtbot, "storylines")
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)  # the first mark is in focus as the chart takes it
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    target = chart.tagged_items()[1]
    qtbot.waitUntil(lambda: shows(window, *chart.record_of(target)))


def test_copy_with_the_views_tab_in_view_says_nothing_is_selected(
        window: MainWindow, views: ViewsTab, qtbot: QtBot) -> None:
    views.current_chart().setFocus()
    qtbot.waitUntil(lambda: views.current_chart().hasFocus())
    window.copy_selection()
    assert "Nothing is selected" in window.statusBar().currentMessage()
    assert window.current_tab() is None
    assert window.count_label.text()  # what the chart shows, not an empty status


# -- palettes -----------------------------------------------------------------------------


def _ground(chart: ChartView, item: QGraphicsSimpleTextItem) -> QColor:
    """What a label is drawn on: the shape it sits inside, or the chart's background."""
    parent = item.parentItem()
    if (isinstance(parent, QAbstractGraphicsShapeItem)
            and parent.sceneBoundingRect().contains(item.sceneBoundingRect().center())
            and parent.brush().style() != Qt.BrushStyle.NoBrush):
        return parent.brush().color()
    return chart.scene().backgroundBrush().color()


@pytest.mark.parametrize("key", ["timeline", "credits", "storylines"])
@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_label_reads_on_its_ground(views: ViewsTab, qtbot: QtBot, key: str,
                                         dark: bool) -> None:
    chart = shown(views, qtbot, key)
    if dark:
        chart.setPalette(dark_palette())
        qtbot.waitUntil(lambda: not chart.is_drawing())
    background = chart.scene().backgroundBrush().color()
    assert (background.lightness() < 80) == dark
    texts = [i for i in chart.scene().items() if isinstance(i, QGraphicsSimpleTextItem)]
    assert texts
    for text in texts:
        ratio = contrast(text.brush().color(), _ground(chart, text))
        assert ratio >= 4.5, f"{text.text()!r}: contrast {ratio:.1f}"
    for text in (i for i in chart.scene().items() if isinstance(i, QGraphicsTextItem)):
        assert contrast(text.defaultTextColor(), background) >= 4.5


def test_a_palette_change_redraws_with_the_same_marks(views: ViewsTab, qtbot: QtBot) -> None:
    chart = shown(views, qtbot, "timeline")
    before = records(chart)
    chart.setPalette(dark_palette())
    assert records(chart) == before
    assert chart.scene().backgroundBrush().color() == QColor("#1e1f22")


# -- saving -------------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["timeline", "credits", "storylines"])
def test_a_chart_saves_as_png_and_svg(views: ViewsTab, qtbot: QtBot, tmp_path: Path,
                                      key: str) -> None:
    chart = shown(views, qtbot, key)
    chart.save_image(tmp_path / "chart.png", "png")
    chart.save_image(tmp_path / "chart.svg", "svg")
    image = QImage(str(tmp_path / "chart.png"))
    assert not image.isNull()
    assert image.width() >= chart.scene().sceneRect().width()  # the whole chart, not the view
    root = ET.parse(tmp_path / "chart.svg").getroot()
    assert root.tag.endswith("svg")
    words = " ".join(t.text or "" for t in root.iter() if t.tag.endswith("text"))
    first = chart.marks()[0].data(3)
    assert str(first).split(":")[0].split(" ")[0] in words
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.png", "chart.svg"]


def test_save_buttons_ask_where_and_write_there(views: ViewsTab, qtbot: QtBot,
                                                tmp_path: Path) -> None:
    chart = shown(views, qtbot, "credits")
    views.save_buttons["svg"].click()
    dialog = chart.file_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.selectedFiles()[0].endswith("somos-credits-matrix.svg")
    dialog.fileSelected.emit(str(tmp_path / "matrix.svg"))
    dialog.close()
    assert ET.parse(tmp_path / "matrix.svg").getroot().tag.endswith("svg")


def test_a_save_that_fails_says_why_and_leaves_nothing(views: ViewsTab, qtbot: QtBot,
                                                      tmp_path: Path) -> None:
    chart = shown(views, qtbot, "timeline")
    missing = tmp_path / "no such folder" / "timeline.png"
    chart.file_dialog = None
    chart._save_chosen(missing, "png")
    assert chart.last_error is not None and chart.last_error.isVisible()
    assert "could not be written" in chart.last_error.text()
    chart.last_error.close()
    assert not missing.parent.exists()


# -- state --------------------------------------------------------------------------------


def test_the_views_tab_is_remembered_as_the_last_tab(
        window: MainWindow, views: ViewsTab, qtbot: QtBot, archive_path: Path,
        settings: ViewerSettings) -> None:
    views.show_chart("storylines")
    window.close()
    again = MainWindow(Archive.open(archive_path), settings)
    qtbot.addWidget(again)
    try:
        assert again.tabs.currentWidget() is again.views_tab
        assert again.current_tab() is None
    finally:
        again.close()
        assert again.archive is not None
        again.archive.close()


def test_opening_another_archive_reads_the_charts_again(
        window: MainWindow, views: ViewsTab, qtbot: QtBot, archive_path: Path) -> None:
    chart = shown(views, qtbot, "timeline")
    assert window.open_archive(archive_path)
    assert chart.data is None and not chart.marks()  # the old archive's chart is gone
    window.tabs.setCurrentWidget(views)
    qtbot.waitUntil(lambda: not views.is_busy() and chart.data is not None)
    assert len(chart.marks()) == 16


# -- cases the seeds do not have ----------------------------------------------------------


def _fact(fact_id: int, topic: str, value: str) -> Fact:
    return Fact(fact_id, topic, topic.replace("_", " ").capitalize(), value, value, value,
                "x.txt", ("x.txt",))


def test_a_day_no_source_gives_a_year_for_goes_in_its_own_lane(qtbot: QtBot) -> None:
    from viewer.archive.charts import TimelineEvent
    from viewer.archive.dates import StatedDate
    from viewer.gui.charts.timeline_view import TimelineView

    chart = TimelineView()
    qtbot.addWidget(chart)
    stated = TimelineEvent(_fact(1, "premiere_date", "2021-06-30"), 1, "A", "news",
                           StatedDate(2021, 6, 30), StatedDate(2021, 6, 30))
    yearless = TimelineEvent(_fact(2, "wrap_party", "July 4"), 1, "A", "news",
                             StatedDate(None, 7, 4), None)
    chart.set_data([stated, yearless])
    assert len(chart.marks()) == 2
    texts = [i.text() for i in chart.scene().items() if isinstance(i, QGraphicsSimpleTextItem)]
    assert "Year not stated" in texts
    assert "not placed" in chart.marks()[1].toolTip()


def test_a_character_in_two_storylines_is_drawn_once_with_two_curves(qtbot: QtBot) -> None:
    from viewer.archive.charts import StorylineMap
    from viewer.archive.records.story import Character
    from viewer.gui.charts.storyline_map_view import StorylineMapView

    chart = StorylineMapView()
    qtbot.addWidget(chart)
    one = Storyline(1, 1, "One", ("Ana",), "", ())
    two = Storyline(2, 2, "Two", ("Ana", "Luis"), "", ())
    ana = Character(10, "Ana", ("Actor A",), ("One", "Two"), None, ())
    luis = Character(11, "Luis", ("Actor A",), ("Two",), None, ())
    cast = (CastCredit(20, 100, "Actor A", 10, "Ana", True, ()),
            CastCredit(21, 100, "Actor A", 11, "Luis", True, ()))
    chart.set_data(StorylineMap((one, two), (ana, luis), ((1, 10), (2, 10), (2, 11)), cast))
    assert Counter(t for t, _i in records(chart)) == {"storylines": 2, "characters": 2,
                                                       "people": 1}
    curves = [i for i in chart.scene().items() if i.type() == 2]  # QGraphicsPathItem
    assert len(curves) == 3 + 2  # storyline → character, character → actor


# -- drawing a large chart ------------------------------------------------------------------


def _many_storylines(count: int):  # type: ignore[no-untyped-def]
    """A storyline map of ``count`` storylines, each following two characters of its own."""
    from viewer.archive.charts import StorylineMap
    from viewer.archive.records.story import Character

    storylines = tuple(Storyline(i, i, f"Storyline {i}", (f"A{i}", f"B{i}"), "", ())
                       for i in range(1, count + 1))
    characters = tuple(Character(100 * i + k, f"{n}{i}", (f"Actor {n}{i}",), (f"Storyline {i}",),
                                 None, ())
                       for i in range(1, count + 1) for k, n in enumerate("AB"))
    links = tuple((c.id // 100, c.id) for c in characters)
    cast = tuple(CastCredit(c.id, 10_000 + c.id, f"Actor {c.name}", c.id, c.name, True, ())
                 for c in characters)
    return StorylineMap(storylines, characters, links, cast)


@pytest.fixture
def one_band_a_turn(monkeypatch: pytest.MonkeyPatch) -> None:
    """Slices as short as they come: each runs to the drawing's next yield, one band."""
    monkeypatch.setattr("viewer.gui.charts.chart_view.DRAW_SLICE_S", 0.0)


@pytest.mark.usefixtures("one_band_a_turn")
def test_a_large_chart_is_drawn_a_slice_per_turn_from_the_top(qtbot: QtBot) -> None:
    from viewer.gui.charts.storyline_map_view import StorylineMapView

    chart = StorylineMapView()
    qtbot.addWidget(chart)
    turns: list[int] = []
    with qtbot.waitSignal(chart.drawn, timeout=5000):
        chart.set_data(_many_storylines(40))
        assert chart.is_drawing()  # set_data returned with most of the chart still to draw
        first = [i for i in chart.scene().items() if i.data(KIND_KEY) == "node"]
        assert len(first) == 1 + 2 + 2  # the first band: its storyline, characters, actors
        assert {str(i.data(LABEL_KEY)) for i in first} >= {"Storyline 1", "A1", "Actor B1"}
        QTimer.singleShot(0, lambda: turns.append(len(chart.scene().items())))
    assert turns and 0 < turns[0] < len(chart.scene().items())  # it grew between turns
    assert len(chart.marks()) == 40 * 5
    assert chart.scene().sceneRect().contains(chart.scene().itemsBoundingRect())


@pytest.mark.usefixtures("one_band_a_turn")
def test_new_data_while_a_chart_is_drawn_replaces_it_whole(qtbot: QtBot) -> None:
    from viewer.gui.charts.storyline_map_view import StorylineMapView

    chart = StorylineMapView()
    qtbot.addWidget(chart)
    chart.set_data(_many_storylines(40))
    assert chart.is_drawing()
    with qtbot.waitSignal(chart.drawn, timeout=5000):
        chart.set_data(_many_storylines(3))
    qtbot.wait(20)  # turns in which the first drawing would have gone on
    assert len(chart.marks()) == 3 * 5
    assert len([i for i in chart.scene().items() if i.data(KIND_KEY) == "node"]) == 3 * 5


@pytest.mark.usefixtures("one_band_a_turn")
def test_what_needs_the_whole_chart_draws_the_rest_first(qtbot: QtBot, tmp_path: Path) -> None:
    from viewer.gui.charts.storyline_map_view import StorylineMapView

    chart = StorylineMapView()
    qtbot.addWidget(chart)
    chart.set_data(_many_storylines(40))
    assert chart.is_drawing()
    chart.save_image(tmp_path / "map.svg", "svg")  # the whole map, not the first band
    assert not chart.is_drawing()
    words = " ".join(t.text or "" for t in ET.parse(tmp_path / "map.svg").getroot().iter()
                     if t.tag.endswith("text"))
    assert "Storyline 40" in words and "Actor B40" in words
    chart.set_data(_many_storylines(40))
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_End)  # the last mark of the whole chart
    assert chart.focused_item() is chart.marks()[-1]
    assert chart.record_of(chart.marks()[-1]) == ("people", 10_000 + 100 * 40 + 1)


@pytest.mark.usefixtures("one_band_a_turn")
def test_a_chart_drawn_in_slices_shows_from_its_start(qtbot: QtBot) -> None:
    """The matrix draws its episode headings first and its names, left of them, later: the
    view must not stay scrolled to where the first slice began."""
    from viewer.archive.charts import CreditsMatrix, MatrixCell
    from viewer.archive.records.series import Episode
    from viewer.gui.charts.credits_matrix_view import CreditsMatrixView

    chart = CreditsMatrixView()
    qtbot.addWidget(chart)
    chart.resize(500, 300)
    chart.show()
    qtbot.waitExposed(chart)
    episodes = tuple(Episode(n, n, f"Title {n}", (), (), None, None, None, ())
                     for n in range(1, 31))
    credits = tuple(CrewCredit(i, 100 + i, f"Person {i}", "Director", "Directed by",
                               tuple(range(1, 31, i)), ()) for i in range(1, 25))
    cells = tuple(MatrixCell(c.id, c.person_id, c.person, c.role, n)
                  for c in credits for n in c.episodes)
    with qtbot.waitSignal(chart.drawn, timeout=5000):
        chart.set_data(CreditsMatrix(episodes, credits, cells))
    assert chart.horizontalScrollBar().maximum() > 0  # wider than the view
    assert chart.horizontalScrollBar().value() == chart.horizontalScrollBar().minimum()
    assert chart.verticalScrollBar().value() == chart.verticalScrollBar().minimum()
    name = next(i for i in chart.tagged_items("person") if i.data(LABEL_KEY) == "Person 1")
    assert chart.viewport().rect().contains(chart.mapFromScene(name.sceneBoundingRect().center()))
    # Scrolled by the user, a redrawn chart (a new palette) stays where it was.
    chart.horizontalScrollBar().setValue(200)
    with qtbot.waitSignal(chart.drawn, timeout=5000):
        chart.setPalette(dark_palette())
    assert chart.horizontalScrollBar().value() == 200
