"""``somos-archive``: build, inspect, search and export the archive without a window.

A thin layer over :mod:`viewer.archive`: it parses arguments, calls the library and turns the
library's user-facing errors into one line on stderr and a non-zero exit. It never imports Qt.
"""

from __future__ import annotations

import errno
import html
import io
import json
import os
import re
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn, TextIO

import click

from viewer import __version__
from viewer.archive.atomic import ANNOTATIONS, InUse, WriteError
from viewer.archive.connection import SQLITE_MAX_INTEGER
from viewer.archive.errors import SeedError, os_problem, rebuild_advice
from viewer.archive.export import FORMATS
from viewer.archive.location import ensure_archive, seeds_dir
from viewer.archive.store import Archive, ArchiveError
from viewer.archive.tables import SEARCHED_TABLES, TABLE_SPECS
from viewer.archive.user_text import cut_short
from viewer.i18n import message as _
from viewer.i18n import ngettext


def _stdout() -> TextIO:
    """Standard output as text. (``click.get_text_stream`` is deprecated from Click 8.5; the
    CLI runner in tests swaps ``sys.stdout`` itself, so this serves both.)"""
    return sys.stdout


def quoted(text: str) -> str:
    """The user's text as a message quotes it: on one line, cut short, in quotes."""
    return repr(cut_short(text))


#: How many of the ids --ids names that are not in the archive a message lists.
LISTED_IDS = 10


def fail(message: str, code: int = 1) -> NoReturn:
    click.echo(f"somos-archive: {message}", err=True)
    sys.exit(code)


def open_archive(path: Path | None) -> Archive:
    """The archive named, or the default one (built first if missing or stale)."""
    try:
        target = ensure_archive(path, progress=lambda msg: click.echo(msg, err=True))
    except (SeedError, OSError) as exc:
        fail(_("cannot build the default archive: {problem}").format(
            problem=os_problem(exc) if isinstance(exc, OSError) else exc))
    try:
        return Archive.open(target)
    except ArchiveError as exc:
        fail(str(exc))


def not_searchable(name: object) -> str:
    """Why a table the search index leaves out cannot be searched, and which tables can."""
    return _("table {name} is not searchable; the searchable tables are {names}").format(
        name=quoted(str(name)), names=", ".join(SEARCHED_TABLES))


class TableName(click.Choice):  # type: ignore[type-arg]
    """A table's name: offered by shell completion like any choice, refused in one line (the
    CLI's errors are one line each, where click's own would print the usage as well).

    ``searched``: only the tables the search index holds. One it leaves out is refused as not
    searchable, rather than searched into an empty result that reads like "no matches"."""

    def __init__(self, *extra: str, searched: bool = False) -> None:
        super().__init__([*(SEARCHED_TABLES if searched else TABLE_SPECS), *extra])

    def convert(self, value: object, param: click.Parameter | None,
                ctx: click.Context | None) -> str:
        if value in self.choices:
            return str(value)
        if value in TABLE_SPECS:  # a table, but not among the choices: one not searched
            fail(not_searchable(value))
        fail(_("unknown table {name}; choose one of {names}").format(
            name=quoted(str(value)), names=", ".join(map(str, self.choices))))


archive_option = click.option(
    "--archive", "archive_path", type=click.Path(path_type=Path), default=None,
    help=_("Archive file to read (default: the bundled archive, built from the seeds if "
           "needed)."))


class StdoutError(OSError):
    """A write to standard output failed (a full disk, ``> /dev/full``, no stdout at all)."""


class _Stdout(io.RawIOBase):
    """Standard output's descriptor, told apart: its write errors are :class:`StdoutError`, so
    that the one place reporting them (:func:`_stdout_guard`) knows whose they are. ``fd``
    None: the command was started without one (``>&-``), where Python leaves ``sys.stdout``
    None and a write failed with AttributeError. Once reported, writes go nowhere, so that
    the interpreter's last flush at exit does not fail again after our message (the advice
    of Python's note on SIGPIPE)."""

    def __init__(self, fd: int | None) -> None:
        super().__init__()
        self.fd = fd
        self.reported = False

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return self.fd is not None and os.isatty(self.fd)

    def fileno(self) -> int:
        if self.fd is None:
            raise StdoutError(errno.EBADF, os.strerror(errno.EBADF))
        return self.fd

    def write(self, data: Any) -> int:
        if self.reported:
            return len(data)
        if self.fd is None:
            raise StdoutError(errno.EBADF, os.strerror(errno.EBADF))
        try:
            return os.write(self.fd, data)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise StdoutError(exc.errno, exc.strerror) from exc


