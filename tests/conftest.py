"""Test setup shared by every layer.

Qt must see ``QT_QPA_PLATFORM=offscreen`` before PySide6 is first imported, so it is set here,
at collection time, not in a fixture. Settings never touch the developer's own: QSettings is
pointed at a temporary folder by the GUI tests' fixtures.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"

import pytest  # noqa: E402


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
