"""Seeds → archive: run every extractor, merge what the seeds say, write one SQLite file.

The build is deterministic (same seeds, same archive content: no clocks, stable orders) and
atomic (it writes a hidden file named for its process beside the target, as
:mod:`viewer.archive.atomic` names them, and renames it into place only when complete, so a
failed or killed build leaves the previous archive untouched and the next build removes it).

The steps live in their own modules: :mod:`viewer.archive.seeds` reads the seeds,
:mod:`viewer.archive.merging` merges what they say, :mod:`viewer.archive.writing` writes it.
"""


from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from viewer.archive import reasons
from viewer.archive.atomic import check_target, remove_stale_parts, temporary_path
from viewer.archive.extract.base import SeedError
from viewer.archive.manifest import seeds_checksum
from viewer.archive.merging import Merger
from viewer.archive.schema import (
    SEARCH_TABLE,
    create_filter_indexes,
    create_schema,
    create_search_index,
    create_views,
    json_list,
    link_search_rows,
    stamp,
)
from viewer.archive.seed_integrity import (
    CHANGED_SEEDS_KEY,
    changed_seeds,
    layout_name,
    refuse_changed,
)
from viewer.archive.seeds import SeedInfo, load_corrections, load_same_remarks, load_seeds
from viewer.archive.writing import tabs_by_physical, write_archive
from viewer.i18n import message as _

# sqlite-utils and the extractors are imported where they are used: the viewer imports this
# module (to rebuild on request, to check an archive is fresh) and should not start slower
# for them, which together took most of a start.

Progress = Callable[[str], None]


@dataclass
class BuildReport:
    path: Path
    counts: dict[str, int]
    seeds_sha256: str


def build_archive(seeds_dir: Path, out: Path, progress: Progress | None = None, *,
                  allow_changed_seeds: bool = False) -> BuildReport:
    """Build ``out`` from ``seeds_dir`` atomically. Raises :class:`SeedError` on a bad seed,
    or on seeds that differ from ``SHA256SUMS`` unless ``allow_changed_seeds`` (then the
    archive's meta table lists them; see :mod:`viewer.archive.seed_integrity`)."""
    from viewer.archive.extract import EXTRACTORS
    from viewer.archive.extract.entities import read_entities, read_people

    say = progress or (lambda _msg: None)
    seeds_dir, out = Path(seeds_dir), Path(out)
    if out.parent.is_dir():  # said before the seeds are read; a missing folder is made
        check_target(out)
    say(_("Reading seeds in {folder}").format(folder=seeds_dir))
    seeds = load_seeds(seeds_dir)
    extra_meta: dict[str, str] = {}
    try:
        changed = changed_seeds(seeds_dir, ((s.file, s.sha256, s.text) for s in seeds))
    except SeedError:
        if not allow_changed_seeds:
            raise
        changed = {s.file: _("unchecked: no SHA256SUMS") for s in seeds}
    if changed and not allow_changed_seeds:
        raise refuse_changed(changed)
    if changed:
        extra_meta[CHANGED_SEEDS_KEY] = json_list(sorted(changed))
    corrections = load_corrections(seeds_dir)
    merger = Merger(seeds, corrections)
    merger.same_remarks = load_same_remarks(seeds_dir)
    extractions = []
    for seed in seeds:
        say(_("Extracting {file} ({layout})").format(file=seed.file,
                                                      layout=layout_name(seed.layout)))
        extraction = EXTRACTORS[seed.layout].extract(seed.text, seed.file)
        extraction.entities.extend(read_entities(seed.text, extraction.excerpts))
        extraction.people.extend(read_people(seed.text, extraction.excerpts))
        merger.take(seed, extraction)
        merger.take_named_here(seed)
        extractions.append((seed, extraction))
    for seed, extraction in extractions:
        merger.take_descriptions(seed, extraction.excerpts)
    report = write_archive_file(out, seeds, merger, seeds_checksum(seeds_dir), say,
                                extra_meta=extra_meta)
    say(_("Wrote {path}").format(path=out))
    return report


def write_archive_file(out: Path, seeds: list[SeedInfo], merger: Merger, checksum: str,
                       progress: Progress | None = None, *,
                       extra_meta: dict[str, str] | None = None) -> BuildReport:
    """Write merged records to ``out`` atomically: the second half of :func:`build_archive`.

    Separate so the benchmarks (tests/benchmarks) build their synthetic archives with exactly
    the writing code real archives get.
    """
    import sqlite_utils

    say = progress or (lambda _msg: None)
    out.parent.mkdir(parents=True, exist_ok=True)
    check_target(out)  # not a folder ("--out ''" names "."), nor a name too long, nor a device
    remove_stale_parts(out)
    tmp = temporary_path(out)
    tmp.unlink(missing_ok=True)
    try:
        db = sqlite_utils.Database(tmp)
        db.conn.execute("PRAGMA journal_mode = OFF")
        db.conn.execute("PRAGMA synchronous = OFF")
        with db.conn:
            create_schema(db)
            say(_("Writing records"))
            write_archive(db, seeds, merger, checksum, extra_meta)
            # What the seeds say that the archive leaves out, and why: said, not kept quiet.
            files = {s.id: s.file for s in seeds}
            for sid, words, reason in merger.dropped_titles:
                say(_("Left out of the archive: {file}, characters {start}–{end}: "
                      "{reason}").format(file=files[sid], start=words.spans[0].start,
                                         end=words.spans[-1].end,
                                         reason=reasons.say([reason], _)))
            say(_("Indexing for search"))
            create_search_index(db)
            create_filter_indexes(db)
            link_search_rows(db, tabs_by_physical())
            create_views(db)
            stamp(db.conn)
        db.conn.execute("VACUUM")
        counted = ("sources", "excerpts", "episodes", "people", "credits", "characters",
                   "storylines", "quotes", "facts", "entities", "disagreements", "provenance",
                   SEARCH_TABLE)
        counts = {t: db.table(t).count for t in counted}
        db.close()
        os.replace(tmp, out)
    except sqlite3.OperationalError as exc:  # a full disk, an I/O error: the place's, not ours
        tmp.unlink(missing_ok=True)
        full = "full" in str(exc)
        raise OSError(errno.ENOSPC if full else errno.EIO,
                      _("the disk is full") if full
                      else _("the file could not be written ({problem})").format(problem=exc)
                      ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return BuildReport(out, counts, checksum)
