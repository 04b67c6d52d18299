"""Extractor for the explainer article layout: a blog post asking whether *Somos.* is true.

The layout, as the seed prints it: a WordPress header line ("Site icon …"), the article title
on its own line, paragraphs separated by blank lines (a paragraph may be wrapped over several
lines), one sub-heading, and the theme's footer link "Exit mobile version" at the very end.
Everything is read from that structure; nothing the article says is typed in here.

Choices, so the next reader knows why the output looks as it does:

* **Site chrome** — the "Site icon …" line and the trailing "Exit mobile version" are cut off
  before any parsing, even when the footer is glued to the last paragraph, so they never reach
  an excerpt. They are also the layout's landmarks for :func:`recognises`.
* **Headings** are not excerpts of their own: they become the ``section`` path of the
  paragraphs under them (the title is the top level; "What is …?" a level below it). A heading
  is a one-line block of at most twelve words that does not end like a sentence or a clause.
* **"Continue reading …"** stays a paragraph: it is the article's own sentence, not site
  furniture.
* **Quotes** — a block whose quoted words are attributed ("…,” explains James Schamus",
  "…,” he added") gives one :class:`QuoteRecord` whose text is every quoted stretch of the block
  joined (a closing comma before the attribution dropped). "he"/"she" is the person named most
  recently before it; an unattributed quotation paragraph straight after a quoted one
  continues the same speaker. Quoted phrases with no speaker ("“triggered”" from the
  investigation) are not makers' words and give no quote.
* **Credits** come from role phrases next to a name ("James Schamus, series creator and
  executive producer" → Creator and Executive Producer) and from "[… journalist] Name’s oral
  history" (the author of the reporting the series adapts: "Source article author"). One
  record per person per role: the first statement wins.
* **Facts** — "six-part" → ``episode_count`` 6; a month and year in a sentence about the
  massacre → ``massacre_date``; "ranging from A to B … dead (the official number)" →
  ``death_toll`` A and ``official_death_toll`` B; "N … calls in a single day" →
  ``calls_in_one_day`` (not ``distress_calls``, which other seeds use for a whole-massacre
  total). The statement of a fact is the sentence that states it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.archive.extract.base import (
    SECTION_SEP,
    CreditRecord,
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
)
from viewer.archive.extract.prose import (
    NAME,
    QUOTED,
    SPEECH_VERB,
    Block,
    blocks,
    excerpt_kind,
    quotation,
    statements,
)
from viewer.archive.extract.vocabulary import (
    MONTH,
    ROLE_PHRASE,
    ROLE_TERM_RE,
    episode_counts,
    month_number,
)
from viewer.archive.roles import SOURCE_AUTHOR, canonical_role
from viewer.i18n import message as _

LAYOUT = "explainer_article"

# -- layout landmarks -------------------------------------------------------------------------

_HEADER = re.compile(r"\A\s*Site icon [^\n]*\n")
_FOOTER = re.compile(r"\s*Exit mobile version\s*\Z")
_HEADING_MAX_WORDS = 12
#: How a sentence or clause ends; a line ending otherwise is a heading (or furniture).
_PROSE_END = '.,;:”"’)…'

# -- people and roles (role words: roles.ROLE_WORDS) --------------------------------------

#: "Series creator and executive producer James Schamus revealed …"
_ROLE_BEFORE_NAME = re.compile(rf"(?P<role>{ROLE_PHRASE})\s+(?P<name>{NAME})\b")
#: "… explains James Schamus, series creator and executive producer."
_NAME_THEN_ROLE = re.compile(rf"(?P<name>{NAME}),\s+(?P<role>{ROLE_PHRASE})(?=\s*[.;])")
#: "[ProPublica journalist] Ginger Thompson’s oral history"
_JOURNALIST = re.compile(
    rf"\[(?P<role>[^\[\]]*?\bjournalist)\]\s+(?P<name>{NAME})[’']s\s+"
    r"(?:oral\s+history|article|investigation|report)"
)

# -- quotes -----------------------------------------------------------------------------------

_NAMED_AFTER_INVERTED = re.compile(rf"”\s*,?\s*{SPEECH_VERB}\s+(?P<who>{NAME})")
_NAMED_AFTER = re.compile(rf"”\s*,?\s*(?P<who>{NAME})\s+{SPEECH_VERB}\b")
_PRONOUN_AFTER = re.compile(rf"”\s*,?\s*(?P<who>[Hh]e|[Ss]he)\s+{SPEECH_VERB}\b")

# -- facts ------------------------------------------------------------------------------------

_MASSACRE = re.compile(r"\bmassacr", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"\b{MONTH}\s+\d{{4}}\b")
_TOLL_RANGE = re.compile(
    r"ranging\s+from\s+(?P<estimate>\d[\d,]*)\s+to\s+(?P<official>\d[\d,]*)\s+[^.()]*?\bdead\s*"
    r"\(the\s+official\s+(?:number|figure|count|toll)\)"
)
_CALLS_IN_A_DAY = re.compile(
    r"(?P<n>\d[\d,]*)\s+(?:phone\s+|emergency\s+|distress\s+)?calls\s+in\s+a\s+single\s+day"
)
#: "a single family, the Garzas, has lost nearly 20 members": what one family lost.
_MEMBERS_LOST = re.compile(
    r"\b(?:has|had|have)\s+lost\s+(?P<v>(?:(?:nearly|about|almost|over|more\s+than|at\s+least|"
    r"some)\s+)?(?P<n>\d[\d,]*))\s+(?:of\s+its\s+)?members\b"
)


def _is_heading(block: Block) -> bool:
    """A one-line block of a few words that does not end like a sentence or a clause."""
    return (
        "\n" not in block.text
        and len(block.text.split()) <= _HEADING_MAX_WORDS
        and block.text[-1] not in _PROSE_END
    )


@dataclass(frozen=True)
class _Mention:
    """A person named in the body, with the role phrase stated next to the name, if any."""

    person: Located
    role: Located | None


def recognises(text: str) -> bool:
    """The theme's header line and footer link: no other seed layout carries both."""
    return bool(_HEADER.match(text) and _FOOTER.search(text))


