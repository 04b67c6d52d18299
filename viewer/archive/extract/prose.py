"""Reading press prose: blank-line blocks, sentences, people's names and quotations.

The explainer article and the news item are both press prose — paragraphs between blank lines,
people named by two or three capitalised words, the makers' words in curly quotes attributed
with "explains" or "said". Both extractors used to carry their own copy of the code that reads
those; it lives here once, so a fix to where a sentence ends or how a quotation is trimmed
reaches both layouts, and the two cannot come to read the same words differently.

The letter classes are shared more widely: every extractor builds its name patterns from the
capital and small letters of Latin-1 (the seeds' Spanish names: "Álvaro", "Núñez"), and a layout
that spelled them differently would miss a name another layout finds.

What differs by layout stays in the layout's module: what makes a block a heading or page debris,
the encyclopedia's sentence splitting (it knows "Mr." and "No."), the production notes' clause
boundaries.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from viewer.archive.extract.base import ExcerptKind, Located, Span, at, joined

# -- letters and names -----------------------------------------------------------------------

#: Capital letters, as a regex character-class body: ASCII and Latin-1 (not "×").
UPPER = "A-ZÀ-ÖØ-Þ"
#: Small letters, as a regex character-class body: ASCII and Latin-1 (not "÷").
LOWER = "a-zß-öø-ÿ"

#: One capitalised word of a name ("Álvaro", "Hernández-Stumpfhauser").
NAME_WORD = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
#: A person, as every layout names one: two or more capitalised words, a Spanish particle
#: allowed between them ("James Schamus", "Victor Hernández Stumpfhauser", "Fernanda de la
#: Garza"). The one definition of a person's name the extractors share (issue 26).
NAME = rf"{NAME_WORD}(?:[ \u00a0](?:(?:de|del|la)[ \u00a0])?{NAME_WORD})+"

# -- quotations ------------------------------------------------------------------------------

#: The verbs that attribute a quotation ("…,” explains James Schamus").
SPEECH_VERB = (
    r"(?:explains|explained|says|said|adds|added|continues|continued|notes|noted|"
    r"recalls|recalled|points\s+out|pointed\s+out)"
)
#: One stretch of quoted words; group ``words`` is inside the curly quotes.
QUOTED = re.compile(r"“(?P<words>[^“”]*)”")


def quotation(text: str, segments: Sequence[re.Match[str]]) -> Located:
    """The quoted words of a block: every :data:`QUOTED` stretch in ``segments``, joined.

    A comma closing the last stretch belongs to the attribution ("…in the corner,” explains")
    and is dropped; an inner quote mark stays ("…‘We exist,’” Schamus explained").
    """
    spans = [Span(m.start("words"), m.end("words")) for m in segments]
    last = spans[-1]
    end = last.end
    while end > last.start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    spans[-1] = Span(last.start, end)
    return joined(text, spans)


# -- blocks ----------------------------------------------------------------------------------

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


@dataclass(frozen=True)
class Block:
    """One blank-line-separated block, trimmed of surrounding space: ``text[start:end]``."""

    start: int
    end: int
    text: str


def blocks(text: str, start: int, end: int) -> list[Block]:
    """The blank-line-separated blocks of ``text[start:end]``, trimmed, empty ones dropped."""
    bounds: list[tuple[int, int]] = []
    pos = start
    for gap in _BLANK_LINE.finditer(text, start, end):
        bounds.append((pos, gap.start()))
        pos = gap.end()
    bounds.append((pos, end))
    found = []
    for s, e in bounds:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            found.append(Block(s, e, text[s:e]))
    return found


def excerpt_kind(block: Block) -> ExcerptKind:
    """A block that opens with a quotation mark is a quote; any other is a paragraph."""
    return "quote" if block.text.startswith("“") else "paragraph"


# -- sentences -------------------------------------------------------------------------------

#: Where a sentence may end: a full stop (or ! ? …), then any closing marks that belong to it
#: (curly or straight quotes, brackets: …Hidden Dragon." Schamus and Lee's…; …(We are.)
#: Because…), then space and a capital, perhaps behind an opening mark. Emphasis markers are
#: no closing mark: the title "Somos." ends in a full stop inside them (**“Somos.”** (We
#: are.) Because…).
_SENTENCE_END = re.compile(rf"[.!?…][”’\")\]]*(?=\s+[“‘\"(\[]?[{UPPER}])")
#: A full stop that ends an abbreviation, not a sentence: initials ("U.S.", "Ph.D."), one
#: capital alone ("Darryl F. Zanuck"), a title before a name ("Sr. Ronaldo", "Mr.").
_ABBREVIATION = re.compile(
    r"(?:(?<![\w.])(?:[A-Z][a-z]?\.){2,}|(?<![\w.])[A-Z]\."
    r"|\b(?:Mr|Mrs|Ms|Dr|St|No|Jr|Sr|Sra|Srta|vs)\.)\Z")


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence bounds in ``text[start:end]``: a sentence ends after its full stop and the
    quotes or brackets that close it; "U.S.", "F. Zanuck" and the like do not end one."""
    bounds: list[tuple[int, int]] = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if text[m.start()] == "." and _ABBREVIATION.search(text, pos, m.start() + 1):
            continue
        bounds.append((pos, m.end()))
        pos = m.end()
    bounds.append((pos, end))
    return [(s, e) for s, e in bounds if text[s:e].strip()]


def statements(text: str, body: Sequence[Block]) -> Iterator[tuple[int, int, Located]]:
    """Every sentence of ``body`` in reading order: its bounds, and the Located that a fact
    read from it cites as its statement (a fact's statement is the sentence that states it)."""
    for block in body:
        for s, e in sentences(text, block.start, block.end):
            yield s, e, at(text, s, e)
