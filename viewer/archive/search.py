"""The one place user text becomes an FTS5 query, and the ranked search over every table.

FTS5's query language punishes ordinary typing (``don't``, ``spider-man``, ``park.`` and an
unbalanced quote are all errors), so :func:`build_match` reads the user's text as words and
only keeps syntax the user clearly meant: balanced ``"phrases"``, balanced parentheses,
upper-case ``AND``/``OR``/``NOT`` between terms, ``title:``/``body:`` column filters and a
trailing ``*`` for prefixes. Everything else is quoted. When something had to be ignored, the
result says so in ``notice`` rather than raising.
"""

from __future__ import annotations

import html
import re
import sqlite3
import time
from dataclasses import dataclass, field

from viewer.archive.records import Hit
from viewer.archive.schema import SEARCH_FTS, SEARCH_TABLE

OPERATORS = ("AND", "OR", "NOT")
COLUMNS = ("title", "body")
MAX_TERMS = 32
#: How long one search may run before it is cut short (Datasette's guard against slow queries).
TIME_LIMIT_S = 2.0
#: Order of tables when ranks tie (FTS5 clamps idf for common terms, so ties are frequent).
TABLE_ORDER = ("cast", "characters", "people", "episodes", "crew", "storylines", "quotes",
               "facts", "excerpts", "sources")

_HL_OPEN, _HL_CLOSE = "\x02", "\x03"
_TOKEN = re.compile(r'"[^"]*"\*?|\(|\)|[^\s()"]+|"')


@dataclass(frozen=True)
class MatchQuery:
    """``expression`` is safe to pass to MATCH, or None when the text has nothing to search."""

    expression: str | None
    notice: str | None = None


@dataclass(frozen=True)
class SearchResult:
    query: str
    hits: list[Hit] = field(default_factory=list)
    notice: str | None = None
    truncated: bool = False


