"""Export without Qt: every table round-trips through CSV and JSON, and writes are atomic.

Round trips are checked against what the store returns, not against hand-written rows, so the
tests hold as the extractors grow. A read-only folder is real, root included
(``tests.bad_archives.permissions_bind``), and a refused open is also simulated; a missing
folder and a regular *file* used as a folder are real.
"""

from __future__ import annotations

import csv
import errno
import hashlib
import io
import json
import os
import re
import types
from collections.abc import Callable
from dataclasses import fields, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, Any, get_args, get_origin, get_type_hints

import pytest

from tests.bad_archives import permissions_bind
from viewer.archive import atomic, export
from viewer.archive.export import (
    FORMATS,
    ExportError,
    export_records,
    format_for_path,
    select_records,
    write_records,
)
from viewer.archive.export_writers import FORMULA_TRIGGERS, RECORD_TYPES, quoted_span
from viewer.archive.quotation import quotation
from viewer.archive.records.credits import CastCredit, CrewCredit
from viewer.archive.records.kinds import Record, record_dict
from viewer.archive.store import Archive
from viewer.archive.tables import TABLE_SPECS

TABLES = list(TABLE_SPECS)
PROVENANCE_COLUMNS = ["source_titles", "spans", "not_stated"]
#: One passage of a citation's note: "characters 10–20: “the words”".
CITATION = re.compile(r"characters (?P<start>\d+)–(?P<end>\d+): “(?P<quote>[^”]*)”")
#: One entry of a plain-text citations export.
ENTRY = re.compile(r"^\[\d+\] (?P<entry>.*)$", re.M)


def _all(archive: Archive, table: str) -> list[Record]:
    return list(archive.iter_records(table))


# -- decoding what was written, by the record type's own field types ---------------------------


def _decode(hint: Any, cell: str) -> Any:
    if isinstance(hint, types.UnionType):
        (inner,) = [a for a in get_args(hint) if a is not type(None)]
        return None if cell == "" else _decode(inner, cell)
    if get_origin(hint) is tuple:
        return () if cell == "" else tuple(_decode(get_args(hint)[0], x)
                                           for x in cell.split("; "))
    if hint == dict[str, Any]:
        return json.loads(cell)
    if hint is bool:
        return {"true": True, "false": False}[cell]
    if hint is int:
        return int(cell)
    return cell


def _unneutralise(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:2].startswith(FORMULA_TRIGGERS) else cell


def _record_from_csv(table: str, row: dict[str, str]) -> Record:
    cls = RECORD_TYPES[table]
    hints = get_type_hints(cls)
    values = {f.name: _decode(hints[f.name], _unneutralise(row[f.name])) for f in fields(cls)}
    return cls(**values)  # type: ignore[no-any-return]


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _spans_as_csv(archive: Archive, table: str, record: Record) -> dict[str, str]:
    spans = archive.provenance(table, record.id)
    return {
        "source_titles": "; ".join(dict.fromkeys(s.source_title for s in spans)),
        "spans": "; ".join(dict.fromkeys(f"{s.field}@{s.source_file}:{s.start}-{s.end}"
                                         for s in spans)),
        "not_stated": "; ".join(dict.fromkeys(f"{s.field} ({s.status}): {s.reason}"
                                              for s in spans if s.status != "stated")),
    }


# -- round trips -------------------------------------------------------------------------------


@pytest.mark.parametrize("table", TABLES)
def test_json_round_trips_every_table(archive: Archive, table: str, tmp_path: Path) -> None:
    target = tmp_path / f"{table}.json"
    records = _all(archive, table)
    report = export_records(archive, table, records, "json", target)
    assert report.count == len(records) and report.path == target
    objects = json.loads(target.read_text(encoding="utf-8"))
    assert [{k: v for k, v in o.items() if k not in ("provenance", "not_stated")}
            for o in objects] == [record_dict(r) for r in records]
    for obj, record in zip(objects, records, strict=True):
        assert obj["not_stated"] == [
            {"field": field, "status": status, "reason": reason}
            for field, status, reason in dict.fromkeys(
                (s.field, s.status, s.reason or "")
                for s in archive.provenance(table, record.id) if s.status != "stated")]
        assert obj["provenance"] == [
            {"source": s.source_file, "source_title": s.source_title, "field": s.field,
             "start": s.start, "end": s.end, "status": s.status,
             **({"reason": s.reason} if s.reason else {})}
            for s in archive.provenance(table, record.id)]


