"""What File › Export Selection… can offer, read from the window when the command is chosen:
a tab's selected rows or every row its filter leaves, or the selected search results or every
record the search matches (see :mod:`~viewer.gui.tables.export_dialog`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from viewer.archive.export import ExportPart
from viewer.archive.search_query import build_match, search_box_filter
from viewer.archive.shown_words import ShownWords
from viewer.archive.tables import TABLE_SPECS
from viewer.gui.labels import fill, quoted
from viewer.gui.search.search_panel import SearchPanel
from viewer.gui.tables.export_messages import ExportCounts
from viewer.gui.tables.models import noun
from viewer.gui.tables.record_tab import GATHER_LIMIT, RecordTab, selected_row_count

translate = QCoreApplication.translate

# What a file name's stem leaves out (see _slug).
_UNSAFE = re.compile(r"[^\w]+")


def _slug(text: str) -> str:
    """A file-name-safe stem from a filter or search text ("Doña Chayo" → "doña-chayo")."""
    return _UNSAFE.sub("-", text.lower()).strip("-")[:40]


@dataclass(frozen=True)
class ExportRequest:
    """What Export Selection can offer, read from the window when the command is chosen.

    ``selected`` maps each table to the ids of its selected records, in the order shown;
    ``tables`` are the tables "all matching" covers (one for a tab, every table for a search).
    """

    searching: bool
    tables: tuple[str, ...]
    selected: dict[str, tuple[int, ...]] = field(default_factory=dict)
    query: str = ""
    sort: str | None = None
    descending: bool = False
    matching: int | None = None  # rows matching the tab's filter, when counted
    typed: str | None = None  # the filter as typed, when ``query`` is what it searches
    hit_tables: tuple[str, ...] = ()  # tables among the search results shown
    counts: dict[str, int] | None = None  # a search's matching records per table, counted
    shown: ShownWords | None = None  # the words the tab shows for the archive's own

    def can_match(self) -> bool:
        """A search without words matches nothing (a filter without words: every row)."""
        return not self.searching or build_match(self.query).expression is not None

    @property
    def selected_count(self) -> int:
        return sum(len(ids) for ids in self.selected.values())

    def stem(self) -> str:
        """The file name, without suffix, the dialog suggests."""
        if self.searching:
            return "search" + (f"-{_slug(self.query)}" if _slug(self.query) else "")
        return self.tables[0] + (f"-{_slug(self.shown_query)}" if _slug(self.shown_query)
                                 else "")

    @property
    def shown_query(self) -> str:
        """The search or filter as the user typed it."""
        return self.query if self.typed is None else self.typed

    def what_selected(self) -> str:
        return ExportCounts().selected(self.selected)

    def what_matching(self) -> str:
        query = self.shown_query
        if self.searching:
            if query and self.counts is not None:
                return ExportCounts().search_matching(self.counts, quoted(query))
            if query:
                return fill(translate("ExportDialog", "every record matching “%1”, in every table"),
                            quoted(query))
            return translate("ExportDialog", "every record, in every table")
        table = self.tables[0]
        if self.matching is None:
            if query:
                return fill(translate(
                        "ExportDialog", "all %1 matching “%2”"), noun(table, 2), quoted(query))
            return fill(translate("ExportDialog", "all %1"), noun(table, 2))
        return ExportCounts().matching(table, self.matching, quoted(query))

    def parts(self, path: Path, *, selected: bool) -> list[ExportPart]:
        """The files to write for ``path``: one, or one per table (named ``stem-table``)."""
        tables = list(self.selected) if selected else list(self.tables)
        split = len(tables) > 1 or (self.searching and not selected)

        def target(table: str) -> Path:
            return path.with_name(f"{path.stem}-{table}{path.suffix}") if split else path

        if selected:
            return [ExportPart(t, target(t), ids=self.selected[t]) for t in tables]
        return [ExportPart(t, target(t), query=self.query,
                           sort=None if self.searching else self.sort,
                           descending=False if self.searching else self.descending,
                           shown=None if self.searching else self.shown)
                for t in tables]


def request_for_tab(tab: RecordTab) -> ExportRequest:
    """A tab's selected rows, its filter, sort order and count of matching rows. Every row
    selected, when they are more than :data:`GATHER_LIMIT`, is offered as all that match (the
    same records, read by the export's worker rather than gathered here); so many that are
    not every row are the caller's to refuse."""
    every = selected_row_count(tab.view) > GATHER_LIMIT and tab.every_row_selected()
    ids = () if every else tuple(r.id for r in tab.selected_records())
    model = tab.model
    return ExportRequest(False, (tab.table,), {tab.table: ids} if ids else {},
                         model.filter_query, model.sort_key, model.descending,
                         tab.matching_rows, model.filter_text, shown=model.pager.shown)


def request_for_search(panel: SearchPanel) -> ExportRequest:
    """The selected search results, grouped by table in the order shown, and the search."""
    selected: dict[str, list[int]] = {}
    for hit in panel.selected_hits():
        selected.setdefault(hit.table, []).append(hit.id)
    shown = tuple(dict.fromkeys(panel.model.hit(r).table
                                for r in range(panel.model.rowCount())))
    return ExportRequest(True, tuple(TABLE_SPECS), {t: tuple(ids) for t, ids in
                                                    selected.items()},
                         search_box_filter(panel.text), hit_tables=shown,
                         typed=panel.text.strip())
