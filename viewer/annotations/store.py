"""The user's annotations database: one SQLite file in the platform's data folder.

It is the one place that writes annotations. Every change is one transaction (``BEGIN
IMMEDIATE`` … ``COMMIT``) in WAL mode with ``synchronous=FULL``: a crash, a kill or a power cut
in the middle leaves the file as it was before the change or after it, never between. The file
has its own schema version (``PRAGMA user_version``); one written by a newer version of the
program is refused with a message rather than misread or changed, and an older one is brought
up to this version in place, in one transaction, the first time it is opened to write.

Each annotation keeps the words a search looks in (note, tags, quoted words, record title)
folded once, when it is written (``folded``): a search then compares them with ``instr()``
inside SQLite instead of folding every annotation in Python at every query, which grew with
the annotations and ran at every settled key of the search box.
"""

from __future__ import annotations

import json
import os
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from viewer.annotations.model import FIELDS, RECORD, SPAN, Annotation
from viewer.archive.connection import may_read, may_write
from viewer.archive.errors import os_problem
from viewer.archive.schema import APPLICATION_ID as ARCHIVE_APPLICATION_ID
from viewer.archive.schema import quote_identifier
from viewer.archive.search_query import MAX_TERMS, as_notice, first_words_only
from viewer.i18n import message as _

#: The annotations database's schema version. Raise it when the schema changes (and teach
#: :func:`_upgrade` to bring older files up to it). 2: ``folded``, the searched words folded.
SCHEMA_VERSION = 2
#: ``PRAGMA application_id``: "SoAn", so that another program's database is told apart.
APPLICATION_ID = 0x536F416E
FILE_NAME = "annotations.sqlite"
#: Names a database to use instead of the one in the user's data folder (tests, portable use).
ENV_VAR = "SOMOS_ANNOTATIONS"

_SCHEMA = """
CREATE TABLE annotations (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('span', 'record')),
    note TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',  -- a JSON array of strings
    source_file TEXT NOT NULL DEFAULT '',
    source_title TEXT NOT NULL DEFAULT '',
    source_sha256 TEXT NOT NULL DEFAULT '',
    start INTEGER NOT NULL DEFAULT 0,
    "end" INTEGER NOT NULL DEFAULT 0,
    exact TEXT NOT NULL DEFAULT '',
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    record_table TEXT NOT NULL DEFAULT '',
    record_id INTEGER,
    record_title TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'attached',
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    folded TEXT NOT NULL DEFAULT ''  -- _SEARCHED folded (fold()): what search() looks in
);
CREATE INDEX annotations_source ON annotations (source_file, start);
CREATE INDEX annotations_record ON annotations (record_table, record_id);
"""
_COLUMNS = ", ".join(quote_identifier(name) for name in (*FIELDS, "folded"))
_PLACEHOLDERS = ", ".join("?" for _ in (*FIELDS, "folded"))
# What a search looks in, as schema 1 searched it: a file of schema 1 opened to read only
# (which cannot be upgraded) is still searched this way, folding each row as it is read.
_SEARCHED = "note || ' ' || tags || ' ' || exact || ' ' || record_title"


class AnnotationsError(Exception):
    """The user's annotations database cannot be used (a newer version's, not a database,
    damaged, locked, its folder not writable): the message says which, and what to do."""


def default_path() -> Path:
    """The annotations database: ``$SOMOS_ANNOTATIONS``, else the platform's data folder
    for the user (on Linux ``~/.local/share/somos-archive/annotations.sqlite``)."""
    named = os.environ.get(ENV_VAR)
    if named:
        return Path(named)
    from viewer.archive.location import user_data_dir

    return user_data_dir() / FILE_NAME


@dataclass(frozen=True, slots=True)
class MergeReport:
    """What an import did: annotations added, updated (the imported copy was newer) and
    left as they were (the same, or older than the one here)."""

    added: int
    updated: int
    unchanged: int


