"""The claims and the disagreements between them: every value a record states, as each
source states it (viewer.archive.claims), the disagreements found among them, each with its
values as stated, its provenance and its links to the records stating it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from viewer.archive import reasons as R
from viewer.archive.extract.base import Located, fold
from viewer.archive.merging import Merger, Prov, Row
from viewer.archive.reasons import Reason
from viewer.archive.schema import json_list
from viewer.archive.topics import CLAIM_QUALIFIERS, sentence_case

if TYPE_CHECKING:
    from viewer.archive.claims import Claim
    from viewer.archive.seeds import SeedInfo
    from viewer.archive.writing import Writer


def _claims(m: Merger, seeds: list[SeedInfo]
            ) -> tuple[list[Claim], dict[int, Located], dict[int, list[Located]]]:
    """Every claim the merged records make, the located words of each (by ``id``) and, for a
    set of names, each name's words."""
    from viewer.archive.claims import Claim
    from viewer.archive.topics import (
        BASED_ON,
        EPISODE_ATTRIBUTES,
        FACT_CLAIMS,
        PERSON_ROLE,
        SERIES,
        episode_subject,
    )

    files = {s.id: s.file for s in seeds}
    claims: list[Claim] = []
    located: dict[int, Located] = {}
    members: dict[int, list[Located]] = {}
    for i, row in enumerate(m.facts, start=1):
        v = row.values
        # Every fact is a claim; one of a topic no list knows is about the series, under its
        # label.
        subject, attribute = FACT_CLAIMS.get(v["topic"], (SERIES, v["label"]))
        for field_name, sid, loc in row.prov:
            if field_name == "value":
                # A value read through the vocabulary ("Mexican" as Mexico) is the claim's
                # reading too, with the fact's reason.
                status = m.status.get(id(loc), ("stated", ()))
                why = status[1] if status[0] == "inferred" and not isinstance(status[1], str) \
                    else ()
                claim = Claim(subject, attribute, v["value"], v["stated"], files[sid],
                              tuple((sp.start, sp.end) for sp in loc.spans), v["topic"],
                              ("facts", i), inferred=tuple(why))
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
        claim = Claim(episode_subject(number), EPISODE_ATTRIBUTES[name], shown,
                      "; ".join(loc.text for loc in locs), files[sid],
                      tuple((sp.start, sp.end) for loc in locs for sp in loc.spans),
                      "", ("episodes", sorted(m.episodes).index(number) + 1))
        claims.append(claim)
        located[id(claim)] = Located(locs[0].text, tuple(sp for loc in locs
                                                            for sp in loc.spans))
        members[id(claim)] = [Located(loc.text, loc.spans, m.people[key].name)
                              for key, loc in people]
    # What the series is based on: every title a source gives the work some mention calls
    # the series' source, wherever the source states it whole (a mention that calls it only
    # "report" still states its title).
    for ent in m.entities.values():
        if ent.kind == "work" and any(
                e.relation is not None and e.relation.normalized == "source of the series"
                for _sid, e in ent.mentions):
            for sid, e in ent.mentions:
                claim = Claim(SERIES, BASED_ON, e.name.text, e.name.text,
                              files[sid], tuple((sp.start, sp.end) for sp in e.name.spans),
                              record=("works", ent.id))
                claims.append(claim)
                located[id(claim)] = e.name
    # Each crew credit's role in each source's words: a person's role, compared by the role
    # it is filed under. Credits are numbered as the credits table numbers them.
    ordered = sorted(m.credits.values(), key=lambda r: r.values["category"] != "cast")
    for i, row in enumerate(ordered, start=1):
        if row.values["category"] != "crew":
            continue
        name = m.people[row.values["person_key"]].name
        for field_name, sid, loc in row.prov:
            if field_name == "role":
                claim = Claim(name, PERSON_ROLE, loc.text, loc.text, files[sid],
                              tuple((sp.start, sp.end) for sp in loc.spans),
                              record=("credits", i), role=row.values["role"])
                claims.append(claim)
                located[id(claim)] = loc
    for claim, loc in _remark_claims(m, files):
        claims.append(claim)
        located[id(claim)] = loc
    for claim, loc, names in _series_directors(m, files, ordered):
        claims.append(claim)
        located[id(claim)] = loc
        if names:
            members[id(claim)] = names
    return _once(claims, located, members)


