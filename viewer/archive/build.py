"""Seeds → archive: run every extractor, merge what the seeds say, write one SQLite file.

The build is deterministic (same seeds, same archive content: no clocks, stable orders) and
atomic (it writes a hidden file named for its process beside the target, as
:mod:`viewer.archive.atomic` names them, and renames it into place only when complete, so a
failed or killed build leaves the previous archive untouched and the next build removes it).

Merging is where seeds meet: one person is one row however many seeds name them or however
they spell it (accent- and case-blind, plus the curated ``corrections.toml``); one credit is one
row per person and role, carrying the spans of every seed that states it.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import sqlite3
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from viewer import __version__
from viewer.archive.atomic import remove_stale_parts, temporary_path
from viewer.archive.extract.base import (
    EntityRecord,
    ExcerptRecord,
    Extraction,
    Located,
    SeedError,
    Span,
    fact_label,
    fold,
)
from viewer.archive.manifest import (
    CITATION_FIELDS,
    CORRECTIONS_FILE,
    SOURCES_FILE,
    read_manifest,
    seeds_checksum,
)
from viewer.archive.schema import (
    SCHEMA_VERSION,
    SEARCH_TABLE,
    SORT_KEYS,
    TABLES,
    create_schema,
    create_search_index,
    create_views,
    link_search_rows,
    sort_key,
    stamp,
)
from viewer.archive.seed_integrity import (
    CHANGED_SEEDS_KEY,
    changed_seeds,
    refuse_changed,
    unrecognised_seed,
)

if TYPE_CHECKING:
    import sqlite_utils

    from viewer.archive.claims import Claim

# sqlite-utils and the extractors are imported where they are used: the viewer imports this
# module (to rebuild on request, to check an archive is fresh) and should not start slower
# for it — together they took ~0.4 s of a 0.5 s start.

Progress = Callable[[str], None]


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


@dataclass
class BuildReport:
    path: Path
    counts: dict[str, int]
    seeds_sha256: str


# -- reading the seeds ----------------------------------------------------------------------

def _decode(file: str, data: bytes) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SeedError(file, f"is not UTF-8 text (byte 0x{data[exc.start]:02x} "
                              f"at offset {exc.start})", line) from exc
    if "\x00" in text:
        raise SeedError(file, "contains NUL bytes; it is not a text document",
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
            raise SeedError(file, f"is listed in {SOURCES_FILE} but missing from {seeds_dir}")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise SeedError(file, f"cannot be read: {exc.strerror or exc}") from exc
        text = _decode(file, data)
        if not text.strip():
            raise SeedError(file, "is empty")
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
    is the notes' "NETFLIX"); the first occurrence is the span."""
    found: list[tuple[str, int, int]] = []
    curated = entry.get("curated", {})
    for key in CITATION_FIELDS:
        value = entry.get(key)
        if not value or key in curated:
            continue
        words = [re.escape(word) for word in str(value).split()]
        match = re.search(r"\s+".join(words), text, re.IGNORECASE)
        if match is None:
            raise SeedError(SOURCES_FILE, f"{file}: the text does not state its {key} "
                                          f"{value!r}; list it under [source.curated] with "
                                          "the reason it is given all the same")
        found.append((key, match.start(), match.end()))
    return tuple(found)


def load_corrections(seeds_dir: Path) -> dict[str, str]:
    """Variant name key → canonical name, from ``corrections.toml`` (absent file: none)."""
    path = seeds_dir / CORRECTIONS_FILE
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SeedError(CORRECTIONS_FILE, f"cannot be read: {exc}") from exc
    mapping: dict[str, str] = {}
    CORRECTION_REASONS.clear()
    entries = data.get("same_person", [])
    if not isinstance(entries, list):
        raise SeedError(CORRECTIONS_FILE, "same_person must be a list of [[same_person]] "
                                          f"tables, not {entries!r}")
    for entry in entries:
        names = entry.get("names") if isinstance(entry, dict) else None
        reason = entry.get("reason") if isinstance(entry, dict) else None
        if (not isinstance(names, list) or len(names) < 2
                or not all(isinstance(n, str) and n.strip() for n in names)
                or not isinstance(reason, str) or not reason.strip()):
            raise SeedError(CORRECTIONS_FILE, "a same_person entry needs names (two or more "
                                              f"names, as text) and a reason: {entry!r}")
        for name in names:
            mapping[fold(name)] = names[0]
            CORRECTION_REASONS[fold(name)] = str(entry["reason"])
    return mapping


#: Folded variant name → the reason ``corrections.toml`` gives for filing it with the others
#: (filled by :func:`load_corrections`; what a provenance entry marked "curated" cites).
CORRECTION_REASONS: dict[str, str] = {}


# -- merging ---------------------------------------------------------------------------------

Prov = list[tuple[str, int, Located]]  # (field, source id, located)


@dataclass
class _Person:
    key: str
    spellings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    canonical: str | None = None
    roles: list[str] = field(default_factory=list)
    prov: Prov = field(default_factory=list)
    id: int = 0

    @property
    def spelling_note(self) -> str | None:
        """Which spelling is shown and why, where the sources use more than one."""
        if len(self.spellings) < 2:
            return None
        total = sum(self.counts.values())
        counted = ", ".join(f"{s} {self.counts[s]}" for s in self.spellings)
        return (f"Shown as the sources spell it most often: {self.counts[self.name]} of "
                f"{total} mentions ({counted}).")

    @property
    def name(self) -> str:
        """The spelling the sources use most often, counted over every mention (issue 25);
        where spellings tie, the curated one (``corrections.toml`` lists it first), then the
        first read."""
        return max(self.spellings, key=lambda s: (self.counts[s], s == self.canonical,
                                                  -self.spellings.index(s)))


