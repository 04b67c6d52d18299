"""Claims and the disagreements between them: when do two stated values say different things?

A claim is one source saying that a subject's attribute has a value, at a span. Two claims
about the same subject and attribute *agree* when their values could both be true, compared
after normalising: dates agree when one contains the other ("June 30" and "2021-06-30", "March
2011" and "March 18, 2011"); numbers compare as the ranges their words state ("at least 300"
agrees with 300 and with "300 to 500", not with 28; "about 28" agrees with 28); other values
compare accent- and case-blind; a person's roles compare by the canonical role each is filed
under, one agreeing with another that contains its words ("producer" and "executive
producer"), and the roles one source gives a person never disagree with one another (a
person may hold several). A :class:`Disagreement` is a subject and attribute whose claims
fall into more than one group of agreeing values. Within a group each value stated in other
words is a row of its own (:meth:`ValueGroup.rows`): "between 200 and 300" agrees with "300",
but it does not state 300.

Plain Python: the builder uses it, and a test holds it to the disagreements a reader finds.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from viewer.archive.dates import fact_date
from viewer.archive.extract.base import fold
from viewer.archive.reasons import Reason
from viewer.archive.topics import REMARK

#: Words before a number that make it a lower bound, an upper bound or an approximation.
_AT_LEAST = re.compile(r"\b(?:at least|more than|over|exceeding|upwards of)\s+$", re.I)
_AT_MOST = re.compile(r"\b(?:at most|up to|fewer than|less than|under|nearly|almost|"
                      r"approaching)\s+$", re.I)
_ABOUT = re.compile(r"\b(?:about|approximately|around|roughly|some|an estimated|estimated)"
                    r"\s+$", re.I)
_RANGE = re.compile(r"^(?P<low>\d+(?:\.\d+)?)\s*[–-]\s*(?P<high>\d+(?:\.\d+)?)$")
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
#: How far "about 28" reaches either way.
APPROXIMATION = 0.1


@dataclass(frozen=True)
class Claim:
    """One value one source states: ``value`` the normalised reading, ``stated`` the words."""

    subject: str
    attribute: str
    value: str
    stated: str
    source: str
    spans: tuple[tuple[int, int], ...]
    topic: str = ""
    record: tuple[str, int] | None = None
    #: A curator's reason (seeds/corrections.toml) where curation made the claim: its spans
    #: are then marked "curated" with it.
    curated: str = ""
    #: A set of names (the series' directors), compared as a set; ``complete`` where the
    #: source lists every one (every episode's), so a name it leaves out disagrees with it.
    names: tuple[str, ...] = ()
    complete: bool = False
    #: The builder's reasons where the value is read, not stated, at its spans.
    inferred: tuple[Reason, ...] = ()
    #: A role's canonical name ("Composer" for "original score"): what is compared,
    #: where the value is a person's role in a source's words; "" for any other claim.
    role: str = ""


@dataclass(frozen=True)
class Reading:
    """What a value means for comparison: a number range, a date or a folded name."""

    kind: str  # "number", "date", "name", "role", "words" or "names"
    low: float = 0.0
    high: float = 0.0
    text: str = ""
    #: For "names": the folded names, and whether the source lists every one.
    members: frozenset[str] = frozenset()
    complete: bool = False


def reading(claim: Claim) -> Reading:
    """Read a claim's value for comparison, using the qualifiers of its stated words."""
    if claim.role:
        return Reading("role", text=fold(claim.role))
    if claim.names:
        members = frozenset(fold(n) for n in claim.names)
        return Reading("names", text="; ".join(sorted(members)), members=members,
                       complete=claim.complete)
    if claim.attribute == REMARK:  # a quote's words, compared whole
        return Reading("words", text=" ".join(fold(claim.value).split()))
    date = fact_date(claim.topic, claim.value) if claim.topic else None
    if date is not None:
        return Reading("date", text=date.iso())
    value = claim.value.replace(",", "")
    if m := _RANGE.match(value):
        low, high = float(m["low"]), float(m["high"])
        if re.search(r"\b(?:over|more than)\s+\d[\d,]*\s*$", claim.stated):
            high = math.inf  # "40 to over 300"
        return Reading("number", low, high)
    if _NUMBER.match(value):
        n = float(value)
        number = re.search(r"\d[\d,.]*", claim.stated)
        before = claim.stated[:number.start()] if number else ""
        if _AT_LEAST.search(before):
            return Reading("number", n, math.inf)
        if _AT_MOST.search(before):
            return Reading("number", 0.0, n)
        if _ABOUT.search(before) or re.search(r"\b(?:approximately|about)\b", claim.stated):
            return Reading("number", n * (1 - APPROXIMATION), n * (1 + APPROXIMATION))
        return Reading("number", n, n)
    return Reading("name", text=fold(value))


