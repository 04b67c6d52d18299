"""``somos-archive``: build, inspect, search and export the archive without a window.

A thin layer over :mod:`viewer.archive`: it parses arguments, calls the library and turns the
library's user-facing errors into one line on stderr and a non-zero exit. It never imports Qt.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import click

from viewer import __version__
from viewer.archive.extract.base import SeedError
from viewer.archive.location import ensure_archive, seeds_dir
from viewer.archive.store import Archive, ArchiveError


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


archive_option = click.option(
    "--archive", "archive_path", type=click.Path(path_type=Path), default=None,
    help="Archive file to read (default: the bundled archive, built from the seeds if needed).")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="somos-archive")
def main() -> None:
    """Somos Archive: what four documents say about the series Somos., with provenance."""


@main.command()
@click.option("--seeds", "seeds", type=click.Path(path_type=Path), default=None,
              help="Folder holding the seed documents and sources.toml (default: the bundled seeds).")
@click.option("--out", "out", type=click.Path(path_type=Path), default=None,
              help="Archive file to write (default: the bundled archive's location).")
@click.option("--quiet", "-q", is_flag=True, help="Print only errors.")
def build(seeds: Path | None, out: Path | None, quiet: bool) -> None:
    """Parse the seeds and write the archive (atomically: a failed build changes nothing)."""
    import time

    from viewer.archive.build import build_archive
    from viewer.archive.location import default_archive_path

    seeds = seeds or seeds_dir()
    out = out or default_archive_path()
    started = time.perf_counter()
    try:
        report = build_archive(seeds, out, None if quiet else lambda m: click.echo(m, err=True))
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
@click.option("--check", is_flag=True, help="Also run SQLite's full integrity check (slow on big files).")
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
                sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()
