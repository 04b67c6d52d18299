"""The limits every connection to an archive runs under (viewer.archive.connection, issue 30):
a statement stops at the time limit or on Cancel, no value outgrows the length cap, the
schema's functions are not trusted, and what a limit stops reaches the user as one message."""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from viewer.archive import connection
from viewer.archive.connection import MAX_VALUE_BYTES, BoundedConnection, connect_read_only
from viewer.archive.errors import ArchiveError, ArchiveLocked, OpenCancelled
from viewer.archive.store import Archive

ENDLESS = ("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
           "SELECT count(*) FROM r")


def test_a_statement_that_never_ends_is_stopped_at_the_time_limit(archive_path: Path) -> None:
    conn = connect_read_only(archive_path)
    conn.time_limit = 0.3
    started = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="interrupted"):
        conn.execute(ENDLESS).fetchone()
    assert time.monotonic() - started < 2
    assert conn.execute("SELECT 1").fetchone()[0] == 1  # the next statement has its own
    conn.close()


def test_a_deadline_covers_several_statements(archive_path: Path) -> None:
    conn = connect_read_only(archive_path)
    with conn.deadline_in(0.0), pytest.raises(sqlite3.OperationalError, match="interrupted"):
        conn.execute(ENDLESS).fetchone()
    conn.close()


def test_cancel_stops_a_statement_from_another_thread(archive_path: Path) -> None:
    cancel = threading.Event()
    conn = connect_read_only(archive_path, cancelled=cancel.is_set)
    threading.Timer(0.2, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="interrupted"):
        conn.execute(ENDLESS).fetchone()
    assert time.monotonic() - started < 2
    conn.close()


def test_no_value_may_outgrow_the_length_cap(archive_path: Path) -> None:
    conn = connect_read_only(archive_path)
    with pytest.raises(sqlite3.DataError, match="too big"):
        conn.execute("SELECT zeroblob(?)", (MAX_VALUE_BYTES + 1,)).fetchone()
    conn.close()


def test_the_connection_is_read_only_and_distrusts_the_schema(archive_path: Path) -> None:
    conn = connect_read_only(archive_path)
    assert isinstance(conn, BoundedConnection)
    assert conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    assert conn.execute("PRAGMA query_only").fetchone()[0] == 1
    assert conn.execute("PRAGMA hard_heap_limit").fetchone()[0] > 0
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("DELETE FROM meta")
    conn.close()


def test_an_open_that_outlasts_the_limit_says_so(
        archive_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(connection, "PROGRESS_STEPS", 1)
    monkeypatch.setattr(BoundedConnection, "time_limit", 0.0)
    with pytest.raises(ArchiveError, match=r"took longer than .* and was stopped"):
        Archive.open(archive_path)


def test_an_open_cancelled_says_it_was_cancelled(archive_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(connection, "PROGRESS_STEPS", 1)
    with pytest.raises(OpenCancelled):
        Archive.open(archive_path, cancelled=lambda: True)


def test_a_locked_archive_is_in_use_not_damaged(archive_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "somos.sqlite"
    shutil.copy(archive_path, path)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        with pytest.raises(ArchiveLocked, match="in use by another program") as caught:
            Archive.open(path)
        assert "damaged" not in str(caught.value) and str(path) in str(caught.value)
        assert time.monotonic() - started < 3
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    Archive.open(path).close()  # and once the lock is gone, it opens


def test_the_builder_ships_rollback_journal_archives(archive_path: Path) -> None:
    """Header bytes 18 and 19 are 1 for a rollback journal, 2 for WAL: a WAL archive keeps
    committed pages in a -wal file that read-only media cannot serve (issue 30)."""
    header = archive_path.read_bytes()[:100]
    assert (header[18], header[19]) == (1, 1)
    conn = connect_read_only(archive_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_the_start_up_freshness_check_cannot_be_hung_by_the_file(
        archive_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every start reads the default archive's recorded seeds checksum: a recursive view
    named meta hung it before it ever reached the checks on open."""
    from viewer.archive.location import recorded_checksum

    path = tmp_path / "somos.sqlite"
    shutil.copy(archive_path, path)
    writer = sqlite3.connect(path)
    writer.execute("DROP TABLE meta")
    writer.execute("CREATE VIEW meta AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL "
                   "SELECT n + 1 FROM r) SELECT 'k' AS key, n AS value FROM r")
    writer.commit()
    writer.close()
    monkeypatch.setattr(BoundedConnection, "time_limit", 0.3)
    started = time.monotonic()
    assert recorded_checksum(path) is None  # unreadable: the archive counts as stale
    assert time.monotonic() - started < 2
