"""Every record in the archive points at its evidence, and the evidence says what it says.

For every provenance statement (the spans one stated value was read from) two things must hold:
the seed text at those spans really contains the words recorded for it, and the record really
carries the value read from those words.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from pathlib import Path
from typing import Any

from viewer.archive.extract.base import Located, Span, fold, span_supports

#: Fields that hold a person's name: the record shows the person's canonical spelling, so the
#: value read from the seed must be one of that person's recorded spellings.
PERSON_FIELDS = {("credits", "person"), ("quotes", "speaker"), ("episodes", "directors"),
                 ("episodes", "writers"), ("people", "name"), ("entities", "people")}


def _statements(conn: sqlite3.Connection) -> dict[int, list[sqlite3.Row]]:
    groups: dict[int, list[sqlite3.Row]] = defaultdict(list)
    for row in conn.execute("SELECT * FROM provenance ORDER BY statement_id, start"):
        groups[row["statement_id"]].append(row)
    return groups


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return conn


def test_every_span_contains_the_words_recorded_for_it(archive_path: Path) -> None:
    conn = _connect(archive_path)
    texts = {r["id"]: r["text"] for r in conn.execute("SELECT id, text FROM sources")}
    groups = _statements(conn)
    assert len(groups) > 500
    bad = []
    for rows in groups.values():
        located = Located(rows[0]["text"], tuple(Span(r["start"], r["end"]) for r in rows))
        if not span_supports(texts[rows[0]["source_id"]], located):
            bad.append((rows[0]["record_table"], rows[0]["record_id"], rows[0]["field"],
                        rows[0]["text"][:60]))
    assert not bad, bad[:10]


def _person_spellings(conn: sqlite3.Connection) -> dict[str, set[str]]:
    """Canonical name (folded) → every spelling of that person (folded)."""
    out: dict[str, set[str]] = {}
    for row in conn.execute("SELECT name, variants FROM people"):
        out[fold(row["name"])] = {fold(v) for v in json.loads(row["variants"])} | {
            fold(row["name"])}
    return out


def _values(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str) and value.startswith("["):
        return [str(v) for v in json.loads(value)]
    return [str(value)]


def test_every_record_carries_the_value_its_spans_state(archive_path: Path) -> None:
    conn = _connect(archive_path)
    spellings = _person_spellings(conn)
    bad = []
    checked = 0
    for rows in _statements(conn).values():
        first = rows[0]
        table, field = first["record_table"], first["field"]
        record = conn.execute(f"SELECT * FROM {table} WHERE id = ?",
                              (first["record_id"],)).fetchone()
        assert record is not None, (table, first["record_id"])
        stated = fold(first["value"])
        if (table, field) in PERSON_FIELDS:
            names = [fold(v) for v in _values(record[field])]
            ok = any(stated in spellings.get(n, {n}) for n in names)
        elif (table, field) == ("entities", "links"):
            # A thing's link to another is a row of entity_links, cited at the words that
            # tie them: the value is the other thing as that sentence names it.
            ok = any(stated == fold(v) for other in conn.execute(
                "SELECT e.name, e.variants FROM entity_links l JOIN entities e "
                "ON e.id = l.record_id WHERE l.entity_id = ? AND l.record_table = 'entities'",
                (record["id"],)) for v in [other["name"], *_values(other["variants"])])
        elif field in record.keys():  # noqa: SIM118 (sqlite3.Row: "in" tests values, not keys)
            ok = any(fold(v) == stated for v in _values(record[field]))
        else:
            ok = False
        checked += 1
        if not ok:
            bad.append((table, first["record_id"], field, first["value"][:50]))
    assert checked > 500
    assert not bad, bad[:10]


def test_every_record_has_provenance(archive_path: Path) -> None:
    conn = _connect(archive_path)
    for table in ("excerpts", "episodes", "people", "credits", "characters", "storylines",
                  "quotes", "facts"):
        missing = conn.execute(
            f"SELECT count(*) FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM provenance p "
            f"WHERE p.record_table = ? AND p.record_id = t.id)", (table,)).fetchone()[0]
        assert missing == 0, f"{missing} {table} rows without provenance"


def test_every_record_lists_the_seeds_its_provenance_names(archive_path: Path) -> None:
    conn = _connect(archive_path)
    files = {r["id"]: r["file"] for r in conn.execute("SELECT id, file FROM sources")}
    cited: dict[tuple[str, int], set[str]] = defaultdict(set)
    # A credit's family name is its person's, read perhaps from a seed that never states the
    # credit: that seed is the surname's evidence, not one of the credit's sources.
    for row in conn.execute("SELECT record_table, record_id, source_id FROM provenance "
                            "WHERE NOT (record_table = 'credits' AND field = 'surname')"):
        cited[(row[0], row[1])].add(files[row[2]])
    for (table, record_id), seeds in cited.items():
        listed = json.loads(conn.execute(f"SELECT sources FROM {table} WHERE id = ?",
                                         (record_id,)).fetchone()[0])
        assert set(listed) == seeds, (table, record_id)