def extract(text: str, file: str) -> Extraction:
    header = _HEADER.match(text)
    footer = _FOOTER.search(text)
    if header is None or footer is None:
        raise SeedError(
            file,
            _("the blog's 'Site icon' header or 'Exit mobile version' footer "
              "is missing; this is not the explainer article layout"),
        )
    article = blocks(text, header.end(), footer.start())
    if not article or not _is_heading(article[0]):
        line = text.count("\n", 0, article[0].start) + 1 if article else None
        raise SeedError(file, _("the article title is missing after the site header"), line)

    out = Extraction()
    title = article[0].text
    section = title
    body: list[Block] = []
    for block in article[1:]:
        if _is_heading(block):
            section = SECTION_SEP.join((title, block.text))
            continue
        out.excerpts.append(
            ExcerptRecord(section, excerpt_kind(block), at(text, block.start, block.end))
        )
        body.append(block)

    mentions = _people(text, body, out)
    out.quotes.extend(_quotes(text, body, mentions))
    out.facts.extend(_facts(text, body))
    return out


def _people(text: str, body: list[Block], out: Extraction) -> list[_Mention]:
    """Credits from role phrases next to names; returns every mention of a credited person
    in reading order (the antecedents "he" and "she" can point back to)."""
    roles_at: dict[tuple[int, int], Located] = {}
    seen: set[tuple[str, str]] = set()

    def credit(person: Located, role: Located) -> None:
        key = (fold(person.normalized), role.normalized)
        if key not in seen:
            seen.add(key)
            out.credits.append(CreditRecord(person=person, category="crew", role=role))

    for block in body:
        found = [
            *_ROLE_BEFORE_NAME.finditer(text, block.start, block.end),
            *_NAME_THEN_ROLE.finditer(text, block.start, block.end),
        ]
        for m in sorted(found, key=lambda m: m.start()):
            person = at_match(text, m, "name")
            roles_at[(m.start("name"), m.end("name"))] = at_match(text, m, "role")
            for term in ROLE_TERM_RE.finditer(text, m.start("role"), m.end("role")):
                credit(person, at_match(text, term, value=canonical_role(term.group())))
        for m in _JOURNALIST.finditer(text, block.start, block.end):
            credit(at_match(text, m, "name"), at_match(text, m, "role", value=SOURCE_AUTHOR))

    names = {c.person.text for c in out.credits}
    mentions: list[tuple[int, _Mention]] = []
    for name in names:
        pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, name.split())) + r"\b")
        for block in body:
            for m in pattern.finditer(text, block.start, block.end):
                role = roles_at.get((m.start(), m.end()))
                mentions.append((m.start(), _Mention(at_match(text, m), role)))
    return [m for _, m in sorted(mentions, key=lambda pair: pair[0])]


