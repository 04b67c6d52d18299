"""Extractor for Netflix's production notes: a press kit exported from a word processor.

The layout, as the seed prints it: a title block; headings either wrapped in ``<p><u>`` tags or
set in capitals (those ending in ":" are sub-headings of the heading above, and short name lines
under "ABOUT THE FILMMAKERS" head one biography each); paragraphs separated by blank lines;
"- **Label** text" bullet lists; "Label: value" summary lines; a two-column actor list whose
columns are separated by a TAB; the makers' quotes, each run of paragraphs closed by an
attribution line "- Name (Role)"; and a "NETFLIX" page footer that may cut a paragraph in two.

Everything here is read from that structure. The only words typed into this module are
vocabulary — how a label or role is phrased ("Editing" → "Editor"), forms of address that do
not identify a character ("Don", "Sra.") — never a name, title or date the seed states. Month
names and number words, which the other extractors need too, come from :mod:`.vocabulary`;
what a role's words mean, from :mod:`viewer.archive.roles`.

Choices the archive depends on:

* Company credits ("Production: …", "Produced in Association with: …") are *not* crew credits:
  the builder files every credited name as a person. They stay readable as infobox excerpts.
* Attributions whose role is "Actor, "X"" give no credit (the actor list covers the cast);
  every other stated role gives a crew credit, as do roles named in running prose
  ("casting director Bernardo Velasco"). One record per mention; the builder dedupes.
* Biographies (the name sub-headings) describe careers, not this series: no credits or facts
  are read from them, only excerpts.
* Headings are excerpts of kind "heading"; attribution lines are excerpts of kind "paragraph";
  the words of a quote are excerpts of kind "quote", one per paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from viewer.archive import reasons as R
from viewer.archive.extract.base import (
    SECTION_SEP,
    CharacterRecord,
    CreditRecord,
    EpisodeRecord,
    ExcerptKind,
    ExcerptRecord,
    Extraction,
    FactRecord,
    Located,
    QuoteRecord,
    SeedError,
    Span,
    StorylineRecord,
    at,
    clean_text,
    fold,
    joined,
)
from viewer.archive.extract.prose import LOWER, NAME_WORD, SPEECH_VERB, UPPER
from viewer.archive.extract.vocabulary import MONTH, NUMBER_WORDS, month_number
from viewer.archive.roles import crew_role
from viewer.i18n import message as _

LAYOUT = "production_notes"

#: What every production-notes seed has; a document lacking one was replaced or cut short.
_LANDMARKS = (
    re.compile(r"^\s*Production Notes\s*$", re.M),
    re.compile(r"^\s*SUMMARY DETAILS:?\s*$", re.M),
    re.compile(r"IN THE WORDS OF ITS MAKERS"),
    re.compile(r"^[^\t\n]*Professional Actors:?\t", re.M),
)

_FOOTER = re.compile(r"\s*NETFLIX\s*")
#: A line of nothing but markdown heading marks (the notes end with "###").
_MARKS = re.compile(r"\s*#+\s*")

# -- vocabulary ------------------------------------------------------------------------------

#: Role nouns that, written just before a name in running prose, credit that name.
_PROSE_ROLES = ("casting director", "co-executive producer", "executive producer",
                "line producer", "production designer", "costume designer", "cinematographer",
                "directors", "director", "editors", "editor", "composer", "consultant",
                "researcher", "creator", "writers", "writer")

#: Attribution roles that mean "cast member" (the character follows in quotes).
_ACTOR_ROLES = frozenset({"actor", "actress", "cast"})

#: Forms of address and descriptors that never identify a character on their own.
_ADDRESS = frozenset({"don", "doña", "sr.", "sra.", "srta.", "dr.", "dra.", "comandante",
                      "padre", "madre", "tío", "tía", "señor", "señora"})

_NUMBER = r"(?:\d+|" + "|".join(NUMBER_WORDS) + ")"
_QUALIFIER = r"(?:(?:more than|over|nearly|almost|about|around|approximately|some|barely|" \
             r"just over|just under|fewer than|less than)\s+)"

#: Small words a title-cased heading keeps in lower case.
_SMALL_WORDS = frozenset({"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or",
                          "the", "to", "with"})

#: Fact topic → pattern over the seed's raw text; group "value" is the stated figure.
#: Searched in reading order outside biographies; the first statement of a topic wins.
_FACTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("premiere_date", re.compile(
        rf"[Pp]remiere[^:\n]*:\s*(?P<value>{MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)")),
    ("countries", re.compile(rf"(?P<value>{_QUALIFIER}?\d[\d,]*)\s+countries\b")),
    ("episode_count", re.compile(rf"(?<![\w-])(?P<value>{_NUMBER})\s+episodes\.", re.I)),
    ("filming_start", re.compile(
        rf"\b(?:filming|shooting)\b[^\n]{{0,40}}?\bbegan in\s+"
        rf"(?P<value>(?:(?:early|late|mid-?)\s*)?(?:{MONTH}\s+)?\d{{4}})")),
    ("filming_suspended", re.compile(
        rf"\bsuspension of (?:filming|shooting|production) in (?P<value>{MONTH}\s+\d{{4}})")),
    ("filming_resumed", re.compile(
        rf"\bresumed (?:production|filming|shooting) in (?P<value>{MONTH}\s+\d{{4}})")),
    ("rights_acquired", re.compile(
        r"\b[Ii]n (?P<value>\d{4}),?[^.\n]{0,60}?\bacquired the rights\b")),
    ("writing_years", re.compile(
        rf"\b(?P<value>{_NUMBER}-year) (?:adventure|process|journey)\b", re.I)),
    ("people_interviewed_casting", re.compile(
        rf"(?P<value>{_QUALIFIER}?\d[\d,]*) people were interviewed\b")),
    ("crew_size", re.compile(r"(?P<value>\d[\d,]*) crew members\b")),
    ("town_population", re.compile(rf"(?P<value>{_QUALIFIER}?\d[\d,]*) inhabitants\b")),
    ("massacre_date", re.compile(rf"\bevents of (?P<value>{MONTH}\s+\d{{4}})")),
)

#: "Episodes 1 to 5 are approximately 45 minutes long" / "episode 6 is 71 minutes long".
_RUNTIME = re.compile(
    r"\b[Ee]pisodes?\s+(?P<first>\d+)(?:\s+(?:to|through|-|–)\s+(?P<last>\d+))?\s+(?:are|is)\s+"
    rf"(?P<value>{_QUALIFIER}?(?P<minutes>\d+)\s+minutes)")

#: Quotations woven into the notes' prose: “…,” said Schamus, “…” / "…," says Bernardo Velasco
#: / “…,” as Sandra Solares once put it / in the words of Maynné Cortés, it was “…”. The
#: speaker is a name of one to three capitalised words; the quoted words are what the
#: quotation marks hold.
_PROSE_SPEAKER = rf"(?P<speaker>{NAME_WORD}(?:[ \u00a0]{NAME_WORD}){{0,2}})"
_PROSE_QUOTES = (
    re.compile(rf"(?P<q>“[^“”]{{12,}}”|\"[^\"\n]{{12,}}\")\s*(?:{SPEECH_VERB})\s+"
               + _PROSE_SPEAKER),
    re.compile(r"(?P<q>“[^“”]{12,}”|\"[^\"\n]{12,}\")\s*,?\s*as\s+" + _PROSE_SPEAKER
               + r"(?:\s+\w+){0,3}?\s+put\s+it"),
    re.compile(r"\bin\s+the\s+words\s+of\s+" + _PROSE_SPEAKER
               + r",[^“”\n]{0,40}?(?P<q>“[^“”]{12,}”)"),
)
#: A continuation after the attribution: “…,” said Schamus, “to reframe …”
_CONTINUED = re.compile(r"\s*,\s*(?P<q>“[^“”]{12,}”)")

# -- line structure --------------------------------------------------------------------------

_ATTRIBUTION = re.compile(r"-\s*(?P<name>[^\s()*-][^()*\n]*?)\s*\((?P<role>[^()\n]+)\)\s*")
_LABEL = re.compile(r"(?P<label>[A-Z][\w’'-]*(?:[ ][\w’'-]+){0,5}):[ \t]+(?P<value>\S.*?)\s*")
_BULLET = re.compile(r"-\s+")
_STORY_ITEM = re.compile(r"-\s+\*\*(?P<title>[^*\n]+?)\*\*\s*:?\s*(?P<summary>\S.*?)\s*")
_RULE = re.compile(r"[-|:\s]+")
_EPISODE_LIST = re.compile(r"\(\s*episodes?\s+(?P<list>[^)]*)\)", re.I)
_TAGS_AT_START = re.compile(r"(?:\s|</?[A-Za-z][^<>]*>)+")
_TAGS_AT_END = re.compile(r"(?:\s|</?[A-Za-z][^<>]*>)+$")
_FIRST_PERSON = re.compile(r"(?<![\w’'])(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur)(?!\w)")
_THIRD_PERSON = re.compile(r"\bthe (?:series|filmmakers|makers)\b", re.I)
_PERSON_NAME = rf"[{UPPER}][{LOWER}]+(?:[ ](?:de[ ]|del[ ])?[{UPPER}][{LOWER}]+){{1,3}}"
_PROSE_CREDIT = re.compile(
    r"\b(?P<role>" + "|".join(re.escape(r) for r in _PROSE_ROLES) + r"),?[ ]"
    rf"(?P<first>{_PERSON_NAME})(?:[ ]and[ ](?P<second>{_PERSON_NAME}))?(?![{LOWER}])")
#: "offered to produce “Somos.” alongside James Schamus and Francisco Ramos": the people the
#: speaker was to do it alongside do it too (an inference, said so: ``PROSE_ALONGSIDE``).
_ALONGSIDE = re.compile(
    r"\bto[ ](?P<verb>produce|direct|write)\b(?:[^.;:\n]|\.(?=[”\"*]))"
    r"{0,40}?[ ]alongside[ ]"
    rf"(?P<names>{_PERSON_NAME}(?:,[ ]{_PERSON_NAME})*(?:,?[ ]and[ ]{_PERSON_NAME})?)"
    rf"(?![{LOWER}])")
#: The role of one who does what the verb says.
_DOER = {"produce": "producer", "direct": "director", "write": "writer"}
_NAME_HEADING = re.compile(rf"[{UPPER}][\w’'.-]*(?:[ ][{UPPER}][\w’'.-]*){{1,3}}")
_ENDS_SENTENCE = ".!?:;”\"’)…"
_BOUNDARY = re.compile(rf"(?:(?P<stop>[.!?][”\"’)*]*)\s+(?=[^{LOWER}])|(?P<semi>;)\s+)")

BlockKind = Literal["heading", "paragraph", "list", "attribution", "label", "table", "rule"]


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    raw: str


@dataclass
class _Block:
    """Consecutive non-blank lines; ``parts`` has two spans when a page footer cut it."""

    kind: BlockKind
    lines: list[_Line]
    parts: list[Span]
    after_footer: bool
    level: int = 0
    person_heading: bool = False

    @property
    def raw(self) -> str:
        return "\n".join(line.raw for line in self.lines)


@dataclass
class _Column:
    header: Located
    professional: bool | None
    section: str


@dataclass
class _EpisodeDraft:
    """What the notes say about one episode, gathered from the credits and the runtimes."""

    number: Located
    directors: list[Located] = field(default_factory=list)
    runtime: Located | None = None


@dataclass
class _PendingStory:
    title: Located
    summary: Located
    item: Span


def recognises(text: str) -> bool:
    """True when every landmark of the layout is present (a cut or swapped file lacks some)."""
    return all(landmark.search(text) for landmark in _LANDMARKS)


def extract(text: str, file: str) -> Extraction:
    """Read every record the production notes state, each tied to its spans in ``text``."""
    return _Reader(text, file).read()


# -- reading ---------------------------------------------------------------------------------


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    start = 0
    for raw in text.split("\n"):
        lines.append(_Line(start, start + len(raw), raw))
        start += len(raw) + 1
    return lines


def _heading_level(raw: str) -> tuple[int, bool] | None:
    """(level, is a person's name) when a single line is a heading, else None."""
    if "\t" in raw:
        return None
    cleaned = clean_text(raw)
    if not cleaned or len(cleaned) > 80 or cleaned.startswith("-"):
        return None
    if re.search(r"<(?:p|u|h\d)\b", raw):
        return (2 if cleaned.endswith(":") else 1), False
    letters = [c for c in cleaned if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    if len(letters) >= 4 and upper >= 0.75 * len(letters):
        return (2 if cleaned.endswith(":") else 1), False
    if _NAME_HEADING.fullmatch(cleaned) and cleaned[-1] not in _ENDS_SENTENCE:
        return 2, True
    return None


def _classify(lines: list[_Line], after_footer: bool) -> _Block:
    parts = [Span(lines[0].start, lines[-1].end)]
    block = _Block("paragraph", lines, parts, after_footer)
    raws = [line.raw for line in lines]
    if any("\t" in raw for raw in raws):
        block.kind = "table"
    elif len(lines) == 1 and _RULE.fullmatch(raws[0]):
        block.kind = "rule"
    elif len(lines) == 1 and (heading := _heading_level(raws[0])) is not None:
        block.kind = "heading"
        block.level, block.person_heading = heading
    elif len(lines) == 1 and _ATTRIBUTION.fullmatch(raws[0]) and len(raws[0]) < 120:
        block.kind = "attribution"
    elif all(_BULLET.match(raw) for raw in raws):
        block.kind = "list"
    elif len(lines) == 1 and _LABEL.fullmatch(raws[0]):
        block.kind = "label"
    return block


def _blocks(text: str) -> list[_Block]:
    """Blocks in reading order, footers dropped, footer-split paragraphs joined again."""
    blocks: list[_Block] = []
    current: list[_Line] = []
    footer_pending = False
    current_after_footer = False
    for line in [*_lines(text), _Line(len(text), len(text), "")]:
        stripped = "" if _MARKS.fullmatch(line.raw) else line.raw.strip()
        if not stripped or _FOOTER.fullmatch(line.raw):
            if current:
                blocks.append(_classify(current, current_after_footer))
                current = []
            footer_pending = footer_pending or bool(stripped)
            continue
        if not current:
            current_after_footer, footer_pending = footer_pending, False
        current.append(line)
    merged: list[_Block] = []
    for block in blocks:
        prev = merged[-1] if merged else None
        if (prev is not None and block.after_footer and block.kind == "paragraph"
                and prev.kind == "paragraph"
                and clean_text(prev.raw)[-1:] not in _ENDS_SENTENCE):
            prev.lines.extend(block.lines)
            prev.parts.extend(block.parts)
            continue
        merged.append(block)
    return merged


def _readable_heading(cleaned: str) -> str:
    """A heading for the section path: no trailing colon, capitals turned to title case."""
    cleaned = cleaned.rstrip(":").strip()
    letters = [c for c in cleaned if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) < 0.75 * len(letters):
        return cleaned
    words = cleaned.split(" ")
    out: list[str] = []
    for i, word in enumerate(words):
        if not any(c.islower() for c in word):
            if i > 0 and word.lower() in _SMALL_WORDS:
                word = word.lower()
            else:
                word = re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), word)
        out.append(word)
    return " ".join(out)