def agree(a: Reading, b: Reading) -> bool:
    """Whether two readings could both be true."""
    if a.kind != b.kind:
        return False
    if a.kind == "number":
        return a.low <= b.high and b.low <= a.high
    if a.kind == "date":
        return _dates_agree(a.text, b.text)
    if a.kind == "role":
        return _roles_agree(a.text, b.text)
    if a.kind == "names":
        return _names_agree(a, b)
    return a.text == b.text


def _names_agree(a: Reading, b: Reading) -> bool:
    """Two lists that each name every one agree when equal; one that does agrees with any
    names it holds; two partial lists always could both be true."""
    if a.complete and b.complete:
        return a.members == b.members
    if a.complete:
        return b.members <= a.members
    if b.complete:
        return a.members <= b.members
    return True


def _roles_agree(a: str, b: str) -> bool:
    """Folded roles: one's words all in the other's ("producer", "executive producer")."""
    x, y = set(a.split()), set(b.split())
    return x <= y or y <= x


def _dates_agree(a: str, b: str) -> bool:
    """ISO dates at any precision, "--06-30" for a day without a year: one contains the other."""
    if a.startswith("--") or b.startswith("--"):
        return a[-len("06-30"):] == b[-len("06-30"):] if min(len(a), len(b)) >= 5 else True
    return a.startswith(b) or b.startswith(a)


@dataclass
class ValueGroup:
    """Claims whose values agree with one another: one side of a disagreement."""

    claims: list[Claim] = field(default_factory=list)
    readings: list[Reading] = field(default_factory=list)

    @property
    def value(self) -> str:
        """The value most of the group's claims give (the longest, where they tie)."""
        values = [c.value for c in self.claims]
        return max(values, key=lambda v: (values.count(v), len(v), -values.index(v)))

    def rows(self) -> list[tuple[str, list[Claim]]]:
        """Each value the group's claims state, with the claims stating it, in order of first
        claim: a claim is listed only under the value its words state. A number or a role is
        its stated words ("at least 300", "between 200 and 300" and "300" are three rows); a
        date is its reading at its precision, a name its folded form, each shown as most of
        its claims give it."""
        by_key: dict[str, list[Claim]] = {}
        for claim, r in zip(self.claims, self.readings, strict=True):
            key = (" ".join(fold(claim.stated).split()) if r.kind in ("number", "role")
                   else r.text)
            by_key.setdefault(key, []).append(claim)
        out = []
        for claims in by_key.values():
            if reading(claims[0]).kind in ("number", "role"):
                label = " ".join(claims[0].stated.split())
            else:
                label = ValueGroup(claims).value
            out.append((label, claims))
        return out


@dataclass(frozen=True)
class Disagreement:
    subject: str
    attribute: str
    kind: str
    groups: tuple[ValueGroup, ...]