@dataclass
class _Entity:
    kind: str
    mentions: list[tuple[int, EntityRecord]] = field(default_factory=list)
    id: int = 0


@dataclass
class _Row:
    """A merged record on its way to the database: columns plus provenance."""

    values: dict[str, Any]
    prov: Prov = field(default_factory=list)
    sources: list[int] = field(default_factory=list)

    def set_once(self, name: str, source_id: int, located: Located, value: Any) -> None:
        """A single-valued field: the first seed to state it wins. A later seed that agrees
        adds its span as evidence; one that disagrees is not cited for a value it does not
        give (disagreements between seeds live in the facts table)."""
        if self.values[name] is None:
            self.values[name] = value
        if fold(str(self.values[name])) == fold(str(value)):
            self.add(name, source_id, located)

    def add(self, name: str, source_id: int, located: Located | None) -> None:
        if located is None:
            return
        self.prov.append((name, source_id, located))
        if source_id not in self.sources:
            self.sources.append(source_id)


class _Merger:
    def __init__(self, seeds: list[SeedInfo], corrections: dict[str, str]) -> None:
        self.seeds = seeds
        self.corrections = corrections
        self.people: dict[str, _Person] = {}
        self.credits: dict[tuple[Any, ...], _Row] = {}
        self.characters: dict[str, _Row] = {}
        self.episodes: dict[int, _Row] = {}
        self.storylines: list[_Row] = []
        self.storyline_links: list[tuple[int, str]] = []  # (storyline index, character key)
        self.quotes: list[_Row] = []
        self.facts: list[_Row] = []
        self.excerpts: list[_Row] = []
        self.entities: dict[tuple[str, ...], _Entity] = {}
        self.prose_people: list[tuple[int, Located]] = []
        #: What each seed says of a record's single-valued fields, as claims to compare:
        #: (subject, attribute, value, source id, located, fact topic, (table, key)).
        self.field_claims: list[tuple[str, str, str, int, Located, str, tuple[str, Any]]] = []
        #: Episode credits per (episode, field, source), compared as sets.
        self.credit_sets: dict[tuple[int, str, int], list[tuple[str, Located]]] = {}
        #: Located values the archive did not read as stated: id → (status, reason).
        self.status: dict[int, tuple[str, str]] = {}

    def person(self, located: Located, source_id: int, field_name: str = "name") -> _Person:
        name = located.normalized
        key = fold(self.corrections.get(fold(name), name))
        p = self.people.get(key)
        if p is None:
            p = self.people[key] = _Person(key)
            canonical = self.corrections.get(fold(name))
            p.canonical = canonical
        if name not in p.counts:
            p.spellings.append(name)
            p.counts[name] = 0
        p.counts[name] += 1
        p.prov.append((field_name, source_id, located))
        return p

    def character(self, located: Located, source_id: int) -> _Row:
        key = fold(located.normalized)
        row = self.characters.get(key)
        if row is None:
            row = self.characters[key] = _Row({"name": located.normalized, "description": None})
        row.add("name", source_id, located)
        return row

    def episode(self, number: int) -> _Row:
        row = self.episodes.get(number)
        if row is None:
            row = self.episodes[number] = _Row({
                "number": number, "title": None, "directors": [], "writers": [],
                "release_date": None, "runtime_minutes": None, "synopsis": None})
        return row

    def fold_unnamed_parts(self) -> None:
        """A cast credit that names no part ("Starring X", "non-professionals like X") is the
        same credit as X's credit that does, whichever seed came first: merge them."""
        for key in [k for k in self.credits if k[0] == "cast" and k[2] is None]:
            named = next((k for k in self.credits
                          if k[0] == "cast" and k[1] == key[1] and k[2] is not None), None)
            if named is None:
                continue
            loose, into = self.credits.pop(key), self.credits[named]
            for stated in loose.values["as_stated"]:
                if stated not in into.values["as_stated"]:
                    into.values["as_stated"].append(stated)
            if into.values["professional"] is None:
                into.values["professional"] = loose.values["professional"]
            for field_name, sid, loc in loose.prov:
                into.add(field_name, sid, loc)

    def take(self, seed: SeedInfo, ex: Extraction) -> None:
        sid = seed.id
        for seq, e in enumerate(ex.excerpts, start=1):
            row = _Row({"source_id": sid, "source": seed.file, "seq": seq, "section": e.section,
                        "kind": e.kind, "text": e.text.text,
                        "start": min(s.start for s in e.text.spans),
                        "end": max(s.end for s in e.text.spans)})
            row.add("text", sid, e.text)
            self.excerpts.append(row)
        for c in ex.credits:
            person = self.person(c.person, sid)
            role = c.role.normalized
            if role not in person.roles:
                person.roles.append(role)
            if c.category == "cast":
                char_key = fold(c.character.normalized) if c.character else None
                if c.character is not None:
                    self.character(c.character, sid)
                key: tuple[Any, ...] = ("cast", person.key, char_key)
                if char_key is None:
                    # "Starring X" with no part named: fold into X's credit that names one.
                    for k in self.credits:
                        if k[0] == "cast" and k[1] == person.key:
                            key = k
                            break
            else:
                key = ("crew", person.key, role)
            credit = self.credits.get(key)
            if credit is None:
                credit = self.credits[key] = _Row({
                    "category": c.category, "person_key": person.key, "role": role,
                    "as_stated": [], "character_key": None, "professional": None,
                    "episodes": []})
            if c.category == "cast" and c.character is not None:
                credit.values["character_key"] = fold(c.character.normalized)
            if c.role.text not in credit.values["as_stated"]:
                credit.values["as_stated"].append(c.role.text)
            if credit.values["professional"] is None and c.professional is not None:
                credit.values["professional"] = c.professional
            for n in c.episodes:
                if n not in credit.values["episodes"]:
                    credit.values["episodes"].append(n)
            credit.add("person", sid, c.person)
            credit.add("role", sid, c.role)
            credit.add("character", sid, c.character)
        for ch in ex.characters:
            row = self.character(ch.name, sid)
            if ch.description is not None:
                self.describe(row, sid, ch.description)
        from viewer.archive.extract.vocabulary import mark_gaps

        shared: dict[tuple[Any, ...], list[str]] = {}
        for ep in ex.episodes:
            if ep.synopsis is not None:
                shared.setdefault(ep.synopsis.spans, []).append(ep.number.normalized)
        for ep in ex.episodes:
            covered = shared.get(ep.synopsis.spans, []) if ep.synopsis else []
            reasons = []
            if ep.synopsis is not None and len(set(covered)) > 1:
                # One passage about several episodes is no episode's own synopsis (issue 25).
                reasons.append("the source describes episodes " + " and ".join(
                    sorted(set(covered), key=int)) + " together in this passage; it is not "
                    "this episode's own synopsis")
            if ep.synopsis is not None and mark_gaps(ep.synopsis.text) != ep.synopsis.text:
                # Words the source left out are marked, not run together (issue 25).
                ep = replace(ep, synopsis=Located(ep.synopsis.text, ep.synopsis.spans,
                                                  mark_gaps(ep.synopsis.text)))
                reasons.append("the source leaves words out here; “[…]” marks where")
            if ep.synopsis is not None and reasons:
                self.status[id(ep.synopsis)] = ("inferred", "; ".join(reasons))
            number = int(ep.number.normalized)
            row = self.episode(number)
            row.add("number", sid, ep.number)
            for name, loc in (("title", ep.title), ("release_date", ep.release_date),
                              ("synopsis", ep.synopsis)):
                if loc is not None:
                    row.set_once(name, sid, loc, loc.normalized)
            if ep.runtime_minutes is not None:
                row.set_once("runtime_minutes", sid, ep.runtime_minutes,
                             int(ep.runtime_minutes.normalized))
            # Every seed's value is a claim: set_once keeps the first, the claims compare all.
            for attribute, loc, topic in (("title", ep.title, ""),
                                          ("release date", ep.release_date, "premiere_date"),
                                          ("runtime (minutes)", ep.runtime_minutes, "runtime")):
                if loc is not None:
                    self.field_claims.append((f"episode {number}", attribute, loc.normalized,
                                              sid, loc, topic, ("episodes", number)))
            for name, people in (("directors", ep.directors), ("writers", ep.writers)):
                for loc in people:
                    person = self.person(loc, sid)
                    if person.key not in row.values[name]:
                        row.values[name].append(person.key)
                    row.add(name, sid, loc)
                    self.credit_sets.setdefault((number, name, sid), []).append(
                        (person.key, loc))
        for st in ex.storylines:
            row = _Row({"seq": len(self.storylines) + 1, "title": st.title.text,
                        "summary": st.summary.text})
            row.add("title", sid, st.title)
            row.add("summary", sid, st.summary)
            for mention in st.characters:
                row.add("characters", sid, mention)
                self.storyline_links.append((len(self.storylines), fold(mention.normalized)))
            self.storylines.append(row)
        for q in ex.quotes:
            person = self.person(q.speaker, sid)
            row = _Row({"person_key": person.key,
                        "role": q.role.normalized if q.role else None,
                        "character": q.character.normalized if q.character else None,
                        "text": q.text.text})
            for name, loc in (("speaker", q.speaker), ("text", q.text), ("role", q.role),
                              ("character", q.character)):
                row.add(name, sid, loc)
            self.quotes.append(row)
        for ent in ex.entities:
            self.entity(ent, sid)
        self.prose_people.extend((sid, loc) for loc in ex.people)
        for f in ex.facts:
            row = _Row({"topic": f.topic, "label": fact_label(f.topic),
                        "value": f.value.normalized, "stated": f.value.text,
                        "statement": f.statement.text, "source_id": sid, "source": seed.file})
            row.add("value", sid, f.value)
            row.add("statement", sid, f.statement)
            self.facts.append(row)


    def describe(self, row: _Row, sid: int, description: Located) -> None:
        """Keep every description of a character, from every source (issue 25)."""
        row.set_once("description", sid, description, description.text)
        said = row.values.setdefault("descriptions", [])
        new = fold(description.text)
        # One description read twice, once cut shorter, is one: the longer is kept.
        same = [d for d in said if new in fold(d) or fold(d) in new]
        if not same:
            said.append(description.text)
        elif all(len(d) < len(description.text) for d in same):
            said[said.index(same[0])] = description.text
            for d in same[1:]:
                said.remove(d)
            # The longer reading's span holds the shorter one's words: it is the evidence.
            row.prov = [(f, i, loc) for f, i, loc in row.prov
                        if f != "descriptions" or loc.text not in same]
        else:
            return  # a shorter reading of a description already kept, with its span
        row.add("descriptions", sid, description)

    def take_descriptions(self, seed: SeedInfo, excerpts: list[ExcerptRecord]) -> None:
        """Descriptions that follow a character's name in a seed's prose ("Érika, the town
        veterinarian, …"): read once every seed has named its characters."""
        from viewer.archive.extract.entities import read_descriptions

        names = {key: row.values["name"] for key, row in self.characters.items()}
        by_first: dict[str, list[str]] = {}
        for key in self.characters:
            by_first.setdefault(key.split()[0], []).append(key)
        for first, keys in by_first.items():
            if len(keys) == 1 and first not in names and len(first) > 2:
                names[first] = self.characters[keys[0]].values["name"]
        for name, description in read_descriptions(seed.text, excerpts, names):
            self.describe(self.characters[fold(name)], seed.id, description)

    def take_prose_people(self) -> None:
        """People named only in running prose become people (issue 25), unless the name is a
        character's or a thing's the sources name (an organisation, a place, a prize)."""
        taken = set(self.characters)
        for ent in self.entities.values():
            taken.update(fold(e.name.text) for _sid, e in ent.mentions)
        for sid, loc in self.prose_people:
            if fold(loc.text) not in taken:
                self.person(loc, sid)

    def entity(self, ent: EntityRecord, sid: int) -> None:
        """One thing however many sentences and seeds name it: by kind and folded name, and
        events by what happened and the year (the "2011 massacre" and "the Allende massacre"
        of March 2011 are one event)."""
        reading = ent.relation.normalized if ent.relation else ""
        if ent.kind == "event":
            year = ent.date.normalized[:4] if ent.date else ""
            key: tuple[str, ...] = ("event", reading, year)
        else:
            key = (ent.kind, fold(ent.name.text))
        row = self.entities.get(key)
        if row is None:
            row = self.entities[key] = _Entity(ent.kind)
        row.mentions.append((sid, ent))
        if ent.inferred and ent.relation is None:
            self.status[id(ent.name)] = ("inferred", ent.inferred)

    def merge_short_names(self) -> None:
        """An organisation or place named by the end of a longer name of the same kind is
        that one ("Zetas" and "Los Zetas", "Drug Enforcement Administration" and "U.S. Drug
        Enforcement Administration"), when exactly one longer name ends so."""
        for kind in ("organisation", "place"):
            keys = sorted((k for k in self.entities if k[0] == kind), key=lambda k: len(k[1]))
            for short in keys:
                longer = [k for k in keys if len(k[1]) > len(short[1])
                          and k[1].endswith(" " + short[1]) and k in self.entities]
                if len(longer) == 1 and short in self.entities:
                    self.entities[longer[0]].mentions += self.entities.pop(short).mentions


