"""Organisations, places, events, works and awards, read from any seed's passages.

The things the sources name besides people — the production company, the filming locations,
the massacre, the source article, the prizes — are read the same way in every layout, so this
module runs over the passages (:class:`~.base.ExcerptRecord`) each extractor returns rather than
inside one extractor. It knows general patterns only: "Label: value" lines and infobox rows
whose label says what the value is; a name next to a noun that says what it is ("production
company Good Machine", "the Zetas cartel", "the border town of Allende"); a sentence about
filming and the places it lists; an event noun in a sentence that gives a date, with the date
the text ties to the event's phrase, if any; a quoted or italic title next to a work noun; a
capitalised name ending in "Prize" or "Award". The words those patterns need live in
:mod:`.vocabulary`; no name, title or date of a seed is typed here.

A quoted title with words left out inside its quotes ("How the U.S. Triggered a in ," where
the encyclopedia lost its links' words; the gap test is :func:`.vocabulary.has_gaps`) is not
a title the seed states whole: it is read with its ``gap``, never as an organisation, and the
merger decides what it is a mention of (:meth:`~viewer.archive.merging.Merger.tie_gapped_titles`).

By the same means it reads two things the layouts' own extractors miss in running prose: the
people a seed names only there (:func:`read_people`) and the description that follows a
character's name (:func:`read_descriptions`, run once every seed has named its characters).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from viewer.archive import reasons as R
from viewer.archive.extract.base import (
    SECTION_SEP,
    EntityKind,
    EntityRecord,
    ExcerptRecord,
    Located,
    ProseMention,
    at,
    fold,
)
from viewer.archive.extract.prose import LOWER, UPPER, sentences
from viewer.archive.extract.vocabulary import (
    AWARD_HEADS,
    BASED_ON,
    DATED_ONLY_EVENT_NOUNS,
    DEMONYMS,
    ENTITY_LABELS,
    EVENT_NOUNS,
    EVENT_SUBJECTS,
    EVENT_VERBS,
    FILMING_WORDS,
    FOUNDING_VERBS,
    ISSUED_BY,
    MONTH,
    NOMINATION_WORDS,
    ORGANISATION_NOUNS,
    ORGANISATION_SUFFIXES,
    OUTLET_NOUNS,
    POSTS,
    REGION_NOUNS,
    REVIEW_VERBS,
    SCORE_WORDS,
    SETTLEMENT_NOUNS,
    WORK_NOUNS,
    has_gaps,
    month_number,
)


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, any white space between words."""
    return _alternation_of(tuple(words))


@cache
def _alternation_of(words: tuple[str, ...]) -> str:
    items = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in items) + ")"


#: One capitalised word of a proper name, emphasis markers allowed around it ("*ProPublica*").
_WORD = rf"\*{{0,2}}[{UPPER}][\w'’.\-&]*[{LOWER}A-Z.]\*{{0,2}}|[{UPPER}]{{2,}}"
#: Small words inside a proper name ("Nombre de Dios", "El Colegio de México").
_PARTICLE = r"(?:de|del|la|las|los|of|the|y|for)"
#: A nickname in quotes inside a name (Marcos Hernán "Chérman" Salinas López).
_NICKNAME = rf"[\"“][{UPPER}][\w'’.\-]*[{LOWER}][\"”]"
#: A proper name: capitalised words, small words and nicknames only between them.
PROPER = (rf"(?:{_WORD})(?:[ \u00a0](?:{_PARTICLE}[ \u00a0])*(?:{_NICKNAME}[ \u00a0])?"
          rf"(?:{_WORD}))*")
_DATE = re.compile(
    rf"\b(?:(?:early|late|mid-?)\s+)?(?:(?P<month>{MONTH})\s+(?:(?P<day>\d{{1,2}}),?\s+)?)?"
    r"(?P<year>19\d{2}|20[0-2]\d)\b")
#: Words that begin sentences or stand capitalised for other reasons: never a name alone.
_NOT_NAMES = frozenset({"the", "a", "an", "in", "on", "at", "this", "these", "it", "its", "he",
                        "she", "they", "his", "her", "their", "as", "after", "before", "during",
                        "while", "with", "when", "however", "since", "and", "but", "for", "of",
                        "by", "from", "to"})


_STOP = frozenset({"at", "least", "the", "a", "an", "in", "on", "by", "to", "for", "with",
                   "from", "that", "which", "who", "and", "or", "as"})
_MONTH_NAMES = frozenset(fold(m) for m in MONTH.strip("(?:)").split("|"))
#: Words that set a time against another ("weeks before", "since 2006"): a date they stand
#: with is not the date of the thing named beside them.
_RELATIVE = re.compile(r"\b(?:before|after|since|until|following|preceding|prior)\b", re.I)
#: An event noun in running text (lower case: "March" is the month).
_EVENT_NOUN = re.compile(rf"(?<![\w-]){_alternation(EVENT_NOUNS)}(?![\w-])")
#: A sentence that opens with its year ("In 2018 he wrote …", "In 2018, he directed …").
_LEADING_YEAR = re.compile(r"\W*(?:(?:but|and|then|so)\s+)?(?i:in)\s+"
                           r"(?P<year>19\d{2}|20[0-2]\d)\b(?=,?\s+[a-z])")
#: Verbs of making a work, right before its title ("he directed “*Marionette*”").
_MAKING = "directed|wrote|produced|filmed|edited|starred in"
#: What may stand between a verb and its date: "premiered exclusively on on June 30, 2021".
_VERB_TO_DATE = re.compile(r"(?:\s+(?:in|on|at|[a-z]+ly))*\s+")
#: A date followed by a capitalised word opens a name ("the 2016 Sundance Film Festival").
_OPENS_A_NAME = re.compile(rf"[ \u00a0]+[{UPPER}]")
#: What a sentence may open with before its date: "But in", "On Sunday,".
_LEAD_IN = re.compile(r"\W*(?:(?:but|and|then|so)\s+)?(?:(?P<prep>in|on)\s+)?"
                      r"(?:[A-Z][a-z]+day,\s+)?", re.I)
#: A month before a year the seed puts in brackets: "in March [2020]" is read as its year.
_BRACKETED_YEAR = re.compile(rf"(?:(?:early|late|mid-?)\s+)?(?:{MONTH}\s+)?\[")
#: Where the rest of a sentence begins after its opening date: "In 2019, …", "… 2020 was …".
_LEAD_OUT = re.compile(r"\]?(?:,\s+|\s+(?:was|is)\s+)")


def _not_a_place(name: str) -> bool:
    """A month ("in March 2020") or an acronym ("COVID-19") listed after a filming word."""
    return fold(name) in _MONTH_NAMES or name.isupper()


def _iso(m: re.Match[str]) -> str:
    year = m.group("year")
    if m.group("month") is None:
        return year
    month = month_number(m.group("month"))
    if m.group("day") is None:
        return f"{year}-{month:02d}"
    return f"{year}-{month:02d}-{int(m.group('day')):02d}"


