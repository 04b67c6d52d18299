"""The statements the search runs, as pure builders: ``(table, options) → SQL``.

:mod:`viewer.archive.search` decides which to run, with which bound values; here is only
how each reads the search index: the ranked and the unranked listing, the window's end, the
capped count, a snippet from one column, and the rows of records found by their columns
(:mod:`viewer.archive.named_records`). Every value is bound (``:match``, ``:table``, …);
the only text formatted in is this module's own.
"""

from __future__ import annotations

import html

from viewer.archive.schema import SEARCH_FTS, SEARCH_TABLE

#: Rows longer than this get no FTS5 snippet (see :func:`snippet_sql`); the builder's longest
#: passage is a few thousand characters.
SNIPPET_MAX_CHARS = 20_000
#: How much of such a row's body is shown instead.
LONG_ROW_PREVIEW = 160
#: Which kind of record comes first: among records whose name or title matches, and when
#: ranks tie (FTS5 clamps idf for common terms, so ties are frequent). A person, place or
#: organisation before the credits, quotes and claims about it; passages last.
TABLE_ORDER = ("people", "characters", "places", "organisations", "events", "works", "awards",
               "episodes", "storylines", "sources", "cast", "crew", "quotes", "facts",
               "disagreements", "claims", "excerpts")
#: The sentinels FTS5 marks matches with, until :func:`render_snippet` makes them tags.
HL_OPEN, HL_CLOSE = "\x02", "\x03"
#: What a hit is called (the results' Record column): its own name or title, or for a passage,
#: which has none, the heading it sits under; the builder's ``label`` where a title does not
#: tell records apart (two quotes of one speaker).
_LABEL = ("CASE WHEN s.label <> '' THEN s.label WHEN s.title = '' THEN s.heading "
          "ELSE s.title END")
#: The index's columns a record is named by (:data:`~viewer.archive.schema.SEARCH_COLUMNS`):
#: its title and the people it is made of. Their numbers, for snippet() and highlight().
NAMED_COLUMNS = {"title": 0, "names": 3}
#: The ranked statement's tier of a record not named by the words (see :func:`search_sql`).
UNNAMED = 1000
# Excerpts tested first: on a large archive nearly every match is one, and this CASE is
# evaluated for every match a ranking sorts.
_TABLE_CASE = " ".join(f"WHEN '{name}' THEN {i}" for i, name in sorted(
    enumerate(TABLE_ORDER), key=lambda item: item[1] != "excerpts"))


def render_snippet(raw: str) -> str:
    """HTML-escape a snippet, then turn the sentinel markers into ``<b>`` tags."""
    return html.escape(raw).replace(HL_OPEN, "<b>").replace(HL_CLOSE, "</b>")


def snippet_sql(column: int) -> str:
    """FTS5's snippet of one column (-1: the best), or, for a row whose title, heading or
    body is longer than :data:`SNIPPET_MAX_CHARS`, the body's first words unmarked:
    snippet() reads the whole row inside one step the time limit cannot interrupt, and its
    cost grows with the square of the matches in it (issue 30)."""
    return (f"CASE WHEN length(s.title) <= {SNIPPET_MAX_CHARS} "
            f"AND length(s.heading) <= {SNIPPET_MAX_CHARS} "
            f"AND length(s.body) <= {SNIPPET_MAX_CHARS} "
            f"THEN snippet({SEARCH_FTS}, {column}, '{HL_OPEN}', '{HL_CLOSE}', '…', 16) "
            f"ELSE substr(s.body, 1, {LONG_ROW_PREVIEW}) || '…' END")


