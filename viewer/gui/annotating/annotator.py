"""Annotating in the viewer: the reader's selection or a record → a note and tags.

Wires the Qt-free annotations (:mod:`viewer.annotations`) into the window: the reader marks
annotations in their own colour and offers Annotate on its right-click menu, the detail pane
lists a record's annotations, the search results get a group of their own, and the
Annotations tab lists all. Edits go through :class:`AnnotationBook`'s undo stack. The window
holds one :class:`Annotator` and forwards its actions here; nothing here writes SQL.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from viewer.annotations.anchoring import span_annotation
from viewer.annotations.model import RECORD, Annotation, new_id, now, shown_tags
from viewer.annotations.store import search_words
from viewer.archive.quotation import nested, quotation
from viewer.archive.records.documents import Source
from viewer.archive.records.kinds import Record
from viewer.archive.store import Archive
from viewer.archive.tables import title_of
from viewer.gui.annotating.annotate_dialog import AnnotateDialog
from viewer.gui.annotating.annotation_book import AnnotationBook
from viewer.gui.annotating.annotation_list import AnnotationsModel, record_titles, shown_where
from viewer.gui.annotating.annotation_reads import AnnotationReads, Found, Listing
from viewer.gui.annotating.annotations_tab import AnnotationsTab
from viewer.gui.archive_words import record_title
from viewer.gui.focus_frame import FocusFrame
from viewer.gui.labels import counted, fill, number, quoted
from viewer.gui.tables.models import RecordRole, noun

if TYPE_CHECKING:
    from viewer.gui.reading.detail_pane import DetailPane
    from viewer.gui.reading.record_detail import Passage
    from viewer.gui.reading.source_reader import SourceReader
    from viewer.gui.search.search_panel import SearchPanel
    from viewer.gui.window.main_window import MainWindow

# Annotations the search results list at most.
SEARCH_LIMIT = 50
# Spans this close on one line are one passage ("Caraly Sánchez" as "Flor María").
PASSAGE_GAP = 5


def highlighted_passage(reader: SourceReader) -> tuple[int, int] | None:
    """The highlighted passage the reader shows: its first span that the text in view holds,
    run on through the spans right after it on the same line. (The first span of all may lie
    where the reading view shows nothing, as a section heading read as a cast credit's role;
    annotating the passage then saved the word "Cast".)"""
    document = reader.shown_document
    shown = reader.highlighted_ranges
    if document is None or not shown:
        return None
    start, end = shown[0]
    for next_start, next_end in shown[1:]:
        gap = document.text[end:next_start]
        if next_start > end and (len(gap) > PASSAGE_GAP or "\n" in gap):
            break
        end = max(end, next_end)
    return start, end


class AnnotationResults(QWidget):
    """The search results' group of annotations: notes, tags and quoted words that match."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationResults")
        self.heading = QLabel(self)
        self.heading.setObjectName("annotationResultsHeading")
        # It quotes the search cut short, and is cut at the edge rather than widen the window.
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.model = AnnotationsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("annotationResultsView")
        self.view_frame = FocusFrame(self.view)  # as the search results' own
        self.view.setAccessibleName(self.tr("Annotations that match"))
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((140, 240, 240, 200, 70)):
            header.resizeSection(column, width)
        self.view.setMaximumHeight(160)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view)
        self.hide()

    def show_found(self, query: str, found: list[Annotation], notice: str | None = None,
                   total: int | None = None) -> None:
        """List ``found``, of the ``total`` annotations that match (``len(found)`` when not
        given); ``notice`` says how the search was cut short, if it was."""
        self.model.set_annotations(found)
        n = len(found) if total is None else max(total, len(found))
        heading = fill(counted(n, self.tr("1 of your annotations matches “%1”"),
                               self.tr("%Ln of your annotations match “%1”", "", n)),
                       quoted(query))
        if n > len(found):
            heading = fill(self.tr("%1; the %Ln most recently changed are listed", "",
                                   len(found)), heading)
        self.heading.setText(f"{heading} — {notice}" if notice else heading)
        self.heading.setToolTip(self.heading.text())  # the whole of it, where it is cut
        self.setVisible(bool(found))


