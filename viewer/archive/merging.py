"""Merging is where seeds meet: one person is one row however many seeds name them or however
they spell it (accent- and case-blind, plus the curated ``corrections.toml``); one credit is one
row per person and role, carrying the spans of every seed that states it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from viewer.archive import reasons as R
from viewer.archive.extract.base import (
    EntityRecord,
    ExcerptRecord,
    Extraction,
    Located,
    SeedError,
    Span,
    fold,
)
from viewer.archive.manifest import CORRECTIONS_FILE
from viewer.archive.reasons import Reason
from viewer.archive.seeds import Corrections, SameRemark, SeedInfo
from viewer.archive.topics import EPISODE_ATTRIBUTES, episode_subject, fact_label
from viewer.i18n import message as _

Prov = list[tuple[str, int, Located]]  # (field, source id, located)


@dataclass
class Person:
    key: str
    #: Every name the person's mentions are read as, in the order first read: a seed's words
    #: ("Omar Treviño"), or the whole name read from part of it ("Miguel" of "Miguel and Omar
    #: Treviño", read as "Miguel Treviño").
    readings: list[str] = field(default_factory=list)
    #: Each reading's mentions whose words hold it whole, the spelling's: (source id, spans),
    #: each counted once however many records (a credit, a quote, the person) read the same
    #: words (R2 audit item 3). A mention of part of the name counts for the person, not for a
    #: spelling (R3 code review, finding 2).
    mentions: dict[str, set[tuple[int, tuple[Span, ...]]]] = field(default_factory=dict)
    canonical: str | None = None
    roles: list[str] = field(default_factory=list)
    prov: Prov = field(default_factory=list)
    id: int = 0

    @property
    def spellings(self) -> list[str]:
        """The names the sources write, in the order first read."""
        return [s for s in self.readings if self.mentions.get(s)]

    @property
    def counts(self) -> dict[str, int]:
        """How many distinct mentions write each spelling."""
        return {s: len(self.mentions[s]) for s in self.spellings}

    @property
    def spelling_note(self) -> Reason | None:
        """Which spelling is shown and why, where the sources use more than one."""
        if len(self.spellings) < 2:
            return None
        counts = self.counts
        total = sum(counts.values())
        counted = ", ".join(f"{s} {counts[s]}" for s in self.spellings)
        name = self.name
        if sum(c == counts[name] for c in counts.values()) > 1:
            # No spelling is the most used: the note says what chose this one instead.
            return Reason(R.SPELLING_TIE_CURATED if name == self.canonical
                          else R.SPELLING_TIE_FIRST, {"counted": counted})
        return Reason(R.SPELLING_NOTE, {"count": str(counts[name]),
                                        "total": str(total), "counted": counted})

    @property
    def name(self) -> str:
        """The spelling the sources use most often, counted over every mention (issue 25);
        where spellings tie, the curated one (``corrections.toml`` lists it first), then the
        first read."""
        counts = self.counts
        # A person no source names whole (only "Miguel" of "Miguel and Omar Treviño") is
        # shown as read.
        names = self.spellings or self.readings
        return max(names, key=lambda s: (counts.get(s, 0), s == self.canonical,
                                         -names.index(s)))


@dataclass
class Entity:
    kind: str
    mentions: list[tuple[int, EntityRecord]] = field(default_factory=list)
    #: Quoted titles with words left out, read as this one (:meth:`Merger.tie_gapped_titles`):
    #: the words the seed quotes, read as the title stated whole.
    gapped: list[tuple[int, Located]] = field(default_factory=list)
    #: Further mentions of a name the readers gave it (:meth:`Merger.take_mentions`):
    #: (source id, the name there, its sentence).
    named: list[tuple[int, Located, Located]] = field(default_factory=list)
    id: int = 0


@dataclass
class Row:
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


class Merger:
    def __init__(self, seeds: list[SeedInfo], curated: Corrections | None = None) -> None:
        self.seeds = seeds
        #: ``corrections.toml``, with its reasons.
        self.curated = curated if curated is not None else Corrections()
        self.corrections = self.curated.names
        self.people: dict[str, Person] = {}
        self.credits: dict[tuple[Any, ...], Row] = {}
        self.characters: dict[str, Row] = {}
        self.episodes: dict[int, Row] = {}
        self.storylines: list[Row] = []
        self.storyline_links: list[tuple[int, str]] = []  # (storyline index, character key)
        self.quotes: list[Row] = []
        self.facts: list[Row] = []
        self.excerpts: list[Row] = []
        self.entities: dict[tuple[str, ...], Entity] = {}
        self.prose_people: list[tuple[int, Located]] = []
        #: What each seed says of a record's single-valued fields, as claims to compare:
        #: (subject, attribute, value, source id, located, fact topic, (table, key)).
        self.field_claims: list[tuple[str, str, str, int, Located, str, tuple[str, Any]]] = []
        #: Episode credits per (episode, field, source), compared as sets.
        self.credit_sets: dict[tuple[int, str, int], list[tuple[str, Located]]] = {}
        #: Located values the archive did not read as stated: id → (status, reason): the
        #: builder's reasons as messages and arguments, a curated one as its curator wrote it.
        self.status: dict[int, tuple[str, str | tuple[Reason, ...]]] = {}
        #: Quoted titles with words left out, until :meth:`tie_gapped_titles` reads them.
        self.gapped_titles: list[tuple[int, EntityRecord, Located]] = []
        #: Gapped titles no title stated whole could be tied to: (source id, words, reason).
        self.dropped_titles: list[tuple[int, Located, Reason]] = []
        #: Quotes a curator says are one remark in other words (corrections.toml).
        self.same_remarks: list[SameRemark] = []

    def person(self, located: Located, source_id: int, field_name: str = "name", *,
               key: str | None = None) -> Person:
        """The person ``located`` names, made on first mention; ``key`` files a spelling with
        a person already known (a fuller name of theirs)."""
        name = located.normalized
        key = key or fold(self.corrections.get(fold(name), name))
        p = self.people.get(key)
        if p is None:
            p = self.people[key] = Person(key)
            canonical = self.corrections.get(fold(name))
            p.canonical = canonical
        if name not in p.mentions:
            p.readings.append(name)
            p.mentions[name] = set()
        if fold(name) in fold(located.text):
            p.mentions[name].add((source_id, located.spans))
        p.prov.append((field_name, source_id, located))
        return p

    def character(self, located: Located, source_id: int) -> Row:
        key = fold(located.normalized)
        row = self.characters.get(key)
        if row is None:
            row = self.characters[key] = Row({"name": located.normalized, "description": None})
        row.add("name", source_id, located)
        return row

    def episode(self, number: int) -> Row:
        row = self.episodes.get(number)
        if row is None:
            row = self.episodes[number] = Row({
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
            row = Row({"source_id": sid, "source": seed.file, "seq": seq, "section": e.section,
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
                credit = self.credits[key] = Row({
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
            if c.inferred:  # the role's words do not name the person
                self.status[id(c.role)] = ("inferred", (Reason(c.inferred, {
                    "words": c.role.text, "name": c.person.normalized}),))
            credit.add("character", sid, c.character)
        for ch in ex.characters:
            row = self.character(ch.name, sid)
            if ch.description is not None:
                self.describe(row, sid, ch.description)
        from viewer.archive.extract.vocabulary import has_gaps, mark_gaps

        shared: dict[tuple[Any, ...], list[str]] = {}
        for ep in ex.episodes:
            if ep.synopsis is not None:
                shared.setdefault(ep.synopsis.spans, []).append(ep.number.normalized)
        for ep in ex.episodes:
            covered = shared.get(ep.synopsis.spans, []) if ep.synopsis else []
            reasons: list[Reason] = []
            if ep.synopsis is not None and len(set(covered)) > 1:
                # One passage about several episodes is no episode's own synopsis (issue 25).
                reasons.append(Reason(R.SHARED_SYNOPSIS, {"episodes": R.joined(
                    sorted(set(covered), key=int))}))
            if ep.synopsis is not None and has_gaps(ep.synopsis.text):
                # Words the source left out are marked, not run together (issue 25).
                ep = replace(ep, synopsis=Located(ep.synopsis.text, ep.synopsis.spans,
                                                  mark_gaps(ep.synopsis.text)))
                reasons.append(Reason(R.WORDS_LEFT_OUT))
            if ep.synopsis is not None and reasons:
                self.status[id(ep.synopsis)] = ("inferred", tuple(reasons))
            number = int(ep.number.normalized)
            row = self.episode(number)
            if ep.number_stated:
                row.add("number", sid, ep.number)
            for name, loc in (("title", ep.title), ("release_date", ep.release_date),
                              ("synopsis", ep.synopsis)):
                if loc is not None:
                    row.set_once(name, sid, loc, loc.normalized)
            if ep.runtime_minutes is not None:
                row.set_once("runtime_minutes", sid, ep.runtime_minutes,
                             int(ep.runtime_minutes.normalized))
            # Every seed's value is a claim: set_once keeps the first, the claims compare all.
            for field_name, loc, topic in (("title", ep.title, ""),
                                           ("release_date", ep.release_date, "premiere_date"),
                                           ("runtime_minutes", ep.runtime_minutes, "runtime")):
                if loc is not None:
                    self.field_claims.append((episode_subject(number),
                                              EPISODE_ATTRIBUTES[field_name], loc.normalized,
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
            row = Row({"seq": len(self.storylines) + 1, "title": st.title.text,
                       "summary": st.summary.text})
            row.add("title", sid, st.title)
            row.add("summary", sid, st.summary)
            for mention in st.characters:
                row.add("characters", sid, mention)
                self.storyline_links.append((len(self.storylines), fold(mention.normalized)))
            self.storylines.append(row)
        for q in ex.quotes:
            if q.continues:
                # The paragraph before names the speaker: its words, read again as this
                # quotation's, are a reading of their own (R2 audit item 7).
                why = ("inferred", (Reason(R.QUOTE_CONTINUES, {"name": q.speaker.normalized}),))
                q = replace(q, speaker=replace(q.speaker),
                            role=replace(q.role) if q.role is not None else None)
                for loc in (q.speaker, q.role):
                    if loc is not None:
                        self.status[id(loc)] = why
            person = self.person(q.speaker, sid)
            row = Row({"person_key": person.key,
                       "role": q.role.normalized if q.role else None,
                       "character": q.character.normalized if q.character else None,
                       "text": q.text.text})
            for name, loc in (("speaker", q.speaker), ("text", q.text), ("role", q.role),
                              ("character", q.character)):
                row.add(name, sid, loc)
            self.quotes.append(row)
        for ent in ex.entities:
            self.entity(ent, sid)
        for prose in ex.people:
            self.prose_people.append((sid, prose.name))
            if prose.reason is not None:
                self.status[id(prose.name)] = ("inferred", (prose.reason,))
        for f in ex.facts:
            row = Row({"topic": f.topic, "label": fact_label(f.topic),
                       "value": f.value.normalized, "stated": f.value.text,
                       "statement": f.statement.text, "source_id": sid, "source": seed.file})
            row.add("value", sid, f.value)
            if f.reason is not None:
                self.status[id(f.value)] = ("inferred", (f.reason,))
            row.add("statement", sid, f.statement)
            self.facts.append(row)

    def describe(self, row: Row, sid: int, description: Located) -> None:
        """Keep every description of a character, from every source (issue 25)."""
        row.set_once("description", sid, description, description.normalized)
        said = row.values.setdefault("descriptions", [])
        new = fold(description.normalized)
        # One description read twice, once cut shorter, is one: the longer is kept.
        same = [d for d in said if new in fold(d) or fold(d) in new]
        if not same:
            said.append(description.normalized)
        elif all(len(d) < len(description.normalized) for d in same):
            said[said.index(same[0])] = description.normalized
            for d in same[1:]:
                said.remove(d)
            # The longer reading's span holds the shorter one's words: it is the evidence.
            row.prov = [(f, i, loc) for f, i, loc in row.prov
                        if f != "descriptions" or loc.normalized not in same]
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
            if description.value is not None:  # cut short where the source lost words
                self.status[id(description)] = ("inferred", (Reason(R.WORDS_LEFT_OUT),))
            self.describe(self.characters[fold(name)], seed.id, description)

    def take_named_here(self, seed: SeedInfo) -> None:
        """The people ``corrections.toml`` names in this seed's words where no extractor can
        read them (``[[named_here]]``: "Miguel ngel Trevio and his brother Omar", whose seed
        lost letters of the name): curated readings, each citing the entry's reason. Words
        the seed no longer writes stop the build: the entry is dead data."""
        for entry in self.curated.named_here:
            if entry.file != seed.file:
                continue
            start = seed.text.find(entry.words)
            for words, name in entry.people:
                found = re.search(rf"(?<!\w){re.escape(words)}(?!\w)", entry.words)
                if start < 0 or found is None:
                    raise SeedError(CORRECTIONS_FILE, _("{file} does not write {words!r}, "
                                                        "which a named_here entry names")
                                    .format(file=seed.file, words=entry.words))
                at = start + found.start()
                reading = Located(words, (Span(at, at + len(words)),), name)
                self.prose_people.append((seed.id, reading))
                self.status[id(reading)] = ("curated", entry.reason)

    def take_prose_people(self) -> None:
        """People named only in running prose become people (issue 25), unless the name is a
        character's or a thing's the sources name (an organisation, a place, a prize)."""
        taken = set(self.characters)
        for ent in self.entities.values():
            taken.update(fold(e.name.text) for _sid, e in ent.mentions)
        for sid, loc in self.prose_people:
            said = fold(loc.normalized)
            if said in taken:
                continue
            # A fuller name of exactly one person ("Álvaro Curiel de Icaza", under the heading
            # "Álvaro Curiel") is theirs, read so: the words added could be anyone's.
            fuller = [p for key, p in self.people.items()
                      if said.startswith(key + " ") and len(key.split()) > 1]
            if said not in self.people and len(fuller) == 1:
                self.person(loc, sid, key=fuller[0].key)
                self.status[id(loc)] = ("inferred", (Reason(R.FULLER_NAME, {
                    "name": fuller[0].name}),))
                continue
            self.person(loc, sid)

    def entity(self, ent: EntityRecord, sid: int) -> None:
        """One thing however many sentences and seeds name it: by kind and folded name, and
        events by what happened and the year (the "2011 massacre" and "the Allende massacre"
        of March 2011 are one event)."""
        if ent.gap is not None:
            self.gapped_titles.append((sid, ent, ent.gap))
            return
        reading = ent.relation.normalized if ent.relation else ""
        if ent.kind == "event":
            year = ent.date.normalized[:4] if ent.date else ""
            key: tuple[str, ...] = ("event", reading, year)
        else:
            key = (ent.kind, name_key(ent.name.text))
        row = self.entities.get(key)
        if row is None:
            row = self.entities[key] = Entity(ent.kind)
        row.mentions.append((sid, ent))
        if ent.inferred and ent.relation is None:
            self.status[id(ent.name)] = ("inferred", (Reason(ent.inferred),))

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

    def tie_gapped_titles(self) -> None:
        """A quoted title with words left out ("How the U.S. Triggered a in ,") is no title the
        seed states whole: it never becomes a work, nor a name or variant of one. It is read
        as a mention of a title stated whole when exactly one work fits: a title that keeps
        every word of it in order from its first ("How the U.S. Triggered a Massacre in
        Mexico"), stated in a sentence that names a person the gapped one names too (the
        article's author). A shared year alone never ties them: every seed repeats the year
        the series came out. That reading is inferred, with its reason; a gapped title that
        fits no work, or several, is dropped with the reason in :attr:`dropped_titles`, which
        the build prints (:func:`viewer.archive.build.write_archive_file`). Run once every
        seed is taken, so every person is known."""
        files = {s.id: s.file for s in self.seeds}
        named = PeopleNamed(self.people.values())
        for sid, ent, gap in self.gapped_titles:
            kept = fold(ent.name.text).split()
            here = [p.name for p in named.in_(ent.statement.text)]
            ties: dict[int, tuple[Entity, int, EntityRecord, list[str]]] = {}
            for key, entity in self.entities.items():
                if key[0] != ent.kind:
                    continue
                for whole_sid, whole in entity.mentions:
                    # The cheap test first: most titles do not keep the gapped one's words.
                    if not _keeps_in_order(kept, fold(whole.name.text).split()):
                        continue
                    shared = [p.name for p in named.in_(whole.statement.text)
                              if p.name in here]
                    best = ties.get(id(entity))
                    # The statement sharing most with the gapped one is the evidence cited.
                    if shared and (best is None or len(shared) > len(best[3])):
                        ties[id(entity)] = (entity, whole_sid, whole, shared)
            if len(ties) != 1:
                why = Reason(R.NO_TITLE_FITS if not ties else R.SEVERAL_TITLES_FIT)
                self.dropped_titles.append((sid, gap, Reason(R.DROPPED_TITLE, {
                    "gap": gap.text, "why": why})))
                continue
            entity, whole_sid, whole, shared = next(iter(ties.values()))
            reading = Located(gap.text, gap.spans, whole.name.text)
            entity.gapped.append((sid, reading))
            self.status[id(reading)] = ("inferred", (Reason(R.GAPPED_TITLE, {
                "gap": gap.text, "title": whole.name.text,
                "where": Reason(R.THIS_SOURCE) if whole_sid == sid else files[whole_sid],
                "names": R.joined(shared)}),))


def name_key(name: str) -> str:
    """What makes two names of a thing one: folded, and its numbers in figures ("Dance of the
    Forty-One" and "Dance of the 41" are one title)."""
    from viewer.archive.extract.vocabulary import in_figures

    return fold(in_figures(name))


def _keeps_in_order(kept: list[str], whole: list[str]) -> bool:
    """Whether ``whole`` is longer than ``kept`` and holds its words in order, from the first:
    the title a gapped quotation ("how the u.s. triggered a in") left words out of."""
    if len(whole) <= len(kept) or not kept or kept[0] != whole[0]:
        return False
    rest = iter(whole)
    return all(word in rest for word in kept)


class PeopleNamed:
    """Finds the people a sentence names, by any spelling the sources give them (accent- and
    case-blind, whole words only: a spelling may end in a full stop, "Jr.").

    The one matcher of people in a sentence: the merger ties gapped titles with it
    (:meth:`Merger.tie_gapped_titles`) and the entity writer links entities to the people
    named beside them (:mod:`viewer.archive.entity_writing`)."""

    def __init__(self, people: Iterable[Person]) -> None:
        self.spellings = {fold(s): p for p in people for s in p.spellings}
        # Longest first, so "Ginger Thompson" is found before "Thompson"; "(?!)" matches
        # nothing: no people, no names to find.
        self.pattern = re.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(s) for s in sorted(self.spellings, key=len,
                                                                  reverse=True)) + r")(?!\w)"
            if self.spellings else "(?!)")

    def in_(self, sentence: str) -> list[Person]:
        """The people ``sentence`` names, in the order it first names them, each once."""
        found = [self.spellings[m.group()] for m in self.pattern.finditer(fold(sentence))]
        return list({id(p): p for p in found}.values())
