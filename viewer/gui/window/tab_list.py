"""The tabs' corner button: every tab in a menu, for when they do not all fit.

With a tab for each kind of record the tab bar is wider than most windows, and Qt then shows
scroll arrows and hides the tabs beyond them. The menu lists every tab shown, the current one
checked; choosing one goes there. (Ctrl+PgDown and Ctrl+PgUp step through them too.)
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QPushButton, QTabWidget


class TabList(QPushButton):
    """A flat button in the corner of ``tabs`` whose menu lists its tabs (see the module).

    A push button, not a tool button: with a menu, a push button draws its arrow after the
    label and counts it in its own size, where a tool button drew the arrow over the label's
    last letter and had to be sized by hand."""

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self.setObjectName("tabListButton")
        self.setAccessibleName(self.tr("All tabs"))
        self.setToolTip(self.tr("Go to any tab, including those the tab bar has no room to "
                                "show"))
        self.setText(self.tr("All tabs"))
        self.setFlat(True)
        # Out of the Tab chain, which follows the window's layout (search, tabs, filter…).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        menu = QMenu(self)
        menu.setObjectName("tabListMenu")
        menu.aboutToShow.connect(self.fill)  # built when opened: nothing at start-up
        self.setMenu(menu)
        tabs.setCornerWidget(self, Qt.Corner.TopRightCorner)

    def fill(self) -> None:
        """The menu as the tabs are now: those shown, in order, the current one checked."""
        menu = self.menu()
        menu.clear()
        for index in range(self._tabs.count()):
            if not self._tabs.isTabVisible(index):
                continue
            action = menu.addAction(self._tabs.tabText(index))
            action.setCheckable(True)
            action.setChecked(index == self._tabs.currentIndex())
            action.triggered.connect(lambda _checked=False, i=index: self._tabs.setCurrentIndex(i))
