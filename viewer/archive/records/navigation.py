"""What the viewer moves between records by: search hits and links to related records.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result: ``snippet`` is HTML-escaped text with matches in ``<b>…</b>``."""

    table: str
    id: int
    title: str
    snippet: str
    source: str
    rank: float


@dataclass(frozen=True, slots=True)
class Link:
    """A related record the detail pane can navigate to."""

    table: str
    id: int
    label: str
    relation: str