def _trimmed_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name in ``text[start:end]`` without emphasis markers, a leading article or a
    trailing dot; None when what is left is no name."""
    while start < end and text[start] in "*“”\"' ":
        start += 1
    while end > start and text[end - 1] in "*“”\"',. ":
        end -= 1
    post = re.match(r"[A-Z]{2,}\s+of\s+", text[start:end])  # "CEO of Focus Features"
    if post is not None:
        start += post.end()
    if re.match(r"s\s", text[start:end]) and text[start - 1:start] in "'’":
        start += 2  # "Zetas' rampage" read from its "s"
    words = text[start:end].split()
    while words and words[0] in ("the", "a", "an"):
        start = text.index(words[1], start + len(words[0])) if len(words) > 1 else end
        words = words[1:]
    if not words or fold(" ".join(words)) in _NOT_NAMES or fold(" ".join(words)) in DEMONYMS:
        return None
    last = words[-1]
    if last.endswith(("'s", "’s", "-winning")) or (
            len(words) == 1 and last in ("Prize", "Prizes", "Award", "Awards", "grant")):
        return None
    return start, end


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.found: list[EntityRecord] = []
        #: The sentence before the one being read, in the same passage (None at its start).
        self.previous: tuple[int, int] | None = None

    def add(self, kind: EntityKind, start: int, end: int, statement: Located, *,
            relation: Located | None = None, date: Located | None = None, section: str = "",
            inferred: str | None = None, gap: Located | None = None) -> None:
        bounds = _trimmed_name(self.text, start, end)
        if bounds is None:
            return
        name = at(self.text, *bounds)
        if not name.text or len(name.text) > 90:
            return
        self.found.append(EntityRecord(kind, name, statement, relation, date, section,
                                       inferred, gap))

    def relation(self, m: re.Match[str], group: str, reading: str) -> Located:
        return at(self.text, m.start(group), m.end(group), value=reading)

    def located_date(self, d: re.Match[str]) -> Located:
        return at(self.text, d.start(), d.end(), value=_iso(d))

    def date_before(self, s: int, noun: int) -> Located | None:
        """A date the phrase of the noun at ``noun`` opens with: "the 2011 Allende massacre",
        "the March 18, 2011, leaks", "a 2010 U.S. operation", "the 2019 Anna Seghers Prize".
        Only words of the phrase may stand between the date and the noun: "the 2011 Allende
        events stemming from a flawed DEA operation" dates the events, not the operation."""
        dates = [d for d in _DATE.finditer(self.text, s, noun) if d.end() <= noun]
        if not dates:
            return None
        gap = self.text[dates[-1].end():noun]
        words = gap.split()
        if not re.fullmatch(r",?\s+(?:[^\s,;:()\[\]“”\"]+\s+){0,4}", gap) or any(
                fold(w) in _NOT_NAMES or fold(w) in _STOP or _RELATIVE.fullmatch(w)
                for w in words[1 if words and words[0] == "," else 0:]):
            return None
        return self.located_date(dates[-1])

    def date_after(self, end: int, e: int, *, verb: bool = False) -> Located | None:
        """A date the phrase ending at ``end`` goes on to: "the massacre of March 2011", "a
        probe in 2014", "the massacre perpetrated by the Los Zetas cartel on the border town
        of Allende, Coahuila, in 2011", "premiered exclusively on on June 30, 2021" (after a
        ``verb`` only "in", "on", "at" and adverbs in "-ly", and no date that opens a name:
        "premiered at the 2016 Sundance Film Festival" dates the festival). Not across another
        event, a clause of its own ("…, which", "…, and"), a bracket or a word that sets
        another time ("before")."""
        d = _DATE.search(self.text, end, e)
        if d is None:
            return None
        gap = self.text[end:d.start()]
        if verb:
            tied = _VERB_TO_DATE.fullmatch(gap) is not None
            names = _OPENS_A_NAME.match(self.text, d.end()) is not None
            return self.located_date(d) if tied and gap.strip() and not names else None
        if not re.search(r"\b(?:in|on|of|during)\s+$", gap) or len(gap.split()) > 16 \
                or re.search(r"[;:()\[\]—]|,\s+(?:and|but|which|while|when|who)\b|\b(?:is|are|"
                             r"was|were|has|have|had|will|would|been)\b", gap) \
                or _RELATIVE.search(gap) or _EVENT_NOUN.search(gap):
            return None
        return self.located_date(d)

    def date_leading(self, s: int, e: int) -> tuple[Located, int] | None:
        """The date a sentence opens with ("In 2019, federal officials issued a public
        apology", "But in March [2020], the shoot was suspended", "Sunday, March 8, 2020 was
        International Women's Day, a day marked by marches"), and where the rest begins: it
        dates the first event the rest names (:meth:`leads_to`)."""
        t = self.text
        m = _LEAD_IN.match(t, s, e)
        d = _DATE.search(t, m.end(), min(e, m.end() + 40)) if m is not None else None
        if m is None or d is None:
            return None
        before = t[m.end():d.start()]
        if before and (m.group("prep") is None or not _BRACKETED_YEAR.fullmatch(before)):
            return None  # "March [2020]" is read as its year
        rest = _LEAD_OUT.match(t, d.end(), e)
        return (self.located_date(d), rest.end()) if rest is not None else None

    def leads_to(self, lead: tuple[Located, int] | None, position: int, e: int) -> bool:
        """Whether the opening date ``lead`` reaches the event at ``position``: not one inside
        a part that sets another time ("In February 2020, weeks before an unexpected lockdown
        …, Monika Revilla and I were invited to visit": the visit, not the lockdown)."""
        if lead is None or position < lead[1]:
            return False
        part_start = self.text.rfind(",", lead[1], position) + 1 or lead[1]
        part_end = self.text.find(",", position, e)
        part = self.text[part_start:part_end if part_end >= 0 else e]
        return _RELATIVE.search(part) is None

    # -- lines ------------------------------------------------------------------------------

    def label_line(self, ex: ExcerptRecord, start: int, end: int) -> None:
        raw = self.text[start:end]
        for label in sorted(ENTITY_LABELS, key=len, reverse=True):
            if not raw.lower().startswith(label):
                continue
            rest = start + len(label)
            if rest < end and not (self.text[rest] in ":\n" or self.text[rest].isupper()):
                continue  # "Production Design" is no "Production" label; "NetworkNetflix" is
            while rest < end and self.text[rest] in ": \n\t•·-":
                rest += 1
            if rest >= end or (label == "production" and self.text[rest].islower()):
                return
            kind, reading = ENTITY_LABELS[label]
            statement = at(self.text, start, end)
            self.add(kind, rest, end, statement,  # type: ignore[arg-type]
                     relation=at(self.text, start, start + len(label), value=reading),
                     section=ex.section)
            return
        # A line with no entity label may still quote a work: "Based on: “[Title](#),”
        # written by …" states what the series is based on.
        self.works(start, end, at(self.text, start, end), ex.section)

    # -- sentences --------------------------------------------------------------------------

    def sentence(self, ex: ExcerptRecord, s: int, e: int) -> None:
        statement = at(self.text, s, e)
        section = ex.section
        first = len(self.found)
        for finder in (self.organisations, self.places, self.events, self.dated_verbs,
                       self.works, self.awards):
            finder(s, e, statement, section)
        self.founded(first, s, e)

    def founded(self, first: int, s: int, e: int) -> None:
        """The date an organisation the sentence names was founded, where a verb of founding
        ties it to the name: "In 2015, Schamus launched Symbolic Exchange", "the production
        company Good Machine, which he co-founded in 1991"."""
        t = self.text
        verbs = _alternation(FOUNDING_VERBS)
        leading = self.date_leading(s, e)
        for i in range(first, len(self.found)):
            rec = self.found[i]
            if rec.kind != "organisation" or rec.date is not None:
                continue
            ns, ne = rec.name.spans[0].start, rec.name.spans[-1].end
            date = None
            before = re.search(rf"\b(?P<v>{verbs})\s+(?:the\s+)?\Z", t[s:ns])
            if before is not None:
                date = self.date_after(ne, e, verb=True)
                if date is None and self.leads_to(leading, s + before.start("v"), e):
                    date = leading[0] if leading else None
            which = re.compile(rf",?\s+which\s+(?:[\w-]+\s+){{0,3}}?(?:{verbs})\b").match(t, ne, e)
            if date is None and which is not None:
                date = self.date_after(which.end(), e, verb=True)
            if date is not None:
                self.found[i] = replace(rec, date=date)

    def organisations(self, s: int, e: int, statement: Located, section: str) -> None:
        t = self.text
        nouns = _alternation(ORGANISATION_NOUNS)
        for m in re.compile(rf"\b(?P<noun>(?i:{nouns}))\s+(?P<name>{PROPER})").finditer(t, s, e):
            if m.start() < s or not t[m.start("name")].isupper():
                continue
            self._org(m, "noun", ORGANISATION_NOUNS, statement, section)
        for m in re.compile(rf"(?P<name>{PROPER}),?\s+an?\s+(?:[\w-]+\s+){{0,5}}?"
                             rf"(?P<noun>{nouns})\b").finditer(t, s, e):
            if m.start() >= s:
                self._org(m, "noun", ORGANISATION_NOUNS, statement, section)
        cartel = re.compile(rf"(?P<name>(?:the\s+)?{PROPER})\s+(?P<noun>cartel)\b")
        for m in cartel.finditer(t, s, e):
            if m.start() >= s:
                self._org(m, "noun", ORGANISATION_NOUNS, statement, section)
        suffixes = "|".join(ORGANISATION_SUFFIXES)
        # The name goes on past its suffix with a place: "Autonomous University of Puebla".
        for m in re.compile(rf"(?P<name>{PROPER}\s(?P<noun>{suffixes})\b"
                            rf"(?:\s(?:of|de)\s{PROPER})?)").finditer(t, s, e):
            if m.start() >= s:
                self.add("organisation", m.start("name"), m.end("name"), statement,
                         section=section)
        posts = _alternation(POSTS)
        # "CEO of Focus Features", "researchers at El Colegio de México", "Professor of
        # Professional Practice at Columbia University's School of the Arts".
        for m in re.compile(rf"\b(?P<noun>(?i:{posts}))(?:\s+of\s+{PROPER})?\s+(?:of|at)\s+"
                            rf"(?:the\s+)?(?P<name>{PROPER})").finditer(t, s, e):
            if m.start() >= s and t[m.start("name")].isupper():
                self.add("organisation", m.start("name"), m.end("name"), statement,
                         relation=self.relation(m, "noun", "employer"), section=section)
        outlets = _alternation(OUTLET_NOUNS)
        for m in re.compile(rf"(?P<name>{PROPER})(?:/(?P<other>{PROPER}))?\s+"
                             rf"(?P<noun>{outlets})\b").finditer(t, s, e):
            if m.start() < s:
                continue
            for group in ("name", "other"):
                if m.group(group):
                    self.add("organisation", m.start(group), m.end(group), statement,
                             relation=self.relation(m, "noun", "publisher"), section=section)
        verbs = _alternation(REVIEW_VERBS)
        for m in re.compile(rf"(?P<name>The\s+{PROPER})\s+(?P<noun>{verbs})\b").finditer(t, s, e):
            if m.start() >= s:
                self.add("organisation", m.start("name"), m.end("name"), statement,
                         relation=self.relation(m, "noun", "reviewer"), section=section)
        issued = _alternation(ISSUED_BY)
        issued_by = re.compile(rf"\b(?P<noun>{issued})\s+(?:the\s+)?(?P<name>{PROPER})")
        for m in issued_by.finditer(t, s, e):
            if m.start() >= s:
                self.add("organisation", m.start("name"), m.end("name"), statement,
                         relation=self.relation(m, "noun", "publisher"), section=section)

    def _org(self, m: re.Match[str], group: str, readings: dict[str, str], statement: Located,
             section: str) -> None:
        reading = readings.get(" ".join(m.group(group).lower().split()), "organisation")
        self.add("organisation", m.start("name"), m.end("name"), statement,
                 relation=self.relation(m, group, reading), section=section)

    def places(self, s: int, e: int, statement: Located, section: str) -> None:
        t = self.text
        filming = re.search(rf"\b(?P<w>{_alternation(FILMING_WORDS)})\b", t[s:e], re.I)
        if filming is not None:
            word = at(t, s + filming.start("w"), s + filming.end("w"), value="filming location")
            tail = re.search(r"\b(?:in|at|around)\s", t[s + filming.end():e])
            if tail is not None:
                pos = s + filming.end() + tail.end()
                depth = 0
                for m in re.finditer(rf"\(|\)|(?P<name>{PROPER})", t[pos:e]):
                    if m.group() == "(":
                        depth += 1
                    elif m.group() == ")":
                        depth -= 1
                    elif depth == 0 and not _not_a_place(m.group("name")):
                        self.add("place", pos + m.start("name"), pos + m.end("name"),
                                 statement, relation=word, section=section)
        # "She was born in Veracruz in 1982": a birthplace, dated by the year that follows.
        for m in re.finditer(rf"\b(?P<verb>born)\s+in\s+(?P<name>{PROPER})", t[s:e]):
            if _not_a_place(m.group("name")):
                continue
            self.add("place", s + m.start("name"), s + m.end("name"), statement,
                     relation=at(t, s + m.start("verb"), s + m.end("verb"), value="birthplace"),
                     date=self.date_after(s + m.end("name"), e), section=section)
        for m in re.finditer(rf"\b(?P<verb>used to depict|stood in for)\s+(?:the\s+)?"
                             rf"(?P<name>{PROPER})", t[s:e]):
            self.add("place", s + m.start("name"), s + m.end("name"), statement,
                     relation=at(t, s + m.start("verb"), s + m.end("verb"),
                                 value="depicted on screen"), section=section)
        settlements = _alternation(SETTLEMENT_NOUNS)
        regions = _alternation(REGION_NOUNS)
        for m in re.finditer(rf"\b(?P<noun>{settlements}|{regions})\s+(?:of|known as)\s+"
                             rf"(?P<name>{PROPER})", t[s:e]):
            noun = m.group("noun").lower()
            reading = "real-life setting" if noun in SETTLEMENT_NOUNS else noun
            self.add("place", s + m.start("name"), s + m.end("name"), statement,
                     relation=at(t, s + m.start("noun"), s + m.end("noun"), value=reading),
                     section=section)
        for m in re.finditer(rf"(?P<name>{PROPER}),\s+(?:{PROPER},\s+)?an?\s+"
                             rf"(?:[\w-]+\s+){{0,3}}?(?P<noun>{settlements})\b", t[s:e]):
            if re.search(r"[,”]\s*$", t[max(s, s + m.start() - 3):s + m.start()]):
                continue  # "Allende,” Coahuila, a hamlet": the region of a name, not the town
            self.add("place", s + m.start("name"), s + m.end("name"), statement,
                     relation=at(t, s + m.start("noun"), s + m.end("noun"),
                                 value="real-life setting"),
                     section=section)
        for m in re.finditer(rf"\b(?P<noun>border at|(?:north|south|east|west) of|outskirts of)"
                             rf"\s+(?P<name>{PROPER})", t[s:e]):
            self.add("place", s + m.start("name"), s + m.end("name"), statement,
                     relation=at(t, s + m.start("noun"), s + m.end("noun"),
                                 value="nearby place"), section=section)

    def events(self, s: int, e: int, statement: Located, section: str) -> None:
        t = self.text
        nouns = _alternation(EVENT_NOUNS)
        lead = rf"(?:(?:[{UPPER}][\w'’-]*|[\w'’-]+)\s+){{0,2}}"
        # Only a sentence that gives a date names events; the date is the event's only where
        # the text ties it to the event's phrase (:meth:`date_before`, :meth:`date_after`,
        # :meth:`date_leading`), else the event is read undated.
        if _DATE.search(t, s, e) is None:
            return
        leading = self.date_leading(s, e)
        # A word of an "of" tail may be a whole proper name, nickname and all ("life sentence
        # of Zetas Marcos Hernán "Chérman" Salinas López").
        for m in re.finditer(rf"\b(?P<name>{lead}(?P<noun>{nouns})"
                             rf"(?:\s+of(?: (?:{PROPER}|[\w'’-]+)){{1,4}})?)"
                             rf"(?=[\s,.;:)—]|$)", t[s:e]):
            noun_start = s + m.start("noun")
            if t[noun_start].isupper() and m.group("noun").lower() == "march":
                continue  # the month, not a march
            # The name is the noun with the words the seed puts before it that are not
            # function words ("2011 Allende massacre" → "Allende massacre").
            words = list(re.finditer(r"[\w'’-]+", t[s + m.start("name"):noun_start]))
            begin = noun_start
            for w in reversed(words):
                if w.group().lower() in _NOT_NAMES or w.group().isdigit() \
                        or re.fullmatch(MONTH, w.group()):
                    break
                begin = s + m.start("name") + w.start()
            while t[begin - 1] in "'’" and " " in t[begin:noun_start]:
                begin = t.index(" ", begin) + 1
            end = s + m.end("name")
            of = re.search(r"\s+of\s", t[noun_start:end])
            if of is not None:
                cut = noun_start + of.end()
                for w in re.finditer(r"[\w'’-]+", t[cut:end]):
                    if w.group().lower() in _STOP:
                        end = cut + w.start()
                        break
                end = end if end > cut else noun_start + of.start()
            within = _DATE.search(t, s + m.end("noun"), end)  # "the massacre of March 2011"
            date = self.date_before(s, noun_start) or (
                self.located_date(within) if within else self.date_after(end, e))
            if self.leads_to(leading, noun_start, e):
                date = date or (leading[0] if leading else None)
                leading = None  # it dates the first event of its clause only
            noun = " ".join(m.group("noun").lower().split())
            if date is None and (re.sub(r"e?s$", "", noun) in EVENT_NOUNS.keys() - {noun}
                                 or noun in DATED_ONLY_EVENT_NOUNS):
                continue  # a plural no date of its own ties to one event: "risks from leaks"
            self.add("event", begin, end, statement,
                     relation=at(t, noun_start, s + m.end("noun"),
                                 value=EVENT_NOUNS[noun]),
                     date=date, section=section)

    def dated_verbs(self, s: int, e: int, statement: Located, section: str) -> None:
        """Events told by a verb: "filming for Somos. began in late 2019", "Somos. resumed
        production in August 2020", "premiered … on June 30, 2021". The name is the seed's
        words from the subject to the verb."""
        t = self.text
        subjects = _alternation(EVENT_SUBJECTS)
        verbs = _alternation(EVENT_VERBS)
        pattern = re.compile(
            rf"\b(?P<name>(?:(?i:{subjects})\b[^;:\n]{{0,40}}?\s(?P<verb>{verbs})"
            rf"|(?P<verb2>{verbs})\s+(?i:{subjects})))\b")
        leading = self.date_leading(s, e)
        for m in pattern.finditer(t, s, e):
            group = "verb" if m.group("verb") else "verb2"
            date = self.date_after(m.end("name"), e, verb=True)
            if self.leads_to(leading, m.start(group), e):
                date = date or (leading[0] if leading else None)
            if date is None:
                continue
            reading = EVENT_VERBS[" ".join(m.group(group).split())]
            self.add("event", m.start("name"), m.end("name"), statement,
                     relation=at(t, m.start(group), m.end(group), value=reading),
                     date=date, section=section)
        for m in re.finditer(r"\b(?P<verb>premiered|debuting)\b", t[s:e]):
            date = self.date_after(s + m.end("verb"), e, verb=True)
            if date is not None:
                self.add("event", s + m.start("verb"), s + m.end("verb"), statement,
                         relation=at(t, s + m.start("verb"), s + m.end("verb"),
                                     value="premiere"), date=date, section=section)

    def works(self, s: int, e: int, statement: Located, section: str) -> None:
        t = self.text
        nouns = _alternation(WORK_NOUNS)
        based = _alternation(BASED_ON)
        title = r"(?:“|\"|\*|\[)+(?P<title>[^“”\"*\[\]\n]{2,90}?)[,.]?(?:”|\"|\*|\])+"
        # The plural noun a list of titles follows ("films such as", "more than 27 films
        # including", "TV shows, directing more than 30, including"): each title after it is
        # one of them.
        opens = re.search(rf"\b(?P<noun>{nouns})\b[^.;:]{{0,40}}?\b(?:including|such as|"
                          rf"include|includes|are)\b:?", t[s:e], re.I)
        plural_list = None
        if opens is not None:
            key = " ".join(opens.group("noun").lower().split())
            if key.endswith("s") and key[:-1] in WORK_NOUNS:
                plural_list = (s + opens.end(), at(t, s + opens.start("noun"),
                                                   s + opens.end("noun"),
                                                   value=WORK_NOUNS[key]))
        listed: Located | None = None  # the plural noun a list of titles follows
        # A sentence that opens with a title saying what it is goes on from the work noun the
        # sentence before ended on, no title after it ("…by writing series for *Canal Once*.
        # "Juana Inés" is the story of …, and "Malinche" tells …"): its titles are those. A
        # quotation opening a sentence ("“Nobody bailed,” as Sandra …") is no such title.
        carried = self.trailing_work_noun() if re.match(r"\s*[“\"*]", t[s:e]) else None
        leading = _LEADING_YEAR.match(t, s, e)
        first_title = True
        for m in re.finditer(title, t[s:e]):
            ts, te = s + m.start("title"), s + m.end("title")
            initial = t[ts + 1] if t[ts] in "¡¿" and te > ts + 1 else t[ts]
            if not initial.isupper() or len(t[ts:te].split()) > 12:
                continue
            # The quoted words up to the closing marks, a closing comma or full stop with them:
            # "How the U.S. Triggered a in ," has a gap there, and so has a space just before
            # the closing mark.
            close = s + m.start() + len(m.group().rstrip("”\"*]"))
            quoted = t[ts:close]
            gap = at(t, ts, close) if has_gaps(quoted) or quoted != quoted.rstrip() else None
            lead = re.search(r"\b(?P<w>for|at|from|by)(?:\s+the)?\s*$", t[max(s, ts - 12):ts - 1])
            if lead is not None and (lead.group("w") != "for" or t[ts - 1] == "*"):
                if gap is not None:
                    continue  # an outlet's name with words left out names no outlet
                off = max(s, ts - 12)
                reading = "outlet" if lead.group("w") in ("for", "by") else "institution"
                self.add("organisation", ts, te, statement, section=section,
                         relation=at(t, off + lead.start("w"), off + lead.end("w"),
                                     value=reading))
                continue
            stated_by = statement
            if plural_list is not None and ts >= plural_list[0]:
                listed = plural_list[1]
            elif carried is not None and re.match(r"[*]*[”\"][*]*\s+(?:is|was|tells|told)\b",
                                                  t[te:e]):
                listed = carried
                # Read from both sentences, it is stated by both (and named with what the
                # first names: the series were for *Canal Once*).
                assert self.previous is not None
                stated_by = at(t, self.previous[0], e)
            before = t[max(s, ts - 60):ts]
            after = t[te:min(e, te + 60)]
            year = re.match(r"[,.”\"*\]]*\s*\((?P<year>(?:19|20)\d{2})\)", after)
            noun = None
            for n in re.finditer(rf"\b(?P<noun>{nouns})\b", before, re.I):
                noun = n
            # A verb of making right before the title ("he directed “*Marionette*,”", "he
            # filmed “*Heridas*,”"), a credit or a publisher after it, or the noun of the next
            # words ("“Dance of the Forty-One.” The film, in which …").
            made = re.search(rf"\b(?:{_MAKING})\s*[“\"*\[]*$", before)
            # A link whose target is cut may stand between ("[Title](#),” written by").
            credit = re.match(r"[,.]?(?:”|\"|\*|\])*(?:\([^()\s]*\)[,.]?(?:”|\"|\*)*)?\s*"
                              r"(?:written|directed|starring|by|published\s+by)\b", after)
            # The next words may open the next sentence: look past the sentence's end.
            next_noun = re.match(rf"[,.]?(?:”|\"|\*|\])*[ ]+(?:The|This)\s+(?P<noun>{nouns})\b",
                                 t[te:te + 60], re.I)
            based_on = re.search(rf"\b{based}\s*:?\s*[“\"*\[]*$", before, re.I)
            if year is None and noun is None and listed is None and made is None \
                    and credit is None and next_noun is None and based_on is None:
                first_title = False
                continue
            relation = None
            inferred = None
            # What kind of work: a noun before the title ("the film “Museum”"), a noun after it
            # ("*Diablero* (2018), a Netflix original series"), or the plural an earlier title
            # of the sentence took it from, which says a list follows ("three feature films:
            # “Nora’s Will” (2008), …; “Paradise” (2013)").
            # The closing marks and comma in either order ("*,” a work of short films",
            # "*. (2021), the new Netflix original series").
            appositive = re.match(rf"(?:[.”\"*\]]*,[”\"*\]]*|[,.”\"*\]]*\s*\((?:19|20)\d{{2}}\),)"
                                  rf"\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?P<noun>{nouns})\b",
                                  after, re.I)
            noun_start = None
            if noun is not None:
                off = max(s, ts - 60)
                key = " ".join(noun.group("noun").lower().split())
                reading = WORK_NOUNS.get(key, "work")
                if re.search(rf"\b{based}\b", before, re.I):
                    reading = "source of the series"
                relation = at(t, off + noun.start("noun"), off + noun.end("noun"),
                              value=reading)
                plural = key.endswith("s") and key[:-1] in WORK_NOUNS
                listed = relation if plural else None
                if re.fullmatch(r"[\s,“\"*\[]*", before[noun.end():]):
                    noun_start = off + noun.start("noun")
            elif appositive is not None or next_noun is not None:
                after_noun = appositive if appositive is not None else next_noun
                assert after_noun is not None
                key = " ".join(after_noun.group("noun").lower().split())
                relation = at(t, te + after_noun.start("noun"), te + after_noun.end("noun"),
                              value=WORK_NOUNS.get(key, "work"))
            elif listed is not None:
                relation = listed
            elif based_on is not None:
                # "Based on: “[How the U.S. Triggered a Massacre in Mexico](#),”"
                off = max(s, ts - 60)
                relation = at(t, off + based_on.start(), off + based_on.start()
                              + len(based_on.group().rstrip(" :“\"*[")),
                              value="source of the series")
            else:
                inferred = R.WORK_KIND_UNSTATED
            date = None
            if year is not None:
                ys = te + year.start("year")
                date = at(t, ys, ys + 4, value=year.group("year"))
            elif noun_start is not None:
                # "her 2001 short film *A la otra*": the year the noun's phrase opens with.
                date = self.date_before(s, noun_start)
            if date is None and first_title and leading is not None \
                    and not _RELATIVE.search(t, leading.end(), ts) \
                    and _DATE.search(t, leading.end(), ts) is None:
                # "In 2018 he wrote, produced and directed his first fiction feature film,
                # *Ni tuyo, ni mía*": the year the sentence opens with dates what it made.
                date = at(t, leading.start("year"), leading.end("year"),
                          value=leading.group("year"))
            first_title = False
            self.add("work", ts, te, stated_by, relation=relation, date=date,
                     section=section, inferred=inferred, gap=gap)
        for m in re.finditer(rf"\b(?P<noun>{nouns})\s+(?P<title>(?:{PROPER}\s)?of\s+a\s+"
                             rf"[{LOWER}]+)\s+written\s+by", t[s:e]):
            based_on = re.search(rf"\b{based}\b", t[max(s, s + m.start() - 30):s + m.start()],
                                 re.I)
            self.add("work", s + m.start("title"), s + m.end("title"), statement,
                     relation=at(t, s + m.start("noun"), s + m.end("noun"),
                                 value="source of the series" if based_on else "article"),
                     section=section)
        # One comma may stand inside such a title ("Crouching Tiger, Hidden Dragon (2000)").
        for m in re.finditer(rf"\b(?P<title>{PROPER}(?:, {PROPER})?)\s+"
                             rf"\((?P<year>(?:19|20)\d{{2}})\)",
                             t[s:e]):
            ts = s + m.start("title")
            if t[ts - 1:ts] in ("*", "“", '"'):
                continue  # read above, with its markers
            self.add("work", ts, s + m.end("title"), statement,
                     date=at(t, s + m.start("year"), s + m.end("year"),
                             value=m.group("year")), section=section,
                     inferred=R.NAME_AND_YEAR)

    def trailing_work_noun(self) -> Located | None:
        """The work noun the previous sentence of the passage ends on, with no title after it
        ("…writing series for *Canal Once*."), as the kind of the titles that follow."""
        if self.previous is None:
            return None
        t = self.text
        ps, pe = self.previous
        last = None
        for n in re.finditer(rf"\b(?P<noun>{_alternation(WORK_NOUNS)})\b", t[ps:pe], re.I):
            last = n
        if last is None:
            return None
        # An outlet after it is no title ("for *Canal Once*"); any other quoted or italic
        # words are the titles it was about.
        tail = re.sub(r"\b(?:for|at|from|by)\s+(?:the\s+)?\*[^*\n]+\*", "",
                      t[ps + last.end():pe])
        if re.search(r"[“\"*\[]", tail):
            return None
        key = " ".join(last.group("noun").lower().split())
        return at(t, ps + last.start("noun"), ps + last.end("noun"),
                  value=WORK_NOUNS.get(key, "work"))

    def awards(self, s: int, e: int, statement: Located, section: str) -> None:
        t = self.text
        # Review scores: the figure and the words that make it one, as the seed gives them
        # (the encyclopedia lost the sites' names; the record names none).
        scores = _alternation(SCORE_WORDS)
        for m in re.finditer(rf"(?<![\w.])(?P<name>\d{{1,3}}(?:\.\d)?(?:%|/10)?\s+"
                             rf"(?P<noun>{scores}))\b", t[s:e]):
            self.add("award", s + m.start("name"), s + m.end("name"), statement,
                     relation=at(t, s + m.start("noun"), s + m.end("noun"),
                                 value="review score"), section=section)
        heads = "|".join(AWARD_HEADS)
        leading = self.date_leading(s, e)
        for m in re.finditer(rf"(?P<name>(?:{PROPER}\s)?(?:{heads})(?:\s(?:for|at)\s"
                             rf"(?:the\s)?{PROPER})?)(?![\w])", t[s:e]):
            ns = s + m.start("name")
            name = m.group("name")
            if name.split()[0] in AWARD_HEADS and name.split()[0][0].islower():
                continue
            window = t[max(s, ns - 80):ns].lower() + t[s + m.end():min(e, s + m.end() + 20)]
            nominated = any(w in window for w in NOMINATION_WORDS) or \
                name.lower().endswith(("nominee", "nominees"))
            reading = "nomination" if nominated else "award"
            cue = re.search(r"nominat\w*|won|winner|winning|received|awarded", t[max(s, ns - 80):
                                                                               s + m.end() + 20])
            relation = None
            if cue is not None:
                off = max(s, ns - 80)
                relation = at(t, off + cue.start(), off + cue.end(), value=reading)
            date = self.date_before(s, ns) or self.date_after(s + m.end("name"), e)
            if date is None and self.leads_to(leading, ns, e):
                date = leading[0] if leading else None
            self.add("award", ns, s + m.end("name"), statement, relation=relation, date=date,
                     section=section)


