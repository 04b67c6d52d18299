"""Which of the people a sentence names its words tie to a thing it names (a work, an award,
an event…): the thing's people, as the window lists them.

Being named in the same sentence is not enough: "my colleague Monika Revilla's creative
talents ("Dance of the 41," …), and Maynée Cortés' exhaustive research" ties the film to
Revilla, not to Cortés; "together with Oscar nominee James Schamus and in collaboration with
novelist Fernanda Melchor" ties the Oscar to Schamus alone. The clause must say how they go
together, with the words between the person and the thing:

- a possessive before it: "Kitty Green's "The Assistant"", "Alfonso Cuarón's drama *Y tu
  mamá también*";
- a credit word before the people, the thing next to them: "starring Eugenio Derbez and
  Loreto Peralta *Instructions not Included*", "Oscar nominee James Schamus",
  ""The Assistant," starring Julia Garner", "*Somos*, directed by …";
- the person as the subject of a maker's verb: "Schamus wrote "The Ice Storm"", "…, who
  directed …", "X won an Oscar";
- an appositive: "X, director of "…"", ""…" director X".

People joined by "and" or commas are one group: what ties one ties each ("starring Hong
Chau and Brian Dennehy"). Nothing here reads across sentences: the sentence is all it sees.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from viewer.archive.merging import PeopleNamed, Person

_OPEN = r"[(“‘\"*\[_]*"
_CLOSE = r"[”’\"*)\]_,.]*"
_MAKER_NOUN = (r"(?:director|co-director|writer|screenwriter|co-writer|producer|"
               r"executive\s+producer|creator|author|novelist|filmmaker|star|actor|actress|"
               r"journalist|reporter|photographer|composer|editor)s?")
_MAKER_VERB = (r"(?:directed|co-directed|wrote|co-wrote|written|produced|co-produced|filmed|"
               r"executive-produced|created|co-created|starred\s+in|stars\s+in|composed|"
               r"edited|won|received|earned|shared|accepted|directs|writes|produces|awarded|"
               r"published|authored|"
               # What a biography ties a person to a place or an organisation by.
               r"born\s+in|raised\s+in|grew\s+up\s+in|lives\s+in|studied|majored|"
               r"graduated\s+from|founded|co-founded|joined|teaches|taught|worked|works)")
#: A role of a person in a thing, with up to two words before it ("former managing editor of").
_ROLE = r"(?:[\w-]+\s+){0,2}" + _MAKER_NOUN + r"(?:-in-chief)?\s+(?:of|for|on|at)\s+"
_DETERMINER = r"(?:(?:an?|the|his|her|their|its|two|three|four|several|both)\s+)?"
#: A few words of the thing's description between the possessive or the verb and the name
#: ("creative talents (", "drama *", "new film"): no comma, no other clause.
_FEW_WORDS = r"(?:[^\s,;:()“”\"*]+\s+){0,4}"
#: Titles of a list before the thing: ("Dance of the 41," "The House of Flowers" and ….
_LISTED = (r"(?:(?:“[^“”]{1,80}”|\"[^\"]{1,80}\"|\*[^*]{1,80}\*)[,.]?\s*"
           r"(?:\((?:19|20)\d\d\),?\s*)?(?:and\s+|&\s+)?)*")
#: Between the person (or the last of a group) and the thing after it.
_BEFORE_THING = re.compile(
    r"(?:['’]s?\s+" + _FEW_WORDS                        # Revilla's creative talents ("
    + r"|(?:,\s*who\s+|,?\s+)(?:also\s+|has\s+|have\s+|had\s+|was\s+)*"
    + _MAKER_VERB + r"(?:,\s*" + _MAKER_VERB + r")*(?:,?\s+and\s+" + _MAKER_VERB + r")?"
    + r"\s+" + _DETERMINER + _FEW_WORDS
    + r"(?:[^\s,;:()“”\"*]+[,:]\s+)?"  # wrote, produced and directed his first film,
    # "She's the author of the novels", "is a former managing editor of Multichannel News,
    # editor-in-chief of Cable Marketing, and news editor of"
    + r"|(?:['’]s|\s+(?:is|was))\s+(?:also\s+)?(?:the\s+|an?\s+)?" + _ROLE
    + r"(?:[^,;()“”\"]{1,60},\s*(?:and\s+)?" + _ROLE + r")*" + _DETERMINER + _FEW_WORDS
    + r"|,\s+(?:the\s+|a\s+)?" + _MAKER_NOUN + r"\s+(?:of|for|on)\s+(?:the\s+)?"  # X, director of
    + r"|\s*)[(\[]*" + _LISTED + _OPEN + r"\Z", re.I)
#: Before the group: a credit word that makes the people those of the thing next to them.
_CREDIT_BEFORE = re.compile(
    r"(?:\bstarring|\bfeaturing|\bby|\bwith|\bnominees?|\bwinners?|\bnominated|-winning|"
    r"\bwinning|\b" + _MAKER_NOUN + r")\s+\Z", re.I)
#: Between the thing and the group after it: the thing's credit words.
_AFTER_THING = re.compile(
    r"\A" + _CLOSE + r"\s*(?:\((?:19|20)\d\d\)\s*)?,?\s*"
    r"(?:(?:starring|featuring|(?:written|directed|produced|created|co-written|"
    r"co-directed|edited|composed|photographed|presented|hosted|narrated)\s+by|by|from)\s+"
    r"|[-‑]?\s*(?:nominees?|winners?|nominated|winning|award-winning)\s+"
    r"|(?:['’]s\s+)?" + _MAKER_NOUN + r"\s+"
    r"|,\s+(?:the\s+|a\s+)?(?:film|series|novel|book|documentary|article|play)\s+by\s+)"
    r"(?:" + _MAKER_NOUN + r"\s+)?(?:[^\s,;:()“”\"*]+\s+){0,1}\Z", re.I)
_GROUP_JOIN = re.compile(r"\A(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)\Z")


def _folded(text: str) -> tuple[str, list[int]]:
    """``text`` as :func:`~viewer.archive.extract.base.fold` reads it (case- and accent-blind,
    white space collapsed), with the index in ``text`` of each of its characters."""
    out: list[str] = []
    where: list[int] = []
    for i, c in enumerate(text):
        if c.isspace():
            if out and out[-1] == " ":
                continue
            piece = " "
        else:
            piece = "".join(d for d in unicodedata.normalize("NFKD", c)
                            if not unicodedata.combining(d)).casefold()
        out.append(piece)
        where.extend([i] * len(piece))
    return "".join(out), where


def people_at(named: PeopleNamed, sentence: str) -> list[tuple[Person, int, int]]:
    """Each person ``sentence`` names, with where: start and end in ``sentence``."""
    folded, where = _folded(sentence)
    return [(named.spellings[m.group()], where[m.start()], where[m.end() - 1] + 1)
            for m in named.pattern.finditer(folded)]


def _groups(sentence: str, found: Iterable[tuple[Person, int, int]]
            ) -> list[list[tuple[Person, int, int]]]:
    """The people named one after another, joined by "and" or commas, as groups."""
    groups: list[list[tuple[Person, int, int]]] = []
    for p in sorted(found, key=lambda f: f[1]):
        if groups and _GROUP_JOIN.match(sentence[groups[-1][-1][2]:p[1]]):
            groups[-1].append(p)
        else:
            groups.append([p])
    return groups


def tied_people(sentence: str, thing: tuple[int, int],
                found: Iterable[tuple[Person, int, int]]) -> list[tuple[Person, int, int]]:
    """Of the people ``found`` in ``sentence``, those its words tie to the thing named at
    ``thing`` (start and end in ``sentence``), each with where it is named."""
    ts, te = thing
    tied: list[tuple[Person, int, int]] = []
    for group in _groups(sentence, found):
        start, end = group[0][1], group[-1][2]
        if end <= ts:
            between = sentence[end:ts]
            joined = (_BEFORE_THING.match(between) is not None or (
                # "Her novel “Hurricane Season,”": a possessive pronoun for the person.
                re.fullmatch(r"(?:[Hh]er|[Hh]is|[Tt]heir)", sentence[start:end]) is not None
                and re.match(r"\s+" + _FEW_WORDS + _OPEN + r"\Z", between) is not None)) and (
                # Right next to it, the group needs a credit word before it ("starring
                # Eugenio Derbez and Loreto Peralta *Instructions…*").
                bool(between.strip(" (“‘\"*[_"))
                or _CREDIT_BEFORE.search(sentence, 0, start) is not None)
        elif start >= te:
            joined = _AFTER_THING.match(sentence[te:start]) is not None
        else:
            joined = False
        if joined:
            tied.extend(group)
    return tied
