"""The main window's widgets as first painted: the navigation toolbar with the search box,
the tabs (placeholders until built), the blank room of the detail side, the splitters and the
status bar's row count."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QLabel, QMainWindow, QSplitter, QStackedWidget, QTabWidget

from viewer.gui.search.search_bar import SearchBar
from viewer.gui.window.tab_list import TabList
from viewer.gui.window.tab_slots import TabSlots


@dataclass(frozen=True)
class Layout:
    """The widgets :func:`build_layout` made, for the window to keep."""

    search_box: SearchBar
    tabs: QTabWidget
    slots: TabSlots
    tab_list: TabList
    browse_stack: QStackedWidget
    detail_splitter: QSplitter
    detail_placeholder: QFrame
    main_splitter: QSplitter
    count_label: QLabel


def build_layout(window: QMainWindow, actions: Mapping[str, QAction],
                 watch: Callable[[SearchBar], object]) -> Layout:
    """Lay out ``window``'s widgets; ``watch`` is given the search box, whose keys the
    window's shortcuts see first."""
    toolbar = window.addToolBar(QCoreApplication.translate("Window", "Navigation"))
    toolbar.setObjectName("navigationToolBar")
    toolbar.setMovable(False)
    for key in ("back", "forward"):
        action = actions[key]
        toolbar.addAction(action)
        button = toolbar.widgetForAction(action)
        button.setObjectName(f"{key}Button")
        button.setAccessibleName(action.text().replace("&", ""))
    search_box = SearchBar(toolbar)
    watch(search_box)
    toolbar.addWidget(search_box)
    tabs = QTabWidget(window)
    tabs.setObjectName("tableTabs")
    tabs.setAccessibleName(QCoreApplication.translate("Window", "Tables"))
    tabs.setDocumentMode(True)
    slots = TabSlots(tabs)  # a placeholder each, until built
    tab_list = TabList(tabs)
    browse_stack = QStackedWidget(window)
    browse_stack.setObjectName("browseStack")
    browse_stack.addWidget(tabs)
    detail_splitter = QSplitter(Qt.Orientation.Vertical, window)
    detail_splitter.setObjectName("detailSplitter")
    # The detail side is built after the first paint; until then a blank panel holds its
    # room, so the window appears as it will stay: without it the table first filled the
    # window, then narrowed and refit its columns when the detail side arrived (a jump
    # to the eye, and 20-40 ms of relayout and repaint just after the window appeared).
    detail_placeholder = QFrame(detail_splitter)
    detail_placeholder.setObjectName("detailPlaceholder")
    detail_placeholder.setFrameShape(QFrame.Shape.StyledPanel)
    detail_splitter.addWidget(detail_placeholder)
    main_splitter = QSplitter(Qt.Orientation.Horizontal, window)
    main_splitter.setObjectName("mainSplitter")
    main_splitter.addWidget(browse_stack)
    main_splitter.addWidget(detail_splitter)
    main_splitter.setStretchFactor(0, 3)
    main_splitter.setStretchFactor(1, 2)
    window.setCentralWidget(main_splitter)
    count_label = QLabel(window)
    count_label.setObjectName("statusCount")
    count_label.setAccessibleName(QCoreApplication.translate("Window", "Rows shown"))
    window.statusBar().addPermanentWidget(count_label)
    return Layout(search_box, tabs, slots, tab_list, browse_stack, detail_splitter,
                  detail_placeholder, main_splitter, count_label)
