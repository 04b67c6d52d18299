"""The detail pane: one record's fields, the records it links to, and where the seeds say it.

Provenance is shown as the words around each span of the seed with the span itself
highlighted; nearby spans of one source are merged into one passage. Following a link asks the
main window to navigate (so Back/Forward see it); a passage's "open" link asks the source
reader to show the whole document at that place.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, fields
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from viewer.archive.records import Excerpt, Link, Record, Source, Span
from viewer.archive.store import Archive
from viewer.archive.tables import TABLE_SPECS, title_of
from viewer.gui.models import display_value, noun

HIGHLIGHT = "#ffe27a"
CONTEXT_CHARS = 110
MERGE_GAP = 140
MAX_PASSAGE = 700
MAX_LINKS_PER_RELATION = 40

_STYLE = """
h2 { margin-bottom: 0; }
.kind { color: %(muted)s; margin-top: 2px; }
td.label { color: %(muted)s; padding-right: 12px; white-space: nowrap; }
td { padding-bottom: 3px; vertical-align: top; }
h3 { margin-top: 16px; margin-bottom: 4px; }
.passage { margin-top: 2px; margin-bottom: 10px; }
.where { color: %(muted)s; }
"""
_WS = re.compile(r"\s+")


@dataclass(frozen=True)
class Passage:
    """Spans of one source close enough together to be read as one passage."""

    source_id: int
    source_title: str
    spans: tuple[Span, ...]

    @property
    def ranges(self) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in self.spans]

    @property
    def fields(self) -> list[str]:
        return list(dict.fromkeys(s.field for s in self.spans))


def passages(spans: list[Span]) -> list[Passage]:
    """Group spans by source into passages of nearby spans, in source and text order."""
    out: list[Passage] = []
    group: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.source_id, s.start, s.end)):
        if group and (span.source_id != group[0].source_id
                      or span.start > max(s.end for s in group) + MERGE_GAP
                      or span.end - group[0].start > MAX_PASSAGE):
            out.append(Passage(group[0].source_id, group[0].source_title, tuple(group)))
            group = []
        group.append(span)
    if group:
        out.append(Passage(group[0].source_id, group[0].source_title, tuple(group)))
    return out


def _flat(text: str) -> str:
    return html.escape(_WS.sub(" ", text))


def passage_html(text: str, passage: Passage) -> str:
    """The passage's words with every span highlighted, trimmed to whole words at the ends."""
    merged: list[list[int]] = []
    for start, end in sorted(passage.ranges):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    first, last = merged[0][0], merged[-1][1]
    left = max(0, first - CONTEXT_CHARS)
    right = min(len(text), last + CONTEXT_CHARS)
    if left > 0:
        cut = text.find(" ", left, first)
        left = cut + 1 if cut != -1 else left
    if right < len(text):
        cut = text.rfind(" ", last, right)
        right = cut if cut != -1 else right
    parts = ["…" if left > 0 else ""]
    pos = left
    for start, end in merged:
        parts.append(_flat(text[pos:start]))
        parts.append(f'<span style="background-color:{HIGHLIGHT}; color:#1a1a1a;">'
                     f"{_flat(text[start:end])}</span>")
        pos = end
    parts.append(_flat(text[pos:right]))
    parts.append("…" if right < len(text) else "")
    return "".join(parts).strip()


def _label(table: str, key: str) -> str:
    for col in TABLE_SPECS[table].columns:
        if col.key == key:
            return col.label
    return key.replace("_", " ").capitalize()


