"""The documents the source reader has read and keeps, and those a worker is reading for it.

Plain Python, no Qt: the reader asks a worker for a document it has not read and takes it
from here when it arrives, unless it was read for an archive no longer open.
"""

from __future__ import annotations

from collections import OrderedDict

from viewer.archive.documents import DocumentText

# Documents read and kept: going back and forth between records of a few documents reads
# none of them again (one is ~500,000 characters in an archive of a million excerpts).
DOCUMENTS_KEPT = 4


class DocumentCache:
    """The last :data:`DOCUMENTS_KEPT` documents read, and those asked of a worker.

    ``generation`` counts the archives opened (and the reader's stops): a worker is asked for
    a document with it, and what it sends back under an older one is not taken.
    """

    def __init__(self) -> None:
        self._documents: OrderedDict[int, DocumentText] = OrderedDict()
        self._asked: set[int] = set()  # documents a worker is reading
        self.generation = 0

    def get(self, source_id: int) -> DocumentText | None:
        """The document if it has been read (it is now the last to be dropped)."""
        document = self._documents.get(source_id)
        if document is not None:
            self._documents.move_to_end(source_id)
        return document

    def keep(self, document: DocumentText) -> None:
        self._documents[document.source.id] = document
        while len(self._documents) > DOCUMENTS_KEPT:
            self._documents.popitem(last=False)

    def ask(self, source_id: int) -> bool:
        """Note that a worker is to read the document: False if one already is."""
        if source_id in self._asked:
            return False
        self._asked.add(source_id)
        return True

    def stop(self) -> None:
        """Take nothing that is on its way."""
        self.generation += 1
        self._asked.clear()

    def forget(self) -> None:
        """Another archive is open: its documents are others."""
        self._documents.clear()
        self.stop()

    def arrived(self, generation: int, source_id: int,
                document: DocumentText | None = None) -> bool:
        """A worker is done with a document (``document`` None: it could not read it); False
        if it was read for an archive no longer open, and is not taken."""
        if generation != self.generation:
            return False
        self._asked.discard(source_id)
        if document is not None:
            self.keep(document)
        return True
