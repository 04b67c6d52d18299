"""Any record of a table, and records as plain dicts. Importing this imports every family:
modules that only annotate with :data:`Record` import it under ``TYPE_CHECKING``."""

from __future__ import annotations

import dataclasses
from typing import Any

from viewer.archive.records.credits import CastCredit, CrewCredit, Person
from viewer.archive.records.documents import Excerpt, Source
from viewer.archive.records.entities import Award, Event, Organisation, Place, Work
from viewer.archive.records.series import Episode
from viewer.archive.records.statements import Claim, Disagreement, Fact, Quote
from viewer.archive.records.story import Character, Storyline

Record = (
    Source | Excerpt | Episode | Person | CastCredit | CrewCredit | Character | Storyline
    | Quote | Fact | Organisation | Place | Event | Work | Award | Claim | Disagreement
)
"""Any record a table of the archive holds."""


def record_dict(record: Record) -> dict[str, Any]:
    """A record as a plain dict with lists for tuples (for JSON and CSV export)."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        out[f.name] = list(value) if isinstance(value, tuple) else value
    return out
