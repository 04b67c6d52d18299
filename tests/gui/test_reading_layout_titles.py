"""Where a section title's line is looked for: the text after the passage before it. Found
walking the document's passages once per layout (reading_layout._PassageEnds), as the
whole-document scan per title found it."""

from __future__ import annotations

from viewer.archive.records.documents import Excerpt, PassageBounds
from viewer.archive.store import Archive
from viewer.gui.reading.reading_layout import _PassageEnds


def _scanned(passages: list[PassageBounds], rec: Excerpt) -> int:
    """What each title scanned the whole document for, before."""
    return max((p.end for p in passages if p.seq < rec.seq and p.end <= rec.start), default=0)


def test_the_end_before_each_passage_is_the_whole_scan_s(archive: Archive) -> None:
    checked = 0
    for source in archive.sources():
        document = archive.source_document(source.id)
        recs = [r for r in archive.iter_records("excerpts")
                if isinstance(r, Excerpt) and r.source_id == source.id]
        recs.sort(key=lambda r: r.seq)
        ends = _PassageEnds(document.passages)
        for rec in recs:  # in reading order, as a layout asks
            assert ends.before(rec) == _scanned(document.passages, rec), rec
            checked += 1
        for rec in reversed(recs[-20:]):  # out of order, it starts again: still the same
            assert ends.before(rec) == _scanned(document.passages, rec), rec
    assert checked > 100