def read_entities(text: str, excerpts: list[ExcerptRecord]) -> list[EntityRecord]:
    """Every organisation, place, event, work and award named in the passages of one seed."""
    reader = _Reader(text)
    for ex in excerpts:
        reader.previous = None
        if ex.kind == "heading":
            continue
        if ex.kind in ("infobox", "table_row"):
            start, end = min(sp.start for sp in ex.text.spans), max(sp.end for sp in ex.text.spans)
            reader.label_line(ex, start, end)
            continue
        for span in ex.text.spans:
            reader.previous = None
            for s, e in sentences(text, span.start, span.end):
                reader.sentence(ex, s, e)
                reader.previous = (s, e)
    return _deduplicated(reader.found)


def _deduplicated(found: list[EntityRecord]) -> list[EntityRecord]:
    """One record per kind, name and sentence: the most specific reading wins (one with a
    stated relation over one without)."""
    best: dict[tuple[EntityKind, str, int], EntityRecord] = {}
    for rec in found:
        key = (rec.kind, fold(rec.name.text), rec.statement.spans[0].start)
        old = best.get(key)
        if old is None or (old.relation is None and rec.relation is not None):
            best[key] = rec
    # An event noun inside a title ("Anatomy of a massacre") is no event.
    titles = [r for r in best.values() if r.kind == "work"]
    for key, rec in list(best.items()):
        if rec.kind == "event" and any(
                t.name.spans[0].start <= rec.name.spans[0].start < t.name.spans[-1].end
                for t in titles):
            del best[key]
    # A name read inside a longer name of the same sentence ("Focus" in "Focus Features") goes.
    out = []
    for rec in best.values():
        inner = any(o is not rec and o.statement.spans[0].start == rec.statement.spans[0].start
                    and fold(rec.name.text) in fold(o.name.text)
                    and len(o.name.text) > len(rec.name.text) and o.kind == rec.kind
                    for o in best.values())
        if not inner:
            out.append(rec)
    return out