class DetailPane(QTextBrowser):
    """Shows one record; emits requests to navigate or to open a source at a span."""

    link_activated = Signal(str, int)  # table, id
    source_requested = Signal(int, object)  # source id, [(start, end), ...] to highlight

    def __init__(self, archive: Archive | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setAccessibleName("Record details")
        self.setOpenLinks(False)
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        self.document().setDefaultStyleSheet(_STYLE % {"muted": muted})
        self.anchorClicked.connect(self._anchor)
        self._archive = archive
        self._texts: dict[int, str] = {}
        self._titles: dict[str, str] = {}
        self.record: Record | None = None
        self.table: str | None = None
        self.passages: list[Passage] = []
        self.show_empty()

    def set_archive(self, archive: Archive | None) -> None:
        self._archive = archive
        self._texts.clear()
        self._titles.clear()
        self.show_empty()

    def show_empty(self, message: str = "") -> None:
        self.record, self.table, self.passages = None, None, []
        text = message or ("Select a row or a search result to see all its fields, the records "
                           "it links to, and the passages of the sources it was read from.")
        self.setHtml(f"<p class='kind' style='margin-top:24px'>{html.escape(text)}</p>")

    # -- showing a record -----------------------------------------------------------------

    def show_record(self, table: str, record_id: int) -> bool:
        """Show a record; False (and an explanation) if the archive does not have it."""
        record = self._archive.get(table, record_id) if self._archive else None
        if self._archive is None or record is None:
            self.show_empty(f"This {noun(table)} (#{record_id}) is not in the open archive.")
            return False
        self.record, self.table = record, table
        spans = self._archive.provenance(table, record_id)
        if not spans and isinstance(record, Excerpt):
            source = self._archive.source(record.source_id)
            spans = [Span(record.source_id, source.file, source.title, "text", record.start,
                          record.end)]
        self.passages = passages(spans)
        body = [self._header(table, record), self._fields(table, record),
                self._related(table, record), self._provenance(record)]
        self.setHtml("".join(body))
        if self.passages:
            first = self.passages[0]
            self.source_requested.emit(first.source_id, first.ranges)
        elif isinstance(record, Source):
            self.source_requested.emit(record.id, [])
        return True

    def _source_title(self, file: str) -> str:
        if not self._titles and self._archive is not None:
            self._titles = {rec.file: rec.title for rec in self._archive.sources()}
        return self._titles.get(file, file)

    def _header(self, table: str, record: Record) -> str:
        n = len(getattr(record, "sources", ()))
        sources = f" · stated by {n} source{'s' if n != 1 else ''}" if n else ""
        return (f"<h2>{html.escape(title_of(table, record))}</h2>"
                f"<p class='kind'>{html.escape(noun(table).capitalize())} "
                f"#{record.id}{sources}</p>")

    def _value_html(self, key: str, value: Any) -> str:
        if key == "sources" and isinstance(value, tuple):
            return "<br>".join(f"{html.escape(self._source_title(f))} "
                               f"<span class='where'>({html.escape(f)})</span>" for f in value)
        if isinstance(value, str) and "\n" in value.strip():
            return "<br>".join(html.escape(line) for line in value.strip().splitlines())
        return html.escape(display_value(value)) or "<span class='where'>—</span>"

    def _fields(self, table: str, record: Record) -> str:
        rows = []
        for f in fields(record):
            if isinstance(record, Source) and f.name == "text":
                continue
            rows.append(f"<tr><td class='label'>{html.escape(_label(table, f.name))}</td>"
                        f"<td>{self._value_html(f.name, getattr(record, f.name))}</td></tr>")
        return "<table cellspacing='0'>" + "".join(rows) + "</table>"

    def _links(self, table: str, record: Record) -> list[Link]:
        assert self._archive is not None
        links = self._archive.related(table, record.id)
        person_id = getattr(record, "person_id", None)
        if table in ("cast", "crew") and person_id is not None:
            # A crew member's (or actor's) other credits, one step instead of two.
            links += [Link(lk.table, lk.id, lk.label, "other credit")
                      for lk in self._archive.related("people", person_id)
                      if lk.table in ("cast", "crew") and (lk.table, lk.id) != (table, record.id)
                      and all((lk.table, lk.id) != (x.table, x.id) for x in links)]
        return links

    def _related(self, table: str, record: Record) -> str:
        groups: dict[str, list[Link]] = {}
        for link in self._links(table, record):
            groups.setdefault(link.relation, []).append(link)
        if not groups:
            return ""
        quote_text = self._quote_previews([lk.id for g in groups.values() for lk in g
                                           if lk.table == "quotes"])
        rows = []
        for relation, links in groups.items():
            items = []
            for link in links[:MAX_LINKS_PER_RELATION]:
                label = link.label
                if link.table == "quotes" and link.id in quote_text:
                    label = quote_text[link.id]
                items.append(f"<a href='record:{link.table}/{link.id}'>{html.escape(label)}</a>")
            if len(links) > MAX_LINKS_PER_RELATION:
                items.append(f"<span class='where'>and {len(links) - MAX_LINKS_PER_RELATION}"
                             " more</span>")
            name = relation.capitalize() + ("s" if len(links) > 1 and relation[-1] != "s"
                                            and relation != "played by" else "")
            rows.append(f"<tr><td class='label'>{html.escape(name)}</td>"
                        f"<td>{'<br>'.join(items)}</td></tr>")
        return "<h3>Related</h3><table cellspacing='0'>" + "".join(rows) + "</table>"

    def _quote_previews(self, ids: list[int]) -> dict[int, str]:
        if not ids or self._archive is None:
            return {}
        out = {}
        for rec in self._archive.get_many("quotes", ids):
            text = display_value(getattr(rec, "text", ""))
            out[rec.id] = "“" + (text if len(text) <= 90 else text[:87] + "…") + "”"
        return out

    def _text(self, source_id: int) -> str:
        if source_id not in self._texts and self._archive is not None:
            self._texts[source_id] = self._archive.source_text(source_id)
        return self._texts.get(source_id, "")

    def _provenance(self, record: Record) -> str:
        if isinstance(record, Source):
            return (f"<h3>Document</h3><p><a href='source:{record.id}'>Read the whole "
                    "document</a> in the source reader.</p>")
        if not self.passages:
            return "<h3>Where the sources say it</h3><p class='where'>No source spans.</p>"
        out = ["<h3>Where the sources say it</h3>"]
        for i, passage in enumerate(self.passages):
            fields_ = ", ".join(passage.fields)
            out.append(
                f"<p class='passage'><a href='passage:{i}'>{html.escape(passage.source_title)}"
                f"</a> <span class='where'>· {html.escape(fields_)}</span><br>"
                f"{passage_html(self._text(passage.source_id), passage)}</p>")
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

    def link_urls(self) -> list[str]:
        """Every link in the pane, in order (what keyboard users Tab through)."""
        return re.findall(r"href=\"([^\"]+)\"", self.toHtml())