def _series_directors(m: Merger, files: dict[int, str], credits: list[Row]
                      ) -> list[tuple[Claim, Located, list[Located]]]:
    """Who directed the series, as each source says: every episode's directors together
    where a source names them for every episode (a complete list), and a person credited as
    director of no episode by any source (the words that say it)."""
    from viewer.archive.claims import Claim
    from viewer.archive.topics import EPISODE_ATTRIBUTES, SERIES

    attribute = EPISODE_ATTRIBUTES["directors"]
    out: list[tuple[Claim, Located, list[Located]]] = []
    every = set(m.episodes)
    by_source: dict[int, dict[int, list[tuple[str, Located]]]] = {}
    for (number, name, sid), people in m.credit_sets.items():
        if name == "directors":
            by_source.setdefault(sid, {})[number] = people
    for sid, named in sorted(by_source.items()):
        if not every or set(named) != every:
            continue
        said = [(key, loc) for number in sorted(named) for key, loc in named[number]]
        by_person: dict[str, list[Located]] = {}
        for key, loc in said:
            by_person.setdefault(key, []).append(loc)
        names = [m.people[key].name for key in by_person]
        # A list naming a director once for several episodes states each name once.
        spans = tuple(dict.fromkeys(sp for _key, loc in said for sp in loc.spans))
        # ", " between the names: "; " separates a list's items in a CSV cell.
        claim = Claim(SERIES, attribute, ", ".join(names),
                      ", ".join(dict.fromkeys(loc.text for _key, loc in said)), files[sid],
                      tuple((sp.start, sp.end) for sp in spans), names=tuple(names),
                      complete=True)
        out.append((claim, Located(said[0][1].text, spans), [
            Located(locs[0].text, tuple(dict.fromkeys(sp for loc in locs for sp in loc.spans)),
                    m.people[key].name) for key, locs in by_person.items()]))
    for i, row in enumerate(credits, start=1):
        v = row.values
        if v["category"] != "crew" or v["role"] != "Director" or v["episodes"]:
            continue
        name = m.people[v["person_key"]].name
        for field_name, sid, loc in row.prov:
            if field_name != "role":
                continue
            status = m.status.get(id(loc), ("stated", ()))
            why = status[1] if status[0] == "inferred" and not isinstance(status[1], str) else ()
            claim = Claim(SERIES, attribute, name, loc.text, files[sid],
                          tuple((sp.start, sp.end) for sp in loc.spans), record=("credits", i),
                          names=(name,), inferred=tuple(why))
            out.append((claim, loc, []))
    return out


def _remark_claims(m: Merger, files: dict[int, str]) -> list[tuple[Claim, Located]]:
    """The versions of one remark a curator names (``[[same_remark]]``): each quote holding
    a version's words is a claim of the speaker's remark, its words compared whole."""
    from viewer.archive.claims import Claim
    from viewer.archive.topics import REMARK

    out: list[tuple[Claim, Located]] = []
    for remark in m.same_remarks:
        wanted = [" ".join(fold(v).split()) for v in remark.versions]
        for i, row in enumerate(m.quotes, start=1):
            if not any(w in " ".join(fold(row.values["text"]).split()) for w in wanted):
                continue
            speaker = m.people[row.values["person_key"]].name
            for field_name, sid, loc in row.prov:
                if field_name == "text":
                    out.append((Claim(speaker, REMARK, loc.text, loc.text, files[sid],
                                      tuple((sp.start, sp.end) for sp in loc.spans),
                                      record=("quotes", i), curated=remark.reason), loc))
    return out


def _once(claims: list[Claim], located: dict[int, Located], members: dict[int, list[Located]]
          ) -> tuple[list[Claim], dict[int, Located], dict[int, list[Located]]]:
    """One claim per source, subject, attribute and value: a source stating one value in two
    places (an episode's title in its table and in its synopsis) makes one claim with both
    spans, under the first record stating it."""
    from dataclasses import replace

    first: dict[tuple[str, str, str, str, str], int] = {}
    out: list[Claim] = []
    for claim in claims:
        key = (claim.source, claim.subject, claim.attribute, claim.value, claim.role)
        pos = first.get(key)
        if pos is None or id(claim) in members or id(out[pos]) in members:
            first.setdefault(key, len(out))
            out.append(claim)
            continue
        kept = out[pos]
        loc, more = located.pop(id(kept)), located[id(claim)]
        spans = tuple(dict.fromkeys((*kept.spans, *claim.spans)))
        merged = replace(kept, spans=spans)
        out[pos] = merged
        located[id(merged)] = Located(loc.text, tuple(dict.fromkeys((*loc.spans, *more.spans))),
                                      loc.value)
    return out, located, members