def _own_stdout() -> _Stdout | None:
    """Standard output as :class:`_Stdout`, installed once; None where it is not the
    process's own (a test runner's capture), which fails in ways of its own."""
    stream = sys.stdout
    buffer = getattr(stream, "buffer", None)
    # Buffered, its descriptor's file is the buffer's raw; unbuffered (python -u,
    # PYTHONUNBUFFERED), the buffer is that file itself.
    file = buffer if isinstance(buffer, io.FileIO | _Stdout) else getattr(buffer, "raw", None)
    if isinstance(file, _Stdout):
        return file
    if stream is None:
        raw, encoding, errors, lines, unbuffered = _Stdout(None), "utf-8", "strict", False, False
    elif (stream is sys.__stdout__ and isinstance(stream, io.TextIOWrapper)
          # A descriptor's file, not a Windows console (whose writer is not os.write's).
          and isinstance(file, io.FileIO)):
        try:
            stream.flush()
            raw = _Stdout(stream.fileno())
        except (OSError, ValueError):  # closed or gone already: writing would fail anyway
            raw = _Stdout(None)
        encoding, errors = stream.encoding, stream.errors or "strict"
        lines, unbuffered = stream.line_buffering, file is buffer
    else:
        return None
    binary: io.RawIOBase | io.BufferedWriter = raw if unbuffered else io.BufferedWriter(raw)
    sys.stdout = io.TextIOWrapper(binary, encoding=encoding, errors=errors,
                                  line_buffering=lines, write_through=unbuffered)
    return raw


@contextmanager
def _stdout_guard() -> Iterator[None]:
    """Every command's output, help and --version included, fails the same way: a reader
    that went away (``| head``) ends the command quietly, as Unix tools do; a stdout that
    cannot take the output (a full disk, ``> /dev/full``, closed) is one line saying so."""
    raw = _own_stdout()
    try:
        yield
    except BrokenPipeError:
        if raw is not None:
            raw.reported = True
        sys.exit(0)
    except StdoutError as exc:
        if raw is not None:
            raw.reported = True
        if exc.errno == errno.EBADF:
            fail(_("cannot write to standard output: it is closed. Run the command with "
                   "its output going to a terminal, a pipe or a file (> FILE)."))
        fail(_("cannot write to standard output: {problem}. Send the output somewhere that "
               "can take it (> FILE on another disk).").format(problem=os_problem(exc)))


class _Commands(click.Group):
    """The commands, with one place that turns a problem with the archive found while a
    command reads it (damage, a lock, a limit reached) into the one-line message, and one
    that does the same for standard output (:func:`_stdout_guard`). Help and --version are
    printed while the arguments are parsed, so the guard covers that step as well."""

    def make_context(self, info_name: str | None, args: list[str],
                     parent: click.Context | None = None, **extra: Any) -> click.Context:
        with _stdout_guard():
            return super().make_context(info_name, args, parent, **extra)

    def invoke(self, ctx: click.Context) -> object:
        with _stdout_guard():
            try:
                return super().invoke(ctx)
            except ArchiveError as exc:
                fail(str(exc))


# Each command's help is given as help= rather than read from its docstring, so that it can
# be translated (viewer.i18n); the docstrings would only repeat it.
@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]},
             help=_("Somos Archive: what four documents say about the series Somos., with "
                    "provenance."))
@click.version_option(__version__, prog_name="somos-archive",
                      message=_("%(prog)s, version %(version)s"))
def main() -> None:
    pass


