"""Family names the seeds give people: read across every seed, once all people are known.

A researcher sorts people by family name (issue 28), and a name's last word is not always it:
"Victor Hernández Stumpfhauser" and "Antonio López Torres" carry two, "Alba del Campo" a
particle, "Mario Alberto Quiñones" two given names. So a family name is read from what the
seeds say, never guessed silently:

* **Stated** — a seed names the person by the family name alone: "Schamus said", "James
  Schamus' project", "Thompson's report", "Revilla's television expertise", or a reference
  list's "Thompson, Ginger". The words must stand alone (a run of capitalised words that is
  exactly the end of the person's name, not "University of Puebla", nor the end of a mention
  of a whole name the run breaks: 'Agustín "Tyson" Rodríguez') and name one person
  only ("Solares" names Sandra and Ana Solares: no evidence for either, unless followed by
  ", Sandra"). The longest such end wins.
* **Inferred** (the reason says how) — where no seed does: the second of two words ("Mercedes
  Hernández"); the words from a particle on ("del Campo"); for three words or more, the words
  from one that ends another person's name in the archive ("Hernández", as in Mercedes
  Hernández), or the last word when each word between the first and the last begins another
  person's name and ends none (the first word is not looked at). Where the sources do use
  the words alone but they end several people's names ("Solares"), the reason says that,
  not that no source names the person so.
* **Unknown** — otherwise (one word, "Luis Mario" whose "Mario" is someone's given name,
  "Gilberto Alanís Mendoza"): no family name, and the person sorts by the full name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from viewer.archive import reasons as R
from viewer.archive.extract.base import Located, Span, fold
from viewer.archive.extract.prose import UPPER
from viewer.archive.reasons import Reason, say
from viewer.archive.schema import sort_key

#: Lower-case words that open a family name ("del Campo", "de Jesús", "van Dyke"); a name's
#: words are compared one at a time, so "de la" is its "de".
PARTICLES = frozenset({"de", "del", "la", "las", "los", "van", "von", "der", "den",
                       "da", "das", "di", "do", "dos", "du", "des", "le", "y"})
_CAP = UPPER + "\u0100-\u017f"  # and Latin Extended-A's ("Ł", "Š")
#: A run of capitalised words, each joined to the next by one space: what a name looks like
#: in running text. A run is compared whole, so "James Schamus" never reads as "Schamus".
_RUN = re.compile(rf"(?<![\w'’])[{_CAP}][\w'’.-]*(?:[ \u00a0][{_CAP}][\w'’.-]*)*")
#: What ends a run but is not part of the name: a possessive, a full stop.
_TRAILING = re.compile(r"(?:['’]s|['’]|\.)$")
#: "University of Puebla", "Universidad Autónoma de Puebla": the run ends a longer name.
_NAME_BEFORE = re.compile(
    rf"[{_CAP}][\w'’.-]*(?:\s+(?:of|de|del|de la|la|von|van|da|y))?[ \u00a0]+$")
_NICKNAME = re.compile(r"[\"“][^\"”]*[\"”]")


@dataclass(frozen=True)
class Named:
    """A person as the merger knows them: the shown name, every spelling, the mentions."""

    key: str
    name: str
    spellings: tuple[str, ...]
    mentions: tuple[tuple[int, Located], ...]


@dataclass(frozen=True)
class Surname:
    """A person's family name and where it comes from. ``status`` is "stated" or "inferred"
    (with ``reason``); ``located`` points at the words that support it."""

    value: str
    source_id: int
    located: Located
    status: str
    reasons: tuple[Reason, ...] = ()

    @property
    def reason(self) -> str | None:
        """Why, in English (the archive keeps the parts too, to say it in other languages)."""
        return say(self.reasons) or None


def name_words(name: str) -> list[str]:
    """The words of a name, a quoted nickname left out ('Agustín "Tyson" Rodríguez')."""
    return _NICKNAME.sub(" ", name).split()


def _family_start(words: list[str]) -> int | None:
    """Where a particle opens the family name, if one does (never the first word)."""
    for i in range(1, len(words) - 1):
        if words[i] in PARTICLES:
            return i
    return None


def ends(words: list[str]) -> list[str]:
    """The ends of a name that could be its family name, longest first: "Hernández
    Stumpfhauser", "Stumpfhauser"; from a particle on, "del Campo", never "Campo"."""
    start = _family_start(words)
    if start is not None:
        return [" ".join(words[start:])]
    return [" ".join(words[k:]) for k in range(1, len(words))]