def _strip_markup_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow a span past the HTML tags that open or close it (they are furniture)."""
    m = _TAGS_AT_START.match(text, start, end)
    if m:
        start = m.end()
    m = _TAGS_AT_END.search(text, start, end)
    if m:
        end = m.start()
    return start, end


def _figure_value(stated: str) -> str | None:
    """The normalised reading of a stated figure, or None when the words are the value.

    Qualifiers ("more than 190", "late 2019", "barely 20,000") stay in the stated words and
    are dropped from the value, as the other extractors do, so that equal figures from
    different seeds line up in the facts table and real disagreements stand out."""
    s = re.sub(rf"^(?:{_QUALIFIER}|(?:early|late|mid-?)\s*)", "", stated.strip())
    if s != stated.strip():
        return _figure_value(s) or s
    if m := re.fullmatch(rf"({MONTH})\s+(\d{{1,2}}),\s*(\d{{4}})", s):
        return f"{m[3]}-{month_number(m[1]):02d}-{int(m[2]):02d}"
    if m := re.fullmatch(rf"({MONTH})\s+(\d{{4}})", s):
        return f"{m[2]}-{month_number(m[1]):02d}"
    word = re.sub(r"-years?$", "", s.lower())
    if word in NUMBER_WORDS:
        return str(NUMBER_WORDS[word])
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", s):
        return s.replace(",", "")
    return None


def _canonical_role(phrase: str) -> str | None:
    """The canonical role of a label, attribution or prose noun (roles.CREW_ROLES)."""
    return crew_role(phrase)


def _split_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Items of "A, B and C" between ``start`` and ``end``; commas in parentheses don't split."""
    items: list[tuple[int, int]] = []
    depth = 0
    item_start = start
    for m in re.compile(r"[()]|,\s*|\s+(?:and|&)\s+").finditer(text, start, end):
        token = m.group()
        if token == "(":
            depth += 1
        elif token == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            items.append((item_start, m.start()))
            item_start = m.end()
    items.append((item_start, end))
    return [(s, e) for s, e in items if text[s:e].strip()]


