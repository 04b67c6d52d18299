"""A document as the source reader lays it out, read in one go (by a worker, in the viewer).
Apart from :mod:`.records` for the reason :mod:`.charts` is: defining a dataclass costs about a
millisecond, and a start that opens no document should not pay for it.
"""

from __future__ import annotations

from dataclasses import dataclass

from viewer.archive.records.documents import PassageBounds, Source


@dataclass(frozen=True, slots=True)
class DocumentText:
    """One document: its record, its original ``text`` (what every span's offsets count), and
    where each of its cleaned passages lies, in reading order (see
    ``Archive.source_passage_bounds``)."""

    source: Source
    text: str
    passages: list[PassageBounds]
