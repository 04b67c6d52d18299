"""What the seeds folder holds: its manifest, and one checksum over every input of a build.

Apart from the builder because the viewer reads both at every start without an archive
argument (is the default archive stale?), and the builder's module brings the extractors'
helpers with it (patterns compiled and record types defined on import).
"""

from __future__ import annotations

import contextlib
import hashlib
import tomllib
from pathlib import Path
from typing import Any

from viewer import __version__
from viewer.archive.errors import SeedError
from viewer.archive.schema import SCHEMA_VERSION
from viewer.i18n import message as _

SOURCES_FILE = "sources.toml"
CORRECTIONS_FILE = "corrections.toml"
#: Manifest fields a citation of the document uses that its own text may state: each must be
#: found in the text or be listed under ``curated`` with its reason.
CITATION_FIELDS = ("title", "site", "author")
#: CSL item types a manifest entry may give as ``citation_type``.
CITATION_TYPES = frozenset({"article", "article-journal", "article-magazine",
                            "article-newspaper", "document", "entry-encyclopedia", "post",
                            "post-weblog", "report", "webpage"})


def read_manifest(seeds_dir: Path, check_layouts: bool = True) -> list[dict[str, Any]]:
    """The manifest's ``[[source]]`` entries. ``check_layouts=False`` skips the check that each
    names a known extractor, and with it importing the extractors (slow): the staleness
    check, run at every start of the viewer, needs only the file names."""
    path = seeds_dir / SOURCES_FILE
    if not path.is_file():
        raise SeedError(SOURCES_FILE, _("not found in {folder}; it lists the seeds to read")
                        .format(folder=seeds_dir))
    try:
        manifest = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SeedError(SOURCES_FILE, _("cannot be read: {problem}").format(problem=exc)
                        ) from exc
    entries = manifest.get("source")
    if not isinstance(entries, list) or not entries:
        raise SeedError(SOURCES_FILE, _("lists no [[source]] entries"))
    seen: set[str] = set()
    for entry in entries:
        if not isinstance(entry, dict):
            raise SeedError(SOURCES_FILE, _("a [[source]] entry is not a table: {entry!r}")
                            .format(entry=entry))
        for key in ("file", "title", "kind", "layout"):
            if not isinstance(entry.get(key), str):
                raise SeedError(SOURCES_FILE, _("an entry lacks '{key}': {entry}").format(
                    key=key, entry=entry))
        _check_citation_fields(entry)
        file = entry["file"]
        if not _inside(seeds_dir, file):
            raise SeedError(SOURCES_FILE, _("{file!r} is not a file in the seeds folder; list "
                                            "seeds by their names in it").format(file=file))
        if file in seen:
            raise SeedError(SOURCES_FILE, _("{file} is listed twice").format(file=file))
        seen.add(file)
    if not check_layouts:
        return entries
    from viewer.archive.extract import EXTRACTORS

    for entry in entries:
        if entry["layout"] not in EXTRACTORS:
            raise SeedError(SOURCES_FILE, _("{file}: unknown layout {layout!r} (known: {known})")
                            .format(file=entry["file"], layout=entry["layout"],
                                    known=", ".join(sorted(EXTRACTORS))))
    return entries


def _check_citation_fields(entry: dict[str, Any]) -> None:
    file = entry["file"]
    for key in ("site", "author", "date", "language", "citation_type"):
        if key in entry and not isinstance(entry[key], str):
            raise SeedError(SOURCES_FILE, _("{file}: '{key}' must be text, not {value!r}").format(
                file=file, key=key, value=entry[key]))
    kind = entry.get("citation_type", "document")
    if kind not in CITATION_TYPES:
        raise SeedError(SOURCES_FILE, _("{file}: unknown citation_type {kind!r} (known: "
                                        "{known})").format(
            file=file, kind=kind, known=", ".join(sorted(CITATION_TYPES))))
    curated = entry.get("curated", {})
    if not isinstance(curated, dict) or not all(
            isinstance(reason, str) and reason.strip() for reason in curated.values()):
        raise SeedError(SOURCES_FILE, _("{file}: [source.curated] maps each field the text "
                                        "does not state to the reason it is given all the "
                                        "same").format(file=file))
    unknown = set(curated) - {*CITATION_FIELDS, "date"}
    if unknown:
        raise SeedError(SOURCES_FILE, _("{file}: [source.curated] names fields no citation "
                                        "has: {fields}").format(
            file=file, fields=", ".join(sorted(unknown))))
def _inside(seeds_dir: Path, file: str) -> bool:
    """Whether ``file`` names a file directly in the seeds folder (issue 30: an entry such as
    ``../../etc/passwd`` or an absolute path read a file from anywhere into the archive)."""
    name = Path(file)
    if not file or name.is_absolute() or name.name != file or file in (".", ".."):
        return False
    folder = seeds_dir.resolve()
    return (folder / name).resolve().parent == folder


def builder_code() -> list[Path]:
    """The build's own code files, inputs of :func:`seeds_checksum` as the seeds are."""
    here = Path(__file__).resolve().parent
    return sorted([*(here / name for name in (
        "build.py", "seeds.py", "merging.py", "writing.py", "entity_writing.py", "claims.py",
        "claim_writing.py", "mentions.py", "repeats.py", "undated_events.py", "manifest.py",
        "schema.py", "dates.py", "value_order.py")),
        *(here / "extract").glob("*.py")])


def seeds_checksum(seeds_dir: Path) -> str:
    """One checksum over every input of the build, to tell when an archive is stale."""
    digest = hashlib.sha256()
    names = [SOURCES_FILE, CORRECTIONS_FILE]
    with contextlib.suppress(SeedError):  # a broken manifest still has a checksum
        names += [e["file"] for e in read_manifest(seeds_dir, check_layouts=False)]
    for name in names:
        path = seeds_dir / name
        digest.update(name.encode())
        digest.update(path.read_bytes() if path.is_file() else b"<missing>")
    digest.update(f"schema {SCHEMA_VERSION}; builder {__version__}".encode())
    # The extraction code is an input too: a fixed parser must refresh a checkout's archive.
    for code in builder_code():
        digest.update(code.name.encode())
        digest.update(code.read_bytes())
    return digest.hexdigest()
