"""``somos-archive annotations list|export|import``: the user's annotations, headless.

As thin as the rest of the CLI: :mod:`viewer.annotations` does the work. Each command first
re-attaches the annotations to the archive (so a rebuild's moved or orphaned ones show as such)
and saves what changed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

import click

from viewer.annotations.anchoring import reattach
from viewer.annotations.exchange import (
    FORMATS,
    Cite,
    archive_citations,
    as_row,
    citing,
    export_annotations,
    format_for_path,
    read_annotations,
    write_annotations,
)
from viewer.annotations.model import Annotation, shown_tags
from viewer.annotations.store import ENV_VAR, AnnotationsError, AnnotationStore
from viewer.archive.atomic import ANNOTATIONS, ARCHIVE, InUse
from viewer.archive.export import ExportError
from viewer.i18n import message as _
from viewer.i18n import ngettext

if TYPE_CHECKING:
    from viewer.archive.store import Archive

# viewer.cli adds this group to its own, so its helpers are imported when a command runs.
archive_option = click.option(
    "--archive", "archive_path", type=click.Path(path_type=Path), default=None,
    help=_("Archive file to re-attach to (default: the bundled archive)."))
annotations_option = click.option(
    "--annotations", "annotations_path", type=click.Path(path_type=Path), default=None,
    help=_("Annotations database (default: ${variable}, else the one in your data "
           "folder).").format(variable=ENV_VAR))


def fail(message: str) -> NoReturn:
    from viewer.cli import fail as cli_fail

    cli_fail(message)


def _open_archive(path: Path | None) -> Archive:
    from viewer.cli import open_archive

    return open_archive(path)


def _stdout() -> TextIO:
    return sys.stdout


def _open_store(path: Path | None, *, create: bool = True) -> AnnotationStore:
    """The annotations database; ``create`` for a command that writes (a mistyped path given
    to one that only reads made a database, and folders, where nobody wanted them)."""
    try:
        return AnnotationStore.open(path, create=create)
    except AnnotationsError as exc:
        fail(str(exc))


def _attached(store: AnnotationStore, archive_path: Path | None
              ) -> tuple[list[Annotation], Cite, Path]:
    """Every annotation, re-attached to the archive first (the changes saved), how to cite
    each (as the archive's exports cite its source and span), and the archive's file."""
    with _open_archive(archive_path) as archive:
        result = reattach(archive, store.all())
        if store.read_only:  # listed as re-attached, though the file cannot keep it
            moved = {a.id: a for a in result.changed}
            found = [moved.get(a.id, a) for a in store.all()]
            return found, citing(archive_citations(archive, found)), archive.path
        try:
            store.save(result.changed)
        except AnnotationsError as exc:
            fail(str(exc))
        found = store.all()
        return found, citing(archive_citations(archive, found)), archive.path


def _chosen(found: list[Annotation], tag: str | None, orphaned: bool) -> list[Annotation]:
    if tag is not None:
        found = [a for a in found if tag.casefold() in (t.casefold() for t in a.tags)]
    return [a for a in found if a.orphaned] if orphaned else found


@click.group("annotations",
             help=_("Your notes and tags on the sources and records: list, export, import."))
def annotations_group() -> None:
    pass


@annotations_group.command(
    "list", help=_("List annotations: citation, tags and note; orphaned ones say so."))
@annotations_option
@archive_option
@click.option("--tag", default=None, help=_("Only annotations with this tag."))
@click.option("--orphaned", is_flag=True,
              help=_("Only annotations whose words are no longer in the sources."))
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help=_("Plain lines, or JSON objects."))
def list_(annotations_path: Path | None, archive_path: Path | None, tag: str | None,
          orphaned: bool, fmt: str) -> None:
    with _open_store(annotations_path, create=False) as store:
        everything, cite, _archive = _attached(store, archive_path)
    found = _chosen(everything, tag, orphaned)
    # A reader that goes away (| head) or a full disk is the group's (cli._stdout_guard).
    out = _stdout()
    if fmt == "json":
        out.write(json.dumps([as_row(a, cite) for a in found], ensure_ascii=False, indent=2)
                  + "\n")
    else:
        for a in found:
            flag = "  [" + _("orphaned") + "]" if a.orphaned else ""
            tags = "  " + _("tags: {tags}").format(tags=shown_tags(a.tags)) if a.tags else ""
            click.echo(f"{a.id}{flag}{tags}\n    {cite(a)}")
            if a.note:
                click.echo("    " + a.note.replace("\n", "\n    "))
    out.flush()
    if not found:  # as search says no matches: on standard error, exit status 1
        fail(_("No annotations match.") if tag is not None or orphaned
             else _("There are no annotations yet."))


@annotations_group.command(
    "export", help=_("Export annotations with their anchors and citations."))
@annotations_option
@archive_option
@click.option("--format", "-f", "fmt", type=click.Choice(list(FORMATS)), default=None,
              help=_("csv, json, jsonld (W3C Web Annotation) or citations "
                     "(default: from the output's suffix, else json)."))
@click.option("--output", "-o", "output", type=click.Path(path_type=Path), default=None,
              help=_("File to write, atomically (default: standard output)."))
@click.option("--tag", default=None, help=_("Only annotations with this tag."))
@click.option("--orphaned", is_flag=True, help=_("Only orphaned annotations."))
def export(annotations_path: Path | None, archive_path: Path | None, fmt: str | None,
           output: Path | None, tag: str | None, orphaned: bool) -> None:
    fmt = fmt or (format_for_path(output) if output else None) or "json"
    with _open_store(annotations_path, create=False) as store:
        everything, cite, archive = _attached(store, archive_path)
        # Neither may be written over: the export would destroy the notes it holds.
        in_use = (InUse(store.path, ANNOTATIONS), InUse(archive, ARCHIVE))
    found = _chosen(everything, tag, orphaned)
    if output is None:
        write_annotations(found, fmt, _stdout(), cite)
        _stdout().flush()
        return
    try:
        count = export_annotations(found, fmt, output, cite, in_use)
    except ExportError as exc:
        fail(str(exc))
    click.echo(ngettext("Wrote {count} annotation to {path}",
                        "Wrote {count} annotations to {path}", count).format(
        count=count, path=output), err=True)


@annotations_group.command("import", help=_(
    "Merge annotations from a JSON or JSON-LD export: new ones added, newer copies replace "
    "older, none duplicated."))
@click.argument("file", type=click.Path(path_type=Path))
@annotations_option
@archive_option
def import_(file: Path, annotations_path: Path | None, archive_path: Path | None) -> None:
    try:  # read first: a file with nothing to import makes no annotations database
        incoming = read_annotations(file)
    except AnnotationsError as exc:
        fail(str(exc))
    with _open_store(annotations_path) as store:
        if store.read_only:
            fail(store.read_only_message)
        try:
            report = store.merge(incoming)
        except AnnotationsError as exc:
            fail(str(exc))
        found, _cite, _archive = _attached(store, archive_path)
    orphans = sum(a.orphaned for a in found)
    summary = _("Imported {added} new, updated {updated}, {unchanged} already there.").format(
        added=report.added, updated=report.updated, unchanged=report.unchanged)
    if orphans:
        summary = ngettext(
            "Imported {added} new, updated {updated}, {unchanged} already there; {orphans} "
            "orphaned (not found in the sources).",
            "Imported {added} new, updated {updated}, {unchanged} already there; {orphans} "
            "orphaned (not found in the sources).", orphans).format(
            added=report.added, updated=report.updated, unchanged=report.unchanged,
            orphans=orphans)
    click.echo(summary)
