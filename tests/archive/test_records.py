"""The record classes: plain frozen, slotted dataclasses."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import typing
from pathlib import Path

import pytest

from viewer.archive.records import (
    credits,
    documents,
    entities,
    kinds,
    navigation,
    series,
    statements,
    story,
)

REPO = Path(__file__).resolve().parents[2]
FAMILIES = (credits, documents, entities, navigation, series, statements, story)
#: Every record class, by name, from the family module that holds it.
CLASSES = {name: cls for family in FAMILIES for name, cls in vars(family).items()
           if isinstance(cls, type) and cls.__module__ == family.__name__}


def test_every_record_class_is_a_frozen_slotted_dataclass_with_a_docstring() -> None:
    assert len(CLASSES) == 22, CLASSES
    for name, cls in CLASSES.items():
        assert dataclasses.is_dataclass(cls), name
        assert cls.__dataclass_params__.frozen, name
        # Slotted: the fields are the slots of the class or of the dataclass it extends (the
        # five kinds of NamedThing), and no instance has a __dict__.
        slots = [n for c in reversed(cls.__mro__) for n in c.__dict__.get("__slots__", ())]
        assert slots == [f.name for f in dataclasses.fields(cls)], name
        assert cls.__dictoffset__ == 0, name
        assert cls.__name__ == name and cls.__module__.startswith("viewer.archive.records.")
        assert cls.__doc__ and not cls.__doc__.startswith(name + "("), name  # not generated


def test_a_record_refuses_changes_and_compares_by_value() -> None:
    first = navigation.Link("cast", 1, "Ana as Chuy", "credit")
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.label = "changed"  # type: ignore[misc]
    same = navigation.Link("cast", 1, "Ana as Chuy", "credit")
    assert first == same and hash(first) == hash(same) and first is not same
    assert repr(first) == ("Link(table='cast', id=1, label='Ana as Chuy', relation='credit', "
                           "document_kind='')")


def test_record_is_the_union_of_the_classes_tables_hand_out() -> None:
    members = set(typing.get_args(kinds.Record))
    assert {cls.__name__ for cls in members} == {
        "Source", "Excerpt", "Episode", "Person", "CastCredit", "CrewCredit", "Character",
        "Storyline", "Quote", "Fact", "Organisation", "Place", "Event", "Work", "Award",
        "Disagreement", "Claim"}
    assert all(CLASSES[cls.__name__] is cls for cls in members)


def test_the_five_kinds_of_named_thing_share_a_shape_but_not_an_identity() -> None:
    values = (7, "Bravo", ("network",), None, (), (), None, ("a.md",))
    organisation, place = entities.Organisation(*values), entities.Place(*values)
    assert organisation != place and organisation == entities.Organisation(*values)
    assert repr(place).startswith("Place(id=7, name='Bravo'")
    assert dataclasses.replace(place, name="Sonora") == entities.Place(7, "Sonora", *values[2:])
    with pytest.raises(dataclasses.FrozenInstanceError):
        place.name = "changed"  # type: ignore[misc]


def test_the_families_are_made_apart_and_only_kinds_imports_them_all() -> None:
    """A start makes only the classes of the tab it shows (Python compiles each dataclass's
    methods as the class is made): a family module imports no other, and the package itself
    imports none, so ``from viewer.archive.records.series import Episode`` (the first tab of
    a first start) makes one class, not twenty-two. A fresh interpreter, so that what other
    tests imported does not count."""
    code = ("import sys\n"
            "from viewer.archive.records.series import Episode\n"
            "print(sorted(m for m in sys.modules if m.startswith('viewer.archive.records')))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                         text=True, timeout=60, check=True).stdout
    assert out.strip() == "['viewer.archive.records', 'viewer.archive.records.series']"
