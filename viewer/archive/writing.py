"""The merged records written as the archive's rows: every table, its provenance, the search
index's rows, the claims and the disagreements between sources. The entities table has a
module of its own, :mod:`viewer.archive.entity_writing`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from viewer import __version__
from viewer.archive import reasons as R
from viewer.archive.claim_writing import write_claims
from viewer.archive.entity_writing import write_entities
from viewer.archive.extract.base import Located, Span, fold
from viewer.archive.extract.surnames import Named, Surname, read_surnames, surname_sort_key
from viewer.archive.mentions import take_mentions
from viewer.archive.merging import Merger, Person, Prov
from viewer.archive.reasons import Reason
from viewer.archive.repeats import SAME_WORDS, QuoteWords, repeated
from viewer.archive.roles import SOURCE_AUTHOR, names_role
from viewer.archive.schema import (
    ROW_COUNTS_KEY,
    SCHEMA_VERSION,
    SEARCH_TABLE,
    SORT_KEYS,
    TABLES,
    VALUE_COLUMNS,
    json_list,
    quote_identifier,
    sort_key,
)
from viewer.archive.seeds import SeedInfo
from viewer.archive.undated_events import merge_undated_events
from viewer.archive.value_order import value_kind, value_sort_key

if TYPE_CHECKING:
    import sqlite_utils



#: What follows a name that names a family, not one person ("the Linares family").
_FAMILY = re.compile(r"[ \u00a0]+(?:family|families|clan)\b")
_THE = re.compile(r"\b[Tt]he[ \u00a0]+$")

#: Fields whose value names a person or character, as read from a mention of them.
NAME_FIELDS = frozenset({("people", "name"), ("quotes", "speaker"), ("credits", "person"),
                         ("storylines", "characters"), ("episodes", "directors"),
                         ("episodes", "writers"), ("characters", "name"),
                         ("credits", "character")})


class Writer:
    def __init__(self, db: sqlite_utils.Database, seeds: list[SeedInfo],
                 status: dict[int, tuple[str, str | tuple[Reason, ...]]] | None = None,
                 spanish: dict[str, str] | None = None) -> None:
        self.db = db
        # The merger's own dict, even while empty: readings added to it later (family names)
        # must reach the provenance written here.
        self.status = status if status is not None else {}
        # A curated reason's Spanish (corrections.toml's ``reason_es``), by its English.
        self.spanish = dict(spanish or {})
        self.files = {s.id: s.file for s in seeds}
        self.texts = {s.id: s.text for s in seeds}
        self.prov_rows: list[dict[str, Any]] = []
        self.statements = 0
        self.search_rows: list[dict[str, Any]] = []

    def sources_of(self, row_sources: Iterable[int]) -> str:
        return json_list([self.files[s] for s in sorted(set(row_sources))])

    def provenance(self, table: str, record_id: int, prov: Prov, curated: str = "",
                   inferred: tuple[Reason, ...] = ()) -> None:
        """``prov`` as rows, each with its status; ``curated``: a curator's reason for every
        one (seeds/corrections.toml filed them there); ``inferred``: the builder's reasons
        for reading every one as it is read."""
        seen: set[tuple[str, int, tuple[tuple[int, int], ...]]] = set()
        for field_name, sid, loc in prov:
            key = (field_name, sid, tuple((s.start, s.end) for s in loc.spans))
            if key in seen:
                continue
            seen.add(key)
            self.statements += 1
            status, why = ("curated", curated) if curated else (
                ("inferred", inferred) if inferred else self.status.get(id(loc), ("stated", ())))
            if status == "stated" and (table, field_name) in NAME_FIELDS \
                    and fold(loc.normalized) not in fold(loc.text):
                # "Schamus" filed as James Schamus, "Linares" as Isidro Linares: a reading of
                # part of a name, which the source does not spell out there. "The Linares
                # family" names a family: the reason says so (R2 audit item 7).
                family = _FAMILY.match(self.texts[sid], loc.spans[-1].end)
                the = _THE.search(self.texts[sid], max(0, loc.spans[0].start - 5),
                                  loc.spans[0].start)
                status, why = "inferred", ((Reason(R.FAMILY_NAMED, {
                    "family": f"{the.group() if the else ''}{loc.text}{family.group()}",
                    "name": loc.normalized}),)
                    if family is not None else (Reason(R.PART_OF_A_NAME, {
                        "text": loc.text, "name": loc.normalized}),))
            elif status == "stated" and (table, field_name) == ("credits", "role") \
                    and fold(loc.normalized) not in fold(loc.text) \
                    and not names_role(loc.text, loc.normalized):
                # "Directed by" states the role Director, "Supporting Ensemble" Actor: words
                # roles.py lists for the role are the source stating it, and the canonical
                # name is only how the archive files it. Other words do not name the role:
                # "journalist" is filed as the author of the reporting the series draws on.
                status, why = "inferred", (Reason(
                    R.ROLE_OF_THE_SOURCE_AUTHOR if loc.normalized == SOURCE_AUTHOR
                    else R.ROLE_NOT_NAMED, {"text": loc.text}),)
            elif status == "stated" and (table, field_name) == ("entities", "relations") \
                    and fold(loc.normalized) not in fold(loc.text):
                status, why = "inferred", (Reason(R.RELATION_WORDS, {
                    "text": loc.text, "reading": loc.normalized}),)
            # A reason is kept as its English sentence and as its messages too, so a reader
            # says it in the user's language (viewer.archive.reasons): a curator's in the
            # curators' words, English and Spanish.
            if isinstance(why, str):
                why = (R.curators(why, self.spanish.get(why)),) if why else ()
            reason = R.say(why) or None
            parts = R.to_json(why) if why else None
            for span in loc.spans:
                self.prov_rows.append({
                    "record_table": table, "record_id": record_id, "field": field_name,
                    "statement_id": self.statements, "source_id": sid, "start": span.start,
                    "end": span.end, "text": loc.text, "value": loc.normalized,
                    "status": status, "reason": reason, "reason_parts": parts})

    def index(self, table: str, record_id: int, source_id: int | None, title: str,
              body: Iterable[str | None], heading: str = "", *,
              source_count: int | None = None, names: Iterable[str] = (),
              label: str = "") -> None:
        """One row of the search index for record ``record_id`` of tab ``table`` (its
        physical table is written beside it, for readers of the file). ``title`` is the
        record's own name; a passage has none, only a ``heading`` shared by its section,
        which the search weighs far less (:data:`~viewer.archive.schema.SEARCH_COLUMNS`).
        ``source_count``, the search's tie-breaker, is the record's number of sources unless
        given (:func:`~viewer.archive.schema.link_search_rows`). ``names`` are the people the
        record is made of, searched like its title; ``label`` what the results' Record
        column says instead of the title, when the title does not tell records apart."""
        self.search_rows.append({
            "record_table": _physical_of(table), "tab": table, "record_id": record_id,
            "source_id": source_id, "title": title, "heading": heading,
            "body": "\n".join(b for b in body if b), "names": "\n".join(names),
            "label": label, "source_count": source_count})

    def insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        """One prepared INSERT for all rows. (sqlite-utils' ``insert_all`` inspects every value
        of every row, which took half the time of a million-excerpt build.)"""
        if not rows:
            return
        columns = list(TABLES[table])
        for column, sort_column in SORT_KEYS.get(table, {}).items():
            if (table, column) in VALUE_COLUMNS:  # by what the value is, not by its text
                for row in rows:
                    row[sort_column] = value_sort_key(row.get(column), value_kind(table, row))
                continue
            for row in rows:
                row[sort_column] = sort_key(row.get(column))
        unknown = set(rows[0]) - set(columns)
        if unknown:
            raise ValueError(f"table {table} has no columns {', '.join(sorted(unknown))}")
        names = ", ".join(quote_identifier(c) for c in columns)
        marks = ", ".join("?" * len(columns))
        self.db.conn.executemany(f"INSERT INTO {quote_identifier(table)} ({names}) "
                                 f"VALUES ({marks})",
                                 ([row.get(c) for c in columns] for row in rows))

    def flush(self) -> None:
        for i, row in enumerate(self.prov_rows, start=1):
            row["id"] = i
        self.insert("provenance", self.prov_rows)
        for i, row in enumerate(self.search_rows, start=1):
            row["id"] = i
        self.insert(SEARCH_TABLE, self.search_rows)


#: How much of a quote its search label shows: enough words to tell a speaker's quotes apart.
OPENING_CHARS = 40


def opening_words(text: str, limit: int = OPENING_CHARS) -> str:
    """The first words of ``text``, whole, within ``limit`` characters, "…" when cut (a
    quote's search label: "Mariana Chenillo: “The pandemic froze time, and we had to…”")."""
    words = " ".join(text.split()).strip(" \"“”'‘’")
    if len(words) <= limit:
        return words
    cut = words[:limit + 1].rsplit(" ", 1)[0] if " " in words[:limit + 1] else words[:limit]
    return cut.rstrip(" ,;:—–-") + "…"


def _add_correction(m: Merger, loc: Located, reason: str) -> None:
    """Mark a reading "curated", citing ``reason`` of corrections.toml. A reading that has a
    reason of its own ("his brother Omar" read with his brother's family name) keeps it: the
    reading, then the correction (R3 code review, finding 3)."""
    old = m.status.get(id(loc))
    if old is None or not old[1] or old[1] == reason:
        m.status[id(loc)] = ("curated", reason)
        return
    spanish = m.curated.spanish
    before = ((Reason(R.CURATED, {"reason": R.curators(old[1], spanish.get(old[1]))}),)
              if isinstance(old[1], str) else old[1])
    m.status[id(loc)] = ("curated", (*before, Reason(R.CURATED, {
        "reason": R.curators(reason, spanish.get(reason))})))


def _surnames(m: Merger, seeds: list[SeedInfo], people: list[Person]) -> dict[str, Surname]:
    """Each person's family name by key, read across every seed (names that are a
    character's or a thing's are no one's family name); inferred readings say so."""
    taken = [row.values["name"] for row in m.characters.values()]
    taken += [e.name.text for ent in m.entities.values() for _sid, e in ent.mentions]
    named = [Named(p.key, p.name, tuple(p.spellings), tuple((sid, loc) for _f, sid, loc in p.prov))
             for p in people]
    found = read_surnames(named, {s.id: s.text for s in seeds}, taken)
    for reading in found.values():
        if reading.status != "stated":
            m.status[id(reading.located)] = (reading.status, reading.reasons)
    return found


def _inferred_credit(rows: list[dict[str, Any]]) -> tuple[str | None, str | None]:
    """Why a credit is inferred, from its provenance rows, as (reason, reason_parts): the
    first reason of its role or person where no span of that field states it; (None, None)
    where both are stated (or curated: a curator filed a spelling, the words state it)."""
    for field_name in ("role", "person"):
        spans = [r for r in rows if r["field"] == field_name]
        if spans and all(r["status"] == "inferred" for r in spans):
            return spans[0]["reason"], spans[0]["reason_parts"]
    return None, None


def write_archive(db: sqlite_utils.Database, seeds: list[SeedInfo], m: Merger,
                  checksum: str, extra_meta: dict[str, str] | None = None) -> None:
    """Write the merged records. Ids follow the seeds' order, so builds are reproducible."""
    w = Writer(db, seeds, m.status, m.curated.spanish)
    first_source = {s.id: s.id for s in seeds}

    w.insert("sources", [{
        "id": s.id, "file": s.file, "title": s.title, "site": s.site, "kind": s.kind,
        "language": s.language, "date": s.date, "author": s.author,
        "citation_type": s.citation_type, "curated": json_list(list(s.curated)),
        "sha256": s.sha256, "char_count": len(s.text), "text": s.text,
        "sources": json_list([s.file])} for s in seeds])
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
        # A spelling filed with this person only because corrections.toml says so, or
        # because it differs from the name shown only in accents or capitals ("Víctor" for
        # "Victor"), which corrections.toml's [accents_and_case] gives the reason for.
        for _field, _sid, loc in p.prov:
            said = fold(loc.normalized)
            if said != fold(p.name) and said in m.curated.reasons:
                _add_correction(m, loc, m.curated.reasons[said])
            elif loc.normalized != p.name and said == fold(p.name) and m.curated.folded_reason:
                _add_correction(m, loc, m.curated.folded_reason)
    surnames = _surnames(m, seeds, people)
    characters = list(m.characters.items())
    char_ids = {key: i for i, (key, _row) in enumerate(characters, start=1)}

    # Credits: cast first, then crew, each in order of first statement.
    credit_rows: list[dict[str, Any]] = []
    cast_of_char: dict[str, list[str]] = {}
    roles_as_stated: dict[str, list[str]] = {}
    inferred_roles: dict[str, dict[str, list[bool]]] = {}  # person → role → each credit's
    ordered = sorted(m.credits.values(), key=lambda r: r.values["category"] != "cast")
    for i, row in enumerate(ordered, start=1):
        v = row.values
        person = by_key[v["person_key"]]
        char_key = v["character_key"]
        char_name = characters[char_ids[char_key] - 1][1].values["name"] if char_key else None
        if char_key:
            cast_of_char.setdefault(char_key, []).append(person.name)
        surname = surnames.get(person.key)
        credit_rows.append({
            "id": i, "category": v["category"], "person_id": person.id, "person": person.name,
            "person_sort": sort_key(person.name),
            "surname": surname.value if surname else None,
            "surname_sort": surname_sort_key(person.name, surname),
            "role": v["role"], "role_as_stated": " / ".join(v["as_stated"]),
            "character_id": char_ids.get(char_key) if char_key else None,
            "character": char_name, "character_sort": sort_key(char_name) if char_name else None,
            "professional": None if v["professional"] is None else int(v["professional"]),
            "episodes": json_list(sorted(v["episodes"])),
            # The seeds that state the credit. The family name is the person's, read perhaps
            # from a seed that never states this credit: its seed is named by the surname's
            # own provenance row only, never counted as a source of the credit.
            "sources": w.sources_of(row.sources)})
        written = len(w.prov_rows)
        w.provenance("credits", i, row.prov)
        reason = _inferred_credit(w.prov_rows[written:])
        credit_rows[-1]["inferred"], credit_rows[-1]["inferred_parts"] = reason
        inferred_roles.setdefault(person.key, {}).setdefault(v["role"], []).append(
            reason[0] is not None)
        if surname is not None:
            w.provenance("credits", i, [("surname", surname.source_id, surname.located)])
        roles_as_stated.setdefault(person.key, []).extend(v["as_stated"])
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
            "actors": json_list(cast_of_char.get(key, [])),
            "storylines": json_list(storylines_of_char.get(key, [])),
            "description": row.values["description"],
            "descriptions": json_list(row.values.get("descriptions", [])),
            "sources": w.sources_of(row.sources)})
        w.provenance("characters", cid, row.prov)
        w.index("characters", cid, row.sources[0], row.values["name"],
                [*row.values.get("descriptions", []), *cast_of_char.get(key, [])])
    w.insert("characters", char_rows)

    person_rows = []
    for p in people:
        surname = surnames.get(p.key)
        note = p.spelling_note
        # The family name is a field of the person: the seed it is read from names them.
        sources = sorted({sid for _f, sid, _l in p.prov}
                         | ({surname.source_id} if surname else set()))
        person_rows.append({
            "id": p.id, "name": p.name, "sort_name": sort_key(p.name),
            "surname": surname.value if surname else None,
            "surname_sort": surname_sort_key(p.name, surname),
            "variants": json_list(p.spellings), "roles": json_list(p.roles),
            "sources": w.sources_of(sources),
            "spelling_note": R.say([note]) if note else None,
            "spelling_note_parts": R.to_json([note]) if note else None,
            # Roles no credit states, only inferred ones give: shown marked as inferred.
            "inferred_roles": json_list([role for role, inferred in
                                         inferred_roles.get(p.key, {}).items()
                                         if all(inferred)])})
        w.provenance("people", p.id, p.prov)
        if surname is not None:
            w.provenance("people", p.id, [("surname", surname.source_id, surname.located)])
        w.index("people", p.id, sources[0] if sources else None, p.name,
                [*(s for s in p.spellings if s != p.name), ", ".join(p.roles),
                 _stated_roles(p.roles, roles_as_stated.get(p.key, []))])
    w.insert("people", person_rows)
    w.insert("credits", credit_rows)

    st_rows = []
    for idx, row in enumerate(m.storylines, start=1):
        names = [characters[char_ids[k] - 1][1].values["name"]
                 for k in story_chars.get(idx - 1, [])]
        st_rows.append({"id": idx, "seq": row.values["seq"], "title": row.values["title"],
                        "characters": json_list(names), "summary": row.values["summary"],
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
                        "directors": json_list(directors), "writers": json_list(writers),
                        "release_date": v["release_date"], "runtime_minutes": v["runtime_minutes"],
                        "synopsis": v["synopsis"], "sources": w.sources_of(row.sources)})
        w.provenance("episodes", i, row.prov)
        w.index("episodes", i, row.sources[0], f"{number}. {v['title'] or ''}".strip(),
                [v["synopsis"]], names=[*directors, *writers])
    w.insert("episodes", ep_rows)

    quote_rows = []
    # Each quote's words as the seed gives them, to find a quote stated twice (repeats.py).
    texts = {seed.id: seed.text for seed in m.seeds}
    quoted: list[QuoteWords] = []
    for i, row in enumerate(m.quotes, start=1):
        v = row.values
        person = by_key[v["person_key"]]
        quote_rows.append({"id": i, "person_id": person.id, "speaker": person.name,
                           "role": v["role"], "character": v["character"], "text": v["text"],
                           "sources": w.sources_of(row.sources)})
        w.provenance("quotes", i, row.prov)
        label = f"{person.name} ({v['role']})" if v["role"] else person.name
        # Two quotes of one speaker share that title: the results' Record column says the
        # speaker and the quote's first words (the role is in the title the Match column
        # shows when the name matched, and narrow columns cut the words after it).
        w.index("quotes", i, row.sources[0], label, [v["text"], v["character"]],
                label=f"{person.name}: “{opening_words(v['text'])}”")
        quoted.append(QuoteWords(i, v["person_key"], tuple(
            texts[sid][sp.start:sp.end] for field, sid, loc in row.prov if field == "text"
            for sp in loc.spans)))
    w.insert("quotes", quote_rows)
    w.insert("quote_links", [{"quote_id": a, "other_id": b, "relation": SAME_WORDS}
                             for a, b in repeated(quoted)])

    fact_rows = []
    for i, row in enumerate(m.facts, start=1):
        v = row.values
        fact_rows.append({"id": i, **v, "sources": w.sources_of(row.sources)})
        w.provenance("facts", i, row.prov)
        w.index("facts", i, v["source_id"], f"{v['label']}: {v['value']}",
                [v["stated"], v["statement"]])
    w.insert("facts", fact_rows)

    m.merge_short_names()
    merge_undated_events(m)
    m.tie_gapped_titles()
    take_mentions(m)
    write_entities(w, m, people)

    write_claims(w, m, seeds)

    ex_rows = []
    for i, row in enumerate(m.excerpts, start=1):
        ex_rows.append({"id": i, **row.values, "sources": w.sources_of(row.sources)})
        w.provenance("excerpts", i, row.prov)
        w.index("excerpts", i, row.values["source_id"], "", [row.values["text"]],
                heading=row.values["section"])
    w.insert("excerpts", ex_rows)
    del first_source

    w.flush()
    w.insert("meta", [
        {"key": "schema_version", "value": str(SCHEMA_VERSION)},
        {"key": ROW_COUNTS_KEY, "value": json.dumps(_row_counts(db), sort_keys=True)},
        {"key": "builder_version", "value": __version__},
        {"key": "seeds_sha256", "value": checksum},
        {"key": "sources", "value": json_list([s.file for s in seeds])},
        *({"key": k, "value": v} for k, v in (extra_meta or {}).items()),
    ])


