"""The one place user text becomes an FTS5 query.

FTS5's query language punishes ordinary typing (``don't``, ``spider-man``, ``park.`` and an
unbalanced quote are all errors), so :func:`build_match` reads the user's text as words and
only keeps syntax the user clearly meant: balanced ``"phrases"``, balanced parentheses,
upper-case ``AND``/``OR``/``NOT`` between terms, ``title:``/``body:`` column filters and a
trailing ``*`` for prefixes. Everything else is quoted. When something had to be ignored, the
result says so in ``notice`` rather than raising.

A window in another language shows the archive's own vocabulary (roles, fact labels, kinds…)
translated, while the index holds it in English: given the window's (shown, stored) word pairs,
:func:`with_stored_words` lets a term that matches a shown word ("guionista") find its stored
word too (``( "guionista" OR "writer" )``).

Also here: the words a plain search keeps (:func:`content_words`), the forgiving form of a word
(:func:`forgiving_term`) and the terms of an expression (:func:`expression_terms`), which
:mod:`viewer.archive.search` uses to run, bound and relax a search.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from viewer.archive.named_records import EPISODE_WORDS
from viewer.archive.roles import WORK_VERBS
from viewer.archive.stop_words import ASKED_ABOUT, asking, fold, is_stop_word
from viewer.archive.topics import sentence_case
from viewer.i18n import message as _

OPERATORS = ("AND", "OR", "NOT")
#: The column filters a person may write, each as FTS5 reads it. ``title:`` means what the
#: results' Record column shows: a record's own name or title, or the heading a passage sits
#: under, and the people a record is made of (an episode's directors and writers), which the
#: search index keeps in columns of their own (the heading weighed less:
#: :data:`~viewer.archive.schema.SEARCH_COLUMNS`). So it is every column but the body, which
#: a table's own index (two columns, no heading) reads the same way.
COLUMNS = {"title": "-body:", "body": "body:"}
MAX_TERMS = 32
#: Deeper groups are read as plain words: FTS5's parser has a fixed stack.
MAX_DEPTH = 8
_TOKEN = re.compile(r'"[^"]*"\*?|\(|\)|[^\s()"]+|"')
_QUOTED = re.compile(r'"((?:[^"]|"")*)"(\*?)')
#: A run of letters and digits: a word as FTS5's tokenizer splits it.
WORD_CHARS = re.compile(r"[^\W_]+")
_SURROGATE = re.compile("[\ud800-\udfff]")
_ONE_LETTER_PREFIX = re.compile(r'^T:(?:-?body:)?"([^"])"\*$')
#: One term of an expression as :func:`build_match` writes it: column filter, phrase, star.
_TERM = re.compile(r'((?:-?body:)?)"((?:[^"]|"")*)"(\*?)')

#: What a window shows for words of the archive's own vocabulary, as (shown, stored) pairs
#: (the Spanish window's "Guionista" for "Writer"); empty where it shows them as stored. A
#: plain tuple, so that the GUI can hand it to the data layer, which knows no catalogues.
ShownPairs = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class MatchQuery:
    """``expression`` is safe to pass to MATCH, or None when the text has nothing to search."""

    expression: str | None
    notice: str | None = None


def _has_word(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _word(raw: str) -> str | None:
    """One bare word as a quoted FTS5 string, keeping a trailing ``*`` as a prefix marker."""
    prefix = raw.endswith("*")
    core = raw.rstrip("*")
    col = ""
    if ":" in core:
        name, _sep, rest = core.partition(":")
        if name.lower() in COLUMNS and _has_word(rest):
            col, core = COLUMNS[name.lower()], rest
    core = core.replace("*", " ")
    if not _has_word(core):
        return None
    return col + _quote(core) + ("*" if prefix else "")


def _tidy(parts: list[str]) -> list[str]:
    """Drop what dropping empty groups left behind: an operator with nothing on one side
    ("( a AND )" from "(a ())", "( OR a )" from "(() OR a)") and groups emptied by that."""
    while True:
        out: list[str] = []
        for item in parts:
            if item.startswith("O:") and (not out or out[-1] == "(" or out[-1].startswith("O:")):
                continue
            if item == ")" and out and out[-1].startswith("O:"):
                out.pop()
            if item == ")" and out and out[-1] == "(":
                out.pop()
                continue
            out.append(item)
        while out and out[-1].startswith("O:"):
            out.pop()
        if out == parts:
            return out
        parts = out


def _is_plain_word(token: str) -> bool:
    return (token not in OPERATORS and token not in "()" and not token.startswith('"')
            and ":" not in token and _has_word(token))


def content_words(text: str) -> list[str] | None:
    """The words of ``text`` that say what is sought (stop and question words, and words that
    ask after a question word, "many" in "how many", left out when any other word remains),
    or None when ``text`` uses search syntax (quotes, parentheses, operators, column filters,
    ``*``), which is then taken as written."""
    tokens = _TOKEN.findall(without_surrogates(text).replace("\x00", " "))
    if not tokens or not all(_is_plain_word(t) and "*" not in t for t in tokens):
        return None
    kept = [t for t, asks in zip(tokens, asking(
        ["".join(WORD_CHARS.findall(t)) for t in tokens]), strict=True) if not asks
            and not all(is_stop_word(w) for w in WORD_CHARS.findall(t))]
    return kept or tokens


def reads_as_sentence(text: str) -> bool:
    """Whether ``text`` is plain words among which are some a question or sentence carries
    (stop and question words, which :func:`content_words` leaves out): words asked in prose,
    which the search widens to records with some of them (``"who directed episode 3"``, not
    ``"ranch night police"``)."""
    words = content_words(text)
    return words is not None and len(words) < len(_TOKEN.findall(
        without_surrogates(text).replace("\x00", " ")))


def _as_searched(text: str, prefix_last: bool) -> str:
    words = content_words(text)
    if words is None:
        return text
    still_typing = prefix_last and not text[-1:].isspace() and not words[-1].isdigit()
    return " ".join(words) + ("*" if still_typing else "")


def search_box_filter(text: str) -> str:
    """What the search box searched for ``text`` (stop words out, the last word a prefix),
    as a table filter or an export's query writes it: "all matching" then means the records
    the search listed ("Chenil" → ``Chenil*``)."""
    return _as_searched(text, prefix_last=True).strip()


def build_match(text: str, *, prefix_last: bool = False, words_shown: ShownPairs = ()
                ) -> MatchQuery:
    """Turn what a person typed into a valid FTS5 expression (see the module docstring).

    Plain words (no search syntax) lose their stop and question words when others remain
    (:mod:`viewer.archive.stop_words`); with ``prefix_last`` the last word, still being
    typed, is a prefix ("Chenil" finds Chenillo) unless a space follows it. ``words_shown``: the
    window's words for the archive's own, which a term finds too (:func:`with_stored_words`)."""
    if content_words(text) is not None:
        text = _as_searched(text, prefix_last)
    typed = bool(text.strip())  # NULs alone are something typed, though no words
    text = without_surrogates(text).replace("\x00", " ").strip()
    if not _has_word(text):
        return MatchQuery(None, _("Type a word to search.") if typed else None)
    notices: list[str] = []
    if text.count('"') % 2:
        text = text.replace('"', " ")
        notices.append(_("an unmatched quote was ignored"))
    raw_tokens = _TOKEN.findall(text)
    depth, deepest, balanced = 0, 0, True
    for tok in raw_tokens:
        depth += tok == "("
        depth -= tok == ")"
        deepest = max(deepest, depth)
        balanced &= depth >= 0
    if depth != 0 or not balanced:
        raw_tokens = [t for t in raw_tokens if t not in "()"]
        notices.append(_("unbalanced parentheses were ignored"))
    elif deepest > MAX_DEPTH:  # FTS5's parser overflows its stack ("parser stack overflow")
        raw_tokens = [t for t in raw_tokens if t not in "()"]
        notices.append(_("parentheses nested more than {depth} deep were ignored").format(
            depth=MAX_DEPTH))

    # Classify tokens into terms, operators and parentheses.
    items: list[str] = []  # each: "T:<expr>", "O:<op>", "(" or ")"
    for tok in raw_tokens:
        if tok in ("(", ")"):
            items.append(tok)
        elif tok in OPERATORS:
            items.append("O:" + tok)
        elif tok.startswith('"'):
            prefix = tok.endswith("*")
            inner = tok[1:-2] if prefix else tok[1:-1]
            if _has_word(inner):
                items.append("T:" + _quote(inner) + ("*" if prefix else ""))
        else:
            word = _word(tok)
            if word is not None:
                items.append("T:" + word)

    # Operators must stand between two operands; otherwise they are ordinary words.
    out: list[str] = []
    ignored_ops = False
    for i, item in enumerate(items):
        if item.startswith("O:"):
            prev = out[-1] if out else None
            nxt = items[i + 1] if i + 1 < len(items) else None
            ok_prev = prev is not None and (prev.startswith("T:") or prev == ")")
            ok_next = nxt is not None and (nxt.startswith("T:") or nxt == "(")
            if ok_prev and ok_next:
                out.append(item)
            else:
                ignored_ops = True
                out.append("T:" + _quote(item[2:]))
        else:
            out.append(item)
    if ignored_ops:
        notices.append(_("an operator without a term on both sides was searched as a word"))
    # A one-letter prefix has no prefix index (FTS_PREFIX): FTS5 merges every word under it,
    # in steps the time limit does not see, and over a long document that is slow (issue 30).
    for i, item in enumerate(out):
        short = _ONE_LETTER_PREFIX.match(item)
        if short:
            out[i] = item[:-1]
            notices.append(_("a one-letter prefix ({prefix}*) was searched as a word").format(
                prefix=short.group(1)))

    # Drop empty groups "()" and insert explicit ANDs: FTS5 rejects "(a OR b) c".
    parts: list[str] = []
    terms = 0
    for item in out:
        if item == ")" and parts and parts[-1] == "(":
            parts.pop()
            continue
        if parts and (item.startswith("T:") or item == "(") and (
                parts[-1].startswith("T:") or parts[-1] == ")"):
            parts.append("O:AND")
        if item.startswith("T:"):
            terms += 1
            if terms > MAX_TERMS:
                notices.append(first_words_only())
                while parts and not parts[-1].startswith("T:") and parts[-1] != ")":
                    parts.pop()
                break
        parts.append(item)
    # Close any group left open by truncation.
    opened = parts.count("(") - parts.count(")")
    parts.extend([")"] * max(opened, 0))
    parts = _tidy(parts)
    if not any(p.startswith("T:") for p in parts):
        return MatchQuery(None, _("Type a word to search."))
    if all(p.startswith("T:") or p == "O:AND" for p in parts):
        # Words that must all be there: each once is the same search, and each repeat
        # costs FTS5 a pass over every row holding it.
        needed = list(dict.fromkeys(p for p in parts if p.startswith("T:")))
        parts = [x for t in needed for x in ("O:AND", t)][1:]
    expression = " ".join(p[2:] if p[:2] in ("T:", "O:") else p for p in parts)
    return MatchQuery(with_stored_words(expression, words_shown), as_notice(notices))


def _words(text: str) -> tuple[str, ...]:
    """``text`` as the index's tokenizer splits it: runs of letters and digits, folded."""
    return tuple(WORD_CHARS.findall(fold(text)))