def sort_form(surname: str) -> str:
    """The family name as it sorts: a leading particle left out ("del Campo" among the C's)."""
    words = surname.split()
    while len(words) > 1 and words[0] in PARTICLES:
        words = words[1:]
    return " ".join(words)


def surname_sort_key(name: str, surname: Surname | None) -> str:
    """How a name sorts by family name: the family name (a leading "del" left out), then
    the given names; the whole name where the family name is not known. A unit separator
    joins the two, below any letter or space, so "Hernández, Mercedes" comes before
    "Hernández Stumpfhauser, Victor"."""
    if surname is None:
        return sort_key(name)
    cut = name.rfind(surname.value)
    given = name[:cut] if cut > 0 else name
    return f"{sort_key(sort_form(surname.value))}\x1f{sort_key(given)}"


def read_surnames(people: Iterable[Named], texts: Mapping[int, str],
                  taken: Iterable[str] = ()) -> dict[str, Surname]:
    """Each person's family name, by key; people with none are left out. ``texts`` are the
    seeds' texts by source id; ``taken`` names that are not people (characters, places,
    organisations), whose words never count as anyone's family name."""
    people = list(people)
    blocked = {fold(t) for t in taken}
    for name in list(blocked):
        blocked.update(name.split())
    given: dict[str, list[str]] = {}  # folded first word → the names it begins
    last: dict[str, list[str]] = {}  # folded last word → the names it ends
    for p in people:
        words = name_words(p.name)
        if len(words) > 1:
            given.setdefault(fold(words[0]), []).append(p.name)
            last.setdefault(fold(words[-1]), []).append(p.name)
    # Each end of each spelling, exactly as spelled → the people it could name.
    candidates: dict[str, list[tuple[Named, str]]] = {}
    for p in people:
        for spelling in dict.fromkeys((p.name, *p.spellings)):
            words = name_words(spelling)
            for end in ends(words):
                folded = fold(end)
                if folded in given or folded in blocked:
                    continue  # "Jesús" begins Jesús Sida's name: alone, it is not a surname
                given_part = " ".join(words[:len(words) - len(end.split())])
                candidates.setdefault(end, []).append((p, given_part))
    inside: dict[int, set[tuple[int, int]]] = {}  # source id → mentions' bounds
    for p in people:
        for sid, loc in p.mentions:
            inside.setdefault(sid, set()).add((loc.spans[0].start, loc.spans[-1].end))
    found: dict[str, Surname] = {}
    #: Key → (the words used alone, the names they end): a family name the sources use alone
    #: that names several people, so no evidence for any one (the reason says so).
    shared: dict[str, tuple[str, list[str]]] = {}
    for sid, text in sorted(texts.items()):
        for m in _RUN.finditer(text):
            run = m.group()
            if run[-1] in "'’.s":
                run = _TRAILING.sub("", run)
            named = candidates.get(run)
            if not named:
                continue
            if _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue
            if any(s <= m.start() and m.start() + len(run) <= e and e - s > len(run)
                   for s, e in inside.get(sid, ())):
                # Inside a mention of a whole name that breaks the run ('Agustín "Tyson"
                # Rodríguez', the explainer's "Miguel ngel Trevio"): not used alone.
                continue
            after = text[m.start() + len(run):m.start() + len(run) + 60]
            people_named = {p.key: p for p, _g in named}
            if len(people_named) > 1:
                # A reference list's "Solares, Sandra" says which one.
                which = {p.key: p for p, g in named
                         if g and re.match(rf",\s+{re.escape(g)}\b", after)}
                if len(which) != 1:
                    for key in people_named:
                        shared.setdefault(key, (run, [p.name for p in people_named.values()]))
                    continue
                people_named = which
            person = next(iter(people_named.values()))
            known = found.get(person.key)
            if known is not None and len(known.value) >= len(run):
                continue
            located = Located(run, (Span(m.start(), m.start() + len(run)),))
            found[person.key] = Surname(run, sid, located, "stated")
    for p in people:
        if p.key not in found and (inferred := _inferred(p, given, last, texts,
                                                         shared.get(p.key))) is not None:
            found[p.key] = inferred
    return found


