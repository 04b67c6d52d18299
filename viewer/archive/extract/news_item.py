"""Extractor for the news item layout: a short trade-press story (MediaPost) about *Somos.*

The layout, as the seed prints it: the headline on the first line, paragraphs separated by
blank lines, an "About <author>" byline block with the author's biography, and the site's
"View All Articles" / "Leave a Comment" links at the end. Everything is read from that
structure; nothing the story says is typed in here.

Choices, so the next reader knows why the output looks as it does:

* **Site chrome** — "View All Articles" and "Leave a Comment" are cut off before any parsing
  and never reach an excerpt. With the byline they are the layout's landmarks for
  :func:`recognises`.
* **Headings** are not excerpts of their own: the headline is the ``section`` of the story's
  paragraphs, and "<headline> › About <author>" the section of the biography.
* **Fragments** — a block none of whose lines ends like a sentence or a clause (the story has
  one: a tag line "Somas., Netflix, ProPublica" over a cut-off link text "(Ginger Thompson’s
  article at") is page debris, not a readable passage, and is dropped. A paragraph cut off
  after a comma ("… respectively,") is still the story's words and is kept.
* **The author** is the story's writer, not one of the makers: his biography is an excerpt
  and nothing more (no credit, no quote), and credits, quotes and facts are read from the
  story above the byline only.
* **Credits** come from role phrases in front of names ("its creator and executive producer
  James Schamus"; "writers Monika Revilla and Fernanda Melchor, producer …") — one record per
  person per role, the first statement winning — and from "investigation by <Name>" (the
  author of the reporting the series adapts: "Source article author").
* **Quotes** — a block whose quoted words are attributed ("…” Schamus explained", "Schamus
  also pointed out that “…”", or a sentence naming one known person and introducing the
  quotation with a colon) gives one :class:`QuoteRecord`: every quoted stretch of the block
  joined, a closing comma before the attribution dropped. A speaker named by surname only
  gets the full name as ``value`` when a credited person of this story has that surname; the
  role is the one stated with that person's full name.
* **Facts** — "debuting today, June 30" → ``premiere_date`` as stated (no year is printed, so
  no ISO value); "six-episode" → ``episode_count`` 6; "massacre of at least 300 people" →
  ``death_toll`` 300. The statement of a fact is the sentence that states it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.archive.extract.base import (
    CreditRecord,
    ExcerptKind,
    ExcerptRecord,
    Extraction,
    FactRecord,
    Located,
    QuoteRecord,
    SeedError,
    Span,
    at,
    at_match,
    fold,
    joined,
)

LAYOUT = "news_item"

# -- layout landmarks -------------------------------------------------------------------------

_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+"
_NAME = rf"{_NAME_WORD}(?:[ \u00a0]{_NAME_WORD}){{1,2}}"

_FOOTER = re.compile(r"\n[^\S\n]*View All Articles[^\S\n]*\n\s*Leave a Comment\s*\Z")
_BYLINE = re.compile(rf"^[^\S\n]*(?P<heading>About (?P<author>{_NAME}))[^\S\n]*$", re.MULTILINE)
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_SECTION_SEP = " › "
#: How a sentence or clause ends; a block whose lines all end otherwise is page debris.
_PROSE_END = '.,;:!?”"’)…'

# -- people and roles -------------------------------------------------------------------------

#: The story's role words and the canonical role each one names.
_ROLE_WORDS: dict[str, str] = {
    "series creator": "Creator",
    "creator": "Creator",
    "executive producer": "Executive Producer",
    "producer": "Producer",
    "head writer": "Writer",
    "writer": "Writer",
    "director": "Director",
    "head editor": "Editor",
    "editor": "Editor",
}
_SOURCE_AUTHOR = "Source article author"
_ROLE_TERM = (
    "(?:"
    + "|".join(
        r"\s+".join(map(re.escape, w.split())) for w in sorted(_ROLE_WORDS, key=len, reverse=True)
    )
    + ")s?"
)
_ROLE_TERM_RE = re.compile(rf"\b{_ROLE_TERM}\b", re.IGNORECASE)
_ROLE_PHRASE = rf"(?i:\b{_ROLE_TERM}(?:\s+and\s+{_ROLE_TERM})*\b)"
#: "its creator and executive producer James Schamus", "directors Álvaro Curiel and …"
_ROLE_BEFORE_NAMES = re.compile(
    rf"(?P<role>{_ROLE_PHRASE})\s+(?P<names>{_NAME}(?:\s+and\s+{_NAME})*)\b"
)
_NAME_RE = re.compile(_NAME)
_NAME_WORD_RE = re.compile(_NAME_WORD)
_NAME_OR_WORD = re.compile(rf"{_NAME}|{_NAME_WORD}")
#: "a later ProPublica/National Geographic investigation by Ginger Thompson"
_WORK_BY = re.compile(
    rf"\b(?P<role>(?:investigation|article|report|oral\s+history)\s+by)\s+(?P<name>{_NAME})\b"
)

# -- quotes -----------------------------------------------------------------------------------

_VERB = (
    r"(?:explains|explained|says|said|adds|added|continues|continued|notes|noted|"
    r"recalls|recalled|points\s+out|pointed\s+out)"
)
_WHO = rf"(?P<who>{_NAME}|{_NAME_WORD})"
_QUOTED = re.compile(r"“(?P<words>[^“”]*)”")
_NAMED_AFTER = re.compile(rf"”\s*,?\s*{_WHO}\s+(?:also\s+)?{_VERB}\b")
_NAMED_BEFORE = re.compile(rf"{_WHO}\s+(?:also\s+)?{_VERB}(?:\s+that)?\s*[,:]?\s*“")
_COLON_INTRO = re.compile(r":\s*“")

# -- facts ------------------------------------------------------------------------------------

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_PREMIERE = re.compile(
    r"\bdebut(?:ing|s|ed)?\s+(?:today,?\s+|on\s+)?(?P<date>(?P<month>"
    + "|".join(_MONTHS)
    + r")\s+(?P<day>\d{1,2})(?:,\s+(?P<year>\d{4}))?)\b"
)
_EPISODE_COUNT = re.compile(
    r"\b(?P<n>\d+|" + "|".join(_NUMBER_WORDS) + r")-(?:part|episode)\b", re.IGNORECASE
)
_DEATH_TOLL = re.compile(
    r"\bmassacre\s+of\s+(?P<toll>(?:(?:at\s+least|more\s+than|over|some|about|nearly|up\s+to)"
    r"\s+)?(?P<n>\d[\d,]*))\s+(?:people|persons|individuals|residents|victims)\b"
)

# -- sentences --------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?…][”’)\]]*(?=\s+[“‘(\[]?[A-ZÀ-Þ])")
_INITIALISM = re.compile(r"\b(?:[A-Z]\.){2,}\Z")


@dataclass(frozen=True)
class _Block:
    """One blank-line-separated block, trimmed of surrounding space."""

    start: int
    end: int
    text: str

    @property
    def is_prose(self) -> bool:
        return any(line.rstrip().endswith(tuple(_PROSE_END)) for line in self.text.splitlines())


@dataclass(frozen=True)
class _Person:
    """A credited person: the full name as first written and the role phrase stated with it."""

    name: str
    role: Located | None


def recognises(text: str) -> bool:
    """The "About <author>" byline followed by the site's closing links."""
    footer = _FOOTER.search(text)
    return footer is not None and _BYLINE.search(text, 0, footer.start()) is not None


