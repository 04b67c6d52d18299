"""``somos-archive``: build, inspect, search and export the archive without a window.

A thin layer over :mod:`viewer.archive`: it parses arguments, calls the library and turns the
library's user-facing errors into one line on stderr and a non-zero exit. It never imports Qt.
"""

from __future__ import annotations

import html
import json
import os
import sys
from pathlib import Path
from typing import NoReturn, TextIO

import click

from viewer import __version__
from viewer.archive.errors import SeedError
from viewer.archive.export import FORMATS
from viewer.archive.location import ensure_archive, seeds_dir
from viewer.archive.store import Archive, ArchiveError
from viewer.archive.tables import TABLE_SPECS


def _stdout() -> TextIO:
    """Standard output as text. (``click.get_text_stream`` is deprecated from Click 8.5; the
    CLI runner in tests swaps ``sys.stdout`` itself, so this serves both.)"""
    return sys.stdout


def fail(message: str, code: int = 1) -> NoReturn:
    click.echo(f"somos-archive: {message}", err=True)
    sys.exit(code)


def open_archive(path: Path | None) -> Archive:
    """The archive named, or the default one (built first if missing or stale)."""
    try:
        target = ensure_archive(path, progress=lambda msg: click.echo(msg, err=True))
    except SeedError as exc:
        fail(f"cannot build the default archive: {exc}")
    except OSError as exc:
        fail(f"cannot build the default archive: {exc}")
    try:
        return Archive.open(target)
    except ArchiveError as exc:
        fail(str(exc))


class TableName(click.Choice):  # type: ignore[type-arg]
    """A table's name: offered by shell completion like any choice, refused in one line (the
    CLI's errors are one line each, where click's own would print the usage as well)."""

    def __init__(self, *extra: str) -> None:
        super().__init__([*TABLE_SPECS, *extra])

    def convert(self, value: object, param: click.Parameter | None,
                ctx: click.Context | None) -> str:
        if value not in self.choices:
            fail(f"unknown table {value!r}; choose one of {', '.join(map(str, self.choices))}")
        return str(value)


archive_option = click.option(
    "--archive", "archive_path", type=click.Path(path_type=Path), default=None,
    help="Archive file to read (default: the bundled archive, built from the seeds if needed).")


class _Commands(click.Group):
    """The commands, with one place that turns a problem with the archive found while a
    command reads it (damage, a lock, a limit reached) into the one-line message."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except ArchiveError as exc:
            fail(str(exc))


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="somos-archive")
def main() -> None:
    """Somos Archive: what four documents say about the series Somos., with provenance."""


@main.command()
@click.option("--seeds", "seeds", type=click.Path(path_type=Path), default=None,
              help="Folder holding the seed documents and sources.toml "
                   "(default: the bundled seeds).")
@click.option("--out", "out", type=click.Path(path_type=Path), default=None,
              help="Archive file to write (default: the bundled archive's location).")
@click.option("--quiet", "-q", is_flag=True, help="Print only errors.")
@click.option("--allow-changed-seeds", is_flag=True,
              help="Build even from seeds that differ from seeds/SHA256SUMS (edited or "
                   "replaced on purpose); the archive records which.")
def build(seeds: Path | None, out: Path | None, quiet: bool,
          allow_changed_seeds: bool) -> None:
    """Parse the seeds and write the archive (atomically: a failed build changes nothing).

    The seeds must be the ones seeds/SHA256SUMS records, unless --allow-changed-seeds.
    """
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
        fail(f"build stopped: {exc}")
    except OSError as exc:
        fail(f"build stopped: cannot write {out}: {exc.strerror or exc}")
    if not quiet:
        elapsed = time.perf_counter() - started
        rows = ", ".join(f"{k} {v}" for k, v in report.counts.items())
        click.echo(f"Built {report.path} in {elapsed:.2f} s: {rows}")


@main.command()
@archive_option
@click.option("--check", is_flag=True,
              help="Also check every page of the file and the search index in full "
                   "(slow on big files).")
def info(archive_path: Path | None, check: bool) -> None:
    """Show the archive's tables and row counts."""
    with open_archive(archive_path) as archive:
        click.echo(f"Archive: {archive.path}")
        click.echo(f"Schema version: {archive.schema_version}")
        click.echo(f"Builder version: {archive.meta.get('builder_version', '?')}")
        click.echo(f"Seeds checksum: {archive.meta.get('seeds_sha256', '?')}")
        counts = archive.counts()
        width = max(len(name) for name in counts)
        for name, count in counts.items():
            click.echo(f"  {name:<{width}}  {count:>8}")
        if check:
            problems = archive.integrity_check()
            click.echo("Integrity: " + ("ok" if problems == ["ok"] else "; ".join(problems)))
            if problems != ["ok"]:
                # One line: SQLite's report can span several ("*** in database main ***\n
                # Page 41: …"), depending on which page is damaged.
                first = " ".join(problems[0].split())
                fail(f"{archive.path} is damaged: {first}. Rebuild it with "
                     "'somos-archive build' or choose another file.")


