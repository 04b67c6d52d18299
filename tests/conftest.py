"""Test setup shared by every layer.

Qt must see ``QT_QPA_PLATFORM=offscreen`` before PySide6 is first imported, so it is set here,
at collection time, not in a fixture. Settings never touch the developer's own: QSettings is
pointed at a temporary folder by the GUI tests' fixtures, and ``XDG_CACHE_HOME`` at a
temporary folder too, for this process and the ones it starts (the benchmarks' smoke test
keeps its archive there).
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="somos-test-cache-")
atexit.register(shutil.rmtree, os.environ["XDG_CACHE_HOME"], ignore_errors=True)
# The user's data folder (where the annotations database lives) is never the developer's own:
# a temporary one for the session, and each test gets its own annotations file (below).
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="somos-test-data-")
atexit.register(shutil.rmtree, os.environ["XDG_DATA_HOME"], ignore_errors=True)

# The tests speak English whatever the developer's machine speaks (the CLI and the window
# follow the environment's language); the Spanish tests ask for Spanish themselves.
os.environ["LANGUAGE"] = "en"

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"

import pytest  # noqa: E402


def installed_tool(name: str) -> str:
    """The path of a command the test extra installs (ruff, lint-imports, our console scripts).

    Looked up beside the running interpreter first: ``.venv/bin/python -m pytest`` (the README's
    test command) does not put ``.venv/bin`` on PATH, and a skip there would hide a broken rule
    in CI. Missing altogether is a failure, not a skip: the test command installs them.
    """
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: run pip install -e '.[test]'")
    return found


@pytest.fixture(autouse=True)
def _annotations_in_tmp(tmp_path_factory: pytest.TempPathFactory,
                        monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test's annotations database is its own, in a temporary folder (not in
    ``tmp_path``, whose contents some tests check)."""
    path = tmp_path_factory.mktemp("annotations") / "annotations.sqlite"
    monkeypatch.setenv("SOMOS_ANNOTATIONS", str(path))
    return path


@pytest.fixture
def bad_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder for the bad-archive cases (tests/bad_archives.py), its permissions restored
    afterwards so that pytest can clean up what a case locked."""
    from tests.bad_archives import restore_permissions

    folder = tmp_path / "bad"
    folder.mkdir()
    yield folder
    restore_permissions(folder)


@pytest.fixture
def speak(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """``i18n.use_language`` for one test: the language chosen before it comes back after."""
    from viewer import i18n

    monkeypatch.setattr(i18n, "_chosen", None)
    monkeypatch.setattr(i18n, "_cli_catalogue", None)
    yield


@pytest.fixture(scope="session")
def archive_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real archive built from the real seeds, once per test session. Do not write to it."""
    from viewer.archive.build import build_archive

    out = tmp_path_factory.mktemp("archive") / "somos.sqlite"
    build_archive(SEEDS, out)
    return out


@pytest.fixture
def archive(archive_path: Path):  # type: ignore[no-untyped-def]
    """The session archive, opened read-only for one test."""
    from viewer.archive.store import Archive

    with Archive.open(archive_path) as opened:
        yield opened


def edit_seed(seeds: Path, pattern: str, changes: list[tuple[str, str]]) -> None:
    """Change words of a copied seed, each ``old`` found once, and record its new checksum
    in the copy's SHA256SUMS: a test's deliberate edit, not a damaged seed."""
    import hashlib

    path = next(seeds.glob(pattern))
    text = path.read_text(encoding="utf-8")
    for old, new in changes:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    sums = seeds / "SHA256SUMS"
    if sums.is_file():
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        lines = [f"{digest}  {path.name}" if line.endswith(f"  {path.name}") else line
                 for line in sums.read_text(encoding="utf-8").splitlines()]
        sums.write_text("\n".join(lines) + "\n", encoding="utf-8")


def tables_searched(archive_path: Path) -> list[str]:
    """The tables whose records the real archive's search index holds (in the tables'
    order): the ones a search can find anything in."""
    import sqlite3
    from contextlib import closing

    from viewer.archive.schema import SEARCH_TABLE
    from viewer.archive.tables import TABLE_SPECS

    with closing(sqlite3.connect(f"{archive_path.as_uri()}?mode=ro", uri=True)) as conn:
        found = {tab for (tab,) in conn.execute(f"SELECT DISTINCT tab FROM {SEARCH_TABLE}")}
    return [name for name in TABLE_SPECS if name in found]
