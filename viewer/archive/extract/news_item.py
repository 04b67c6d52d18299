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
* **The author** is the story's writer, not one of the makers: a person (named at the byline
  and in his biography), with no credit and no quote; the viewer links him to the source
  whose author he is. Credits, quotes and facts are read from the story above the byline
  only.
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
  ``death_toll`` 300; "a Mexican production, in Spanish with English subtitles" →
  ``country_of_origin`` Mexico, ``original_language`` Spanish, ``subtitles`` English. The
  statement of a fact is the sentence that states it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.archive import reasons as R
from viewer.archive.dates import MONTHS
from viewer.archive.extract.base import (
    SECTION_SEP,
    CreditRecord,
    ExcerptRecord,
    Extraction,
    FactRecord,
    Located,
    ProseMention,
    QuoteRecord,
    SeedError,
    at,
    at_match,
    fold,
)
from viewer.archive.extract.prose import (
    NAME,
    NAME_WORD,
    QUOTED,
    SPEECH_VERB,
    Block,
    blocks,
    excerpt_kind,
    quotation,
    sentences,
    statements,
)
from viewer.archive.extract.vocabulary import (
    DEMONYM_COUNTRIES,
    ROLE_PHRASE,
    ROLE_TERM_RE,
    episode_counts,
    month_number,
)
from viewer.archive.reasons import Reason
from viewer.archive.roles import SOURCE_AUTHOR, canonical_role
from viewer.i18n import message as _

LAYOUT = "news_item"

# -- layout landmarks -------------------------------------------------------------------------

_FOOTER = re.compile(r"\n[^\S\n]*View All Articles[^\S\n]*\n\s*Leave a Comment\s*\Z")
_BYLINE = re.compile(rf"^[^\S\n]*(?P<heading>About (?P<author>{NAME}))[^\S\n]*$", re.MULTILINE)
#: How a sentence or clause ends; a block whose lines all end otherwise is page debris.
_PROSE_END = '.,;:!?”"’)…'

# -- people and roles (role words: roles.ROLE_WORDS) --------------------------------------

#: "its creator and executive producer James Schamus", "directors Álvaro Curiel and …"
_ROLE_BEFORE_NAMES = re.compile(
    rf"(?P<role>{ROLE_PHRASE})\s+(?P<names>{NAME}(?:\s+and\s+{NAME})*)\b"
)
_NAME_RE = re.compile(NAME)
_NAME_WORD_RE = re.compile(NAME_WORD)
_NAME_OR_WORD = re.compile(rf"{NAME}|{NAME_WORD}")
#: "a later ProPublica/National Geographic investigation by Ginger Thompson"
_WORK_BY = re.compile(
    rf"\b(?P<role>(?:investigation|article|report|oral\s+history)\s+by)\s+(?P<name>{NAME})\b"
)

# -- quotes -----------------------------------------------------------------------------------

_WHO = rf"(?P<who>{NAME}|{NAME_WORD})"
_NAMED_AFTER = re.compile(rf"”\s*,?\s*{_WHO}\s+(?:also\s+)?{SPEECH_VERB}\b")
_NAMED_BEFORE = re.compile(rf"{_WHO}\s+(?:also\s+)?{SPEECH_VERB}(?:\s+that)?\s*[,:]?\s*“")
_COLON_INTRO = re.compile(r":\s*“")

# -- facts ------------------------------------------------------------------------------------

_PREMIERE = re.compile(
    r"\bdebut(?:ing|s|ed)?\s+(?:today,?\s+|on\s+)?(?P<date>(?P<month>"
    + "|".join(MONTHS)
    + r")\s+(?P<day>\d{1,2})(?:,\s+(?P<year>\d{4}))?)\b"
)
#: "a Mexican production, in Spanish with English subtitles": the country the demonym names
#: (vocabulary.DEMONYM_COUNTRIES), the language spoken and that of the subtitles.
_PRODUCTION = re.compile(
    r"\b(?P<country>[A-Z][a-z]+) production,?\s+in\s+(?P<language>[A-Z][a-z]+)"
    r"(?:\s+with\s+(?P<subs>[A-Z][a-z]+)\s+subtitles)?"
)
_DEATH_TOLL = re.compile(
    r"\bmassacre\s+of\s+(?P<toll>(?:(?:at\s+least|more\s+than|over|some|about|nearly|up\s+to)"
    r"\s+)?(?P<n>\d[\d,]*))\s+(?:people|persons|individuals|residents|victims)\b"
)


