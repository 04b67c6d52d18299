"""The build: deterministic, atomic, and loud about bad seeds."""

from __future__ import annotations

import hashlib
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.conftest import REPO, SEEDS, edit_seed
from viewer.archive.build import build_archive, seeds_checksum
from viewer.archive.extract.base import SeedError
from viewer.archive.schema import APPLICATION_ID, SCHEMA_VERSION


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _copy_seeds(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    return seeds


def test_two_builds_of_the_same_seeds_have_the_same_content(tmp_path: Path,
                                                            archive_path: Path) -> None:
    again = tmp_path / "again.sqlite"
    build_archive(SEEDS, again)
    assert _dump(again) == _dump(archive_path)


def test_archive_is_stamped_with_schema_version_and_application_id(archive_path: Path) -> None:
    conn = sqlite3.connect(archive_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    conn.close()
    assert meta["seeds_sha256"] == seeds_checksum(SEEDS)
    assert meta["builder_version"]


def test_fts_index_passes_integrity_check(archive_path: Path) -> None:
    conn = sqlite3.connect(archive_path)
    conn.execute("INSERT INTO search_index_fts(search_index_fts, rank) "
                 "VALUES('integrity-check', 1)")
    conn.close()


def test_every_table_is_populated(archive_path: Path) -> None:
    conn = sqlite3.connect(archive_path)
    for table in ("sources", "excerpts", "episodes", "people", "credits", "characters",
                  "storylines", "storyline_characters", "quotes", "facts", "provenance",
                  "search_index"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 0, table
    conn.close()


def _write_seed(seeds: Path, name: str, data: bytes) -> None:
    (seeds / name).write_bytes(data)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"Somos.\n\xff\xfe broken bytes\n", "not UTF-8"),
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"A recipe for walnut bread.\nFlour, water, salt.\n",
         "does not read as the production notes layout (its landmarks are missing), so it "
         "was probably replaced or cut: restore it from its source, or build without "
         "--allow-changed-seeds"),
        (b"Somos.\x00\x00", "NUL"),
    ],
    ids=["not-utf8", "empty", "blank", "foreign-layout", "nul-bytes"],
)
def test_a_malformed_seed_stops_the_build_naming_the_file(tmp_path: Path, data: bytes,
                                                         words: str) -> None:
    seeds = _copy_seeds(tmp_path)
    victim = "003_3cc1b96a3044e0a6.txt"
    _write_seed(seeds, victim, data)
    out = tmp_path / "out.sqlite"
    with pytest.raises(SeedError) as raised:
        build_archive(seeds, out)
    assert victim in str(raised.value)
    assert words in str(raised.value)
    assert not out.exists()
    assert not list(tmp_path.glob(".out.sqlite.*.part"))


def test_not_utf8_error_names_the_line(tmp_path: Path) -> None:
    seeds = _copy_seeds(tmp_path)
    _write_seed(seeds, "001_44e4559a90d9d777.txt", b"Somos.\nline two\nbad \xe9 here\n")
    with pytest.raises(SeedError) as raised:
        build_archive(seeds, tmp_path / "x.sqlite")
    assert raised.value.line == 3


def test_a_truncated_seed_stops_the_build(tmp_path: Path) -> None:
    seeds = _copy_seeds(tmp_path)
    name = "003_3cc1b96a3044e0a6.txt"
    data = (SEEDS / name).read_bytes()
    _write_seed(seeds, name, data[:2000])
    with pytest.raises(SeedError, match=name):
        build_archive(seeds, tmp_path / "x.sqlite")


