"""The main window's widgets as first painted: the navigation toolbar with the search box,
the tabs (placeholders until built), the blank room of the detail side, the splitters and the
status bar's row count."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QLabel, QMainWindow, QSplitter, QStackedWidget, QTabWidget

from viewer.gui.search.search_bar import SearchBar
from viewer.gui.window.status_bar import ElidingStatusBar
from viewer.gui.window.tab_list import TabList
from viewer.gui.window.tab_slots import TabSlots


class Layout:
    """Lays out ``window``'s widgets and keeps them for the window; ``watch`` is given the
    search box, whose keys the window's shortcuts see first. (A plain class: a dataclass
    would have Python compile its methods at every start, for nine attributes set once.)"""

    def __init__(self, window: QMainWindow, actions: Mapping[str, QAction],
                 watch: Callable[[SearchBar], object]) -> None:
        toolbar = window.addToolBar(QCoreApplication.translate("Window", "Navigation"))
        toolbar.setObjectName("navigationToolBar")
        toolbar.setMovable(False)
        for key in ("back", "forward"):
            action = actions[key]
            toolbar.addAction(action)
            button = toolbar.widgetForAction(action)
            button.setObjectName(f"{key}Button")
            button.setAccessibleName(action.text().replace("&", ""))
        self.search_box = search_box = SearchBar(toolbar)
        watch(search_box)
        toolbar.addWidget(search_box)
        self.tabs = tabs = QTabWidget(window)
        tabs.setObjectName("tableTabs")
        tabs.setAccessibleName(QCoreApplication.translate("Window", "Tables"))
        tabs.setDocumentMode(True)
        self.slots = TabSlots(tabs)  # a placeholder each, until built
        self.tab_list = TabList(tabs)
        self.browse_stack = browse_stack = QStackedWidget(window)
        browse_stack.setObjectName("browseStack")
        browse_stack.addWidget(tabs)
        self.detail_splitter = detail_splitter = QSplitter(Qt.Orientation.Vertical, window)
        detail_splitter.setObjectName("detailSplitter")
        # The detail side is built after the first paint; until then a blank panel holds its
        # room, so the window appears as it will stay: without it the table first filled the
        # window, then narrowed and refit its columns when the detail side arrived (a jump
        # to the eye, and a relayout and repaint just after the window appeared).
        self.detail_placeholder = placeholder = QFrame(detail_splitter)
        placeholder.setObjectName("detailPlaceholder")
        placeholder.setFrameShape(QFrame.Shape.StyledPanel)
        detail_splitter.addWidget(placeholder)
        self.main_splitter = main_splitter = QSplitter(Qt.Orientation.Horizontal, window)
        main_splitter.setObjectName("mainSplitter")
        main_splitter.addWidget(browse_stack)
        main_splitter.addWidget(detail_splitter)
        main_splitter.setStretchFactor(0, 3)
        main_splitter.setStretchFactor(1, 2)
        window.setCentralWidget(main_splitter)
        self.count_label = count_label = QLabel(window)
        count_label.setObjectName("statusCount")
        count_label.setAccessibleName(QCoreApplication.translate("Window", "Rows shown"))
        # A long message is elided short of the row count rather than run into it.
        window.setStatusBar(ElidingStatusBar(window))
        window.statusBar().addPermanentWidget(count_label)
