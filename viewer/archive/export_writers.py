"""The format writers of an export: CSV, JSON and Markdown tables, and the citing formats
(plain-text and HTML citations, CSL-JSON, BibTeX, RIS), with the cell and span rendering they
share.

:mod:`viewer.archive.export` picks a writer from :data:`WRITERS` and feeds it records; each
writer turns one record and its provenance spans into its format. Cells a spreadsheet would run
as a formula get a leading ``'`` (OWASP's CSV-injection advice).
"""

from __future__ import annotations

import csv
import html
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields
from typing import IO, Any

from viewer.archive import citations
from viewer.archive.records import entities
from viewer.archive.records.credits import CastCredit, CrewCredit, Person
from viewer.archive.records.documents import Excerpt, Source, Span
from viewer.archive.records.kinds import Record, record_dict
from viewer.archive.records.series import Episode
from viewer.archive.records.statements import Claim, Disagreement, Fact, Quote
from viewer.archive.records.story import Character, Storyline
from viewer.archive.store import Archive
from viewer.archive.tables import ENTITY_KINDS, TableSpec, marked_title, title_of

LIST_SEPARATOR = "; "
#: First characters that make a spreadsheet evaluate a cell (OWASP "CSV injection").
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
#: Spans of one source closer than this (and on one line) are quoted as one passage, so
#: "Jero Medina (Benjamín)" is one citation rather than two.
_CITATION_GAP = 12
_WHITESPACE = re.compile(r"\s+")
#: The column (JSON: the key) that says which of a record's values its sources do not state
#: in so many words — inferred or curated, each with its reason — with provenance or without:
#: a value no words state is marked wherever it is exported.
NOT_STATED = "not_stated"
#: Columns CSV and Markdown add after a record's fields when provenance is on; without it they
#: add :data:`NOT_STATED` alone.
PROVENANCE_KEYS = ["source_titles", "spans", NOT_STATED]
#: The record type each table hands out: its fields are the CSV columns, rows or no rows.
RECORD_TYPES: dict[str, type[Record]] = {
    "episodes": Episode, "cast": CastCredit, "crew": CrewCredit, "people": Person,
    "characters": Character, "storylines": Storyline, "quotes": Quote, "facts": Fact,
    "excerpts": Excerpt, "sources": Source,
    "disagreements": Disagreement, "claims": Claim,
    **{table: getattr(entities, name) for table, (_kind, name) in ENTITY_KINDS.items()},
}



def neutralise_formula(cell: str) -> str:
    """Prefix ``'`` to a cell a spreadsheet would otherwise evaluate as a formula."""
    return "'" + cell if cell.startswith(FORMULA_TRIGGERS) else cell


# -- cell and span rendering ----------------------------------------------------------------


def _cell(value: Any) -> str:
    """One value as text: lists joined, booleans as JSON spells them, None as empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(_cell(v) for v in value)
    if isinstance(value, dict):  # one side of a disagreement: JSON, so it reads back whole
        # JSON's syntax has no ";": one in its strings is escaped, so no value's "; " reads
        # as the separator of the list the object is an item of.
        return json.dumps(value, ensure_ascii=False).replace(";", "\\u003b")
    return str(value)


def _distinct(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


def _span_refs(spans: Sequence[Span]) -> list[str]:
    """Each span as ``field@file:start-end``: which field of the record it supports, where."""
    return _distinct(f"{s.field}@{s.source_file}:{s.start}-{s.end}" for s in spans)


def _keys(spec: TableSpec, provenance: bool) -> list[str]:
    """The columns of CSV and Markdown: the record's fields, then (with provenance) the titles
    of the documents and the spans, then what the documents do not state themselves (inferred
    or curated values, with the reason), provenance or not. ``sources`` already names the
    documents' files."""
    keys = [f.name for f in fields(RECORD_TYPES[spec.name])]
    return keys + (PROVENANCE_KEYS if provenance else [NOT_STATED])


def _span_dicts(spans: Sequence[Span]) -> list[dict[str, Any]]:
    """Each span, with whether the seed states the value there (and if not, why it is
    there: issue 25)."""
    out = []
    for s in spans:
        span: dict[str, Any] = {"source": s.source_file, "source_title": s.source_title,
                                "field": s.field, "start": s.start, "end": s.end,
                                "status": s.status}
        if s.reason:
            span["reason"] = s.reason
        out.append(span)
    return out


