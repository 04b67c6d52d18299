"""What the sources state and where they disagree: quotes, facts, claims and
disagreements.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Quote:
    """Words a source attributes to a speaker (``person_id`` when the speaker is a credited
    person)."""

    id: int
    person_id: int | None
    speaker: str
    role: str | None
    character: str | None
    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Fact:
    """One stated fact: ``value`` is the normalised reading (an ISO date, a number) of the words
    ``stated``, which stand in the sentence ``statement`` of ``source``."""

    id: int
    topic: str
    label: str
    value: str
    stated: str
    statement: str
    source: str
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Claim:
    """One value one source states about a subject's attribute, as the archive compares it
    (``kind``: "number", "date" or "name"); ``disagreement_id`` where it is one side of a
    disagreement."""

    id: int
    subject: str
    attribute: str
    value: str
    stated: str
    kind: str
    source: str
    record_table: str | None
    record_id: int | None
    disagreement_id: int | None
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Disagreement:
    """A subject and attribute the sources give values for that do not agree.

    ``values`` holds each value as stated, ``{"value", "side", "sources", "spans":
    [{"source", "start", "end"}]}``, a span only under the value its words state; values that
    agree share a ``side`` (1, 2, …); ``as`` what the text calls the value, where it does
    ("official count"), ``inferred`` (and ``inferred_parts``) why a value no words state is
    read. ``claimed`` just the values, ``summary`` each side's in one line; ``kind`` says what
    was compared ("number", "date", "name", "role")."""

    id: int
    subject: str
    attribute: str
    kind: str
    summary: str
    claimed: tuple[str, ...]
    values: tuple[dict[str, Any], ...]
    sources: tuple[str, ...]