def _sentence(text: str, lo: int, hi: int, start: int, end: int) -> Located:
    """The sentence or clause around ``[start, end)`` within the block span ``[lo, hi)``.

    A full stop ends a sentence only before a capital ("Somos. resumed" does not), so the
    boundaries are found over the whole block: a look-ahead must see past ``start``."""
    s = lo
    for before in _BOUNDARY.finditer(text, lo, hi):
        if before.end() > start:
            break
        s = before.end()
    e = hi
    after = _BOUNDARY.search(text, end, hi)
    if after is not None:
        e = after.end("stop") if after.group("stop") else after.start("semi")
    return at(text, s, e)


@dataclass
class _Reader:
    """One pass over the blocks, keeping the heading path, then a pass for what needs the
    whole document (storyline characters are named in the actor list, which comes later)."""

    text: str
    file: str
    out: Extraction = field(default_factory=Extraction)
    path: list[str] = field(default_factory=list)
    pending: list[_Block] = field(default_factory=list)
    last_paragraph: str = ""
    in_biography: bool = False
    columns: list[_Column] | None = None
    stories: list[_PendingStory] = field(default_factory=list)
    fact_topics: set[str] = field(default_factory=set)
    episodes: dict[int, _EpisodeDraft] = field(default_factory=dict)
    prose_quotes: list[tuple[Located, Located]] = field(default_factory=list)

    # -- driver

    def read(self) -> Extraction:
        blocks = _blocks(self.text)
        title: list[_Block] = []
        for block in blocks:
            if not self.path and not (block.kind == "heading" and block.level == 1):
                title.append(block)
                continue
            if title:
                self._title(title)
                title = []
            self._block(block)
        self._flush()
        if not any(c.category == "cast" for c in self.out.credits):
            raise SeedError(self.file,
                            _("no actor list (TAB-separated 'Name (Character)' columns)"))
        self._storylines()
        self._episodes()
        self._resolve_prose_quotes()
        return self.out

    def _block(self, block: _Block) -> None:
        if block.kind == "paragraph":
            self.pending.append(block)
            return
        if block.kind == "attribution":
            self._attribution(block)
            return
        self._flush()
        if block.kind == "heading":
            self._heading(block)
        elif block.kind == "list":
            self._list(block)
        elif block.kind == "label":
            self._label(block)
        elif block.kind == "table":
            self._table(block)
        elif block.kind == "rule":
            self.columns = None

    @property
    def section(self) -> str:
        return SECTION_SEP.join(self.path)

    def _excerpt(self, kind: ExcerptKind, located: Located, section: str | None = None) -> None:
        self.out.excerpts.append(ExcerptRecord(
            self.section if section is None else section, kind, located))

    def _located(self, block: _Block) -> Located:
        if len(block.parts) == 1:
            return at(self.text, block.parts[0].start, block.parts[0].end)
        return joined(self.text, block.parts)

    def _line_no(self, offset: int) -> int:
        return self.text.count("\n", 0, offset) + 1

    # -- headings and paragraphs

    def _title(self, blocks: list[_Block]) -> None:
        located = joined(self.text, [p for b in blocks for p in b.parts])
        self._excerpt("heading", located, section=located.text)

    def _heading(self, block: _Block) -> None:
        line = block.lines[0]
        start, end = _strip_markup_span(self.text, line.start, line.end)
        located = at(self.text, start, end)
        name = _readable_heading(located.text)
        if block.level <= 1 or not self.path:
            self.path = [name]
        else:
            self.path = [*self.path[:1], name]
        self.in_biography = block.person_heading
        self.columns = None
        self._excerpt("heading", located)

    def _flush(self) -> None:
        for block in self.pending:
            self._paragraph(block, "paragraph")
        self.pending = []

    def _paragraph(self, block: _Block, kind: ExcerptKind) -> Located:
        located = self._located(block)
        self._excerpt(kind, located)
        self.last_paragraph = located.text
        if not self.in_biography:
            for part in block.parts:
                self._prose_credits(part)
                self._prose_quotes(part)
                self._facts(part)
        return located

    def _prose_quotes(self, part: Span) -> None:
        """Quotations the notes weave into their prose, attributed there (issue 25). A speaker
        named by one word is resolved at the end, against the people the notes name in full."""
        for pattern in _PROSE_QUOTES:
            for m in pattern.finditer(self.text, part.start, part.end):
                spans = [self._quoted_words(m.start("q"), m.end("q"))]
                more = _CONTINUED.match(self.text, m.end(), part.end)
                if more is not None and pattern is _PROSE_QUOTES[0]:
                    spans.append(self._quoted_words(more.start("q"), more.end("q")))
                words = joined(self.text, spans)
                speaker = at(self.text, m.start("speaker"), m.end("speaker"))
                self.prose_quotes.append((speaker, words))

    def _quoted_words(self, start: int, end: int) -> Span:
        """The words between a quotation's marks, without a comma closing them."""
        start, end = start + 1, end - 1
        while end > start and (self.text[end - 1].isspace() or self.text[end - 1] == ","):
            end -= 1
        return Span(start, end)

    def _resolve_prose_quotes(self) -> None:
        full: dict[str, set[str]] = {}
        for name in [c.person.normalized for c in self.out.credits] + [
                q.speaker.normalized for q in self.out.quotes]:
            full.setdefault(fold(name).split()[-1], set()).add(name)
        for speaker, words in self.prose_quotes:
            said = fold(speaker.text)
            if " " not in said:
                names = full.get(said, set())
                if len(names) != 1:
                    continue  # a surname the notes give no one full name for: no speaker
                speaker = Located(speaker.text, speaker.spans, next(iter(names)))
            self.out.quotes.append(QuoteRecord(speaker, words))

    def _prose_credits(self, part: Span) -> None:
        for m in _ALONGSIDE.finditer(self.text, part.start, part.end):
            canonical = _canonical_role(_DOER[m.group("verb")])
            if canonical is None:
                continue
            role = at(self.text, m.start("verb"), m.end("verb"), canonical)
            for n in re.finditer(_PERSON_NAME, self.text[m.start("names"):m.end("names")]):
                person = at(self.text, m.start("names") + n.start(), m.start("names") + n.end())
                self.out.credits.append(CreditRecord(person, "crew", role,
                                                     inferred=R.PROSE_ALONGSIDE))
        for m in _PROSE_CREDIT.finditer(self.text, part.start, part.end):
            role_text = m.group("role")
            canonical = _canonical_role(role_text)
            if canonical is None:
                continue
            role = at(self.text, m.start("role"), m.end("role"), canonical)
            for group in ("first", "second"):
                if m.group(group) is not None:
                    person = at(self.text, m.start(group), m.end(group))
                    self.out.credits.append(CreditRecord(person, "crew", role))

    # -- quotes

    def _is_narration(self, block: _Block) -> bool:
        """The notes' own voice, not a speaker's: set in italics, or speaking of the series in
        the third person without an "I" or "we" of its own."""
        raw = block.raw.strip()
        if raw.startswith("*") and not raw.startswith("**") and raw.endswith("*"):
            return True
        return not _FIRST_PERSON.search(raw) and bool(_THIRD_PERSON.search(raw))

    def _attribution(self, block: _Block) -> None:
        """Close a quote: the paragraphs since the last attribution, minus leading narration;
        the paragraph right before the attribution is always the speaker's."""
        pending, self.pending = self.pending, []
        first_quote = 0  # narration only leads a run; the last paragraph is always quoted
        while first_quote < len(pending) - 1 and self._is_narration(pending[first_quote]):
            first_quote += 1
        quote_parts: list[Span] = []
        for i, paragraph in enumerate(pending):
            if i < first_quote:
                self._paragraph(paragraph, "paragraph")
            else:
                self._paragraph(paragraph, "quote")
                quote_parts.extend(paragraph.parts)
        line = block.lines[0]
        m = _ATTRIBUTION.fullmatch(line.raw)
        assert m is not None  # classified as an attribution by this very pattern
        base = line.start
        speaker = at(self.text, base + m.start("name"), base + m.end("name"))
        self._excerpt("paragraph", at(self.text, base + m.start("name"), line.end))
        role_start, role_end = base + m.start("role"), base + m.end("role")
        actor = re.fullmatch(r"(?P<role>\w+)(?:\s*,\s*[\"“](?P<char>[^\"”]+)[\"”])?\s*",
                             self.text[role_start:role_end])
        if not quote_parts:
            raise SeedError(self.file, _("an attribution follows no quote"),
                            self._line_no(base))
        words = joined(self.text, quote_parts)
        if actor and actor.group("role").lower() in _ACTOR_ROLES:
            role = at(self.text, role_start + actor.start("role"), role_start + actor.end("role"))
            character = (at(self.text, role_start + actor.start("char"),
                            role_start + actor.end("char")) if actor.group("char") else None)
            self.out.quotes.append(QuoteRecord(speaker, words, role, character))
            return
        self.out.quotes.append(QuoteRecord(speaker, words, at(self.text, role_start, role_end)))
        for s, e in self._role_parts(role_start, role_end):
            phrase = self.text[s:e]
            canonical = _canonical_role(phrase) or phrase.strip()[:1].upper() + phrase.strip()[1:]
            self.out.credits.append(
                CreditRecord(speaker, "crew", at(self.text, s, e, canonical)))

    def _role_parts(self, start: int, end: int) -> list[tuple[int, int]]:
        """Split a stated role into roles: "Writer and Co-Executive Producer" is two, but
        "Screenplay and Research Assistant" is one (the vocabulary knows it whole)."""
        if _canonical_role(self.text[start:end]) is not None:
            return [(start, end)]
        return _split_list(self.text, start, end)

    # -- lists, labels

    def _list(self, block: _Block) -> None:
        is_storylines = ("storylines" in self.last_paragraph.lower()
                         and self.last_paragraph.rstrip().endswith(":"))
        for line in block.lines:
            bullet = _BULLET.match(line.raw)
            assert bullet is not None  # classified as a list by this very pattern
            item = at(self.text, line.start + bullet.end(), line.end)
            self._excerpt("list_item", item)
            if not self.in_biography:
                self._facts(Span(line.start, line.end))
            story = _STORY_ITEM.fullmatch(line.raw)
            if is_storylines and story:
                t_start, t_end = line.start + story.start("title"), line.start + story.end("title")
                while t_end > t_start and self.text[t_end - 1] in ": ":
                    t_end -= 1
                self.stories.append(_PendingStory(
                    at(self.text, t_start, t_end),
                    at(self.text, line.start + story.start("summary"),
                       line.start + story.end("summary")),
                    item.spans[0]))

    def _label(self, block: _Block) -> None:
        line = block.lines[0]
        self._excerpt("infobox", at(self.text, line.start, line.end))
        if self.in_biography:
            return
        self._facts(Span(line.start, line.end))
        m = _LABEL.fullmatch(line.raw)
        assert m is not None  # classified as a label by this very pattern
        canonical = _canonical_role(m.group("label"))
        if canonical is None:
            return  # not a crew label: a company, the source, a description of the cast …
        role = at(self.text, line.start + m.start("label"), line.start + m.end("label"),
                  canonical)
        value_start, value_end = line.start + m.start("value"), line.start + m.end("value")
        for s, e in _split_list(self.text, value_start, value_end):
            paren = self.text.find("(", s, e)
            name_end = e if paren < 0 else paren
            person = at(self.text, s, name_end)
            numbers: list[tuple[int, Located]] = []
            if paren >= 0:
                eps = _EPISODE_LIST.match(self.text, paren, e)
                if eps:
                    for d in re.finditer(r"\d+", self.text[eps.start("list"):eps.end("list")]):
                        d_start = eps.start("list") + d.start()
                        numbers.append((int(d.group()),
                                        at(self.text, d_start, d_start + len(d.group()))))
            self.out.credits.append(CreditRecord(
                person, "crew", role, episodes=tuple(n for n, _ in numbers)))
            if canonical == "Director":
                for n, number in numbers:
                    self._episode(n, number).directors.append(person)

    def _episode(self, n: int, number: Located) -> _EpisodeDraft:
        return self.episodes.setdefault(n, _EpisodeDraft(number))

    # -- the actor list

    def _table(self, block: _Block) -> None:
        for line in block.lines:
            if _RULE.fullmatch(line.raw):
                self.columns = None
                continue
            cells: list[tuple[int, int]] = []
            s = line.start
            for piece in line.raw.split("\t"):
                cells.append((s, s + len(piece)))
                s += len(piece) + 1
            if self.columns is None:
                if any("(" in self.text[a:b] or ")" in self.text[a:b] for a, b in cells):
                    raise SeedError(self.file, _("a table row comes before its column headers"),
                                    self._line_no(line.start))
                self._columns(cells)
                continue
            for i, (a, b) in enumerate(cells):
                if i < len(self.columns):
                    self._cast_cell(self.columns[i], a, b)

    def _columns(self, cells: list[tuple[int, int]]) -> None:
        self.columns = []
        for a, b in cells:
            while b > a and self.text[b - 1] in ": ":
                b -= 1
            header = at(self.text, a, b, "Actor")
            words = header.text.lower()
            professional = (None if "professional" not in words
                            else re.search(r"\bnon[-\s]?professional", words) is None)
            section = SECTION_SEP.join([*self.path[:1], header.text])
            self.columns.append(_Column(header, professional, section))
            self._excerpt("heading", at(self.text, a, b), section=section)

    def _cast_cell(self, column: _Column, start: int, end: int) -> None:
        """Entries "Name (Character)" run on in one cell; each ends at its ")". An entry with
        no "(" (a typo in the seed) takes its last word as the character."""
        pos = start
        while True:
            close = self.text.find(")", pos, end)
            if close < 0:
                if self.text[pos:end].strip():
                    raise SeedError(self.file, _("unreadable actor entry {entry!r}").format(
                                        entry=self.text[pos:end]),
                                    self._line_no(pos))
                return
            entry_start = pos
            while self.text[entry_start].isspace():
                entry_start += 1
            opening = self.text.rfind("(", entry_start, close)
            if opening >= 0:
                name_end, char_start = opening, opening + 1
            else:
                last_space = self.text.rfind(" ", entry_start, close)
                if last_space < 0:
                    raise SeedError(self.file, _("an actor entry names no actor"),
                                    self._line_no(entry_start))
                name_end, char_start = last_space, last_space + 1
            person = at(self.text, entry_start, name_end)
            character = at(self.text, char_start, close)
            self.out.credits.append(CreditRecord(
                person, "cast", column.header, character, column.professional))
            if all(c.name.text != character.text for c in self.out.characters):
                self.out.characters.append(CharacterRecord(character))
            self._excerpt("table_row", at(self.text, entry_start, close + 1),
                          section=column.section)
            pos = close + 1

    # -- facts, storylines, episodes

    def _facts(self, part: Span) -> None:
        for topic, pattern in _FACTS:
            if topic in self.fact_topics:
                continue
            m = pattern.search(self.text, part.start, part.end)
            if m is None:
                continue
            stated = self.text[m.start("value"):m.end("value")]
            value = at(self.text, m.start("value"), m.end("value"), _figure_value(stated))
            statement = _sentence(self.text, part.start, part.end, m.start(), m.end("value"))
            self.out.facts.append(FactRecord(topic, value, statement))
            self.fact_topics.add(topic)
        for m in _RUNTIME.finditer(self.text, part.start, part.end):
            first = int(m.group("first"))
            last = int(m.group("last") or first)
            topic = (f"runtime_episodes_{first}_{last}" if m.group("last")
                     else f"runtime_episode_{first}")
            runtime = at(self.text, m.start("value"), m.end("value"), m.group("minutes"))
            if topic not in self.fact_topics:
                statement = _sentence(self.text, part.start, part.end, m.start(), m.end("value"))
                self.out.facts.append(FactRecord(topic, runtime, statement))
                self.fact_topics.add(topic)
            numbers = at(self.text, m.start("first"), m.end("last" if m.group("last")
                                                            else "first"))
            for n in range(first, last + 1):
                ep = self._episode(n, Located(numbers.text, numbers.spans, str(n)))
                ep.runtime = ep.runtime or runtime

    def _storylines(self) -> None:
        """Link each storyline to the characters its item names: by full name, or by a word
        of a name that identifies one character only ("Linares" → "Isidro Linares")."""
        names = {c.name.text for c in self.out.characters}
        owners: dict[str, set[str]] = {}
        for name in names:
            words = name.split()
            if len(words) < 2 or not all(w[:1].isupper() for w in words):
                continue  # a description ("Supervisor de la DEA") is only matched whole
            for word in words:
                if word.lower() not in _ADDRESS and len(word) >= 3 and word.isalpha():
                    owners.setdefault(word, set()).add(name)
        table = {word: next(iter(of)) for word, of in owners.items() if len(of) == 1}
        table.update({name: name for name in names})  # a full name always means itself
        if not table:
            return
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(
            re.escape(w) for w in sorted(table, key=len, reverse=True)) + r")(?!\w)")
        for story in self.stories:
            mentions: list[Located] = []
            seen: set[str] = set()
            for m in pattern.finditer(self.text, story.item.start, story.item.end):
                full = table[m.group()]
                if full not in seen:
                    seen.add(full)
                    mentions.append(at(self.text, m.start(), m.end(), full))
            self.out.storylines.append(
                StorylineRecord(story.title, story.summary, tuple(mentions)))

    def _episodes(self) -> None:
        for n in sorted(self.episodes):
            ep = self.episodes[n]
            self.out.episodes.append(EpisodeRecord(
                number=ep.number, directors=tuple(ep.directors), runtime_minutes=ep.runtime))