@pytest.mark.parametrize("table", TABLES)
def test_csv_round_trips_every_table(archive: Archive, table: str, tmp_path: Path) -> None:
    target = tmp_path / f"{table}.csv"
    records = _all(archive, table)
    export_records(archive, table, records, "csv", target)
    rows = _read_csv(target)
    assert [_record_from_csv(table, row) for row in rows] == records
    for row, record in zip(rows, records, strict=True):
        assert {k: row[k] for k in PROVENANCE_COLUMNS} == _spans_as_csv(archive, table, record)


@pytest.mark.parametrize("table", TABLES)
def test_every_format_writes_every_record(archive: Archive, table: str,
                                          tmp_path: Path) -> None:
    records = _all(archive, table)
    for fmt in FORMATS:
        report = export_records(archive, table, records, fmt, tmp_path / f"{table}.{fmt}")
        assert (report.count, report.total, report.cancelled) == (len(records), len(records),
                                                                  False)


@pytest.mark.parametrize("fmt", ["json", "md", "citations", "html"])
def test_stream_and_file_exports_are_the_same_text(archive: Archive, fmt: str,
                                                   tmp_path: Path) -> None:
    stream = io.StringIO()
    write_records(archive, "cast", None, fmt, stream)
    export_records(archive, "cast", None, fmt, tmp_path / "out")
    assert (tmp_path / "out").read_text(encoding="utf-8") == stream.getvalue()


def test_csv_file_starts_with_a_byte_order_mark(archive: Archive, tmp_path: Path) -> None:
    """Without it, Excel reads UTF-8 as the local code page and mangles accented names."""
    export_records(archive, "episodes", None, "csv", tmp_path / "e.csv")
    assert (tmp_path / "e.csv").read_bytes().startswith(b"\xef\xbb\xbfid,")


def test_accented_names_survive_csv_and_json(archive: Archive, tmp_path: Path) -> None:
    export_records(archive, "episodes", None, "csv", tmp_path / "e.csv")
    export_records(archive, "cast", None, "json", tmp_path / "c.json")
    assert any("Álvaro Curiel" in row["directors"] for row in _read_csv(tmp_path / "e.csv"))
    cast = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    assert any(o["character"] == "Doña Chayo" for o in cast)
    assert "Doña Chayo" in (tmp_path / "c.json").read_text(encoding="utf-8")  # not \u00f1


def test_cast_export_states_jero_medina_as_benjamin(archive: Archive, tmp_path: Path) -> None:
    export_records(archive, "cast", None, "json", tmp_path / "c.json")
    cast = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    (jero,) = [o for o in cast if o["actor"] == "Jero Medina"]
    assert jero["character"] == "Benjamín" and jero["professional"] is True
    assert "003_3cc1b96a3044e0a6.txt" in jero["sources"]


def test_no_provenance_keeps_sources_but_drops_spans(archive: Archive, tmp_path: Path) -> None:
    export_records(archive, "cast", None, "json", tmp_path / "c.json", provenance=False)
    export_records(archive, "cast", None, "csv", tmp_path / "c.csv", provenance=False)
    obj = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))[0]
    assert "provenance" not in obj and obj["sources"]
    row = _read_csv(tmp_path / "c.csv")[0]
    # What no words state is said all the same (tests/archive/test_inferred_exports.py).
    assert set(PROVENANCE_COLUMNS) & set(row) == {"not_stated"} and row["sources"]


