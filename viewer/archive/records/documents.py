"""The seed documents and where in them a record's words stand: :class:`Source`, its
passages (:class:`Excerpt`, :class:`PassageBounds`) and provenance spans (:class:`Span`).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    """Where in which seed a record's field is stated: ``text[start:end]`` of that seed."""

    source_id: int
    source_file: str
    source_title: str
    field: str
    start: int
    end: int
    #: "stated" where the seed says the value there; "inferred" where the archive read it
    #: from the layout or from part of a name, "curated" where a correction filed it
    #: (``reason`` says how or why).
    status: str = "stated"
    reason: str | None = None
    #: The value the record reads there: for a link's citation (fields ``links`` and
    #: ``people`` of a thing), the name of the record linked.
    value: str | None = None


@dataclass(frozen=True, slots=True)
class PassageBounds:
    """Where one cleaned passage lies in its document, without its text: ``seq`` is its place
    in reading order, ``length`` its cleaned text's length. What the source reader reads of
    every passage of a document to choose which to lay out (far cheaper than whole
    records)."""

    seq: int
    start: int
    end: int
    length: int


@dataclass(frozen=True, slots=True)
class Source:
    """A seed document: where it was published, what kind of text it is and its checksum
    (its text is read on its own, by ``Archive.source_text``, and never carried here)."""

    id: int
    file: str
    title: str
    site: str
    kind: str
    language: str
    date: str | None
    author: str | None
    citation_type: str
    curated: tuple[str, ...]
    sha256: str
    char_count: int
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Excerpt:
    """One passage of a source, in reading order (``seq``), with the heading it stands under;
    ``text`` is the passage cleaned of page furniture, ``start``/``end`` where it lies in
    the seed."""

    id: int
    source_id: int
    source: str
    seq: int
    section: str
    kind: str
    text: str
    start: int
    end: int
    sources: tuple[str, ...]
