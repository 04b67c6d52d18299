"""Where the seeds and the default archive live, and keeping that archive fresh.

Three situations, one rule each:

* ``SOMOS_ARCHIVE`` (or an explicit path) names an archive: use it as it is; never rebuild it.
* A wheel carries ``viewer/_seeds`` and a prebuilt ``viewer/_data/somos.sqlite``: use that.
* A source checkout has ``seeds/`` beside ``viewer/``: the archive is
  ``resources/somos.sqlite``, built on demand when missing or stale (its recorded seeds
  checksum differs from the seeds' now).

Where the usual place is not writable, the archive is built into the user's data folder
(:func:`user_data_dir`; on Linux ``$XDG_DATA_HOME/somos-archive``, by default
``~/.local/share/somos-archive``).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from viewer.archive.connection import connect_read_only

if TYPE_CHECKING:
    from viewer.archive.build import Progress

# The builder (and through it the extractors) is imported only to rebuild the default archive;
# checking that it is fresh reads the manifest alone (viewer.archive.manifest), and opening a
# named archive, and the viewer's window, need neither.

PACKAGE = Path(__file__).resolve().parent.parent
REPO = PACKAGE.parent
ARCHIVE_NAME = "somos.sqlite"


def seeds_dir() -> Path:
    packaged = PACKAGE / "_seeds"
    return packaged if packaged.is_dir() else REPO / "seeds"


def user_data_dir() -> Path:
    """The user's data folder for the program (the one place that knows it): platformdirs
    gives each platform's own (on Linux ``$XDG_DATA_HOME/somos-archive``)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("somos-archive", appauthor=False))


def default_archive_path() -> Path:
    env = os.environ.get("SOMOS_ARCHIVE")
    if env:
        return Path(env)
    packaged = PACKAGE / "_data" / ARCHIVE_NAME
    if packaged.is_file():
        return packaged
    checkout = REPO / "resources" / ARCHIVE_NAME
    if os.access(checkout.parent, os.W_OK) or checkout.is_file():
        return checkout
    return user_data_dir() / ARCHIVE_NAME


def recorded_checksum(path: Path) -> str | None:
    """The seeds checksum an archive was built from, or None if it cannot be read."""
    try:
        # Bounded like every read (viewer.archive.connection): the file may not be ours.
        conn = connect_read_only(path)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'seeds_sha256'").fetchone()
        finally:
            conn.close()
    except (sqlite3.Error, MemoryError):
        return None
    return str(row[0]) if row else None


def is_stale(path: Path, seeds: Path | None = None) -> bool:
    from viewer.archive.manifest import seeds_checksum

    seeds = seeds or seeds_dir()
    if not path.is_file():
        return True
    if not (seeds / "sources.toml").is_file():
        return False  # nothing to rebuild from: use what there is
    return recorded_checksum(path) != seeds_checksum(seeds)


def ensure_archive(path: Path | None = None, progress: Progress | None = None) -> Path:
    """The archive to open: an explicit ``path`` as given, else the default, built if stale."""
    if path is not None:
        return Path(path)
    target = default_archive_path()
    if os.environ.get("SOMOS_ARCHIVE"):
        return target
    seeds = seeds_dir()
    if not is_stale(target, seeds):
        return target
    if not os.access(target.parent if target.parent.exists() else REPO, os.W_OK):
        target = user_data_dir() / ARCHIVE_NAME
        if not is_stale(target, seeds):
            return target
    from viewer.archive.build import build_archive

    build_archive(seeds, target, progress)
    return target
