"""Annotations tests: a real archive built from a copy of the real seeds, a real database."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.bad_archives import restore_permissions
from tests.conftest import SEEDS
from viewer.annotations.store import AnnotationStore

NEWS = "001_44e4559a90d9d777.txt"
PASSAGE = "a 2011 massacre of at least 300 people"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AnnotationStore]:
    (tmp_path / "notes").mkdir()  # a named path's folder must exist (only the default's is made)
    with AnnotationStore.open(tmp_path / "notes" / "annotations.sqlite") as opened:
        yield opened


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    """A copy of the real seeds, to edit."""
    return Path(shutil.copytree(SEEDS, tmp_path / "seeds"))


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    """A folder for an annotations file whose permissions a test may take away (they are
    given back afterwards, so the temporary folder can be removed)."""
    made = tmp_path / "notes"
    made.mkdir()
    yield made
    restore_permissions(tmp_path)
