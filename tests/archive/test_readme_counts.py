"""The README's table of row counts is the archive built from the bundled seeds: a change to
the extractors that adds or drops records must say so there too."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def _stated() -> dict[str, str]:
    """Each row of the README's table: the first table named in it → its count column."""
    rows = {}
    for line in README.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\| `(?P<table>\w+)`.*\| (?P<count>[\d,+ ]+) \|$", line)
        if m is not None:
            rows[m.group("table")] = m.group("count")
    return rows


def test_the_readme_counts_the_archives_rows(archive_path: Path) -> None:
    conn = sqlite3.connect(f"file:{archive_path}?mode=ro", uri=True)

    def count(sql: str) -> str:
        return f"{conn.execute(sql).fetchone()[0]:,}"

    def by(table: str, column: str, values: tuple[str, ...], sep: str) -> str:
        return sep.join(count(f"SELECT count(*) FROM {table} WHERE {column} = '{v}'")
                        for v in values)

    actual = {table: count(f"SELECT count(*) FROM {table}") for table in (
        "sources", "excerpts", "episodes", "people", "quotes", "quote_links", "facts",
        "entity_links",
        "claims", "disagreements", "provenance", "search_index")}
    actual["credits"] = by("credits", "category", ("cast", "crew"), " + ")
    actual["characters"] = (count("SELECT count(*) FROM characters") + ", "
                            + count("SELECT count(*) FROM storylines"))
    actual["entities"] = by("entities", "kind",
                            ("organisation", "place", "event", "work", "award"), " + ")
    actual["claims_fts"] = actual["claims"]
    conn.close()
    assert _stated() == actual


def test_the_readme_names_the_archives_schema_version(archive_path: Path) -> None:
    """The README said "currently 8" while the archive was at 9, 10, then 11 in one day."""
    from viewer.archive.schema import SCHEMA_VERSION

    conn = sqlite3.connect(f"file:{archive_path}?mode=ro", uri=True)
    built = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.close()
    stated = re.search(r"`PRAGMA user_version` \(currently (\d+)\)",
                       README.read_text(encoding="utf-8"))
    assert stated is not None and int(stated.group(1)) == built == SCHEMA_VERSION