def test_empty_selection_writes_headers_only(archive: Archive, tmp_path: Path) -> None:
    export_records(archive, "crew", [], "csv", tmp_path / "c.csv")
    export_records(archive, "crew", [], "json", tmp_path / "c.json")
    header = (tmp_path / "c.csv").read_text(encoding="utf-8-sig").strip().split(",")
    assert header == [f.name for f in fields(CrewCredit)] + PROVENANCE_COLUMNS
    assert json.loads((tmp_path / "c.json").read_text(encoding="utf-8")) == []


# -- choosing records ---------------------------------------------------------------------------


def test_query_narrows_like_the_viewers_filter(archive: Archive, tmp_path: Path) -> None:
    expected = list(archive.iter_records("excerpts", filter_text="Benjamín"))
    assert 0 < len(expected) < archive.count("excerpts")
    assert select_records(archive, "excerpts", query="Benjamín") == expected
    report = export_records(archive, "excerpts", None, "json", tmp_path / "x.json",
                            query="Benjamín")
    objects = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
    assert report.total == report.count == len(expected)
    assert [o["id"] for o in objects] == [r.id for r in expected]


def test_ids_pick_records_in_the_order_given(archive: Archive) -> None:
    ids = [r.id for r in _all(archive, "cast")][:3][::-1]
    assert [r.id for r in select_records(archive, "cast", ids=ids)] == ids


def test_ids_and_query_together_keep_only_matching_ids(archive: Archive) -> None:
    matching = [r.id for r in archive.iter_records("cast", filter_text="Benjamín")]
    other = [r.id for r in _all(archive, "cast") if r.id not in matching][:2]
    picked = select_records(archive, "cast", query="Benjamín", ids=other + matching)
    assert [r.id for r in picked] == matching


# -- spreadsheet safety -------------------------------------------------------------------------


def _credit(**changes: Any) -> CastCredit:
    base = CastCredit(id=10**9, person_id=1, actor="Safe Name", character_id=None,
                      character=None, professional=None, sources=("x.txt",))
    return replace(base, **changes)


@pytest.mark.parametrize("danger", ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)",
                                    "\tTAB", "\rCR"])
def test_formula_cells_are_neutralised_in_csv(archive: Archive, tmp_path: Path,
                                              danger: str) -> None:
    record = _credit(actor=danger, character="Plain", sources=(danger, "y.txt"))
    export_records(archive, "cast", [record], "csv", tmp_path / "c.csv")
    (row,) = _read_csv(tmp_path / "c.csv")
    assert row["actor"] == "'" + danger
    assert row["sources"] == "'" + danger + "; y.txt"
    assert row["character"] == "Plain"


def test_json_values_are_never_altered(archive: Archive, tmp_path: Path) -> None:
    record = _credit(actor="=1+1")
    export_records(archive, "cast", [record], "json", tmp_path / "c.json")
    assert json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))[0]["actor"] == "=1+1"


def test_markdown_escapes_pipes_and_joins_lines(archive: Archive, tmp_path: Path) -> None:
    record = _credit(actor="A | B", character="line one\nline two")
    export_records(archive, "cast", [record], "md", tmp_path / "c.md")
    lines = (tmp_path / "c.md").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    assert "A \\| B" in lines[2] and "line one line two" in lines[2]
    assert lines[2].count(" | ") == lines[0].count(" | ")


def test_markdown_has_one_row_per_record(archive: Archive, tmp_path: Path) -> None:
    export_records(archive, "crew", None, "md", tmp_path / "c.md")
    lines = (tmp_path / "c.md").read_text(encoding="utf-8").splitlines()
    assert len(lines) == archive.count("crew") + 2 and lines[1].startswith("|---|")


# -- citations ----------------------------------------------------------------------------------