def _has_word(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _word(raw: str) -> str | None:
    """One bare word as a quoted FTS5 string, keeping a trailing ``*`` as a prefix marker."""
    prefix = raw.endswith("*")
    core = raw.rstrip("*")
    col = ""
    if ":" in core:
        name, _, rest = core.partition(":")
        if name.lower() in COLUMNS and _has_word(rest):
            col, core = name.lower() + ":", rest
    core = core.replace("*", " ")
    if not _has_word(core):
        return None
    return col + _quote(core) + ("*" if prefix else "")


def build_match(text: str) -> MatchQuery:
    """Turn what a person typed into a valid FTS5 expression (see the module docstring)."""
    text = text.replace("\x00", " ").strip()
    if not _has_word(text):
        return MatchQuery(None, "Type a word to search." if text else None)
    notices: list[str] = []
    if text.count('"') % 2:
        text = text.replace('"', " ")
        notices.append("an unmatched quote was ignored")
    raw_tokens = _TOKEN.findall(text)
    depth, balanced = 0, True
    for tok in raw_tokens:
        depth += tok == "("
        depth -= tok == ")"
        balanced &= depth >= 0
    if depth != 0 or not balanced:
        raw_tokens = [t for t in raw_tokens if t not in "()"]
        notices.append("unbalanced parentheses were ignored")

    # Classify tokens into terms, operators and parentheses.
    items: list[str] = []  # each: "T:<expr>", "O:<op>", "(" or ")"
    for tok in raw_tokens:
        if tok in ("(", ")"):
            items.append(tok)
        elif tok in OPERATORS:
            items.append("O:" + tok)
        elif tok.startswith('"'):
            prefix = tok.endswith("*")
            inner = tok[1:-2] if prefix else tok[1:-1]
            if _has_word(inner):
                items.append("T:" + _quote(inner) + ("*" if prefix else ""))
        else:
            word = _word(tok)
            if word is not None:
                items.append("T:" + word)

    # Operators must stand between two operands; otherwise they are ordinary words.
    out: list[str] = []
    ignored_ops = False
    for i, item in enumerate(items):
        if item.startswith("O:"):
            prev = out[-1] if out else None
            nxt = items[i + 1] if i + 1 < len(items) else None
            ok_prev = prev is not None and (prev.startswith("T:") or prev == ")")
            ok_next = nxt is not None and (nxt.startswith("T:") or nxt == "(")
            if ok_prev and ok_next:
                out.append(item)
            else:
                ignored_ops = True
                out.append("T:" + _quote(item[2:]))
        else:
            out.append(item)
    if ignored_ops:
        notices.append("an operator without a term on both sides was searched as a word")

    # Drop empty groups "()" and insert explicit ANDs: FTS5 rejects "(a OR b) c".
    parts: list[str] = []
    terms = 0
    for item in out:
        if item == ")" and parts and parts[-1] == "(":
            parts.pop()
            continue
        if parts and (item.startswith("T:") or item == "(") and (
                parts[-1].startswith("T:") or parts[-1] == ")"):
            parts.append("O:AND")
        if item.startswith("T:"):
            terms += 1
            if terms > MAX_TERMS:
                notices.append(f"only the first {MAX_TERMS} words were searched")
                while parts and not parts[-1].startswith("T:") and parts[-1] != ")":
                    parts.pop()
                break
        parts.append(item)
    # Close any group left open by truncation.
    opened = parts.count("(") - parts.count(")")
    parts.extend([")"] * max(opened, 0))
    while parts and parts[-1].startswith("O:"):
        parts.pop()
    if not any(p.startswith("T:") for p in parts):
        return MatchQuery(None, "Type a word to search.")
    expression = " ".join(p[2:] if p[:2] in ("T:", "O:") else p for p in parts)
    notice = "; ".join(dict.fromkeys(notices)) or None
    return MatchQuery(expression, notice.capitalize() + "." if notice else None)


def plain_words(text: str) -> MatchQuery:
    """Every word quoted, no operators: the fallback when an expression still fails."""
    words = [w for w in re.split(r"\s+", text.replace("\x00", " ")) if _has_word(w)]
    if not words:
        return MatchQuery(None, "Type a word to search.")
    return MatchQuery(" ".join(_quote(w.replace("*", " ")) for w in words[:MAX_TERMS]),
                      "Operators were ignored; searched the plain words.")


def phrase_expression(phrase: str) -> str | None:
    """An exact-phrase expression for a name (used to find mentions of a person)."""
    return _quote(phrase) if _has_word(phrase) else None


def render_snippet(raw: str) -> str:
    """HTML-escape a snippet, then turn the sentinel markers into ``<b>`` tags."""
    return html.escape(raw).replace(_HL_OPEN, "<b>").replace(_HL_CLOSE, "</b>")


def search_sql(table: str | None) -> str:
    """The ranked search statement. bm25 weights title 10× body (set at build time as the
    FTS table's ``rank``); ties break by exact title match, then table order, then record."""
    order = " ".join(f"WHEN '{name}' THEN {i}" for i, name in enumerate(TABLE_ORDER))
    table_clause = "AND s.record_table = :table " if table else ""
    return (
        f"SELECT s.record_table, s.record_id, s.title, "
        f"snippet({SEARCH_FTS}, -1, '{_HL_OPEN}', '{_HL_CLOSE}', '…', 16) AS snip, "
        f"{SEARCH_FTS}.rank AS rank, "
        f"(SELECT file FROM sources WHERE sources.id = s.source_id) AS source "
        f"FROM {SEARCH_FTS} JOIN {SEARCH_TABLE} s ON s.id = {SEARCH_FTS}.rowid "
        f"WHERE {SEARCH_FTS} MATCH :match {table_clause}"
        f"ORDER BY {SEARCH_FTS}.rank, lower(s.title) = lower(:raw) DESC, "
        f"CASE s.record_table {order} ELSE 99 END, s.record_id "
        f"LIMIT :limit"
    )


class SearchTimeout(Exception):
    pass


def _run(conn: sqlite3.Connection, expression: str, raw: str, table: str | None,
         limit: int) -> list[Hit]:
    deadline = time.monotonic() + TIME_LIMIT_S

    def guard() -> int:
        return 1 if time.monotonic() > deadline else 0

    conn.set_progress_handler(guard, 10_000)
    try:
        rows = conn.execute(search_sql(table), {
            "match": expression, "raw": raw.strip(), "table": table, "limit": limit,
        }).fetchall()
    except sqlite3.OperationalError as exc:
        if "interrupted" in str(exc):
            raise SearchTimeout from exc
        raise
    finally:
        conn.set_progress_handler(None, 0)
    return [Hit(r[0], int(r[1]), r[2], render_snippet(r[3] or ""), r[5] or "", float(r[4]))
            for r in rows]


def search_archive(conn: sqlite3.Connection, text: str, *, table: str | None = None,
                   limit: int = 50) -> SearchResult:
    """Ranked hits for what the user typed. Never raises for any input text."""
    match = build_match(text)
    if match.expression is None:
        return SearchResult(text, [], match.notice)
    table = None if table in (None, "", "all") else table
    try:
        hits = _run(conn, match.expression, text, table, limit)
        return SearchResult(text, hits, match.notice, len(hits) == limit)
    except SearchTimeout:
        return SearchResult(text, [], "The search took too long; try more specific words.")
    except sqlite3.OperationalError:
        fallback = plain_words(text)
        if fallback.expression is None:
            return SearchResult(text, [], fallback.notice)
        try:
            hits = _run(conn, fallback.expression, text, table, limit)
        except (sqlite3.OperationalError, SearchTimeout):
            return SearchResult(text, [], "That search could not be run; try plain words.")
        return SearchResult(text, hits, fallback.notice, len(hits) == limit)
