"""What every extractor's tests share: the real seed a layout was written for, read once per
module, its extraction, and every value located in it.

A test module names its seed and extractor with two constants, ``NAME`` (the seed's file) and
``LAYOUT`` (the extractor module); the ``text`` and ``extraction`` fixtures read those.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from tests.conftest import SEEDS
from viewer.archive.extract.base import Extraction, Located
from viewer.archive.manifest import read_manifest


def seed_text(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def other_seeds(name: str) -> list[str]:
    """Every seed of the manifest but ``name``: each layout must refuse the others."""
    return [entry["file"] for entry in read_manifest(SEEDS, check_layouts=False)
            if entry["file"] != name]


def located_in(value: object) -> Iterator[Located]:
    """Every Located inside a record, however deeply it sits in fields and tuples."""
    if isinstance(value, Located):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from located_in(getattr(value, f.name))
    elif isinstance(value, list | tuple):
        for item in value:
            yield from located_in(item)


@pytest.fixture(scope="module")
def text(request: pytest.FixtureRequest) -> str:
    return seed_text(request.module.NAME)


@pytest.fixture(scope="module")
def extraction(request: pytest.FixtureRequest, text: str) -> Extraction:
    result: Extraction = request.module.LAYOUT.extract(text, request.module.NAME)
    return result