def test_citations_quote_the_source_title_and_span_text(archive: Archive,
                                                        tmp_path: Path) -> None:
    (jero,) = [r for r in _all(archive, "cast")
               if isinstance(r, CastCredit) and r.actor == "Jero Medina"]
    export_records(archive, "cast", [jero], "citations", tmp_path / "c.txt")
    text = (tmp_path / "c.txt").read_text(encoding="utf-8")
    entries = [m["entry"] for m in ENTRY.finditer(text)]
    spans = archive.provenance("cast", jero.id)
    assert len(entries) == len({s.source_id for s in spans})  # one per document stating it
    for span in spans:  # every span lies in a cited passage that quotes the seed exactly
        source_text = archive.source_text(span.source_id)
        (entry,) = [e for e in entries if span.source_file in e]
        assert span.source_title in entry and "Cast: Jero Medina as Benjamín" in entry
        assert any(int(m["start"]) <= span.start and span.end <= int(m["end"])
                   and m["quote"] == quoted_span(source_text, int(m["start"]), int(m["end"]))
                   for m in CITATION.finditer(entry)), span
    # Adjacent spans are quoted as one passage, with the offsets that slice it from the seed.
    notes = next(s for s in spans if s.source_file.startswith("003_"))
    notes_text = archive.source_text(notes.source_id)
    start = notes_text.index("Jero Medina (Benjamín")
    end = start + len("Jero Medina (Benjamín")
    assert f"characters {start}–{end}: “Jero Medina (Benjamín”" in text


def test_excerpt_citations_quote_the_whole_excerpt(archive: Archive, tmp_path: Path) -> None:
    excerpts = _all(archive, "excerpts")[:20]
    export_records(archive, "excerpts", excerpts, "citations", tmp_path / "x.txt")
    text = (tmp_path / "x.txt").read_text(encoding="utf-8")
    for excerpt in excerpts:  # a quote's own marks made single, not doubled with ours
        assert quotation(" ".join(excerpt.text.split())) in text  # type: ignore[union-attr]
    assert "““" not in text and "””" not in text


def test_source_citations_name_title_and_file(archive: Archive, tmp_path: Path) -> None:
    export_records(archive, "sources", None, "citations", tmp_path / "s.txt")
    text = (tmp_path / "s.txt").read_text(encoding="utf-8")
    for source in _all(archive, "sources"):
        assert source.title in text and source.file in text  # type: ignore[union-attr]


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_citations_escape_record_text(archive: Archive, tmp_path: Path) -> None:
    record = _credit(actor="<script>alert(1)</script> & co",
                     sources=(archive.sources()[0].file,))
    export_records(archive, "cast", [record], "html", tmp_path / "c.html")
    parser = _Tags()
    parser.feed((tmp_path / "c.html").read_text(encoding="utf-8"))
    assert "script" not in parser.tags
    assert "<script>alert(1)</script> & co" in "".join(parser.text)


def test_html_citations_quote_the_sources(archive: Archive, tmp_path: Path) -> None:
    export_records(archive, "characters", None, "html", tmp_path / "c.html")
    parser = _Tags()
    parser.feed((tmp_path / "c.html").read_text(encoding="utf-8"))
    assert parser.tags.count("li") >= archive.count("characters")
    text = "".join(parser.text)
    assert "Somos. — Production Notes" in text
    assert len(CITATION.findall(text)) >= archive.count("characters")


# -- atomic writes ------------------------------------------------------------------------------


class _FailingStream:
    """A temporary file whose write fails after ``good`` writes, as on a full disk."""

    def __init__(self, inner: IO[str], good: int) -> None:
        self._inner = inner
        self._good = good
        self.name = inner.name

    def write(self, text: str) -> int:
        if self._good <= 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        self._good -= 1
        return self._inner.write(text)

    def flush(self) -> None:
        self._inner.flush()

    def fileno(self) -> int:
        return self._inner.fileno()

    def close(self) -> None:
        self._inner.close()