def section_subject(section: str) -> str:
    """The last heading of a section path: in a biography, the person it is about."""
    return section.rsplit(SECTION_SEP, 1)[-1]


# -- people named in running prose -----------------------------------------------------------

#: A person as prose names one: two or three capitalised words, or a middle initial.
_PERSON = (rf"[{UPPER}][{LOWER}]+(?:[ \u00a0](?:[{UPPER}]\.|[{UPPER}][{LOWER}]+)){{1,2}}"
           rf"(?:[ \u00a0][{UPPER}][{LOWER}]+)?")


def read_people(text: str, excerpts: list[ExcerptRecord]) -> list[ProseMention]:
    """People a seed names only in running prose: a list of names after a cue word
    ("alongside James Schamus and Francisco Ramos", "leaders like Miguel and Omar Treviño");
    a possessive before a title or a work noun ("Kitty Green's “The Assistant”", "Maynée
    Cortés' exhaustive research": a name ending in "s" may take a bare apostrophe); a given
    name joined to a whole name after a cue ("leaders like Miguel and Omar Treviño": Miguel's
    family name is the one given once); and a sibling named by a given name after a whole name
    ("Maria Lopez and her brother Juan": Juan Lopez). Every name ends at a word's end and is
    no part of a longer capitalised run ("San Pedro Garza" is no "San Pedro"); a name whose
    words the seed lost in part is no name these patterns read (``seeds/corrections.toml``
    names it). The builder keeps those that are no organisation, place or work it knows."""
    from viewer.archive.extract.vocabulary import PERSON_CUES, POSSESSED_WORKS, SIBLINGS

    cues = _alternation(PERSON_CUES)
    listed = re.compile(rf"\b(?:{cues})\s+(?P<names>{_PERSON}(?:,\s+{_PERSON})*"
                        rf"(?:,?\s+and\s+{_PERSON})?)")
    works = "|".join(POSSESSED_WORKS)
    possessive = re.compile(rf"(?P<name>{_PERSON})(?:['’]s|(?<=s)['’])\s+"
                            rf"(?:[“\"*]|(?:[{LOWER}]+\s+)?(?:{works})\b)")
    # A whole word, and the last capitalised one there: no name cut short inside a word
    # ("Pedr" of "Pedro") or inside a longer name ("San Pedro" of "San Pedro Garza").
    given = rf"[{UPPER}][{LOWER}]+\b"
    last = rf"(?![ \u00a0]*[{UPPER}])"
    shared = re.compile(rf"\b(?:{cues})\s+(?P<given>{given})\s+and\s+"
                        rf"(?P<other>{given}[ \u00a0](?P<family>{given})){last}")
    sibling = re.compile(
        rf"(?<![\w'’])(?P<other>{_PERSON})\b\s+and\s+(?:his|her)\s+"
        rf"(?:{_alternation(SIBLINGS)})\s+(?P<given>{given}){last}")
    one = re.compile(_PERSON)
    found: list[ProseMention] = []
    for ex in excerpts:
        if ex.kind in ("heading", "infobox", "table_row"):
            continue
        # A biography that opens with its heading's name made longer ("Álvaro Curiel" →
        # "Álvaro Curiel de Icaza was born …"): the person's fuller name.
        subject = section_subject(ex.section)
        if re.fullmatch(_PERSON, subject):
            start = ex.text.spans[0].start
            full = re.compile(rf"{re.escape(subject)}(?:[ \u00a0](?:{_PARTICLE}[ \u00a0])*"
                              rf"[{UPPER}][{LOWER}]+){{1,3}}(?=\s+(?:was|is|has)\b)")
            m = full.match(text, start, ex.text.spans[0].end)
            if m is not None:
                found.append(ProseMention(at(text, m.start(), m.end())))
        for span in ex.text.spans:
            for m in listed.finditer(text, span.start, span.end):
                for n in one.finditer(text, m.start("names"), m.end("names")):
                    found.append(ProseMention(at(text, n.start(), n.end())))
            for m in possessive.finditer(text, span.start, span.end):
                found.append(ProseMention(at(text, m.start("name"), m.end("name"))))
            for pattern, message in ((shared, R.SHARED_FAMILY_NAME),
                                     (sibling, R.SIBLING_FAMILY_NAME)):
                for m in pattern.finditer(text, span.start, span.end):
                    family = m.group("family") if message == R.SHARED_FAMILY_NAME \
                        else m.group("other").split()[-1]
                    whole = f"{m.group('given')} {family}"
                    other = at(text, m.start("other"), m.end("other"))
                    mention = at(text, m.start("given"), m.end("given"), value=whole)
                    words = at(text, min(m.start("given"), m.start("other")),
                               max(m.end("given"), m.end("other")))
                    found.append(ProseMention(other))
                    found.append(ProseMention(mention, R.Reason(message, {
                        "text": mention.text, "words": words.text, "other": other.text,
                        "name": whole})))
    return found


