"""Citations as reference managers import them: CSL-JSON, BibTeX and RIS, and the plain and
HTML renderings of the same items by citeproc-py with the archive's own CSL style.

One item per document cited. A source cites itself; any other record cites each document that
states it, with what the record is, the section and the character spans of the statements (and
their words) in the item's ``note``: no format has a field for a span of characters, and a note
travels through every reference manager. What a document does not state itself (a site, a
title, a date given in ``seeds/sources.toml``) is said in the note too, with the reason it is
given all the same, so that a citation never puts words in a document's mouth. So is what of
the record itself no words state: its title is marked "(inferred)" where the window's is (James
Schamus — Director (inferred)), and the note lists each value read rather than stated, with the
reason ("Not stated in so many words: role (inferred): …").

The libraries (citeproc-py, bibtexparser, rispy) are imported by the functions that use them:
only an export of citations needs them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from viewer.archive.quotation import quotation
from viewer.archive.records.documents import Source
from viewer.archive.schema import SECTION_SEP

#: The archive's own CSL style (in the package, so an installed copy renders as a checkout).
STYLE_FILE = Path(__file__).resolve().parent / "styles" / "somos-archive.csl"
ARCHIVE_NAME = "Somos Archive"

#: RIS reference types for the CSL item types a manifest may give (RIS has its own words).
_RIS_TYPES = {"article": "JOUR", "article-journal": "JOUR", "article-magazine": "MGZN",
              "article-newspaper": "NEWS", "document": "GEN", "entry-encyclopedia": "ENCYC",
              "post": "ELEC", "post-weblog": "BLOG", "report": "RPRT", "webpage": "ELEC"}
#: BibTeX entry types: articles are articles of their site; everything else is @misc.
_BIBTEX_TYPES = {"article": "article", "article-journal": "article",
                 "article-magazine": "article", "article-newspaper": "article"}
#: Characters LaTeX reads as commands, escaped in BibTeX fields.
_LATEX_SPECIAL = re.compile(r"([&%$#_{}])")
_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Passage:
    """Where a document states a record: characters ``start``–``end`` of the seed, in
    ``section``, saying ``words``."""

    start: int
    end: int
    section: str | None
    words: str


@dataclass(frozen=True, slots=True)
class Cited:
    """One record as one document states it: ``what`` it is ("Cast credit “Jero Medina as
    Benjamín”"), in which ``passages`` of ``source``."""

    key: str
    what: str
    source: Source
    passages: tuple[Passage, ...] = ()
    #: What of the record its sources do not state in so many words, each "field (status):
    #: reason" (as a CSV export's ``not_stated`` column writes it).
    not_stated: tuple[str, ...] = ()


def _author(name: str) -> dict[str, str]:
    """A CSL name: the last word is the family name ("Les Luchter"); one word is literal."""
    parts = name.split()
    if len(parts) < 2:
        return {"literal": name}
    return {"family": parts[-1], "given": " ".join(parts[:-1])}


def _date_parts(date: str) -> list[int] | None:
    parts = date.split("-")
    if not parts or not all(p.isdigit() for p in parts):
        return None
    return [int(p) for p in parts[:3]]


def _curated_note(source: Source) -> str:
    if not source.curated:
        return ""
    return "Not stated in the document itself: " + "; ".join(source.curated) + "."


def _alphanumeric(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def own_section(section: str | None, title: str) -> str | None:
    """A passage's section as a citation of its document names it: none where it only
    repeats the document's title (a single-section article's one heading is its title, and
    "section: <the title>" said nothing), the headings under the title without it."""
    if not section:
        return None
    head, _, rest = section.partition(SECTION_SEP)
    if _alphanumeric(head) != _alphanumeric(title):
        return section
    return rest or None


def _passage_note(passage: Passage, title: str) -> str:
    where = f"characters {passage.start}–{passage.end}"
    if section := own_section(passage.section, title):
        where = f"section {quotation(section)}, {where}"
    words = _WHITESPACE.sub(" ", passage.words).strip()
    return f"{where}: {quotation(words)}" if words else where


def note(cited: Cited) -> str:
    """What the record is and where the document states it, then what the document does not
    state itself."""
    bits = []
    stated = "; ".join(_passage_note(p, cited.source.title) for p in cited.passages)
    if cited.what:
        bits.append(f"{cited.what}" + (f", stated at {stated}" if stated else "") + ".")
    elif stated:
        bits.append(stated[0].upper() + stated[1:] + ".")
    if cited.not_stated:
        bits.append("Not stated in so many words: "
                    + "; ".join(n.rstrip(".") for n in cited.not_stated) + ".")
    if curated := _curated_note(cited.source):
        bits.append(curated)
    return " ".join(bits)


def csl_item(cited: Cited) -> dict[str, Any]:
    """The CSL-JSON item for ``cited`` (the document, with the record in its note)."""
    source = cited.source
    item: dict[str, Any] = {"id": cited.key, "type": source.citation_type,
                            "title": source.title}
    if source.author:
        item["author"] = [_author(source.author)]
    if source.site:
        item["container-title"] = source.site
    if source.date and (parts := _date_parts(source.date)):
        item["issued"] = {"date-parts": [parts]}
    if source.language:
        item["language"] = source.language
    item["genre"] = source.kind
    item["archive"] = ARCHIVE_NAME
    item["archive_location"] = source.file
    if sections := "; ".join(dict.fromkeys(filter(None, (
            own_section(p.section, source.title) for p in cited.passages)))):
        item["section"] = sections
    if text := note(cited):
        item["note"] = text
    return item


def _bibtex_value(text: str) -> str:
    return _LATEX_SPECIAL.sub(r"\\\1", _WHITESPACE.sub(" ", text).strip())


def _bibtex_title(text: str) -> str:
    """A title for BibTeX, each word with a capital letter in braces: a style that sets
    titles in sentence case (``change.case$``, biblatex's ``\\MakeSentenceCase``) lower-cases
    every letter outside braces but the first, and "Is Somos., a Netflix drama" became "Is
    somos., a netflix drama". The title is written as the document states it; its lower-case
    words stay free for a style to change. A word opening with a LaTeX escape gets two
    braces: BibTeX takes ``{\\…}`` for one accented letter and changes its case."""
    return " ".join(_protected(word) if any(c.isupper() for c in word) else word
                    for word in _bibtex_value(text).split(" "))


def _protected(word: str) -> str:
    return f"{{{{{word}}}}}" if word.startswith("\\") else f"{{{word}}}"


def bibtex(items: Sequence[dict[str, Any]]) -> str:
    """The CSL-JSON ``items`` as BibTeX entries, written by bibtexparser."""
    from bibtexparser.entrypoint import write_string
    from bibtexparser.library import Library
    from bibtexparser.model import Entry, Field

    library = Library()
    for item in items:
        kind = _BIBTEX_TYPES.get(item["type"], "misc")
        fields = [Field("title", _bibtex_title(item["title"]))]
        if "author" in item:
            fields.append(Field("author", " and ".join(
                f"{a['family']}, {a['given']}" if "family" in a else a["literal"]
                for a in item["author"])))
        if "container-title" in item:
            place = "journal" if kind == "article" else "howpublished"
            fields.append(Field(place, _bibtex_value(item["container-title"])))
        if "issued" in item:
            parts = item["issued"]["date-parts"][0]
            fields.append(Field("year", str(parts[0])))
            fields.append(Field("date", "-".join(f"{p:02d}" if i else str(p)
                                                 for i, p in enumerate(parts))))
        for key, name in (("language", "language"), ("genre", "type"), ("note", "note")):
            if key in item:
                fields.append(Field(name, _bibtex_value(item[key])))
        # Where in the archive: not ``file``, which reference managers take for an attachment.
        fields.append(Field("addendum", _bibtex_value(
            f"{item.get('archive', ARCHIVE_NAME)}, {item['archive_location']}")))
        library.add(Entry(kind, item["id"], fields))
    return str(write_string(library))


def ris(items: Sequence[dict[str, Any]]) -> str:
    """The CSL-JSON ``items`` as RIS records, written by rispy."""
    import rispy

    entries = []
    for item in items:
        entry: dict[str, Any] = {"type_of_reference": _RIS_TYPES.get(item["type"], "GEN"),
                                 "id": item["id"], "title": item["title"]}
        if "author" in item:
            entry["authors"] = [f"{a['family']}, {a['given']}" if "family" in a
                                else a["literal"] for a in item["author"]]
        if "container-title" in item:
            entry["secondary_title"] = item["container-title"]
        if "issued" in item:
            parts = item["issued"]["date-parts"][0]
            entry["year"] = str(parts[0])
            entry["date"] = "/".join(f"{p:02d}" if i else str(p) for i, p in enumerate(parts))
        for key, name in (("language", "language"), ("section", "section"),
                          ("archive", "name_of_database"),
                          ("archive_location", "accession_number")):
            if key in item:
                entry[name] = item[key]
        if "note" in item:
            entry["notes"] = [item["note"]]
        entries.append(entry)

    class Writer(rispy.RisWriter):  # type: ignore[misc]
        """rispy's writer without the "1." line it puts before each record: RIS records
        start at their TY line, and some readers take the number for a stray line."""

        def set_header(self, count: int) -> str:
            return ""

    return str(rispy.dumps(entries, implementation=Writer))


def _escaped(value: Any) -> Any:
    """Every string in a CSL-JSON item escaped for HTML, but the id and type it is known by."""
    if isinstance(value, str):
        return html.escape(value, quote=False)
    if isinstance(value, list):
        return [_escaped(v) for v in value]
    if isinstance(value, dict):
        return {k: v if k in ("id", "type") else _escaped(v) for k, v in value.items()}
    return value


class Renderer:
    """Plain-text or HTML bibliography entries of CSL-JSON items, by citeproc-py with the
    archive's style (parsed once per renderer)."""

    def __init__(self, html: bool = False) -> None:
        from citeproc import CitationStylesStyle, formatter

        self._style = CitationStylesStyle(str(STYLE_FILE), validate=False)
        self._formatter = formatter.html if html else formatter.plain
        self._html = html

    def render(self, item: dict[str, Any]) -> str:
        from citeproc import Citation, CitationItem, CitationStylesBibliography
        from citeproc.source.json import CiteProcJSON

        # One bibliography per item, so entries come in the order the records do.
        if self._html:  # citeproc-py's HTML formatter puts the values in as they are
            item = _escaped(item)
        bibliography = CitationStylesBibliography(
            self._style, CiteProcJSON([dict(item)]), self._formatter)
        bibliography.register(Citation([CitationItem(item["id"])]))
        return "".join(str(part) for part in bibliography.bibliography()[0])