def _table(name: str) -> str:
    """A logical table name, or one line on stderr listing the ones there are."""
    if name not in TABLE_SPECS:
        fail(f"unknown table {name!r}; choose one of {', '.join(TABLE_SPECS)}")
    return name


def _ids(text: str | None) -> list[int] | None:
    if text is None:
        return None
    try:
        ids = [int(part) for part in text.replace(" ", "").split(",") if part]
    except ValueError:
        fail(f"--ids takes record ids separated by commas (e.g. 1,2,5), not {text!r}")
    if not ids:
        fail("--ids names no record ids")
    return ids


def _stdout_closed() -> NoReturn:
    """The reader of our output went away (``| head``): stop quietly, as Unix tools do."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(0)


@main.command()
@click.argument("table", metavar="TABLE", type=TableName())
@click.option("--format", "-f", "fmt", type=click.Choice(list(FORMATS), case_sensitive=False),
              default=None,
              help="Output format. Default: the one the -o file's suffix names (.csv, "
                   ".json, .md, .txt and .html for citations, .csl.json, .bib, .ris), else "
                   "json on stdout. A suffix that names another format is refused.")
@click.option("--query", "-q", default="",
              help="Export only records matching this search (the same search the viewer's "
                   "filter box runs).")
@click.option("--ids", default=None, help="Export only these record ids, comma-separated.")
@click.option("--output", "-o", "output", type=click.Path(path_type=Path), default=None,
              help="File to write (replaced atomically, only once complete). Default: stdout.")
@click.option("--no-provenance", is_flag=True,
              help="Leave out the source spans (the sources list of each record stays).")
@click.option("--manifest", is_flag=True,
              help="Also write FILE.manifest.json: checksum, table, query, count and the "
                   "seeds the archive was built from (needs -o).")
@archive_option
def export(table: str, fmt: str | None, query: str, ids: str | None, output: Path | None,
           no_provenance: bool, manifest: bool, archive_path: Path | None) -> None:
    """Write a table's records, with their sources, as JSON, CSV, Markdown or citations
    (plain text, HTML, or CSL-JSON, BibTeX and RIS for reference managers).

    TABLE is a table's name (`somos-archive info` lists them; the shell completes them).
    CSV files carry a byte-order mark so spreadsheets read accents correctly; cells that a
    spreadsheet would run as formulas start with a quote (').
    """
    from viewer.archive.export import (
        ExportError,
        export_records,
        format_for_path,
        select_records,
        write_records,
    )
    from viewer.archive.search_query import build_match

    table = _table(table)
    wanted = _ids(ids)
    if output is not None and str(output) == "-":
        output = None
    if manifest and output is None:
        fail("--manifest needs a file to describe; add -o FILE")
    named = format_for_path(output) if output else None
    if fmt and named and fmt.lower() != named:
        fail(f"-o {output} names the {FORMATS[named].label} format (its suffix), but --format "
             f"{fmt} was asked for; change one of them")
    if output is not None and not fmt and not named:
        suffixes = ", ".join(f.suffix for f in FORMATS.values())
        fail(f"cannot tell the format from the file name {output.name!r}: add --format "
             f"({', '.join(FORMATS)}) or use one of the suffixes {suffixes}")
    fmt = (fmt or named or "json").lower()
    if query.strip():
        match = build_match(query)
        if match.expression is None:
            fail(f"--query {query!r}: {match.notice or 'nothing to search for'}")
        if match.notice:
            click.echo(f"somos-archive: {match.notice}", err=True)
    with open_archive(archive_path) as archive:
        records = select_records(archive, table, query=query, ids=wanted)
        if wanted is not None:
            found = {r.id for r in records}
            missing = [i for i in wanted if i not in found]
            if missing and not query.strip():
                fail(f"no {table} record with id {', '.join(map(str, missing))}")
        try:
            if output is None:
                write_records(archive, table, records, fmt, _stdout(),
                              provenance=not no_provenance, query=query)
                return
            report = export_records(archive, table, records, fmt, output,
                                    provenance=not no_provenance, query=query,
                                    manifest=manifest)
        except ExportError as exc:
            fail(str(exc))
        except BrokenPipeError:
            _stdout_closed()
        except OSError as exc:
            fail(f"cannot write the export: {exc.strerror or exc}")
    click.echo(f"Wrote {report.count} {table} records to {report.path} ({fmt})", err=True)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to serve on (the default is this machine only).")
@click.option("--port", "-p", default=8001, show_default=True, type=click.IntRange(0, 65535),
              help="Port to serve on (0: any free one).")
@click.option("--print-metadata", is_flag=True,
              help="Print the Datasette metadata (JSON) and exit, to run datasette yourself: "
                   "datasette ARCHIVE -m metadata.json.")
@archive_option
def serve(host: str, port: int, print_metadata: bool, archive_path: Path | None) -> None:
    """Open the archive in Datasette, read-only, with its metadata: what each table and column
    holds, ?_search= on every table, labels and facets, and views that spell out credits,
    facts and disagreements.

    Needs Datasette: pip install 'somos-archive[web]'.
    """
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
        fail(f"Datasette is not installed ({exc}); install it with "
             "pip install 'somos-archive[web]' and run this again")
    # In this process, as Datasette's own command runs it (its app on uvicorn): a Ctrl+C or a
    # terminate stops the server with the command. Immutable: the file is never written.
    app = Datasette(immutables=[str(path)], metadata=data).app()
    click.echo(f"Serving {path} on http://{host}:{port}/ (Ctrl+C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def _plain_snippet(snippet: str, bold: bool) -> str:
    """A search snippet (HTML, matches in <b>) as terminal text: ANSI bold on a terminal,
    [brackets] in a pipe or file."""
    opened, closed = ("\x1b[1m", "\x1b[0m") if bold else ("[", "]")
    text = html.unescape(snippet.replace("<b>", "\x02").replace("</b>", "\x03"))
    return " ".join(text.split()).replace("\x02", opened).replace("\x03", closed)


@main.command()
@click.argument("query")
@click.option("--table", "-t", "table", default="all", show_default=True, type=TableName("all"),
              help="Search one table (episodes, cast, crew, people, characters, storylines, "
                   "quotes, facts, excerpts, sources) or all.")
@click.option("--limit", "-n", type=click.IntRange(min=1), default=20, show_default=True,
              help="Show at most this many hits, best first.")
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True,
              help="text: one hit per entry with its snippet; json: an array of objects "
                   "(table, id, title, snippet as HTML with <b> marks, source, rank).")
@archive_option
def search(query: str, table: str, limit: int, fmt: str, archive_path: Path | None) -> None:
    """Search every record and its source text for QUERY; hits ranked best first, matches marked.

    Words are searched as typed; "quoted phrases", a trailing * for prefixes and AND/OR/NOT
    between words work too. Exit status: 0 with hits, 1 with none (like grep), 2 when the query
    has nothing to search for.
    """
    from viewer.archive.search_query import build_match

    if table != "all":
        table = _table(table)
    if build_match(query).expression is None:
        fail(f"nothing to search for in {query!r}: type a word", code=2)
    with open_archive(archive_path) as archive:
        result = archive.search(query, table=table, limit=limit)
    if result.notice:
        click.echo(f"somos-archive: {result.notice}", err=True)
    if result.suggestion:
        click.echo(f"somos-archive: did you mean {result.suggestion!r}?", err=True)
    out = _stdout()
    try:
        if fmt == "json":
            rows = [{"table": h.table, "id": h.id, "title": h.title, "snippet": h.snippet,
                     "source": h.source, "rank": h.rank} for h in result.hits]
            out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        else:
            bold = out.isatty() and not os.environ.get("NO_COLOR")
            for hit in result.hits:
                click.echo(f"{hit.table} #{hit.id}  {hit.title}  ({hit.source})")
                click.echo(f"    {_plain_snippet(hit.snippet, bold)}")
        out.flush()
    except BrokenPipeError:
        _stdout_closed()
    if not result.hits:
        click.echo(f"somos-archive: no matches for {query!r}", err=True)
        sys.exit(1)
    if result.truncated:
        click.echo(f"somos-archive: showing the first {limit} hits; use --limit for more",
                   err=True)


# The annotations commands use the helpers above, so they are added last.
from viewer.cli_annotations import annotations_group  # noqa: E402

main.add_command(annotations_group)

if __name__ == "__main__":  # pragma: no cover
    main()
