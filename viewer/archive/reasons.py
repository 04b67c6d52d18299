"""Why the archive read a value the way it did, as a message and its arguments.

A *reason* is prose the builder writes (a surname inferred from a name's form, a synopsis the
source shares between episodes): a sentence of ours with a source's words in it. The builder
stores each one twice in a provenance row: ``reason``, the English sentence, for readers of
the file (Datasette, SQL); and ``reason_parts``, the message and its arguments as JSON, so the
window can say it in its language. The messages are listed here once, each marked with
:func:`N_` for the gettext catalogue; the arguments are words of the sources (names, quoted
words, file names), never translated.

A record holds a reason as the archive states it, in English (:class:`Reasoned`, which knows
its parts): exports and the command line keep the archive's English words, so a file made on
a Spanish machine is the file made on any other. Only the window says a reason in its
language, where it shows it (:func:`said`, through the gettext catalogue of the CLI and the
data layer's messages, which the window points at its own language).

A reason a person wrote (``seeds/corrections.toml``) is the curators' words, in English and
in the Spanish the entry gives (:func:`curators`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field


def N_(text: str) -> str:
    """A message of :mod:`viewer.i18n`'s catalogue, marked where it is defined and translated
    where it is said."""
    return text


#: A surname: no source names the person by it alone, and how the name's form was read.
SURNAME_NOT_ALONE = N_("no source names {name} by family name alone")
#: A family name the sources use alone, but which ends more than one person's name.
SURNAME_SHARED = N_("the sources use “{word}” alone, but it ends the names of {names}, so it "
                    "is no evidence for any one of them")
SURNAME_FROM_PARTICLE = N_("the name's words from “{word}” on are taken as the family name")
SURNAME_SECOND_WORD = N_("the second of the name's two words is taken as the family name")
SURNAME_LAST_WORD = N_("the words between the first and the last each begin another name in "
                       "the archive and end none ({begun}), so the last, “{word}”, is taken "
                       "as the family name")
SURNAME_BEGINS = N_("“{word}” begins {other}")
SURNAME_ENDS_ANOTHER = N_("“{word}” ends another name in the archive ({other}), so the name's "
                          "words from it on are taken as the family name")
#: A family name given once after two given names ("Miguel and Omar Treviño").
SURNAME_AFTER_BOTH = N_("the source gives “{word}” once after both given names (“{words}”); "
                        "it is read as the family name of both")
#: An episode's synopsis.
SHARED_SYNOPSIS = N_("the source describes episodes {episodes} together in this passage; it "
                     "is not this episode's own synopsis")
WORDS_LEFT_OUT = N_("the source leaves words out here; “[…]” marks where")
#: A name or a relation the words there say only in part, or in other words.
PART_OF_A_NAME = N_("the source says only “{text}” here; it is read as {name}, the one of "
                    "that name the sources name")
#: A family, not one person, read as the one person of that name the sources name.
FAMILY_NAMED = N_("the source names “{family}” here, a family, not one person; it is read as "
                  "{name}, the one of that name the sources name")
#: A given name alone whose family name the same words give for another person.
SIBLING_FAMILY_NAME = N_("the source gives only the given name “{text}” here (“{words}”); a "
                         "brother or sister is read as sharing the family name of {other}: "
                         "{name}")
SHARED_FAMILY_NAME = N_("the source gives only the given name “{text}” here (“{words}”); the "
                        "family name it gives once after both names is read as this one's "
                        "too: {name}")
#: A curator's reason (seeds/corrections.toml, which a researcher does not see by its
#: path) said after a reading's own.
CURATED = N_("as the curators' corrections say: {reason}")
#: A curator's reason in the curators' own words: ``reason``, the English they write, and
#: ``reason_es``, the Spanish the entry gives (its ``reason_es``), which the Spanish
#: catalogue says in its place. An argument ``x`` may carry its Spanish as ``x_es``: the only
#: words of an argument the archive holds in two languages are the curators'.
CURATORS_WORDS = N_("{reason}")
#: A curator's reason an entry gives in English only, said in another language.
CURATORS_ENGLISH = N_("{reason} (the curators' words, in English)")
#: A quotation whose paragraph names no speaker.
QUOTE_CONTINUES = N_("this paragraph's quotation names no speaker; it follows straight on from "
                     "the quotation attributed to {name} in the paragraph before, and is read "
                     "as the same speaker's")
#: A credit's role the words there do not name: the journalist whose reporting the series
#: draws on, filed as its author; any other role whose words are not a word for it.
#: (The role itself is not an argument: it is the archive's word, shown translated beside.)
ROLE_OF_THE_SOURCE_AUTHOR = N_("the source says “{text}” where it tells of the reporting the "
                               "series draws on; the archive files the author of that "
                               "reporting as the source article's author")
ROLE_NOT_NAMED = N_("the words here, “{text}”, do not name the role this credit is filed "
                    "under")
#: A kinship word next to a name ("his brother"), read as the relation it names.
#: (``reading`` is the archive's English word for it: a translation leaves it out and says
#: where the window shows it, translated, rather than set an English word in its sentence.)
RELATION_WORDS = N_("“{text}” next to the name is read as “{reading}”")
#: A country read from the word for its people ("a Mexican production").
DEMONYM_COUNTRY = N_("“{text}” is read as the country {country}")
#: A role read from someone who did it alongside the person.
PROSE_ALONGSIDE = N_("the text says the speaker was to do this alongside the person; it does "
                     "not name the person's role in other words")
#: A person's fuller name, read in a passage about them.
FULLER_NAME = N_("a fuller name of {name}: it begins with that name, and no other person's")
#: A name's acronym, known from a source that gives it in brackets with the name.
ACRONYM = N_("“{short}” is read as {name}: {where} gives “{short}” in brackets with that name, "
             "of which it is the initials")
#: An event a sentence names with no date, read as the one of its kind the sources date.
#: (The event's kind is not an argument: it is the archive's word, shown translated beside,
#: and a sentence of the window's language cannot take an English word in.)
UNDATED_EVENT = N_("the sentence gives this event no date; the sources date exactly one event "
                   "of the same kind, in the words “{dated}”, and this one is read as that one")
#: The same, where the sources date several: the sentence names one of them by a word.
UNDATED_EVENT_NAMED = N_("the sentence gives this event no date; of the events of the same "
                         "kind the sources date, it names only “{dated}”, by the word "
                         "“{word}”, and this one is read as that one")
#: A title quoted with words left out, read as the one title stated whole it can only be.
GAPPED_TITLE = N_("the source quotes this title with words left out (“{gap}”), so it is no "
                  "title of its own; it is read as “{title}”, which {where} states whole "
                  "elsewhere: every word kept here is in that title, in order from its first, "
                  "and both sentences name {names}")
THIS_SOURCE = N_("this source")
#: Such a title left out of the archive, as the build says it.
DROPPED_TITLE = N_("the source quotes this title with words left out (“{gap}”); {why}")
NO_TITLE_FITS = N_("no title stated whole keeps its words and names the same person")
SEVERAL_TITLES_FIT = N_("more than one title stated whole fits it")
#: A work's kind, or its title, read from the layout, not from words that say it.
WORK_KIND_UNSTATED = N_("a title in quotes or italics next to a year or a credit; the text does "
                        "not say what kind of work it is")
LISTED_WITH_WORKS = N_("a title listed with titles the sources name as works; the text does "
                       "not say what kind of work it is")
NAME_AND_YEAR = N_("a name followed by a year in brackets, read as a title")
#: A role whose words do not name the person: "created by screenwriter in his television
#: directorial debut", the creator's name left out, read as the creator the source credits.
UNNAMED_CREATOR = N_("the sentence gives the creator's “{words}” without the creator's name; "
                     "it is read as {name}, whom this source credits as the series' creator")
#: A list of names gathered from a source's rows (every episode's directors).
GATHERED_NAMES = N_("{name} is one of the names this source gives for every episode; the "
                    "list they make, “{value}”, is gathered from them")
#: Two of a reason's items ("episodes 1 and 2"), nested for more.
AND = N_("{first} and {second}")

#: Which of a person's spellings is shown (``people.spelling_note``).
SPELLING_NOTE = N_("Shown as the sources spell it most often: {count} of {total} mentions "
                   "({counted}).")
#: Where no spelling is used more often than the one shown.
SPELLING_TIE_CURATED = N_("Shown as the curators' corrections list it first: the sources use "
                          "no spelling more often ({counted}).")
SPELLING_TIE_FIRST = N_("Shown as the sources first spell it: they use no spelling more often "
                        "({counted}).")

#: Between the reasons of one value, and the items of an argument that is a list.
SEPARATOR = "; "


@dataclass(frozen=True)
class Reason:
    """One message of this module and its arguments: each a source's words, or reasons of
    their own (said in the reader's language too, joined by :data:`SEPARATOR`)."""

    message: str
    args: Mapping[str, str | Sequence[Reason] | Reason] = field(default_factory=dict)


Translate = Callable[[str], str]


def joined(items: Sequence[str]) -> str | Reason:
    """"1", "1 and 2", "1 and 2 and 3": the items joined by :data:`AND`, said in the
    reader's language."""
    if len(items) < 2:
        return "".join(items)
    return Reason(AND, {"first": joined(items[:-1]), "second": items[-1]})


def curators(text: str, spanish: str | None = None) -> Reason:
    """A reason of ``seeds/corrections.toml`` as the curators wrote it, in English and, where
    the entry gives one, in Spanish; else marked, in Spanish, as their English words."""
    return Reason(CURATORS_WORDS, {"reason": text, "reason_es": spanish or Reason(
        CURATORS_ENGLISH, {"reason": text})})


def _say(reason: Reason, translate: Translate) -> str:
    text = translate(reason.message)
    # Each placeholder replaced on its own, not by str.format: a translation with a stray
    # brace, or a source's words with one, cannot break the sentence.
    for name, value in reason.args.items():
        if isinstance(value, Reason):
            said = _say(value, translate)
        elif isinstance(value, str):
            said = value
        else:
            said = SEPARATOR.join(_say(r, translate) for r in value)
        text = text.replace("{" + name + "}", said)
    return text


def say(reasons: Sequence[Reason], translate: Translate = str) -> str:
    """The reasons as one sentence: in English by default, else through ``translate``."""
    return SEPARATOR.join(_say(r, translate) for r in reasons)


def _plain(reason: Reason) -> dict[str, object]:
    return {"message": reason.message, "args": {
        name: value if isinstance(value, str)
        else _plain(value) if isinstance(value, Reason)
        else [_plain(r) for r in value] for name, value in reason.args.items()}}


def to_json(reasons: Sequence[Reason]) -> str:
    """The reasons as the archive's ``reason_parts`` column holds them."""
    return json.dumps([_plain(r) for r in reasons], ensure_ascii=False)


def _reason(plain: object) -> Reason:
    if not isinstance(plain, dict) or not isinstance(plain.get("message"), str):
        raise ValueError(f"not a reason: {plain!r}")
    args: dict[str, str | Sequence[Reason] | Reason] = {}
    for name, value in dict(plain.get("args") or {}).items():
        args[str(name)] = (value if isinstance(value, str)
                           else tuple(_reason(v) for v in value) if isinstance(value, list)
                           else _reason(value))
    return Reason(plain["message"], args)


def from_json(text: str) -> list[Reason]:
    """What :func:`to_json` wrote (ValueError: something else)."""
    plain = json.loads(text)
    if not isinstance(plain, list):
        raise ValueError(f"not a list of reasons: {text!r}")
    return [_reason(p) for p in plain]


def reason_text(reason: str | None, parts: str | None) -> str | None:
    """A provenance row's reason in the user's language (:func:`viewer.i18n.message`): said
    from its parts where the builder wrote them, else ``reason`` as it is (a person's words,
    or parts the reader cannot read)."""
    if not parts:
        return reason
    from viewer.i18n import message

    try:
        return say(from_json(parts), message)
    except (ValueError, TypeError, AttributeError):
        return reason


class Reasoned(str):
    """A builder's reason as the archive states it: the English sentence, which is what
    exports, the command line, comparisons and sorting see, knowing its parts (JSON, as
    :func:`to_json` writes them) so the window can say it in its language (:func:`said`)."""

    #: The reason's messages and arguments, as the archive's ``*_parts`` column holds them.
    parts: str

    def __new__(cls, text: str, parts: str) -> Reasoned:
        reasoned = super().__new__(cls, text)
        reasoned.parts = parts
        return reasoned


def reasoned(text: str | None, parts: str | None) -> str | None:
    """A reason cell as a record holds it: the English sentence, knowing its parts where the
    builder wrote them; a person's reason (no parts) as written."""
    return Reasoned(text, parts) if text is not None and parts else text


def message_reason(text: str | None) -> str | None:
    """A reason that is one of this module's messages with no arguments (an entity's
    ``inferred``), as :func:`reasoned` holds one with parts."""
    return Reasoned(text, to_json([Reason(text)])) if text else text


def said(text: str | None) -> str | None:
    """A record's reason in the user's language (:func:`reason_text`) where it knows its
    parts, else as it is: what the window calls where it shows one."""
    return reason_text(text, text.parts) if isinstance(text, Reasoned) else text
