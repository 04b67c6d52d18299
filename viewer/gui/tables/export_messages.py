"""What the export dialog says: the formats' names, why a typed file name cannot be written
(context ``ExportDialog``), and how many records it will write and wrote (context
``ExportCounts``, whose messages have plural forms), in the window's language."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from viewer.archive.atomic import ANNOTATIONS, ARCHIVE, InUse, describe, target_problem
from viewer.archive.export import ExportReport, with_format_suffix
from viewer.archive.tables import TABLE_SPECS
from viewer.gui.labels import counted, fill, number, table_label
from viewer.gui.tables.models import noun
from viewer.gui.translatable import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

#: The export formats' names (viewer.archive.export states them in English, for every layer).
FORMAT_LABELS = (
    QT_TRANSLATE_NOOP("ExportDialog", "CSV for spreadsheets"),
    QT_TRANSLATE_NOOP("ExportDialog", "Markdown table"),
    QT_TRANSLATE_NOOP("ExportDialog", "Citations (plain text)"),
    QT_TRANSLATE_NOOP("ExportDialog", "Citations (HTML)"),
)


def format_label(label: str) -> str:
    return translate("ExportDialog", label)


def path_and_problem(text: str, fmt: str, in_use: Sequence[InUse] = ()
                     ) -> tuple[Path | None, str]:
    """The file a typed ``text`` names (``fmt``'s suffix added when it has none) and why it
    cannot be written ("" when it can): the data layer's check and words
    (:func:`~viewer.archive.atomic.target_problem` and ``describe``, as the command line says
    them), in the window's language. ``in_use``: files no export may overwrite (the archive
    open, the annotations database). Never raises: the text is half typed as often as not."""
    text = text.strip()
    if not text:
        return None, ""
    try:
        path = Path(text).expanduser()
    except RuntimeError:  # "~nobody/…": no such user's home
        return None, fill(translate("ExportDialog", "“%1” names no user's home folder."),
                          text.split("/")[0])
    if text.endswith(("/", os.sep)) or not path.name or path.name in (".", ".."):
        return None, translate("ExportDialog", "This names a folder: add a file name.")
    if not path.suffix:
        path = with_format_suffix(path, fmt)
    problem = target_problem(path, in_use)
    if problem is None:
        return path, ""
    # The data layer's own words (in the window's language, which i18n.use_language set),
    # the ones the command line and the export's worker say: one wording per problem.
    # The archive, the annotations, a device and a folder stay what they are while the user
    # looks: nothing to export to until another file is named.
    refused = problem.kind in (ARCHIVE, ANNOTATIONS, "not-a-file", "folder", "bad-name")
    return (None if refused else path), describe(problem)


def _table_name(table: str) -> str:
    """A table as a sentence names it, in the window's language ("cast", "reparto")."""
    spec = TABLE_SPECS.get(table)
    return table_label(spec).lower() if spec is not None else table


class ExportCounts(QObject):
    """What the export dialog says about a number of records, with the number given to Qt.

    ``pyside6-lupdate`` makes a message with plural forms only of a ``tr()`` call given a
    count (``self.tr(text, "", n)``), not of ``QCoreApplication.translate(context, text, "",
    n)``; so these messages are a class's, and each language's catalogue picks its own form
    for ``n`` (``%Ln``, written with the locale's digit grouping). For exactly one record
    :func:`~viewer.gui.labels.counted` picks the sentence written for one, since English has
    no catalogue to pick it from. Made and dropped per message: it keeps no state.
    """

    def selected(self, selected: dict[str, tuple[int, ...]]) -> str:
        """The selected records: "the 3 selected episodes", or "the 5 selected results, from 2
        tables" when a search's selection spans several."""
        n = sum(len(ids) for ids in selected.values())
        if len(selected) == 1:
            table = next(iter(selected))
            return fill(counted(n, self.tr("the 1 selected %1"),
                                self.tr("the %Ln selected %1", "", n)), noun(table, n))
        return fill(self.tr("the %Ln selected results, from %1 tables", "", n),
                    number(len(selected)))

    def matching(self, table: str, matching: int, query: str) -> str:
        """The ``matching`` records of ``table`` a filter (``query``, when there is one)
        leaves: "all 12 episodes matching “x”", "the 1 episode"."""
        if query:
            text = counted(matching, self.tr("the 1 %1 matching “%2”"),
                           self.tr("all %Ln %1 matching “%2”", "", matching))
        else:
            text = counted(matching, self.tr("the 1 %1"), self.tr("all %Ln %1", "", matching))
        return fill(text, noun(table, matching), query)

    def search_matching(self, counts: dict[str, int], query: str) -> str:
        """Every record a search's text (``query``, quoted) matches, counted per table:
        "all 14 records matching “x”, from 3 tables", "all 5 cast credits matching “x”"."""
        tables = [table for table, n in counts.items() if n]
        total = sum(counts.values())
        if not tables:
            return fill(self.tr("every record matching “%1” (none do)"), query)
        if len(tables) == 1:
            return self.matching(tables[0], total, query)
        return fill(self.tr("all %Ln records matching “%1”, from %2 tables", "", total),
                    query, number(len(tables)))

    def summary(self, reports: list[ExportReport]) -> str:
        """What the status bar says after an export."""
        written = [r for r in reports if r.path is not None]
        if len(written) == 1:
            r = written[0]
            return fill(counted(r.count, self.tr("Exported 1 %1 record to %2"),
                                self.tr("Exported %Ln %1 records to %2", "", r.count)),
                        _table_name(r.table), r.path)
        total = sum(r.count for r in written)
        names = ", ".join(f"{r.path.name} ({number(r.count)})" for r in written
                          if r.path is not None)
        assert written[0].path is not None
        return fill(self.tr("Exported %Ln records from %1 tables to %2: %3", "", total),
                    number(len(written)), written[0].path.parent, names)

