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

Two things are tied the same way (:func:`tied_things`): being listed together ("Lust,
Caution," "Hulk," "Ride with the Devil"…) ties none of them to another; the words between
must say how they go together: a preposition ("Oscar nominations for *Brokeback Mountain*",
"Torreón and Allende in Coahuila", "the massacre perpetrated by the Los Zetas cartel"), a
verb of making or of winning ("Focus Features produced … films, including …", "“Acorazado,”
which he wrote and directed, was nominated for an Ariel Award"), an appositive ("“Nora’s
Will” (2008), her debut feature, winner of … seven Ariel Awards"). A list after the words is
one group, each tied; a list before them only where the words speak of them all ("Torreón and
Allende in", "the latter two titles having been nominated for"); else only the nearest is.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING, TypeVar

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


_Named = TypeVar("_Named")


def _groups(sentence: str, found: Iterable[tuple[_Named, int, int]],
            join: re.Pattern[str] = _GROUP_JOIN) -> list[list[tuple[_Named, int, int]]]:
    """The people (or things) named one after another, joined by "and" or commas (as
    ``join`` reads the words between them), as groups."""
    groups: list[list[tuple[_Named, int, int]]] = []
    for p in sorted(found, key=lambda f: f[1]):
        if groups and join.match(sentence[groups[-1][-1][2]:p[1]]):
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


#: Between two things of one list: commas or "and", their titles' quotes and years, and a
#: determiner or a count ("received the 2019 Anna Seghers Prize, the 2019 International
#: Prize…", "three Academy Awards, four Golden Globe Awards").
_COUNT = r"(?:an?|the|two|three|four|five|six|seven|eight|nine|ten|several)\s+"
_THING_JOIN = re.compile(
    r"\A[”’\"*)\]_]*\s*(?:\((?:19|20)\d\d\)\s*)?"
    r"(?:,[”’\"*_]*\s*(?:and\s+)?|\s+and\s+|\s*&\s*)"
    r"(?:" + _COUNT + r")?(?:(?:19|20)\d\d\s+)?[“‘\"*(\[_]*\Z", re.I)
#: After the first thing's name: its title's closing marks, a link's target ("](#)"), its year.
_SHUT = r"[”’\"*)\]_.]*(?:\([^)\s]*\))?[”’\"*)\]_.]*\s*(?:\((?:19|20)\d\d\)\s*)?"
_SHUT_COMMA = r"[”’\"*)\]_.,]*(?:\([^)\s]*\))?[”’\"*)\]_.,]*\s*(?:\((?:19|20)\d\d\)\s*)?,?\s*"
_THE = r"(?:(?:an?|the|its|their|his|her)\s+)?"
_AWARD_VERB = (r"(?:nominated\s+for|shortlisted\s+for|awarded|won|received|earned|"
               r"winner\s+of|recipient\s+of)")
_BY_VERB = (r"(?:published|produced|written|directed|made|distributed|released|commissioned|"
            r"funded|perpetrated|committed|carried\s+out|triggered|caused|considered|named|"
            r"chosen|praised)")
#: Words that tie the thing before them and each of a list after them, and also each of a
#: list before them: a preposition right after the names ("Torreón and Allende in
#: Coahuila"), "the latter two titles having been nominated for".
_TIES_EACH = re.compile(
    r"\A" + _SHUT + r"(?:"
    r"(?:nominations?|nods?)\s+for\s+" + _THE
    + r"|(?:for|in|at|of|from|against|on|near|within)\s+" + _THE + r"(?:(?:19|20)\d\d\s+)?"
    + r"|(?:that|which)\s+(?:took\s+place|happened|occurred)\s+in\s+" + _THE
    + r"(?:[^\s,;:()“”\"*]+\s+){0,3}of\s+"
    + r"|(?:,[”’\"*_]*\s*)?(?:the\s+(?:latter|former)\s+(?:two\s+|three\s+)?[^\s,;:]+\s+)?"
    r"(?:having\s+been|were|have\s+been|had\s+been)\s+(?:also\s+)?" + _AWARD_VERB
    + r"\s+" + "(?:" + _COUNT + ")?" + _FEW_WORDS
    + r")[“‘\"*(\[_]*\Z", re.I)
#: Being nominated for, or winning, a prize: its verb, a count, a year, a few words.
_WON = (r"(?:(?:which|that)\s+)?(?:(?:was|were|has\s+been|have\s+been|is|also|recently)\s+)*"
        + _AWARD_VERB + r"\s+(?:" + _COUNT + r")?(?:(?:19|20)\d\d\s+)?" + _FEW_WORDS)
#: Words that tie the nearest thing before them to each of a list after them.
_TIES_NEAREST = re.compile(
    r"\A" + _SHUT_COMMA + r"(?:"
    # "Carl Theodor Dreyer's Gertrud," published by the University of Washington Press;
    # written by Ginger Thompson for *ProPublica*; perpetrated by the Los Zetas cartel
    + _BY_VERB + r"\s+by\s+" + _THE + r"(?:(?:[^\s,;:()“”\"*]+\s+){1,4}for\s+)?"
    # Canatlán, north of Durango
    + r"|(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of\s+" + _THE
    # "Acorazado," which he wrote and directed, was nominated for; "The Assistant," starring
    # Julia Garner (which was recently nominated for
    + r"|(?:(?:starring|featuring|(?:directed|written)\s+by)\s+[^,;()]{1,60}?\s*\(\s*)?"
    r"(?:(?:which|that|who)\s+[^,;()]{1,40},\s*)?" + _WON
    # “Nora’s Will” (2008), her debut feature, winner of several … awards, including seven
    + r"|(?:(?:her|his|their|its|the|an?)\s+[^,;()]{1,40},\s*)?(?:winner|recipient|nominee)s?"
    r"\s+of\s+[^,;()]{0,60}?,\s*including\s+" + "(?:" + _COUNT + ")?"
    # *Somos*. (2021), the new Netflix original series that is a fiction based on the article
    + r"|(?:the|an?)\s+[^,;()“”\"*]{0,60}?\b(?:based\s+on|inspired\s+by|adapted\s+from)\s+"
    + _THE + _FEW_WORDS
    # Focus Features produced many critically acclaimed … films, including
    + r"|(?:produced|released|distributed|published|made|financed)\s+[^;:()“”\"*]{0,80}?"
    r",?\s*including\s+"
    # the Jóvenes Creadores grant from the Mexican National Fund … (FONCA) to write
    + r"|[^,;“”\"*]{0,80}?\bto\s+(?:write|direct|produce|make|film|develop|finish)\s+"
    + r")[“‘\"*(\[_]*\Z", re.I)

#: The same across a clause set off by commas: "Hurricane Season," considered by the New
#: York Times as the best Mexican novel of 2017, received the 2019 (the comma before it is
#: what makes it an aside, not the words of the thing named last).
_TIES_ACROSS = re.compile(r"\A" + _SHUT + r",[”’\"*_]*\s*[^,;()]{1,90}?,\s*" + _WON
                          + r"[“‘\"*(\[_]*\Z", re.I)


def tied_things(sentence: str, found: Iterable[tuple[_Named, int, int]]
                ) -> list[tuple[_Named, _Named, int, int]]:
    """Of the things ``found`` in ``sentence`` (each with its start and end there), the
    pairs its words tie, each with the start and end of the words that tie them: from the
    first one's name to the second's, both names included. Every pair once, in the order
    the sentence names them."""
    groups = _groups(sentence, found, _THING_JOIN)
    tied: list[tuple[_Named, _Named, int, int]] = []
    for i, left in enumerate(groups):
        for right in groups[i + 1:]:
            between = sentence[left[-1][2]:right[0][1]]
            if _TIES_EACH.match(between) or between == " ":
                # "A 2018 Justice Department Inspector General probe": one names the other's
                # owner, with nothing between.
                firsts = left
            elif _TIES_NEAREST.match(between) or _TIES_ACROSS.match(between):
                firsts = left[-1:]
            else:
                continue
            tied.extend((a, b, a_start, b_end) for a, a_start, _a_end in firsts
                        for b, _b_start, b_end in right)
    return tied