def _not_stated(spans: Sequence[Span]) -> list[str]:
    """"field (inferred): reason" for every span whose value the seed does not state."""
    return _distinct(f"{s.field} ({s.status}): {s.reason}" for s in spans
                     if s.status != "stated")


def _not_stated_dicts(spans: Sequence[Span]) -> list[dict[str, str]]:
    """JSON's :data:`NOT_STATED`: each field, status and reason :func:`_not_stated` writes,
    as an object."""
    out: dict[tuple[str, str, str], None] = {}
    for s in spans:
        if s.status != "stated":
            out[(s.field, s.status, s.reason or "")] = None
    return [{"field": f, "status": status, "reason": reason} for f, status, reason in out]


def _inferred_roles(record: Record) -> list[str]:
    """A person's roles only inferred credits give (:attr:`Person.inferred_roles`), as one
    more :func:`_not_stated` entry; none for any other record."""
    roles = record.inferred_roles if isinstance(record, Person) else ()
    if not roles:
        return []
    return [f"roles (inferred): {', '.join(roles)}, given only by credits no words state "
            "(each credit says why)"]


@dataclass
class _Passage:
    """Adjacent spans of one source, quoted together in a citation."""

    source_id: int
    source_file: str
    source_title: str
    start: int
    end: int


def _passages(spans: Sequence[Span], text_of: Callable[[int], str]) -> list[_Passage]:
    out: list[_Passage] = []
    for span in sorted(spans, key=lambda s: (s.source_id, s.start, s.end)):
        last = out[-1] if out else None
        if (last is not None and last.source_id == span.source_id
                and span.start - last.end <= _CITATION_GAP
                and "\n" not in text_of(span.source_id)[last.end:span.start]):
            last.end = max(last.end, span.end)
        else:
            out.append(_Passage(span.source_id, span.source_file, span.source_title,
                                span.start, span.end))
    return out


def quoted_span(text: str, start: int, end: int) -> str:
    """The source's words at ``text[start:end]``, whitespace runs folded for one line."""
    return _WHITESPACE.sub(" ", text[start:end]).strip()


# -- writers --------------------------------------------------------------------------------


@dataclass
class Writer:
    """One format: a header, one call per record (with its spans), a footer."""

    stream: IO[str]
    spec: TableSpec
    provenance: bool
    text_of: Callable[[int], str]
    archive: Archive | None = None
    written: int = field(default=0)

    def begin(self) -> None:
        pass

    def record(self, record: Record, spans: Sequence[Span]) -> None:
        raise NotImplementedError

    def end(self) -> None:
        pass


def _flat_row(record: Record, spans: Sequence[Span], provenance: bool) -> dict[str, Any]:
    """A record as one table row, then what its spans do not state; with ``provenance``,
    its documents' titles and its spans too."""
    row = record_dict(record)
    if provenance:
        row["source_titles"] = _distinct(s.source_title for s in spans)
        row["spans"] = _span_refs(spans)
    row[NOT_STATED] = _not_stated(spans)
    return row


class _CsvWriter(Writer):
    def begin(self) -> None:
        self._fields = _keys(self.spec, self.provenance)
        self._csv = csv.writer(self.stream)
        self._csv.writerow(self._fields)

    def record(self, record: Record, spans: Sequence[Span]) -> None:
        row = _flat_row(record, spans, self.provenance)
        self._csv.writerow([neutralise_formula(_cell(row[k])) for k in self._fields])