def _phrase_in(wanted: tuple[str, ...], words: tuple[str, ...], prefix: bool) -> bool:
    """Whether FTS5 would match the phrase ``wanted`` (its last word a prefix with
    ``prefix``) in a text of ``words``."""
    n = len(wanted)
    return bool(wanted) and any(
        words[i:i + n - 1] == wanted[:-1]
        and (words[i + n - 1].startswith(wanted[-1]) if prefix else words[i + n - 1] == wanted[-1])
        for i in range(len(words) - n + 1))


@dataclass(frozen=True)
class _Translated:
    """The pairs whose shown words differ from the stored ones, as the index splits both,
    and every word shown in them, sorted: most terms are in no shown word, which one lookup
    there says without testing each pair."""

    pairs: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
    words: tuple[str, ...]

    def may_show(self, word: str, prefix: bool) -> bool:
        at = bisect_left(self.words, word)
        return at < len(self.words) and (
            self.words[at].startswith(word) if prefix else self.words[at] == word)


@lru_cache(maxsize=4)
def _translated(shown: ShownPairs) -> _Translated:
    """``shown`` as the search compares terms with it; kept for the next search, which a
    window asks with the same pairs (folding them all would cost each keystroke more than
    building the expression)."""
    pairs = [(_words(word), _words(stored)) for word, stored in shown]
    kept = tuple((word, stored) for word, stored in pairs if stored and word != stored)
    return _Translated(kept, tuple(sorted({w for word, _stored in kept for w in word})))


