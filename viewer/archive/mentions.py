"""Every mention of a thing the sources name, once one of them says what it is.

The extractors' readers know a name by the words beside it ("the Netflix blog post", "the DEA
operation", "the film “Museum”"); a seed that names it plainly ("on Netflix", "Ang Lee's
“Brokeback Mountain,”") says no more than its name, and the readers pass it by. Once every
seed is merged, :func:`take_mentions` finds those mentions in every seed's passages by the
names the readers gave things (:func:`~viewer.archive.extract.entities.read_mentions`), and
the acronyms the seeds give in brackets with a name, so each mention is in the thing's
provenance and its seed among its sources.
"""

from __future__ import annotations

from viewer.archive import reasons as R
from viewer.archive.extract.base import EntityRecord, fold
from viewer.archive.merging import Merger, name_key
from viewer.archive.reasons import Reason

#: The kinds of thing whose names :func:`take_mentions` finds wherever they stand: an
#: event's name is a common noun ("the operation"), named again in other words.
_NAMED_KINDS = frozenset({"organisation", "place", "work", "award"})


def take_mentions(m: Merger) -> None:
    """Every further mention of an organisation's, place's, work's or award's names in every
    seed, added to the thing's ``named``. An acronym a seed pairs with a name in brackets
    ("Drug Enforcement Administration (DEA)") is one of its names from then on, read as such
    (inferred, with the pairing); a name two things share, or a person's or a character's,
    names neither here. Titles quoted in a list with a work are works too (:func:`_listed_works`),
    their mentions found in a second round. Run once the other readings are merged
    (:meth:`~viewer.archive.merging.Merger.merge_short_names`)."""
    from viewer.archive.extract.entities import read_acronyms, read_mentions

    owners: dict[str, set[tuple[str, ...]]] = {}
    for key, ent in m.entities.items():
        if ent.kind in _NAMED_KINDS:
            for _sid, e in ent.mentions:
                owners.setdefault(e.name.text, set()).add(key)
    if not owners:
        return
    files = {s.id: s.file for s in m.seeds}
    passages: dict[int, list[tuple[int, int]]] = {}
    taken: dict[int, list[tuple[int, int]]] = {}
    for row in m.excerpts:
        if row.values["kind"] != "heading":
            passages.setdefault(row.values["source_id"], []).append(
                (row.values["start"], row.values["end"]))
    people = {fold(s) for p in m.people.values() for s in p.spellings}
    people.update(m.characters)
    for p in m.people.values():
        for _f, sid, loc in p.prov:
            taken.setdefault(sid, []).extend((s.start, s.end) for s in loc.spans)
    for row in m.characters.values():
        for _f, sid, loc in row.prov:
            taken.setdefault(sid, []).extend((s.start, s.end) for s in loc.spans)
    for ent in m.entities.values():
        for sid, e in ent.mentions:
            if ent.kind != "event":  # "the Allende massacre" names the town too
                taken.setdefault(sid, []).extend((s.start, s.end) for s in e.name.spans)
        for sid, loc in ent.gapped:
            taken.setdefault(sid, []).extend((s.start, s.end) for s in loc.spans)
    acronyms: dict[str, Reason] = {}
    for seed in m.seeds:
        for name, short in read_acronyms(seed.text, passages.get(seed.id, []),
                                         [n for n, k in owners.items()
                                          if next(iter(k))[0] in ("organisation", "place")]):
            if short.text not in owners and short.text not in acronyms:
                acronyms[short.text] = Reason(R.ACRONYM, {
                    "short": short.text, "name": name, "where": files[seed.id]})
                owners[short.text] = set(owners[name])
    swept: set[str] = set()
    for round_ in (1, 2):
        names = [n for n, keys in owners.items()
                 if len(keys) == 1 and fold(n) not in people and n not in swept]
        swept.update(names)
        for seed in m.seeds:
            for name, loc, statement in read_mentions(
                    seed.text, passages.get(seed.id, []), names, taken.get(seed.id, [])):
                m.entities[next(iter(owners[name]))].named.append(
                    (seed.id, loc, statement))
                taken.setdefault(seed.id, []).append((loc.spans[0].start, loc.spans[0].end))
                if name in acronyms:
                    m.status[id(loc)] = ("inferred", (acronyms[name],))
        if round_ == 2:
            break
        for sid, key, record in _listed_works(m, passages, people):
            owners.setdefault(record.name.text, set()).add(key)
            taken.setdefault(sid, []).extend((s.start, s.end) for s in record.name.spans)

def _listed_works(m: Merger, passages: dict[int, list[tuple[int, int]]], people: set[str]
                  ) -> list[tuple[int, tuple[str, ...], EntityRecord]]:
    """Titles listed with a work the sources name ("include: “Lust, Caution,” “Hulk,” … “The
    Ice Storm,” …"; "(“Dance of the 41,” “The House of Flowers” and “Someone Has to Die”)";
    "*Cristiada* (2010), Mexican gangster (2012), …") are works too, read so (inferred): the
    list says they are things of one kind, not what kind. A year in brackets after one dates
    it."""
    from viewer.archive.extract.entities import read_title_lists

    works: set[tuple[int, int, int]] = set()
    #: Works found in a list only by their name (take_mentions' first round), by where.
    only_named: dict[tuple[int, int, int], tuple[str, ...]] = {}
    for key, ent in m.entities.items():
        if ent.kind != "work":
            continue
        for sid, e in ent.mentions:
            works.add((sid, e.name.spans[0].start, e.name.spans[0].end))
        for sid, loc, _statement in ent.named:
            works.add((sid, loc.spans[0].start, loc.spans[0].end))
            only_named[(sid, loc.spans[0].start, loc.spans[0].end)] = key
    added: list[tuple[int, tuple[str, ...], EntityRecord]] = []
    for seed in m.seeds:
        for items, statement in read_title_lists(seed.text, passages.get(seed.id, [])):
            if not any((seed.id, t.spans[0].start, t.spans[0].end) in works for t, _y in items):
                continue
            for title, year in items:
                where = (seed.id, title.spans[0].start, title.spans[0].end)
                if where in only_named:
                    # The work the list is read by is one of its items as much as the others
                    # (named with them, dated by its year), not a passing mention of its name.
                    ent = m.entities[only_named[where]]
                    ent.named = [n for n in ent.named if (n[0], n[1].spans[0].start,
                                                          n[1].spans[0].end) != where]
                    ent.mentions.append((seed.id, EntityRecord("work", title, statement,
                                                               date=year)))
                    continue
                if where in works or fold(title.text) in people:
                    continue
                record = EntityRecord("work", title, statement, date=year,
                                      inferred=R.LISTED_WITH_WORKS)
                m.entity(record, seed.id)
                added.append((seed.id, ("work", name_key(title.text)), record))
    return added
