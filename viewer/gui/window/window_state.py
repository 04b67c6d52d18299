"""Restoring and saving the main window's remembered state: its geometry and toolbars, the
splitters' sizes, the tables' column widths and sort orders and the tab last shown."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter

from viewer.gui.window.settings import ViewerSettings

if TYPE_CHECKING:
    from viewer.gui.tables.record_tab import RecordTab


def restore_window(settings: ViewerSettings, window: QMainWindow,
                   main_splitter: QSplitter) -> None:
    """Give ``window`` its saved geometry, state and splitter sizes, or the defaults."""
    geometry = settings.geometry()
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(1320, 820)
    state = settings.window_state()
    if state is not None:
        window.restoreState(state)
    sizes = settings.splitter_sizes(main_splitter.objectName())
    main_splitter.setSizes(sizes if sizes and len(sizes) == 2 else [760, 560])


def restore_sort(settings: ViewerSettings, name: str, header: QHeaderView,
                 keys: Sequence[str | None]) -> None:
    """Sort the list under ``header`` as the tab ``name`` was last sorted, if that column is
    still there and sortable (``keys``: each column's key, None where it does not sort);
    else it keeps the sort it has. The header sorts the list (a record tab's model before its
    first page is read)."""
    saved = settings.sort_order(name)
    if saved is None:
        return
    key, descending = saved
    column = next((i for i, k in enumerate(keys) if k is not None and k == key), None)
    if column is not None:
        header.setSortIndicator(
            column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)


def sort_keys(tab: RecordTab) -> list[str | None]:
    """A record tab's columns' keys for :func:`restore_sort` (None where it does not sort)."""
    return [c.key if c.sortable else None for c in tab.model.spec.columns]


def save_window(settings: ViewerSettings, window: QMainWindow, splitters: Iterable[QSplitter],
                record_tabs: Mapping[str, RecordTab], last_tab: Callable[[], str],
                other_sorts: Mapping[str, tuple[str, bool]] | None = None) -> None:
    """Save ``window``'s geometry and state, the sizes of the splitters built, the column
    widths and sort orders of the tabs built, the sort orders of ``other_sorts`` (the tabs
    built that show no table of the archive: their column's key and whether descending), and
    ``last_tab`` (asked after the widths are read)."""
    settings.set_geometry(window.saveGeometry())
    settings.set_window_state(window.saveState())
    for splitter in splitters:
        if splitter.count() == 2:  # the detail side is built after the first paint
            settings.set_splitter_sizes(splitter.objectName(), splitter.sizes())
    for table, tab in record_tabs.items():  # a tab never built keeps its widths and order
        settings.set_column_widths(table, tab.column_widths())
        settings.set_sort_order(table, tab.model.sort_key, tab.model.descending)
    for name, (key, descending) in (other_sorts or {}).items():
        settings.set_sort_order(name, key, descending)
    settings.set_last_tab(last_tab())
    settings.sync()