def _quotes(text: str, body: list[Block], mentions: list[_Mention]) -> list[QuoteRecord]:
    quotes: list[QuoteRecord] = []
    previous: QuoteRecord | None = None
    for block in body:
        segments = list(QUOTED.finditer(text, block.start, block.end))
        speaker = _speaker(text, block, mentions) if segments else None
        continues = False
        if speaker is None and previous is not None and block.text.startswith("“"):
            speaker = _Mention(previous.speaker, previous.role)  # the quotation goes on
            continues = True
        if speaker is None or not segments:
            previous = None
            continue
        previous = QuoteRecord(speaker=speaker.person, text=quotation(text, segments),
                               role=speaker.role, continues=continues)
        quotes.append(previous)
    return quotes


def _speaker(text: str, block: Block, mentions: list[_Mention]) -> _Mention | None:
    """Who the block's quotation is attributed to, or None when it names no one."""
    for pattern in (_NAMED_AFTER_INVERTED, _NAMED_AFTER):
        m = pattern.search(text, block.start, block.end)
        if m is not None:
            for mention in mentions:
                if mention.person.spans[0] == Span(m.start("who"), m.end("who")):
                    return mention
            return _Mention(at_match(text, m, "who"), None)
    m = _PRONOUN_AFTER.search(text, block.start, block.end)
    if m is not None:
        before = [x for x in mentions if x.person.spans[0].end <= m.start("who")]
        if before:
            antecedent = before[-1]
            if antecedent.role is None:
                # The role stated anywhere with that name still describes the speaker.
                key = fold(antecedent.person.text)
                for x in mentions:
                    if x.role is not None and fold(x.person.text) == key:
                        return _Mention(antecedent.person, x.role)
            return antecedent
    return None


def _number(digits: str) -> str:
    return digits.replace(",", "")


def _facts(text: str, body: list[Block]) -> list[FactRecord]:
    facts: list[FactRecord] = []
    for s, e, statement in statements(text, body):
        facts.extend(FactRecord("episode_count", count, statement)
                     for count in episode_counts(text, s, e))
        if _MASSACRE.search(text, s, e):
            for m in _MONTH_YEAR.finditer(text, s, e):
                facts.append(FactRecord("massacre_date",
                                        at_match(text, m, value=_iso_month(m.group())),
                                        statement))
        for m in _TOLL_RANGE.finditer(text, s, e):
            facts.append(
                FactRecord(
                    "death_toll",
                    at_match(text, m, "estimate", value=_number(m.group("estimate"))),
                    statement,
                )
            )
            facts.append(
                FactRecord(
                    "official_death_toll",
                    at_match(text, m, "official", value=_number(m.group("official"))),
                    statement,
                )
            )
        for m in _MEMBERS_LOST.finditer(text, s, e):
            facts.append(FactRecord("family_members_lost",
                                    at_match(text, m, "v", value=_number(m.group("n"))),
                                    statement))
        for m in _CALLS_IN_A_DAY.finditer(text, s, e):
            facts.append(
                FactRecord(
                    "calls_in_one_day",
                    at_match(text, m, value=_number(m.group("n"))),
                    statement,
                )
            )
    return facts


def _iso_month(stated: str) -> str:
    """"March 2011" → "2011-03", the reading the other extractors give month-year dates."""
    month, year = stated.split()
    return f"{year}-{month_number(month):02d}"
