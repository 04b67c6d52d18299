"""The archive as Datasette shows it: what each table and column holds, how each table is
searched, labelled and faceted (Datasette's metadata), for ``somos-archive serve`` and for
anyone who runs ``datasette`` on an archive with ``--metadata``.

Datasette searches a table with ``?_search=`` only when its metadata names a full-text table
and the column that points into it: every searchable table's ``search_id`` holds the rowid of
its row in ``search_index_fts`` (:data:`~viewer.archive.schema.SEARCHABLE`), so the one index
of the archive serves every table; claims, which that index leaves out, are searched in their
own (:data:`~viewer.archive.schema.FILTER_INDEXES`), whose rowids are their ids. Descriptions
are written here once, for every column of every table and view; a test holds them to the
schema.
"""

from __future__ import annotations

from typing import Any

from viewer import __version__
from viewer.archive.schema import (
    FILTER_INDEXES,
    SCHEMA_VERSION,
    SEARCH_FTS,
    SEARCH_TABLE,
    SEARCHABLE,
    TABLES,
    VIEWS,
)

TABLE_DESCRIPTIONS: dict[str, str] = {
    "sources": "The four documents the archive reads, byte for byte, with what a citation "
               "needs.",
    "excerpts": "The documents' readable passages, page furniture removed, with their heading "
                "path and character span.",
    "episodes": "The six episodes: number, title, directors, writers, date and runtime as "
                "the documents state them.",
    "people": "One row per person however many documents name them; spelling variants kept.",
    "characters": "The characters of the series, who plays them and their storylines, with "
                  "each document's description.",
    "credits": "Cast (an actor playing a character) and crew (a person in a role, on some "
               "episodes): category says which.",
    "storylines": "The series' storylines and the characters in each.",
    "storyline_characters": "Which character is in which storyline (ids).",
    "quotes": "What people said about the series, as the documents quote them.",
    "facts": "One statement of one document: a topic, its value and the words it is read from.",
    "entities": "Organisations, places, events, works and awards the documents name (kind says "
                "which), with what each is to the series.",
    "entity_links": "An entity's people and the other entities its sentence ties to it "
                    "(each thing-to-thing link cited in provenance, field links).",
    "quote_links": "Quotes a document states twice in the same words, each pair both ways "
                   "round.",
    "claims": "Every stated value as a claim: a subject, an attribute, a value and the "
              "document stating it.",
    "disagreements": "Subjects and attributes whose stated values do not agree, each value "
                     "with its documents and spans.",
    "disagreement_records": "Which records state a side of a disagreement.",
    "provenance": "Where each field of each record is stated: document and character span, "
                  "whether stated, inferred or curated, and why.",
    SEARCH_TABLE: "One row per record, its title and text, as the full-text index reads them.",
    "meta": "How and from what the archive was built (schema and builder version, checksums).",
    "credits_named": "Credits with the names of their person and character.",
    "facts_sourced": "Facts with the file and title of the document stating each.",
    "disagreement_values": "One row per value of each disagreement, with its documents and "
                           "spans.",
}

#: Columns that mean the same wherever they appear.
_COMMON: dict[str, str] = {
    "id": "The record's id, stable for a given archive.",
    "sources": "The seed files that state the record (JSON list).",
    "search_id": f"This record's row in {SEARCH_FTS} (what ?_search= matches).",
    "source_id": "The document (sources.id).",
    "source": "The document's seed file.",
    "sort_name": "The name folded for sorting (accents and case removed).",
    "record_table": "The table of the record the row is about.",
    "record_id": "The id of that record in its table.",
    "kind": "What kind of row it is.",
    "text": "The words, as the document has them.",
    "title": "The title.",
    "name": "The name, as the documents spell it most often.",
    "variants": "Every spelling the documents use (JSON list).",
    "subject": "What the statement is about.",
    "attribute": "Which property of the subject it states.",
    "value": "The value read, normalised where the words differ from it.",
    "stated": "The words the value is read from.",
    "disagreement_id": "The disagreement it is a side of (disagreements.id), if any.",
    "person_id": "The person (people.id).",
    "character_id": "The character (characters.id).",
    "storyline_id": "The storyline (storylines.id).",
    "entity_id": "The entity (entities.id).",
    "date": "A date, ISO 8601 to the precision stated (year, month or day).",
    "summary": "The values side by side, in short.",
}

