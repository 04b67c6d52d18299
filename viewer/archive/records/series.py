"""The series' episodes as the sources describe them: alone in their module, because the
Episodes tab is the one a first start shows, and a start makes only its own tab's classes."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Episode:
    """One episode as the sources describe it, merged across them; ``None`` where no source
    states the field."""

    id: int
    number: int
    title: str | None
    directors: tuple[str, ...]
    writers: tuple[str, ...]
    release_date: str | None
    runtime_minutes: int | None
    synopsis: str | None
    sources: tuple[str, ...]