def _fail_after(good: int) -> Callable[[Path, str], Any]:
    real = atomic.open_temporary

    def opener(target: Path, encoding: str) -> Any:
        return _FailingStream(real(target, encoding), good)

    return opener


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_failed_write_keeps_the_old_file_and_leaves_nothing(
        archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    target = tmp_path / "out.dat"
    target.write_bytes(b"previous export")
    # BibTeX and RIS are written in one piece at the end, by their libraries.
    monkeypatch.setattr(atomic, "open_temporary",
                        _fail_after(0 if fmt in ("bibtex", "ris") else 5))
    with pytest.raises(ExportError, match="no space left on the disk"):
        export_records(archive, "excerpts", None, fmt, target)
    assert target.read_bytes() == b"previous export"
    assert os.listdir(tmp_path) == ["out.dat"]


def test_failed_write_to_a_new_name_leaves_no_file(
        archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atomic, "open_temporary", _fail_after(3))
    with pytest.raises(ExportError):
        export_records(archive, "cast", None, "csv", tmp_path / "cast.csv")
    assert os.listdir(tmp_path) == []


def test_cancel_keeps_the_old_file_and_leaves_nothing(archive: Archive, tmp_path: Path) -> None:
    target = tmp_path / "cast.csv"
    target.write_bytes(b"previous export")
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3

    report = export_records(archive, "cast", None, "csv", target, cancelled=cancelled)
    assert report.cancelled and report.path is None and report.count == 3
    assert target.read_bytes() == b"previous export"
    assert os.listdir(tmp_path) == ["cast.csv"]


def test_cancel_before_anything_leaves_no_file(archive: Archive, tmp_path: Path) -> None:
    report = export_records(archive, "cast", None, "json", tmp_path / "c.json",
                            cancelled=lambda: True)
    assert report.cancelled and report.count == 0
    assert os.listdir(tmp_path) == []


def test_interrupt_mid_export_leaves_no_file(archive: Archive, tmp_path: Path) -> None:
    def progress(done: int, total: int) -> None:
        if done == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export_records(archive, "cast", None, "json", tmp_path / "c.json", progress=progress)
    assert os.listdir(tmp_path) == []


def test_missing_folder_is_a_clear_error(archive: Archive, tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "cast.csv"
    with pytest.raises(ExportError, match=r"Cannot write to .*folder .* does not exist — "
                                          r"choose another folder"):
        export_records(archive, "cast", None, "csv", target)
    assert not target.parent.exists()


def test_a_file_used_as_a_folder_is_a_clear_error(archive: Archive, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    with pytest.raises(ExportError, match="is not a folder — choose another folder"):
        export_records(archive, "cast", None, "csv", tmp_path / "notes.txt" / "cast.csv")


def test_a_folder_as_target_is_a_clear_error(archive: Archive, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="it is a folder"):
        export_records(archive, "cast", None, "csv", tmp_path)


def test_permission_denied_is_a_clear_error(archive: Archive, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulated: as root (CI containers) a chmod 0o500 folder is still writable."""

    def denied(target: Path, encoding: str) -> IO[str]:
        raise PermissionError(errno.EACCES, "Permission denied", str(target.parent))

    monkeypatch.setattr(atomic, "open_temporary", denied)
    with pytest.raises(ExportError, match="permission denied — choose another folder"):
        export_records(archive, "cast", None, "csv", tmp_path / "cast.csv")


@pytest.mark.skipif(os.name != "posix", reason="needs POSIX permissions")
def test_read_only_folder_is_a_clear_error(archive: Archive, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with permissions_bind(), pytest.raises(ExportError, match="permission denied"):
            export_records(archive, "cast", None, "csv", folder / "cast.csv")
        assert os.listdir(folder) == []
    finally:
        folder.chmod(0o700)


def test_a_new_file_is_readable_by_others_like_any_saved_file(archive: Archive,
                                                              tmp_path: Path) -> None:
    export_records(archive, "cast", None, "csv", tmp_path / "c.csv")
    assert (tmp_path / "c.csv").stat().st_mode & 0o777 == 0o644


def test_an_overwritten_file_keeps_its_permissions(archive: Archive, tmp_path: Path) -> None:
    target = tmp_path / "c.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o600)
    export_records(archive, "cast", None, "csv", target)
    assert target.stat().st_mode & 0o777 == 0o600 and target.read_text(encoding="utf-8-sig")


# -- progress, manifest, formats ----------------------------------------------------------------


def test_progress_counts_up_to_the_total(archive: Archive, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    total = archive.count("crew")
    export_records(archive, "crew", None, "json", tmp_path / "c.json",
                   progress=lambda done, of: calls.append((done, of)))
    assert calls == [(n, total) for n in range(total + 1)]


def test_manifest_names_the_export_and_the_seeds(archive: Archive, tmp_path: Path) -> None:
    import hashlib

    target = tmp_path / "cast.json"
    report = export_records(archive, "cast", None, "json", target, query="Benjamín",
                            manifest=True)
    assert report.manifest == tmp_path / "cast.json.manifest.json"
    data = json.loads(report.manifest.read_text(encoding="utf-8"))
    assert data["sha256"] == hashlib.sha256(target.read_bytes()).hexdigest()
    assert data["archive"]["seeds_sha256"] == archive.meta["seeds_sha256"]
    assert (data["table"], data["query"], data["count"]) == ("cast", "Benjamín", report.count)
    assert data["created"].endswith("+00:00")


def test_unknown_format_is_refused(archive: Archive, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        export_records(archive, "cast", None, "xlsx", tmp_path / "c.xlsx")
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize(("name", "fmt"), [("a.csv", "csv"), ("a.JSON", "json"), ("a.md", "md"),
                                           ("a.txt", "citations"), ("a.htm", "html"),
                                           ("a.xlsx", None), ("a", None)])
def test_format_follows_the_file_suffix(name: str, fmt: str | None) -> None:
    assert format_for_path(name) == fmt


# -- several tables as one export (the viewer's mixed search results) ---------------------------


def _parts(tmp_path: Path, *tables: str, query: str = "benjamin") -> list[export.ExportPart]:
    return [export.ExportPart(t, tmp_path / f"b-{t}.json", query=query) for t in tables]


def test_parts_write_one_file_per_table_with_progress_over_all(archive: Archive,
                                                               tmp_path: Path) -> None:
    parts = _parts(tmp_path, "cast", "characters")
    calls: list[tuple[int, int]] = []
    reports = export.export_parts(archive, parts, "json",
                                  progress=lambda done, of: calls.append((done, of)))
    expected = {t: [r.id for r in archive.iter_records(t, filter_text="benjamin")]
                for t in ("cast", "characters")}
    assert [(r.table, r.path, r.count) for r in reports] == [
        (t, tmp_path / f"b-{t}.json", len(ids)) for t, ids in expected.items()]
    for table, ids in expected.items():
        data = json.loads((tmp_path / f"b-{table}.json").read_text(encoding="utf-8"))
        assert [d["id"] for d in data] == ids
    total = sum(len(ids) for ids in expected.values())
    assert calls[-1] == (total, total) and all(of == total for _, of in calls)
    assert sorted(os.listdir(tmp_path)) == ["b-cast.json", "b-characters.json"]


def test_parts_without_records_are_skipped(archive: Archive, tmp_path: Path) -> None:
    reports = export.export_parts(archive, _parts(tmp_path, "cast", "episodes"), "csv")
    assert [r.table for r in reports] == ["cast"]
    assert os.listdir(tmp_path) == ["b-cast.json"]


def test_a_failure_in_a_later_part_leaves_every_file_as_it_was(
        archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = tmp_path / "b-cast.json"
    first.write_bytes(b"an earlier export")
    real = atomic.open_temporary
    opened: list[Path] = []

    def opener(target: Path, encoding: str) -> Any:
        opened.append(target)
        stream = real(target, encoding)
        return _FailingStream(stream, 1) if len(opened) == 2 else stream

    monkeypatch.setattr(atomic, "open_temporary", opener)
    with pytest.raises(ExportError, match="no space left on the disk"):
        export.export_parts(archive, _parts(tmp_path, "cast", "characters"), "json")
    assert first.read_bytes() == b"an earlier export"  # the finished first part was held back
    assert os.listdir(tmp_path) == ["b-cast.json"]


def test_a_cancel_in_a_later_part_writes_nothing(archive: Archive, tmp_path: Path) -> None:
    first_total = archive.count("cast", "benjamin")
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > first_total  # asked once before each record

    reports = export.export_parts(archive, _parts(tmp_path, "cast", "characters"), "json",
                                  cancelled=cancelled)
    assert len(reports) == 1 and reports[0].cancelled and reports[0].path is None
    assert os.listdir(tmp_path) == []


def test_a_missing_folder_is_named_before_anything_is_written(archive: Archive,
                                                              tmp_path: Path) -> None:
    parts = [_parts(tmp_path, "cast")[0], *_parts(tmp_path / "gone", "characters")]
    with pytest.raises(ExportError, match=r"b-characters\.json: folder .*gone does not exist"):
        export.export_parts(archive, parts, "csv")
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("table", TABLES)
def test_csv_json_and_markdown_share_one_set_of_keys(archive: Archive, table: str,
                                                     tmp_path: Path) -> None:
    records = _all(archive, table)[:3]
    for fmt in ("csv", "json", "md"):
        export_records(archive, table, records, fmt, tmp_path / f"x.{fmt}")
    csv_keys = list(_read_csv(tmp_path / "x.csv")[0])
    json_keys = list(json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))[0])
    md_head = (tmp_path / "x.md").read_text(encoding="utf-8").splitlines()[0]
    md_keys = [k.strip() for k in md_head.strip("| ").split(" | ")]
    assert csv_keys == md_keys
    assert csv_keys[:-3] == json_keys[:-2]
    assert json_keys[-2:] == ["provenance", "not_stated"] and csv_keys[-1] == "not_stated"
    assert "source_files" not in csv_keys  # ``sources`` names the files already
# -- interrupted exports (issue 30) ----------------------------------------------------------


def test_a_manifest_that_cannot_be_written_leaves_the_export_as_it_was(
        archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A nearly full disk: the data fitted, its manifest did not. Before, the CSV was replaced
    and the error said nothing was saved; now neither lands."""
    target = tmp_path / "cast.csv"
    target.write_bytes(b"previous export")
    manifest = tmp_path / "cast.csv.manifest.json"
    manifest.write_bytes(b"{}")
    real = atomic.open_temporary

    def opener(path: Path, encoding: str) -> Any:
        stream = real(path, encoding)
        return _FailingStream(stream, 0) if path.name.endswith(".manifest.json") else stream

    monkeypatch.setattr(atomic, "open_temporary", opener)
    with pytest.raises(ExportError, match="no space left on the disk"):
        export_records(archive, "cast", None, "csv", target, manifest=True)
    assert target.read_bytes() == b"previous export"
    assert manifest.read_bytes() == b"{}"
    assert sorted(os.listdir(tmp_path)) == ["cast.csv", "cast.csv.manifest.json"]


def test_an_export_and_its_manifest_land_together(archive: Archive, tmp_path: Path) -> None:
    target = tmp_path / "cast.csv"
    report = export_records(archive, "cast", None, "csv", target, manifest=True)
    assert report.manifest is not None
    recorded = json.loads(report.manifest.read_text(encoding="utf-8"))
    assert recorded["sha256"] == hashlib.sha256(target.read_bytes()).hexdigest()
    assert recorded["file"] == "cast.csv" and recorded["count"] == report.count


def test_part_files_of_killed_exports_are_removed_by_the_next_one(
        archive: Archive, tmp_path: Path) -> None:
    target = tmp_path / "cast.csv"
    gone = 2**22 + 12_345  # above the kernel's default pid_max: no such process
    stale = [tmp_path / f".cast.csv.{gone}.x1y2.part", tmp_path / ".cast.csv.k3j4z9.part",
             tmp_path / f".cast.csv.{gone}.staged",
             tmp_path / f".cast.csv.manifest.json.{gone}.abcd.part"]
    live = tmp_path / f".cast.csv.{os.getppid()}.q7.part"  # pytest's parent is alive
    other = tmp_path / ".notes.txt.123.part"  # another file's: not ours to judge
    for path in [*stale, live, other]:
        path.write_text("half an export", encoding="utf-8")
    export_records(archive, "cast", None, "csv", target, manifest=True)
    assert sorted(os.listdir(tmp_path)) == sorted(
        ["cast.csv", "cast.csv.manifest.json", live.name, other.name])
