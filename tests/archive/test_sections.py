"""The section a span sits in, where a passage has no section (R3 code review, finding 5):
the schema allows NULL, which is no section, never the text "None"."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from viewer.archive.sections import section_at


def _conn(sections: list[str | None]) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute('CREATE TABLE excerpts (source_id INTEGER, seq INTEGER, section TEXT, '
                 'start INTEGER, "end" INTEGER)')
    conn.execute("CREATE TABLE sources (id INTEGER, text TEXT)")
    conn.execute("INSERT INTO sources VALUES (1, ?)", ("x" * 100,))
    for seq, section in enumerate(sections):
        conn.execute("INSERT INTO excerpts VALUES (1, ?, ?, ?, ?)",
                     (seq, section, seq * 20, seq * 20 + 10))
    return conn


def test_a_passage_with_no_section_names_none() -> None:
    with closing(_conn([None, None])) as conn:
        assert section_at(conn, 1, 2, 5) is None  # inside a passage
        assert section_at(conn, 1, 12, 15) is None  # between two, alike


def test_words_beside_one_passage_with_no_section_name_none() -> None:
    with closing(_conn([None])) as conn:
        assert section_at(conn, 1, 50, 55) is None


def test_words_between_no_section_and_a_section_are_in_one_or_none() -> None:
    with closing(_conn([None, "Cast"])) as conn:
        assert section_at(conn, 1, 12, 15) in (None, "Cast")
    with closing(_conn(["Cast", None])) as conn:
        assert section_at(conn, 1, 12, 15) in (None, "Cast")
