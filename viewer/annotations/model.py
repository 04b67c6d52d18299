"""One annotation, as every layer above the store sees it: a frozen dataclass."""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

#: What an annotation is attached to.
SPAN = "span"  # characters of a source document
RECORD = "record"  # a record of the archive (a tag or note on the record itself)
#: Where an annotation stands against the archive open now.
ATTACHED = "attached"
ORPHANED = "orphaned"  # its words are no longer in the source: kept and listed, never lost


def now() -> str:
    """An ISO 8601 UTC time stamp, to the second, as the Web Annotation model writes them."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def new_id() -> str:
    """A random UUID: an annotation keeps it through export and import, so merges can tell
    the same annotation from a new one."""
    return str(uuid.uuid4())


def clean_tags(tags: object) -> tuple[str, ...]:
    """Tags as the user typed them (a comma-separated string or a list), trimmed, each once."""
    items = tags.split(",") if isinstance(tags, str) else list(tags) if isinstance(
        tags, list | tuple) else []
    out: list[str] = []
    for item in items:
        tag = " ".join(str(item).split())
        if tag and tag.casefold() not in {t.casefold() for t in out}:
            out.append(tag)
    return tuple(out)


#: Between tags as they are shown: the comma they are typed with, which no tag can hold
#: (:func:`clean_tags` splits on it), so "check later" reads as one tag. Shown as "#check
#: later" the tag ran on into the note after it, and "#" is a record's number elsewhere.
TAG_SEPARATOR = ", "


def shown_tags(tags: tuple[str, ...]) -> str:
    """Tags as the detail pane, the Annotations tab and ``annotations list`` show them."""
    return TAG_SEPARATOR.join(tags)


@dataclass(frozen=True, slots=True)
class Annotation:
    """A note and tags on a span of a source (``kind`` :data:`SPAN`) or on a record
    (:data:`RECORD`).

    A span keeps what re-attaches it after the seeds change: the source's file name and
    checksum, the character range of its text (``text[start:end]``, Python indices, as the
    archive's provenance counts) and the quoted words with a few before and after.
    """

    id: str
    kind: str
    note: str = ""
    tags: tuple[str, ...] = ()
    source_file: str = ""
    source_title: str = ""
    source_sha256: str = ""
    start: int = 0
    end: int = 0
    exact: str = ""
    prefix: str = ""
    suffix: str = ""
    record_table: str = ""
    record_id: int | None = None
    record_title: str = ""
    status: str = ATTACHED
    created: str = ""
    modified: str = ""

    @property
    def orphaned(self) -> bool:
        return self.status == ORPHANED

    def edited(self, note: str, tags: tuple[str, ...]) -> Annotation:
        """This annotation with another note and tags, its modified time now."""
        return dataclasses.replace(self, note=note, tags=clean_tags(tags), modified=now())

    def replace(self, **changes: object) -> Annotation:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


FIELDS = tuple(f.name for f in dataclasses.fields(Annotation))