class Annotator(QObject):
    """The window's annotating: its book, dialogs, tab and search group."""

    def __init__(self, window: MainWindow, path: Path | None = None) -> None:
        super().__init__(window)
        self._window = window
        self.book = AnnotationBook(path, self, archive=lambda: window.archive)
        self.book.changed.connect(self._changed)
        self.book.failed.connect(self._failed)
        self.dialog: AnnotateDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self._tab: AnnotationsTab | None = None
        self.results: AnnotationResults | None = None
        self._panel: SearchPanel | None = None
        self._detail: DetailPane | None = None
        self._reader: SourceReader | None = None
        self._archive: Archive | None = None
        self._query = ""
        # Searches and the tab's list are read off the GUI thread; each request's generation,
        # so that an answer to an older one is dropped (viewer.gui.annotating.annotation_reads).
        self.reads = AnnotationReads(self)
        self.reads.searched.connect(self._searched)
        self.reads.listed.connect(self._listed)
        self.reads.failed.connect(self._read_failed)
        # Both kinds of read draw their numbers from one count, so that a failure, which
        # comes with its number alone, is never taken for the newest read of the other kind.
        self._reads_asked = 0
        self._search_generation = 0
        self._list_generation = 0

    # -- wiring ---------------------------------------------------------------------------

    def install(self, detail: DetailPane, reader: SourceReader) -> None:
        self._detail, self._reader = detail, reader
        reader.annotations_of = self._ranges_of
        reader.menu_actions = [self._window.actions_by_key["annotate"]]
        detail.annotations_html = self._detail_html
        detail.extra_link_activated.connect(self._detail_link)

    def install_search(self, panel: SearchPanel) -> None:
        self.results = AnnotationResults(panel)
        self.results.model.set_titler(self._titles)
        self._panel = panel
        layout = panel.layout()
        if layout is not None:
            layout.addWidget(self.results)
        self.results.view.activated.connect(self._result_activated)
        self.results.view.clicked.connect(self._result_activated)
        panel.annotation_wanted.connect(self._open_first_result)

    def _open_first_result(self) -> None:
        """The first annotation found, made current and opened (Enter, no record found)."""
        if self.results is None or self.results.model.rowCount() == 0:
            return
        index = self.results.model.index(0, 0)
        self.results.view.setCurrentIndex(index)
        self._result_activated(index)

    def _titles(self, annotations: Sequence[Annotation]) -> dict[str, str]:
        return record_titles(self._window.archive, annotations)

    @property
    def tab(self) -> AnnotationsTab:
        if self._tab is None:
            tab = AnnotationsTab()
            tab.model.set_titler(self._titles)
            tab.open_requested.connect(self.open)
            tab.edit_requested.connect(self.edit)
            tab.delete_requested.connect(self._remove)
            tab.export_requested.connect(self.ask_export)
            tab.import_requested.connect(self.ask_import)
            # Sorted as it was last (before its rows arrive), as the record tabs are.
            from viewer.gui.window.tab_slots import ANNOTATIONS_TAB
            from viewer.gui.window.window_state import restore_sort

            restore_sort(self._window.settings, ANNOTATIONS_TAB, tab.view.horizontalHeader(),
                         tab.sort_keys())
            if not self.book.available:  # opens the book, if not yet open
                tab.set_unavailable(self.book.problem or "")
            self._tab = tab
            self._reload_tab()
        return self._tab

    @property
    def built_tab(self) -> AnnotationsTab | None:
        """The Annotations tab, if built (its sort is remembered only then)."""
        return self._tab

    def set_archive(self, archive: Archive | None) -> None:
        """Re-attach every annotation to the archive now open, and say what moved."""
        if archive is not self._window.archive:
            return  # another was opened since this was asked
        self._archive = archive
        if archive is None:
            return
        result = self.book.reattach(archive)
        if result is not None and (result.moved or result.orphaned):
            self._window.statusBar().showMessage(fill(
                self.tr("Annotations re-attached to this archive: %1 moved with their words, "
                        "%2 orphaned (their words are gone; listed in the Annotations tab)."),
                number(result.moved), number(result.orphaned)), 15000)

    def close(self) -> None:
        self.reads.shut_down()  # no read outlives the window's annotations
        self.book.close()

    # -- the window's commands ------------------------------------------------------------

    def _unavailable(self) -> bool:
        """Say why annotations cannot be changed (off, or their file read-only), if so."""
        from viewer.gui.window.errors import show_error

        if not self.book.available:
            self._window.last_error = show_error(
                self._window, self.tr("Annotations are off"), self.book.problem or "",
                self.tr("The archive can still be read; annotating needs that file."))
            return True
        read_only = self.book.read_only_message
        if read_only is not None:
            self._window.last_error = show_error(
                self._window, self.tr("Annotations are read-only"), read_only)
            return True
        return False

    def _say(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 6000)

    def annotate_selection(self) -> None:
        """The words selected in the reader (with none selected, the record's span it shows)
        → the dialog. A selection of nothing in the document's own text is refused with a
        message: annotating the highlighted passage instead quoted other words, silently."""
        reader = self._reader
        document = reader.shown_document if reader is not None else None
        if reader is None or document is None:
            self._say(self.tr("Open a document in the source reader and select words to "
                              "annotate."))
            return
        if reader.has_selection():
            where = reader.selected_range()
            if where is None:
                self._say(self.tr("The words selected are the reader's own, not the "
                                  "document's: select words of the document to annotate "
                                  "them."))
                return
        else:
            where = highlighted_passage(reader)
        if where is None:
            self._say(self.tr("Select words in the source reader to annotate them."))
            return
        if self._unavailable():
            return
        draft = span_annotation(document.source, document.text, *where)
        self._ask(draft, fill(self.tr("%1 (%2, chars %3–%4)"), document.source.title,
                              document.source.file, where[0], where[1]))

    def tag_record(self) -> None:
        """A note and tags on the record in the detail pane."""
        detail = self._detail
        if detail is None or detail.record is None or detail.table is None:
            self._say(self.tr("Select a record to tag it."))
            return
        if self._unavailable():
            return
        record, table = detail.record, detail.table
        stamp = now()
        # The file keeps the English title; the dialog says it as the detail pane does.
        draft = Annotation(id=new_id(), kind=RECORD, record_table=table, record_id=record.id,
                           record_title=title_of(table, record), created=stamp,
                           modified=stamp)
        self._ask(draft, f"{noun(table).capitalize()} #{record.id}", title=self.tr("Tag Record"),
                  text=record_title(table, record))

    def _ask(self, draft: Annotation, where: str, title: str = "", text: str = "") -> None:
        text = text or (draft.record_title if draft.kind == RECORD else draft.exact)
        dialog = AnnotateDialog(text, where, known_tags=self.book.tags(),
                                parent=self._window, title=title)
        dialog.accepted.connect(lambda: self.book.add(
            draft.replace(note=dialog.note(), tags=dialog.tags())))
        self.dialog = dialog
        dialog.open()

    def edit(self, annotation: Annotation) -> None:
        if self._unavailable():
            return
        shown = record_titles(self._window.archive, [annotation]).get(annotation.id)
        dialog = AnnotateDialog(
            shown or (annotation.record_title if annotation.kind == RECORD else annotation.exact),
            shown_where(annotation), note=annotation.note, tags=annotation.tags,
            known_tags=self.book.tags(), parent=self._window, title=self.tr("Edit Annotation"))
        dialog.accepted.connect(lambda: self.book.edit(annotation, dialog.note(),
                                                       dialog.tags()))
        self.dialog = dialog
        dialog.open()

    def _remove(self, annotations: list[Annotation]) -> None:
        if not self._unavailable():
            self.book.remove(annotations)

    def undo(self) -> None:
        stack = self.book.undo_stack
        if stack.canUndo():
            text = stack.undoText()
            stack.undo()
            self._say(fill(self.tr("Undone: %1"), text))
        else:
            self._say(self.tr("There is no annotation edit to undo."))

    def redo(self) -> None:
        stack = self.book.undo_stack
        if stack.canRedo():
            text = stack.redoText()
            stack.redo()
            self._say(fill(self.tr("Redone: %1"), text))
        else:
            self._say(self.tr("There is no annotation edit to redo."))

    def open(self, annotation: Annotation) -> None:
        """Show what an annotation is on: its words in the reader, or its record."""
        if annotation.orphaned:
            self._say(fill(self.tr("Orphaned: “%1” is no longer in the open archive's sources; "
                                   "the annotation is kept."),
                           nested(annotation.exact or annotation.record_title)))
            return
        if annotation.kind == RECORD and annotation.record_id is not None:
            self._window.navigate(annotation.record_table, annotation.record_id)
            return
        source = self._source(annotation.source_file)
        if source is not None and self._reader is not None:
            self._reader.show_spans(source.id, [(annotation.start, annotation.end)])

    def _source(self, file: str) -> Source | None:
        archive = self._window.archive
        return next((s for s in archive.sources() if s.file == file), None) if archive else None

    # -- export and import ----------------------------------------------------------------

    def ask_export(self, annotations: list[Annotation]) -> None:
        from viewer.annotations.exchange import FORMATS

        if not annotations:
            self._say(self.tr("There are no annotations to export."))
            return
        filters = ";;".join((f"JSON (*{FORMATS['json']})",
                             f"W3C Web Annotation JSON-LD (*{FORMATS['jsonld']})",
                             f"CSV (*{FORMATS['csv']})",
                             fill(self.tr("Citations (*%1)"), FORMATS["citations"])))
        dialog = QFileDialog(self._window, self.tr("Export Annotations"),
                             str(Path.home() / "annotations.json"), filters)
        dialog.setObjectName("exportAnnotationsDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path), annotations))
        self.file_dialog = dialog
        dialog.open()

    def export_to(self, path: Path, annotations: list[Annotation]) -> bool:
        from viewer.annotations.exchange import (
            archive_citations,
            citing,
            export_annotations,
            format_for_path,
        )
        from viewer.archive.atomic import ANNOTATIONS, ARCHIVE, InUse
        from viewer.archive.export import ExportError
        from viewer.gui.window.errors import show_error

        fmt = format_for_path(path) or "json"
        archive = self._window.archive
        cite = citing(archive_citations(archive, annotations) if archive else {})
        try:
            in_use = [InUse(self.book.path, ANNOTATIONS)]
            if archive is not None:
                in_use.append(InUse(archive.path, ARCHIVE))
            count = export_annotations(annotations, fmt, path, cite, in_use)
        except ExportError as exc:
            self._window.last_error = show_error(self._window, self.tr("Export failed"),
                                                 str(exc))
            return False
        self._say(fill(counted(count, self.tr("Wrote 1 annotation to %2"),
                               self.tr("Wrote %1 annotations to %2")), number(count), path))
        return True

    def ask_import(self) -> None:
        dialog = QFileDialog(self._window, self.tr("Import Annotations"), str(Path.home()),
                             self.tr("Annotations (*.json *.jsonld);;All files (*)"))
        dialog.setObjectName("importAnnotationsDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.import_from(Path(path)))
        self.file_dialog = dialog
        dialog.open()

    def import_from(self, path: Path) -> bool:
        from viewer.annotations.exchange import read_annotations
        from viewer.annotations.store import AnnotationsError
        from viewer.gui.window.errors import show_error

        if self._unavailable():
            return False
        try:
            incoming = read_annotations(path)
        except AnnotationsError as exc:
            self._window.last_error = show_error(self._window, self.tr("Import failed"),
                                                 str(exc))
            return False
        report = self.book.merge(incoming)
        if report is None:
            return False
        archive = self._window.archive
        if archive is not None:
            self.book.reattach(archive)
        self._say(fill(self.tr("Imported %1 new, updated %2, %3 already there."),
                       number(report.added), number(report.updated), number(report.unchanged)))
        return True

    # -- showing them ---------------------------------------------------------------------

    def _ranges_of(self, source: Source) -> list[tuple[int, int]]:
        if not self.book.available:
            return []
        return [(a.start, a.end) for a in self.book.on_source(source.file)]

    def _detail_html(self, table: str, record: Record, passages: list[Passage]) -> str:
        if not self.book.available:
            return ""
        found = list(self.book.on_record(table, record.id))
        if isinstance(record, Source):  # a document: every annotation of its words
            found += self.book.on_source(record.file)
        seen = {a.id for a in found}
        for passage in passages:
            for span in passage.spans:
                for a in self.book.overlapping(span.source_file, span.start, span.end):
                    if a.id not in seen:
                        seen.add(a.id)
                        found.append(a)
        items = []
        edit, none_yet = html.escape(self.tr("Edit")), html.escape(self.tr("None yet."))
        for a in found:
            # The tags on a line of their own, named and comma-separated: "#check later"
            # before the note read as the tag "check" and a note beginning "later".
            lines = []
            if a.tags:
                tags = fill(self.tr("Tags: %1"), shown_tags(a.tags))
                lines.append(f"<span class='where'>{html.escape(tags)}</span>")
            if a.note:
                lines.append(html.escape(a.note))
            if a.kind != RECORD:
                lines.append(f"<i>{html.escape(quotation(a.exact))}</i>")
            items.append(f"<p class='passage'>{'<br>'.join(lines)} "
                         f"<a href='annotation:{a.id}'>{edit}</a></p>")
        body = "".join(items) or f"<p class='where'>{none_yet}</p>"
        return ("<h3>" + html.escape(self.tr("Your annotations")) + f"</h3>{body}<p>"
                + fill(self.tr("%1Tag this record…%2 · select words in the source reader to "
                               "annotate them (Ctrl+Shift+A)"), "<a href='annotate:record'>",
                       "</a>") + "</p>")

    def _detail_link(self, url: str) -> None:
        scheme, _, rest = url.partition(":")
        if scheme == "annotate":
            self.tag_record()
        elif scheme == "annotation":
            found = self.book.get(rest)
            if found is not None:
                self.edit(found)

    def search(self, query: str) -> None:
        """Find ``query`` in the annotations, off the GUI thread; the answer is listed when
        it comes (:meth:`_searched`), unless a newer search was asked meanwhile."""
        self._query = query
        if self.results is None:
            return
        self._reads_asked += 1
        self._search_generation = self._reads_asked
        store = self.book.store if query.strip() else None
        if store is None:
            self._show_found(Found(query, [], 0, search_words(query)[1]))
            return
        self.reads.search(store, query, SEARCH_LIMIT, self._search_generation)

    def _searched(self, generation: int, found: Found) -> None:
        if generation == self._search_generation:
            self._show_found(found)

    def _show_found(self, found: Found) -> None:
        if self.results is None:
            return
        self.results.show_found(found.query, found.annotations, found.notice, found.total)
        if self._panel is not None:  # its summary counts them with the records
            self._panel.set_annotation_matches(found.query, found.total)

    def _reload_tab(self) -> None:
        """The Annotations tab's list read anew, off the GUI thread (:meth:`_listed`)."""
        tab = self._tab
        store = self.book.store if tab is not None else None
        if tab is None or store is None:
            return
        self._reads_asked += 1
        self._list_generation = self._reads_asked
        self.reads.list_all(store, self._list_generation, tab.model.sort_column())

    def _listed(self, generation: int, listed: Listing) -> None:
        if generation == self._list_generation and self._tab is not None:
            self._tab.set_annotations(listed.annotations, listed.folded, listed.keys)

    def _read_failed(self, generation: int, message: str) -> None:
        """A read failed (the file damaged or taken away since it was opened): said in the
        status bar, as a dialog at every key of the search box would be too much."""
        if generation in (self._search_generation, self._list_generation):
            self._say(message)

    def _result_activated(self, index: object) -> None:
        if self.results is None:
            return
        a = self.results.model.data(index, RecordRole)  # type: ignore[arg-type]
        if isinstance(a, Annotation):
            self.open(a)

    def _changed(self) -> None:
        self._reload_tab()
        if self._reader is not None:
            self._reader.refresh_highlights()
        if self._detail is not None:
            self._detail.redraw()
        if self._query:
            self.search(self._query)

    def _failed(self, message: str) -> None:
        from viewer.gui.window.errors import show_error

        self._window.last_error = show_error(self._window, self.tr("Annotations"), message)
        if self._tab is not None and self.book.problem is not None:
            self._tab.set_unavailable(self.book.problem)  # opened after the tab was built

