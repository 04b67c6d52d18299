"""The one way this program reads an archive file: a read-only connection with limits.

An archive may come from anyone (File › Open, ``--archive``), so a connection to it is opened
as one to a hostile file (issue 30), the way Datasette opens databases it does not trust:

* read-only by construction: a ``mode=ro`` URI plus ``PRAGMA query_only``;
* ``PRAGMA trusted_schema = OFF``: views, triggers and generated columns in the file may not
  call functions with side effects;
* every statement under a time limit: a progress handler interrupts a statement that has run
  longer than :attr:`BoundedConnection.time_limit` since it was started, or as soon as the
  caller's ``cancelled()`` says so (File › Open's Cancel);
* no string or blob longer than :data:`MAX_VALUE_BYTES` (``SQLITE_LIMIT_LENGTH``), and
  SQLite's heap capped at :data:`HEAP_LIMIT_BYTES` (``PRAGMA hard_heap_limit``; the cap is
  SQLite's, for the whole process, and only ever lowered).

What such a limit stops surfaces as :class:`sqlite3.OperationalError` ("interrupted"), a
:class:`sqlite3.DataError` ("string or blob too big") or :class:`MemoryError`; the store turns
them into messages (:func:`viewer.archive.store.reading`).
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

#: How long one statement may run. Reading an archive of a million excerpts takes far less
#: for anything the viewer or the CLI asks; a statement that takes longer is stuck on a file
#: built to hang its reader.
QUERY_TIME_LIMIT_S = 4.0
#: The longest string or blob a statement may make. Our largest values are whole documents,
#: far below it; a crafted view or cell above it is refused instead of filling memory.
MAX_VALUE_BYTES = 256 * 1024 * 1024
#: SQLite's own memory, at most (page caches, sorting, the values read).
HEAP_LIMIT_BYTES = 1024 * 1024 * 1024
#: The largest integer SQLite stores (64-bit signed): a record id or a LIMIT above it cannot
#: be bound to a statement at all (Python raises OverflowError), so callers check first.
SQLITE_MAX_INTEGER = 2**63 - 1
#: How many SQLite virtual-machine steps pass between two looks at the clock.
PROGRESS_STEPS = 10_000
#: How long to wait for another program's lock before saying the file is in use.
BUSY_TIMEOUT_S = 1.0

class BoundedConnection(sqlite3.Connection):
    """An sqlite3 connection whose every statement runs under a time limit.

    The clock starts when a statement is executed (``execute``/``executemany``), so the limit
    covers its steps and the reading of its rows; the next statement starts a new one.
    """

    time_limit: float = QUERY_TIME_LIMIT_S

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline = self._ceiling = float("inf")
        self.cancelled: Callable[[], bool] | None = None
        self.set_progress_handler(self._interrupt_if_due, PROGRESS_STEPS)

    def _interrupt_if_due(self) -> int:
        if time.monotonic() > min(self._deadline, self._ceiling):
            return 1
        cancelled = self.cancelled
        return 1 if cancelled is not None and cancelled() else 0

    @contextmanager
    def deadline_in(self, seconds: float) -> Iterator[None]:
        """Statements run inside stop once ``seconds`` have passed since entering, however
        many there are (a search is several)."""
        saved = self._ceiling
        self._ceiling = min(saved, time.monotonic() + seconds)
        try:
            yield
        finally:
            self._ceiling = saved

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        self._deadline = time.monotonic() + self.time_limit
        return super().execute(sql, parameters)

    def executemany(self, sql: str, parameters: Any, /) -> sqlite3.Cursor:
        self._deadline = time.monotonic() + self.time_limit
        return super().executemany(sql, parameters)


def is_interrupted(exc: BaseException) -> bool:
    """Whether an error is a statement stopped by the time limit or a cancel."""
    return isinstance(exc, sqlite3.OperationalError) and "interrupted" in str(exc)


def is_locked(exc: BaseException) -> bool:
    """Whether an error says another connection holds a lock on the file."""
    return isinstance(exc, sqlite3.OperationalError) and (
        "database is locked" in str(exc) or "database table is locked" in str(exc))


def may_write(path: Path) -> bool:
    """Whether this process may write ``path``, asked as the process itself (effective ids
    and capabilities), the way SQLite will find out."""
    return os.access(path, os.W_OK, effective_ids=os.access in os.supports_effective_ids)


def may_read(path: Path) -> bool:
    return os.access(path, os.R_OK, effective_ids=os.access in os.supports_effective_ids)


def connect_read_only(path: Path, *, cancelled: Callable[[], bool] | None = None,
                      check_same_thread: bool = True) -> BoundedConnection:
    """A read-only, bounded connection; ``immutable=1`` where the file sits on a read-only
    medium (nothing else can write it there, and SQLite then creates no lock files)."""
    uri = path.resolve().as_uri() + "?mode=ro"
    if not may_write(path.parent):
        uri += "&immutable=1"
    conn = sqlite3.connect(uri, uri=True, factory=BoundedConnection,
                           timeout=BUSY_TIMEOUT_S, check_same_thread=check_same_thread)
    assert isinstance(conn, BoundedConnection)
    conn.cancelled = cancelled
    try:
        conn.row_factory = sqlite3.Row
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute(f"PRAGMA hard_heap_limit = {HEAP_LIMIT_BYTES}")
        conn.execute("PRAGMA query_only = 1")
    except BaseException:
        conn.close()
        raise
    return conn