def search_sql(table: str | None, *, window: bool = False, ranked: bool = True,
               by_sources: bool = False) -> str:
    """The search statement.

    Ranked: first a record whose title is exactly the text, then records whose own name or
    title, or the names of the people it is made of (an episode's directors and writers),
    match the whole query (``:title_match``; a passage has no title, only a heading shared
    by its section) in :data:`TABLE_ORDER`, then everything else by bm25 (the
    weights of :data:`~viewer.archive.schema.SEARCH_COLUMNS`, set at build time as the FTS
    table's ``rank``: a title far above the body, a passage's heading far below); ties
    break by table order, then by how many sources state the record, then by record. The
    last column is that tier: below :data:`UNNAMED` when the row was named so (the Match
    column then shows that field).
    ``by_sources`` puts how many sources state a record before bm25 (the answers to a
    question, :func:`_answers`). ``window`` ranks only the matches up to rowid ``:bound``.

    Not ranked: the first ``:window`` matches in archive order, then exact title match, a
    match in the title, table order, record. (Snippets are made for those ``:window`` rows
    only, in the same pass: nothing here grows with the number of matches.)
    """
    order = f"CASE s.tab {_TABLE_CASE} ELSE 99 END"
    named = (f"({SEARCH_FTS}.rowid IN "
             f"(SELECT rowid FROM {SEARCH_FTS} WHERE {SEARCH_FTS} MATCH :title_match))")
    # One key for (named first, then by kind, then exact title): tested once per match, as a
    # million matches each paid for every repetition of the test.
    tier = (f"CASE WHEN {named} THEN {order} * 2 + (lower(s.title) IS NOT lower(:raw)) "
            f"ELSE {UNNAMED} END")
    table_clause = "AND s.tab = :table " if table else ""
    snippet = snippet_sql(-1)
    source = "(SELECT file FROM sources WHERE sources.id = s.source_id)"
    join = f"FROM {SEARCH_FTS} JOIN {SEARCH_TABLE} s ON s.id = {SEARCH_FTS}.rowid "
    if not ranked:
        in_title = " OR ".join(
            f"(length(s.{name}) <= {SNIPPET_MAX_CHARS} AND "
            f"instr(highlight({SEARCH_FTS}, {column}, '{HL_OPEN}', '{HL_CLOSE}'), "
            f"'{HL_OPEN}') > 0)" for name, column in NAMED_COLUMNS.items())
        return (
            f"SELECT s.tab, s.record_id, s.label, s.snip, 0.0 AS rank, {source}, "
            f"s.fts_rowid, s.in_title "
            f"FROM (SELECT s.tab, s.record_id, s.title, {_LABEL} AS label, s.source_id, "
            f"s.source_count, "
            f"{snippet} AS snip, {in_title} AS in_title, {SEARCH_FTS}.rowid AS fts_rowid "
            f"{join}WHERE {SEARCH_FTS} MATCH :match {table_clause}"
            f"ORDER BY {SEARCH_FTS}.rowid LIMIT :window) s "
            f"ORDER BY lower(s.title) = lower(:raw) DESC, s.in_title DESC, {order}, "
            f"s.source_count DESC, s.record_id LIMIT :limit"
        )
    window_clause = f"AND {SEARCH_FTS}.rowid <= :bound " if window else ""
    score = (f"s.source_count DESC, {SEARCH_FTS}.rank" if by_sources
             else f"{SEARCH_FTS}.rank")
    return (
        f"SELECT s.tab, s.record_id, {_LABEL}, {snippet} AS snip, "
        f"{SEARCH_FTS}.rank AS rank, {source} AS source, {SEARCH_FTS}.rowid AS fts_rowid, "
        f"{tier} AS tier "
        f"{join}WHERE {SEARCH_FTS} MATCH :match {table_clause}{window_clause}"
        f"ORDER BY tier, {score}, {order}, s.source_count DESC, s.record_id "
        f"LIMIT :limit"
    )


def body_snippet_sql() -> str:
    """One match's snippet from its body column (for :func:`_prefer_body`)."""
    return (f"SELECT {snippet_sql(1)} FROM {SEARCH_FTS} "
            f"JOIN {SEARCH_TABLE} s ON s.id = {SEARCH_FTS}.rowid "
            f"WHERE {SEARCH_FTS} MATCH :match AND {SEARCH_FTS}.rowid = :rowid")


def field_snippets_sql() -> str:
    """One match's snippets from its title, its names and its body, in that order (for
    :func:`_prefer_named`)."""
    columns = ", ".join(snippet_sql(c) for c in (*NAMED_COLUMNS.values(), 1))
    return (f"SELECT {columns} FROM {SEARCH_FTS} "
            f"JOIN {SEARCH_TABLE} s ON s.id = {SEARCH_FTS}.rowid "
            f"WHERE {SEARCH_FTS} MATCH :match AND {SEARCH_FTS}.rowid = :rowid")


def _matching_rowids(table: str | None) -> str:
    """The rowids matching ``:match`` (in ``:table``), in archive order, as a statement's
    start: the window's end and the match count both read them."""
    if not table:
        return f"SELECT rowid FROM {SEARCH_FTS} WHERE {SEARCH_FTS} MATCH :match "
    return (f"SELECT {SEARCH_FTS}.rowid FROM {SEARCH_FTS} "
            f"JOIN {SEARCH_TABLE} s ON s.id = {SEARCH_FTS}.rowid "
            f"WHERE {SEARCH_FTS} MATCH :match AND s.tab = :table ")


def window_sql(table: str | None) -> str:
    """The rowid of the ``:offset``-th match (0-based) in archive order: the window's end."""
    return _matching_rowids(table) + f"ORDER BY {SEARCH_FTS}.rowid LIMIT 1 OFFSET :offset"


def match_count_sql(table: str | None) -> str:
    """How many rows match ``:match`` (in ``:table``), counting no further than ``:cap``."""
    return f"SELECT count(*) FROM ({_matching_rowids(table)}LIMIT :cap)"


def named_hits_sql() -> str:
    """The search index's rows with the rowids of the JSON array ``:rowids``, each with its
    snippet for ``:match``, or its body's start when it has none of those words."""
    return (f"SELECT s.tab, s.record_id, {_LABEL}, coalesce((SELECT {snippet_sql(-1)} "
            f"FROM {SEARCH_FTS} WHERE {SEARCH_FTS} MATCH :match "
            f"AND {SEARCH_FTS}.rowid = s.id), substr(s.body, 1, {LONG_ROW_PREVIEW})), "
            f"(SELECT file FROM sources WHERE sources.id = s.source_id), s.id "
            f"FROM {SEARCH_TABLE} s WHERE s.id IN (SELECT value FROM json_each(:rowids))")