def extract(text: str, file: str) -> Extraction:
    footer = _FOOTER.search(text)
    bylines = list(_BYLINE.finditer(text, 0, footer.start())) if footer else []
    if footer is None or not bylines:
        raise SeedError(
            file,
            "the 'About <author>' byline or the 'View All Articles' / "
            "'Leave a Comment' links are missing; this is not a news item",
        )
    byline = bylines[-1]
    story = _blocks(text, 0, byline.start())
    if not story or "\n" in story[0].text:
        line = text.count("\n", 0, story[0].start) + 1 if story else None
        raise SeedError(file, "the headline line is missing above the story", line)

    out = Extraction()
    title = story[0].text
    body = [b for b in story[1:] if b.is_prose]
    for block in body:
        out.excerpts.append(ExcerptRecord(title, _kind(block), at(text, block.start, block.end)))
    about = _SECTION_SEP.join((title, byline.group("heading")))
    for block in _blocks(text, byline.end(), footer.start()):
        if block.is_prose:
            out.excerpts.append(
                ExcerptRecord(about, _kind(block), at(text, block.start, block.end))
            )

    people = _credits(text, body, out)
    out.quotes.extend(_quotes(text, body, people))
    out.facts.extend(_facts(text, body))
    return out


def _kind(block: _Block) -> ExcerptKind:
    return "quote" if block.text.startswith("“") else "paragraph"