def test_a_failed_build_leaves_the_previous_archive_untouched(tmp_path: Path,
                                                              archive_path: Path) -> None:
    out = tmp_path / "somos.sqlite"
    shutil.copy(archive_path, out)
    before = hashlib.sha256(out.read_bytes()).hexdigest()
    seeds = _copy_seeds(tmp_path)
    _write_seed(seeds, "000_bc09f410895d4fad.txt", b"")
    with pytest.raises(SeedError):
        build_archive(seeds, out)
    assert hashlib.sha256(out.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seeds", "somos.sqlite"]


def test_a_build_killed_mid_write_leaves_the_previous_archive_intact(
        tmp_path: Path, archive_path: Path) -> None:
    out = tmp_path / "somos.sqlite"
    shutil.copy(archive_path, out)
    before = hashlib.sha256(out.read_bytes()).hexdigest()
    # The child pauses inside the write (after the records, before the index) so the kill
    # lands mid-write, not before or after it.
    script = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        import viewer.archive.build as b
        def stall(db):
            print("stalled", flush=True)
            time.sleep(60)
        b.create_search_index = stall
        b.build_archive(Path({str(SEEDS)!r}), Path({str(out)!r}))
    """)
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                             cwd=REPO, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "stalled"
    assert list(tmp_path.glob(".somos.sqlite.*.part")), "the build should be writing a temp file"
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    child.stdout.close()
    assert hashlib.sha256(out.read_bytes()).hexdigest() == before
    # The next build cleans up after itself and replaces the archive.
    started = time.monotonic()
    build_archive(SEEDS, out)
    assert time.monotonic() - started < 60
    assert _dump(out) == _dump(archive_path)
    assert not list(tmp_path.glob(".somos.sqlite.*.part"))


def test_changing_a_seed_changes_the_checksum(tmp_path: Path) -> None:
    seeds = _copy_seeds(tmp_path)
    before = seeds_checksum(seeds)
    (seeds / "001_44e4559a90d9d777.txt").write_text("changed", encoding="utf-8")
    assert seeds_checksum(seeds) != before


def test_every_module_that_writes_the_archive_is_an_input_of_the_checksum() -> None:
    """A fixed writer must refresh a checkout's archive, wherever the writing lives (the
    entity writer moved out of writing.py)."""
    import inspect

    from viewer.archive import build, entity_writing, merging, writing
    from viewer.archive.manifest import builder_code

    code = set(builder_code())
    assert all(Path(inspect.getfile(m)).resolve() in code
               for m in (build, merging, writing, entity_writing))


def test_an_actor_named_without_a_part_joins_their_credit_that_names_one(
        archive_path: Path) -> None:
    conn = sqlite3.connect(archive_path)
    loose = conn.execute(
        "SELECT person FROM credits a WHERE category = 'cast' AND character IS NULL AND EXISTS "
        "(SELECT 1 FROM credits b WHERE b.category = 'cast' AND b.person_id = a.person_id "
        "AND b.character IS NOT NULL)").fetchall()
    jimena = conn.execute("SELECT character, professional, sources FROM credits "
                          "WHERE person = 'Jimena Pagaza'").fetchall()
    conn.close()
    assert loose == []
    assert jimena == [("Nancy", 0, '["002_f5f1698f56caee8b.txt", "003_3cc1b96a3044e0a6.txt"]')]


def test_the_staleness_check_reads_no_extractor(archive_path: Path) -> None:
    """Every start of the viewer on its default archive asks whether it is stale; importing
    the four extractors for that cost ~100 ms of each start, and the builder's module with the
    extractors' helpers ~15 ms more. A fresh interpreter, so that what other tests imported
    does not count."""
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from viewer.archive.location import is_stale
        is_stale(Path({str(archive_path)!r}), Path({str(SEEDS)!r}))
        print(sorted(m for m in sys.modules
                     if m.startswith(("viewer.archive.extract", "viewer.archive.build"))))
    """)
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                         text=True, check=True).stdout.strip()
    assert out == "[]"


def test_a_fact_of_a_topic_no_list_knows_is_kept_under_the_generic_label(
        tmp_path: Path) -> None:
    """Issue 25: a fact was dropped when its key was not on the hand-made list of topics."""
    seeds = _copy_seeds(tmp_path)
    edit_seed(seeds, "003_*.txt", [("episode 6 is 71 minutes long",
                                    "episodes 6 to 7 are 71 minutes long")])
    out = tmp_path / "a.sqlite"
    build_archive(seeds, out, allow_changed_seeds=True)  # a seed edited on purpose
    conn = sqlite3.connect(out)
    rows = conn.execute("SELECT topic, label, value FROM facts WHERE topic = "
                        "'runtime_episodes_6_7'").fetchall()
    conn.close()
    assert rows == [("runtime_episodes_6_7", "Other stated figure (runtime episodes 6 7)", "71")]
