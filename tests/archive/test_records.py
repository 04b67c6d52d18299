"""The record classes: frozen, slotted dataclasses, each made the first time it is asked for."""

from __future__ import annotations

import ast
import dataclasses
import subprocess
import sys
import textwrap
import typing
from pathlib import Path

import pytest

from viewer.archive import records

CLASSES = [name for name in dir(records) if isinstance(getattr(records, name), type)
           and getattr(records, name).__module__ == records.__name__]


def test_every_record_class_is_a_frozen_slotted_dataclass_with_a_docstring() -> None:
    assert len(CLASSES) == 14, CLASSES
    for name in CLASSES:
        cls = getattr(records, name)
        assert dataclasses.is_dataclass(cls), name
        assert cls.__dataclass_params__.frozen, name
        assert cls.__slots__ == tuple(f.name for f in dataclasses.fields(cls)), name
        assert (cls.__name__, cls.__module__) == (name, "viewer.archive.records")
        assert cls.__doc__ and not cls.__doc__.startswith(name + "("), name  # not generated
        assert getattr(records, name) is cls  # made once


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
        "Storyline", "Quote", "Fact"}
    assert all(getattr(records, cls.__name__) is cls for cls in members)
    # The union is written twice, for the type checker and for run time: the two lists agree.
    tree = ast.parse(Path(records.__file__).read_text())
    static = next(node.value for node in ast.walk(tree) if isinstance(node, ast.Assign)
                  and [getattr(t, "id", "") for t in node.targets] == ["Record"])
    assert ({n.id for n in ast.walk(static) if isinstance(n, ast.Name)}
            == {cls.__name__ for cls in members})
    with pytest.raises(AttributeError, match="no attribute 'Episodes'"):
        records.Episodes  # type: ignore[attr-defined] # noqa: B018


def test_threads_asking_for_a_class_at_once_all_get_the_same_class() -> None:
    """Worker threads build records while the GUI thread may: two copies of a class would make
    ``isinstance`` fail for records built on the other thread. Making a class is slowed down
    here so that, without the lock, every thread would make its own."""
    code = textwrap.dedent("""
        import dataclasses, threading, time
        real = dataclasses.dataclass

        def slow(*args, **kwargs):
            time.sleep(0.05)
            return real(*args, **kwargs)

        dataclasses.dataclass = slow
        from viewer.archive import records

        start = threading.Barrier(8)
        made = []

        def ask():
            start.wait()
            made.append(records.Quote)

        threads = [threading.Thread(target=ask) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        print(len(made), len({id(cls) for cls in made}))
    """)
    out = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parents[2],
                         capture_output=True, text=True, check=True).stdout.split()
    assert out == ["8", "1"]
