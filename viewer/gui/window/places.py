"""A step of the window's Back/Forward history (:mod:`viewer.gui.window.history`)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Place:
    """A record shown, and the row its tab showed it in (None: not from a tab). The row is a
    hint for going back: a tab keeps only some of its rows in memory, and the row finds the
    record again in a page the tab has since dropped."""

    table: str
    id: int
    row: int | None = field(default=None, compare=False)