def _inferred(p: Named, given_names: Mapping[str, list[str]],
              last_names: Mapping[str, list[str]], texts: Mapping[int, str],
              shared: tuple[str, list[str]] | None = None) -> Surname | None:
    """A family name read from the form of the name, with the reason; None when the form
    does not tell (see the module docstring). ``shared``: the words the sources use alone
    that end this name and others' (the names), so no evidence for this one."""
    def other(names: Mapping[str, list[str]], word: str) -> str | None:
        # Other people's names only: "Luis Mario" itself ends with "Mario".
        return next((n for n in names.get(word, ()) if n != p.name), None)

    words = name_words(p.name)
    if len(words) < 2:
        return None
    lead = Reason(R.SURNAME_NOT_ALONE, {"name": p.name}) if shared is None else Reason(
        R.SURNAME_SHARED, {"word": shared[0], "names": R.joined(shared[1])})
    start = _family_start(words)
    reason: Reason | None = None
    if start is not None:
        reason = Reason(R.SURNAME_FROM_PARTICLE, {"word": words[start]})
    elif len(words) == 2:
        second = fold(words[1])
        if other(given_names, second) and not other(last_names, second):
            return None  # "Luis Mario": Mario begins Mario Alberto Quiñones' name
        start, reason = 1, Reason(R.SURNAME_SECOND_WORD)
    else:
        # Neither the first word nor the last is looked at: the reason claims only what the
        # words between them were found to do.
        begun: list[Reason] = []  # "“Alberto” begins Alberto Ruiz", word by word
        for i in range(1, len(words)):
            word = fold(words[i])
            other_last = other(last_names, word)
            other_given = other(given_names, word)
            if i == len(words) - 1:
                start, reason = i, Reason(R.SURNAME_LAST_WORD,
                                          {"begun": tuple(begun), "word": words[i]})
            elif other_last is not None and other_given is None:
                start, reason = i, Reason(R.SURNAME_ENDS_ANOTHER,
                                          {"word": words[i], "other": other_last})
                break
            elif other_given is not None and other_last is None:
                begun.append(Reason(R.SURNAME_BEGINS, {"word": words[i],
                                                       "other": other_given}))
                continue
            else:
                return None
    value = " ".join(words[start:])
    mention = next(((sid, loc) for sid, loc in p.mentions if value in loc.text), None) or next(
        ((sid, loc) for sid, loc in p.mentions if fold(value) in fold(loc.text)), None)
    if reason is None:
        return None
    if mention is None:
        # "Miguel and Omar Treviño": no mention holds the family name, but the words give it
        # once after both given names; those words are where it is read.
        return _after_both(p, value, texts, (lead, reason))
    sid, loc = mention
    return Surname(value, sid, Located(loc.text, loc.spans, value), "inferred",
                   (lead, reason))


def _after_both(p: Named, value: str, texts: Mapping[int, str],
                reasons: tuple[Reason, ...]) -> Surname | None:
    """The family name ``value`` where a mention of the given name alone is followed by
    "and", another given name and ``value`` ("Miguel and Omar Treviño"), or None."""
    for sid, loc in p.mentions:
        text = texts.get(sid, "")
        end = loc.spans[-1].end
        after = re.match(rf"\s+(?:and|y|&)\s+[{_CAP}][\w'’.-]*\s+({re.escape(value)})\b",
                         text[end:end + 80])
        if after is None:
            continue
        start = loc.spans[0].start
        words = " ".join(text[start:end + after.end(1)].split())
        said = Reason(R.SURNAME_AFTER_BOTH, {"word": value, "words": words})
        return Surname(value, sid, Located(words, (Span(start, end + after.end(1)),), value),
                       "inferred", (*reasons, said))
    return None
