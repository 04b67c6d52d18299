"""The errors the data layer raises for the user's files: a seed or an archive it cannot use.

It lives apart from the extractors' helpers (:mod:`viewer.archive.extract.base`, which compiles
patterns and defines their record types when imported) so that everything that only needs to
catch it — the viewer's start-up, the CLI — can do so without paying for them.
"""

from __future__ import annotations

import errno

from viewer.i18n import message as _


class SeedError(Exception):
    """A seed the extractors cannot read: not UTF-8, empty, or a layout they do not recognise.

    The message names the file and, where it can, the line; the build stops with it.
    """

    def __init__(self, file: str, problem: str, line: int | None = None) -> None:
        where = _("{file}, line {line}").format(file=file, line=line) if line is not None else file
        super().__init__(f"{where}: {problem}")
        self.file = file
        self.problem = problem
        self.line = line


class ArchiveError(Exception):
    """The file at hand cannot be used as an archive. The message says why and what to do."""


class ArchiveLocked(ArchiveError):
    """Another program holds a lock on the archive: the file is fine, only busy."""


def rebuild_advice() -> str:
    """What to do about an archive that cannot be read as it is, in the user's language.

    Every refusal that a rebuild cures (the checks on open, a damaged read, an export that
    meets a damaged cell, ``info --check``) says what is wrong with the file and then these
    same words, through a ``{advice}`` placeholder: one sentence to translate, worded alike
    wherever it is read.
    """
    return _("Rebuild the archive with 'somos-archive build' or choose another file.")


class OpenCancelled(ArchiveError):
    """The person opening the archive cancelled it (File › Open's Cancel) before it was open."""


def os_problem(exc: OSError) -> str:
    """What went wrong with a file, in our words and the user's language, for a message that
    says which file and what to do. ``strerror`` is the C library's English ("No such file or
    directory"), which left English inside Spanish messages; the errors people meet are worded
    here, and any other keeps the system's text."""
    words = {
        errno.ENOENT: _("no such file or folder"),
        errno.EACCES: _("permission denied"),
        errno.EPERM: _("permission denied"),
        errno.ENOSPC: _("no space left on the disk"),
        errno.EDQUOT: _("the disk quota is used up"),
        errno.EROFS: _("the disk is read-only"),
        errno.EISDIR: _("it is a folder"),
        errno.ENOTDIR: _("part of the path is not a folder"),
        errno.ENAMETOOLONG: _("the name is too long"),
        errno.EEXIST: _("something of that name is already there"),
    }
    return words.get(exc.errno or 0) or exc.strerror or str(exc)


def sqlite_problem(exc: BaseException) -> str:
    """What SQLite said about a file it could not read, in our words where it is one of the
    ways a file is damaged; SQLite's own text otherwise (it names what a bug report needs)."""
    text = str(exc)
    words = {"file is not a database": _("it is not a database file"),
             "database disk image is malformed": _("its pages are malformed"),
             "disk I/O error": _("the disk could not be read")}
    return words.get(text, text)