# -- writing ---------------------------------------------------------------------------------

#: Fields whose value names a person or character, as read from a mention of them.
NAME_FIELDS = frozenset({("people", "name"), ("quotes", "speaker"), ("credits", "person"),
                         ("storylines", "characters"), ("episodes", "directors"),
                         ("episodes", "writers"), ("characters", "name"),
                         ("credits", "character")})


class _Writer:
    def __init__(self, db: sqlite_utils.Database, seeds: list[SeedInfo],
                 status: dict[int, tuple[str, str]] | None = None) -> None:
        self.db = db
        self.status = status or {}
        self.files = {s.id: s.file for s in seeds}
        self.prov_rows: list[dict[str, Any]] = []
        self.statements = 0
        self.search_rows: list[dict[str, Any]] = []

    def sources_of(self, row_sources: Iterable[int]) -> str:
        return json.dumps([self.files[s] for s in sorted(set(row_sources))], ensure_ascii=False)

    def provenance(self, table: str, record_id: int, prov: Prov) -> None:
        seen: set[tuple[str, int, tuple[tuple[int, int], ...]]] = set()
        for field_name, sid, loc in prov:
            key = (field_name, sid, tuple((s.start, s.end) for s in loc.spans))
            if key in seen:
                continue
            seen.add(key)
            self.statements += 1
            status, reason = self.status.get(id(loc), ("stated", None))
            if status == "stated" and (table, field_name) in NAME_FIELDS \
                    and fold(loc.normalized) not in fold(loc.text):
                # "Schamus" filed as James Schamus, "Linares" as Isidro Linares: a reading of
                # part of a name, which the source does not spell out there.
                status, reason = "inferred", (
                    f"the source says only “{loc.text}” here; it is read as "
                    f"{loc.normalized}, the one of that name the sources name")
            elif status == "stated" and (table, field_name) == ("entities", "relations") \
                    and fold(loc.normalized) not in fold(loc.text):
                status, reason = "inferred", (
                    f"“{loc.text}” next to the name is read as “{loc.normalized}” "
                    "(viewer/archive/extract/vocabulary.py)")
            for span in loc.spans:
                self.prov_rows.append({
                    "record_table": table, "record_id": record_id, "field": field_name,
                    "statement_id": self.statements, "source_id": sid, "start": span.start,
                    "end": span.end, "text": loc.text, "value": loc.normalized,
                    "status": status, "reason": reason})

    def index(self, table: str, record_id: int, source_id: int | None, title: str,
              body: Iterable[str | None]) -> None:
        """One row of the search index for record ``record_id`` of tab ``table`` (its
        physical table is written beside it, for readers of the file)."""
        self.search_rows.append({
            "record_table": _physical_of(table), "tab": table, "record_id": record_id,
            "source_id": source_id, "title": title, "body": "\n".join(b for b in body if b)})

    def insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        """One prepared INSERT for all rows. (sqlite-utils' ``insert_all`` inspects every value
        of every row, which took half the time of a million-excerpt build.)"""
        if not rows:
            return
        columns = list(TABLES[table])
        for column, sort_column in SORT_KEYS.get(table, {}).items():
            for row in rows:
                row[sort_column] = sort_key(row.get(column))
        unknown = set(rows[0]) - set(columns)
        if unknown:
            raise ValueError(f"table {table} has no columns {', '.join(sorted(unknown))}")
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" * len(columns))
        self.db.conn.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})',
                                 ([row.get(c) for c in columns] for row in rows))

    def flush(self) -> None:
        for i, row in enumerate(self.prov_rows, start=1):
            row["id"] = i
        self.insert("provenance", self.prov_rows)
        for i, row in enumerate(self.search_rows, start=1):
            row["id"] = i
        self.insert(SEARCH_TABLE, self.search_rows)