class _JsonWriter(Writer):
    def begin(self) -> None:
        self.stream.write("[")

    def record(self, record: Record, spans: Sequence[Span]) -> None:
        obj = record_dict(record)
        if self.provenance:
            obj["provenance"] = _span_dicts(spans)
        obj[NOT_STATED] = _not_stated_dicts(spans)  # last, as in CSV
        body = json.dumps(obj, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        self.stream.write(("," if self.written else "") + "\n  " + body)

    def end(self) -> None:
        self.stream.write("\n]\n" if self.written else "]\n")


def _md_escape(text: str) -> str:
    """A Markdown table cell: pipes and backslashes escaped, lines joined."""
    text = text.replace("\\", "\\\\").replace("|", "\\|")
    return _WHITESPACE.sub(" ", text).strip()


class _MarkdownWriter(Writer):
    def begin(self) -> None:
        self._keys = _keys(self.spec, self.provenance)
        self.stream.write("| " + " | ".join(_md_escape(k) for k in self._keys) + " |\n")
        self.stream.write("|" + "---|" * len(self._keys) + "\n")

    def record(self, record: Record, spans: Sequence[Span]) -> None:
        row = _flat_row(record, spans, self.provenance)
        cells = [_cell(row[k]) for k in self._keys]
        self.stream.write("| " + " | ".join(_md_escape(c) for c in cells) + " |\n")


class _CitingWriter(Writer):
    """Citations: each record as the documents that state it (viewer.archive.citations), the
    record and its spans in each item's note. They always read provenance."""

    def begin(self) -> None:
        self.items: list[dict[str, Any]] = []

    def cited(self, record: Record, spans: Sequence[Span]) -> list[citations.Cited]:
        if self.archive is None:
            raise ValueError("citations need the archive")
        archive = self.archive
        table = self.spec.name
        if isinstance(record, Source):
            return [citations.Cited(f"somos-source-{record.id}", "", record)]
        title = marked_title(table, record)
        what = f"{self.spec.label}: {title}"
        by_source: dict[int, list[citations.Passage]] = {}
        for p in _passages(spans, self.text_of):
            by_source.setdefault(p.source_id, []).append(citations.Passage(
                p.start, p.end, archive.section_at(p.source_id, p.start, p.end),
                quoted_span(self.text_of(p.source_id), p.start, p.end)))
        if not by_source:  # no spans: the documents it names
            files = set(getattr(record, "sources", ()))
            by_source = {s.id: [] for s in archive.sources() if s.file in files}
        several = len(by_source) > 1
        # What this document's words do not state; where they state all they give of a
        # record marked inferred (another document's words are read), what those do not, so
        # that every item of a marked title says why.
        marked = title != title_of(table, record)
        cited = []
        for sid, passages in by_source.items():
            read = _not_stated([s for s in spans if s.source_id == sid])
            if not read and marked:
                read = _not_stated(spans)
            cited.append(citations.Cited(
                f"somos-{table}-{record.id}" + (f"-s{sid}" if several else ""), what,
                archive.source(sid), tuple(passages), tuple(read + _inferred_roles(record))))
        return cited

    def record(self, record: Record, spans: Sequence[Span]) -> None:
        self.items += [citations.csl_item(c) for c in self.cited(record, spans)]


class _CslJsonWriter(_CitingWriter):
    def end(self) -> None:
        json.dump(self.items, self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")


class _BibtexWriter(_CitingWriter):
    def end(self) -> None:
        self.stream.write(citations.bibtex(self.items))


class _RisWriter(_CitingWriter):
    def end(self) -> None:
        self.stream.write(citations.ris(self.items))


class _CitationWriter(_CitingWriter):
    """Plain-text citations, rendered from the CSL-JSON items by citeproc-py, one numbered
    entry per record and document, written as they come."""

    html = False

    def begin(self) -> None:
        super().begin()
        self.renderer = citations.Renderer(html=self.html)
        self.entries = 0

    def record(self, record: Record, spans: Sequence[Span]) -> None:
        for cited in self.cited(record, spans):
            self.entries += 1
            self.write_entry(self.renderer.render(citations.csl_item(cited)))

    def write_entry(self, text: str) -> None:
        self.stream.write(f"[{self.entries}] {text}\n\n")


class _HtmlCitationWriter(_CitationWriter):
    html = True

    def begin(self) -> None:
        super().begin()
        title = html.escape(f"Somos Archive — {self.spec.label}")
        self.stream.write(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{title}</title>\n</head>\n<body>\n<h1>{title}</h1>\n<ol>\n")

    def write_entry(self, text: str) -> None:
        self.stream.write(f"<li>{text}</li>\n")

    def end(self) -> None:
        self.stream.write("</ol>\n</body>\n</html>\n")


WRITERS: dict[str, type[Writer]] = {
    "csv": _CsvWriter, "json": _JsonWriter, "md": _MarkdownWriter,
    "citations": _CitationWriter, "html": _HtmlCitationWriter, "csl-json": _CslJsonWriter,
    "bibtex": _BibtexWriter, "ris": _RisWriter,
}


__all__ = [
    "FORMULA_TRIGGERS", "LIST_SEPARATOR", "PROVENANCE_KEYS", "RECORD_TYPES", "WRITERS",
    "Writer", "neutralise_formula", "quoted_span",
]
