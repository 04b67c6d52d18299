"""The entities table: organisations, places, events, works and awards the seeds name, each
one row however many sentences name it, with its provenance, its search rows and its links to
the people and the other entities its sentences tie to it (:mod:`viewer.archive.ties`), each
link cited at the words of the seed that tie them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from viewer.archive.extract.base import Located, Span, clean_text, fold
from viewer.archive.extract.entities import section_subject
from viewer.archive.merging import Entity, Merger, PeopleNamed, Person, Prov
from viewer.archive.schema import json_list, sort_key
from viewer.archive.ties import people_at, tied_people, tied_things

if TYPE_CHECKING:
    from viewer.archive.writing import Writer


#: A sentence whose subject is the person of its section: "She's the author of …".
_PRONOUN = re.compile(r"(?<![\w'’])(?P<p>[Ss]he|[Hh]e|[Hh]er|[Hh]is)(?=['’]s\b|\s)")

#: Each sentence's things (source id, its start and end in the seed) → each thing's id and
#: name as the sentence writes it, with where: start and end in the seed.
Sentences = dict[tuple[int, int, int], list[tuple[tuple[int, str], int, int]]]


def _heading(text: str, section: str, before: int) -> Located | None:
    """The heading line ``section`` (a section's last heading) last stands on before
    ``before``, as its name's span."""
    if not section:
        return None
    at = text.rfind(f"\n{section}\n", 0, before)
    if at < 0:
        return None
    return Located(section, (Span(at + 1, at + 1 + len(section)),))


def _most_precise_agreeing(dates: list[str]) -> str | None:
    """The most precise of ``dates`` that every other one contains ("2011" and "2011-03"
    agree with "2011-03-18"); where they do not all agree, the earliest-stated one."""
    if not dates:
        return None
    for d in sorted(set(dates), key=lambda d: (-len(d), dates.index(d))):
        if all(d.startswith(other) for other in dates):
            return d
    return dates[0]


def write_entities(w: Writer, m: Merger, people: list[Person]) -> None:
    """Every entity the merger holds as a row of ``entities``, with its provenance and its
    search row, and ``entity_links`` to the people its sentences tie to it (found as the merger
    finds people, :class:`~viewer.archive.merging.PeopleNamed`, and tied by
    :func:`~viewer.archive.ties.tied_people`), each cited, and to the other entities its
    sentences tie to it (:func:`_things_tied`), each cited too. A title quoted with words
    left out and read as a work is cited for it (inferred) but does not make its source one
    of the work's sources."""
    person_keys = {p.key for p in people}
    person_names = {p.key: p.name for p in people}
    person_ids = {p.key: p.id for p in people}
    named = PeopleNamed(people)
    by_key = {p.key: p for p in people}
    by_kind: dict[str, list[Entity]] = {}
    for ent in m.entities.values():
        by_kind.setdefault(ent.kind, []).append(ent)
    rows: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    statement_of: Sentences = {}
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
                # Its people: those the words of its sentence tie to it, each cited where
                # that sentence names them (not everyone it names, nor the person a section
                # is about, whose name another sentence gives).
                st, en = e.statement.spans[0].start, e.statement.spans[-1].end
                ts, te = e.name.spans[0].start, e.name.spans[-1].end
                if not st <= ts < te <= en:
                    continue
                statement_of.setdefault((sid, st, en), []).append(((eid, e.name.text), ts, te))
                sentence = w.texts[sid][st:en]
                found = people_at(named, sentence)
                # "She's the author of the novels …" in Fernanda Melchor's section: the
                # sentence's subject is the person its heading names, cited at that heading.
                subject = by_key.get(fold(section_subject(e.section)))
                heading = _heading(w.texts[sid], section_subject(e.section), st) \
                    if subject is not None else None
                pronoun = _PRONOUN.search(sentence)
                if subject is not None and heading is not None and pronoun is not None:
                    found.append((subject, pronoun.start("p"), pronoun.end("p")))
                for person, a, b in tied_people(sentence, (ts - st, te - st), found):
                    by_pronoun = pronoun is not None and a == pronoun.start("p") \
                        and person is subject
                    cited = heading if by_pronoun and heading is not None else Located(
                        clean_text(sentence[a:b]), (Span(st + a, st + b),))
                    prov.append(("people", sid, cited))
                    if person.key not in linked:
                        linked.append(person.key)
            date = _most_precise_agreeing(dates)
            for sid, e in ent.mentions:
                if e.date is not None:
                    prov.append(("dates", sid, e.date))
                    if date is not None and e.date.normalized == date:
                        prov.append(("date", sid, e.date))
                if e.name.text == name:
                    prov.append(("name", sid, e.name))
            # The search ranks a thing by the sources that say what it is (a question's answer:
            # "where was it filmed"), not by those that merely name it (Mexico, everywhere).
            read_in = len(sources)
            # Every other mention of its names (Merger.take_mentions): evidence of the name, and
            # of which sources name it; the people beside them are not linked, as a sentence
            # that only mentions a thing says nothing of them and it.
            for sid, loc, _statement in ent.named:
                prov.append(("variants", sid, loc))
                if loc.text == name:
                    prov.append(("name", sid, loc))
                if sid not in sources:
                    sources.append(sid)
                if loc.text not in counts:
                    counts[loc.text] = 0
            # A title quoted with words left out, read as this one (inferred, with the reason).
            # Its source does not state the title, so it is not one of the work's sources,
            # which count in search ranking (how many sources state it).
            for sid, reading in ent.gapped:
                prov.append(("name" if reading.normalized == name else "variants", sid, reading))
            for key in linked:
                links.append({"entity_id": eid, "record_table": "people",
                              "record_id": person_ids[key],
                              "relation": f"tied by its sentence ({kind})"})
            rows.append({
                "id": eid, "kind": kind, "name": name, "sort_name": sort_key(name),
                "relations": json_list(relations), "date": date,
                "dates": json_list(list(dict.fromkeys(dates))),
                "variants": json_list(list(counts)),
                "people": json_list([person_names[k] for k in linked]),
                "inferred": inferred[0] if all(inferred) else None,
                "sources": w.sources_of(sources)})
            w.provenance("entities", eid, prov)
            w.index(f"{kind}s", eid, sources[0], name,
                    [*relations, *(n for n in counts if n != name),
                     *(person_names[k] for k in linked), date], source_count=read_in)
    links.extend(_things_tied(w, statement_of, {r["id"]: r["name"] for r in rows}))
    w.insert("entities", rows)
    unique = {(r["entity_id"], r["record_table"], r["record_id"], r["relation"]): r
              for r in links}
    w.insert("entity_links", list(unique.values()))


def _things_tied(w: Writer, sentences: Sentences, names: dict[int, str]
                 ) -> list[dict[str, Any]]:
    """Links between the things each sentence names where its words tie them
    (:func:`~viewer.archive.ties.tied_things`; a list of titles ties none of them), each
    cited on both things at those words (field ``links``), its value the other thing as the
    sentence writes it ("the Zetas cartel")."""
    links: list[dict[str, Any]] = []
    cited: dict[int, Prov] = {}
    for (sid, st, en), found in sentences.items():
        sentence = w.texts[sid][st:en]
        things = list({(a, b): (named, a - st, b - st) for named, a, b in found}.values())
        for (one, one_name), (other, other_name), a, b in tied_things(sentence, things):
            if one == other:
                continue
            words = clean_text(sentence[a:b])
            for this, that, that_name in ((one, other, other_name), (other, one, one_name)):
                cited.setdefault(this, []).append(
                    ("links", sid, Located(words, (Span(st + a, st + b),), that_name)))
                links.append({"entity_id": this, "record_table": "entities",
                              "record_id": that, "relation": "tied by its sentence"})
    for eid, prov in cited.items():
        w.provenance("entities", eid, prov)
    # Each link once, however many sentences tie the two.
    return [*{(r["entity_id"], r["record_id"]): r for r in links}.values()]
