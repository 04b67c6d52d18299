"""Is this file an archive this code may read? Checked on open, before anything is shown.

Split from :mod:`viewer.archive.store` because the checks grew with issue 30 (hostile files):
a file may name its views, virtual tables or generated columns after the tables of the
contract and pass a check of names and columns alone, then run them on every read. So every
table of :data:`~viewer.archive.schema.TABLES` must be an ordinary table with its columns and
no generated ones, the full-text index an FTS5 table over ``search_index`` with real shadow
tables (and so each table's own index for its filter, which keeps its own content:
:data:`~viewer.archive.schema.FILTER_INDEXES`), and the file must be a rollback-journal
database whose pages are all there.

Errors here are the user's (:class:`~viewer.archive.errors.ArchiveError`, with a message);
:func:`describe_failure` turns what SQLite raises while reading into one as well.
"""

from __future__ import annotations

import functools
import os
import re
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from viewer.archive.connection import (
    QUERY_TIME_LIMIT_S,
    BoundedConnection,
    is_interrupted,
    is_locked,
    may_read,
    may_write,
)
from viewer.archive.errors import (
    ArchiveError,
    ArchiveLocked,
    os_problem,
    rebuild_advice,
    sqlite_problem,
)
from viewer.archive.schema import (
    APPLICATION_ID,
    FILTER_INDEXES,
    FTS_TOKENIZE,
    SCHEMA_VERSION,
    SEARCH_COLUMNS,
    SEARCH_FTS,
    SEARCH_TABLE,
    TABLES,
    FilterIndex,
    quote_identifier,
)
from viewer.archive.tables import READ_ALONE
from viewer.i18n import message as _

SQLITE_HEADER = b"SQLite format 3\x00"
_OWN_INDEXES = tuple(index.fts for index in FILTER_INDEXES.values())
#: FTS5 keeps an index in these tables beside the virtual one, each named here with its
#: index (the search index has no ``_content``: its content is ``search_index``). FTS5 reads
#: them with SQL, so a view in their place would run too.
SHADOW_OF: dict[str, str] = {
    **{f"{SEARCH_FTS}_{part}": SEARCH_FTS for part in ("data", "idx", "config", "docsize")},
    **{f"{fts}_{part}": fts for fts in _OWN_INDEXES
       for part in ("data", "idx", "content", "config", "docsize")}}
FTS_SHADOWS = tuple(SHADOW_OF)
#: How each index's CREATE statement begins, as the builder writes it (older archives quote
#: the name in brackets): compiled once, here, not on every open.
_FTS_SQL = {fts: re.compile(r"^CREATE VIRTUAL TABLE\s+[\[\"'`]?" + re.escape(fts)
                            + r"[\]\"'`]?\s+USING\s+FTS5\s*\(", re.IGNORECASE)
            for fts in (SEARCH_FTS, *_OWN_INDEXES)}
#: The rest of a table's own index's statement: exactly the two columns a filter reads, then
#: only options ``name='value'``. Its own content, as built: a ``content=`` option naming
#: another table would read that table as it matched.
_OWN_INDEX_ARGS = re.compile(r"\s*title\s*,\s*body\s*((?:,\s*\w+\s*=\s*'[^']*'\s*)*)\)\s*$",
                             re.IGNORECASE)
_OPTION = re.compile(r"(\w+)\s*=\s*'([^']*)'")
#: The search index's columns as its statement lists them: the search ranks and quotes them
#: by position and name (an index of schema 5 or older has no ``heading``).
_SEARCH_INDEX_COLUMNS = re.compile(
    r"\s*" + r"\s*,\s*".join(SEARCH_COLUMNS) + r"\s*,", re.IGNORECASE)
#: The options an own index may have; its tokenizer must fold case and accents as the search
#: index's does, or a filter for "alvaro" would miss "Álvaro".
_OWN_INDEX_OPTIONS = frozenset({"tokenize", "prefix"})
#: Columns that hold lists, as JSON (the builder writes ``[...]``; see viewer.archive.tables).
JSON_LIST_COLUMNS = frozenset({"sources", "directors", "writers", "variants", "roles", "actors",
                               "storylines", "characters", "episodes", "relations", "dates",
                               "people", "descriptions", "claimed", "values", "members",
                               "curated"})
