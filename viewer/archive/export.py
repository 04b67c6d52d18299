"""Records → CSV, JSON, Markdown or citations: the one export that the GUI and the CLI share.

Two entry points, one writer underneath:

* :func:`export_records` writes a file *atomically* (:mod:`viewer.archive.atomic`): only a
  complete export replaces the target, and a failure, a full disk or a cancel leaves no partial
  file and never touches a file already there.
* :func:`write_records` streams to an open text stream (the CLI's stdout); nothing to make
  atomic there.

Every format carries provenance, because a record without its source is a rumour: JSON objects
always have ``sources`` (seed file names) and, unless switched off, ``provenance`` spans; CSV
gets ``source_titles``/``spans`` columns. What no words state is said whether provenance is on
or off: CSV, Markdown and JSON end with ``not_stated`` (each value inferred or curated, with
the reason), and citations mark an inferred credit's title and say why in the note. Citations
quote the source text itself. Offsets are Python string offsets into the seed text, end exclusive
(``text[start:end]``), the same numbers the archive stores.

CSV is written UTF-8 *with* a byte-order mark: without it Excel reads "Álvaro" as "Ã\x81lvaro".
Cells a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``, TAB, CR first) get a
leading ``'`` (OWASP's CSV-injection advice). XLSX is not offered: no well-kept XLSX library is
among the dependencies, and CSV with a BOM opens in every spreadsheet.

The writers of each format live in :mod:`viewer.archive.export_writers`; this module holds the
formats, selecting records, writing them atomically, multi-file exports and manifests.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
from collections.abc import Callable, Iterable, Sequence, Sized
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from viewer.archive import citations
from viewer.archive.atomic import (
    ARCHIVE,
    InUse,
    WriteError,
    check_target,
    land,
    mode_for,
    remove_stale_parts,
    resolved,
    write_temporary,
)
from viewer.archive.errors import os_problem, rebuild_advice
from viewer.archive.export_writers import RECORD_TYPES, WRITERS, quoted_span
from viewer.archive.records.kinds import Record
from viewer.archive.shown_words import ShownWords
from viewer.archive.store import Archive
from viewer.archive.tables import Unreadable
from viewer.i18n import message as _

#: ``progress(done, total)``, called once before the first record and after every record.
Progress = Callable[[int, int], None]
#: Asked between records; returning True stops the export and discards what was written.
Cancelled = Callable[[], bool]

#: The export could not be written (a :class:`~viewer.archive.atomic.WriteError`, one type for
#: every file the data layer writes). The message names the file and what to do.
ExportError = WriteError


@dataclass(frozen=True)
class ExportFormat:
    name: str
    label: str
    suffix: str
    #: Encoding for files; streams keep their own (no BOM on a pipe).
    encoding: str
    #: Citations: every record cites the documents that state it, so provenance is always in.
    cites: bool = False


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("csv", "CSV for spreadsheets", ".csv", "utf-8-sig"),
        ExportFormat("json", "JSON", ".json", "utf-8"),
        ExportFormat("md", "Markdown table", ".md", "utf-8"),
        ExportFormat("citations", "Citations (plain text)", ".txt", "utf-8", cites=True),
        ExportFormat("html", "Citations (HTML)", ".html", "utf-8", cites=True),
        ExportFormat("csl-json", "CSL-JSON (Zotero, Mendeley, Pandoc)", ".csl.json", "utf-8",
                     cites=True),
        ExportFormat("bibtex", "BibTeX", ".bib", "utf-8", cites=True),
        ExportFormat("ris", "RIS (EndNote, Zotero)", ".ris", "utf-8", cites=True),
    )
}
_SUFFIXES = {f.suffix: f.name for f in FORMATS.values()} | {".htm": "html", ".markdown": "md",
                                                             ".bibtex": "bibtex"}


@dataclass(frozen=True)
class ExportReport:
    """What an export did. ``path`` is None for a stream and for a cancelled export."""

    table: str
    fmt: str
    count: int
    total: int
    path: Path | None = None
    cancelled: bool = False
    manifest: Path | None = None


def format_for_path(path: str | os.PathLike[str]) -> str | None:
    """The format a file name asks for by its suffix (``cast.csv`` → ``"csv"``,
    ``cast.csl.json`` → ``"csl-json"``), if any."""
    return _SUFFIXES.get(export_suffix(path))


def cite_records(archive: Archive, records: Sequence[Record]) -> str:
    """Plain-text citations of ``records`` (of any tables), one entry per record and document
    that states it (Copy Citation)."""
    tables = {cls: table for table, cls in RECORD_TYPES.items()}
    parts = []
    for table in dict.fromkeys(tables[type(r)] for r in records):
        buffer = io.StringIO()
        write_records(archive, table, [r for r in records if tables[type(r)] == table],
                      "citations", buffer)
        parts.append(buffer.getvalue().strip())
    return "\n\n".join(parts)


def cite_passages(archive: Archive, source_id: int, ranges: Sequence[tuple[int, int]]) -> str:
    """The plain-text citation of characters ``ranges`` of one document, quoting them."""
    text = archive.source_text(source_id)
    passages = tuple(citations.Passage(start, end, archive.section_at(source_id, start, end),
                                       quoted_span(text, start, end))
                     for start, end in sorted(ranges))
    cited = citations.Cited(f"somos-source-{source_id}", "", archive.source(source_id),
                            passages)
    return citations.Renderer().render(citations.csl_item(cited))


def export_suffix(path: str | os.PathLike[str]) -> str:
    """The export suffix ``path`` ends with (``".csl.json"``, ``".csv"``), or "" if none."""
    suffixes = [s.lower() for s in Path(path).suffixes]
    for suffix in ("".join(suffixes[-2:]), suffixes[-1] if suffixes else ""):
        if suffix in _SUFFIXES:
            return suffix
    return ""


def with_format_suffix(path: Path, fmt: str) -> Path:
    """``path`` named for ``fmt``: an export suffix it has is replaced, else one is added
    (``cast.csl.json`` as BibTeX is ``cast.bib``; ``notes`` is ``notes.bib``). A path with no
    file name (``/``) is returned as it is."""
    if not path.name:
        return path
    old = export_suffix(path)
    stem = path.name[: len(path.name) - len(old)] if old else path.name
    return path.with_name(stem + FORMATS[fmt].suffix)


def select_records(archive: Archive, table: str, *, query: str = "",
                   ids: Sequence[int] | None = None) -> list[Record]:
    """The records an export is about: the table, narrowed by the search the GUI's filter uses
    (``query``) and/or by record ids (kept in the order given)."""
    if ids is None:
        return list(archive.iter_records(table, filter_text=query))
    records = archive.get_many(table, list(ids))
    if query.strip():
        matching = {r.id for r in archive.iter_records(table, filter_text=query)}
        records = [r for r in records if r.id in matching]
    return records


# -- the core -------------------------------------------------------------------------------


def _check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return fmt


def _total(archive: Archive, table: str, records: Iterable[Record] | None, query: str,
           shown: ShownWords | None = None) -> int:
    if isinstance(records, Sized):
        return len(records)
    return archive.count(table, query, shown)


def _refuse_unreadable(archive: Archive, table: str, record: Record) -> None:
    """An export never passes a damaged cell off as data: it stops and names it."""
    for f in fields(record):
        value = getattr(record, f.name)
        if isinstance(value, tuple) and any(isinstance(v, Unreadable) for v in value):
            bad = next(v for v in value if isinstance(v, Unreadable))
            raise ExportError(_(
                "{path} is damaged: {table} record {id}, column {column}, holds {raw}, not the "
                "list the builder writes. Nothing was saved. {advice}").format(
                path=archive.path, table=table, id=record.id, column=f.name,
                raw=repr(bad.raw[:80]), advice=rebuild_advice()))


def _write(archive: Archive, table: str, records: Iterable[Record], fmt: str,
           stream: IO[str], total: int, *, provenance: bool, progress: Progress | None,
           cancelled: Cancelled | None) -> tuple[int, bool]:
    """Write every record; (records written, whether it was cancelled)."""
    spec = archive.spec(table)
    texts: dict[int, str] = {}

    def text_of(source_id: int) -> str:
        if source_id not in texts:
            texts[source_id] = archive.source_text(source_id)
        return texts[source_id]

    writer = WRITERS[_check_format(fmt)](stream, spec, provenance, text_of, archive)
    writer.begin()
    if progress is not None:
        progress(0, total)
    for record in records:
        if cancelled is not None and cancelled():
            return writer.written, True
        _refuse_unreadable(archive, table, record)
        # Every format reads the spans: what no words state is said, provenance or not.
        writer.record(record, archive.provenance(table, record.id))
        writer.written += 1
        if progress is not None:
            progress(writer.written, max(total, writer.written))
    writer.end()
    return writer.written, False


def write_records(archive: Archive, table: str, records: Iterable[Record] | None, fmt: str,
                  stream: IO[str], *, provenance: bool = True, progress: Progress | None = None,
                  cancelled: Cancelled | None = None, query: str = "") -> ExportReport:
    """Stream an export to an open text stream (stdout). ``records`` None: the whole table,
    narrowed by ``query``. A cancel stops mid-stream; the caller owns what was written."""
    total = _total(archive, table, records, query)
    if records is None:
        records = archive.iter_records(table, filter_text=query)
    count, was_cancelled = _write(archive, table, records, fmt, stream, total,
                                  provenance=provenance, progress=progress, cancelled=cancelled)
    return ExportReport(table, fmt, count, total, None, was_cancelled)


def export_records(archive: Archive, table: str, records: Iterable[Record] | None, fmt: str,
                   dest_path: str | os.PathLike[str], *, provenance: bool = True,
                   progress: Progress | None = None, cancelled: Cancelled | None = None,
                   query: str = "", manifest: bool = False,
                   in_use: Sequence[InUse] = (), shown: ShownWords | None = None) -> ExportReport:
    """Export ``records`` (None: the whole table narrowed by ``query``) to a file, atomically.

    Raises :class:`ExportError` with a message fit to show when the file cannot be written;
    a cancel returns a report with ``cancelled=True`` and leaves the target as it was. With
    ``manifest``, ``<file>.manifest.json`` records what was exported from which archive, so
    a file found later can be traced to the seeds it came from.

    Neither file may be ``archive``'s own or one of the files ``in_use`` (the annotations
    database): an export written over either would destroy it. Both are checked before
    anything is written. ``shown``: the words the window showed for the archive's own, which
    its filter found (:mod:`viewer.archive.shown_words`).
    """
    _check_format(fmt)
    target = Path(dest_path)
    in_use = _in_use(archive, in_use)
    check_target(target, in_use)
    if manifest:
        check_target(manifest_path_for(target), in_use)
    total = _total(archive, table, records, query, shown)
    if records is None:
        records = archive.iter_records(table, filter_text=query, shown=shown)
    outcome: dict[str, Any] = {}

    def fill(stream: IO[str]) -> bool:
        count, was_cancelled = _write(archive, table, records, fmt, stream, total,
                                      provenance=provenance, progress=progress,
                                      cancelled=cancelled)
        outcome["count"] = count
        return not was_cancelled

    tmp = write_temporary(target, FORMATS[fmt].encoding, fill, in_use)
    if tmp is None:
        return ExportReport(table, fmt, outcome["count"], total, None, True)
    written = [(tmp, target)]
    manifest_path = None
    if manifest:  # written before either lands: the two land together or not at all
        manifest_path = manifest_path_for(target)
        data = _manifest(archive, target.name, tmp, table=table, fmt=fmt,
                         count=outcome["count"], query=query, provenance=provenance)
        try:
            written.append((_write_json(manifest_path, data, in_use), manifest_path))
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    land(written)
    return ExportReport(table, fmt, outcome["count"], total, target, False, manifest_path)


@dataclass(frozen=True)
class ExportPart:
    """One file of a multi-file export: records of one table — by id, in the order given, or
    every record matching ``query`` in the order of ``sort`` — written to ``path``; ``shown``:
    the words a tab shows for the archive's own, which its filter finds and its sort follows
    (:mod:`viewer.archive.shown_words`)."""

    table: str
    path: Path
    ids: tuple[int, ...] | None = None
    query: str = ""
    sort: str | None = None
    descending: bool = False
    shown: ShownWords | None = None


def _part_records(archive: Archive, part: ExportPart) -> Iterable[Record]:
    if part.ids is not None:
        return archive.get_many(part.table, list(part.ids))
    return archive.iter_records(part.table, filter_text=part.query, sort=part.sort,
                                descending=part.descending, shown=part.shown)


def _in_use(archive: Archive, in_use: Sequence[InUse]) -> list[InUse]:
    """The files an export of ``archive`` must not overwrite: the archive itself and those
    the caller names."""
    return [InUse(archive.path, ARCHIVE), *in_use]


def _staged(target: Path) -> Path:
    target = resolved(target)  # staged beside the file a link points at, as it will land
    remove_stale_parts(target)
    return target.with_name(f".{target.name}.{os.getpid()}.staged")


def export_parts(archive: Archive, parts: Sequence[ExportPart], fmt: str, *,
                 provenance: bool = True, progress: Progress | None = None,
                 cancelled: Cancelled | None = None,
                 in_use: Sequence[InUse] = ()) -> list[ExportReport]:
    """Export several tables as one operation (the viewer's mixed search results): every file
    is written, or none is.

    One part is :func:`export_records`. Several are first written complete under hidden names
    beside their targets and renamed into place only when the last is done, so a failure or a
    cancel part-way leaves every earlier file as it was (the renames themselves are not one
    step: a folder whose permissions change between two of them can stop half-way). Parts
    with no records are skipped when there are several; progress counts over all parts
    together. Returns one report per file written, or a single report with
    ``cancelled=True``. No file may be ``archive``'s own or one ``in_use``.
    """
    _check_format(fmt)
    in_use = _in_use(archive, in_use)
    for part in parts:
        archive.spec(part.table)
        check_target(part.path, in_use)
    totals = [len(part.ids) if part.ids is not None
              else archive.count(part.table, part.query, part.shown) for part in parts]
    if len(parts) > 1:
        kept = [(p, t) for p, t in zip(parts, totals, strict=True) if t > 0]
        parts, totals = [p for p, _total in kept], [t for _part, t in kept]
    grand_total = sum(totals)
    if len(parts) == 1:
        part = parts[0]
        return [export_records(archive, part.table, _part_records(archive, part), fmt,
                               part.path, provenance=provenance, progress=progress,
                               cancelled=cancelled, query=part.query, in_use=in_use,
                               shown=part.shown)]
    reports: list[ExportReport] = []
    staged: list[Path] = []
    try:
        for part, before in zip(parts, [sum(totals[:i]) for i in range(len(parts))],
                                strict=True):
            def step(done: int, _total: int, before: int = before) -> None:
                if progress is not None:
                    progress(before + done, grand_total)

            stage = _staged(part.path)
            try:
                report = export_records(archive, part.table, _part_records(archive, part),
                                        fmt, stage, provenance=provenance, progress=step,
                                        cancelled=cancelled, query=part.query,
                                        shown=part.shown)
            except ExportError as exc:
                raise ExportError(str(exc).replace(str(stage), str(part.path))) from exc
            if report.cancelled:
                return [ExportReport(part.table, fmt, sum(r.count for r in reports)
                                     + report.count, grand_total, None, True)]
            staged.append(stage)
            reports.append(ExportReport(part.table, fmt, report.count, report.total,
                                        part.path))
        landing: list[tuple[Path, Path]] = []
        for stage, report in zip(staged, reports, strict=True):
            assert report.path is not None
            os.chmod(stage, mode_for(report.path))
            landing.append((stage, report.path))
        land(landing)
        staged.clear()
        return reports
    except OSError as exc:
        raise ExportError(_("Could not finish the export into {folder}: {problem}.").format(
            folder=parts[0].path.parent, problem=os_problem(exc))) from exc
    finally:
        for stage in staged:
            with contextlib.suppress(OSError):
                stage.unlink()


def manifest_path_for(target: Path) -> Path:
    return target.with_name(target.name + ".manifest.json")


def _manifest(archive: Archive, name: str, written: Path, *, table: str, fmt: str,
              count: int, query: str, provenance: bool) -> dict[str, Any]:
    return {
        "file": name,
        "sha256": hashlib.sha256(written.read_bytes()).hexdigest(),
        "format": fmt,
        "table": table,
        "query": query or None,
        "count": count,
        "provenance": provenance,
        "archive": {
            "schema_version": archive.schema_version,
            "builder_version": archive.meta.get("builder_version"),
            "seeds_sha256": archive.meta.get("seeds_sha256"),
        },
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def _write_json(path: Path, data: dict[str, Any], in_use: Sequence[InUse] = ()) -> Path:
    def fill(stream: IO[str]) -> bool:
        json.dump(data, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
        return True

    written = write_temporary(path, "utf-8", fill, in_use)
    assert written is not None  # fill always finishes
    return written


def write_manifest(archive: Archive, target: Path, *, table: str, fmt: str, count: int,
                   query: str = "", provenance: bool = True) -> Path:
    """``<file>.manifest.json`` for an export already in place: its checksum and the archive
    and seeds it came from. (:func:`export_records` writes both together.)"""
    path = manifest_path_for(target)
    data = _manifest(archive, target.name, target, table=table, fmt=fmt, count=count,
                     query=query, provenance=provenance)
    land([(_write_json(path, data, _in_use(archive, ())), path)])
    return path


__all__ = [
    "FORMATS", "Cancelled", "ExportError", "ExportFormat", "ExportPart", "ExportReport",
    "Progress", "export_parts", "export_records", "format_for_path", "select_records",
    "write_manifest", "write_records",
]
