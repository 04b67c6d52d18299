"""Where an annotation's words are in a source, and finding them again after the seeds change.

The W3C Web Annotation model's two text selectors, used as Hypothesis uses them: a position
(``TextPositionSelector``: start and end) and a quote (``TextQuoteSelector``: the exact words
and a little text before and after). A rebuild may move a passage (a seed edited above it) or
remove it: an annotation first tries its position (the words still there?), then its quote,
the occurrence whose surroundings best match the context winning; otherwise it is orphaned,
kept as it was, and tried again at the next archive opened.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from viewer.annotations.model import ATTACHED, ORPHANED, RECORD, SPAN, Annotation
from viewer.archive.records.documents import Source
from viewer.archive.store import Archive
from viewer.archive.tables import TABLE_SPECS, title_of

#: Characters of context kept on each side of the quote (Hypothesis keeps 32).
CONTEXT_CHARS = 32


def quote_at(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The exact words at ``text[start:end]`` and the context before and after them."""
    return (text[start:end], text[max(0, start - CONTEXT_CHARS):start],
            text[end:end + CONTEXT_CHARS])


def span_annotation(source: Source, text: str, start: int, end: int, **fields: object
                    ) -> Annotation:
    """A new annotation anchored to ``text[start:end]`` of ``source`` (both selectors)."""
    from viewer.annotations.model import new_id, now

    exact, prefix, suffix = quote_at(text, start, end)
    stamp = now()
    return Annotation(id=new_id(), kind=SPAN, source_file=source.file,
                      source_title=source.title, source_sha256=source.sha256, start=start,
                      end=end, exact=exact, prefix=prefix, suffix=suffix, created=stamp,
                      modified=stamp).replace(**fields)


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def locate(text: str, annotation: Annotation) -> tuple[int, int] | None:
    """Where ``annotation``'s quoted words are in ``text`` now, or None.

    By position first; then every occurrence of the quote, scored by how many characters of
    the stored context match around it (ties: the nearest to the old position); then the
    quote with its whitespace loosened (a seed re-wrapped). A quote that is not there at all
    is not guessed at.
    """
    exact = annotation.exact
    if not exact:
        return None
    start, end = annotation.start, annotation.end
    if text[start:end] == exact:
        return start, end
    found = [m.start() for m in re.finditer(re.escape(exact), text)]
    length = len(exact)
    if not found:
        words = exact.split()
        if not words:
            return None
        loose = re.compile(r"\s+".join(re.escape(w) for w in words))
        spans = [(m.start(), m.end()) for m in loose.finditer(text)]
    else:
        spans = [(i, i + length) for i in found]
    if not spans:
        return None

    def score(span: tuple[int, int]) -> tuple[int, int]:
        a, b = span
        context = (_common_suffix(text[max(0, a - CONTEXT_CHARS):a], annotation.prefix)
                   + _common_prefix(text[b:b + CONTEXT_CHARS], annotation.suffix))
        return context, -abs(a - start)

    return max(spans, key=score)


@dataclass(frozen=True, slots=True)
class Reattached:
    """What re-attaching did: annotations unchanged, moved to their words' new place, and
    orphaned (their words gone) — the annotations changed, to be saved."""

    kept: int
    moved: int
    orphaned: int
    changed: tuple[Annotation, ...]


def _record_place(archive: Archive, annotation: Annotation) -> int | None:
    """The id of the record a record annotation is on in ``archive``: the same id if its title
    is still the one stored, else the one record of that table with that title."""
    table, title = annotation.record_table, annotation.record_title
    if table not in TABLE_SPECS or table not in archive.table_names():
        return None
    if annotation.record_id is not None:
        record = archive.get(table, annotation.record_id)
        if record is not None and title_of(table, record) == title:
            return record.id
    same = [r.id for r in archive.iter_records(table, filter_text=title)
            if title_of(table, r) == title]
    return same[0] if len(same) == 1 else None


def reattach(archive: Archive, annotations: Iterable[Annotation]) -> Reattached:
    """Anchor every annotation in ``archive`` (one opened after a rebuild, or another one).

    A span whose source still has the checksum it was made on is where it was: only its
    documents that changed are read. The others are located (:func:`locate`) and moved, with
    the new checksum and context, or orphaned; an orphan found again is attached again.
    """
    sources = {s.file: s for s in archive.sources()}
    texts: dict[int, str] = {}
    kept = moved = orphaned = 0
    changed: list[Annotation] = []
    for a in annotations:
        new = a
        if a.kind == SPAN:
            source = sources.get(a.source_file)
            if source is not None and source.sha256 == a.source_sha256:
                new = a.replace(status=ATTACHED)
            elif source is not None:
                text = texts.get(source.id)
                if text is None:
                    text = texts[source.id] = archive.source_text(source.id)
                where = locate(text, a)
                if where is not None:
                    exact, prefix, suffix = quote_at(text, *where)
                    new = a.replace(start=where[0], end=where[1], exact=exact, prefix=prefix,
                                    suffix=suffix, source_sha256=source.sha256,
                                    source_title=source.title, status=ATTACHED)
                else:
                    new = a.replace(status=ORPHANED)
            else:
                new = a.replace(status=ORPHANED)
        elif a.kind == RECORD:
            record_id = _record_place(archive, a)
            new = (a.replace(status=ORPHANED) if record_id is None
                   else a.replace(record_id=record_id, status=ATTACHED))
        if new.status == ORPHANED:
            orphaned += 1
        elif (new.start, new.end, new.record_id) != (a.start, a.end, a.record_id):
            moved += 1
        else:
            kept += 1
        if new != a:
            changed.append(new)
    return Reattached(kept, moved, orphaned, tuple(changed))