def _dump(value: list[Any]) -> str:
    return json.dumps(value, ensure_ascii=False)


def write_archive(db: sqlite_utils.Database, seeds: list[SeedInfo], m: _Merger,
                  checksum: str, extra_meta: dict[str, str] | None = None) -> None:
    """Write the merged records. Ids follow the seeds' order, so builds are reproducible."""
    w = _Writer(db, seeds, m.status)
    first_source = {s.id: s.id for s in seeds}

    w.insert("sources", [{
        "id": s.id, "file": s.file, "title": s.title, "site": s.site, "kind": s.kind,
        "language": s.language, "date": s.date, "author": s.author,
        "citation_type": s.citation_type, "curated": _dump(list(s.curated)),
        "sha256": s.sha256, "char_count": len(s.text), "text": s.text,
        "sources": _dump([s.file])} for s in seeds])
    for s in seeds:
        w.index("sources", s.id, s.id, s.title, [s.site, s.author, s.kind, s.file])
        w.provenance("sources", s.id, [
            (key, s.id, Located(s.text[start:end], (Span(start, end),), str(getattr(s, key))))
            for key, start, end in s.stated])

    m.fold_unnamed_parts()
    m.take_prose_people()
    people = list(m.people.values())
    for i, p in enumerate(people, start=1):
        p.id = i
    by_key = {p.key: p for p in people}
    for p in people:
        # A spelling filed with this person only because corrections.toml says so.
        for _field, _sid, loc in p.prov:
            said = fold(loc.normalized)
            if said != fold(p.name) and said in CORRECTION_REASONS:
                m.status[id(loc)] = ("curated", CORRECTION_REASONS[said])
    characters = list(m.characters.items())
    char_ids = {key: i for i, (key, _row) in enumerate(characters, start=1)}

    # Credits: cast first, then crew, each in order of first statement.
    credit_rows: list[dict[str, Any]] = []
    cast_of_char: dict[str, list[str]] = {}
    ordered = sorted(m.credits.values(), key=lambda r: r.values["category"] != "cast")
    for i, row in enumerate(ordered, start=1):
        v = row.values
        person = by_key[v["person_key"]]
        char_key = v["character_key"]
        char_name = characters[char_ids[char_key] - 1][1].values["name"] if char_key else None
        if char_key:
            cast_of_char.setdefault(char_key, []).append(person.name)
        credit_rows.append({
            "id": i, "category": v["category"], "person_id": person.id, "person": person.name,
            "person_sort": sort_key(person.name),
            "role": v["role"], "role_as_stated": " / ".join(v["as_stated"]),
            "character_id": char_ids.get(char_key) if char_key else None,
            "character": char_name, "character_sort": sort_key(char_name) if char_name else None,
            "professional": None if v["professional"] is None else int(v["professional"]),
            "episodes": _dump(sorted(v["episodes"])), "sources": w.sources_of(row.sources)})
        w.provenance("credits", i, row.prov)
        variants = [s for s in person.spellings if s != person.name]
        if v["category"] == "cast":
            kind = {None: "", True: "professional actor", False: "non-professional actor"}
            w.index("cast", i, row.sources[0] if row.sources else None,
                    f"{person.name} as {char_name}" if char_name else person.name,
                    [*variants, kind[v["professional"]]])
        else:
            w.index("crew", i, row.sources[0] if row.sources else None,
                    f"{person.name} — {v['role']}", [*variants, " / ".join(v["as_stated"])])

    # Storylines and their characters.
    story_chars: dict[int, list[str]] = {}
    links: list[dict[str, Any]] = []
    for idx, key in m.storyline_links:
        if key in char_ids and key not in story_chars.setdefault(idx, []):
            story_chars[idx].append(key)
            links.append({"storyline_id": idx + 1, "character_id": char_ids[key]})
    storylines_of_char: dict[str, list[str]] = {}
    for idx, row in enumerate(m.storylines):
        for key in story_chars.get(idx, []):
            storylines_of_char.setdefault(key, []).append(row.values["title"])

    char_rows = []
    for key, row in characters:
        cid = char_ids[key]
        char_rows.append({
            "id": cid, "name": row.values["name"], "sort_name": sort_key(row.values["name"]),
            "actors": _dump(cast_of_char.get(key, [])),
            "storylines": _dump(storylines_of_char.get(key, [])),
            "description": row.values["description"],
            "descriptions": _dump(row.values.get("descriptions", [])),
            "sources": w.sources_of(row.sources)})
        w.provenance("characters", cid, row.prov)
        w.index("characters", cid, row.sources[0], row.values["name"],
                [*row.values.get("descriptions", []), *cast_of_char.get(key, [])])
    w.insert("characters", char_rows)

    person_rows = []
    for p in people:
        sources = sorted({sid for _f, sid, _l in p.prov})
        person_rows.append({
            "id": p.id, "name": p.name, "sort_name": sort_key(p.name),
            "variants": _dump(p.spellings), "roles": _dump(p.roles),
            "sources": w.sources_of(sources), "spelling_note": p.spelling_note})
        w.provenance("people", p.id, p.prov)
        w.index("people", p.id, sources[0] if sources else None, p.name,
                [*(s for s in p.spellings if s != p.name), ", ".join(p.roles)])
    w.insert("people", person_rows)
    w.insert("credits", credit_rows)

    st_rows = []
    for idx, row in enumerate(m.storylines, start=1):
        names = [characters[char_ids[k] - 1][1].values["name"]
                 for k in story_chars.get(idx - 1, [])]
        st_rows.append({"id": idx, "seq": row.values["seq"], "title": row.values["title"],
                        "characters": _dump(names), "summary": row.values["summary"],
                        "sources": w.sources_of(row.sources)})
        named = {fold(n) for n in names}
        w.provenance("storylines", idx, [
            (f, sid, loc) for f, sid, loc in row.prov
            if f != "characters" or fold(loc.normalized) in named])
        w.index("storylines", idx, row.sources[0], row.values["title"],
                [row.values["summary"], *names])
    w.insert("storylines", st_rows)
    w.insert("storyline_characters", links)

    ep_rows = []
    for i, number in enumerate(sorted(m.episodes), start=1):
        row = m.episodes[number]
        v = row.values
        directors = [by_key[k].name for k in v["directors"]]
        writers = [by_key[k].name for k in v["writers"]]
        ep_rows.append({"id": i, "number": number, "title": v["title"],
                        "directors": _dump(directors), "writers": _dump(writers),
                        "release_date": v["release_date"], "runtime_minutes": v["runtime_minutes"],
                        "synopsis": v["synopsis"], "sources": w.sources_of(row.sources)})
        w.provenance("episodes", i, row.prov)
        w.index("episodes", i, row.sources[0], f"{number}. {v['title'] or ''}".strip(),
                [*directors, *writers, v["synopsis"]])
    w.insert("episodes", ep_rows)

    quote_rows = []
    for i, row in enumerate(m.quotes, start=1):
        v = row.values
        person = by_key[v["person_key"]]
        quote_rows.append({"id": i, "person_id": person.id, "speaker": person.name,
                           "role": v["role"], "character": v["character"], "text": v["text"],
                           "sources": w.sources_of(row.sources)})
        w.provenance("quotes", i, row.prov)
        label = f"{person.name} ({v['role']})" if v["role"] else person.name
        w.index("quotes", i, row.sources[0], label, [v["text"], v["character"]])
    w.insert("quotes", quote_rows)

    fact_rows = []
    for i, row in enumerate(m.facts, start=1):
        v = row.values
        fact_rows.append({"id": i, **v, "sources": w.sources_of(row.sources)})
        w.provenance("facts", i, row.prov)
        w.index("facts", i, v["source_id"], f"{v['label']}: {v['value']}",
                [v["stated"], v["statement"]])
    w.insert("facts", fact_rows)

    m.merge_short_names()
    _write_entities(w, m, people)

    _write_disagreements(w, m, seeds)

    ex_rows = []
    for i, row in enumerate(m.excerpts, start=1):
        ex_rows.append({"id": i, **row.values, "sources": w.sources_of(row.sources)})
        w.provenance("excerpts", i, row.prov)
        w.index("excerpts", i, row.values["source_id"], row.values["section"],
                [row.values["text"]])
    w.insert("excerpts", ex_rows)
    del first_source

    w.flush()
    w.insert("meta", [
        {"key": "schema_version", "value": str(SCHEMA_VERSION)},
        {"key": "builder_version", "value": __version__},
        {"key": "seeds_sha256", "value": checksum},
        {"key": "sources", "value": _dump([s.file for s in seeds])},
        *({"key": k, "value": v} for k, v in (extra_meta or {}).items()),
    ])