def with_stored_words(expression: str, shown: ShownPairs) -> str:
    """``expression`` (from :func:`build_match` or :func:`forgiving_term`) with each term
    that matches a word the window shows for one of the archive's own — the whole word or a
    phrase in it, the beginning of one with ``*`` — grouped with that stored word, under the
    same column filter: ``"guionista"`` → ``( "guionista" OR "writer" )``, ``"muertos"`` →
    every fact label shown with "muertos". Operators, parentheses and phrases stay as they
    are; so does a term of stop words only ("de" is in half the shown words) or one that
    matches the stored word already (the index finds that). The stored words a term adds
    count towards :data:`MAX_TERMS`, the first terms' first; past it none are added. The
    score is the stored word's: the shown word, in no English text, scores nothing."""
    translated = _translated(shown)
    if not translated.pairs:
        return expression
    room = MAX_TERMS - len(_TERM.findall(expression))

    def grouped(term: re.Match[str]) -> str:
        nonlocal room
        column, phrase, star = term.groups()
        wanted = _words(phrase.replace('""', '"'))
        if (room <= 0 or not wanted or not translated.may_show(wanted[-1], bool(star))
                or all(is_stop_word(w) for w in wanted)):
            return term.group(0)
        found = sorted({stored for word, stored in translated.pairs
                        if _phrase_in(wanted, word, bool(star))
                        and not _phrase_in(wanted, stored, bool(star))},
                       key=lambda stored: (len(stored), stored))
        # A phrase holding one found already finds nothing more ("massacre" finds "the
        # massacre"): each costs FTS5 a pass, and a term of the cap.
        kept: list[tuple[str, ...]] = []
        for stored in found:
            if not any(_phrase_in(shorter, stored, False) for shorter in kept):
                kept.append(stored)
        added = [column + _quote(" ".join(stored)) for stored in kept[:room]]
        room -= len(added)
        return "( " + " OR ".join([term.group(0), *added]) + " )" if added else term.group(0)

    return _TERM.sub(grouped, expression)


