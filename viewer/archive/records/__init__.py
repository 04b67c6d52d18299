"""The records the archive hands out: frozen dataclasses, never cursors or row tuples.

Everything above the data layer (GUI models, the CLI, export) sees only these. Field names are
the column keys that table specs, exports and models share, so a column is named once.
They are slotted: a tab holds thousands of them, and without a ``__dict__`` each costs less
memory and one object fewer for the garbage collector to walk.

One module per family, and nothing here: a class is imported from the module that holds it
(``from viewer.archive.records.series import Episode``), so a start makes only the classes
of the tab it shows (Python compiles each dataclass's methods when the class is made) — the
documents and provenance (:mod:`.documents`), the episodes (:mod:`.series`, alone: the
first tab of a first start), storylines and characters (:mod:`.story`), people and credits
(:mod:`.credits`), what sources state (:mod:`.statements`), other named things
(:mod:`.entities`), search hits and links (:mod:`.navigation`); :mod:`.kinds` names the
union of them all, :data:`~viewer.archive.records.kinds.Record`.
"""