def _most_precise_agreeing(dates: list[str]) -> str | None:
    """The most precise of ``dates`` that every other one contains ("2011" and "2011-03"
    agree with "2011-03-18"); where they do not all agree, the earliest-stated one."""
    if not dates:
        return None
    for d in sorted(set(dates), key=lambda d: (-len(d), dates.index(d))):
        if all(d.startswith(other) for other in dates):
            return d
    return dates[0]


def _write_entities(w: _Writer, m: _Merger, people: list[_Person]) -> None:
    from viewer.archive.extract.entities import section_subject

    person_keys = {p.key for p in people}
    person_names = {p.key: p.name for p in people}
    # Every spelling of every person, folded, longest first, for finding them in a sentence.
    spellings = dict(sorted(((fold(s), p.key) for p in people for s in p.spellings),
                            key=lambda x: -len(x[0])))
    # Every spelling at once ("(?!)" matches nothing: no people, no names to find).
    named = re.compile(r"\b(?:" + "|".join(re.escape(s) for s in spellings) + r")\b"
                       if spellings else "(?!)")
    by_kind: dict[str, list[_Entity]] = {}
    for ent in m.entities.values():
        by_kind.setdefault(ent.kind, []).append(ent)
    rows: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    statement_of: dict[tuple[int, int], list[int]] = {}
    # Names that are people are not organisations or works ("written by *X*").
    next_id = 1
    for kind in ("organisation", "place", "event", "work", "award"):
        for ent in by_kind.get(kind, []):
            names = [e.name.text for _sid, e in ent.mentions]
            if any(fold(n) in person_keys for n in names):
                continue
            eid = next_id
            next_id += 1
            ent.id = eid
            counts: dict[str, int] = {}
            for n in names:
                counts[n] = counts.get(n, 0) + 1
            name = max(counts, key=lambda n: (counts[n], len(n), -names.index(n)))
            relations: list[str] = []
            dates: list[str] = []
            linked: list[str] = []
            prov: Prov = []
            sources: list[int] = []
            inferred = [e.inferred for _sid, e in ent.mentions]
            for sid, e in ent.mentions:
                if sid not in sources:
                    sources.append(sid)
                prov.append(("variants", sid, e.name))
                if e.relation is not None:
                    if e.relation.normalized not in relations:
                        relations.append(e.relation.normalized)
                    prov.append(("relations", sid, e.relation))
                if e.date is not None:
                    dates.append(e.date.normalized)
                statement_of.setdefault((sid, e.statement.spans[0].start), []).append(eid)
                said = fold(e.statement.text)
                found: list[str] = []
                for hit in named.finditer(said):
                    if spellings[hit.group()] not in found:
                        found.append(spellings[hit.group()])
                subject = fold(section_subject(e.section))
                if subject in person_keys and subject not in found:
                    found.append(subject)
                for key in found:
                    if key not in linked:
                        linked.append(key)
            date = _most_precise_agreeing(dates)
            for sid, e in ent.mentions:
                if e.date is not None:
                    prov.append(("dates", sid, e.date))
                    if date is not None and e.date.normalized == date:
                        prov.append(("date", sid, e.date))
                if e.name.text == name:
                    prov.append(("name", sid, e.name))
            person_ids = {p.key: p.id for p in people}
            for key in linked:
                links.append({"entity_id": eid, "record_table": "people",
                              "record_id": person_ids[key], "relation": f"named with ({kind})"})
            rows.append({
                "id": eid, "kind": kind, "name": name, "sort_name": sort_key(name),
                "relations": _dump(relations), "date": date,
                "dates": _dump(list(dict.fromkeys(dates))),
                "variants": _dump(list(counts)),
                "people": _dump([person_names[k] for k in linked]),
                "inferred": inferred[0] if all(inferred) else None,
                "sources": w.sources_of(sources)})
            w.provenance("entities", eid, prov)
            w.index(f"{kind}s", eid, sources[0], name,
                    [*relations, *(n for n in counts if n != name),
                     *(person_names[k] for k in linked), date])
    for ids in statement_of.values():
        for a in dict.fromkeys(ids):
            for b in dict.fromkeys(ids):
                if a != b:
                    links.append({"entity_id": a, "record_table": "entities", "record_id": b,
                                  "relation": "named with"})
    w.insert("entities", rows)
    unique = {(r["entity_id"], r["record_table"], r["record_id"], r["relation"]): r
              for r in links}
    w.insert("entity_links", list(unique.values()))


