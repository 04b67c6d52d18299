"""The reader's own notes and tags: kept in the user's database, apart from the archive.

The archive is read-only and replaced by every rebuild; annotations are the user's work and
must outlive it. So they live in their own SQLite file (:mod:`.store`), each anchored as the
W3C Web Annotation model anchors one (:mod:`.anchoring`: the source's checksum, the character
range and the quoted words with some context), re-attached after a rebuild, and exchanged as
CSV, JSON or Web Annotation JSON-LD (:mod:`.exchange`). Plain Python: never imports Qt.
"""