def _blocks(text: str, start: int, end: int) -> list[_Block]:
    """The blank-line-separated blocks of ``text[start:end]``, trimmed, empty ones dropped."""
    bounds: list[tuple[int, int]] = []
    pos = start
    for gap in _BLANK_LINE.finditer(text, start, end):
        bounds.append((pos, gap.start()))
        pos = gap.end()
    bounds.append((pos, end))
    blocks = []
    for s, e in bounds:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            blocks.append(_Block(s, e, text[s:e]))
    return blocks


def _canonical_role(term: str) -> str:
    key = fold(term)
    if key not in _ROLE_WORDS and key.endswith("s"):
        key = key[:-1]
    return _ROLE_WORDS[key]


def _credits(text: str, body: list[_Block], out: Extraction) -> list[_Person]:
    """Credits from role phrases; returns the credited people (for resolving speakers)."""
    seen: set[tuple[str, str]] = set()
    people: dict[str, _Person] = {}

    def credit(person: Located, role: Located, phrase: Located | None) -> None:
        folded = fold(person.normalized)
        known = people.get(folded)
        if known is None or (known.role is None and phrase is not None):
            people[folded] = _Person(person.normalized, phrase)
        if (folded, role.normalized) not in seen:
            seen.add((folded, role.normalized))
            out.credits.append(CreditRecord(person=person, category="crew", role=role))

    for block in body:
        found: list[tuple[int, re.Match[str]]] = [
            *((m.start(), m) for m in _ROLE_BEFORE_NAMES.finditer(text, block.start, block.end)),
            *((m.start(), m) for m in _WORK_BY.finditer(text, block.start, block.end)),
        ]
        for _, m in sorted(found, key=lambda pair: pair[0]):
            if m.re is _WORK_BY:
                # "investigation by" says what she wrote, not a role to quote her under.
                credit(
                    at_match(text, m, "name"), at_match(text, m, "role", value=_SOURCE_AUTHOR), None
                )
                continue
            phrase = at_match(text, m, "role")
            for name in _NAME_RE.finditer(text, m.start("names"), m.end("names")):
                for term in _ROLE_TERM_RE.finditer(text, m.start("role"), m.end("role")):
                    credit(
                        at_match(text, name),
                        at_match(text, term, value=_canonical_role(term.group())),
                        phrase,
                    )
    return list(people.values())


def _resolve(text: str, start: int, end: int, people: list[_Person]) -> _Person | None:
    """The credited person that ``text[start:end]`` names, by full name or by surname."""
    said = fold(text[start:end])
    matches = [p for p in people if fold(p.name) == said]
    if not matches and " " not in said:
        matches = [p for p in people if fold(p.name).split()[-1] == said]
    return matches[0] if len(matches) == 1 else None


