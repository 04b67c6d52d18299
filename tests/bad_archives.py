"""Files that are not usable archives, made on demand, for every layer's robustness tests.

Each :data:`BAD_ARCHIVES` case makes one kind of bad file from a good archive and names the
words the one clear message about it must contain. The GUI (tests/gui/test_robustness.py) and
the CLI (tests/cli/test_bad_archives.py) run every case; the store's own tests
(tests/archive/test_store.py) cover the same ground one level down.

"Without read permission" is a real refusal even when the tests run as root: root reads any
file because its threads carry CAP_DAC_OVERRIDE, so :func:`permissions_bind` drops that
capability (and CAP_DAC_READ_SEARCH) from the *calling thread's* effective set for the
duration, and the kernel answers EACCES as it would to anyone else. Qt-free on purpose.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from viewer.archive.schema import SCHEMA_VERSION


@dataclass(frozen=True)
class BadArchive:
    name: str
    make: Callable[[Path, Path], None]  # (good archive, path to create)
    words: str  # a regular expression the message must match


def _copy(good: Path, target: Path) -> None:
    shutil.copy(good, target)


def _execute(target: Path, *statements: str) -> None:
    conn = sqlite3.connect(target)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def _missing(good: Path, target: Path) -> None:
    pass


def _directory(good: Path, target: Path) -> None:
    target.mkdir()


def _zero_bytes(good: Path, target: Path) -> None:
    target.write_bytes(b"")


def _random_bytes(good: Path, target: Path) -> None:
    target.write_bytes(os.urandom(16384))


def _text_file(good: Path, target: Path) -> None:
    target.write_text("actor,character\nJero Medina,Benjamín\n", encoding="utf-8")


def _header_only(good: Path, target: Path) -> None:
    """The SQLite magic string and nothing the header promises after it."""
    target.write_bytes(good.read_bytes()[:64])


def _truncated(good: Path, target: Path) -> None:
    data = good.read_bytes()
    target.write_bytes(data[: len(data) // 2])


def _damaged_table(good: Path, target: Path) -> None:
    """Garbage over the first page of the credits table: header intact, data not."""
    _copy(good, target)
    conn = sqlite3.connect(target)
    try:
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'credits'").fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    with target.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xa5" * page_size)


def _other_schema(good: Path, target: Path) -> None:
    _execute(target, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)",
             "INSERT INTO invoices VALUES (1, 9.5)")


def _newer_schema(good: Path, target: Path) -> None:
    _copy(good, target)
    _execute(target, f"PRAGMA user_version = {SCHEMA_VERSION + 1}")


def _no_schema_version(good: Path, target: Path) -> None:
    _copy(good, target)
    _execute(target, "PRAGMA user_version = 0")


def _missing_table(good: Path, target: Path) -> None:
    _copy(good, target)
    _execute(target, "DROP TABLE quotes")


def _unreadable(good: Path, target: Path) -> None:
    _copy(good, target)
    target.chmod(0)


BAD_ARCHIVES: tuple[BadArchive, ...] = (
    BadArchive("missing", _missing, "There is no file"),
    BadArchive("directory", _directory, "is a folder"),
    BadArchive("zero-bytes", _zero_bytes, "is empty"),
    BadArchive("random-bytes", _random_bytes, "not an SQLite database"),
    BadArchive("text-file", _text_file, "not an SQLite database"),
    BadArchive("header-only", _header_only, "damaged|truncated|cannot be opened"),
    BadArchive("truncated", _truncated, "truncated|damaged"),
    BadArchive("damaged-table", _damaged_table, "damaged"),
    BadArchive("other-schema", _other_schema, "not a Somos archive"),
    BadArchive("newer-schema", _newer_schema, "newer than this viewer understands"),
    BadArchive("no-schema-version", _no_schema_version, "no archive schema version"),
    BadArchive("missing-table", _missing_table, "missing tables quotes"),
    BadArchive("unreadable", _unreadable, "cannot be read: permission denied. Check"),
)


def make_bad_archive(case: BadArchive, good: Path, folder: Path) -> Path:
    target = folder / f"{case.name}.sqlite"
    case.make(good, target)
    return target


def make_read_only_medium(good: Path, folder: Path) -> Path:
    """A good archive in a folder nobody may write to (as on a CD or a read-only mount)."""
    medium = folder / "medium"
    medium.mkdir()
    target = medium / "somos.sqlite"
    shutil.copy(good, target)
    medium.chmod(0o555)
    return target


def restore_permissions(folder: Path) -> None:
    """Let pytest clean up what the cases locked."""
    for path in [folder, *folder.rglob("*")]:
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() else 0o644)


# -- making permissions bind for root --------------------------------------------------------

_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH = 1, 2
_CAPABILITY_V3 = 0x20080522


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32),
                ("inheritable", ctypes.c_uint32)]


@contextmanager
def permissions_bind() -> Iterator[None]:
    """File permissions apply to this thread even for root (see the module docstring).

    Threads started inside inherit the reduced set, so keep the block short. A no-op for
    other users; raises OSError where capabilities cannot be changed (not Linux).
    """
    if os.geteuid() != 0:
        yield
        return
    if not sys.platform.startswith("linux"):
        raise OSError("dropping root's file-permission override needs Linux capabilities")
    libc = ctypes.CDLL(None, use_errno=True)
    header = _CapHeader(_CAPABILITY_V3, 0)
    saved = (_CapData * 2)()
    if libc.capget(ctypes.byref(header), saved) != 0:
        raise OSError(ctypes.get_errno(), "capget failed")
    reduced = (_CapData * 2)()
    ctypes.memmove(reduced, saved, ctypes.sizeof(saved))
    reduced[0].effective &= ~((1 << _CAP_DAC_OVERRIDE) | (1 << _CAP_DAC_READ_SEARCH))
    if libc.capset(ctypes.byref(_CapHeader(_CAPABILITY_V3, 0)), reduced) != 0:
        raise OSError(ctypes.get_errno(), "capset failed")
    try:
        yield
    finally:
        if libc.capset(ctypes.byref(_CapHeader(_CAPABILITY_V3, 0)), saved) != 0:
            raise OSError(ctypes.get_errno(), "could not restore this thread's capabilities")