#: The full check reads every page of the file, so it is allowed much longer than a query.
FULL_CHECK_TIME_LIMIT_S = 600.0


def check_file(path: Path) -> None:
    """What can be said about ``path`` before SQLite opens it."""
    if not path.exists():
        raise ArchiveError(_("There is no file at {path}. Choose an archive file that "
                             "exists.").format(path=path))
    if path.is_dir():
        raise ArchiveError(_("{path} is a folder, not an archive file. Choose the .sqlite "
                             "file.").format(path=path))
    if not os.access(path, os.R_OK):
        raise ArchiveError(_("{path} cannot be read: permission denied. Check the file's "
                             "permissions.").format(path=path))
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except PermissionError as exc:  # os.access said yes: root, ACLs, a mandatory-access policy
        raise ArchiveError(_("{path} cannot be read: permission denied. Check the file's "
                             "permissions.").format(path=path)) from exc
    except OSError as exc:
        raise ArchiveError(_("{path} cannot be read: {problem}.").format(
            path=path, problem=os_problem(exc))) from exc
    if not header:
        raise ArchiveError(_("{path} is empty (0 bytes). {advice}").format(
            path=path, advice=rebuild_advice()))
    if header[:len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise ArchiveError(_("{path} is not an SQLite database, so not a Somos archive. "
                             "Choose a file made by 'somos-archive build'.").format(path=path))
    _check_journal(path, header)


def _check_journal(path: Path, header: bytes) -> None:
    """Archives are rollback-journal files. One switched to WAL keeps committed pages in its
    ``-wal`` file, which a read-only open can only see when it may write the ``-shm`` index
    beside it: on read-only media SQLite silently ignores it (``immutable=1``) or fails."""
    if len(header) < 20 or header[18] != 2 or header[19] != 2:
        return  # read and write versions 1: rollback journal
    wal = path.with_name(path.name + "-wal")
    folder_writable = may_write(path.parent)
    if wal.exists() and not folder_writable:
        raise ArchiveError(_(
            "{path} is in WAL mode and its {wal} file, which holds part of its content, "
            "cannot be read on this read-only medium. To open it, copy both files to a "
            "writable folder and open the copy. {advice}").format(
            path=path, wal=wal.name, advice=rebuild_advice()))
    if wal.exists() and not may_read(wal):
        raise ArchiveError(_(
            "{path} is in WAL mode and its {wal} file cannot be read: permission denied. "
            "Check the file's permissions.").format(path=path, wal=wal.name))
    if not folder_writable:
        return  # no -wal: nothing is missing, and immutable=1 reads the file as it is
    raise ArchiveError(_(
        "{path} is in WAL mode; Somos archives are rollback-journal files, and reading a "
        "WAL file would create -wal and -shm files beside it. To open it, convert it first "
        "with sqlite3 FILE 'PRAGMA journal_mode=DELETE'. {advice}").format(
        path=path, advice=rebuild_advice()))


def validate(conn: sqlite3.Connection, path: Path) -> None:
    """Check an open connection's file against the contract (see the module docstring)."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    # Read before the ids are judged: a file whose schema cannot be read is damaged, whatever
    # its header says.
    objects: dict[str, tuple[str, str]] = {
        str(name): (str(kind), str(sql or "")) for kind, name, sql in conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'view')")}
    if app_id != APPLICATION_ID:
        raise ArchiveError(_("{path} is an SQLite database but not a Somos archive. Choose a "
                             "file made by 'somos-archive build'.").format(path=path))
    if version > SCHEMA_VERSION:
        raise ArchiveError(_(
            "{path} uses archive schema version {version}, newer than this viewer understands "
            "({supported}). Update Somos Archive to open it.").format(
            path=path, version=version, supported=SCHEMA_VERSION))
    if version < 1:
        raise ArchiveError(_("{path} has no archive schema version. {advice}").format(
            path=path, advice=rebuild_advice()))
    missing = [t for t in (*TABLES, SEARCH_FTS, *_OWN_INDEXES, *FTS_SHADOWS)
               if t not in objects]
    # A missing index's shadow tables are named by the index alone.
    missing = [t for t in missing if SHADOW_OF.get(t) not in missing]
    if missing and version < SCHEMA_VERSION:  # the contract grew since: not damage
        raise ArchiveError(_("{older} and lacks what this version shows (the tables "
                             "{tables}). {advice}").format(
            older=_built_older(path, version), tables=", ".join(missing),
            advice=rebuild_advice()))
    if missing:
        raise ArchiveError(_(
            "{path} is missing tables {tables}; it is incomplete or damaged. {advice}").format(
            path=path, tables=", ".join(missing), advice=rebuild_advice()))
    for name in (*TABLES, *FTS_SHADOWS):
        kind, sql = objects[name]
        if kind != "table" or sql.upper().startswith("CREATE VIRTUAL"):
            what = _("a view") if kind == "view" else _("a virtual table")
            raise ArchiveError(_(
                "{path}: {name} is {what}, not a table as 'somos-archive build' writes it: "
                "the file was altered and is not safe to read. {advice}").format(
                path=path, name=name, what=what, advice=rebuild_advice()))
    kind, sql = objects[SEARCH_FTS]
    start = _FTS_SQL[SEARCH_FTS].match(sql) if kind == "table" else None
    if start is None or not any(
            f"content={name}" in sql for name in (quote_identifier(SEARCH_TABLE),
                                                  f"[{SEARCH_TABLE}]", SEARCH_TABLE)):
        raise _altered_index(path, SEARCH_FTS, SEARCH_TABLE)
    if not _SEARCH_INDEX_COLUMNS.match(sql, start.end()):
        if version < SCHEMA_VERSION:  # its columns changed since (schema 6): not damage
            raise ArchiveError(_(
                "{older} and lacks what this version shows (the search index it reads). "
                "{advice}").format(
                older=_built_older(path, version), advice=rebuild_advice()))
        raise _altered_index(path, SEARCH_FTS, SEARCH_TABLE)
    for table, index in FILTER_INDEXES.items():
        kind, sql = objects[index.fts]
        if kind != "table" or not _is_own_index_sql(index.fts, sql):
            raise _altered_index(path, index.fts, table)
    for table, columns in TABLES.items():
        info = conn.execute(f"PRAGMA table_xinfo({quote_identifier(table)})").fetchall()
        generated = sorted(str(r[1]) for r in info if r[6] != 0)
        if generated:
            raise ArchiveError(_(
                "{path}: table {table} has computed columns ({columns}), which 'somos-archive "
                "build' never writes: the file was altered. {advice}").format(
                path=path, table=table, columns=", ".join(generated), advice=rebuild_advice()))
        lacking = set(columns) - {str(r[1]) for r in info}
        if lacking and version < SCHEMA_VERSION:  # columns added since (schema 7): not damage
            raise ArchiveError(_(
                "{older} and lacks what this version shows (the columns {columns} of the "
                "table {table}). {advice}").format(
                older=_built_older(path, version), table=table,
                columns=", ".join(sorted(lacking)), advice=rebuild_advice()))
        if lacking:
            raise ArchiveError(_(
                "{path}: table {table} lacks columns {columns}; it was not written by this "
                "version's builder. {advice}").format(
                path=path, table=table, columns=", ".join(sorted(lacking)),
                advice=rebuild_advice()))
    if version < 8:
        # Every table and column there, but written to an older contract: schema 8 changed
        # what facts' and claims' value_sort hold, and read as they are, their values would
        # sort as text again (a stale archive of a checkout is rebuilt before this is asked).
        raise ArchiveError(_(
            "{older} and lacks what this version shows (facts and claims in the order of "
            "their values: numbers as numbers, dates as dates). {advice}").format(
            older=_built_older(path, version), advice=rebuild_advice()))
    if version < 9:
        # Schema 9 gave each value of a disagreement its own row and side: read as they are,
        # an older archive's rows would list spans under values they do not state.
        raise ArchiveError(_(
            "{older} and lacks what this version shows (each value of a disagreement on a "
            "row of its own, with the side that states it). {advice}").format(
            older=_built_older(path, version), advice=rebuild_advice()))
    # Cheap corruption check, fit for opening: the file is as long as its header says, and
    # the first row of every table (as a page reads it: a document's whole text is read when
    # the document is opened, and by the full check) and the top of the full-text index can
    # be read.
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    page_count = conn.execute("PRAGMA page_count").fetchone()[0]
    size = path.stat().st_size
    if size < page_size * page_count:
        raise ArchiveError(_(
            "{path} is truncated ({size} bytes, expected {expected}); if it was copied, copy "
            "it again. {advice}").format(path=path, size=size, expected=page_size * page_count,
                                         advice=rebuild_advice()))
    for table, columns in TABLES.items():
        read = ", ".join(quote_identifier(c) for c in columns
                         if c not in READ_ALONE.get(table, ()))
        conn.execute(f"SELECT {read} FROM {quote_identifier(table)} LIMIT 1").fetchall()
    # A one-term lookup reads the index's structure and the top of every segment. (A
    # one-letter prefix such as 'a*' has no prefix index and merges every term under it.)
    fts = quote_identifier(SEARCH_FTS)
    conn.execute(f"SELECT rowid FROM {fts} WHERE {fts} MATCH 'somos' LIMIT 1").fetchall()
    for table, index in FILTER_INDEXES.items():
        _probe_own_index(conn, path, table, index)


def _is_own_index_sql(fts: str, sql: str) -> bool:
    start = _FTS_SQL[fts].match(sql)
    args = _OWN_INDEX_ARGS.match(sql, start.end()) if start else None
    if args is None:
        return False
    options = {name.lower(): value for name, value in _OPTION.findall(args.group(1))}
    return options.keys() <= _OWN_INDEX_OPTIONS and options.get("tokenize") == FTS_TOKENIZE


def _probe_own_index(conn: sqlite3.Connection, path: Path, table: str,
                     index: FilterIndex) -> None:
    """A table's own index must find the table's first row by a word of it: a damaged index
    (its structure garbled, its rows gone) reads as empty, and every filter would say "no
    matches" instead of the file being refused. Two lookups by key, fit for opening. The
    word is a whitespace-separated chunk (with no double quote) quoted as an FTS5 phrase, so
    the index's tokenizer splits it exactly as it split the row."""
    row = conn.execute(f"SELECT id, {index.title}, {index.body} FROM {quote_identifier(table)} "
                       "ORDER BY id LIMIT 1").fetchone()
    if row is None:
        return
    chunk = next((word for text in (row[1], row[2]) for word in str(text).split()
                  if '"' not in word and any(c.isalnum() for c in word)), None)
    if chunk is None:
        return
    fts = quote_identifier(index.fts)
    found = conn.execute(f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? AND rowid = ?",
                         ('"' + chunk + '"', row[0])).fetchone()
    if found is None:
        raise ArchiveError(_(
            "{path}: the full-text index {index} is damaged (it does not find the first row "
            "of {table} by that row's words). {advice}").format(
            path=path, index=index.fts, table=table, advice=rebuild_advice()))


def _built_older(path: Path, version: int) -> str:
    """The lead of each message about an archive whose schema is older than this viewer's,
    where what it lacks is the contract's growth, not damage; each message adds what."""
    return _("{path} was made by an older version of Somos Archive (archive schema "
             "{version}; this version reads schema {supported})").format(
        path=path, version=version, supported=SCHEMA_VERSION)


def _altered_index(path: Path, index: str, table: str) -> ArchiveError:
    return ArchiveError(_(
        "{path}: {index} is not the full-text index 'somos-archive build' writes (an FTS5 "
        "table over {table}): the file was altered. {advice}").format(
        path=path, index=index, table=table, advice=rebuild_advice()))


def full_check(conn: BoundedConnection, path: Path) -> list[str]:
    """``["ok"]``, or the problems found: ``PRAGMA quick_check`` over every page, then FTS5's
    own integrity check, which sees what the first cannot — index rows deleted or garbled,
    an index that no longer matches the records. FTS5 runs its check only as an INSERT, which
    a read-only connection may not run, so it runs on a copy in a temporary folder. Neither
    runs under the time limit: they read the whole file, on request."""
    saved = conn.time_limit
    conn.time_limit = FULL_CHECK_TIME_LIMIT_S
    try:
        problems = [str(r[0]) for r in conn.execute("PRAGMA quick_check")]
    finally:
        conn.time_limit = saved
    if problems != ["ok"]:
        return problems
    problems = _cell_problems(conn)
    if problems:
        return problems
    with tempfile.TemporaryDirectory(prefix="somos-check-") as folder:
        copy = sqlite3.connect(Path(folder) / "copy.sqlite", factory=BoundedConnection)
        try:
            assert isinstance(copy, BoundedConnection)
            copy.time_limit = FULL_CHECK_TIME_LIMIT_S
            conn.backup(copy)
            copy.execute("PRAGMA trusted_schema = OFF")
            for index in (SEARCH_FTS, *_OWN_INDEXES):
                fts = quote_identifier(index)
                try:
                    copy.execute(f"INSERT INTO {fts}({fts}, rank) VALUES('integrity-check', 1)")
                except sqlite3.DatabaseError as exc:
                    if is_interrupted(exc):
                        raise
                    return [_("the full-text index {index} does not match the records it "
                              "indexes ({problem})").format(index=index, problem=exc)]
        finally:
            copy.close()
    return ["ok"]


def _cell_problems(conn: BoundedConnection) -> list[str]:
    """Cells a reader cannot take at their word: a list column that is not a JSON list, an
    integer column holding something else (the first of each kind per column)."""
    problems: list[str] = []
    saved = conn.time_limit
    conn.time_limit = FULL_CHECK_TIME_LIMIT_S
    try:
        for table, columns in TABLES.items():
            for column, kind in columns.items():
                name = quote_identifier(column)
                if column in JSON_LIST_COLUMNS:
                    bad = (f"{name} IS NOT NULL AND {name} != '' AND CASE WHEN "
                           f"json_valid({name}) THEN json_type({name}) != 'array' ELSE 1 END")
                    what = _("{table} row {row}: {column} is not a JSON list")
                elif kind is int:
                    bad = f"typeof({name}) NOT IN ('integer', 'null')"
                    what = _("{table} row {row}: {column} is not a whole number")
                else:
                    continue
                row = conn.execute(f"SELECT rowid FROM {quote_identifier(table)} WHERE {bad} "
                                   "LIMIT 1").fetchone()
                if row is not None:
                    problems.append(what.format(table=table, row=row[0], column=column))
    finally:
        conn.time_limit = saved
    return problems


def describe_failure(path: Path, exc: BaseException) -> ArchiveError:
    """The user's message for what SQLite (or its limits) raised while reading ``path``."""
    if isinstance(exc, ArchiveError):
        return exc
    if is_interrupted(exc):
        return ArchiveError(_(
            "Reading {path} took longer than {seconds:g} s and was stopped: the file is "
            "damaged or was made to hang its reader. {advice}").format(
            path=path, seconds=QUERY_TIME_LIMIT_S, advice=rebuild_advice()))
    if is_locked(exc):
        return ArchiveLocked(_(
            "{path} is in use by another program, which is writing to it. Wait until it has "
            "finished (or close it) and try again; the file itself is fine.").format(path=path))
    if isinstance(exc, MemoryError) or "too big" in str(exc):
        return ArchiveError(_(
            "Reading {path} needs more memory than an archive ever should: the file is "
            "damaged or was made to exhaust memory. {advice}").format(
            path=path, advice=rebuild_advice()))
    return ArchiveError(_("{path} is damaged ({problem}). {advice}").format(
        path=path, problem=sqlite_problem(exc), advice=rebuild_advice()))


P = ParamSpec("P")
R = TypeVar("R")


def reading(method: Callable[P, R]) -> Callable[P, R]:
    """Decorate an :class:`~viewer.archive.store.Archive` method that reads the file: what
    SQLite raises while it runs becomes the user's :class:`ArchiveError`, naming the file
    (a damaged page, an interrupted statement, a lock, a limit reached)."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except (sqlite3.DatabaseError, MemoryError) as exc:
            owner: Any = args[0]
            raise describe_failure(owner.path, exc) from exc

    return wrapper


