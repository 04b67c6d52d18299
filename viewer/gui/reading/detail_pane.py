"""The detail pane: one record's fields, the records it links to, and where the seeds say it.

Provenance is shown as the words around each span of the seed with the span itself
highlighted; nearby spans of one source are merged into one passage. The lookups run in a
worker (:func:`~viewer.gui.reading.record_detail.load_detail` with its own connection) and
the newest request wins. Following a link asks the main window to navigate (so Back/Forward
see it); a passage's link asks the source reader to show the whole document at that place.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from viewer.archive.quotation import quotation
from viewer.archive.reasons import said
from viewer.archive.records.documents import Source
from viewer.archive.records.kinds import Record
from viewer.archive.records.navigation import Link
from viewer.archive.store import Archive
from viewer.archive.tables import ENTITY_KINDS, TABLE_SPECS
from viewer.gui.archive_words import (
    field_text,
    inferred_role,
    link_label,
    marked_roles,
    qualifier_label,
    record_title,
)
from viewer.gui.focus_frame import FocusFrame
from viewer.gui.labels import (
    VOCABULARY_FIELDS,
    counted,
    field_label,
    fill,
    number,
    relation_heading,
)
from viewer.gui.reading.record_detail import (
    HIGHLIGHT,
    REFERENCES,
    Passage,
    RecordDetail,
    load_detail,
    opening,
)
from viewer.gui.tables.models import display_value, noun
from viewer.gui.workers import WorkerPool

MAX_LINKS_PER_RELATION = 40
# The most of one field's text the pane lays out: laying out a whole document-sized passage
# held the window (issue 30). The whole text stays in the source reader and in exports.
MAX_FIELD_CHARS = 5_000
# Relation headings ("Credits", "Cast", never "Casts") and field names are translated in
# viewer.gui.labels, which lists every one for the translators.

_STYLE = """
h2 { margin-bottom: 0; }
.kind { color: %(muted)s; margin-top: 2px; }
td.label { color: %(muted)s; padding-right: 12px; white-space: nowrap; }
td { padding-bottom: 3px; vertical-align: top; }
h3 { margin-top: 16px; margin-bottom: 4px; }
.passage { margin-top: 2px; margin-bottom: 10px; }
.where { color: %(muted)s; }
td.side { border-left: 2px solid %(muted)s; padding-left: 8px; padding-right: 8px; }
"""

__all__ = ["HIGHLIGHT", "DetailPane"]


# A link's citations shown beside it, and how much of each: the reader shows them whole.
MAX_CITATIONS = 3
MAX_CITED_CHARS = 90
# The tables whose records a thing's links cite (its people and the other things).
_CITED_TABLES = frozenset({"people", *ENTITY_KINDS})


def _short(words: str) -> str:
    """``words`` at most about :data:`MAX_CITED_CHARS` long: their beginning and their end
    (the two names), the middle cut at words into "…"."""
    if len(words) <= MAX_CITED_CHARS:
        return words
    half = MAX_CITED_CHARS // 2
    head = words.rfind(" ", 0, half)
    tail = words.find(" ", len(words) - half)
    head = head if head > 0 else half
    tail = tail + 1 if tail > head else len(words) - half
    return f"{words[:head]} … {words[tail:]}"


def _label(table: str, key: str) -> str:
    return field_label(TABLE_SPECS[table], key)


# A key to another record, and the fields beside it that name that record.
_NAMED_BY = {"person_id": ("actor", "person", "speaker"), "character_id": ("character",),
             "source_id": ("source",)}


class DetailPane(QTextBrowser):
    """Shows one record; emits requests to navigate or to open a source at a span.

    With a :class:`WorkerPool` the lookups run off the GUI thread; without one (tests of the
    pane alone) they run at once.
    """

    link_activated = Signal(str, int)  # table, id
    source_requested = Signal(int, object)  # source id, [(start, end), ...] to highlight
    record_shown = Signal(str, int)  # the record now on screen (or not found)
    extra_link_activated = Signal(str)  # a link of the annotations section (its URL)

    def __init__(self, workers: WorkerPool | None = None, archive: Archive | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setAccessibleName(self.tr("Record details"))
        self.setOpenLinks(False)
        self.focus_frame = FocusFrame(self)  # Tab from a table lands here: show it
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        self.document().setDefaultStyleSheet(_STYLE % {"muted": muted})
        self.anchorClicked.connect(self._anchor)
        self._workers = workers
        self._archive = archive
        self._path: Path | None = archive.path if archive else None
        self._generation = 0
        self.record: Record | None = None
        self.table: str | None = None
        self.passages: list[Passage] = []
        self._detail: RecordDetail | None = None
        # The HTML of the record's annotations (set by the window; see
        # viewer.gui.annotating.annotator).
        self.annotations_html: Callable[[str, Record, list[Passage]], str] | None = None
        if workers is not None:
            workers.detail_finished.connect(self._finished)
            workers.detail_failed.connect(self._failed)
        self.show_empty()

    def set_archive(self, archive: Archive | None) -> None:
        self._archive = archive
        self._path = archive.path if archive else None
        self._generation += 1
        self.show_empty()

    def show_empty(self, message: str = "") -> None:
        self.record, self.table, self.passages = None, None, []
        self._detail = None
        text = message or self.tr("Select a row or a search result to see all its fields, the "
                                  "records it links to, and the passages of the sources it was "
                                  "read from.")
        self.setHtml(f"<p class='kind' style='margin-top:24px'>{html.escape(text)}</p>")

    # -- showing a record -----------------------------------------------------------------

    def show_record(self, table: str, record_id: int) -> None:
        """Show a record (when its details arrive, :attr:`record_shown` is emitted)."""
        self._generation += 1
        if self._archive is None or self._path is None:
            self._show(table, record_id, None)
        elif self._workers is None:
            self._show(table, record_id, load_detail(self._archive, table, record_id))
        else:
            self._workers.detail(self._path, table, record_id, self._generation)

    def _finished(self, generation: int, table: str, record_id: int,
                  detail: RecordDetail | None) -> None:
        if generation == self._generation:
            self._show(table, record_id, detail)

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.show_empty(message)

    def _show(self, table: str, record_id: int, detail: RecordDetail | None) -> None:
        if detail is None:
            self.show_empty(fill(self.tr("This %1 (#%2) is not in the open archive."),
                                 noun(table), record_id))
            self.record_shown.emit(table, record_id)
            return
        record = detail.record
        self.record, self.table, self.passages = record, table, detail.passages
        self._detail = detail
        self._render(detail)
        self.record_shown.emit(table, record_id)
        if (opened := opening(self.passages, getattr(record, "sources", ()))) is not None:
            # Every span of the record in that source, not only the first passage's: a
            # quote's attribution line comes before the quote, which was left unmarked.
            self.source_requested.emit(*opened)
        elif isinstance(record, Source):
            self.source_requested.emit(record.id, [])

    def _render(self, detail: RecordDetail) -> None:
        notes = (self.annotations_html(detail.table, detail.record, detail.passages)
                 if self.annotations_html is not None else "")
        self.setHtml("".join([self._header(detail.table, detail.record), self._fields(detail),
                              self._related(detail), notes, self._provenance(detail)]))

    def redraw(self) -> None:
        """Show the record again as it is (its annotations changed), where it was scrolled."""
        if self._detail is not None:
            bar = self.verticalScrollBar()
            at = bar.value()
            self._render(self._detail)
            bar.setValue(at)

    def _header(self, table: str, record: Record) -> str:
        n = len(getattr(record, "sources", ()))
        sources = (" · " + counted(n, self.tr("stated by 1 source"),
                                   self.tr("stated by %Ln sources", "", n))) if n else ""
        return (f"<h2>{html.escape(record_title(table, record))}</h2>"
                f"<p class='kind'>{html.escape(noun(table).capitalize())} "
                f"#{record.id}{sources}</p>")

    @staticmethod
    def _source_html(detail: RecordDetail, file: str) -> str:
        """A source named by its file, as a researcher reads it: its title, a link to the
        reader, the file name (what a citation needs) in its tooltip."""
        title = html.escape(str(detail.source_titles.get(file, file)))
        ident = detail.source_ids.get(file)
        if ident is None:
            return title
        return f"<a href='source:{ident}' title='{html.escape(file)}'>{title}</a>"

    @staticmethod
    def _value_html(detail: RecordDetail, key: str, value: Any) -> str:
        if key == "sources" and isinstance(value, tuple):
            return "<br>".join(DetailPane._source_html(detail, f) for f in value)
        if key == "source" and isinstance(value, str) and value in detail.source_titles:
            return DetailPane._source_html(detail, value)
        record = detail.record
        inferred_roles: tuple[str, ...] = getattr(record, "inferred_roles", ())
        if key == "roles" and isinstance(value, tuple) and inferred_roles:
            # Roles only inferred credits give are marked, as in the People tab.
            return html.escape(display_value(marked_roles(value, inferred_roles)))
        if key == "role" and detail.table == "crew" and getattr(record, "inferred", None):
            return html.escape(inferred_role(field_text(key, value, detail.table)))
        if key in VOCABULARY_FIELDS:
            value = field_text(key, value, detail.table)  # words of ours, translated
        value = said(value) if isinstance(value, str) else value  # a reason of the builder's
        if isinstance(value, str) and len(value) > MAX_FIELD_CHARS:
            more = len(value) - MAX_FIELD_CHARS
            return (DetailPane._value_html(detail, key, value[:MAX_FIELD_CHARS])
                    + "… <span class='where'>(" + html.escape(fill(QCoreApplication.translate(
                        "DetailPane", "%1 more characters, not shown here"), number(more)))
                    + ")</span>")
        if isinstance(value, tuple) and any(", " in str(v) for v in value):
            # Items with commas of their own (descriptions) would run together: one a line.
            return "<br>".join(html.escape(str(v)) for v in value)
        if isinstance(value, str) and "\n" in value.strip():
            return "<br>".join(html.escape(line) for line in value.strip().splitlines())
        return html.escape(display_value(value)) or "<span class='where'>—</span>"

    @staticmethod
    def _sides_html(detail: RecordDetail) -> str:
        """A disagreement's sides side by side, one column each: in each, every value as its
        sources state it, each span a link that opens the reader there."""
        columns: dict[int, list[str]] = {}
        for side, value, spans, inferred, qualifier in detail.sides:
            items = [f"<a href='span:{sid}:{start}:{end}'>{html.escape(quotation(words))}</a> "
                     f"<span class='where'>({html.escape(title)})</span>"
                     for sid, title, start, end, words in spans]
            named = value
            if qualifier:  # what the text calls it: "28 (official count)"
                named += f" ({qualifier_label(qualifier)})"
            shown = f"<b>{html.escape(inferred_role(named) if inferred else named)}</b><br>"
            if inferred:
                # No words state this value: the side says it is the archive's reading.
                shown += f"<span class='where'>{html.escape(said(inferred) or '')}</span><br>"
            columns.setdefault(side, []).append(shown + "<br>".join(items))
        width = 100 // max(1, len(columns))
        cells = "".join(f"<td valign='top' width='{width}%' class='side'>"
                        + "<br><br>".join(rows) + "</td>" for rows in columns.values())
        return f"<table cellspacing='0' cellpadding='4' width='100%'><tr>{cells}</tr></table>"

    def _fields(self, detail: RecordDetail) -> str:
        record = detail.record
        names = [f.name for f in fields(record)]
        # A key to another record is shown by that record's name, a link: on the name field
        # beside it (a cast credit's actor) where there is one, else on a row of its own.
        linked = {sibling: key for key, siblings in _NAMED_BY.items() if key in names
                  for sibling in siblings if sibling in names}
        hidden = {"id", "record_table", "source_id", *linked.values()}
        if getattr(record, "sources", None) == (getattr(record, "source", None),):
            hidden.add("source")  # the one source is its Sources row
        rows = []
        for name in names:
            if name in hidden:
                continue
            value = getattr(record, name)
            if name in linked:
                value_html = self._link_html(detail, linked[name], value)
            elif name in REFERENCES:
                if name not in detail.referenced:
                    continue
                value_html = self._link_html(detail, name, None)
            elif name == "values" and detail.sides:
                value_html = self._sides_html(detail)
            elif name == "inferred" and not value:
                value_html = self._inferred_html(detail)
            else:
                value_html = self._value_html(detail, name, value)
            label = _label(detail.table, name.removesuffix("_id") if name in REFERENCES
                           else name)
            rows.append(f"<tr><td class='label'>{html.escape(label)}</td>"
                        f"<td>{value_html}</td></tr>")
        return "<table cellspacing='0'>" + "".join(rows) + "</table>"

    @staticmethod
    def _link_html(detail: RecordDetail, key: str, shown: object) -> str:
        """The record a key points at, by ``shown`` (the name beside the key) or its title."""
        if key == "source_id":
            return DetailPane._source_html(detail, str(shown))
        found = detail.referenced.get(key)
        if found is None:
            return DetailPane._value_html(detail, key, shown)
        table, record = found
        text = str(shown) if shown else record_title(table, record)
        return f"<a href='record:{table}/{record.id}'>{html.escape(text)}</a>"

    def _inferred_html(self, detail: RecordDetail) -> str:
        """The fields the sources do not state, as the provenance below marks them; a dash
        where every field is stated."""
        inferred = list(dict.fromkeys(_label(detail.table, s.field) for p in detail.passages
                                      for s in p.spans if s.status == "inferred"))
        if not inferred:
            return "<span class='where'>—</span>"
        return html.escape(fill(self.tr("%1 (the reasons are under “Where the sources say "
                                        "it”)"), ", ".join(inferred)))

    @staticmethod
    def _related(detail: RecordDetail) -> str:
        groups: dict[str, list[Link]] = {}
        # Records of the same kind of thing first; quotes and passing mentions last.
        for link in sorted(detail.links, key=lambda lk: lk.relation in ("quote", "mention")):
            groups.setdefault(link.relation, []).append(link)
        if not groups:
            return ""
        rows = []
        for relation, links in groups.items():
            items: list[str] = []
            by_label: dict[str, int] = {}  # label -> its line in items
            for link in links[:MAX_LINKS_PER_RELATION]:
                label = detail.quote_previews.get(link.id, link.label) if (
                    link.table == "quotes") else link_label(
                        link, detail.linked.get((link.table, link.id)))
                href = f"record:{link.table}/{link.id}"
                line = by_label.get(label)
                if line is None:
                    by_label[label] = len(items)
                    items.append(f"<a href='{href}'>{html.escape(label)}</a>"
                                 + DetailPane._cited_html(detail, link))
                else:
                    # The same words in another place (an attribution under each of a
                    # speaker's quotes): one line, each place a numbered link, not the same
                    # line twice.
                    places = items[line].count("<a ") + 1
                    items[line] += (" <span class='where'>·</span> " if places == 2 else " ") + (
                        f"<a href='{href}'>{places}</a>")
            if len(links) > MAX_LINKS_PER_RELATION:
                items.append("<span class='where'>" + html.escape(fill(QCoreApplication.translate(
                    "DetailPane", "and %1 more"), number(len(links) - MAX_LINKS_PER_RELATION)))
                    + "</span>")
            name = relation_heading(relation, len(links))
            rows.append(f"<tr><td class='label'>{html.escape(name)}</td>"
                        f"<td>{'<br>'.join(items)}</td></tr>")
        return ("<h3>" + html.escape(QCoreApplication.translate("DetailPane", "Related"))
                + "</h3><table cellspacing='0'>" + "".join(rows) + "</table>")

    @staticmethod
    def _cited_html(detail: RecordDetail, link: Link) -> str:
        """Where a thing's link comes from: the words that tie them, each a link that opens
        the reader there (nothing for links no words cite)."""
        cited = detail.citations.get(link.label, []) if link.table in _CITED_TABLES else []
        # A person is cited at their name: the document says more than the name again.
        shown = [f"<a href='span:{sid}:{start}:{end}'>"
                 + html.escape(title if words == link.label else quotation(_short(words)))
                 + "</a>" for sid, start, end, words, title in cited[:MAX_CITATIONS]]
        return (" <span class='where'>—</span> " + " <span class='where'>·</span> ".join(shown)
                if shown else "")

    def _provenance(self, detail: RecordDetail) -> str:
        if isinstance(detail.record, Source):
            return ("<h3>" + html.escape(self.tr("Document")) + "</h3><p>"
                    + fill(self.tr("%1Read the whole document%2 in the source reader."),
                           f"<a href='source:{detail.record.id}'>", "</a>") + "</p>")
        heading = "<h3>" + html.escape(self.tr("Where the sources say it")) + "</h3>"
        if not detail.passages:
            return heading + "<p class='where'>" + html.escape(self.tr("No source spans.")) + "</p>"
        out = [heading]
        for i, (passage, text) in enumerate(zip(detail.passages, detail.passage_html,
                                                strict=True)):
            fields_ = ", ".join(_label(detail.table, f) for f in passage.fields)
            # What the seed does not state in so many words is said so, with the reason.
            notes = "".join(
                f"<br><i class='where'>{html.escape(_label(detail.table, s.field))}: "
                f"{html.escape(QCoreApplication.translate('Fields', s.status))} — "
                f"{html.escape(said(s.reason) or '')}</i>"
                for s in {(s.field, s.status, s.reason): s for s in passage.spans
                          if s.status != "stated"}.values())
            out.append(
                f"<p class='passage'><a href='passage:{i}' title='"
                f"{html.escape(passage.spans[0].source_file)}'>{html.escape(passage.source_title)}"
                f"</a> <span class='where'>· {html.escape(fields_)}</span>{notes}<br>{text}</p>")
        return "".join(out)

    # -- links ----------------------------------------------------------------------------

    def _anchor(self, url: QUrl) -> None:
        scheme, _, rest = url.toString().partition(":")
        if scheme == "record":
            table, _, ident = rest.partition("/")
            if table in TABLE_SPECS and ident.isdigit():
                self.link_activated.emit(table, int(ident))
        elif scheme == "passage" and rest.isdigit() and int(rest) < len(self.passages):
            passage = self.passages[int(rest)]
            self.source_requested.emit(passage.source_id, passage.ranges)
        elif scheme == "source" and rest.isdigit():
            self.source_requested.emit(int(rest), [])
        elif scheme == "span" and re.fullmatch(r"\d+:\d+:\d+", rest):
            source_id, start, end = (int(x) for x in rest.split(":"))
            self.source_requested.emit(source_id, [(start, end)])
        elif scheme in ("annotate", "annotation"):
            self.extra_link_activated.emit(url.toString())

    def link_urls(self) -> list[str]:
        """Every link in the pane, in order (what keyboard users Tab through)."""
        return re.findall(r"href=\"([^\"]+)\"", self.toHtml())
