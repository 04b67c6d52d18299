"""The record classes: plain frozen, slotted dataclasses."""

from __future__ import annotations

import dataclasses
import typing

import pytest

from viewer.archive import records

CLASSES = [name for name in dir(records) if isinstance(getattr(records, name), type)
           and getattr(records, name).__module__ == records.__name__]


def test_every_record_class_is_a_frozen_slotted_dataclass_with_a_docstring() -> None:
    assert len(CLASSES) == 21, CLASSES
    for name in CLASSES:
        cls = getattr(records, name)
        assert dataclasses.is_dataclass(cls), name
        assert cls.__dataclass_params__.frozen, name
        assert cls.__slots__ == tuple(f.name for f in dataclasses.fields(cls)), name
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