def _speaker_located(text: str, start: int, end: int, person: _Person) -> Located:
    words = at(text, start, end)
    full = None if fold(words.text) == fold(person.name) else person.name
    return Located(words.text, words.spans, full)


def _quotes(text: str, body: list[_Block], people: list[_Person]) -> list[QuoteRecord]:
    quotes: list[QuoteRecord] = []
    for block in body:
        segments = list(_QUOTED.finditer(text, block.start, block.end))
        if not segments:
            continue
        found = _speaker(text, block, people)
        if found is None:
            continue
        speaker, person = found
        spans = [Span(m.start("words"), m.end("words")) for m in segments]
        last = spans[-1]
        end = last.end  # "…‘We exist,’” Schamus explained" keeps its inner quote mark
        while end > last.start and (text[end - 1].isspace() or text[end - 1] == ","):
            end -= 1
        spans[-1] = Span(last.start, end)
        quotes.append(QuoteRecord(speaker=speaker, text=joined(text, spans), role=person.role))
    return quotes


def _speaker(text: str, block: _Block, people: list[_Person]) -> tuple[Located, _Person] | None:
    """Who the block's quotation is attributed to, or None when it names no one we know."""
    for pattern in (_NAMED_AFTER, _NAMED_BEFORE):
        for m in pattern.finditer(text, block.start, block.end):
            person = _resolve(text, m.start("who"), m.end("who"), people)
            if person is not None:
                return _speaker_located(text, m.start("who"), m.end("who"), person), person
    for m in _COLON_INTRO.finditer(text, block.start, block.end):
        s = next(s for s, e in _sentences(text, block.start, block.end) if s <= m.start() < e)
        # Each name word on its own too: "Though Schamus is American" reads as a two-word
        # name to the pattern.
        named = []
        for word in _NAME_OR_WORD.finditer(text, s, m.start()):
            candidates = [(word.start(), word.end())]
            candidates += [
                (w.start(), w.end()) for w in _NAME_WORD_RE.finditer(text, word.start(), word.end())
            ]
            for start, end in candidates:
                person = _resolve(text, start, end, people)
                if person is not None:
                    named.append((start, end, person))
                    break
        if len({fold(p.name) for _, _, p in named}) == 1:
            start, end, person = named[0]
            return _speaker_located(text, start, end, person), person
    return None


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence bounds in ``text[start:end]``; "U.S." and the like do not end a sentence."""
    bounds: list[tuple[int, int]] = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if text[m.start()] == "." and _INITIALISM.search(text, pos, m.start() + 1):
            continue
        bounds.append((pos, m.end()))
        pos = m.end()
    bounds.append((pos, end))
    return [(s, e) for s, e in bounds if text[s:e].strip()]


def _facts(text: str, body: list[_Block]) -> list[FactRecord]:
    facts: list[FactRecord] = []
    for block in body:
        for s, e in _sentences(text, block.start, block.end):
            statement = at(text, s, e)
            for m in _PREMIERE.finditer(text, s, e):
                iso = None
                if m.group("year"):
                    month = _MONTHS.index(m.group("month")) + 1
                    iso = f"{m.group('year')}-{month:02d}-{int(m.group('day')):02d}"
                facts.append(
                    FactRecord("premiere_date", at_match(text, m, "date", value=iso), statement)
                )
            for m in _EPISODE_COUNT.finditer(text, s, e):
                n = m.group("n").lower()
                count = str(_NUMBER_WORDS[n]) if n in _NUMBER_WORDS else n
                facts.append(FactRecord("episode_count", at_match(text, m, value=count), statement))
            for m in _DEATH_TOLL.finditer(text, s, e):
                facts.append(
                    FactRecord(
                        "death_toll",
                        at_match(text, m, "toll", value=m.group("n").replace(",", "")),
                        statement,
                    )
                )
    return facts
