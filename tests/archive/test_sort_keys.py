"""Every text column sorts the same way: accent- and case-blind, quotation marks ignored."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from viewer.archive.schema import SORT_KEY_CHARS, SORT_KEYS, sort_key
from viewer.archive.store import Archive
from viewer.archive.tables import TABLE_SPECS, physical_column


def test_sort_key_folds_accents_case_and_quotes() -> None:
    assert sort_key("Álvaro Curiel") < sort_key("Working")
    assert sort_key("“Somos.” is") == sort_key('"somos." IS') == "somos. is"
    assert sort_key("Érika") < sort_key("Flor")
    assert sort_key(None) == ""
    assert len(sort_key("x" * 500)) == SORT_KEY_CHARS


def test_every_sortable_text_column_sorts_by_a_key(archive: Archive) -> None:
    for spec in TABLE_SPECS.values():
        keyed = SORT_KEYS.get(spec.physical, {})
        shown = {c.key for c in spec.columns}
        for column, sort_column in keyed.items():
            if column in shown:
                assert physical_column(spec.name, column) == sort_column


@pytest.mark.parametrize(("table", "key"), [("excerpts", "text"), ("episodes", "title"),
                                            ("quotes", "text"), ("sources", "title")])
def test_pages_sorted_by_text_follow_the_sort_key(archive: Archive, table: str,
                                                  key: str) -> None:
    records = list(archive.iter_records(table, sort=key))
    keys = [sort_key(getattr(r, key)) for r in records]
    assert keys == sorted(keys)
    if table == "excerpts":
        first = [r for r in records if str(getattr(r, key)).startswith("Á")]
        later = [r for r in records if str(getattr(r, key)).startswith("W")]
        if first and later:
            assert records.index(first[0]) < records.index(later[0])


def test_excerpts_by_text_are_read_through_an_index(archive_path: Path) -> None:
    conn = sqlite3.connect(archive_path)
    plan = " ".join(str(r) for r in conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM excerpts ORDER BY text_sort, id LIMIT 50 OFFSET 10"))
    conn.close()
    assert "TEMP B-TREE" not in plan and "INDEX" in plan
