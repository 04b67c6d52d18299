"""The seeds as the build reads them: each file's text and its manifest entry, and the
curated corrections with their reasons.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from viewer.archive.errors import os_problem
from viewer.archive.extract.base import SeedError, fold
from viewer.archive.manifest import CITATION_FIELDS, CORRECTIONS_FILE, SOURCES_FILE, read_manifest
from viewer.archive.seed_integrity import unrecognised_seed
from viewer.i18n import message as _


@dataclass(frozen=True)
class SeedInfo:
    id: int
    file: str
    title: str
    site: str
    kind: str
    language: str
    date: str | None
    layout: str
    text: str
    sha256: str
    author: str | None = None
    citation_type: str = "document"
    #: "field: reason" for each citation field the text does not state (sources.toml).
    curated: tuple[str, ...] = ()
    #: Where the text states each citation field it does state: (field, start, end).
    stated: tuple[tuple[str, int, int], ...] = ()


def _decode(file: str, data: bytes) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SeedError(file, _("is not UTF-8 text (byte 0x{byte:02x} at offset {offset})")
                        .format(byte=data[exc.start], offset=exc.start), line) from exc
    if "\x00" in text:
        raise SeedError(file, _("contains NUL bytes; it is not a text document"),
                        text[: text.index("\x00")].count("\n") + 1)
    return text


def load_seeds(seeds_dir: Path) -> list[SeedInfo]:
    """Read and check every seed the manifest lists; a bad one raises :class:`SeedError`."""
    from viewer.archive.extract import EXTRACTORS

    seeds: list[SeedInfo] = []
    for i, entry in enumerate(read_manifest(seeds_dir), start=1):
        file = entry["file"]
        path = seeds_dir / file
        if not path.is_file():
            raise SeedError(file, _("is listed in {manifest} but missing from {folder}").format(
                manifest=SOURCES_FILE, folder=seeds_dir))
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise SeedError(file, _("cannot be read: {problem}").format(
                problem=os_problem(exc))) from exc
        text = _decode(file, data)
        if not text.strip():
            raise SeedError(file, _("is empty"))
        module = EXTRACTORS[entry["layout"]]
        if not module.recognises(text):
            raise SeedError(file, unrecognised_seed(data, entry["layout"]))
        curated = entry.get("curated", {})
        seeds.append(SeedInfo(
            id=i, file=file, title=entry["title"], site=entry.get("site", ""),
            kind=entry["kind"], language=entry.get("language", ""), date=entry.get("date"),
            layout=entry["layout"], text=text, sha256=hashlib.sha256(data).hexdigest(),
            author=entry.get("author"), citation_type=entry.get("citation_type", "document"),
            curated=tuple(f"{key}: {reason}" for key, reason in curated.items()),
            stated=stated_citation_fields(file, text, entry)))
    return seeds


def stated_citation_fields(file: str, text: str, entry: dict[str, Any]
                           ) -> tuple[tuple[str, int, int], ...]:
    """Where the seed states each citation field its manifest entry gives: a field the text
    does not contain must be listed under ``curated`` with its reason, or the build stops, so
    that no citation puts words in a document's mouth. Matched case- and space-blind ("Netflix"
    is the notes' "NETFLIX"); the span is the first line that holds the words alone, else
    their first occurrence."""
    found: list[tuple[str, int, int]] = []
    curated = entry.get("curated", {})
    for key in CITATION_FIELDS:
        value = entry.get(key)
        if not value or key in curated:
            continue
        words = r"\s+".join(re.escape(word) for word in str(value).split())
        # A line of its own (a title line, the page's running "NETFLIX") is the document
        # naming itself; the same words in a sentence may name something else ("the Netflix
        # Mexico team", R2 audit item 4), so they are the span only where no line is.
        line = re.search(rf"^[ \t]*(?P<w>{words})[ \t]*$", text, re.IGNORECASE | re.MULTILINE)
        if line is not None:
            found.append((key, line.start("w"), line.end("w")))
            continue
        match = re.search(words, text, re.IGNORECASE)
        if match is None:
            raise SeedError(SOURCES_FILE, _("{file}: the text does not state its {field} "
                                            "{value!r}; list it under [source.curated] with "
                                            "the reason it is given all the same").format(
                                              file=file, field=key, value=value))
        found.append((key, match.start(), match.end()))
    return tuple(found)


@dataclass(frozen=True)
class NamedHere:
    """Words of one seed that name people no extractor reads there, and who they are: where
    the seed lost letters of a name ("Miguel ngel Trevio and his brother Omar"), with the
    reason (``[[named_here]]`` in ``corrections.toml``)."""

    file: str
    #: The seed's words, as it writes them, that hold the names.
    words: str
    #: (the seed's words for one person, within :attr:`words`; the person's name).
    people: tuple[tuple[str, str], ...]
    reason: str


@dataclass(frozen=True)
class Corrections:
    """The curated corrections of ``corrections.toml``, with their reasons."""

    #: Folded variant name → the name its ``[[same_person]]`` entry lists first.
    names: dict[str, str] = field(default_factory=dict)
    #: Folded variant name → the reason its entry gives for filing it with the others: what a
    #: provenance entry marked "curated" cites.
    reasons: dict[str, str] = field(default_factory=dict)
    #: The reason ``[accents_and_case]`` gives for filing spellings that differ only in
    #: accents or capitals as one person's, which the builder does without an entry; None
    #: when the file gives none.
    folded_reason: str | None = None
    named_here: tuple[NamedHere, ...] = ()
    #: Each entry's reason → the Spanish it gives (``reason_es``), for every section of the
    #: file: the window says a curated reason in Spanish from it.
    spanish: dict[str, str] = field(default_factory=dict)


def _text(entry: object, key: str) -> str | None:
    value = entry.get(key) if isinstance(entry, dict) else None
    return value if isinstance(value, str) and value.strip() else None


def _named_here(entries: object) -> tuple[NamedHere, ...]:
    if not isinstance(entries, list):
        raise SeedError(CORRECTIONS_FILE, _("named_here must be a list of [[named_here]] "
                                            "tables, not {value!r}").format(value=entries))
    found = []
    for entry in entries:
        file, words, reason = _text(entry, "source"), _text(entry, "words"), _text(entry, "reason")
        people = entry.get("people") if isinstance(entry, dict) else None
        if (file is None or words is None or reason is None or not isinstance(people, dict)
                or not people or not all(isinstance(k, str) and k in words
                                         and isinstance(v, str) and v.strip()
                                         for k, v in people.items())):
            raise SeedError(CORRECTIONS_FILE, _("a named_here entry needs a source, the words "
                                                "it writes, people (each the words of one "
                                                "person among them, and the name) and a "
                                                "reason: {entry!r}").format(entry=entry))
        found.append(NamedHere(file, words, tuple(people.items()), reason))
    return tuple(found)


def load_corrections(seeds_dir: Path) -> Corrections:
    """The corrections of ``corrections.toml`` (absent file: none)."""
    path = seeds_dir / CORRECTIONS_FILE
    if not path.is_file():
        return Corrections()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SeedError(CORRECTIONS_FILE, _("cannot be read: {problem}").format(
            problem=exc)) from exc
    mapping: dict[str, str] = {}
    reasons: dict[str, str] = {}
    folded_reason: str | None = None
    folded = data.get("accents_and_case", {})
    if folded:
        folded_reason = _text(folded, "reason")
        if folded_reason is None:
            raise SeedError(CORRECTIONS_FILE, _("accents_and_case needs a reason, as text: "
                                                "{entry!r}").format(entry=folded))
    entries = data.get("same_person", [])
    if not isinstance(entries, list):
        raise SeedError(CORRECTIONS_FILE, _("same_person must be a list of [[same_person]] "
                                            "tables, not {value!r}").format(value=entries))
    for entry in entries:
        names = entry.get("names") if isinstance(entry, dict) else None
        reason = _text(entry, "reason")
        if (not isinstance(names, list) or len(names) < 2
                or not all(isinstance(n, str) and n.strip() for n in names)
                or reason is None):
            raise SeedError(CORRECTIONS_FILE, _("a same_person entry needs names (two or more "
                                                "names, as text) and a reason: {entry!r}")
                           .format(entry=entry))
        for name in names:
            mapping[fold(name)] = names[0]
            reasons[fold(name)] = reason
    return Corrections(mapping, reasons, folded_reason,
                       _named_here(data.get("named_here", [])), _spanish(data))


def _entries(data: dict[str, object]) -> list[dict[str, object]]:
    """Every entry of ``corrections.toml`` that gives a reason, in file order."""
    out = []
    for section in data.values():
        for entry in section if isinstance(section, list) else [section]:
            if isinstance(entry, dict) and "reason" in entry:
                out.append(entry)
    return out


def _spanish(data: dict[str, object]) -> dict[str, str]:
    spanish = {}
    for entry in _entries(data):
        reason, translated = entry.get("reason"), entry.get("reason_es", "")
        if not isinstance(translated, str):
            raise SeedError(CORRECTIONS_FILE, _("reason_es must be text: {entry!r}").format(
                entry=entry))
        if isinstance(reason, str) and translated.strip():
            spanish[reason] = translated
    return spanish


@dataclass(frozen=True)
class SameRemark:
    """Passages quoting one remark in different words, which only a curator can tell from
    two remarks (``[[same_remark]]`` of ``corrections.toml``): each version by words it
    contains, and why they are one remark."""

    versions: tuple[str, ...]
    reason: str


def load_same_remarks(seeds_dir: Path) -> list[SameRemark]:
    """The ``[[same_remark]]`` entries of ``corrections.toml`` (absent file: none)."""
    path = seeds_dir / CORRECTIONS_FILE
    if not path.is_file():
        return []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SeedError(CORRECTIONS_FILE, _("cannot be read: {problem}").format(
            problem=exc)) from exc
    entries = data.get("same_remark", [])
    if not isinstance(entries, list):
        raise SeedError(CORRECTIONS_FILE, _("same_remark must be a list of [[same_remark]] "
                                            "tables, not {value!r}").format(value=entries))
    found = []
    for entry in entries:
        versions = entry.get("versions") if isinstance(entry, dict) else None
        reason = entry.get("reason") if isinstance(entry, dict) else None
        if (not isinstance(versions, list) or len(versions) < 2
                or not all(isinstance(v, str) and v.strip() for v in versions)
                or not isinstance(reason, str) or not reason.strip()):
            raise SeedError(CORRECTIONS_FILE, _("a same_remark entry needs versions (two or "
                                                "more passages, as text) and a reason: "
                                                "{entry!r}").format(entry=entry))
        found.append(SameRemark(tuple(versions), reason))
    return found