def disagreements(claims: Sequence[Claim]) -> list[Disagreement]:
    """Every subject and attribute whose claims do not all agree, in order of first claim.

    The claims of one subject and attribute are split into groups whose values all agree
    with one another: "300", "at least 300" and "300 to 500" are one group, 28 another. Each
    kind of value is grouped in one pass over its claims in order (a large archive states
    one attribute thousands of times): number ranges by a sweep from the lowest, a group
    lasting while the ranges so far still share a point; dates by a sweep in calendar order,
    a group lasting while each date contains or is contained by the most precise one so far;
    names by their folded form. Groups are listed in the order of their first claim.
    """
    by_key: dict[tuple[str, str], list[tuple[int, Claim, Reading]]] = {}
    for i, claim in enumerate(claims):
        by_key.setdefault((claim.subject, claim.attribute), []).append(
            (i, claim, reading(claim)))
    found: list[Disagreement] = []
    for (subject, attribute), stated in by_key.items():
        groups = [*_number_groups([s for s in stated if s[2].kind == "number"]),
                  *_date_groups([s for s in stated if s[2].kind == "date"]),
                  *_name_groups([s for s in stated if s[2].kind in ("name", "words")]),
                  *_role_groups([s for s in stated if s[2].kind == "role"]),
                  *_names_groups([s for s in stated if s[2].kind == "names"])]
        if len(groups) > 1:
            groups.sort(key=lambda g: g[0][0])
            kinds = {r.kind for g in groups for _i, _c, r in g}
            found.append(Disagreement(subject, attribute, "/".join(sorted(kinds)), tuple(
                ValueGroup([c for _i, c, _r in g], [r for _i, _c, r in g]) for g in groups)))
    return found


_Stated = tuple[int, Claim, Reading]


def _in_claim_order(group: list[_Stated]) -> list[_Stated]:
    return sorted(group, key=lambda s: s[0])


def _number_groups(stated: list[_Stated]) -> list[list[_Stated]]:
    groups: list[list[_Stated]] = []
    common_high = -math.inf
    for s in sorted(stated, key=lambda s: (s[2].low, s[2].high, s[0])):
        if groups and s[2].low <= common_high:
            groups[-1].append(s)
            common_high = min(common_high, s[2].high)
        else:
            groups.append([s])
            common_high = s[2].high
    return [_in_claim_order(g) for g in groups]


def _date_groups(stated: list[_Stated]) -> list[list[_Stated]]:
    groups: list[list[_Stated]] = []
    most_precise = ""
    dated = sorted((s for s in stated if not s[2].text.startswith("--")),
                   key=lambda s: (s[2].text, s[0]))
    for s in dated:
        if groups and _dates_agree(s[2].text, most_precise):
            groups[-1].append(s)
            most_precise = max(most_precise, s[2].text, key=len)
        else:
            groups.append([s])
            most_precise = s[2].text
    # A day stated without its year joins the first group it agrees with.
    for s in (s for s in stated if s[2].text.startswith("--")):
        home = next((g for g in groups if _dates_agree(
            s[2].text, max((o[2].text for o in g), key=len))), None)
        if home is None:
            groups.append([s])
        else:
            home.append(s)
    return [_in_claim_order(g) for g in groups]


def _name_groups(stated: list[_Stated]) -> list[list[_Stated]]:
    groups: dict[str, list[_Stated]] = {}
    for s in stated:
        groups.setdefault(s[2].text, []).append(s)
    return list(groups.values())


def _role_groups(stated: list[_Stated]) -> list[list[_Stated]]:
    """A person's roles: those one source gives are one group (a person may hold several),
    joined by any role agreeing with one of another source's. Few roles per person: the
    pairs are compared directly."""
    parent = list(range(len(stated)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (_a, ca, ra) in enumerate(stated):
        for j in range(i):
            _b, cb, rb = stated[j]
            if ca.source == cb.source or _roles_agree(ra.text, rb.text):
                parent[root(i)] = root(j)
    groups: dict[int, list[_Stated]] = {}
    for i, s in enumerate(stated):
        groups.setdefault(root(i), []).append(s)
    return [_in_claim_order(g) for g in groups.values()]


def _names_groups(stated: list[_Stated]) -> list[list[_Stated]]:
    """Complete lists grouped by their names; a partial list joins the first complete one
    holding its names, else the partial lists no complete one holds make one group."""
    groups: dict[frozenset[str], list[_Stated]] = {}
    for s in stated:
        if s[2].complete:
            groups.setdefault(s[2].members, []).append(s)
    loose: list[_Stated] = []
    for s in stated:
        if not s[2].complete:
            home = next((g for names, g in groups.items() if s[2].members <= names), None)
            (loose if home is None else home).append(s)
    return [_in_claim_order(g) for g in [*groups.values(), *([loose] if loose else [])]]
