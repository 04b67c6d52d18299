"""What a listing of records (the CLI's search hits) marks as the window does: the records no
words state, and a person's roles only inferred credits give.

Kept apart from :mod:`viewer.archive.tables`, which every start of the window imports: this
module's dataclass is needed by the CLI's listing only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from viewer.archive.tables import (
    ENTITY_KINDS,
    ReadsRecords,
    composed_records,
    marked_title,
    title_of,
)

#: The tables whose records say themselves what no words state of them: a credit's or a named
#: thing's ``inferred`` reason, a person's ``inferred_roles``.
INFERRED_TABLES = frozenset({"cast", "crew", "people", *ENTITY_KINDS})


@dataclass(frozen=True, slots=True)
class InferredMark:
    """What a record's title and listing say no words state: ``reason``, why the record is
    inferred (:attr:`CrewCredit.inferred`); ``roles``, a person's roles only inferred credits
    give; ``in_title``, whether its title is marked "(inferred)" (:func:`marked_title`)."""

    reason: str | None
    roles: tuple[str, ...]
    in_title: bool


def inferred_marks(archive: ReadsRecords, keys: Iterable[tuple[str, int]]
                   ) -> dict[tuple[str, int], InferredMark]:
    """The :class:`InferredMark` of each record named by ``keys`` (table, id) that has one,
    for a listing of records (the CLI's search hits) to mark them as the window does."""
    marks = {}
    for (table, record_id), record in composed_records(archive, keys,
                                                       INFERRED_TABLES).items():
        reason = getattr(record, "inferred", None)
        roles: tuple[str, ...] = getattr(record, "inferred_roles", ())
        if reason or roles:
            marks[(table, record_id)] = InferredMark(
                reason, roles, marked_title(table, record) != title_of(table, record))
    return marks