def _claims(m: _Merger, seeds: list[SeedInfo]
            ) -> tuple[list[Claim], dict[int, Located], dict[int, list[Located]]]:
    """Every claim the merged records make, the located words of each (by ``id``) and, for a
    set of names, each name's words."""
    from viewer.archive.claims import FACT_CLAIMS, Claim

    files = {s.id: s.file for s in seeds}
    claims: list[Claim] = []
    located: dict[int, Located] = {}
    members: dict[int, list[Located]] = {}
    for i, row in enumerate(m.facts, start=1):
        v = row.values
        # Every fact is a claim; one of a topic no list knows is about the series, under its
        # label.
        subject, attribute = FACT_CLAIMS.get(v["topic"], ("the series", v["label"]))
        for field_name, sid, loc in row.prov:
            if field_name == "value":
                claim = Claim(subject, attribute, v["value"], v["stated"], files[sid],
                              tuple((sp.start, sp.end) for sp in loc.spans), v["topic"],
                              ("facts", i))
                claims.append(claim)
                located[id(claim)] = loc
    # Each seed's value of an episode's fields, and its set of directors and of writers.
    for subject, attribute, value, sid, loc, topic, (table, key) in m.field_claims:
        claim = Claim(subject, attribute, value, loc.text, files[sid],
                      tuple((sp.start, sp.end) for sp in loc.spans), topic,
                      (table, sorted(m.episodes).index(key) + 1))
        claims.append(claim)
        located[id(claim)] = loc
    for (number, name, sid), people in m.credit_sets.items():
        keys = sorted({key for key, _loc in people})
        locs = [loc for _key, loc in people]
        shown = "; ".join(m.people[k].name for k in keys)
        claim = Claim(f"episode {number}", name, shown, "; ".join(loc.text for loc in locs),
                      files[sid], tuple((sp.start, sp.end) for loc in locs for sp in loc.spans),
                      "", ("episodes", sorted(m.episodes).index(number) + 1))
        claims.append(claim)
        located[id(claim)] = Located(locs[0].text, tuple(sp for loc in locs
                                                            for sp in loc.spans))
        members[id(claim)] = [Located(loc.text, loc.spans, m.people[key].name)
                              for key, loc in people]
    # What the series is based on: every title a source gives it.
    for ent in m.entities.values():
        for sid, e in ent.mentions:
            if ent.kind == "work" and e.relation is not None \
                    and e.relation.normalized == "source of the series":
                claim = Claim("the series", "based on (title)", e.name.text, e.name.text,
                              files[sid], tuple((sp.start, sp.end) for sp in e.name.spans),
                              record=("works", ent.id))
                claims.append(claim)
                located[id(claim)] = e.name
    return claims, located, members


