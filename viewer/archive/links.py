"""Which records a record links to, for the detail pane: one list of rules per table.

A rule names the table of the linked records, how the pane calls them, and how to find them:
the ids an SQL statement selects for the record, or the passages whose text names it (a full-
text search for one of its names). :meth:`viewer.archive.store.Archive.related` applies the
rules of a record's table in order. A new kind of record is one entry in :data:`RULES`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from viewer.archive.tables import ENTITY_KINDS


@dataclass(frozen=True, slots=True)
class LinkRule:
    """Records of ``target`` linked by ``relation``.

    Found by ``sql`` with ``params(record)``, or, with ``mentions``, as the records of
    ``target`` whose text names the record by its attribute ``mentions`` (a name, or each
    of a list of names). ``target_of`` reads the target table from the record instead (a
    claim links to whichever record states it). ``when`` skips the rule for a record it
    does not fit; ``by_source`` labels each link with its document, where the links would
    otherwise share one title; ``first`` puts the links before all others.
    """

    target: str
    relation: str
    sql: str = ""
    params: Callable[[Any], tuple[Any, ...]] = lambda r: (r.id,)
    mentions: str | None = None
    target_of: Callable[[Any], str | None] | None = None
    when: Callable[[Any], bool] | None = None
    by_source: bool = False
    first: bool = False


def _id_and(value: Any) -> Callable[[Any], tuple[Any, ...]]:
    return lambda r: (r.id, value)


def _and_id(value: Any) -> Callable[[Any], tuple[Any, ...]]:
    return lambda r: (value, r.id)


def _entities_named_with(table: str) -> tuple[LinkRule, ...]:
    """Each kind of entity linked to a record of ``table`` (people or entities)."""
    join, me = (("l.entity_id", "l.record_id") if table == "people"
                else ("l.record_id", "l.entity_id"))
    return tuple(
        LinkRule(other, kind if table == "people" else other,
                 f"SELECT {join} FROM entity_links l JOIN entities e ON e.id = {join} "
                 f"WHERE l.record_table = '{'people' if table == 'people' else 'entities'}' "
                 f"AND {me} = ? AND e.kind = ? ORDER BY {join}",
                 _id_and(kind))
        for other, (kind, _name) in ENTITY_KINDS.items())


def _disagreed(table: str) -> LinkRule:
    """Where the sources disagree about what a record of ``table`` states: said first."""
    return LinkRule("disagreements", "Sources disagree",
                    "SELECT disagreement_id FROM disagreement_records WHERE record_table = ? "
                    "AND record_id = ? ORDER BY disagreement_id",
                    _and_id(table), first=True)


_CREDIT = (
    LinkRule("people", "person", "SELECT ?", lambda r: (r.person_id,)),
    LinkRule("quotes", "quote", "SELECT id FROM quotes WHERE person_id = ?",
             lambda r: (r.person_id,)),
)

_ENTITY = (
    *_entities_named_with("entities"),
    LinkRule("people", "people", "SELECT record_id FROM entity_links WHERE entity_id = ? "
                                 "AND record_table = 'people' ORDER BY record_id"),
    LinkRule("quotes", "quote", mentions="name"),
    LinkRule("excerpts", "mention", mentions="name"),
)

RULES: dict[str, tuple[LinkRule, ...]] = {
    "cast": (
        _CREDIT[0],
        LinkRule("characters", "character", "SELECT ?", lambda r: (r.character_id,),
                 when=lambda r: r.character_id is not None),
        LinkRule("storylines", "storyline",
                 "SELECT storyline_id FROM storyline_characters WHERE character_id = ?",
                 lambda r: (r.character_id,), when=lambda r: r.character_id is not None),
        _CREDIT[1],
    ),
    "crew": (
        _disagreed("credits"),  # a role the sources state differently
        _CREDIT[0],
        LinkRule("episodes", "episode",
                 "SELECT e.id FROM episodes e, json_each(?) n WHERE e.number = n.value "
                 "ORDER BY e.number, e.id", lambda r: (json.dumps(list(r.episodes)),)),
        _CREDIT[1],
    ),
    "people": (
        LinkRule("cast", "cast credit",
                 "SELECT id FROM credits WHERE person_id = ? AND category = 'cast'"),
        LinkRule("crew", "crew credit",
                 "SELECT id FROM credits WHERE person_id = ? AND category = 'crew'"),
        LinkRule("quotes", "quote", "SELECT id FROM quotes WHERE person_id = ?"),
        *_entities_named_with("people"),
        # The documents a person wrote: a source's author (its byline) is a person too.
        LinkRule("sources", "author of",
                 "SELECT id FROM sources WHERE author = ? ORDER BY id", lambda r: (r.name,)),
        LinkRule("excerpts", "mention", mentions="variants"),
    ),
    "episodes": (
        LinkRule("crew", "credit",
                 "SELECT c.id FROM credits c, json_each(c.episodes) e "
                 "WHERE c.category = 'crew' AND e.value = ? ORDER BY c.role, c.person",
                 lambda r: (r.number,)),
    ),
    "characters": (
        LinkRule("cast", "played by", "SELECT id FROM credits WHERE character_id = ?"),
        LinkRule("storylines", "storyline",
                 "SELECT storyline_id FROM storyline_characters WHERE character_id = ?"),
        LinkRule("excerpts", "mention", mentions="name"),
    ),
    "storylines": (
        LinkRule("characters", "character",
                 "SELECT character_id FROM storyline_characters WHERE storyline_id = ?"),
        LinkRule("cast", "cast",
                 "SELECT c.id FROM credits c JOIN storyline_characters s "
                 "ON s.character_id = c.character_id WHERE s.storyline_id = ? ORDER BY c.id"),
    ),
    "quotes": (
        _disagreed("quotes"),  # a remark another source quotes in other words
        LinkRule("people", "speaker", "SELECT ?", lambda r: (r.person_id,),
                 when=lambda r: r.person_id is not None),
        LinkRule("quotes", "same words quoted again",
                 "SELECT other_id FROM quote_links WHERE quote_id = ? ORDER BY other_id"),
    ),
    "facts": (
        _disagreed("facts"),
        LinkRule("facts", "same fact elsewhere",
                 "SELECT id FROM facts WHERE topic = ? AND id != ? ORDER BY source_id, id",
                 lambda r: (r.topic, r.id), by_source=True),
    ),
    "excerpts": (
        LinkRule("sources", "document", "SELECT ?", lambda r: (r.source_id,)),
    ),
    "sources": (
        LinkRule("people", "author", "SELECT id FROM people WHERE name = ? ORDER BY id",
                 lambda r: (r.author,), when=lambda r: r.author is not None),
    ),
    "claims": (
        LinkRule("disagreements", "Sources disagree", "SELECT ?",
                 lambda r: (r.disagreement_id,), when=lambda r: r.disagreement_id is not None),
        LinkRule("", "stated in", "SELECT ?", lambda r: (r.record_id,),
                 target_of=lambda r: r.record_table, when=lambda r: r.record_id is not None),
        LinkRule("claims", "other claims",
                 "SELECT id FROM claims WHERE subject = ? AND attribute = ? AND id != ? "
                 "ORDER BY id", lambda r: (r.subject, r.attribute, r.id), by_source=True),
    ),
    "disagreements": (
        LinkRule("claims", "claims",
                 "SELECT id FROM claims WHERE disagreement_id = ? ORDER BY id"),
        *(LinkRule(other, other, "SELECT record_id FROM disagreement_records "
                                 "WHERE disagreement_id = ? AND record_table = ? "
                                 "ORDER BY record_id", _id_and(other))
          for other in ("facts", "works", "quotes")),
        LinkRule("crew", "crew", "SELECT record_id FROM disagreement_records "
                                 "WHERE disagreement_id = ? AND record_table = ? "
                                 "ORDER BY record_id", _id_and("credits")),
    ),
    **{table: (*((_disagreed(table),) if table == "works" else ()), *_ENTITY)
       for table in ENTITY_KINDS},
}
