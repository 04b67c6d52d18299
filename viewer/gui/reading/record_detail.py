"""Everything the detail pane shows about one record, gathered in one go.

Qt-free and pure apart from the archive it reads, so a worker can call :func:`load_detail`
with its own connection: the lookups behind one record (links, mentions in other documents,
the source texts around its spans) grow with the archive, and the pane must not wait on them.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from viewer.archive.quotation import quotation
from viewer.archive.reasons import reasoned
from viewer.archive.records.documents import Excerpt, Span
from viewer.archive.records.kinds import Record
from viewer.archive.records.navigation import Link
from viewer.archive.records.statements import Disagreement
from viewer.archive.store import Archive
from viewer.archive.tables import ENTITY_KINDS, TABLE_SPECS, composed_records

HIGHLIGHT = "#ffe27a"
CONTEXT_CHARS = 110
MERGE_GAP = 140
MAX_PASSAGE = 700
_WS = re.compile(r"\s+")
# The seeds' own markup, not their words: emphasis asterisks, HTML tags, a link's target.
_MARKUP = re.compile(r"</?[a-zA-Z][^>]*>|\*{1,3}(?=\S)|(?<=\S)\*{1,3}|(?<=\])\([^)\s]*\)"
                     r"|\[(?=[^\]]*\]\()|(?<=[^\s(])\](?=\()")


@dataclass(frozen=True)
class Passage:
    """Spans of one source close enough together to be read as one passage."""

    source_id: int
    source_title: str
    spans: tuple[Span, ...]

    @property
    def ranges(self) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in self.spans]

    @property
    def fields(self) -> list[str]:
        return list(dict.fromkeys(s.field for s in self.spans))


def passages(spans: list[Span]) -> list[Passage]:
    """Group spans by source into passages of nearby spans, in source and text order."""
    out: list[Passage] = []
    group: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.source_id, s.start, s.end)):
        if group and (span.source_id != group[0].source_id
                      or span.start > max(s.end for s in group) + MERGE_GAP
                      or span.end - group[0].start > MAX_PASSAGE):
            out.append(Passage(group[0].source_id, group[0].source_title, tuple(group)))
            group = []
        group.append(span)
    if group:
        out.append(Passage(group[0].source_id, group[0].source_title, tuple(group)))
    return out


def opening(passages: list[Passage], sources: tuple[str, ...] | list[str]
            ) -> tuple[int, list[tuple[int, int]]] | None:
    """The source the reader opens a record at, and every span of the record in it: the first
    source the record's own Sources list whose spans state it (a credit's family name can be
    read from another source's spelling, which is the person's, not the credit's); the first
    passage's source when no listed source has a span. None without passages."""
    if not passages:
        return None
    listed = set(sources)
    own = [p for p in passages if any(s.source_file in listed for s in p.spans)]
    source_id = (own or passages)[0].source_id
    return source_id, [r for p in passages if p.source_id == source_id for r in p.ranges]


def _flat(text: str) -> str:
    """Words on one line, the seeds' markdown and HTML markers left out (issue 28: snippets
    showed ``**Somos**``)."""
    return html.escape(_WS.sub(" ", _MARKUP.sub("", text)))


def passage_html(text: str, passage: Passage) -> str:
    """The passage's words with every span highlighted, trimmed to whole words at the ends."""
    merged: list[list[int]] = []
    for start, end in sorted(passage.ranges):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    first, last = merged[0][0], merged[-1][1]
    left = max(0, first - CONTEXT_CHARS)
    right = min(len(text), last + CONTEXT_CHARS, left + MAX_PASSAGE + 2 * CONTEXT_CHARS)
    # One span can be a whole document (issue 30): what is laid out stays bounded.
    merged = [[start, min(end, right)] for start, end in merged if start < right]
    if left > 0:
        cut = text.find(" ", left, first)
        left = cut + 1 if cut != -1 else left
    if right < len(text):
        cut = text.rfind(" ", last, right)
        right = cut if cut != -1 else right
    parts = ["…" if left > 0 else ""]
    pos = left
    for start, end in merged:
        parts.append(_flat(text[pos:start]))
        parts.append(f'<span style="background-color:{HIGHLIGHT}; color:#1a1a1a;">'
                     f"{_flat(text[start:end])}</span>")
        pos = end
    parts.append(_flat(text[pos:right]))
    parts.append("…" if right < len(text) else "")
    return "".join(parts).strip()


# A disagreement's value as the pane shows it: its side, the value, the spans stating it
# (source id, source title, start, end, the words there), why it is inferred where no words
# state it, and what the text calls it ("official count", topics.CLAIM_QUALIFIERS).
Side = tuple[int, str, list[tuple[int, str, int, int, str]], str | None, str]


@dataclass(frozen=True)
class RecordDetail:
    """One record with its links, its provenance passages (as highlighted HTML) and names."""

    table: str
    record: Record
    links: list[Link]
    passages: list[Passage]
    passage_html: list[str]
    quote_previews: dict[int, str]
    source_titles: dict[str, str]
    # For a disagreement: each value as stated, its side (values that agree share one) and
    # the spans stating it, as (source id, source title, start, end, the words there), so the
    # pane can set the sides side by side and link each span to the reader; last, why the
    # value is inferred where no words state it (a reason the pane says in its language).
    sides: list[Side] = field(default_factory=list)
    # The linked records whose titles have words of ours in them (COMPOSED_TITLES), by
    # (table, id): the pane composes their labels in its language.
    linked: dict[tuple[str, int], Record] = field(default_factory=dict)
    # Each source document's id by its file name: a field or a Sources row that names a
    # source by its file shows its title, a link to the reader.
    source_ids: dict[str, int] = field(default_factory=dict)
    # The records the record's keys point at (``person_id``, ``record_id``…), by the key's
    # field: the pane names them by their titles, never by their numbers.
    referenced: dict[str, tuple[str, Record]] = field(default_factory=dict)
    # Where each of a thing's links comes from, by the linked record's name: the words that
    # tie them, as (source id, start, end, the words there, the source's title), so the pane
    # shows them beside the link and opens the reader there.
    citations: dict[str, list[tuple[int, int, int, str, str]]] = field(default_factory=dict)