# -- characters described in running prose ---------------------------------------------------

#: Words an appositive description of a character opens with ("Érika, the town veterinarian,").
_DESCRIPTION_OPENERS = ("a", "an", "the", "another", "that", "who", "who's", "whose", "married",
                        "one", "his", "her")


def read_descriptions(text: str, excerpts: list[ExcerptRecord],
                      names: dict[str, str]) -> list[tuple[str, Located]]:
    """(character name, description) for every appositive that follows a character's name in
    a seed's prose: "Érika, the town veterinarian, is separated …", "Doña Chayo (portrayed by
    Mercedes Hernández), a matriarch …", or the words that end a sentence after it ("we are
    Paquito, innocent, noble."). One cut short where the seed lost a word ("a young local boy
    navigating , …") is kept as far as it goes, its ``value`` marking the gap ("a young local
    boy navigating […]"), so the merger says so. ``names`` maps folded names, and first names
    that only one character has, to the character's name."""
    if not names:
        return []
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    openers = "|".join(re.escape(w) for w in _DESCRIPTION_OPENERS)
    pattern = re.compile(
        rf"(?<![\w])(?P<name>(?i:{alternation}))(?![\w])\s*(?:\([^()\n]{{1,60}}\))?,\s+"
        rf"(?P<d>(?:{openers})\s[^.;:!?\n]{{3,200}}?)(?=,\s|[.;:!?]|\n|$)")
    # Single words, two to four, that close the sentence after the name and a comma.
    words = re.compile(rf"(?<![\w])(?P<name>(?i:{alternation}))(?![\w]),\s+"
                       rf"(?P<d>[a-z]+(?:,\s+[a-z]+){{1,3}})(?=\.(?:\s|$))")
    found: list[tuple[str, Located]] = []
    folded = fold_preserving(text)
    for ex in excerpts:
        if ex.kind in ("heading", "infobox", "table_row"):
            continue
        for span in ex.text.spans:
            for m in pattern.finditer(folded, span.start, span.end):
                if "(" in m.group("d"):
                    continue  # a list of parts and actors, not a description
                said = at(text, m.start("d"), m.end("d"))
                if has_gaps(text[m.start("d"):m.end("d") + 1]):
                    # "a young local boy navigating , …": cut short by a lost word
                    said = Located(said.text, said.spans, said.text + " […]")
                found.append((names[fold(text[m.start("name"):m.end("name")])], said))
            for m in words.finditer(folded, span.start, span.end):
                d = text[m.start("d"):m.end("d")]
                if d != d.lower() or any(w in _NOT_NAMES or w in _STOP
                                         for w in re.findall(r"\w+", d)):
                    continue
                found.append((names[fold(text[m.start("name"):m.end("name")])],
                              at(text, m.start("d"), m.end("d"))))
    return found


