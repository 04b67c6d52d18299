"""Events a sentence names without a date, read as the dated events of their kind.

"The operation" of one sentence and "a 2010 U.S. operation" of another are one operation;
"the 's rampage through Allende" is the Allende massacre the sources date, not the San
Fernando massacres of 2010. Moved out of :mod:`viewer.archive.merging` (which runs it through
:func:`merge_undated_events` once every seed is taken) to keep that module within the house's
size; it reads and writes the merger's public state only.
"""

from __future__ import annotations

import re

from viewer.archive import reasons as R
from viewer.archive.extract.base import EntityRecord, fold
from viewer.archive.merging import Entity, Merger
from viewer.archive.reasons import Reason


def merge_undated_events(m: Merger) -> None:
    """An event a sentence names without a date of its own ("the DEA leak", "an operation
    of the U.S. Drug Enforcement Administration") is the event of the same kind the sources
    date, when they date exactly one: "the operation" of one sentence and "a 2010 U.S.
    operation" of another are one operation. With none dated, the undated mentions stay one
    event; with several, a mention whose sentence names exactly one of them by a proper
    name in its name is that one ("the 2011 Allende massacre, depicting the 's rampage
    through Allende", beside "the 2010 San Fernando massacres"), and the others stay
    apart, since the text does not say which one is meant. The text does not say so: each
    merged mention's name and relation are inferred, with the reason (R3 code review,
    finding 4). Run once every seed is taken."""
    undated = [k for k in m.entities if k[0] == "event" and k[2] == ""]
    for key in undated:
        dated = [k for k in m.entities if k[0] == "event" and k[1] == key[1] and k[2]]
        if len(dated) == 1:
            into = m.entities[dated[0]]
            sid, said = next((i, e) for i, e in into.mentions if e.date is not None)
            merged = m.entities.pop(key).mentions
            _read_as(m, merged, into, Reason(R.UNDATED_EVENT, {
                "dated": _dated_words(m, sid, said)}))
        elif dated:
            _merge_named(m, key, dated)


def _merge_named(m: Merger, key: tuple[str, ...], dated: list[tuple[str, ...]]) -> None:
    """Each mention of the undated event ``key`` whose sentence names exactly one of the
    ``dated`` events of its kind by a capitalised word of that one's name."""
    words = {k: {w for _sid, e in m.entities[k].mentions
                 for w in re.findall(r"\b[A-Z][\w'’-]+", e.name.text)} for k in dated}
    kept = []
    for sid, e in m.entities[key].mentions:
        # A sentence's first word is capitalised whatever it is ("The", "Principal"): it
        # names nothing.
        said = set(re.findall(r"\b[A-Z][\w'’-]+", e.statement.text)) - set(
            re.findall(r"^\W*([A-Z][\w'’-]+)", e.statement.text))
        named = [k for k in dated if words[k] & said]
        if len(named) != 1:
            kept.append((sid, e))
            continue
        into = m.entities[named[0]]
        word = sorted(words[named[0]] & said)[0]
        # The words quoted are a dated mention's whose name holds the word the reason gives
        # ("“2011 tragedy”, by the word “Allende”" quoted a name without it: R6 review).
        dsid, dsaid = next(((i, d) for i, d in into.mentions
                            if d.date is not None and word in d.name.text),
                           next((i, d) for i, d in into.mentions if d.date is not None))
        _read_as(m, [(sid, e)], into, Reason(R.UNDATED_EVENT_NAMED, {
            "dated": _dated_words(m, dsid, dsaid), "word": word}))
    if kept:
        m.entities[key].mentions = kept
    else:
        del m.entities[key]


def _read_as(m: Merger, merged: list[tuple[int, EntityRecord]], into: Entity,
             why: Reason) -> None:
    """``merged`` mentions of an undated event read as ``into``, each name and relation
    inferred with ``why``."""
    for _sid, ent in merged:
        for loc in (ent.name, ent.relation):
            if loc is None:
                continue
            own: tuple[Reason, ...] = ()
            if loc is ent.relation and fold(loc.normalized) not in fold(loc.text):
                own = (Reason(R.RELATION_WORDS, {"text": loc.text,
                                                 "reading": loc.normalized}),)
            old = m.status.get(id(loc))
            if old is not None and not isinstance(old[1], str):
                own = (*old[1], *own)
            m.status[id(loc)] = ("inferred", (*own, why))
    into.mentions += merged


def _dated_words(m: Merger, sid: int, event: EntityRecord) -> str:
    """The words that name an event and its date ("a 2010 U.S. operation"), where they
    stand close together; else the name and the date."""
    assert event.date is not None
    text = next(s.text for s in m.seeds if s.id == sid)
    spans = [*event.name.spans, *event.date.spans]
    start, end = min(s.start for s in spans), max(s.end for s in spans)
    if end - start <= 60 and "\n" not in text[start:end]:
        return " ".join(text[start:end].split())
    return f"{event.name.text}, {event.date.text}"
