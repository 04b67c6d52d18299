"""Citations as reference managers read them: CSL-JSON through citeproc-py, BibTeX through
bibtexparser, RIS through rispy; the plain and HTML renderings from citeproc-py."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import bibtexparser
import pytest
import rispy
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle
from citeproc import formatter as citeproc_formatter
from citeproc.source.json import CiteProcJSON

from tests.conftest import SEEDS
from viewer.archive import citations
from viewer.archive.build import build_archive
from viewer.archive.errors import SeedError
from viewer.archive.export import export_records, format_for_path
from viewer.archive.records.documents import Source
from viewer.archive.store import Archive
from viewer.archive.tables import TABLE_SPECS

RECORD_TABLES = [t for t in TABLE_SPECS if t != "sources"]


def _export(archive: Archive, table: str, fmt: str, tmp_path: Path, limit: int = 5) -> str:
    records = list(archive.iter_records(table))[:limit]
    target = tmp_path / f"{table}{citations_suffix(fmt)}"
    export_records(archive, table, records, fmt, target)
    return target.read_text(encoding="utf-8")


def citations_suffix(fmt: str) -> str:
    return {"csl-json": ".csl.json", "bibtex": ".bib", "ris": ".ris"}[fmt]



def rendered_bibliography(items: list[dict[str, Any]]) -> list[str]:
    """Each CSL-JSON item of ``items`` as citeproc-py renders it in the archive's style."""
    style = CitationStylesStyle(str(citations.STYLE_FILE), validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items),
                                              citeproc_formatter.plain)
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    return [str(entry) for entry in bibliography.bibliography()]

def test_every_source_is_a_csl_item_citeproc_renders(archive: Archive, tmp_path: Path) -> None:
    items = json.loads(_export(archive, "sources", "csl-json", tmp_path))
    assert len(items) == archive.count("sources")
    rendered = rendered_bibliography(items)
    assert len(rendered) == len(items)
    news = next(i for i in items if i["type"] == "article-newspaper")
    assert news["author"] == [{"family": "Luchter", "given": "Les"}]
    assert news["issued"] == {"date-parts": [[2021, 6, 30]]}
    assert any("Luchter, Les" in r and "June 30, 2021" in r for r in rendered)


@pytest.mark.parametrize("table", RECORD_TABLES)
def test_records_cite_their_documents_with_the_spans(archive: Archive, tmp_path: Path,
                                                     table: str) -> None:
    items = json.loads(_export(archive, table, "csl-json", tmp_path))
    CiteProcJSON(items)  # citeproc-py takes every item
    files = {s.file for s in archive.sources()}
    assert items and all(i["archive_location"] in files for i in items)
    assert all(i["note"].startswith(TABLE_SPECS[table].label + ": ") for i in items)
    assert any("characters " in i["note"] for i in items)
    assert len({i["id"] for i in items}) == len(items)


@pytest.mark.parametrize("table", ["sources", *RECORD_TABLES])
def test_bibtex_parses_with_bibtexparser(archive: Archive, tmp_path: Path, table: str) -> None:
    library = bibtexparser.parse_string(_export(archive, table, "bibtex", tmp_path))
    assert library.failed_blocks == []
    assert library.entries and all(e.fields_dict["title"].value for e in library.entries)
    keys = [e.key for e in library.entries]
    assert len(set(keys)) == len(keys)


def test_bibtex_escapes_what_latex_would_read(archive: Archive, tmp_path: Path) -> None:
    library = bibtexparser.parse_string(_export(archive, "sources", "bibtex", tmp_path))
    (blog,) = [e for e in library.entries if e.key == "somos-source-1"]
    assert blog.fields_dict["howpublished"].value == (
        r"Technology \& Business Blog | Lifestyle \& Health | Home Decor")


@pytest.mark.parametrize("table", ["sources", *RECORD_TABLES])
def test_ris_parses_with_rispy(archive: Archive, tmp_path: Path, table: str) -> None:
    text = _export(archive, table, "ris", tmp_path)
    entries = rispy.loads(text)
    assert entries and all(e["title"] and e["type_of_reference"] for e in entries)
    assert text.startswith("TY  - ")  # no record number before the first tag


def test_a_ris_news_item_has_its_author_site_and_date(archive: Archive, tmp_path: Path) -> None:
    entries = rispy.loads(_export(archive, "sources", "ris", tmp_path))
    news = next(e for e in entries if e["type_of_reference"] == "NEWS")
    assert (news["authors"], news["secondary_title"], news["year"]) == (
        ["Luchter, Les"], "MediaPost", "2021")


def test_citations_say_what_the_document_does_not_state(archive: Archive) -> None:
    news = next(s for s in archive.sources() if s.author)
    item = citations.csl_item(citations.Cited("k", "", news))
    assert "Not stated in the document itself: site:" in item["note"]
    assert "date:" in item["note"]
    rendered = citations.Renderer().render(item)
    assert "Not stated in the document itself" in rendered


def test_stated_citation_fields_point_at_the_words(archive: Archive) -> None:
    for source in archive.sources():
        text = archive.source_text(source.id)
        for span in archive.provenance("sources", source.id):
            words = " ".join(text[span.start:span.end].split()).lower()
            assert words == " ".join(str(getattr(source, span.field)).split()).lower()


def test_a_manifest_claiming_words_the_text_lacks_is_refused(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    manifest = seeds / "sources.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        'author = "Les Luchter"', 'author = "Someone Else"'), encoding="utf-8")
    with pytest.raises(SeedError, match="does not state its author 'Someone Else'"):
        build_archive(seeds, tmp_path / "out.sqlite")


def test_html_rendering_escapes_what_it_quotes() -> None:
    source = Source(1, "a.txt", "<b>Title</b> & co", "Site", "k", "en", None, None,
                    "webpage", (), "0", 1, ("a.txt",))
    item = citations.csl_item(citations.Cited("k", "Cast: <script>", source))
    rendered = citations.Renderer(html=True).render(item)
    assert "<script>" not in rendered and "&lt;script&gt;" in rendered
    assert "<b>Title</b>" not in rendered


@pytest.mark.parametrize(("name", "fmt"), [("a.csl.json", "csl-json"), ("a.json", "json"),
                                           ("A.BIB", "bibtex"), ("a.ris", "ris"),
                                           ("my.notes.csv", "csv"), ("/", None)])
def test_the_suffix_picks_the_format(name: str, fmt: str | None) -> None:
    assert format_for_path(name) == fmt
