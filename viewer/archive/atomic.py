"""The one way the data layer writes a file the user keeps: atomically.

Everything goes to a temporary file in the target's own folder (so the final ``os.replace``
is a rename on one file system), synced to disk, and only a complete file replaces the
target: a failure, a full disk, a cancel or ``kill -9`` leaves no partial file and never
touches a file already there. Temporary files carry the writer's process id, so a later
write removes what a killed one left (:func:`remove_stale_parts`). Files that belong
together (an export and its manifest) are all written before any lands (:func:`land`).
What is refused before anything is written (:func:`target_problem`, asked by the window too):
a folder, the archive being read and the annotations database, what is not a plain file (a
device such as /dev/null, a pipe, a socket: a rename would replace it with a plain file) and a
read-only file. A symbolic link is followed: the file it points at is replaced, in its own
folder, and the link stays.
Exports and annotations write through here; the GUI's own files use Qt's ``QSaveFile``.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from viewer.archive.errors import os_problem
from viewer.i18n import message as _


class WriteError(Exception):
    """A file could not be written. The message names it and says what to do."""


def open_temporary(target: Path, encoding: str) -> IO[str]:
    """The temporary file an export is written to, beside its target, named for this process
    (``.NAME.PID.*.part``) so a later export can tell a killed one's litter from a live one's
    (:func:`remove_stale_parts`).

    A seam as well: tests wrap what it returns to make a write fail half-way.
    """
    return tempfile.NamedTemporaryFile(
        "w", encoding=encoding, newline="", dir=target.parent,
        prefix=f".{target.name}.{os.getpid()}.", suffix=".part", delete=False)


def temporary_path(target: Path) -> Path:
    """Where to write a file that is made by path rather than through a stream (the builder's
    database: SQLite writes it by name), beside ``target`` and named for this process like the
    temporary files of :func:`open_temporary`, so :func:`remove_stale_parts` knows it."""
    return target.with_name(f".{target.name}.{os.getpid()}.building.part")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's live process
    return True


def remove_stale_parts(target: Path) -> None:
    """Remove what killed exports to ``target`` left beside it: ``.NAME.*.part`` and
    ``.NAME.*.staged`` files of processes that are gone (issue 30: ``kill -9`` during an
    export left hidden part files that nothing removed). Files named without a process id
    come from versions before this one and are litter too."""
    with contextlib.suppress(OSError):
        for path in target.parent.iterdir():
            name = path.name
            head = f".{target.name}."
            if not name.startswith(head) or not name.endswith((".part", ".staged")):
                continue
            pid = name[len(head):].split(".", 1)[0]
            if pid.isdigit() and (int(pid) == os.getpid() or _pid_alive(int(pid))):
                continue
            with contextlib.suppress(OSError):
                path.unlink()


def _cannot_write(target: Path, exc: OSError) -> WriteError:
    folder = target.parent
    if isinstance(exc, FileNotFoundError) and not folder.exists():
        why = _("folder {folder} does not exist").format(folder=folder)
    elif isinstance(exc, NotADirectoryError) or (folder.exists() and not folder.is_dir()):
        why = _("{folder} is not a folder").format(folder=folder)
    elif isinstance(exc, PermissionError):
        why = _("permission denied")
    else:
        why = os_problem(exc)
    return WriteError(_("Cannot write to {target}: {why} — choose another folder").format(
        target=target, why=why))


#: What an :class:`InUse` file is to the program: the archive being read, or the user's
#: annotations database. An export written over either would destroy it.
ARCHIVE = "archive"
ANNOTATIONS = "annotations"


@dataclass(frozen=True)
class InUse:
    """A file the program is using, that no export may be written over."""

    path: Path
    role: str  # ARCHIVE or ANNOTATIONS


@dataclass(frozen=True)
class TargetProblem:
    """Why a file cannot be written, for each layer to say in its own words: ``kind`` one of
    ``folder`` (the target is one), ``no-folder``, ``not-a-folder`` and ``folder-read-only``
    (its folder; ``detail`` names it), ``not-a-file`` (a device, pipe or socket),
    ``read-only``, ``bad-name`` (``detail``: the system's reason), or the role of the
    :class:`InUse` file it is (``detail`` names that file)."""

    kind: str
    target: Path
    detail: str = ""


def resolved(target: Path) -> Path:
    """Where a write to ``target`` goes: a symbolic link's final target (so the link is kept
    and the file it points at replaced, as a shell's ``>`` would), else ``target`` itself."""
    try:
        if target.is_symlink():
            return Path(os.path.realpath(target))
    except (OSError, ValueError):
        pass
    return target


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):  # one of them is not there (yet)
        return os.path.realpath(a) == os.path.realpath(b)


