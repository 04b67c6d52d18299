"""The main window's tabs by key: which there are, in what order, which are shown, and the
placeholder each holds until its widget is built."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from viewer.archive.store import Archive, ArchiveError
from viewer.archive.tables import TABLE_SPECS
from viewer.gui import labels
from viewer.gui.translatable import QT_TRANSLATE_NOOP

TAB_ORDER = ("episodes", "cast", "crew", "people", "characters", "storylines", "quotes",
             "facts", "claims", "disagreements", "organisations", "places", "events", "works",
             "awards", "excerpts", "sources")
# Tabs shown only when the archive has rows for them.
OPTIONAL_TABS = frozenset({"people", "characters", "storylines", "quotes", "facts",
                           "claims", "disagreements", "organisations", "places", "events",
                           "works", "awards"})
# The last-tab setting's name for the Views tab (the charts), which shows no one table.
VIEWS_TAB = "views"
# The tab of the user's annotations (issue 31), after the Views tab.
ANNOTATIONS_TAB = "annotations"
#: Tabs that show no table of the archive, and their labels (context ``Tables``).
OWN_TABS = {VIEWS_TAB: QT_TRANSLATE_NOOP("Tables", "Views"),
            ANNOTATIONS_TAB: QT_TRANSLATE_NOOP("Tables", "Annotations")}


def has_rows(archive: Archive | None, table: str) -> bool:
    """Whether a tab is shown: always, or for an optional one, when it has rows (and when
    they cannot be read, so that the tab says why). The rows the builder counted, where the
    archive has them: a start then asks the file nothing for the tabs it does not show."""
    if table not in OPTIONAL_TABS:
        return True
    if archive is None:
        return False
    if (counted := archive.row_count(table)) is not None:
        return counted > 0
    try:
        return bool(archive.page(table, sort="id", limit=1).records)
    except ArchiveError:
        return True


class TabSlots:
    """The widget each tab key holds in ``tabs``. Each tab is built the first time it is shown
    or asked for (start-up builds only the one in view); until then an empty placeholder holds
    its place among the tabs."""

    def __init__(self, tabs: QTabWidget) -> None:
        self.tabs = tabs
        self.widgets: dict[str, QWidget] = {}
        for key in (*TAB_ORDER, *OWN_TABS):
            label = labels.label(OWN_TABS.get(key) or TABLE_SPECS[key].label)
            placeholder = QWidget(tabs)
            placeholder.setObjectName(f"{key}TabPlaceholder")
            placeholder.setAccessibleName(label)
            tabs.addTab(placeholder, label)
            self.widgets[key] = placeholder

    def index(self, key: str) -> int:
        """Where the tab of ``key`` sits, built or not."""
        return self.tabs.indexOf(self.widgets[key])

    def key_of(self, widget: QWidget | None) -> str:
        """The key of the tab that holds ``widget`` (the Views tab's if none does)."""
        return next((k for k, w in self.widgets.items() if w is widget), VIEWS_TAB)

    def install(self, key: str, widget: QWidget) -> None:
        """Put a tab just built where its placeholder was: same place, label, visibility,
        and current if the placeholder was (without a second ``currentChanged``)."""
        placeholder = self.widgets[key]
        index = self.tabs.indexOf(placeholder)
        current = self.tabs.currentIndex() == index
        visible = self.tabs.isTabVisible(index)
        blocked = self.tabs.blockSignals(True)
        try:
            self.tabs.insertTab(index, widget, self.tabs.tabText(index))
            self.tabs.removeTab(index + 1)
            self.tabs.setTabVisible(index, visible)
            if current:
                self.tabs.setCurrentIndex(index)
        finally:
            self.tabs.blockSignals(blocked)
        placeholder.deleteLater()
        self.widgets[key] = widget
