"""Annotations re-attach after a rebuild from edited seeds, or are orphaned and kept."""

from __future__ import annotations

from pathlib import Path

from tests.annotations.conftest import NEWS, PASSAGE
from viewer.annotations.anchoring import locate, quote_at, reattach, span_annotation
from viewer.annotations.model import ATTACHED, ORPHANED, RECORD, Annotation, new_id, now
from viewer.annotations.store import AnnotationStore
from viewer.archive.build import build_archive
from viewer.archive.store import Archive


def _annotate(archive: Archive, file: str, words: str) -> Annotation:
    source = next(s for s in archive.sources() if s.file == file)
    text = archive.source_text(source.id)
    start = text.index(words)
    return span_annotation(source, text, start, start + len(words), note="the DEA's part",
                           tags=("contradiction",))


def _rebuild(seeds: Path, out: Path) -> Archive:
    build_archive(seeds, out, allow_changed_seeds=True)  # edited on purpose
    return Archive.open(out)


def test_rebuild_with_text_added_before_and_after_reattaches(
        seeds: Path, tmp_path: Path, store: AnnotationStore) -> None:
    with _rebuild(seeds, tmp_path / "a.sqlite") as first:
        a = _annotate(first, NEWS, PASSAGE)
    store.add(a)
    seed = seeds / NEWS
    text = seed.read_text(encoding="utf-8")
    before = "An editor's note added above the passage, long enough to move it.\n\n"
    after = "A paragraph added near the end, after the passage.\n\n"
    head, tail = text.index("The six-episode"), text.index("About Les Luchter")
    seed.write_text(text[:head] + before + text[head:tail] + after + text[tail:],
                    encoding="utf-8")
    with _rebuild(seeds, tmp_path / "b.sqlite") as second:
        result = reattach(second, store.all())
        store.save(result.changed)
        moved = store.get(a.id)
        source = next(s for s in second.sources() if s.file == NEWS)
        new_text = second.source_text(source.id)
    assert (result.moved, result.orphaned) == (1, 0)
    assert moved.status == ATTACHED
    assert moved.start == a.start + len(before)
    assert new_text[moved.start:moved.end] == PASSAGE
    assert moved.source_sha256 == source.sha256 != a.source_sha256
    assert (moved.note, moved.tags, moved.id) == (a.note, a.tags, a.id)


def test_rebuild_with_the_passage_deleted_orphans_it_and_keeps_it(
        seeds: Path, tmp_path: Path, store: AnnotationStore) -> None:
    with _rebuild(seeds, tmp_path / "a.sqlite") as first:
        a = _annotate(first, NEWS, PASSAGE)
        kept = _annotate(first, NEWS, "James Schamus")
    store.save([a, kept])
    seed = seeds / NEWS
    text = seed.read_text(encoding="utf-8")
    sentence_start = text.index("The six-episode")
    sentence_end = text.index("\n", sentence_start)
    seed.write_text(text[:sentence_start] + text[sentence_end + 1:], encoding="utf-8")
    with _rebuild(seeds, tmp_path / "b.sqlite") as second:
        result = reattach(second, store.all())
        store.save(result.changed)
    assert result.orphaned == 1
    orphan = store.get(a.id)
    assert orphan.status == ORPHANED
    assert (orphan.exact, orphan.note, orphan.start) == (PASSAGE, a.note, a.start)
    assert [x.id for x in store.all() if x.orphaned] == [a.id]  # listed, not lost
    assert store.get(kept.id).status == ATTACHED
    seed.write_text(text, encoding="utf-8")  # the passage back: the orphan attaches again
    with _rebuild(seeds, tmp_path / "d.sqlite") as third:
        again = reattach(third, store.all())
    back = next(x for x in again.changed if x.id == a.id)
    assert (back.status, back.start) == (ATTACHED, a.start)


def test_quote_context_picks_the_right_occurrence() -> None:
    text = "one apple here. two apple there. three apple everywhere."
    start = text.index("apple", 20)
    exact, prefix, suffix = quote_at(text, start, start + 5)
    a = Annotation(id="x", kind="span", start=start, end=start + 5, exact=exact,
                   prefix=prefix, suffix=suffix)
    edited = "PREFACE. " + text.replace("one apple", "one red apple")
    found = locate(edited, a)
    assert found is not None
    assert edited[found[0] - 4:found[1]] == "two apple"


def test_rewrapped_quote_is_found_with_loosened_whitespace() -> None:
    a = Annotation(id="x", kind="span", start=0, end=11, exact="hello world")
    assert locate("xx hello\n  world yy", a) == (3, 16)


def test_record_annotation_follows_its_title(archive: Archive) -> None:
    record = next(iter(archive.iter_records("episodes")))
    from viewer.archive.tables import title_of

    title = title_of("episodes", record)
    stamp = now()
    right = Annotation(id=new_id(), kind=RECORD, record_table="episodes",
                       record_id=record.id, record_title=title, created=stamp, modified=stamp)
    gone = right.replace(id=new_id(), record_id=99999, record_title="No such episode")
    result = reattach(archive, [right, gone])
    assert (result.kept, result.orphaned) == (1, 1)
