"""The record classes: plain frozen, slotted dataclasses."""

from __future__ import annotations

import dataclasses
import typing

import pytest

from viewer.archive import records

CLASSES = [name for name in dir(records) if isinstance(getattr(records, name), type)
           and getattr(records, name).__module__ == records.__name__]


def test_every_record_class_is_a_frozen_slotted_dataclass_with_a_docstring() -> None:
    assert len(CLASSES) == 22, CLASSES
    for name in CLASSES:
        cls = getattr(records, name)
        assert dataclasses.is_dataclass(cls), name
        assert cls.__dataclass_params__.frozen, name
        # Slotted: the fields are the slots of the class or of the dataclass it extends (the
        # five kinds of NamedThing), and no instance has a __dict__.
        slots = [n for c in reversed(cls.__mro__) for n in c.__dict__.get("__slots__", ())]
        assert slots == [f.name for f in dataclasses.fields(cls)], name
        assert cls.__dictoffset__ == 0, name
        assert (cls.__name__, cls.__module__) == (name, "viewer.archive.records")
        assert cls.__doc__ and not cls.__doc__.startswith(name + "("), name  # not generated


def test_a_record_refuses_changes_and_compares_by_value() -> None:
    first = records.Link("cast", 1, "Ana as Chuy", "credit")
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.label = "changed"  # type: ignore[misc]
    same = records.Link("cast", 1, "Ana as Chuy", "credit")
    assert first == same and hash(first) == hash(same) and first is not same
    assert repr(first) == "Link(table='cast', id=1, label='Ana as Chuy', relation='credit')"


def test_record_is_the_union_of_the_classes_tables_hand_out() -> None:
    members = set(typing.get_args(records.Record))
    assert {cls.__name__ for cls in members} == {
        "Source", "Excerpt", "Episode", "Person", "CastCredit", "CrewCredit", "Character",
        "Storyline", "Quote", "Fact", "Organisation", "Place", "Event", "Work", "Award",
        "Disagreement", "Claim"}
    assert all(getattr(records, cls.__name__) is cls for cls in members)


def test_the_five_kinds_of_named_thing_share_a_shape_but_not_an_identity() -> None:
    values = (7, "Bravo", ("network",), None, (), (), None, ("a.md",))
    organisation, place = records.Organisation(*values), records.Place(*values)
    assert organisation != place and organisation == records.Organisation(*values)
    assert repr(place).startswith("Place(id=7, name='Bravo'")
    assert dataclasses.replace(place, name="Sonora") == records.Place(7, "Sonora", *values[2:])
    with pytest.raises(dataclasses.FrozenInstanceError):
        place.name = "changed"  # type: ignore[misc]
