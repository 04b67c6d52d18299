"""The benchmark suite's smoke test: the default run checks the suite still works, quickly.

The benchmarks themselves (``python -m tests.benchmarks.run``) are not tests: they take minutes
and their figures depend on the machine. This builds a small synthetic archive with the real
writer, runs every benchmark query once through the store and through the floor's plain
``sqlite3`` path, pages through the largest table, and starts the viewer once through the GUI
driver the benchmarks use.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.benchmarks import run, synthetic
from tests.conftest import REPO
from viewer.archive.store import Archive

SMOKE_EXCERPTS = 2_000
#: Queries that find something in any synthetic archive, however small.
ALWAYS_FOUND = ("benjamin", "alvaro nunez", "familia", "the", "ca*", '"de la casa"')


@pytest.fixture(scope="module")
def small_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bench") / "synthetic-2k.sqlite"
    synthetic.build(SMOKE_EXCERPTS, out)
    return out


def test_synthetic_archive_has_the_seeds_proportions(small_archive: Path) -> None:
    with Archive.open(small_archive) as archive:
        counts = archive.counts()
    assert counts["excerpts"] == SMOKE_EXCERPTS
    # 85 people and 95 credits per 330 excerpts in the real seeds; allow for rounding.
    assert abs(counts["people"] - SMOKE_EXCERPTS * 85 / 330) < 30
    assert abs(counts["cast"] + counts["crew"] - SMOKE_EXCERPTS * 95 / 330) < 30


def test_every_benchmark_query_runs_and_the_usual_ones_find_hits(small_archive: Path) -> None:
    with Archive.open(small_archive) as archive:
        results = {q: archive.search(q) for q in synthetic.QUERIES}
    assert not [r for r in results.values() if r.notice and "too long" in r.notice], results
    assert all(results[q].hits for q in ALWAYS_FOUND)


def test_search_floor_runs_the_stores_own_statements(small_archive: Path) -> None:
    times, rows = run.search_floor(small_archive, repeat=1)
    assert set(times) == set(synthetic.QUERIES)
    assert all(rows[q] > 0 for q in ALWAYS_FOUND)


def test_keyset_pages_cover_the_largest_table_once(small_archive: Path) -> None:
    with Archive.open(small_archive) as archive:
        ids = [r.id for r in archive.iter_records("excerpts", chunk=300)]
        assert len(ids) == len(set(ids)) == archive.count("excerpts")


def test_the_cache_key_hashes_every_data_layer_module_a_build_imports(tmp_path: Path) -> None:
    """A cached archive is reused while the key is unchanged: a module the build reads that
    the key leaves out (the extractors' helpers, the role words, the claims' dates once were)
    could change the archive and the benchmarks would measure the old one. A fresh
    interpreter, so that what other tests imported does not count."""
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from tests.benchmarks import synthetic
        synthetic.build(500, Path({str(tmp_path / "a.sqlite")!r}))
        for name, module in list(sys.modules.items()):
            if name.startswith("viewer.archive"):
                print(Path(module.__file__).resolve())
    """)
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                         text=True, check=True, timeout=120).stdout
    imported = {Path(line) for line in out.splitlines()}
    assert REPO / "viewer" / "archive" / "merging.py" in imported  # the probe ran
    left_out = imported - set(synthetic.code_files())
    assert sorted(str(path.relative_to(REPO)) for path in left_out) == []


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(1, 21)]
    assert run.percentile(values, 50) == 10.0
    assert run.percentile(values, 95) == 19.0
    assert run.percentile([3.0], 95) == 3.0


@pytest.mark.skipif(importlib.util.find_spec("PySide6") is None, reason="needs PySide6")
def test_gui_driver_starts_the_viewer_and_the_floors(small_archive: Path) -> None:
    seconds, _ = run._driver("start", str(small_archive), timeout=60)
    floor, _ = run._driver("floor", timeout=60)
    with_rows, _ = run._driver("floor-rows", str(small_archive), "--first-tab", "excerpts",
                               timeout=60)
    alone, _ = run._driver("first-tab-alone", str(small_archive), "--first-tab", "excerpts",
                           timeout=60)
    assert 0 < floor < 60 and 0 < seconds < 60 and 0 < with_rows < 60 and 0 < alone < 60


@pytest.mark.skipif(importlib.util.find_spec("PySide6") is None, reason="needs PySide6")
def test_a_start_step_by_step_notes_every_step_in_order(small_archive: Path) -> None:
    took = run.start_steps(small_archive, runs=1)
    floor_steps = [s for s in run.STEPS if s != "archive opened"]
    assert list(took["start"]) == [*run.STEPS, "total"]
    assert list(took["floor"]) == [*floor_steps, "total"]
    for mode in ("start", "floor"):
        assert all(ms[0] >= 0 for ms in took[mode].values()), took[mode]
        assert 0 < took[mode]["total"][0] < 60_000
    table = run.steps_table(took)
    assert all(step in table for step in run.STEPS)


@pytest.mark.skipif(importlib.util.find_spec("PySide6") is None, reason="needs PySide6")
def test_steps_against_another_checkout_start_that_checkouts_own_code(
        small_archive: Path, tmp_path: Path) -> None:
    """``--steps --against``: the other checkout's viewer runs on its own code. Here a copy
    whose start sleeps 0.4 s before it opens the archive: only its column shows it."""
    other = tmp_path / "before"
    ignore = shutil.ignore_patterns("__pycache__", "_data")
    shutil.copytree(run.REPO / "viewer", other / "viewer", ignore=ignore)
    shutil.copytree(run.REPO / "tests" / "benchmarks", other / "tests" / "benchmarks",
                    ignore=ignore)
    shutil.copy(run.REPO / "tests" / "__init__.py", other / "tests" / "__init__.py")
    entry = other / "viewer" / "__main__.py"
    # The start's own call, at the function's indentation (the self-test opens one too).
    start_open = "\n    archive, problem = _open(path)\n"
    assert entry.read_text().count(start_open) == 1
    entry.write_text(entry.read_text().replace(
        start_open, "\n    __import__('time').sleep(0.4)" + start_open))

    took = run.start_steps(small_archive, runs=1, against=other)
    assert took["against"]["archive opened"][0] >= 400 > took["start"]["archive opened"][0]
    table = run.steps_table(took, "before")
    assert "| viewer − before" in table and "total / floor" in table


def test_against_is_refused_without_steps_or_a_checkout(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--against", str(run.REPO)], ["--steps", "--against", str(tmp_path)]):
        with pytest.raises(SystemExit) as exited:
            run.main(argv)
        assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "use it with --steps" in err and "not a checkout with the benchmarks" in err


@pytest.mark.skipif(importlib.util.find_spec("PySide6") is None, reason="needs PySide6")
def test_the_sessions_search_floor_runs_the_stores_own_statements(small_archive: Path) -> None:
    from tests.benchmarks.gui_driver import _SearchFloor

    floor = _SearchFloor(small_archive)
    try:
        times = {q: floor.run(q) for q in synthetic.QUERIES}
    finally:
        floor.close()
    assert all(t > 0 for t in times.values())
    assert all(any("MATCH" in sql for sql in floor.statements[q]) for q in ALWAYS_FOUND)
