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
    """A related record the detail pane can navigate to. ``label`` is its English title; where
    links would share one title, the kind of document each is stated in follows it, and is
    ``document_kind`` too, so a window can compose the label in its own language."""

    table: str
    id: int
    label: str
    relation: str
    document_kind: str = ""
