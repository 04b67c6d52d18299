"""The ranked search over every table.

User text becomes an FTS5 query in :mod:`viewer.archive.search_query` (:func:`build_match`);
this module runs it, ranks it within bounds and forgives what finds nothing.

Ranking is bounded, so a search stays fast however large the archive grows. FTS5's bm25 has two
costs: before scoring it counts, for every term, the rows that contain it (its idf), then it
scores every matching row, which for a word in most of a million excerpts takes seconds
(figures in tests/benchmarks/README.md). So:

* the query's terms are counted first, each count stopping once they are in more than
  :data:`RANK_BUDGET` rows together. Then bm25 is not run at all: the first
  :data:`TITLE_WINDOW` matches in archive order are put in a cheap, deterministic order —
  exact title first, then records whose *title* matches, then
  :data:`~viewer.archive.search_sql.TABLE_ORDER`, then record id
  (``SearchResult.ranking == "title"``);
* otherwise bm25 ranks the matches, but only the first :data:`RANK_WINDOW` of them in archive
  order (``ranking == "window"``; every match when there are fewer: ``"full"``).

The price: on a large archive a common word's best match may lie beyond the window and not be
shown, and "archive order" favours what the builder indexes first (sources, credits,
characters, people… excerpts last). The result's ``notice`` says which bound applied and
suggests adding a word; the hits are the same for the same archive and text; the benchmark
shows every query fast at a million excerpts. ``exhaustive=True`` ranks every match as before,
for callers that can wait (scripts, a second pass off the GUI thread). On the bundled seeds
(688 index rows) every search is ranked in full. The viewer shows the bounded answer first
and then asks for ``exhaustive`` off the GUI thread, updating the list in place
(:class:`viewer.gui.workers.SearchJob`).

A search also forgives (issue 27): plain words lose their stop and question words
(:mod:`viewer.archive.stop_words`) while others remain; the search box's last word is a
prefix (``prefix_last``); and when every word together finds nothing the result carries a
respelling from the archive's own vocabulary (:mod:`viewer.archive.suggestions`) and the
records with the most of the words, each word taken as the beginning of a word, with a note
naming the words left out.

A question or sentence (stop or question words among plain words) also widens when fewer
than ``limit`` records have every word: those with most of the words follow them, then fewer
(:func:`_relaxed`), so "who plays Chayo", whose words are all in one passage, lists the
character and the actress's credit too. And a record named outright comes first, found by its
columns, since no text says it: "who directed episode 3" lists the person whose Director
credit states episode 3, that credit and the episode (:mod:`viewer.archive.named_records`).
Statements are built in :mod:`viewer.archive.search_sql`.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import combinations
from typing import Any, Literal

from viewer.archive.connection import BoundedConnection, is_interrupted
from viewer.archive.named_records import (
    MAX_NAMED,
    NamedRecords,
    named_in,
    named_rowids,
    played_rowids,
)
from viewer.archive.records.navigation import Hit
from viewer.archive.roles import role_named
from viewer.archive.schema import SEARCH_FTS
from viewer.archive.search_query import (
    WORD_CHARS,
    ShownPairs,
    asked_verbs,
    build_match,
    content_words,
    expression_terms,
    forgiving_term,
    phrase_expression,
    plain_words,
    reads_as_sentence,
    with_stored_words,
    without_surrogates,
)
from viewer.archive.search_sql import (
    HL_CLOSE,
    HL_OPEN,
    NAMED_COLUMNS,
    UNNAMED,
    body_snippet_sql,
    field_snippets_sql,
    match_count_sql,
    named_hits_sql,
    render_snippet,
    search_sql,
    window_sql,
)
from viewer.archive.stop_words import fold, is_stop_word, question_kinds
from viewer.archive.suggestions import suggest
from viewer.i18n import message as _

#: How long one search may run before it is cut short (Datasette's guard against slow queries).
TIME_LIMIT_S = 2.0
#: bm25 scores at most this many matches: the first ones in archive order (see above).
RANK_WINDOW = 1_000
#: bm25 runs only when the query's terms are in at most this many rows together.
RANK_BUDGET = 40_000
#: A truncated answer counts its matches up to this many (the summary's "the best 50 of 53").
COUNT_CAP = RANK_WINDOW
#: Otherwise the first this many matches (or ``limit``, if more) are put in order.
TITLE_WINDOW = 400
#: How many records of the kind a question asks for come before the other results.
ANSWERS_PER_KIND = 3
#: "Most of the words" tries at most this many words (the combinations grow fast).
MAX_RELAXED_WORDS = 6



Ranking = Literal["full", "window", "title"]


@dataclass(frozen=True)
class SearchResult:
    """``ranking`` says how ``hits`` were ordered (see the module docstring).

    ``suggestion`` is the text respelt with the archive's own words ("Did you mean …?"),
    when some word is in no record; ``left_out`` the words no hit has, when no record had
    them all and the hits are the records with most of them. ``matched`` is how many records
    match in all, when known (counted up to :data:`COUNT_CAP`); None when more match or the
    count was not made."""

    query: str
    hits: list[Hit] = field(default_factory=list)
    notice: str | None = None
    truncated: bool = False
    ranking: Ranking = "full"
    suggestion: str | None = None
    left_out: tuple[str, ...] = ()
    matched: int | None = None


def _matched(conn: sqlite3.Connection, expression: str, table: str | None, hits: list[Hit],
             limit: int) -> int | None:
    """How many records ``expression`` matches in all: the hits when fewer than ``limit``,
    else counted up to :data:`COUNT_CAP`; None beyond that or when the count is too slow
    (the summary then says no total rather than a wrong one)."""
    if len(hits) < limit:
        return len(hits)
    try:
        with _time_limit(conn, TIME_LIMIT_S):
            count = int(conn.execute(match_count_sql(table), {
                "match": expression, "table": table, "cap": COUNT_CAP + 1}).fetchone()[0])
    except sqlite3.OperationalError as exc:
        if is_interrupted(exc):
            return None
        raise
    return count if count <= COUNT_CAP else None


def _notice(*parts: str | None) -> str | None:
    return " ".join(p for p in parts if p) or None


class SearchTimeout(Exception):
    pass


def _term_rows(conn: sqlite3.Connection, expression: str) -> int | None:
    """How many rows the expression's terms are in, together (an upper bound on its
    matches), or None when that is more than :data:`RANK_BUDGET`. Each count stops there."""
    total = 0
    for term in expression_terms(expression):
        cap = RANK_BUDGET - total + 1
        total += conn.execute(match_count_sql(None), {"match": term, "cap": cap}).fetchone()[0]
        if total > RANK_BUDGET:
            return None
    return total


@contextmanager
def _time_limit(conn: sqlite3.Connection, seconds: float) -> Iterator[None]:
    """Every statement run inside stops once ``seconds`` have passed since entering."""
    if isinstance(conn, BoundedConnection):
        with conn.deadline_in(seconds):
            yield
        return
    deadline = time.monotonic() + seconds
    conn.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, 10_000)
    try:
        yield
    finally:
        conn.set_progress_handler(None, 0)


def _run(conn: sqlite3.Connection, expression: str, raw: str, table: str | None,
         limit: int, exhaustive: bool, time_limit: float = TIME_LIMIT_S,
         by_sources: bool = False) -> tuple[list[Hit], Ranking]:
    params: dict[str, object] = {
        "match": expression, "title_match": f"{{{' '.join(NAMED_COLUMNS)}}} : ( {expression} )",
        "raw": raw.strip(), "table": table, "limit": limit,
        "offset": RANK_WINDOW - 1, "window": max(TITLE_WINDOW, limit), "bound": None}
    try:
        with _time_limit(conn, time_limit):
            ranking: Ranking = "full"
            rows_with_terms = None if exhaustive else _term_rows(conn, expression)
            if exhaustive:
                sql = search_sql(table, by_sources=by_sources)
            elif rows_with_terms is None:
                ranking, sql = "title", search_sql(table, ranked=False)
            elif rows_with_terms <= RANK_WINDOW:  # so are its matches: rank them all
                sql = search_sql(table, by_sources=by_sources)
            else:
                row = conn.execute(window_sql(table), params).fetchone()
                params["bound"] = row[0] if row else None
                ranking = "full" if row is None else "window"
                sql = search_sql(table, window=row is not None, by_sources=by_sources)
            rows = conn.execute(sql, params).fetchall()
            hits = [Hit(r[0], int(r[1]), r[2],
                        render_snippet(_prefer_named(conn, expression, r, ranking == "title")
                                       or _prefer_body(conn, expression, r)),
                        r[5] or "", float(r[4]))
                    for r in rows]
    except sqlite3.OperationalError as exc:
        if is_interrupted(exc):
            raise SearchTimeout from exc
        raise
    return hits, ranking


def _prefer_named(conn: sqlite3.Connection, expression: str, row: Sequence[Any],
                  unranked: bool) -> str | None:
    """A named record's snippet from the field that matched best: the one with the most
    marked words, the title on a tie, then its names (an episode's directors and writers),
    then its body; None for other rows.

    FTS5's ``snippet(…, -1, …)`` may take the body on a tie, so "tell the moon" showed
    episode 3's synopsis, which says its title again, rather than the title. A crew
    credit's body, the source's own words ("writers / Teleplay by / Writer"), still wins
    for "writer" by matching twice. Only the rows named so whose snippet is not their title
    already are asked again, one rowid lookup each."""
    named = bool(row[7]) if unranked else row[7] < UNNAMED
    if not named or row[0] == "excerpts":
        return None
    snip = str(row[3] or "")
    if " ".join(snip.replace(HL_OPEN, "").replace(HL_CLOSE, "").split()) == " ".join(
            str(row[2] or "").split()):
        return snip  # FTS5 chose the title already (a person, a credit): nothing to ask
    found = conn.execute(field_snippets_sql(), {"match": expression,
                                                "rowid": row[6]}).fetchone()
    if found is None:
        return None
    fields = [str(f or "") for f in found]  # title, names, body: the order ties go in
    best = max(fields, key=lambda f: f.count(HL_OPEN))  # the first of the most marked
    return best if HL_OPEN in best else None


def _prefer_body(conn: sqlite3.Connection, expression: str, row: Sequence[Any]) -> str:
    """An excerpt hit's snippet, from its body when FTS5 chose the heading.

    ``snippet(…, -1, …)`` picks the column with the most matches, often the short heading;
    but the heading is already in the results' Record column, and passages under one
    heading share it, so a common word listed forty identical rows. Such a row shows its
    body's snippet when the body matches too, else the body's start before the matching
    heading. Only those rows are asked again, one rowid lookup each, after the ranking: the
    cost stays with the rows shown.
    """
    snip = str(row[3] or "")
    if row[0] != "excerpts":  # other records have their own titles, not a shared heading
        return snip
    plain = " ".join(snip.replace(HL_OPEN, "").replace(HL_CLOSE, "").split())
    title = " ".join(str(row[2] or "").split())
    if plain.casefold() != title.casefold():
        return snip
    found = conn.execute(body_snippet_sql(), {"match": expression, "rowid": row[6]}).fetchone()
    body = " ".join(str(found[0] or "").split()) if found else ""
    if not body or body.casefold() == title.casefold():
        return snip
    return body if HL_OPEN in body else f"{body} · {snip}"


def _ranking_notice(ranking: Ranking) -> str | None:
    if ranking == "window":
        return _("More than {window:,} records match; these are the best of the first "
                 "{window:,}. Add a word to narrow the search.").format(window=RANK_WINDOW)
    if ranking == "title":
        return _("These words are in too many records to rank quickly; records that match in "
                 "their titles come first. Add a less common word to narrow the search.")
    return None


def _is_query_error(exc: sqlite3.OperationalError) -> bool:
    """Whether FTS5 refused the expression (the query's fault), not the file."""
    message = str(exc)
    return message.startswith(("fts5:", "no such column", "unterminated string",
                               "unknown special query"))


def _combinations_found(conn: sqlite3.Connection, terms: dict[str, str], size: int
                        ) -> list[tuple[str, ...]]:
    """The combinations of ``size`` words that some record has all of."""
    found: list[tuple[str, ...]] = []
    try:
        with _time_limit(conn, TIME_LIMIT_S):
            for combo in combinations(terms, size):
                expression = " AND ".join(f"( {terms[w]} )" for w in combo)
                row = conn.execute(f"SELECT 1 FROM {SEARCH_FTS} WHERE {SEARCH_FTS} MATCH ? "
                                   "LIMIT 1", (expression,)).fetchone()
                if row is not None:
                    found.append(combo)
    except sqlite3.OperationalError as exc:
        if is_interrupted(exc):
            raise SearchTimeout from exc
        raise
    return found


def _relaxed(conn: sqlite3.Connection, text: str, table: str | None, limit: int,
             exhaustive: bool, time_limit: float, *, first: Sequence[Hit] = (),
             words_shown: ShownPairs = ()) -> SearchResult | None:
    """When every word together finds nothing: every word as the beginning of a word, then
    the records with the most of the words (ranked), saying which words were left out.
    None when that finds nothing either, or ``text`` uses search syntax.

    A question or sentence (:func:`~viewer.archive.search_query.reads_as_sentence`) widens:
    after ``first`` (the records with every word, maybe none) come those with most of the
    words, then fewer, down to one, until ``limit``. "who directed episode 3" has every
    word in one passage only; the records with two or one of them follow it. None when
    nothing is added. ``words_shown``: as for :func:`search_archive`."""
    words = content_words(text)
    if not words:
        return None
    widen = reads_as_sentence(text)
    words = list(dict.fromkeys(words))[:MAX_RELAXED_WORDS]
    terms = {w: " AND ".join(with_stored_words(forgiving_term(part), words_shown)
                             for part in WORD_CHARS.findall(w))
             for w in words if WORD_CHARS.search(w)}
    words = list(terms)
    hits = list(first)
    shown = {(h.table, h.id) for h in hits}
    groups: list[tuple[int, list[tuple[str, ...]], str, Ranking]] = []
    deadline = time.monotonic() + time_limit
    for size in range(len(words), 0, -1):
        widening = bool(first or groups)  # something to show already
        if len(hits) >= limit or (widening and time.monotonic() > deadline):
            break
        try:
            found = _combinations_found(conn, terms, size)
            expression = " OR ".join("( " + " AND ".join(f"( {terms[w]} )" for w in combo)
                                     + " )" for combo in found)
            more, ranking = (_run(conn, expression, text, table, limit, exhaustive,
                                  time_limit) if found else ([], "full"))
        except SearchTimeout:
            if widening:
                break  # the records found so far are the answer, not a timeout
            raise
        new = [h for h in more if (h.table, h.id) not in shown][:limit - len(hits)]
        if not new:
            continue
        hits.extend(new)
        shown.update((h.table, h.id) for h in new)
        groups.append((size, found, expression, ranking))
        if not widen:
            break
    if not groups:
        return None
    size, found, expression, ranking = groups[0]
    kept = {w for combo in found for w in combo}
    left_out = tuple(w for w in words if w not in kept)
    if first:
        note = _("Then records with some of the words, or with words that begin with them.")
        ranking, left_out = "full", ()
    elif size == len(words):
        note = _("No record has these exact words; these have words that begin with them.")
    elif len(found) == 1:
        note = _("No record has all the words; left out: {words}.").format(
            words=", ".join(f"“{w}”" for w in left_out))
    else:
        note = _("No record has all the words; these have {size} of the {count} "
                 "({words}).").format(size=size, count=len(words),
                                      words=", ".join(f"“{w}”" for w in words))
    matched = (_matched(conn, expression, table, hits, limit) if len(groups) == 1 and not first
               else len(hits) if len(hits) < limit else None)
    return SearchResult(text, hits, _notice(note, _ranking_notice(ranking)),
                        len(hits) == limit, ranking, left_out=left_out, matched=matched)


def _widened(conn: sqlite3.Connection, result: SearchResult, table: str | None, limit: int,
             exhaustive: bool, time_limit: float, words_shown: ShownPairs = ()
             ) -> SearchResult:
    """``result`` (the records with every word) followed by those with some of the words,
    when the text reads as a question or sentence and fewer than ``limit`` have them all
    (:func:`_relaxed`); ``result`` as it is otherwise, or when widening runs out of time."""
    if len(result.hits) >= limit or not reads_as_sentence(result.query):
        return result
    try:
        wider = _relaxed(conn, result.query, table, limit, exhaustive, time_limit,
                         first=result.hits, words_shown=words_shown)
    except SearchTimeout:
        return result
    if wider is None:
        return result
    return replace(result, hits=wider.hits, notice=_notice(result.notice, wider.notice),
                   truncated=wider.truncated, matched=wider.matched)


def _named(conn: sqlite3.Connection, text: str, time_limit: float) -> list[Hit]:
    """The records ``text`` names outright ("episode 3", with "directed": its director's
    person and credit; "who plays Chayo": the actress, her credit and the character;
    :mod:`viewer.archive.named_records`), found by their columns, which no word of the text
    need match; none for anything else."""
    words = content_words(text)
    named = named_in(WORD_CHARS.findall(text)) if words is not None else None
    if named is None or named == NamedRecords():
        return []
    # What the snippets mark: the words as typed, the roles and "episode", each whole. A
    # prefix ("direct*") would make FTS5 merge every word under it for each row asked for.
    marked = [*(part for w in words or () for part in WORD_CHARS.findall(w)),
              *(part for role in named.roles for part in WORD_CHARS.findall(role)),
              *(["episode"] if named.episodes else [])]
    expression = " OR ".join(dict.fromkeys(
        term for w in marked if (term := phrase_expression(fold(w))) is not None))
    try:
        characters: list[Hit] = []
        if named.played:  # the characters the words name, as a search of that tab finds them
            characters, _ranking = _run(
                conn, " AND ".join(forgiving_term(w) for w in named.played), text,
                "characters", MAX_NAMED, False, time_limit)
        with _time_limit(conn, time_limit):
            rowids = [*played_rowids(conn, [h.id for h in characters]),
                      *named_rowids(conn, named)]
            rows = conn.execute(named_hits_sql(), {"rowids": json.dumps(rowids),
                                                   "match": expression}).fetchall()
    except (SearchTimeout, sqlite3.OperationalError):
        return []  # out of time, or a file without these columns: the search still answers
    place = {rowid: i for i, rowid in enumerate(rowids)}
    return [Hit(r[0], int(r[1]), r[2], render_snippet(str(r[3] or "")), r[4] or "", 0.0)
            for r in sorted(rows, key=lambda r: place[r[5]])]


def _answers(conn: sqlite3.Connection, text: str, exhaustive: bool, time_limit: float
             ) -> list[Hit]:
    """For a question ("where was it filmed"), the best records of the kind its question
    word asks for (:data:`~viewer.archive.stop_words.QUESTION_KINDS`: a place for "where"),
    found with every other word taken as the beginning of a word ("filmed" finds "filming
    location", "wrote" a "Writer": :func:`forgiving_term`); none for anything else.

    When every other word names a role ("who wrote the screenplay": both name a writer,
    :func:`~viewer.archive.roles.role_named`), each person found is credited in
    those words and answers as well as the next; bm25 would only prefer whoever holds the
    fewest other roles. So those ties break as the issue asks, by how many sources state the
    record. Fewer than :data:`ANSWERS_PER_KIND` found so are followed by those its verbs
    alone find ("where was the series filmed": the filming locations)."""
    words = content_words(text)
    asked = question_kinds(WORD_CHARS.findall(text)) if words is not None else ()
    if not words or not asked or all(is_stop_word(w) for w in words):
        return []
    parts = [part for w in words for part in WORD_CHARS.findall(w)]
    expression = " AND ".join(forgiving_term(part) for part in parts)
    # A record named by the words themselves answers before one named by words they only
    # begin: "when did the massacre happen" means the "Allende massacre" before the "San
    # Fernando massacres" (the plural is a word "massacre" only begins).
    whole = "title : ( " + " AND ".join(filter(None, map(phrase_expression, parts))) + " )"
    roles_only = all(role_named(part) for part in parts)
    # The verbs that name what answers (a role, a word of the archive's: :func:`asked_verbs`)
    # find it alone when few records of the kind hold every word: "where was the series
    # filmed" asks for the filming locations, which do not say "series".
    verbs = asked_verbs(parts)
    answers: list[Hit] = []
    try:
        for kind in asked:
            named, _ranking = _run(conn, whole, text, kind, ANSWERS_PER_KIND, exhaustive,
                                   time_limit, by_sources=roles_only)
            hits, _ranking = _run(conn, expression, text, kind, ANSWERS_PER_KIND, exhaustive,
                                  time_limit, by_sources=roles_only)
            if len(hits) < ANSWERS_PER_KIND and verbs and verbs != parts:
                hits.extend(_run(conn, " AND ".join(map(forgiving_term, verbs)), text, kind,
                                 ANSWERS_PER_KIND, exhaustive, time_limit,
                                 by_sources=all(map(role_named, verbs)))[0])
            once: dict[tuple[str, int], Hit] = {}
            for hit in (*named, *hits):
                once.setdefault((hit.table, hit.id), hit)
            answers.extend(list(once.values())[:ANSWERS_PER_KIND])
    except (SearchTimeout, sqlite3.OperationalError):
        return []  # the search itself says what went wrong
    return answers


def search_archive(conn: sqlite3.Connection, text: str, *, table: str | None = None,
                   limit: int = 50, exhaustive: bool = False,
                   prefix_last: bool = False, time_limit: float = TIME_LIMIT_S,
                   words_shown: ShownPairs = ()) -> SearchResult:
    """Hits for what the user typed, ranked within bounds (see the module docstring), or
    every match ranked with ``exhaustive``. With ``prefix_last`` (the search box, as you
    type) the last word is a prefix. ``time_limit`` bounds the ranking's statements (an
    exhaustive ranking off the GUI thread may take longer than a first answer should).

    When every word together finds nothing, the result offers a respelling from the
    archive's own vocabulary (:mod:`viewer.archive.suggestions`) and holds the records with
    the most of the words, saying which were left out. A question over every table puts
    first the records of the kind it asks for (:func:`_answers`). Never raises for any input
    text; a damaged or locked file raises :class:`sqlite3.DatabaseError` (the store names
    the file).

    ``words_shown``: what a window in another language shows for the archive's own words (the
    Spanish window's "Guionista" for "Writer"), which then find the records by the stored
    word too, ranked as that word would be (see ``with_stored_words`` in
    :mod:`viewer.archive.search_query`); the CLI and the English window pass none.
    """
    text = without_surrogates(text)
    table = None if table in (None, "", "all") else table
    result = _search_text(conn, text, table, limit, exhaustive, prefix_last, time_limit,
                          words_shown)
    answers = ([*_named(conn, text, time_limit), *_answers(conn, text, exhaustive, time_limit)]
               if table is None else [])
    if not answers:
        return result
    once: dict[tuple[str, int], Hit] = {}
    for hit in answers:  # each record once, where first listed
        once.setdefault((hit.table, hit.id), hit)
    answers = list(once.values())
    first = set(once)
    hits = [*answers, *(h for h in result.hits if (h.table, h.id) not in first)][:limit]
    # The answers may be records the text itself does not match: the total is unknown then.
    matched = len(hits) if len(hits) < limit else None
    return replace(result, hits=hits, truncated=len(hits) == limit, matched=matched)


def _search_text(conn: sqlite3.Connection, text: str, table: str | None, limit: int,
                 exhaustive: bool, prefix_last: bool, time_limit: float,
                 words_shown: ShownPairs = ()) -> SearchResult:
    match = build_match(text, prefix_last=prefix_last, words_shown=words_shown)
    if match.expression is None:
        return SearchResult(text, [], match.notice)
    try:
        hits, ranking = _run(conn, match.expression, text, table, limit, exhaustive,
                             time_limit)
        if hits:
            result = SearchResult(text, hits, _notice(match.notice, _ranking_notice(ranking)),
                                  len(hits) == limit, ranking,
                                  matched=_matched(conn, match.expression, table, hits, limit))
            return _widened(conn, result, table, limit, exhaustive, time_limit, words_shown)
        try:
            with _time_limit(conn, TIME_LIMIT_S):
                found = suggest(conn, text, prefix_last=prefix_last,
                                words_shown=words_shown)
        except sqlite3.OperationalError as exc:
            if is_interrupted(exc):
                raise SearchTimeout from exc
            if "no such table" not in str(exc):
                raise
            found = None  # a file without the builder's vocabulary table: no suggestion
        suggestion = found.text if found is not None else None
        relaxed = _relaxed(conn, text, table, limit, exhaustive, time_limit,
                           words_shown=words_shown)
        if relaxed is not None:
            return replace(relaxed, suggestion=suggestion)
        return SearchResult(text, [], match.notice, suggestion=suggestion)
    except SearchTimeout:
        return SearchResult(text, [], _("The search took too long; try more specific words."))
    except sqlite3.OperationalError as exc:
        if not _is_query_error(exc):
            raise  # the file's problem (damaged, locked): the store says so
        fallback = plain_words(text)
        if fallback.expression is None:
            return SearchResult(text, [], fallback.notice)
        try:
            hits, ranking = _run(conn, fallback.expression, text, table, limit, exhaustive)
        except SearchTimeout:
            return SearchResult(text, [],
                                _("The search took too long; try more specific words."))
        except sqlite3.OperationalError as again:
            if not _is_query_error(again):
                raise
            return SearchResult(text, [], _("That search could not be run; try plain words."))
        return SearchResult(text, hits, _notice(fallback.notice, _ranking_notice(ranking)),
                            len(hits) == limit, ranking,
                            matched=_matched(conn, fallback.expression, table, hits, limit))
