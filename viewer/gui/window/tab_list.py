"""The tabs' corner button: every tab in a menu, for when they do not all fit.

With a tab for each kind of record the tab bar is wider than most windows, and Qt then shows
scroll arrows and hides the tabs beyond them. The menu lists every tab shown, the current one
checked; choosing one goes there. (Ctrl+PgDown and Ctrl+PgUp step through them too.)
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu, QTabWidget, QToolButton


class TabList(QToolButton):
    """A button in the corner of ``tabs`` whose menu lists its tabs (see the module).

    Its down arrow is the button's own arrow, drawn before the label and counted in the
    button's size. A menu given to the button with ``setMenu`` would have the style draw a
    second, smaller arrow in the bottom-right corner, over the label's last letter, in a
    button sized for the text alone; so the button pops its menu up itself when clicked."""

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self.setObjectName("tabListButton")
        self.setAccessibleName(self.tr("All tabs"))
        self.setToolTip(self.tr("Go to any tab, including those the tab bar has no room to "
                                "show"))
        self.setText(self.tr("All tabs"))
        self.setArrowType(Qt.ArrowType.DownArrow)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # Out of the Tab chain, which follows the window's layout (search, tabs, filter…).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tab_menu = QMenu(self)
        self.tab_menu.setObjectName("tabListMenu")
        self.tab_menu.aboutToHide.connect(lambda: self.setDown(False))
        self.clicked.connect(self.pop_up)
        tabs.setCornerWidget(self, Qt.Corner.TopRightCorner)

    def pop_up(self) -> None:
        """The menu, filled as the tabs are now, below the button."""
        self.fill()
        self.setDown(True)  # pressed while its menu is open, as a menu button is
        self.tab_menu.popup(self.mapToGlobal(QPoint(0, self.height())))

    def fill(self) -> None:
        """The menu as the tabs are now: those shown, in order, the current one checked."""
        menu = self.tab_menu
        menu.clear()
        for index in range(self._tabs.count()):
            if not self._tabs.isTabVisible(index):
                continue
            action = menu.addAction(self._tabs.tabText(index))
            action.setCheckable(True)
            action.setChecked(index == self._tabs.currentIndex())
            action.triggered.connect(lambda _checked=False, i=index: self._tabs.setCurrentIndex(i))
