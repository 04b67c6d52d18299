"""The records whose titles a window composes in its language, looked up once for a search's
hits and a record's links alike (viewer.archive.tables.composed_records)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from viewer.archive.records.kinds import Record
from viewer.archive.store import Archive
from viewer.archive.tables import COMPOSED_TITLES, composed_records


def test_one_lookup_per_composed_table_each_id_once(archive: Archive,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    cast = [r.id for r in archive.page("cast", limit=3).records]
    facts = [r.id for r in archive.page("facts", limit=2).records]
    episode = archive.page("episodes", limit=1).records[0].id
    asked: list[tuple[str, list[int]]] = []
    get_many = Archive.get_many

    def counted(self: Archive, table: str, ids: Sequence[int]) -> list[Record]:
        asked.append((table, list(ids)))
        return get_many(self, table, ids)

    monkeypatch.setattr(Archive, "get_many", counted)
    keys = [("cast", cast[0]), ("episodes", episode), ("facts", facts[1]), ("cast", cast[2]),
            ("cast", cast[0]), ("facts", facts[0])]
    found = composed_records(archive, iter(keys))
    assert sorted(asked) == [("cast", [cast[0], cast[2]]), ("facts", [facts[1], facts[0]])]
    assert set(found) == {("cast", cast[0]), ("cast", cast[2]), ("facts", facts[0]),
                          ("facts", facts[1])}
    assert all(found[(t, i)].id == i for t, i in found)
    assert {t for t, _ in found} <= COMPOSED_TITLES


def test_no_composed_table_asks_nothing(archive: Archive) -> None:
    assert composed_records(archive, [("episodes", 1), ("people", 2)]) == {}