def write_claims(w: Writer, m: Merger, seeds: list[SeedInfo]) -> None:
    """Every claim, and the disagreements among them, with their provenance."""
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
        sides: list[str] = []
        curated: list[tuple[tuple[str, int, Located], Claim]] = []
        gathered: list[tuple[tuple[str, int, Located], Reason]] = []
        for side, g in enumerate(d.groups, start=1):
            rows_of_side = g.rows()
            # A person's roles: every wording of the side, none standing for the others.
            sides.append(" / ".join(label for label, _c in rows_of_side)
                         if d.kind == "role" else g.value)
            # Each value stated in its own words is a row, listing only the spans stating it;
            # ``side`` says which values agree (schema 8).
            for value, stating in rows_of_side:
                values.append({
                    "value": value, "side": side,
                    "sources": list(dict.fromkeys(c.source for c in stating)),
                    "spans": [{"source": c.source, "start": a, "end": b}
                              for c in stating for a, b in c.spans]})
                qualifiers = {CLAIM_QUALIFIERS.get(c.topic, "") for c in stating}
                if len(qualifiers) == 1 and (qualifier := qualifiers.pop()):
                    # What the text calls the value ("the official number"): said beside it.
                    values[-1]["as"] = qualifier
                if all(c.inferred for c in stating):
                    # No words state the value (a director read from a sentence that does
                    # not name him): the side says so, and why (schema 10).
                    values[-1]["inferred"] = R.say(stating[0].inferred)
                    values[-1]["inferred_parts"] = R.to_json(stating[0].inferred)
                for c in stating:
                    side_of[id(c)] = i
                    loc = located[id(c)]
                    said = ("claimed", ids[c.source], Located(loc.text, loc.spans, value))
                    if id(c) in members and c.complete:
                        # A list gathered from every episode's names: each name is cited,
                        # the list it makes is a reading of them.
                        for n in members[id(c)]:
                            gathered.append((("claimed", ids[c.source],
                                              Located(n.text, n.spans, value)), Reason(
                                R.GATHERED_NAMES, {"name": n.normalized, "value": value})))
                    elif c.curated or c.inferred:
                        curated.append((said, c))
                    else:
                        prov.append(said)
                    sources.append(ids[c.source])
                    if c.record is not None and c.record[1]:
                        records.append({"disagreement_id": i, "record_table": c.record[0],
                                        "record_id": c.record[1]})
        summary = " · ".join(sides)
        rows.append({"id": i, "subject": d.subject, "attribute": d.attribute, "kind": d.kind,
                     "summary": summary, "claimed": json_list([v["value"] for v in values]),
                     "values": json_list(values), "sources": w.sources_of(sources)})
        w.provenance("disagreements", i, prov)
        for said, c in curated:  # a curator, or a reading of ours, filed them there
            w.provenance("disagreements", i, [said], curated=c.curated, inferred=c.inferred)
        for said, why in gathered:
            w.provenance("disagreements", i, [said], inferred=(why,))
        w.index("disagreements", i, sources[0],
                sentence_case(f"{d.subject}, {d.attribute}: {summary}"),
                ["Sources disagree", *(c.stated for g in d.groups for c in g.claims)])
    w.insert("disagreements", rows)
    unique = {tuple(r.values()): r for r in records}
    w.insert("disagreement_records", list(unique.values()))
    _write_claims(w, claims, located, members, ids, side_of)


def _write_claims(w: Writer, claims: list[Claim], located: dict[int, Located],
                  members: dict[int, list[Located]], ids: dict[str, int],
                  side_of: dict[int, int]) -> None:
    """Every claim as a record of its own: what was compared, where it is stated. Not in the
    search index: each says what a fact, an episode or a work already says there (the
    Claims tab's filter reads an index of their own, schema.FILTER_INDEXES)."""
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
            "members": json_list([n.normalized for n in names or []]),
            "source_id": sid, "source": c.source,
            "record_table": c.record[0] if c.record else None,
            "record_id": c.record[1] if c.record and c.record[1] else None,
            "disagreement_id": side_of.get(id(c)), "sources": w.sources_of([sid])})
        w.provenance("claims", i, [("members" if names else "value", sid, n) for n in said],
                     curated=c.curated, inferred=c.inferred)
    w.insert("claims", rows)