def fold_preserving(text: str) -> str:
    """``text`` with accents removed letter for letter (same length), so a folded name
    matches at the positions of the original."""
    table = {}
    for ch in set(text):
        f = fold(ch)
        table[ord(ch)] = f if len(f) == 1 else ch.lower()
    return text.translate(table)


# -- every mention of a name the sources give a thing ----------------------------------------

#: Small words that join the words of one name ("Supervisor de la DEA", "Museo de Memoria");
#: "the" only after "of" ("Later the FBI's agents": "Later" is no part of the name).
_JOIN = r"(?:[ \u00a0]+(?:de|del|la|las|los|of(?:[ \u00a0]+the)?|y|for))*[ \u00a0]+"
_BEFORE = re.compile(rf"(?P<w>[\w'’.\-]+){_JOIN}\Z")
_AFTER = re.compile(rf"{_JOIN}(?P<w>[\w'’\-]+)")


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is only part of a longer proper name: a capitalised word
    stands next to it, or joined to it by small words ("Netflix Mexico team", "Guggenheim
    Museum", "Supervisor de la DEA"). A capitalised word that ends the sentence before ("…
    Mexico. Netflix announced") or opens this one ("The DEA") is no part of it."""
    before = _BEFORE.search(text, max(0, start - 60), start)
    if before is not None:
        word = before.group("w")
        sentence_end = word.endswith(".") and re.fullmatch(r"(?:[A-Z]\.)+", word) is None
        if word[0].isupper() and fold(word) not in _NOT_NAMES and not sentence_end:
            return True
    after = _AFTER.match(text, end, min(len(text), end + 60))
    return after is not None and after.group("w")[0].isupper()


def initials(name: str) -> str:
    """The capitals a name's capitalised words begin with ("Drug Enforcement Administration"
    → "DEA"): what an acronym of it would be."""
    return "".join(w[0] for w in name.split() if w[0].isupper())


def read_acronyms(text: str, passages: Iterable[tuple[int, int]],
                  names: Iterable[str]) -> list[tuple[str, Located]]:
    """(name, acronym) for every acronym a seed gives in brackets with one of ``names``:
    "Drug Enforcement Administration (DEA)", "a DEA infiltration (Drug Enforcement
    Administration)". The acronym must be the name's initials, so the brackets say what it
    stands for; the Located is the acronym where the seed pairs it with the name."""
    found: list[tuple[str, Located]] = []
    for name in names:
        short = initials(name)
        if len(short) < 2 or len(name.split()) < 2:
            continue
        long_ = _alternation([name])
        pairs = re.compile(rf"(?<![\w-]){long_}\s*\((?P<a>{short})\)"
                           rf"|(?<![\w-])(?P<b>{short})(?![\w])[^()\n.;]{{0,40}}?"
                           rf"\((?:the\s+)?{long_}\)")
        for start, end in passages:
            for m in pairs.finditer(text, start, end):
                group = "a" if m.group("a") else "b"
                found.append((name, at(text, m.start(group), m.end(group))))
    return found


def read_mentions(text: str, passages: Iterable[tuple[int, int]], names: Iterable[str],
                  taken: Iterable[tuple[int, int]]) -> list[tuple[str, Located, Located]]:
    """(name, mention, statement) for every place a seed's passages print one of ``names``
    (as the sources give them: case and accents as printed, whole words) outside the
    ``taken`` spans (where a name was already read, a person's or a character's name) and
    not as part of a longer proper name (:func:`_inside_longer_name`). The readers of
    :class:`_Reader` need a noun or a label beside a name to know what it is; once a source
    has said so, every other mention of that name is a mention of the same thing: "on
    Netflix", "the DEA's actions", Ang Lee's "Brokeback Mountain"."""
    ordered = sorted(set(names), key=len, reverse=True)
    if not ordered:
        return []
    pattern = re.compile(r"(?<![\w\-])(?:" + "|".join(re.escape(n) for n in ordered)
                         + r")(?!\w)")
    busy = sorted(taken)
    found: list[tuple[str, Located, Located]] = []
    for start, end in passages:
        bounds = None
        for m in pattern.finditer(text, start, end):
            if any(s < m.end() and m.start() < e for s, e in busy):
                continue
            if _inside_longer_name(text, m.start(), m.end()):
                continue
            if has_gaps(text[m.start():m.end() + 2]):
                continue  # "during the Allende , some families": the words it began are lost
            bounds = bounds or sentences(text, start, end)
            s, e = next(((s, e) for s, e in bounds if s <= m.start() < e), (start, end))
            found.append((m.group(), at(text, m.start(), m.end()), at(text, s, e)))
    return found


_FIRST = rf"(?:[¡¿]?[{UPPER}0-9])"
_YEAR_AFTER = r"\s*\((?:19|20)\d{2}\)"
#: An item of a list of titles: in quotation marks, italics allowed inside them, the list's
#: comma or full stop perhaps inside the closing marks ("“*Heridas*,”", "“Dallas Buyers
#: Club.”"); in italics ("*Cristiada* (2010)", "*Somos*. (2021)"); or, right after an item
#: with its year, words with a year of their own ("*Cristiada* (2010), Mexican gangster
#: (2012), …", where the seed lost the italics). A year in brackets after it is the item's.
_LIST_ITEM = re.compile(
    rf"(?:[“\"]\*{{0,2}}(?P<q>{_FIRST}[^“”\"*\n]{{0,89}}?)[,.]?\*{{0,2}}[,.]?[”\"]"
    rf"|(?<![\w*])\*{{1,2}}(?P<i>{_FIRST}[^*\n]{{0,89}}?)\*{{1,2}}\.?"
    rf"|(?:(?<=\d\), )|(?<=\d\) and )|(?<=\d\), and ))"
    rf"(?P<b>[{UPPER}][\w’'\- ]{{1,60}}?)(?={_YEAR_AFTER}))(?:{_YEAR_AFTER})?")
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)")