def _is_prose(block: Block) -> bool:
    """Some line of the block ends like a sentence or a clause; otherwise it is page debris."""
    return any(line.rstrip().endswith(tuple(_PROSE_END)) for line in block.text.splitlines())


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
            _("the 'About <author>' byline or the 'View All Articles' / "
              "'Leave a Comment' links are missing; this is not a news item"),
        )
    byline = bylines[-1]
    story = blocks(text, 0, byline.start())
    if not story or "\n" in story[0].text:
        line = text.count("\n", 0, story[0].start) + 1 if story else None
        raise SeedError(file, _("the headline line is missing above the story"), line)

    out = Extraction()
    title = story[0].text
    body = [b for b in story[1:] if _is_prose(b)]
    for block in body:
        out.excerpts.append(
            ExcerptRecord(title, excerpt_kind(block), at(text, block.start, block.end))
        )
    about = SECTION_SEP.join((title, byline.group("heading")))
    # The author the byline names is a person, at the byline and wherever the biography
    # names him again ("Les Luchter is a former managing editor of …").
    author = byline.group("author")
    out.people.append(ProseMention(at_match(text, byline, "author")))
    for block in blocks(text, byline.end(), footer.start()):
        if _is_prose(block):
            out.excerpts.append(
                ExcerptRecord(about, excerpt_kind(block), at(text, block.start, block.end))
            )
            for m in re.finditer(rf"(?<!\w){re.escape(author)}(?!\w)", text[block.start:block.end]):
                out.people.append(ProseMention(at(text, block.start + m.start(),
                                                  block.start + m.end())))

    people = _credits(text, body, out)
    out.quotes.extend(_quotes(text, body, people))
    out.facts.extend(_facts(text, body))
    return out


def _credits(text: str, body: list[Block], out: Extraction) -> list[_Person]:
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
        for _at, m in sorted(found, key=lambda pair: pair[0]):
            if m.re is _WORK_BY:
                # "investigation by" says what she wrote, not a role to quote her under.
                credit(
                    at_match(text, m, "name"), at_match(text, m, "role", value=SOURCE_AUTHOR), None
                )
                continue
            phrase = at_match(text, m, "role")
            for name in _NAME_RE.finditer(text, m.start("names"), m.end("names")):
                for term in ROLE_TERM_RE.finditer(text, m.start("role"), m.end("role")):
                    credit(
                        at_match(text, name),
                        at_match(text, term, value=canonical_role(term.group())),
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


def _quotes(text: str, body: list[Block], people: list[_Person]) -> list[QuoteRecord]:
    quotes: list[QuoteRecord] = []
    for block in body:
        segments = list(QUOTED.finditer(text, block.start, block.end))
        if not segments:
            continue
        found = _speaker(text, block, people)
        if found is None:
            continue
        speaker, person = found
        quotes.append(
            QuoteRecord(speaker=speaker, text=quotation(text, segments), role=person.role)
        )
    return quotes


def _speaker(text: str, block: Block, people: list[_Person]) -> tuple[Located, _Person] | None:
    """Who the block's quotation is attributed to, or None when it names no one we know."""
    for pattern in (_NAMED_AFTER, _NAMED_BEFORE):
        for m in pattern.finditer(text, block.start, block.end):
            person = _resolve(text, m.start("who"), m.end("who"), people)
            if person is not None:
                return _speaker_located(text, m.start("who"), m.end("who"), person), person
    for m in _COLON_INTRO.finditer(text, block.start, block.end):
        s = next(s for s, e in sentences(text, block.start, block.end) if s <= m.start() < e)
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


def _facts(text: str, body: list[Block]) -> list[FactRecord]:
    facts: list[FactRecord] = []
    for s, e, statement in statements(text, body):
        for m in _PREMIERE.finditer(text, s, e):
            iso = None
            if m.group("year"):
                month = month_number(m.group("month"))
                iso = f"{m.group('year')}-{month:02d}-{int(m.group('day')):02d}"
            facts.append(
                FactRecord("premiere_date", at_match(text, m, "date", value=iso), statement)
            )
        facts.extend(FactRecord("episode_count", count, statement)
                     for count in episode_counts(text, s, e))
        for m in _PRODUCTION.finditer(text, s, e):
            country = DEMONYM_COUNTRIES.get(m.group("country").lower())
            if country is not None:
                facts.append(FactRecord(
                    "country_of_origin", at_match(text, m, "country", value=country), statement,
                    Reason(R.DEMONYM_COUNTRY, {"text": m.group("country"), "country": country})))
            for topic, group in (("original_language", "language"), ("subtitles", "subs")):
                if m.group(group):
                    facts.append(FactRecord(topic, at_match(text, m, group), statement))
        for m in _DEATH_TOLL.finditer(text, s, e):
            facts.append(
                FactRecord(
                    "death_toll",
                    at_match(text, m, "toll", value=m.group("n").replace(",", "")),
                    statement,
                )
            )
    return facts