@main.command(help=_(
    "Parse the seeds and write the archive (atomically: a failed build changes nothing).\n\n"
    "The seeds must be the ones seeds/SHA256SUMS records, unless --allow-changed-seeds."))
@click.option("--seeds", "seeds", type=click.Path(path_type=Path), default=None,
              help=_("Folder holding the seed documents and sources.toml "
                     "(default: the bundled seeds)."))
@click.option("--out", "out", type=click.Path(path_type=Path), default=None,
              help=_("Archive file to write (default: the bundled archive's location)."))
@click.option("--quiet", "-q", is_flag=True, help=_("Print only errors."))
@click.option("--allow-changed-seeds", is_flag=True,
              help=_("Build even from seeds that differ from seeds/SHA256SUMS (edited or "
                     "replaced on purpose); the archive records which."))
def build(seeds: Path | None, out: Path | None, quiet: bool,
          allow_changed_seeds: bool) -> None:
    import time

    from viewer.archive.build import build_archive
    from viewer.archive.location import default_archive_path

    seeds = seeds or seeds_dir()
    out = out or default_archive_path()
    started = time.perf_counter()
    try:
        report = build_archive(seeds, out, None if quiet else lambda m: click.echo(m, err=True),
                               allow_changed_seeds=allow_changed_seeds)
    except SeedError as exc:
        fail(_("build stopped: {problem}").format(problem=exc))
    except WriteError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(_("build stopped: cannot write {path}: {problem}").format(
            path=out, problem=os_problem(exc)))
    if not quiet:
        elapsed = time.perf_counter() - started
        rows = ", ".join(f"{k} {v}" for k, v in report.counts.items())
        click.echo(_("Built {path} in {seconds:.2f} s: {rows}").format(
            path=report.path, seconds=elapsed, rows=rows))


@main.command(help=_("Show the archive's tables and row counts."))
@archive_option
@click.option("--check", is_flag=True,
              help=_("Also check every page of the file and the search index in full "
                     "(slow on big files)."))
def info(archive_path: Path | None, check: bool) -> None:
    with open_archive(archive_path) as archive:
        click.echo(_("Archive: {path}").format(path=archive.path))
        click.echo(_("Schema version: {version}").format(version=archive.schema_version))
        click.echo(_("Builder version: {version}").format(
            version=archive.meta.get("builder_version", "?")))
        click.echo(_("Seeds checksum: {checksum}").format(
            checksum=archive.meta.get("seeds_sha256", "?")))
        counts = archive.counts()
        width = max(len(name) for name in counts)
        for name, count in counts.items():
            click.echo(f"  {name:<{width}}  {count:>8}")
        if check:
            problems = archive.integrity_check()
            click.echo(_("Integrity: {result}").format(
                result=_("ok") if problems == ["ok"] else "; ".join(problems)))
            if problems != ["ok"]:
                # One line: SQLite's report can span several ("*** in database main ***\n
                # Page 41: …"), depending on which page is damaged.
                first = " ".join(problems[0].split())
                fail(_("{path} is damaged: {problem}. {advice}").format(
                    path=archive.path, problem=first, advice=rebuild_advice()))


def _ids(text: str | None) -> list[int] | None:
    """The record ids ``--ids`` names, each once, in the order first given (a record named
    twice was exported twice)."""
    if text is None:
        return None
    ids: dict[int, None] = {}
    for part in text.replace(" ", "").split(","):
        if not part:
            continue
        # Our own words, not int()'s ("invalid literal for int() with base 10"), and only
        # the part that is wrong, quoted short: the rest of the list may be long.
        if not re.fullmatch(r"[+-]?[0-9]+", part):
            fail(_("--ids takes record ids separated by commas (e.g. 1,2,5), not {text}"
                   ).format(text=quoted(part)))
        number = int(part)
        if abs(number) > SQLITE_MAX_INTEGER:  # could not even be looked up
            fail(_("--ids: {number} is not a record id (ids are at most {largest}); "
                   "check the number").format(number=quoted(part), largest=SQLITE_MAX_INTEGER))
        ids[number] = None
    if not ids:
        fail(_("--ids names no record ids"))
    return list(ids)