# The provenance fields that cite a thing's links (viewer.archive.entity_writing): a person
# where its sentence names them, another thing at the words that tie the two.
LINK_FIELDS = ("people", "links")


def _citations(archive: Archive, links: list[Link], spans: list[Span], texts: dict[int, str]
               ) -> dict[str, list[tuple[int, int, int, str, str]]]:
    """Each span citing a link, by the linked record's name. A span's value is the name as
    its sentence writes it ("the Zetas cartel" for Los Zetas): read back through the linked
    things' names and variants."""
    cited = [s for s in spans if s.field in LINK_FIELDS and s.value and s.source_id in texts]
    if not cited:
        return {}
    named: dict[str, str] = {}
    things = [lk for lk in links if lk.table in ENTITY_KINDS]
    records = [r for t in dict.fromkeys(lk.table for lk in things)
               for r in archive.get_many(t, [lk.id for lk in things if lk.table == t])]
    for rec in records:
        named.setdefault(getattr(rec, "name", ""), getattr(rec, "name", ""))
    for rec in records:
        for variant in getattr(rec, "variants", ()):
            named.setdefault(variant, getattr(rec, "name", ""))
    out: dict[str, list[tuple[int, int, int, str, str]]] = {}
    for s in cited:
        words = _WS.sub(" ", _MARKUP.sub("", texts[s.source_id][s.start:s.end])).strip()
        out.setdefault(named.get(s.value or "", s.value or ""), []).append(
            (s.source_id, s.start, s.end, words, s.source_title))
    return out


# A record's keys to records of another table, and the table (a claim's ``record_id`` names
# its table in ``record_table``).
REFERENCES = {"person_id": "people", "character_id": "characters",
              "disagreement_id": "disagreements", "record_id": "record_table"}


def _referenced(archive: Archive, record: Record) -> dict[str, tuple[str, Record]]:
    out: dict[str, tuple[str, Record]] = {}
    for key, table in REFERENCES.items():
        ident = getattr(record, key, None)
        if key == "record_id":
            table = getattr(record, "record_table", None) or ""
        if isinstance(ident, int) and table in TABLE_SPECS:
            found = archive.get(table, ident)
            if found is not None:
                out[key] = (table, found)
    return out


def _quote_previews(archive: Archive, ids: list[int]) -> dict[int, str]:
    out = {}
    for rec in archive.get_many("quotes", ids):
        text = " ".join(str(getattr(rec, "text", "")).split())
        out[rec.id] = quotation(text if len(text) <= 90 else text[:87] + "…")
    return out


def load_detail(archive: Archive, table: str, record_id: int) -> RecordDetail | None:
    """What the pane needs to show a record, or None if the archive does not have it."""
    if table not in TABLE_SPECS:
        return None
    record = archive.get(table, record_id)
    if record is None:
        return None
    spans = archive.provenance(table, record_id)
    if not spans and isinstance(record, Excerpt):
        source = archive.source(record.source_id)
        spans = [Span(record.source_id, source.file, source.title, "text", record.start,
                      record.end)]
    links = archive.related(table, record_id)
    person_id = getattr(record, "person_id", None)
    if table in ("cast", "crew") and person_id is not None:
        # An actor's or crew member's other credits, one step instead of two.
        seen = {(lk.table, lk.id) for lk in links} | {(table, record_id)}
        links += [Link(lk.table, lk.id, lk.label, "other credit")
                  for lk in archive.person_credits(person_id) if (lk.table, lk.id) not in seen]
    found = passages(spans)
    texts = {sid: archive.source_text(sid) for sid in {p.source_id for p in found}}
    sides = _sides(archive, record, texts) if isinstance(record, Disagreement) else []
    every = archive.sources()
    return RecordDetail(
        table, record, links, found, [passage_html(texts[p.source_id], p) for p in found],
        _quote_previews(archive, [lk.id for lk in links if lk.table == "quotes"]),
        {s.file: s.title for s in every}, sides,
        composed_records(archive, ((lk.table, lk.id) for lk in links)),
        {s.file: s.id for s in every}, _referenced(archive, record),
        _citations(archive, links, spans, texts))


def _sides(archive: Archive, record: Disagreement, texts: dict[int, str]) -> list[Side]:
    by_file = {s.file: s for s in archive.sources()}
    out = []
    for n, side in enumerate(record.values, start=1):
        spans = []
        for span in side.get("spans", []):
            source = by_file.get(span["source"])
            if source is None:
                continue
            text = texts.get(source.id) or archive.source_text(source.id)
            words = _WS.sub(" ", text[span["start"]:span["end"]])
            spans.append((source.id, source.title, span["start"], span["end"], words))
        number = side.get("side")
        why, parts = side.get("inferred"), side.get("inferred_parts")
        inferred = reasoned(why, parts if isinstance(parts, str) else None) if isinstance(
            why, str) else None
        qualifier = side.get("as")
        out.append((number if isinstance(number, int) else n, str(side.get("value", "")),
                    spans, inferred, qualifier if isinstance(qualifier, str) else ""))
    return out