COLUMN_DESCRIPTIONS: dict[str, dict[str, str]] = {
    "sources": {
        "file": "The seed file's name in seeds/.", "site": "Where it was published.",
        "kind": "What kind of document it is (news item, production notes…).",
        "language": "Its language (BCP 47).", "date": "Its publication date, if known.",
        "author": "Its author, where it names one.",
        "citation_type": "Its CSL item type, for citations.",
        "curated": "Citation fields the text does not state, each with its reason (JSON).",
        "sha256": "SHA-256 of the seed file.", "char_count": "Characters in its text.",
        "text": "The whole document, byte for byte as the seed.",
    },
    "excerpts": {
        "seq": "Its place in the document's reading order.",
        "section": "Its heading path (› between levels).",
        "kind": "paragraph, quote, heading, list item…",
        "start": "First character of the passage in the document.",
        "end": "Character after its last (Python slice end).",
    },
    "episodes": {
        "number": "Episode number.", "directors": "Directors (JSON list).",
        "writers": "Writers (JSON list).", "release_date": "Release date (ISO 8601).",
        "runtime_minutes": "Runtime in minutes.", "synopsis": "What the episode is about.",
    },
    "people": {
        "surname": "The family name the documents give, empty where they do not tell "
                   "(provenance says where, and whether it is inferred).",
        "surname_sort": "Family name, then given names, folded for sorting (the whole name "
                        "where the family name is not known).",
        "roles": "What they did on the series (JSON list).",
        "spelling_note": "How often the documents use each spelling, where they differ.",
        "spelling_note_parts": "The note as a message and its arguments (JSON), to say it in "
                               "another language.",
        "inferred_roles": "The roles only inferred credits give the person (JSON list): "
                          "credits.inferred says why.",
    },
    "characters": {
        "actors": "Who plays the character (JSON list).",
        "storylines": "The storylines the character is in (JSON list).",
        "description": "The character's description, from the first document giving one.",
        "descriptions": "Each document's description (JSON list).",
    },
    "credits": {
        "category": "cast or crew.", "person": "The person's name as credited.",
        "person_sort": "The person's name folded for sorting.",
        "surname": "The person's family name (people.surname); provenance says where, its "
                   "document not counted among the credit's sources unless it states the "
                   "credit.",
        "surname_sort": "The person's family name, then given names, folded for sorting.",
        "role": "The role, in the archive's words (Director, Writer, Actor…).",
        "role_as_stated": "The role in the document's words.",
        "character": "The character played (cast).",
        "character_sort": "The character's name folded for sorting.",
        "professional": "1 for a professional actor, 0 for a non-professional one, empty when "
                        "no document says.",
        "episodes": "Episode numbers the credit is for (JSON list; empty: the series).",
        "inferred": "Why the credit's role or person is read, not stated, where no span "
                    "states it (empty: stated).",
        "inferred_parts": "That reason as messages and their arguments (JSON), to say it in "
                          "another language.",
    },
    "storylines": {
        "seq": "Its order in the production notes.",
        "characters": "Characters in it (JSON list).", "summary": "What it follows.",
    },
    "quotes": {
        "speaker": "Who said it.", "role": "The speaker's role as the document gives it.",
        "character": "The character the speaker plays, if any.",
    },
    "facts": {
        "topic": "A key for what the fact is about (premiere_date…).",
        "label": "The topic in words.", "statement": "The sentence stating it.",
        "value_sort": "value, as it sorts: numbers by size, then dates by date, then words.",
    },
    "entities": {
        "kind": "organisation, place, event, work or award.",
        "relations": "What it is to the series, as the words near it say (JSON list).",
        "dates": "Every date the documents give it (JSON list).",
        "people": "People its sentence ties to it: \"starring\", \"by\", a possessive (JSON list).",
        "inferred": "Why a value was inferred rather than stated, if one was.",
    },
    "entity_links": {"relation": "How they are linked."},
    "quote_links": {"quote_id": "The quote (id).",
                    "other_id": "The quote stating the same words elsewhere (id).",
                    "relation": "How they are linked."},
    "claims": {
        "kind": "How values compare: date, number, name or role.",
        "members": "The items of a list value (JSON list).",
        "value_sort": "value, as it sorts: numbers by size, then dates by date, then words.",
    },
    "disagreements": {
        "kind": "How the values were compared: date, number, name or role.",
        "claimed": "The values claimed, each as stated (JSON list).",
        "values": "Each value as stated, with its side, documents and spans (JSON list of "
                  "objects); a span is listed only under the value it states.",
    },
    "disagreement_records": {},
    "provenance": {
        "field": "The record's field this span supports.",
        "statement_id": "Spans of one statement share it.",
        "start": "First character of the span in the document.",
        "end": "Character after its last (Python slice end).",
        "text": "What the document says there, furniture removed.",
        "status": "stated, inferred or curated.",
        "reason": "Why, when not stated (from the extractor or seeds/corrections.toml).",
        "reason_parts": "The builder's reason as messages and their arguments (JSON), to say "
                        "it in another language; none for a curator's.",
    },
    SEARCH_TABLE: {
        "tab": "The table as the viewer names it (cast and crew are both in credits).",
        "title": "The record's own name or title (empty for a passage).",
        "heading": "The heading a passage sits under (empty for other records); the search "
                   "weighs it less than the passage's own words.",
        "body": "The record's text the index reads besides its title.",
        "names": "The people the record is made of (an episode's directors and writers); the "
                 "search weighs them as a title.",
        "label": "What the search results call the record when its title does not tell it "
                 "from others (a quote's speaker and opening words); empty otherwise.",
        "source_count": "How many sources state the record (ties in search rank by it); for an "
        "entity, how many say what it is, not those that only name it.",
    },
    "meta": {"key": "What is recorded.", "value": "Its value."},
    "storyline_characters": {},
    "credits_named": {
        "person_name": "The person's name.", "character_name": "The character's name.",
        "category": "cast or crew.", "role": "The role.",
        "professional": "As in credits.", "episodes": "As in credits.",
    },
    "facts_sourced": {
        "source_file": "The document's seed file.", "source_title": "The document's title.",
        "topic": "As in facts.", "label": "As in facts.", "statement": "As in facts.",
    },
    "disagreement_values": {
        "kind": "As in disagreements.",
        "side": "Values that agree share a side (1, 2, …).",
        "sources": "The documents stating this value (JSON list).",
        "spans": "Where each states it (JSON list of {source, start, end}).",
    },
}

