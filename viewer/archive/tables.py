"""The tables a user browses, searches and exports, and how each maps onto the archive.

A *logical* table ("cast") is a physical table ("credits") narrowed by a fixed condition, with
the columns a person sees. The GUI's models, the CLI and export all read these specs, so a
column's name, label and sortability are stated once.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from viewer.archive.schema import SEARCHABLE, SORT_KEYS
from viewer.archive.topics import sentence_case
from viewer.i18n import message as _

if TYPE_CHECKING:
    from viewer.archive.records.credits import CastCredit, CrewCredit, Person
    from viewer.archive.records.documents import Excerpt, Source
    from viewer.archive.records.entities import NamedThing
    from viewer.archive.records.kinds import Record
    from viewer.archive.records.series import Episode
    from viewer.archive.records.statements import Claim, Disagreement, Fact, Quote
    from viewer.archive.records.story import Character, Storyline

# Each builder imports its record's family when it builds its first row (then it is one lookup
# in sys.modules): a start that shows one tab makes only that family's classes.


@dataclass(frozen=True, slots=True)
class Column:
    """``key`` is the record attribute; ``sortable`` columns have an index-friendly SQL twin.

    What is particular to one column is said here, in English like ``label``, and translated
    where it is shown (the window, context "Tables"): ``tip``, its header's tooltip where
    "Sort by …" would not tell enough; ``disambiguation``, for translators, what ``label``
    means where the same English word names something else (Qt's disambiguation)."""

    key: str
    label: str
    sortable: bool = True
    tip: str = ""
    disambiguation: str = ""
    #: The column holds a JSON list the builder writes (a person's roles, an entity's
    #: relations, a record's sources); such a column is never sortable.
    listed: bool = False


@dataclass(frozen=True, slots=True)
class TableSpec:
    """One logical table as every layer sees it: ``physical`` is the SQLite table it reads
    (``where`` narrows it: cast and crew share ``credits``), ``columns`` what a tab and an export
    show, ``build`` how a row becomes its record."""

    name: str
    label: str
    physical: str
    where: str
    columns: tuple[Column, ...]
    detail_columns: tuple[str, ...]
    title_key: str
    build: Callable[[Mapping[str, Any]], Record]
    default_sort: str = "id"

    def column(self, key: str) -> Column:
        for col in self.columns:
            if col.key == key:
                return col
        raise KeyError(f"{self.name} has no column {key!r}")


class Unreadable(str):
    """What a list cell held when it is not the JSON list the builder writes: its raw text,
    marked, shown as what it is (issue 30: one such cell raised an error on every paint of
    the window, hundreds of dialogs). Exports refuse it, naming the record and column."""

    #: The cell's text as the archive holds it (the marked text is in the user's language).
    raw: str

    def __new__(cls, raw: object) -> Unreadable:
        text = str(raw)
        marked = super().__new__(cls, _("⚠ unreadable: {raw}").format(raw=text))
        marked.raw = text
        return marked


def _list(value: Any) -> tuple[Any, ...]:
    if value is None or value == "":
        return ()
    try:
        parsed = json.loads(value)
    except (TypeError, ValueError):
        return (Unreadable(value),)
    return tuple(parsed) if isinstance(parsed, list) else (Unreadable(value),)


def _bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


def _source(r: Mapping[str, Any]) -> Source:
    from viewer.archive.records.documents import Source

    return Source(r["id"], r["file"], r["title"], r["site"], r["kind"], r["language"],
                  r["date"], r["author"], r["citation_type"] or "document",
                  _list(r["curated"]), r["sha256"], r["char_count"], _list(r["sources"]))


def _excerpt(r: Mapping[str, Any]) -> Excerpt:
    from viewer.archive.records.documents import Excerpt

    return Excerpt(r["id"], r["source_id"], r["source"], r["seq"], r["section"],
                           r["kind"], r["text"], r["start"], r["end"], _list(r["sources"]))


def _episode(r: Mapping[str, Any]) -> Episode:
    from viewer.archive.records.series import Episode

    return Episode(r["id"], r["number"], r["title"], _list(r["directors"]),
                           _list(r["writers"]), r["release_date"], r["runtime_minutes"],
                           r["synopsis"], _list(r["sources"]))


def _person(r: Mapping[str, Any]) -> Person:
    from viewer.archive.reasons import reasoned
    from viewer.archive.records.credits import Person

    return Person(r["id"], r["name"], _list(r["variants"]), _list(r["roles"]),
                  _list(r["sources"]),
                  reasoned(r["spelling_note"], r["spelling_note_parts"]), r["surname"],
                  _list(r["inferred_roles"]))


def _cast(r: Mapping[str, Any]) -> CastCredit:
    from viewer.archive.reasons import reasoned
    from viewer.archive.records.credits import CastCredit

    return CastCredit(r["id"], r["person_id"], r["person"], r["character_id"],
                              r["character"], _bool(r["professional"]), _list(r["sources"]),
                              r["surname"], reasoned(r["inferred"], r["inferred_parts"]))


def _crew(r: Mapping[str, Any]) -> CrewCredit:
    from viewer.archive.reasons import reasoned
    from viewer.archive.records.credits import CrewCredit

    return CrewCredit(r["id"], r["person_id"], r["person"], r["role"],
                              r["role_as_stated"], _list(r["episodes"]), _list(r["sources"]),
                              r["surname"], reasoned(r["inferred"], r["inferred_parts"]))


def _character(r: Mapping[str, Any]) -> Character:
    from viewer.archive.records.story import Character

    return Character(r["id"], r["name"], _list(r["actors"]), _list(r["storylines"]),
                             r["description"], _list(r["sources"]), _list(r["descriptions"]))


def _storyline(r: Mapping[str, Any]) -> Storyline:
    from viewer.archive.records.story import Storyline

    return Storyline(r["id"], r["seq"], r["title"], _list(r["characters"]),
                             r["summary"], _list(r["sources"]))


def _quote(r: Mapping[str, Any]) -> Quote:
    from viewer.archive.records.statements import Quote

    return Quote(r["id"], r["person_id"], r["speaker"], r["role"], r["character"],
                         r["text"], _list(r["sources"]))


def _fact(r: Mapping[str, Any]) -> Fact:
    from viewer.archive.records.statements import Fact

    return Fact(r["id"], r["topic"], r["label"], r["value"], r["stated"],
                        r["statement"], r["source"], _list(r["sources"]))


def _claim(r: Mapping[str, Any]) -> Claim:
    from viewer.archive.records.statements import Claim

    return Claim(r["id"], r["subject"], r["attribute"], r["value"], r["stated"], r["kind"],
                 r["source"], r["record_table"], r["record_id"], r["disagreement_id"],
                 _list(r["sources"]))


def _disagreement(r: Mapping[str, Any]) -> Disagreement:
    from viewer.archive.records.statements import Disagreement

    return Disagreement(r["id"], r["subject"], r["attribute"], r["kind"], r["summary"],
                        _list(r["claimed"]), _list(r["values"]), _list(r["sources"]))


#: The kinds of thing the ``entities`` table holds: the logical table of each, its kind and
#: its record's class in :mod:`viewer.archive.records.entities`.
ENTITY_KINDS: dict[str, tuple[str, str]] = {
    "organisations": ("organisation", "Organisation"),
    "places": ("place", "Place"),
    "events": ("event", "Event"),
    "works": ("work", "Work"),
    "awards": ("award", "Award"),
}


def _entity(class_name: str) -> Callable[[Mapping[str, Any]], Record]:
    def build(r: Mapping[str, Any]) -> Record:
        from viewer.archive.reasons import message_reason
        from viewer.archive.records import entities

        cls: type[NamedThing] = getattr(entities, class_name)
        # ``inferred`` is one of the builder's reasons, a message with no arguments
        # (viewer.archive.reasons): kept in English, said in the window's language.
        return cls(r["id"], r["name"], _list(r["relations"]), r["date"],  # type: ignore[return-value]
                   _list(r["people"]), _list(r["variants"]), message_reason(r["inferred"]),
                   _list(r["sources"]))
    return build


def _entity_spec(table: str, label: str, name_label: str, relation_label: str,
                 date_label: str) -> TableSpec:
    kind, class_name = ENTITY_KINDS[table]
    return TableSpec(table, label, "entities", f"kind = '{kind}'",
                     (C("name", name_label), L("relations", relation_label),
                      C("date", date_label), L("people", "People"),
                      L("sources", "Sources")),
                     ("variants", "inferred"), "name", _entity(class_name), "name")


C = Column


def L(key: str, label: str) -> Column:
    """A column holding a JSON list (:attr:`Column.listed`): shown, never sorted by."""
    return Column(key, label, sortable=False, listed=True)


#: Cast, Crew and People show a person's family name alike (issue 28: why some rows have none,
#: and how they sort).
SURNAME = C("surname", "Surname",
            tip="Sort by family name, then given names (a name whose family name the sources "
                "do not tell sorts by the whole name)")

TABLE_SPECS: dict[str, TableSpec] = {
    spec.name: spec
    for spec in (
        TableSpec("episodes", "Episodes", "episodes", "",
                  (C("number", "No."), C("title", "Title"), L("directors", "Directed by"),
                   L("writers", "Teleplay by"), C("release_date", "Released"),
                   C("runtime_minutes", "Minutes")),
                  ("synopsis",), "title", _episode, "number"),
        TableSpec("cast", "Cast", "credits", "category = 'cast'",
                  (C("actor", "Actor"), SURNAME, C("character", "Character"),
                   C("professional", "Professional"), L("sources", "Sources")),
                  (), "actor", _cast),
        TableSpec("crew", "Crew", "credits", "category = 'crew'",
                  (C("person", "Person"), SURNAME, C("role", "Role"),
                   C("role_as_stated", "As stated"), L("episodes", "Episodes"),
                   L("sources", "Sources")),
                  (), "person", _crew),
        TableSpec("people", "People", "people", "",
                  (C("name", "Name"), SURNAME, L("roles", "Roles"),
                   L("variants", "Spellings"), L("sources", "Sources")),
                  ("spelling_note",), "name", _person),
        TableSpec("characters", "Characters", "characters", "",
                  (C("name", "Character"), L("actors", "Played by"),
                   L("storylines", "Storylines"), C("description", "Description")),
                  ("descriptions",), "name", _character),
        TableSpec("storylines", "Storylines", "storylines", "",
                  (C("seq", "No."), C("title", "Storyline"),
                   L("characters", "Characters"), C("summary", "Summary")),
                  (), "title", _storyline, "seq"),
        TableSpec("quotes", "Quotes", "quotes", "",
                  (C("speaker", "Speaker"), C("role", "Role"), C("character", "Character"),
                   C("text", "Quote")),
                  (), "speaker", _quote),
        TableSpec("facts", "Facts", "facts", "",
                  (C("label", "Fact"), C("value", "Value"), C("stated", "As stated"),
                   C("source", "Source")),
                  ("statement", "topic"), "label", _fact, "label"),
        _entity_spec("organisations", "Organisations", "Organisation", "What it is", "Date"),
        _entity_spec("places", "Places", "Place", "What it is", "Date"),
        _entity_spec("events", "Events", "Event", "What it is", "Date"),
        _entity_spec("works", "Works", "Title", "What it is", "Year"),
        _entity_spec("awards", "Awards", "Award", "What it is", "Year"),
        TableSpec("claims", "Claims", "claims", "",
                  (C("subject", "Subject"), C("attribute", "Attribute"), C("value", "Value"),
                   C("stated", "As stated"), C("source", "Source")),
                  ("kind", "record_table", "record_id", "disagreement_id"), "value", _claim),
        TableSpec("disagreements", "Disagreements", "disagreements", "",
                  (C("subject", "Subject"), C("attribute", "Attribute"),
                   C("summary", "Values that do not agree"), C("kind", "Compared as"),
                   L("sources", "Sources")),
                  ("values",), "summary", _disagreement),
        TableSpec("excerpts", "Excerpts", "excerpts", "",
                  (C("source", "Source"), C("section", "Section"), C("kind", "Kind"),
                   C("text", "Text")),
                  ("start", "end"), "section", _excerpt),
        TableSpec("sources", "Sources", "sources", "",
                  (C("file", "File"), C("title", "Title"), C("kind", "Kind"), C("site", "Site"),
                   C("language", "Language"), C("date", "Date"),
                   C("char_count", "Characters", disambiguation="a text's length")),
                  ("author", "citation_type", "curated", "sha256"), "title", _source),
    )
}

#: The tables whose records the search index holds, the only ones a search can be narrowed to
#: (``somos-archive search --table``): those over a physical table the contract makes
#: searchable (:data:`~viewer.archive.schema.SEARCHABLE`, the one list of them). Claims are
#: left out: each says what a fact, an episode or a work already says there; their tab's
#: filter, and ``export claims --query``, read an index of their own (``FILTER_INDEXES``).
SEARCHED_TABLES: tuple[str, ...] = tuple(
    name for name, spec in TABLE_SPECS.items() if spec.physical in SEARCHABLE)

#: The physical column a record's column sorts by, where it is not the column of that name
#: (names sort by their folded twins: "Álvaro" among the A's, "Érika" among the E's).
PHYSICAL_COLUMN: dict[tuple[str, str], str] = {
    ("cast", "actor"): "person_sort",
    ("cast", "character"): "character_sort",
    ("crew", "person"): "person_sort",
    ("people", "name"): "sort_name",
    # By family name, then given names ("Schamus, James" after "Revilla, Monika"); the whole
    # name where the sources do not tell the family name (issue 28).
    ("people", "surname"): "surname_sort",
    ("cast", "surname"): "surname_sort",
    ("crew", "surname"): "surname_sort",
    ("characters", "name"): "sort_name",
    **{(table, "name"): "sort_name" for table in ENTITY_KINDS},
    **{(spec.name, column): sort_column
       for spec in TABLE_SPECS.values()
       for column, sort_column in SORT_KEYS.get(spec.physical, {}).items()},
}


#: Columns no record carries, read only on their own: a source document's whole text (a
#: thousand documents hold hundreds of megabytes of it) is read when the document is opened.
#: Page and lookup queries leave them out, and so does the check of each table's first row
#: when an archive is opened.
READ_ALONE: dict[str, frozenset[str]] = {"sources": frozenset({"text"})}


def physical_column(table: str, key: str) -> str:
    return PHYSICAL_COLUMN.get((table, key), key)


#: The tables whose :func:`title_of` puts words of ours around the record's fields ("as",
#: a fact's label, a claim's subject, a crew credit's canonical role): a window in another
#: language composes those itself.
COMPOSED_TITLES = frozenset({"cast", "crew", "facts", "claims", "disagreements"})


def title_of(table: str, record: Record) -> str:
    """A one-line label for a record, for links, history and search results, in English: the
    CLI's and the exports' (the window composes its own from the same fields, in its language:
    :func:`viewer.gui.archive_words.record_title`). Capitalised like a heading, though a claim's
    subject is written in lower case. (Told apart by ``table``, not by class: a label asks
    nothing of the families not shown.)"""
    if table == "cast":
        cast: CastCredit = record  # type: ignore[assignment]
        return f"{cast.actor} as {cast.character}" if cast.character else cast.actor
    if table == "crew":
        crew: CrewCredit = record  # type: ignore[assignment]
        return f"{crew.person} — {crew.role}"
    if table == "episodes":
        episode: Episode = record  # type: ignore[assignment]
        return f"{episode.number}. {episode.title or ''}".strip()
    if table == "facts":
        fact: Fact = record  # type: ignore[assignment]
        return f"{fact.label}: {fact.value}"
    if table == "claims":
        claim: Claim = record  # type: ignore[assignment]
        return sentence_case(f"{claim.subject}, {claim.attribute}: {claim.value}")
    if table == "disagreements":
        disagreement: Disagreement = record  # type: ignore[assignment]
        return sentence_case(
            f"{disagreement.subject}, {disagreement.attribute}: {disagreement.summary}")
    if table == "excerpts":
        text: str = record.text  # type: ignore[union-attr]
        return text if len(text) <= 80 else text[:77] + "…"
    spec = TABLE_SPECS[table]
    return str(getattr(record, spec.title_key))


#: How an English title marks a record no words state (the window's ``Roles`` "%1 (inferred)").
INFERRED_MARK = "{} (inferred)"


def marked_title(table: str, record: Record) -> str:
    """:func:`title_of`, marked "(inferred)" where the window's title is
    (:func:`viewer.gui.archive_words.record_title`): a crew credit whose role or person no
    words state. The exports' and the CLI's title; :func:`title_of` stays the plain one that
    annotations are anchored by."""
    title = title_of(table, record)
    if table == "crew" and getattr(record, "inferred", None):
        return INFERRED_MARK.format(title)
    return title


class ReadsRecords(Protocol):
    """What :func:`composed_records` asks of an archive (:class:`~viewer.archive.store.Archive`,
    which imports this module)."""

    def get_many(self, table: str, ids: Sequence[int]) -> list[Record]: ...


def composed_records(archive: ReadsRecords, keys: Iterable[tuple[str, int]],
                     tables: Collection[str] = COMPOSED_TITLES
                     ) -> dict[tuple[str, int], Record]:
    """The records named by ``keys`` (table, id) of ``tables`` (by default those whose titles
    have words of ours, :data:`COMPOSED_TITLES`, for a window to compose them in its
    language), by (table, id): one lookup per such table, each id asked once; other tables'
    keys are skipped."""
    wanted: dict[str, dict[int, None]] = {}
    for table, record_id in keys:
        if table in tables:
            wanted.setdefault(table, {})[record_id] = None
    return {(table, record.id): record for table, ids in wanted.items()
            for record in archive.get_many(table, list(ids))}