def _write_disagreements(w: _Writer, m: _Merger, seeds: list[SeedInfo]) -> None:
    from viewer.archive.claims import disagreements

    claims, located, members = _claims(m, seeds)
    ids = {s.file: s.id for s in seeds}
    side_of: dict[int, int] = {}
    rows: list[dict[str, Any]] = []
    records: list[dict[str, Any]] = []
    for i, d in enumerate(disagreements(claims), start=1):
        values: list[dict[str, Any]] = []
        prov: Prov = []
        sources: list[int] = []
        for g in d.groups:
            value = g.value
            values.append({
                "value": value,
                "sources": list(dict.fromkeys(c.source for c in g.claims)),
                "spans": [{"source": c.source, "start": a, "end": b}
                          for c in g.claims for a, b in c.spans]})
            for c in g.claims:
                side_of[id(c)] = i
                loc = located[id(c)]
                prov.append(("claimed", ids[c.source], Located(loc.text, loc.spans, value)))
                sources.append(ids[c.source])
                if c.record is not None and c.record[1]:
                    records.append({"disagreement_id": i, "record_table": c.record[0],
                                    "record_id": c.record[1]})
        summary = " · ".join(str(v["value"]) for v in values)
        rows.append({"id": i, "subject": d.subject, "attribute": d.attribute, "kind": d.kind,
                     "summary": summary, "claimed": _dump([v["value"] for v in values]),
                     "values": _dump(values), "sources": w.sources_of(sources)})
        w.provenance("disagreements", i, prov)
        w.index("disagreements", i, sources[0], f"{d.subject}, {d.attribute}: {summary}",
                ["Sources disagree", *(c.stated for g in d.groups for c in g.claims)])
    w.insert("disagreements", rows)
    unique = {tuple(r.values()): r for r in records}
    w.insert("disagreement_records", list(unique.values()))
    _write_claims(w, claims, located, members, ids, side_of)


