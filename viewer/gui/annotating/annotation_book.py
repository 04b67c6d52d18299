"""The user's annotations in the viewer: the store behind an undo stack, and a signal.

Every edit (annotate, change a note or tags, delete, import) is a :class:`QUndoCommand` that
calls :class:`~viewer.annotations.store.AnnotationStore` (one transaction each), so Ctrl+Z
undoes each and Ctrl+Y (or Ctrl+Shift+Z) redoes it. The database is opened the first time it
is needed; one that cannot be used (a newer version's, say) is reported once, and annotating
says why it is off.
No SQL here: the store owns it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from viewer.annotations.anchoring import Reattached, reattach
from viewer.annotations.model import Annotation
from viewer.annotations.store import AnnotationsError, AnnotationStore, MergeReport
from viewer.archive.store import Archive
from viewer.gui.labels import counted, fill, number

translate = QCoreApplication.translate


class _Edit(QUndoCommand):
    """One change to the annotations: ``after`` replaces ``before`` (None: not there)."""

    def __init__(self, book: AnnotationBook, text: str,
                 changes: Sequence[tuple[Annotation | None, Annotation | None]]) -> None:
        super().__init__(text)
        self._book = book
        self._changes = list(changes)

    def _apply(self, forward: bool) -> None:
        removed = [(b if forward else a) for b, a in self._changes
                   if (a if forward else b) is None and (b if forward else a) is not None]
        saved = [(a if forward else b) for b, a in self._changes
                 if (a if forward else b) is not None]
        if not self._book.write([x for x in saved if x is not None],
                                [x.id for x in removed if x is not None]):
            self.setObsolete(True)  # nothing was written: nothing to undo

    def redo(self) -> None:
        self._apply(True)

    def undo(self) -> None:
        self._apply(False)


class AnnotationBook(QObject):
    """The annotations database of one window, opened on first use."""

    changed = Signal()  # any annotation added, edited, removed or re-attached
    failed = Signal(str)  # a message for the user: the database cannot be used or written

    def __init__(self, path: Path | None = None, parent: QObject | None = None, *,
                 archive: Callable[[], Archive | None] = lambda: None) -> None:
        super().__init__(parent)
        self._path = path
        self._archive = archive  # the archive open now, to anchor what an edit writes in
        self._store: AnnotationStore | None = None
        self.problem: str | None = None  # why annotations are off, once opening failed
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("annotationUndoStack")

    @property
    def store(self) -> AnnotationStore | None:
        if self._store is None and self.problem is None:
            try:
                self._store = AnnotationStore.open(self._path)
            except AnnotationsError as exc:
                self.problem = str(exc)
                self.failed.emit(self.problem)
        return self._store

    @property
    def path(self) -> Path:
        """The database's file (opened or not): no export may be written over it."""
        from viewer.annotations.store import default_path

        return self._path or default_path()

    @property
    def available(self) -> bool:
        return self.store is not None

    @property
    def read_only_message(self) -> str | None:
        """Why annotations cannot be changed, when their file is read-only (else None)."""
        store = self.store
        return store.read_only_message if store is not None and store.read_only else None

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    # -- edits, each undoable -------------------------------------------------------------

    def write(self, saved: list[Annotation], removed: list[str]) -> bool:
        """Save and remove in the store (for the undo commands); False if it failed."""
        store = self.store
        if store is None:
            return False
        archive = self._archive()
        if saved and archive is not None:
            # An undo or redo writes a copy made before a rebuild may have moved the words
            # (or before another archive was opened): anchor it in the archive open now.
            moved = {a.id: a for a in reattach(archive, saved).changed}
            saved = [moved.get(a.id, a) for a in saved]
        try:
            if saved:
                store.save(saved)
            for ident in removed:
                store.remove(ident)
        except AnnotationsError as exc:
            self.failed.emit(str(exc))
            return False
        self.changed.emit()
        return True

    def add(self, annotation: Annotation) -> None:
        what = (translate("AnnotationBook", "Tag Record") if annotation.kind == "record"
                else translate("AnnotationBook", "Annotate"))
        self.undo_stack.push(_Edit(self, what, [(None, annotation)]))

    def edit(self, annotation: Annotation, note: str, tags: tuple[str, ...]) -> None:
        current = self.get(annotation.id) or annotation
        if (current.note, current.tags) == (note, tags):
            return
        self.undo_stack.push(_Edit(self, translate("AnnotationBook", "Edit Annotation"),
                                   [(current, current.edited(note, tags))]))

    def remove(self, annotations: Sequence[Annotation]) -> None:
        if annotations:
            n = len(annotations)
            self.undo_stack.push(_Edit(self, counted(
                n, translate("AnnotationBook", "Delete 1 Annotation"),
                fill(translate("AnnotationBook", "Delete %1 Annotations"), number(n))),
                                       [(a, None) for a in annotations]))

    def merge(self, incoming: Sequence[Annotation]) -> MergeReport | None:
        """Import: new ones added, newer copies replacing older; one undoable step."""
        store = self.store
        if store is None:
            return None
        changes: list[tuple[Annotation | None, Annotation | None]] = []
        added = updated = unchanged = 0
        seen: set[str] = set()
        for a in incoming:
            here = store.get(a.id)
            if a.id in seen or (here is not None and (a.modified <= here.modified or a == here)):
                unchanged += 1
                continue
            seen.add(a.id)
            added, updated = (added + 1, updated) if here is None else (added, updated + 1)
            changes.append((here, a))
        if changes:
            self.undo_stack.push(_Edit(self, translate(
                    "AnnotationBook", "Import Annotations"), changes))
        return MergeReport(added, updated, unchanged)

    # -- reading --------------------------------------------------------------------------

    def get(self, annotation_id: str) -> Annotation | None:
        store = self.store
        return store.get(annotation_id) if store else None

    def all(self) -> list[Annotation]:
        store = self.store
        return store.all() if store else []

    def on_source(self, source_file: str) -> list[Annotation]:
        store = self.store
        return store.on_source(source_file) if store else []

    def on_record(self, table: str, record_id: int) -> list[Annotation]:
        store = self.store
        return store.on_record(table, record_id) if store else []

    def overlapping(self, source_file: str, start: int, end: int) -> list[Annotation]:
        store = self.store
        return store.overlapping(source_file, start, end) if store else []

    def search(self, text: str, limit: int = 50) -> list[Annotation]:
        store = self.store
        return store.search(text, limit) if store else []

    def count_matching(self, text: str) -> int:
        """How many annotations :meth:`search` finds, past its limit too."""
        store = self.store
        return store.count_matching(text) if store else 0

    def tags(self) -> list[str]:
        store = self.store
        return store.tags() if store else []

    def reattach(self, archive: Archive) -> Reattached | None:
        """Anchor every annotation in a newly opened archive and save what moved. Only the
        documents whose checksum changed are read (none, usually). Not an undoable edit."""
        store = self.store
        if store is None:
            return None
        result = reattach(archive, store.all())
        if result.changed and not store.read_only:  # a read-only file keeps what it has
            try:
                store.save(result.changed)
            except AnnotationsError as exc:
                self.failed.emit(str(exc))
                return None
            self.changed.emit()
        return result