LABEL_COLUMNS: dict[str, str] = {
    "sources": "title", "episodes": "title", "people": "name", "characters": "name",
    "storylines": "title", "entities": "name", "disagreements": "summary",
}
FACETS: dict[str, list[str]] = {
    "excerpts": ["source", "kind"], "credits": ["category", "role"], "facts": ["topic"],
    "entities": ["kind"], "claims": ["attribute", "kind"], "disagreements": ["kind"],
    "provenance": ["record_table", "status"], SEARCH_TABLE: ["record_table", "tab"],
    "credits_named": ["category", "role"],
}


def column_description(table: str, column: str) -> str | None:
    found = COLUMN_DESCRIPTIONS.get(table, {}).get(column) or _COMMON.get(column)
    if found is None and column.endswith("_sort"):
        found = (f"{column.removesuffix('_sort')}, as it sorts: accents, case and quotation "
                 "marks left out, its first characters only.")
    return found


def metadata(database: str) -> dict[str, Any]:
    """Datasette's metadata for an archive served as ``database`` (its file's stem)."""
    names = {**{t: list(c) for t, c in TABLES.items()},
             **{v: list(columns) for v, (columns, _select) in VIEWS.items()}}
    tables: dict[str, Any] = {}
    for table in [*TABLES, *VIEWS]:
        entry: dict[str, Any] = {"description": TABLE_DESCRIPTIONS[table]}
        described = {c: d for c in names.get(table, []) if (d := column_description(table, c))}
        if described:
            entry["columns"] = described
        if table in SEARCHABLE:
            entry.update(fts_table=SEARCH_FTS, fts_pk="search_id")
        elif table in FILTER_INDEXES:
            entry.update(fts_table=FILTER_INDEXES[table].fts, fts_pk="id")
        elif table == SEARCH_TABLE:
            entry.update(fts_table=SEARCH_FTS, fts_pk="id")
        if table in LABEL_COLUMNS:
            entry["label_column"] = LABEL_COLUMNS[table]
        if table in FACETS:
            entry["facets"] = FACETS[table]
        tables[table] = entry
    return {
        "title": "Somos Archive",
        "description": "What four documents say about the 2021 series Somos., every record "
                       "with the document and characters it is read from.",
        "license": "MIT (the software); the documents are quoted for research",
        "source": f"Somos Archive {__version__}, schema {SCHEMA_VERSION}",
        "databases": {database: {"tables": tables}},
    }