def _annotations_in_use() -> tuple[InUse, ...]:
    """The user's annotations database, which no export may be written over."""
    from viewer.annotations.store import default_path

    return (InUse(default_path(), ANNOTATIONS),)


@main.command(help=_(
    "Write a table's records, with their sources, as JSON, CSV, Markdown or citations "
    "(plain text, HTML, or CSL-JSON, BibTeX and RIS for reference managers).\n\n"
    "TABLE is a table's name (`somos-archive info` lists them; the shell completes them). "
    "CSV files carry a byte-order mark so spreadsheets read accents correctly; cells that a "
    "spreadsheet would run as formulas start with a quote (')."))
@click.argument("table", metavar="TABLE", type=TableName())
@click.option("--format", "-f", "fmt", type=click.Choice(list(FORMATS), case_sensitive=False),
              default=None,
              help=_("Output format. Default: the one the -o file's suffix names (.csv, "
                     ".json, .md, .txt and .html for citations, .csl.json, .bib, .ris), else "
                     "json on stdout. A suffix that names another format is refused."))
@click.option("--query", "-q", default="",
              help=_("Export only records matching this search (the same search the "
                     "viewer's filter box runs)."))
@click.option("--ids", default=None, help=_("Export only these record ids, comma-separated."))
@click.option("--output", "-o", "output", type=click.Path(path_type=Path), default=None,
              help=_("File to write (replaced atomically, only once complete). Default: "
                     "stdout."))
@click.option("--no-provenance", is_flag=True,
              help=_("Leave out the source spans (each record's sources list stays, and "
                     "so does not_stated: what no words state, and why)."))
@click.option("--manifest", is_flag=True,
              help=_("Also write FILE.manifest.json: checksum, table, query, count and the "
                     "seeds the archive was built from (needs -o)."))
@archive_option
def export(table: str, fmt: str | None, query: str, ids: str | None, output: Path | None,
           no_provenance: bool, manifest: bool, archive_path: Path | None) -> None:
    from viewer.archive.export import (
        ExportError,
        export_records,
        format_for_path,
        select_records,
        write_records,
    )
    from viewer.archive.search_query import build_match

    wanted = _ids(ids)
    if output is not None and str(output) == "-":
        output = None
    if manifest and output is None:
        fail(_("--manifest needs a file to describe; add -o FILE"))
    named = format_for_path(output) if output else None
    if fmt and named and fmt.lower() != named:
        fail(_("-o {output} names the {label} format (its suffix), but --format {fmt} was "
               "asked for; change one of them").format(
            output=output, label=FORMATS[named].label, fmt=fmt))
    if output is not None and not fmt and not named:
        suffixes = ", ".join(f.suffix for f in FORMATS.values())
        fail(_("cannot tell the format from the file name {name}: add --format ({formats}) "
               "or use one of the suffixes {suffixes}").format(
            name=repr(output.name), formats=", ".join(FORMATS), suffixes=suffixes))
    fmt = (fmt or named or "json").lower()
    if query.strip():
        match = build_match(query)
        if match.expression is None:
            fail(_("--query {query}: {problem}").format(
                query=quoted(query), problem=match.notice or _("nothing to search for")))
        if match.notice:
            click.echo(f"somos-archive: {match.notice}", err=True)
    with open_archive(archive_path) as archive:
        records = select_records(archive, table, query=query, ids=wanted)
        if wanted is not None:
            found = {r.id for r in records}
            missing = [i for i in wanted if i not in found]
            if missing and not query.strip():
                listed = ", ".join(map(str, missing[:LISTED_IDS]))
                if len(missing) > LISTED_IDS:
                    listed = _("{ids} … and {count} more").format(
                        ids=listed, count=len(missing) - LISTED_IDS)
                fail(ngettext("no {table} record with id {ids}",
                              "no {table} records with ids {ids}", len(missing)).format(
                    table=table, ids=listed))
        if output is None:  # a failing stdout is the group's to report (_stdout_guard)
            try:
                write_records(archive, table, records, fmt, _stdout(),
                              provenance=not no_provenance, query=query)
                _stdout().flush()
            except ExportError as exc:
                fail(str(exc))
            return
        try:
            report = export_records(archive, table, records, fmt, output,
                                    provenance=not no_provenance, query=query,
                                    manifest=manifest, in_use=_annotations_in_use())
        except ExportError as exc:
            fail(str(exc))
        except OSError as exc:
            fail(_("cannot write the export: {problem}").format(problem=os_problem(exc)))
    click.echo(ngettext("Wrote {count} {table} record to {path} ({fmt})",
                        "Wrote {count} {table} records to {path} ({fmt})", report.count).format(
        count=report.count, table=table, path=report.path, fmt=fmt), err=True)