def shows_word(word: str, shown: ShownPairs, *, prefix: bool = False) -> bool:
    """Whether ``word`` is a word the window shows for one of the archive's own (the
    beginning of one, with ``prefix``): a word the search finds records by, which "Did you
    mean" leaves alone."""
    wanted = _words(word)
    translated = _translated(shown)
    return bool(wanted) and translated.may_show(wanted[-1], prefix) and any(
        _phrase_in(wanted, shown_word, prefix) for shown_word, _stored in translated.pairs)


def first_words_only() -> str:
    """What a search cut to its first :data:`MAX_TERMS` words says of it: one clause of
    :func:`as_notice`, for the record search and the annotations' alike."""
    return _("only the first {count} words were searched").format(count=MAX_TERMS)


def as_notice(clauses: Iterable[str]) -> str | None:
    """The clauses, each once, as the one sentence a search's notice is; None for none. The
    rest of the sentence is kept as written: ``str.capitalize`` lowered a prefix the user had
    typed in capitals ("a one-letter prefix (b*)")."""
    joined = "; ".join(dict.fromkeys(clauses))
    return sentence_case(joined) + "." if joined else None


def without_surrogates(text: str) -> str:
    """``text`` with lone surrogates (which no UTF-8 text can hold, so SQLite cannot be
    given them) replaced by U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def plain_words(text: str) -> MatchQuery:
    """Every word quoted, no operators: the fallback when an expression still fails."""
    text = without_surrogates(text)
    words = [w for w in re.split(r"\s+", text.replace("\x00", " ")) if _has_word(w)]
    if not words:
        return MatchQuery(None, _("Type a word to search."))
    return MatchQuery(" ".join(_quote(w.replace("*", " ")) for w in words[:MAX_TERMS]),
                      _("Operators were ignored; searched the plain words."))


def phrase_expression(phrase: str) -> str | None:
    """An exact-phrase expression for a name (used to find mentions of a person)."""
    return _quote(phrase) if _has_word(phrase) else None


def expression_terms(expression: str) -> list[str]:
    """Each distinct term of an expression from :func:`build_match`, as its own expression
    (``"word"``, or ``"prefix"*``): what bm25 counts rows for."""
    terms: list[str] = []
    for phrase, star in _QUOTED.findall(expression):
        words = WORD_CHARS.findall(phrase.replace('""', '"'))
        for i, word in enumerate(words):
            term = _quote(word) + ("*" if star and i == len(words) - 1 else "")
            if term not in terms:
                terms.append(term)
    return terms


def forgiving_term(word: str) -> str:
    """A word as the relaxed search looks for it: the beginning of a word, with an English
    plural or verb ending taken off ("Garza" finds "Garzas", "filmed" "filming",
    "directed" "director"); short words and numbers stay whole. Other words for the same
    thing are looked for as well, in a group: the role a verb for a maker's work names when
    its form does not begin the role's name ("wrote" finds "Writer":
    :data:`~viewer.archive.roles.WORK_VERBS`), the archive's words for what a verb asks about
    ("died" finds "death toll": :data:`~viewer.archive.stop_words.ASKED_ABOUT`), the word
    the sources use for a Spanish or short word for an episode ("episodio" finds "episode":
    :data:`~viewer.archive.named_records.EPISODE_WORDS`) and the other forms of an irregular
    verb ("begin" finds "began": :data:`VERB_FORMS`)."""
    folded = fold(word)
    stem = folded
    if folded.isdigit() or len(folded) < 4:
        term = _quote(folded)
    else:
        for ending in ("ing", "ed", "es", "s"):
            if folded.endswith(ending) and len(folded) - len(ending) >= 4:
                stem = folded[:-len(ending)]
                break
        term = _quote(stem) + "*"
    alternatives = [term]
    role = WORK_VERBS.get(folded)
    if role is not None and not fold(role).startswith(stem):  # "direct…" finds "Director"
        alternatives.append(forgiving_term(role))
    about = ASKED_ABOUT.get(folded)
    if about is not None and not about.startswith(stem):  # "film…" finds "filming"
        alternatives.append(_quote(about))
    same = EPISODE_WORDS.get(folded, folded)
    if same != folded and not (term.endswith("*") and same.startswith(stem)):
        alternatives.append(forgiving_term(same))
    alternatives.extend(_quote(form) + ("*" if len(form) >= 4 else "")
                        for form in VERB_FORMS.get(folded, ()))
    alternatives = list(dict.fromkeys(alternatives))
    return term if len(alternatives) == 1 else "( " + " OR ".join(alternatives) + " )"


def asked_verbs(words: list[str]) -> list[str]:
    """The verbs among ``words`` that name what answers a question, in the archive's own
    words: a maker's work (:data:`~viewer.archive.roles.WORK_VERBS`, "produced"), or what
    a record states (:data:`~viewer.archive.stop_words.ASKED_ABOUT`, "died", "filmed")."""
    return [word for word in words if fold(word) in WORK_VERBS or fold(word) in ASKED_ABOUT]


def _verb_forms(*groups: str) -> dict[str, tuple[str, ...]]:
    return {form: tuple(other for other in group.split() if other != form)
            for group in groups for form in group.split()}


#: The forms of irregular English verbs a question about the series may ask with, which no
#: ending taken off reaches: "when did the massacre begin" asks after "Massacre began", "where
#: was it shot" after the shooting.
VERB_FORMS: dict[str, tuple[str, ...]] = _verb_forms(
    "begin began begun", "find found", "take took taken", "shoot shot", "flee fled",
    "hide hid hidden", "come came", "become became", "run ran", "give gave given",
    "know knew known", "tell told", "hold held", "fight fought", "leave left", "lose lost",
    "make made", "build built", "bring brought", "buy bought", "sell sold", "meet met")