def _write_claims(w: _Writer, claims: list[Claim], located: dict[int, Located],
                  members: dict[int, list[Located]], ids: dict[str, int],
                  side_of: dict[int, int]) -> None:
    """Every claim as a record of its own: what was compared, where it is stated. Not in the
    search index: each says what a fact, an episode or a work already says there."""
    from viewer.archive.claims import reading

    rows: list[dict[str, Any]] = []
    for i, c in enumerate(claims, start=1):
        loc = located[id(c)]
        sid = ids[c.source]
        names = members.get(id(c))
        said = names or [Located(loc.text, loc.spans, c.value)]
        rows.append({
            "id": i, "subject": c.subject, "attribute": c.attribute, "value": c.value,
            "stated": c.stated, "kind": reading(c).kind,
            "members": _dump([n.normalized for n in names or []]),
            "source_id": sid, "source": c.source,
            "record_table": c.record[0] if c.record else None,
            "record_id": c.record[1] if c.record and c.record[1] else None,
            "disagreement_id": side_of.get(id(c)), "sources": w.sources_of([sid])})
        w.provenance("claims", i, [("members" if names else "value", sid, n) for n in said])
    w.insert("claims", rows)



def build_archive(seeds_dir: Path, out: Path, progress: Progress | None = None, *,
                  allow_changed_seeds: bool = False) -> BuildReport:
    """Build ``out`` from ``seeds_dir`` atomically. Raises :class:`SeedError` on a bad seed,
    or on seeds that differ from ``SHA256SUMS`` unless ``allow_changed_seeds`` (then the
    archive's meta table lists them; see :mod:`viewer.archive.seed_integrity`)."""
    from viewer.archive.extract import EXTRACTORS
    from viewer.archive.extract.entities import read_entities, read_people

    say = progress or (lambda _msg: None)
    seeds_dir, out = Path(seeds_dir), Path(out)
    say(f"Reading seeds in {seeds_dir}")
    seeds = load_seeds(seeds_dir)
    extra_meta: dict[str, str] = {}
    try:
        changed = changed_seeds(seeds_dir, ((s.file, s.sha256, s.text) for s in seeds))
    except SeedError:
        if not allow_changed_seeds:
            raise
        changed = {s.file: "unchecked: no SHA256SUMS" for s in seeds}
    if changed and not allow_changed_seeds:
        raise refuse_changed(changed)
    if changed:
        extra_meta[CHANGED_SEEDS_KEY] = _dump(sorted(changed))
    corrections = load_corrections(seeds_dir)
    merger = _Merger(seeds, corrections)
    extractions = []
    for seed in seeds:
        say(f"Extracting {seed.file} ({seed.layout.replace('_', ' ')})")
        extraction = EXTRACTORS[seed.layout].extract(seed.text, seed.file)
        extraction.entities.extend(read_entities(seed.text, extraction.excerpts))
        extraction.people.extend(read_people(seed.text, extraction.excerpts))
        merger.take(seed, extraction)
        extractions.append((seed, extraction))
    for seed, extraction in extractions:
        merger.take_descriptions(seed, extraction.excerpts)
    report = write_archive_file(out, seeds, merger, seeds_checksum(seeds_dir), say,
                                extra_meta=extra_meta)
    say(f"Wrote {out}")
    return report


def _physical_of(tab: str) -> str:
    from viewer.archive.tables import TABLE_SPECS

    return TABLE_SPECS[tab].physical


def _tabs_by_physical() -> dict[str, tuple[str, ...]]:
    from viewer.archive.tables import TABLE_SPECS

    tabs: dict[str, tuple[str, ...]] = {}
    for spec in TABLE_SPECS.values():
        tabs[spec.physical] = (*tabs.get(spec.physical, ()), spec.name)
    return tabs


def write_archive_file(out: Path, seeds: list[SeedInfo], merger: _Merger, checksum: str,
                       progress: Progress | None = None, *,
                       extra_meta: dict[str, str] | None = None) -> BuildReport:
    """Write merged records to ``out`` atomically: the second half of :func:`build_archive`.

    Separate so the benchmarks (tests/benchmarks) build their synthetic archives with exactly
    the writing code real archives get.
    """
    import sqlite_utils

    say = progress or (lambda _msg: None)
    out.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_parts(out)
    tmp = temporary_path(out)
    tmp.unlink(missing_ok=True)
    try:
        db = sqlite_utils.Database(tmp)
        db.conn.execute("PRAGMA journal_mode = OFF")
        db.conn.execute("PRAGMA synchronous = OFF")
        with db.conn:
            create_schema(db)
            say("Writing records")
            write_archive(db, seeds, merger, checksum, extra_meta)
            say("Indexing for search")
            create_search_index(db)
            link_search_rows(db, _tabs_by_physical())
            create_views(db)
            stamp(db.conn)
        db.conn.execute("VACUUM")
        counted = ("sources", "excerpts", "episodes", "people", "credits", "characters",
                   "storylines", "quotes", "facts", "entities", "disagreements", "provenance",
                   SEARCH_TABLE)
        counts = {t: db.table(t).count for t in counted}
        db.close()
        os.replace(tmp, out)
    except sqlite3.OperationalError as exc:  # a full disk, an I/O error: the place's, not ours
        tmp.unlink(missing_ok=True)
        full = "full" in str(exc)
        raise OSError(errno.ENOSPC if full else errno.EIO,
                      "the disk is full" if full else f"the file could not be written ({exc})"
                      ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return BuildReport(out, counts, checksum)