def target_problem(target: Path, in_use: Sequence[InUse] = ()) -> TargetProblem | None:
    """Why ``target`` cannot be written (None when it can): the one check the command line
    and the window both make before an export. Never raises."""
    try:
        for used in in_use:
            if _same_file(target, used.path):
                return TargetProblem(used.role, target, str(used.path))
        real = resolved(target)
        if real.is_dir() or not real.name or real.name in (".", ".."):
            return TargetProblem("folder", target)
        folder = real.parent
        if not folder.exists():
            return TargetProblem("no-folder", target, str(folder))
        if not folder.is_dir():
            return TargetProblem("not-a-folder", target, str(folder))
        if not os.access(folder, os.W_OK | os.X_OK):
            return TargetProblem("folder-read-only", target, str(folder))
        try:
            mode = real.stat().st_mode
        except FileNotFoundError:
            return None  # a new file (or a link to one not made yet)
        if not stat.S_ISREG(mode):
            # Renamed over, a device node or a pipe would be replaced by a plain file (as root
            # even /dev/null); written into, a pipe blocks until read. Neither is an export.
            return TargetProblem("not-a-file", target)
        # No write bit for anyone counts too: as root os.access says yes to every file, and a
        # file marked read-only is one its owner meant to keep.
        if not os.access(real, os.W_OK) or not mode & 0o222:
            return TargetProblem("read-only", target)
    except (OSError, ValueError) as exc:  # a name too long, a NUL, a loop of links
        problem = os_problem(exc) if isinstance(exc, OSError) else str(exc)
        return TargetProblem("bad-name", target, problem)
    return None


def describe(problem: TargetProblem) -> str:
    """``problem`` as the command line says it (the window says it in its own catalogue)."""
    target, detail = problem.target, problem.detail
    texts = {
        "folder": lambda: _("Cannot write to {target}: it is a folder — choose a file "
                            "name").format(target=target),
        "no-folder": lambda: _("Cannot write to {target}: folder {folder} does not exist — "
                               "choose another folder").format(target=target, folder=detail),
        "not-a-folder": lambda: _("Cannot write to {target}: {folder} is not a folder — "
                                  "choose another folder").format(target=target,
                                                                  folder=detail),
        "folder-read-only": lambda: _("Cannot write to {target}: {why} — choose another "
                                      "folder").format(target=target,
                                                       why=_("permission denied")),
        "not-a-file": lambda: _("Cannot write to {target}: it is not a regular file (a "
                                "device, pipe or socket) — choose another file").format(
            target=target),
        "read-only": lambda: _("Cannot write to {target}: it is read-only — choose another "
                               "file, or make it writable first").format(target=target),
        "bad-name": lambda: _("Cannot write to {target}: not a usable file name ({problem}) "
                              "— choose another name").format(target=target, problem=detail),
        ARCHIVE: lambda: _("Cannot write to {target}: it is the archive being read — choose "
                           "another file").format(target=target),
        ANNOTATIONS: lambda: _("Cannot write to {target}: it is the annotations database — "
                               "choose another file").format(target=target),
    }
    return texts[problem.kind]()


def check_target(target: Path, in_use: Sequence[InUse] = ()) -> None:
    """Raise :class:`WriteError` saying why ``target`` cannot be written, if it cannot."""
    problem = target_problem(target, in_use)
    if problem is not None:
        raise WriteError(describe(problem))


def mode_for(target: Path) -> int:
    """Keep an overwritten file's permissions; a new one gets the usual rw-r--r--, not the
    temporary file's private rw-------."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return 0o644


def write_temporary(target: Path, encoding: str, fill: Callable[[IO[str]], bool],
                    in_use: Sequence[InUse] = ()) -> Path | None:
    """Write through ``fill`` into a temporary file beside ``target`` (beside the file a
    symbolic link points at), synced to disk: its path when ``fill`` says it finished
    (returns True), else None. Anything but a finished file is removed. ``target`` must not
    be one of the files ``in_use``."""
    check_target(target, in_use)
    real = resolved(target)
    remove_stale_parts(real)
    try:
        tmp = open_temporary(real, encoding)
    except OSError as exc:
        raise _cannot_write(target, exc) from exc
    tmp_path = Path(tmp.name)
    kept = False
    try:
        try:
            finished = fill(tmp)
            tmp.flush()
            os.fsync(tmp.fileno())
        finally:
            tmp.close()
        if finished:
            os.chmod(tmp_path, mode_for(target))
            kept = True
            return tmp_path
        return None
    except OSError as exc:
        raise _could_not_write(target, exc) from exc
    finally:
        if not kept:
            with contextlib.suppress(OSError):
                tmp_path.unlink()


def _could_not_write(target: Path, exc: OSError) -> WriteError:
    return WriteError(_("Could not write {target}: {problem}. Nothing was saved; any earlier "
                        "file there is unchanged.").format(target=target,
                                                           problem=os_problem(exc)))


def land(written: Sequence[tuple[Path, Path]]) -> None:
    """Rename finished temporary files onto their targets. Every file is complete on disk
    before the first rename, and a rename needs no space, so files that belong together
    (an export and its manifest) land together; only a crash between two renames could
    part them."""
    try:
        for tmp, target in written:
            os.replace(tmp, resolved(target))
    except OSError as exc:
        raise _could_not_write(written[0][1], exc) from exc
    finally:
        for tmp, _target in written:
            with contextlib.suppress(OSError):
                tmp.unlink()


def _replace_atomically(target: Path, encoding: str, fill: Callable[[IO[str]], bool],
                        in_use: Sequence[InUse] = ()) -> bool:
    """Write through ``fill`` and put the file in place of ``target`` when ``fill`` says it
    finished (returns True)."""
    tmp = write_temporary(target, encoding, fill, in_use)
    if tmp is not None:
        land([(tmp, target)])
    return tmp is not None


def write_atomically(target: Path, encoding: str, fill: Callable[[IO[str]], bool],
                     in_use: Sequence[InUse] = ()) -> bool:
    """``fill`` writes to a temporary file beside ``target``, renamed onto it only when
    ``fill`` returns True; raises :class:`WriteError` with a message for the user (also when
    ``target`` is one of the files ``in_use``)."""
    return _replace_atomically(target, encoding, fill, in_use)