def _row_counts(db: sqlite_utils.Database) -> dict[str, int]:
    """Each logical table's rows, for a view's scroll bar (see ``ROW_COUNTS_KEY``)."""
    from viewer.archive.tables import TABLE_SPECS

    return {spec.name: int(db.execute(
        f"SELECT count(*) FROM {quote_identifier(spec.physical)}"
        + (f" WHERE {spec.where}" if spec.where else "")).fetchone()[0])
        for spec in TABLE_SPECS.values()}


def _stated_roles(roles: list[str], as_stated: list[str]) -> str:
    """A person's credits' roles in the sources' own words ("Teleplay by / Screenplay"), each
    once and none that only repeats a filed role or its plural: a person is then found by what
    the sources call their work ("who wrote the screenplay"), not only by the role it is filed
    under. Every phrase is a credit's ``role_as_stated``, whose spans its provenance holds."""
    said = {fold(role) for role in roles}
    kept: list[str] = []
    for phrase in as_stated:
        key = fold(phrase)
        if key not in said and not (key.endswith("s") and key[:-1] in said):
            said.add(key)
            kept.append(phrase)
    return " / ".join(kept)


def _physical_of(tab: str) -> str:
    from viewer.archive.tables import TABLE_SPECS

    return TABLE_SPECS[tab].physical


def tabs_by_physical() -> dict[str, tuple[str, ...]]:
    from viewer.archive.tables import TABLE_SPECS

    tabs: dict[str, tuple[str, ...]] = {}
    for spec in TABLE_SPECS.values():
        tabs[spec.physical] = (*tabs.get(spec.physical, ()), spec.name)
    return tabs