@main.command(help=_(
    "Open the archive in Datasette, read-only, with its metadata: what each table and column "
    "holds, ?_search= on every table, labels and facets, and views that spell out credits, "
    "facts and disagreements.\n\nNeeds Datasette: pip install 'somos-archive[web]'."))
@click.option("--host", default="127.0.0.1", show_default=True,
              help=_("Address to serve on (the default is this machine only)."))
@click.option("--port", "-p", default=8001, show_default=True, type=click.IntRange(0, 65535),
              help=_("Port to serve on (0: any free one)."))
@click.option("--print-metadata", is_flag=True,
              help=_("Print the Datasette metadata (JSON) and exit, to run datasette "
                     "yourself: datasette ARCHIVE -m metadata.json."))
@archive_option
def serve(host: str, port: int, print_metadata: bool, archive_path: Path | None) -> None:
    from viewer.archive.datasette import metadata

    with open_archive(archive_path) as archive:
        path = archive.path
    data = metadata(path.stem)
    if print_metadata:
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    try:
        import uvicorn
        from datasette.app import Datasette
    except ImportError as exc:
        fail(_("Datasette is not installed ({problem}); install it with "
               "pip install 'somos-archive[web]' and run this again").format(problem=exc))
    # In this process, as Datasette's own command runs it (its app on uvicorn): a Ctrl+C or a
    # terminate stops the server with the command. Immutable: the file is never written.
    app = Datasette(immutables=[str(path)], metadata=data).app()
    # Bound and listening before uvicorn starts (its Server takes ready sockets), so that the
    # address printed is the real one (the port 0 picked) and a port in use or an address
    # not of this machine is our one line, not uvicorn's log and exit 3.
    sock = _listening_socket(host, port)
    bound = sock.getsockname()
    shown = f"[{bound[0]}]" if sock.family == socket.AF_INET6 else bound[0]
    click.echo(_("Serving {path} on http://{host}:{port}/ (Ctrl+C to stop)").format(
        path=path, host=shown, port=bound[1]), err=True)
    uvicorn.Server(uvicorn.Config(app, log_level="warning")).run(sockets=[sock])


def _listening_socket(host: str, port: int) -> socket.socket:
    """A socket listening on ``host``:``port``, or the one-line reason it cannot be."""
    elsewhere = _("cannot serve on {host}: it is not a name or an address of this machine; "
                  "choose another with --host (127.0.0.1 is this machine only)").format(
        host=quoted(host))
    try:
        family, kind, proto, _name, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
    except (OSError, UnicodeError):  # socket.gaierror: no such name or address
        fail(elsewhere)
    sock: socket.socket | None = None
    try:
        # In the try: a family this machine lacks (--host ::1 without IPv6) fails here.
        sock = socket.socket(family, kind, proto)
        # As uvicorn binds: a port still closing from the last run (TIME_WAIT) is free.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(2048)  # uvicorn's default backlog
    except OSError as exc:
        if sock is not None:
            sock.close()
        if exc.errno == errno.EADDRINUSE:
            fail(_("port {port} is in use on {host}: choose another with --port (0: any "
                   "free one)").format(port=port, host=host))
        if exc.errno in (errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT):
            fail(elsewhere)
        if exc.errno == errno.EACCES:
            fail(_("port {port} is reserved for the system's administrator: choose one "
                   "above 1023 with --port").format(port=port))
        fail(_("cannot serve on {host} port {port}: {problem}").format(
            host=host, port=port, problem=os_problem(exc)))
    return sock