def _item(m: re.Match[str]) -> tuple[int, int]:
    group = "q" if m.group("q") is not None else "i" if m.group("i") is not None else "b"
    return m.start(group), m.end(group)


def _listed(text: str, run: list[re.Match[str]]) -> list[tuple[Located, Located | None]]:
    """Each item's title, and the year in brackets after it, if any ("Mexican gangster
    (2012)")."""
    out: list[tuple[Located, Located | None]] = []
    for m in run:
        start, end = _item(m)
        year = re.search(r"\((?P<y>(?:19|20)\d{2})\)\Z", text[end:m.end()])
        out.append((at(text, start, end), at(text, end + year.start("y"), end + year.end("y"),
                                              value=year.group("y")) if year else None))
    return out


def read_title_lists(text: str, passages: Iterable[tuple[int, int]]
                     ) -> list[tuple[list[tuple[Located, Located | None]], Located]]:
    """Every list of two or more titles in a seed's passages ("“Lust, Caution,” “Hulk,” …
    and “Pushing Hands.”", "*Cristiada* (2010), Mexican gangster (2012), …"), as the titles
    and the sentence that lists them (each title with the year in brackets after it): the
    merger reads a title as a work when a work the sources name stands in the same list."""
    found: list[tuple[list[tuple[Located, Located | None]], Located]] = []
    for start, end in passages:
        for s, e in sentences(text, start, end):
            run: list[re.Match[str]] = []
            for m in _LIST_ITEM.finditer(text, s, e):
                # The list's comma may stand inside the closing marks: then a space joins.
                comma = "," in text[_item(run[-1])[1]:run[-1].end()] if run else False
                joins = _LIST_JOIN.fullmatch(text, run[-1].end(), m.start()) is not None or (
                    comma and re.fullmatch(r"\s*(?:and\s+|or\s+)?", text[run[-1].end():m.start()])
                    is not None) if run else True
                if not joins:
                    if len(run) > 1:
                        found.append((_listed(text, run), at(text, s, e)))
                    run = []
                run.append(m)
            if len(run) > 1:
                found.append((_listed(text, run), at(text, s, e)))
    return found