def fold(text: str | None) -> str:
    """Text folded for matching as the archive's search matches: accents and case dropped."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def search_words(text: str) -> tuple[list[str], str | None]:
    """The words :meth:`AnnotationStore.search` looks for in ``text`` (folded, each once),
    and a note when there were too many: as many as the record search keeps
    (:data:`~viewer.archive.search_query.MAX_TERMS`), since each word is one more test in
    one SQL expression, whose depth SQLite caps (a pasted page of words raised "Expression
    tree is too large"). A word's leading "#" is dropped: a tag is typed as many tools mark
    one ("#directors" finds the tag "directors"), and no annotation's words start with it."""
    words = list(dict.fromkeys(word for word in (w.lstrip("#") for w in fold(text).split())
                               if word))
    if len(words) <= MAX_TERMS:
        return words, None
    return words[:MAX_TERMS], as_notice([first_words_only()])


def _matching(text: str, folded: bool = True) -> tuple[str, tuple[str, ...]] | None:
    """The WHERE clauses (and their bound values) of the annotations holding every word of
    ``text`` that :func:`search_words` keeps; None when it keeps none. ``folded``: the file
    keeps each annotation's searched words folded (schema 2); else they are folded as read."""
    words, _notice = search_words(text)
    if not words:
        return None
    # Both sides are folded (casefolded, accents dropped), so a plain substring test is the
    # case- and accent-blind match; instr() needs no escaping of % and _ as LIKE did.
    searched = "folded" if folded else f"somos_fold({_SEARCHED})"
    clauses = " AND ".join([f"instr({searched}, ?) > 0"] * len(words))
    return clauses, tuple(words)


def _row(a: Annotation) -> tuple[Any, ...]:
    values = [getattr(a, name) for name in FIELDS]
    tags = json.dumps(list(a.tags), ensure_ascii=False)
    values[FIELDS.index("tags")] = tags
    # As _SEARCHED joins the stored columns, the tags as their JSON text.
    values.append(fold(" ".join(str(v) for v in (a.note, tags, a.exact, a.record_title))))
    return tuple(values)


def _annotation(row: sqlite3.Row) -> Annotation:
    data = {name: row[name] for name in FIELDS}
    try:
        tags = json.loads(data["tags"])
    except (TypeError, ValueError):
        tags = []
    data["tags"] = tuple(str(t) for t in tags) if isinstance(tags, list) else ()
    return Annotation(**data)


class NoAnnotationsFile(AnnotationsError):
    """A command that only reads was given a path where there is no annotations file."""


def _read_only_uri(path: Path) -> str:
    """A read-only URI for ``path`` that creates no ``-wal`` or ``-shm`` beside it:
    ``immutable=1`` where the folder cannot be written (a read-only medium, where SQLite could
    not make them, as :func:`viewer.archive.connection.connect_read_only` does) or where no
    write-ahead log holds changes not yet in the file (a read-only file: nothing of ours will
    write it, and a read-only connection leaves the ``-wal`` and ``-shm`` it makes behind)."""
    uri = path.resolve().as_uri() + "?mode=ro"
    wal = path.with_name(path.name + "-wal")
    if not may_write(path.parent) or not (wal.is_file() and wal.stat().st_size):
        uri += "&immutable=1"
    return uri


def _upgrade(conn: sqlite3.Connection, path: Path) -> None:
    """Bring a file of an older schema up to :data:`SCHEMA_VERSION`, in place and in one
    transaction: a failure (or a crash, or a kill) part way leaves the file as it was, every
    annotation in it, and is said with :class:`AnnotationsError`. The version is read again
    once the file is locked: another copy of the program may have upgraded it meanwhile."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise AnnotationsError(_(
            "Cannot write your annotations at {path}: {problem}. Is another copy of Somos "
            "Archive writing them?").format(path=path, problem=exc)) from exc
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version < 2:  # 1 → 2: each annotation's searched words, folded
            conn.execute("ALTER TABLE annotations ADD COLUMN folded TEXT NOT NULL DEFAULT ''")
            conn.execute(f"UPDATE annotations SET folded = somos_fold({_SEARCHED})")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:  # a failed COMMIT may have ended it already
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            raise AnnotationsError(_(
                "Your annotations at {path} could not be brought up to this version of Somos "
                "Archive ({problem}). They are left as they were, every one of them: free some "
                "space or check the file's permissions, and open them again.").format(
                    path=path, problem=exc)) from exc
        raise


class AnnotationStore:
    """The open annotations database. Use :meth:`open`; close it when done.

    ``read_only``: the file (or its folder) cannot be written, so it was opened to read only
    and every change is refused with :attr:`read_only_message`."""

    def __init__(self, conn: sqlite3.Connection, path: Path, read_only: bool = False) -> None:
        self._conn = conn
        self.path = path
        self.read_only = read_only
        # Schema 2 keeps the searched words folded; a schema 1 file opened to read only
        # does not (it could not be upgraded), and is searched as schema 1 searched it.
        self._folded = any(r["name"] == "folded" for r in conn.execute(
            "PRAGMA table_info(annotations)"))

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, *,
             create: bool = True, reader: bool = False,
             read_only: bool = False) -> AnnotationStore:
        """Open the database at ``path`` or at :func:`default_path`; raise
        :class:`AnnotationsError` saying what is wrong. With ``create`` a missing file is
        made, and at :func:`default_path` its missing folders too (a named path's folder must
        exist: a mistyped one made folders nobody asked for); without, a missing file raises
        :class:`NoAnnotationsFile` and nothing is made. A file or folder that cannot be
        written is opened to read only (:attr:`read_only`).

        ``reader``: a second connection, to read only, for another thread than the one that
        writes (an SQLite connection belongs to the thread that made it): the file must
        exist, and is neither made, upgraded nor changed; in WAL mode it reads beside the
        writer, each of its reads seeing the changes committed before it began. ``read_only``:
        open it as a file that cannot be written (as the writer found it), whatever this
        thread's permissions say."""
        if reader:
            create = False
        p = Path(path) if path is not None else default_path()
        try:
            # pathlib raises on EACCES (a folder on the way without search permission), and
            # callers catch only AnnotationsError.
            is_dir, exists = p.is_dir(), p.exists()
        except OSError as exc:
            raise AnnotationsError(_(
                "Cannot open your annotations at {path}: {problem}. Check the folders on the "
                "way to it, or set {variable} to another file.").format(
                    path=p, problem=os_problem(exc), variable=ENV_VAR)) from exc
        if is_dir:
            raise AnnotationsError(_(
                "{path} is a folder: give the annotations file itself (such as {example}), "
                "or set {variable} to one.").format(path=p, example=p / FILE_NAME,
                                                    variable=ENV_VAR))
        if not exists and not create:
            raise NoAnnotationsFile(_("There are no annotations at {path}: no such file.").format(
                path=p))
        if exists and not may_read(p):
            raise AnnotationsError(_(
                "Your annotations at {path} cannot be read: permission denied. The file is left "
                "as it is: give yourself permission to read it, or set {variable} to another "
                "file.").format(path=p, variable=ENV_VAR))
        read_only = read_only or (exists and not (may_write(p) and may_write(p.parent)))
        try:
            if not exists and path is None:
                p.parent.mkdir(parents=True, exist_ok=True)
            elif not exists and not p.parent.is_dir():
                raise AnnotationsError(_(
                    "Cannot make your annotations at {path}: there is no folder {folder}. Check "
                    "the path, or make the folder first.").format(path=p, folder=p.parent))
            if reader and not read_only:
                # Not _read_only_uri's immutable=1: the writer may change the file meanwhile.
                conn = sqlite3.connect(p.resolve().as_uri() + "?mode=ro", uri=True,
                                       isolation_level=None)
            elif read_only or reader:
                conn = sqlite3.connect(_read_only_uri(p), uri=True, isolation_level=None)
            else:
                conn = sqlite3.connect(p, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise AnnotationsError(_("Cannot open your annotations at {path}: {problem}.").format(
                path=p, problem=exc)) from exc
        conn.row_factory = sqlite3.Row
        try:
            cls._prepare(conn, p, read_only or reader)
        except AnnotationsError:
            conn.close()
            raise
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise AnnotationsError(_(
                "Your annotations at {path} cannot be read ({problem}). The file is left as it "
                "is; move it away to start afresh, or set {variable} to another file.").format(
                path=p, problem=exc, variable=ENV_VAR)) from exc
        try:
            return cls(conn, p, read_only or reader)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise AnnotationsError(_("Cannot open your annotations at {path}: {problem}.").format(
                path=p, problem=exc)) from exc

    @staticmethod
    def _prepare(conn: sqlite3.Connection, path: Path, read_only: bool = False) -> None:
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.create_function("somos_fold", 1, fold, deterministic=True)
        conn.execute("PRAGMA trusted_schema = OFF")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        # Whose file it is first: an archive's schema version read as ours was "written by
        # a newer version… update", which no update would have mended.
        if app_id == ARCHIVE_APPLICATION_ID:
            raise AnnotationsError(_(
                "{path} is an archive, not an annotations database; it is left untouched. "
                "Give the annotations file instead ({name}), or set {variable} to "
                "one.").format(path=path, name=FILE_NAME, variable=ENV_VAR))
        if (tables or version) and app_id != APPLICATION_ID:
            raise AnnotationsError(_(
                "{path} is not a Somos Archive annotations database; it is left untouched. Set "
                "{variable} to another file.").format(path=path, variable=ENV_VAR))
        if version > SCHEMA_VERSION:
            raise AnnotationsError(_(
                "Your annotations at {path} were written by a newer version of Somos Archive "
                "(annotations schema {version}; this version reads up to {supported}). They are "
                "left untouched: update Somos Archive to use them.").format(
                path=path, version=version, supported=SCHEMA_VERSION))
        if tables and "annotations" not in tables:
            raise AnnotationsError(_(
                "{path} is not a Somos Archive annotations database; it is left untouched. Set "
                "{variable} to another file.").format(path=path, variable=ENV_VAR))
        if read_only:
            if not tables:  # an empty file: no annotations, read from an empty table
                conn.execute(_SCHEMA.split(";")[0].replace("CREATE TABLE", "CREATE TEMP TABLE"))
            conn.execute("PRAGMA query_only = 1")
            return
        if conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] != "wal":
            raise AnnotationsError(_(
                "Cannot write your annotations at {path} safely (the file system does not allow "
                "SQLite's write-ahead log).").format(path=path))
        conn.execute("PRAGMA synchronous = FULL")
        if tables and version < SCHEMA_VERSION:
            _upgrade(conn, path)
        if version == 0 and not tables:
            conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

    @property
    def read_only_message(self) -> str:
        return _("{path} is read-only: your annotations can be read but not changed, and "
                 "nothing was changed. To change them, make the file and its folder writable, "
                 "or set {variable} to another file.").format(path=self.path, variable=ENV_VAR)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> AnnotationStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction: all of it is written, or none."""
        if self.read_only:
            raise AnnotationsError(self.read_only_message)
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise AnnotationsError(_(
                "Cannot write your annotations at {path}: {problem}. Is another copy of Somos "
                "Archive writing them?").format(path=self.path, problem=exc)) from exc
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads that see one state of the file (a deferred transaction: a reader in WAL mode
        keeps the snapshot of its first read until the end), however other connections
        write meanwhile."""
        self._conn.execute("BEGIN")
        try:
            yield
        finally:
            self._conn.execute("COMMIT")

    # -- writing --------------------------------------------------------------------------

    def add(self, annotation: Annotation) -> None:
        """Save a new annotation (one with the same id already there is replaced)."""
        self.save([annotation])

    def save(self, annotations: Iterable[Annotation]) -> None:
        """Save annotations, new or changed, in one transaction."""
        with self._write() as conn:
            for a in annotations:
                self._check(a)
                conn.execute(f"INSERT OR REPLACE INTO annotations ({_COLUMNS}) "
                             f"VALUES ({_PLACEHOLDERS})", _row(a))

    def remove(self, annotation_id: str) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))

    def merge(self, annotations: Iterable[Annotation]) -> MergeReport:
        """Import annotations, all in one transaction: a new id is added; a known one is
        replaced only by a copy modified later; the same annotation twice is one."""
        added = updated = unchanged = 0
        with self._write() as conn:
            for a in annotations:
                self._check(a)
                row = conn.execute("SELECT * FROM annotations WHERE id = ?",
                                   (a.id,)).fetchone()
                if row is None:
                    added += 1
                elif a.modified > row["modified"] and _annotation(row) != a:
                    updated += 1
                else:
                    unchanged += 1
                    continue
                conn.execute(f"INSERT OR REPLACE INTO annotations ({_COLUMNS}) "
                             f"VALUES ({_PLACEHOLDERS})", _row(a))
        return MergeReport(added, updated, unchanged)

    @staticmethod
    def _check(a: Annotation) -> None:
        if a.kind not in (SPAN, RECORD) or not a.id:
            raise ValueError(f"not an annotation to save: {a!r}")

    # -- reading --------------------------------------------------------------------------

    def _select(self, where: str = "", params: tuple[Any, ...] = ()) -> list[Annotation]:
        rows = self._conn.execute(
            f"SELECT * FROM annotations {where} ORDER BY created, id", params).fetchall()
        return [_annotation(r) for r in rows]

    def get(self, annotation_id: str) -> Annotation | None:
        found = self._select("WHERE id = ?", (annotation_id,))
        return found[0] if found else None

    def all(self) -> list[Annotation]:
        return self._select()

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM annotations").fetchone()[0])

    def on_source(self, source_file: str) -> list[Annotation]:
        """The attached annotations of one source document's spans."""
        return self._select("WHERE kind = 'span' AND source_file = ? AND status = 'attached'",
                            (source_file,))

    def on_record(self, table: str, record_id: int) -> list[Annotation]:
        return self._select("WHERE kind = 'record' AND record_table = ? AND record_id = ? "
                            "AND status = 'attached'", (table, record_id))

    def overlapping(self, source_file: str, start: int, end: int) -> list[Annotation]:
        """Attached span annotations overlapping ``[start, end)`` of a source."""
        return self._select("WHERE kind = 'span' AND source_file = ? AND status = 'attached' "
                            'AND start < ? AND ? < "end"', (source_file, end, start))

    def search(self, text: str, limit: int = 50) -> list[Annotation]:
        """Annotations whose note, tags or quoted words hold every word of ``text``
        (case- and accent-blind; user text is bound, never spliced into the SQL); only the
        first words of a long text (:func:`search_words`). The most recently changed first,
        at most ``limit`` of them: :meth:`count_matching` counts them all."""
        where = _matching(text, self._folded)
        if where is None:
            return []
        clauses, params = where
        rows = self._conn.execute(
            f"SELECT * FROM annotations WHERE {clauses} ORDER BY modified DESC, id LIMIT ?",
            (*params, limit)).fetchall()
        return [_annotation(r) for r in rows]

    def count_matching(self, text: str) -> int:
        """How many annotations :meth:`search` finds for ``text``, however many it lists."""
        where = _matching(text, self._folded)
        if where is None:
            return 0
        clauses, params = where
        return int(self._conn.execute(
            f"SELECT count(*) FROM annotations WHERE {clauses}", params).fetchone()[0])

    def tags(self) -> list[str]:
        """Every tag in use, sorted case-blind."""
        found: set[str] = set()
        for (text,) in self._conn.execute("SELECT tags FROM annotations"):
            try:
                found.update(str(t) for t in json.loads(text))
            except (TypeError, ValueError):
                continue
        return sorted(found, key=str.casefold)

    def integrity_check(self) -> list[str]:
        return [str(r[0]) for r in self._conn.execute("PRAGMA integrity_check")]
