"""Annotations out and in: CSV, JSON, W3C Web Annotation JSON-LD and citations; import.

One core that the GUI and the CLI share. Every format carries the annotation's anchor and its
citation: with the archive open, the one its own exports give the annotated source and span
(:func:`archive_citations`: author, title, site, date, section, characters and words), else
the quoted words with the source and characters the annotation keeps (:func:`citation`). The JSON-LD
is the W3C Web Annotation model (https://www.w3.org/TR/annotation-model/): an
``AnnotationPage`` of ``Annotation`` items, each with its note as a ``commenting`` body, each
tag as a ``tagging`` body, and a target with a ``TextPositionSelector`` and a
``TextQuoteSelector``. Import reads back what export writes (JSON or JSON-LD), and a file of
another Web Annotation client as far as it has those selectors.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from viewer.annotations.model import FIELDS, RECORD, SPAN, Annotation, clean_tags, new_id, now
from viewer.annotations.store import AnnotationsError
from viewer.archive.atomic import InUse, write_atomically
from viewer.archive.connection import SQLITE_MAX_INTEGER
from viewer.archive.errors import os_problem
from viewer.archive.export_writers import neutralise_formula, quoted_span
from viewer.archive.quotation import quotation
from viewer.archive.search_query import without_surrogates
from viewer.archive.store import Archive
from viewer.i18n import message as _

FORMATS = {"csv": ".csv", "json": ".json", "jsonld": ".jsonld", "citations": ".txt"}
CONTEXT = "http://www.w3.org/ns/anno.jsonld"
#: The IRIs a Web Annotation's target names: a seed file, or a record of the archive. A
#: ``tag:`` URI (RFC 4151) because the seeds have no address of their own on the web.
SEED_IRI = "tag:somosarchive.org,2026:seed/"
RECORD_IRI = "tag:somosarchive.org,2026:record/"
COLUMNS = ("id", "kind", "status", "tags", "note", "citation", "source_file", "source_title",
           "source_sha256", "start", "end", "exact", "prefix", "suffix", "record_table",
           "record_id", "record_title", "created", "modified")


def citation(a: Annotation) -> str:
    """The annotated words, their source and where in it: what a footnote quotes."""
    if a.kind == RECORD:
        return f"{a.record_title} — Somos Archive, {a.record_table} #{a.record_id}"
    quote = quoted_span(a.exact, 0, len(a.exact))
    return f"{quotation(quote)} — {a.source_title} ({a.source_file}, chars {a.start}–{a.end})"


#: How an export cites an annotation: :func:`citation`, or the archive's own citations.
Cite = Callable[[Annotation], str]


def archive_citations(archive: Archive, annotations: Iterable[Annotation]) -> dict[str, str]:
    """Each attached annotation's citation as the archive's exports cite (its CSL style:
    the document's author, title, site and date, then the section, characters and words);
    keyed by id. Orphans are left to :func:`citation`: their words are not in this archive."""
    from viewer.archive.export import cite_passages, cite_records

    sources = {s.file: s for s in archive.sources()}
    out: dict[str, str] = {}
    for a in annotations:
        if a.orphaned:
            continue
        if a.kind == SPAN:
            source = sources.get(a.source_file)
            if source is not None and source.sha256 == a.source_sha256:
                out[a.id] = cite_passages(archive, source.id, [(a.start, a.end)])
        elif a.record_id is not None and a.record_table in archive.table_names():
            record = archive.get(a.record_table, a.record_id)
            if record is not None:
                out[a.id] = " ".join(cite_records(archive, [record]).split())
    return out


def citing(found: dict[str, str]) -> Cite:
    """A :data:`Cite` that takes ``found`` citations first, :func:`citation` otherwise."""
    return lambda a: found.get(a.id) or citation(a)


def as_row(a: Annotation, cite: Cite = citation) -> dict[str, Any]:
    """An annotation as one flat JSON object / CSV row, its citation included."""
    row: dict[str, Any] = {name: getattr(a, name) for name in FIELDS}
    row["tags"] = list(a.tags)
    row["citation"] = cite(a)
    return {key: row[key] for key in COLUMNS}


def web_annotation(a: Annotation) -> dict[str, Any]:
    """One annotation in the W3C Web Annotation model (without its ``@context``)."""
    bodies: list[dict[str, Any]] = []
    if a.note:
        bodies.append({"type": "TextualBody", "value": a.note, "format": "text/plain",
                       "purpose": "commenting"})
    bodies += [{"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in a.tags]
    target: dict[str, Any]
    if a.kind == SPAN:
        target = {"type": "SpecificResource",
                  "source": {"id": SEED_IRI + a.source_file, "type": "Text",
                             "label": a.source_title},
                  "selector": [
                      {"type": "TextPositionSelector", "start": a.start, "end": a.end},
                      {"type": "TextQuoteSelector", "exact": a.exact, "prefix": a.prefix,
                       "suffix": a.suffix}]}
    else:
        target = {"type": "SpecificResource",
                  "source": {"id": f"{RECORD_IRI}{a.record_table}/{a.record_id}",
                             "label": a.record_title}}
    out: dict[str, Any] = {
        "id": f"urn:uuid:{a.id}", "type": "Annotation",
        "motivation": ("commenting" if a.note else "tagging" if a.tags else "highlighting"),
        "created": a.created, "modified": a.modified, "target": target}
    if bodies:
        out["body"] = bodies
    return out


def annotation_page(annotations: Iterable[Annotation]) -> dict[str, Any]:
    """A JSON-LD document: one ``AnnotationPage`` holding every annotation."""
    items = [web_annotation(a) for a in annotations]
    return {"@context": CONTEXT, "type": "AnnotationPage", "total": len(items), "items": items}


def write_annotations(annotations: Sequence[Annotation], fmt: str, stream: IO[str],
                      cite: Cite = citation) -> int:
    """Write ``annotations`` to an open text stream in ``fmt``; how many were written."""
    if fmt == "csv":
        writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        for a in annotations:
            row = as_row(a, cite)
            row["tags"] = "; ".join(a.tags)
            writer.writerow({k: neutralise_formula(v) if isinstance(v, str) else v
                             for k, v in row.items()})
    elif fmt == "json":
        json.dump([as_row(a, cite) for a in annotations], stream, ensure_ascii=False, indent=2)
        stream.write("\n")
    elif fmt == "jsonld":
        json.dump(annotation_page(annotations), stream, ensure_ascii=False, indent=2)
        stream.write("\n")
    elif fmt == "citations":
        for n, a in enumerate(annotations, 1):
            tags = f" [{', '.join(a.tags)}]" if a.tags else ""
            orphan = " (orphaned: its words are no longer in the source)" if a.orphaned else ""
            stream.write(f"[{n}] {cite(a)}{orphan}\n")
            if a.note or tags:
                stream.write(f"    {a.note}{tags}\n".replace("\n    \n", "\n"))
            stream.write("\n")
    else:
        raise ValueError(f"unknown annotations format {fmt!r}; one of {', '.join(FORMATS)}")
    return len(annotations)


def export_annotations(annotations: Sequence[Annotation], fmt: str, target: Path,
                       cite: Cite = citation, in_use: Sequence[InUse] = ()) -> int:
    """Write a file atomically (no partial file, an earlier one untouched on failure), never
    over one of the files ``in_use`` (the annotations database, the archive)."""
    count = 0

    def fill(stream: IO[str]) -> bool:
        nonlocal count
        count = write_annotations(annotations, fmt, stream, cite)
        return True

    write_atomically(Path(target), "utf-8-sig" if fmt == "csv" else "utf-8", fill, in_use)
    return count


def format_for_path(path: str | Path) -> str | None:
    suffix = Path(path).suffix.lower()
    return next((fmt for fmt, s in FORMATS.items() if s == suffix), None)


# -- import ---------------------------------------------------------------------------------


def _text(value: Any) -> str:
    # JSON may escape a lone surrogate ("\ud800"), which no UTF-8 text, so no SQLite
    # string, can hold: it raised UnicodeEncodeError as the import was written.
    return without_surrogates(value) if isinstance(value, str) else ""


def _tags(value: Any) -> tuple[str, ...]:
    return tuple(without_surrogates(t) for t in clean_tags(value))


def _int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError(f"not a character position: {value!r}")
    number = int(value)
    if number < 0:
        raise ValueError(f"a negative character position: {number}")
    # SQLite's INTEGER is 64 bits: a larger number raised OverflowError as the import was
    # written, after it was offered to Undo.
    if number > SQLITE_MAX_INTEGER:
        raise ValueError(f"a number too large to keep ({len(str(number))} digits)")
    return number


def _from_row(row: dict[str, Any]) -> Annotation:
    kind = row.get("kind")
    if kind not in (SPAN, RECORD) or not _text(row.get("id")):
        raise ValueError("each annotation needs an id and a kind ('span' or 'record')")
    record_id = row.get("record_id")
    stamp = now()
    return Annotation(
        id=_text(row["id"]), kind=kind, note=_text(row.get("note")), tags=_tags(row.get("tags")),
        source_file=_text(row.get("source_file")), source_title=_text(row.get("source_title")),
        source_sha256=_text(row.get("source_sha256")), start=_int(row.get("start", 0)),
        end=_int(row.get("end", 0)), exact=_text(row.get("exact")),
        prefix=_text(row.get("prefix")), suffix=_text(row.get("suffix")),
        record_table=_text(row.get("record_table")),
        record_id=None if record_id is None else _int(record_id),
        record_title=_text(row.get("record_title")),
        status=_text(row.get("status")) or "attached",
        created=_text(row.get("created")) or stamp, modified=_text(row.get("modified")) or stamp)


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def _from_web_annotation(item: dict[str, Any]) -> Annotation:
    if item.get("type") != "Annotation":
        raise ValueError("an item is not of type Annotation")
    ident = _text(item.get("id"))
    ident = ident.removeprefix("urn:uuid:") or new_id()
    note: list[str] = []
    tags: list[str] = []
    for body in _as_list(item.get("body")):
        if isinstance(body, dict):
            value = _text(body.get("value"))
            (tags if body.get("purpose") == "tagging" else note).append(value)
    targets = [t if isinstance(t, dict) else {"source": t}
               for t in _as_list(item.get("target")) if isinstance(t, dict | str)]
    if not targets:
        raise ValueError(f"annotation {ident} has no target")
    target = targets[0]
    source = target.get("source")
    source_id = _text(source.get("id")) if isinstance(source, dict) else _text(source)
    label = _text(source.get("label")) if isinstance(source, dict) else ""
    stamp = now()
    common = {"id": ident, "note": "\n\n".join(n for n in note if n), "tags": _tags(tags),
              "created": _text(item.get("created")) or stamp,
              "modified": _text(item.get("modified")) or stamp}
    if source_id.startswith(RECORD_IRI):
        table, _sep, record = source_id.removeprefix(RECORD_IRI).partition("/")
        return Annotation(kind=RECORD, record_table=table, record_id=_int(record),
                          record_title=label, **common)  # type: ignore[arg-type]
    if not source_id.startswith(SEED_IRI):
        raise ValueError(f"annotation {ident} is about {source_id!r}, not a Somos seed")
    fields: dict[str, Any] = {}
    for selector in _as_list(target.get("selector")):
        if not isinstance(selector, dict):
            continue
        if selector.get("type") == "TextPositionSelector":
            fields.update(start=_int(selector.get("start")), end=_int(selector.get("end")))
        elif selector.get("type") == "TextQuoteSelector":
            fields.update(exact=_text(selector.get("exact")),
                          prefix=_text(selector.get("prefix")),
                          suffix=_text(selector.get("suffix")))
    if not fields.get("exact"):
        raise ValueError(f"annotation {ident} has no TextQuoteSelector to anchor it")
    # No checksum travels in JSON-LD: re-attaching checks the position, then the quote.
    return Annotation(kind=SPAN, source_file=source_id.removeprefix(SEED_IRI),
                      source_title=label, **common, **fields)  # type: ignore[arg-type]


def parse_annotations(data: Any) -> list[Annotation]:
    """Annotations from the parsed JSON of an export (JSON rows, or JSON-LD: one annotation,
    a list, or an ``AnnotationPage``/``AnnotationCollection``'s items)."""
    if isinstance(data, dict) and data.get("type") in ("AnnotationPage", "AnnotationCollection"):
        first = data.get("first")
        data = data.get("items", first.get("items") if isinstance(first, dict) else None)
    items = _as_list(data)
    out = []
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise ValueError(f"item {n} is not an object")
        try:
            out.append(_from_web_annotation(item) if "target" in item or item.get(
                "type") == "Annotation" else _from_row(item))
        except ValueError as exc:
            raise ValueError(f"item {n}: {exc}") from exc
    return out


def read_annotations(path: Path) -> list[Annotation]:
    """Annotations from a JSON or JSON-LD file; :class:`AnnotationsError` if it is not one."""
    try:
        with open(path, encoding="utf-8-sig") as f:
            data = json.load(f)
    except OSError as exc:
        raise AnnotationsError(_("Cannot read {path}: {problem}.").format(
            path=path, problem=os_problem(exc))) from exc
    except RecursionError as exc:  # valid JSON nested past Python's limit: never ours
        raise AnnotationsError(_("{path} holds no annotations Somos Archive can read: "
                                 "{problem}. Nothing was imported.").format(
            path=path, problem=_("it is nested too deeply"))) from exc
    except ValueError as exc:
        raise AnnotationsError(_("{path} is not a JSON file ({problem}). Import reads the JSON "
                                 "and JSON-LD files that export writes.").format(
            path=path, problem=exc)) from exc
    try:
        found = parse_annotations(data)
    except (ValueError, RecursionError) as exc:
        problem = _("it is nested too deeply") if isinstance(exc, RecursionError) else exc
        raise AnnotationsError(_("{path} holds no annotations Somos Archive can read: "
                                 "{problem}. Nothing was imported.").format(
            path=path, problem=problem)) from exc
    if not found:  # null, [], an empty page: "Imported 0 new" read as a success
        raise AnnotationsError(_("{path} holds no annotations. Nothing was imported.").format(
            path=path))
    return found
