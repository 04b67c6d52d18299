"""The long regular expressions a start compiles, kept compiled between starts.

Importing PySide6 compiles three regular expressions of ~6,000 characters each (its signature
parser and its ``.pyi`` generator, in ``shibokensupport``): ~15 ms of every start on the 2-core
machine, the same work each time, which a bare PySide6 window pays too. CPython keeps compiled
patterns only in memory, in ``re``'s cache. This module keeps what the compiler made of them
(the pattern's code, as :func:`_sre.compile` takes it) in a small file in the user's cache
folder, and at the next start, before PySide6 is imported, puts pattern objects made from it
into ``re``'s cache, where ``re.compile`` looks first: 0.3 ms for the three.

What makes that safe:

* The file is named for the interpreter (its version and bytecode tag) and the regular
  expression engine's ``MAGIC``, and holds the size and time of PySide6's Shiboken module:
  another Python, engine or PySide6 finds no file or one it ignores, and compiles as before.
* Each pattern is found under its exact text and flags, as ``re`` files it: a pattern whose
  text changes is simply compiled. ``_sre.compile`` validates the code it is given.
* The code is the standard compiler's own output, captured as it hands it to ``_sre.compile``,
  and each captured pattern is checked against the one ``re`` compiled (flags, groups, group
  names) before it is kept.
* Anything unexpected (a private name gone in a later Python, a damaged or foreign file, an
  unwritable folder) turns it off for that start, quietly: patterns are compiled as before.

A start seeds ``re``'s cache with :func:`seed` and, once the window has painted (or as the
process ends, if it ends sooner), calls :meth:`Kept.keep`, which writes the file only when a
long pattern was compiled that the file did not hold (the first start, or after an upgrade):
~15 ms, once.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

LONG = 2_000  # characters: the patterns worth keeping (PySide6's take ~5 ms each to compile)
FOLDER = "somos-archive"


def _engine() -> Any:
    import _sre  # type: ignore[import-not-found]  # no stubs: the engine behind re

    return _sre


def cache_folder() -> Path | None:
    """``$XDG_CACHE_HOME/somos-archive`` (``~/.cache/…``); None where that is not the
    convention (other systems keep their caches elsewhere, and there nothing is kept)."""
    from viewer.gui.head_start import PLATFORMS

    if not sys.platform.startswith(PLATFORMS):
        return None
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):  # unset, empty or relative: the spec says ~/.cache
        base = os.path.join(os.path.expanduser("~"), ".cache")
    # No home to expand "~" to (no HOME, no password entry): nowhere, not the current folder.
    return Path(base) / FOLDER if os.path.isabs(base) else None


def _file(folder: Path) -> Path:
    return folder / (f"patterns-{sys.implementation.cache_tag}-{sys.hexversion:x}"
                     f"-{_engine().MAGIC}.marshal")


def _qt_identity() -> list[int]:
    """Size and time of the Shiboken module PySide6 will load (found as the head start finds
    it, without importing it): a PySide6 installed over it compiles other patterns."""
    from viewer.gui.head_start import qt_files

    for file in qt_files():
        st = os.stat(file)
        return [st.st_size, st.st_mtime_ns]
    return []


class Kept:
    """The patterns seeded at this start, and how to keep the ones compiled since."""

    def __init__(self, folder: Path | None, seeded: set[tuple[str, int]],
                 identity: list[int]) -> None:
        self.folder, self.seeded, self._identity = folder, seeded, identity

    def missing(self) -> list[tuple[str, int]]:
        """Long patterns in ``re``'s cache now that were compiled, not seeded."""
        return [(key[1], key[2]) for key in list(getattr(re, "_cache", {}))
                if isinstance(key, tuple) and len(key) == 3 and key[0] is str
                and len(key[1]) >= LONG and (key[1], key[2]) not in self.seeded
                and not key[2] & re.DEBUG]

    def keep(self) -> int:
        """Write the file if a long pattern was compiled that it did not hold; how many
        patterns it holds then (0: nothing written)."""
        if self.folder is None or not self.missing():
            return 0
        partial: Path | None = None
        try:
            entries = [entry for entry in map(_captured, self.seeded | set(self.missing()))
                       if entry is not None]
            if not entries:
                return 0
            data = marshal.dumps({"qt": self._identity, "patterns": entries})
            self.folder.mkdir(parents=True, exist_ok=True)
            target = _file(self.folder)
            partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
            partial.write_bytes(data)
            os.replace(partial, target)  # whole or not at all, for a start reading it
            partial = None
            self.seeded |= {(pattern, flags) for pattern, flags, _args in entries}
            return len(entries)
        except Exception:  # a cache only: a start without it compiles, as before
            return 0
        finally:
            if partial is not None:  # a disk that filled up, say: no half-written file left
                with contextlib.suppress(OSError):
                    partial.unlink()


def _captured(key: tuple[str, int]) -> tuple[str, int, tuple[Any, ...]] | None:
    """The arguments the standard compiler gives ``_sre.compile`` for ``key``, captured as
    it gives them, if the pattern they make is the one ``re`` compiled."""
    pattern, flags = key
    compiler: Any = re._compiler  # type: ignore[attr-defined]
    engine = _engine()
    given: list[tuple[Any, ...]] = []

    class Recording:
        def __getattr__(self, name: str) -> Any:
            return getattr(engine, name)

        @staticmethod
        def compile(*args: Any) -> Any:
            given.append(args)
            return engine.compile(*args)

    compiler._sre = Recording()
    try:
        made = compiler.compile(pattern, flags)
    finally:
        compiler._sre = engine
    if len(given) != 1:
        return None
    args = _plain(given[0])
    ours = engine.compile(*args)
    if (ours.pattern, ours.flags, ours.groups, ours.groupindex) != (
            made.pattern, made.flags, made.groups, made.groupindex):
        return None
    return pattern, flags, args


def _plain(args: tuple[Any, ...]) -> tuple[Any, ...]:
    """The compiler's arguments as marshal stores them: its opcodes are int subclasses."""
    pattern, flags, code, groups, groupindex, indexgroup = args
    return (pattern, int(flags), [int(op) for op in code], int(groups),
            {str(name): int(index) for name, index in dict(groupindex).items()},
            tuple(None if name is None else str(name) for name in indexgroup))


def _valid(entry: object) -> bool:
    if not (isinstance(entry, tuple) and len(entry) == 3):
        return False
    pattern, flags, args = entry
    return (isinstance(pattern, str) and isinstance(flags, int) and isinstance(args, tuple)
            and len(args) == 6 and args[0] == pattern and isinstance(args[2], list))


def seed(folder: Path | None = None, identity: Callable[[], list[int]] = _qt_identity
         ) -> Kept:
    """Put the kept patterns into ``re``'s cache (call before PySide6 is imported)."""
    folder = cache_folder() if folder is None else folder
    seeded: set[tuple[str, int]] = set()
    try:
        ident = identity()
    except Exception:
        return Kept(None, seeded, [])
    if folder is None:
        return Kept(None, seeded, ident)
    try:
        cache = re._cache  # type: ignore[attr-defined]
        data = marshal.loads(_file(folder).read_bytes())
        if not isinstance(data, dict) or data.get("qt") != ident:
            return Kept(folder, seeded, ident)
        engine = _engine()
        for entry in data.get("patterns", []):
            if _valid(entry):
                pattern, flags, args = entry
                cache[(str, pattern, flags)] = engine.compile(*args)
                seeded.add((pattern, flags))
    except Exception:  # none yet, or damaged, or another Python's: compile as before
        pass
    return Kept(folder, seeded, ident)
