"""Reviewer R1, item 1, in the window: clicking Facts' or Claims' Value header sorts numbers by
size and dates by date (the reviewer's clicks gave 71, 7.1, 7, 60, 6, 50–300 …)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.conftest import shown_tab
from tests.gui.headers import click_header, column_texts
from viewer.gui.window.main_window import MainWindow


def _distinct(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


def test_clicking_value_sorts_facts_by_number_then_date(qtbot: QtBot,
                                                        window: MainWindow) -> None:
    tab = shown_tab(window, qtbot, "facts")
    click_header(qtbot, tab, "Value")
    shown = _distinct(column_texts(qtbot, tab, "Value"))
    up = tab.view.horizontalHeader().sortIndicatorOrder()
    numbers = ["1", "3", "5", "6", "7", "7.1", "20", "28", "29", "40–300", "45", "50", "50–300",
               "60", "71", "72", "80", "100", "190", "200–300", "250", "300", "300–500", "1400",
               "1450", "20000"]
    dates = ["2011-03", "2011-03-18", "2017", "2018", "2019", "2020-03", "2020-08",
             "2021-05-25", "2021-06-30", "June 30"]
    words = ["English", "Mexico", "Spanish"]  # the series' country and languages, after dates
    expected = numbers + dates + words
    assert shown in (expected, expected[::-1])
    click_header(qtbot, tab, "Value")  # the other way: the same order reversed
    assert tab.view.horizontalHeader().sortIndicatorOrder() != up
    again = _distinct(column_texts(qtbot, tab, "Value"))
    assert again == shown[::-1]


def test_clicking_value_sorts_claims_numbers_dates_then_names(qtbot: QtBot,
                                                              window: MainWindow) -> None:
    tab = shown_tab(window, qtbot, "claims")
    click_header(qtbot, tab, "Value")
    shown = _distinct(column_texts(qtbot, tab, "Value"))
    if tab.view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
        shown.reverse()
    assert shown.index("6") < shown.index("7.1") < shown.index("71") < shown.index("300") \
        < shown.index("20000") < shown.index("2011-03") < shown.index("2021-06-30") \
        < shown.index("June 30") < shown.index("Álvaro Curiel") < shown.index("Somos.")