def _plain_snippet(snippet: str, bold: bool) -> str:
    """A search snippet (HTML, matches in <b>) as terminal text: ANSI bold on a terminal,
    [brackets] in a pipe or file."""
    opened, closed = ("\x1b[1m", "\x1b[0m") if bold else ("[", "]")
    text = html.unescape(snippet.replace("<b>", "\x02").replace("</b>", "\x03"))
    return " ".join(text.split()).replace("\x02", opened).replace("\x03", closed)


@main.command(help=_(
    "Search every record and its source text for QUERY; hits ranked best first, matches "
    "marked.\n\nWords are searched as typed; \"quoted phrases\", a trailing * for prefixes "
    "and AND/OR/NOT between words work too. Exit status: 0 with hits, 1 with none (like "
    "grep), 2 when the query has nothing to search for."))
@click.argument("query")
@click.option("--table", "-t", "table", metavar="TABLE", default="all", show_default=True,
              type=TableName("all", searched=True),
              help=_("Search one table ({tables}) or all.").format(
                  tables=", ".join(SEARCHED_TABLES)))
@click.option("--limit", "-n", type=click.IntRange(1, SQLITE_MAX_INTEGER), default=20,
              show_default=True,
              help=_("Show at most this many hits, best first."))
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True,
              help=_("text: one hit per entry with its snippet, and what of it is inferred; "
                     "json: an array of objects (table, id, title, snippet as HTML with <b> "
                     "marks, source, rank, inferred: why, inferred_roles)."))
@archive_option
def search(query: str, table: str, limit: int, fmt: str, archive_path: Path | None) -> None:
    from viewer.archive.search_query import build_match

    if build_match(query).expression is None:
        fail(_("nothing to search for in {query}: type a word").format(query=quoted(query)),
             code=2)
    from viewer.archive.inferred_marks import InferredMark, inferred_marks
    from viewer.archive.reasons import said

    with open_archive(archive_path) as archive:
        result = archive.search(query, table=table, limit=limit)
        marks = inferred_marks(archive, ((h.table, h.id) for h in result.hits))
    unmarked = InferredMark(None, (), False)
    if result.notice:
        click.echo(f"somos-archive: {result.notice}", err=True)
    if result.suggestion:
        click.echo("somos-archive: " + _("did you mean {suggestion}?").format(
            suggestion=repr(result.suggestion)), err=True)
    out = _stdout()
    if fmt == "json":
        rows = [{"table": h.table, "id": h.id, "title": h.title, "snippet": h.snippet,
                 "source": h.source, "rank": h.rank,
                 "inferred": marks.get((h.table, h.id), unmarked).reason,
                 "inferred_roles": list(marks.get((h.table, h.id), unmarked).roles)}
                for h in result.hits]
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    else:
        bold = out.isatty() and not os.environ.get("NO_COLOR")
        for hit in result.hits:
            mark = marks.get((hit.table, hit.id), unmarked)
            title = _("{title} (inferred)").format(title=hit.title) if mark.in_title else hit.title
            click.echo(f"{hit.table} #{hit.id}  {title}  ({hit.source})")
            click.echo(f"    {_plain_snippet(hit.snippet, bold)}")
            if mark.reason:
                click.echo("    " + _("Inferred: {reason}").format(reason=said(mark.reason)))
            if mark.roles:
                click.echo("    " + _("Inferred roles: {roles} (each credit says why)").format(
                    roles=", ".join(mark.roles)))
    out.flush()
    if not result.hits:
        click.echo("somos-archive: " + _("no matches for {query}").format(query=quoted(query)),
                   err=True)
        sys.exit(1)
    if result.truncated:
        click.echo("somos-archive: " + ngettext(
            "showing the first {limit} hit; use --limit for more",
            "showing the first {limit} hits; use --limit for more", limit).format(limit=limit),
            err=True)


# The annotations commands use the helpers above, so they are added last.
from viewer.cli_annotations import annotations_group  # noqa: E402

main.add_command(annotations_group)

if __name__ == "__main__":  # pragma: no cover
    main()
