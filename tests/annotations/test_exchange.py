"""Export (CSV, JSON, W3C Web Annotation JSON-LD, citations) and import that merges."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from pyld import jsonld

from tests.annotations.conftest import NEWS, PASSAGE
from viewer.annotations.anchoring import span_annotation
from viewer.annotations.exchange import (
    CONTEXT,
    archive_citations,
    citing,
    export_annotations,
    parse_annotations,
    read_annotations,
    web_annotation,
)
from viewer.annotations.model import RECORD, Annotation, new_id, now
from viewer.annotations.store import AnnotationsError, AnnotationStore
from viewer.archive.store import Archive

#: The terms of the Web Annotation JSON-LD context (http://www.w3.org/ns/anno.jsonld) that an
#: export may use, each mapped to its IRI in the Web Annotation Vocabulary (W3C, 2017), written
#: out here so the test runs offline: expanding an export with it checks each key means what
#: the model says, and a key outside it would be lost by any JSON-LD reader.
_XSD = "http://www.w3.org/2001/XMLSchema#"
WEB_ANNOTATION_TERMS: dict[str, Any] = {
    "oa": "http://www.w3.org/ns/oa#", "as": "http://www.w3.org/ns/activitystreams#",
    "dc": "http://purl.org/dc/elements/1.1/", "dcterms": "http://purl.org/dc/terms/",
    "dctypes": "http://purl.org/dc/dcmitype/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "id": {"@type": "@id", "@id": "@id"}, "type": {"@type": "@id", "@id": "@type"},
    "Annotation": "oa:Annotation", "AnnotationPage": "as:OrderedCollectionPage",
    "TextualBody": "oa:TextualBody", "SpecificResource": "oa:SpecificResource",
    "Text": "dctypes:Text", "TextPositionSelector": "oa:TextPositionSelector",
    "TextQuoteSelector": "oa:TextQuoteSelector",
    "commenting": "oa:commenting", "tagging": "oa:tagging", "highlighting": "oa:highlighting",
    "body": {"@type": "@id", "@id": "oa:hasBody"},
    "target": {"@type": "@id", "@id": "oa:hasTarget"},
    "source": {"@type": "@id", "@id": "oa:hasSource"},
    "selector": {"@type": "@id", "@id": "oa:hasSelector"},
    "purpose": {"@type": "@vocab", "@id": "oa:hasPurpose"},
    "motivation": {"@type": "@vocab", "@id": "oa:motivatedBy"},
    "value": "rdf:value", "format": {"@type": "@id", "@id": "dc:format"},
    "label": "rdfs:label",
    "created": {"@id": "dcterms:created", "@type": _XSD + "dateTime"},
    "modified": {"@id": "dcterms:modified", "@type": _XSD + "dateTime"},
    "exact": "oa:exact", "prefix": "oa:prefix", "suffix": "oa:suffix",
    "start": {"@id": "oa:start", "@type": _XSD + "nonNegativeInteger"},
    "end": {"@id": "oa:end", "@type": _XSD + "nonNegativeInteger"},
    "items": {"@id": "as:items", "@type": "@id", "@container": "@list"},
    "total": {"@id": "as:totalItems", "@type": _XSD + "nonNegativeInteger"},
}
OA = "http://www.w3.org/ns/oa#"
RDF_VALUE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#value"


def _examples(archive: Archive) -> list[Annotation]:
    source = next(s for s in archive.sources() if s.file == NEWS)
    text = archive.source_text(source.id)
    start = text.index(PASSAGE)
    span = span_annotation(source, text, start, start + len(PASSAGE),
                           note="Compare with the ProPublica figure.",
                           tags=("contradiction", "chapter 3"))
    stamp = now()
    record = Annotation(id=new_id(), kind=RECORD, tags=("check later",), record_table="episodes",
                        record_id=1, record_title="1. Somos", created=stamp, modified=stamp)
    return [span, record]


def _local_loader(url: str, _options: dict[str, Any]) -> dict[str, Any]:
    assert url == CONTEXT, f"the export names another context: {url}"
    return {"contextUrl": None, "documentUrl": url,
            "document": {"@context": WEB_ANNOTATION_TERMS}}


def _terms() -> set[str]:
    return set(WEB_ANNOTATION_TERMS)


def _keys(node: Any) -> set[str]:
    if isinstance(node, dict):
        return set(node) | {k for v in node.values() for k in _keys(v)}
    if isinstance(node, list):
        return {k for v in node for k in _keys(v)}
    return set()


def test_jsonld_has_the_web_annotation_models_required_fields(
        archive: Archive, tmp_path: Path) -> None:
    out = tmp_path / "notes.jsonld"
    export_annotations(_examples(archive), "jsonld", out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["@context"] == CONTEXT
    # Every key is a term of the context (an unknown one would vanish in any JSON-LD tool).
    assert _keys(doc) - {"@context"} <= _terms()
    expanded = jsonld.expand(doc, {"documentLoader": _local_loader})
    items = expanded[0]["http://www.w3.org/ns/activitystreams#items"][0]["@list"]
    assert len(items) == 2
    for item in items:
        assert item["@type"] == [OA + "Annotation"]
        assert item["@id"].startswith("urn:uuid:")
        assert item[OA + "hasTarget"], "an annotation must have a target"
        assert item["http://purl.org/dc/terms/created"][0]["@type"].endswith("#dateTime")
        for body in item.get(OA + "hasBody", []):
            assert body["@type"] == [OA + "TextualBody"] and body[RDF_VALUE]
    span = items[0]
    target = span[OA + "hasTarget"][0]
    assert target[OA + "hasSource"][0]["@id"].endswith(NEWS)
    selectors = {s["@type"][0].removeprefix(OA): s for s in target[OA + "hasSelector"]}
    quote, position = selectors["TextQuoteSelector"], selectors["TextPositionSelector"]
    assert quote[OA + "exact"][0]["@value"] == PASSAGE
    assert OA + "prefix" in quote and OA + "suffix" in quote
    start = int(position[OA + "start"][0]["@value"])
    end = int(position[OA + "end"][0]["@value"])
    assert 0 <= start < end and end - start == len(PASSAGE)
    purposes = {b[OA + "hasPurpose"][0]["@id"].removeprefix(OA): b[RDF_VALUE][0]["@value"]
                for b in span[OA + "hasBody"] if b[RDF_VALUE][0]["@value"] != "chapter 3"}
    assert purposes == {"commenting": "Compare with the ProPublica figure.",
                        "tagging": "contradiction"}


def test_jsonld_round_trips_and_imports_without_duplicates(
        archive: Archive, tmp_path: Path, store: AnnotationStore) -> None:
    examples = _examples(archive)
    out = tmp_path / "notes.jsonld"
    export_annotations(examples, "jsonld", out)
    back = read_annotations(out)
    assert [(a.id, a.note, a.tags, a.start, a.end, a.exact, a.prefix, a.suffix, a.source_file)
            for a in back] == [(a.id, a.note, a.tags, a.start, a.end, a.exact, a.prefix,
                                a.suffix, a.source_file) for a in examples]
    first = store.merge(back)
    second = store.merge(read_annotations(out))
    assert (first.added, second.added, second.unchanged) == (2, 0, 2)
    assert store.count() == 2


def test_json_round_trips_every_field(archive: Archive, tmp_path: Path) -> None:
    examples = _examples(archive)
    out = tmp_path / "notes.json"
    export_annotations(examples, "json", out)
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert rows[0]["citation"].startswith(f"“{PASSAGE}” — ")
    assert read_annotations(out) == examples


def test_csv_has_citation_and_anchor_columns(archive: Archive, tmp_path: Path) -> None:
    out = tmp_path / "notes.csv"
    export_annotations(_examples(archive), "csv", out)
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows[0]["exact"] == PASSAGE and rows[0]["tags"] == "contradiction; chapter 3"
    assert f"{NEWS}, chars {rows[0]['start']}–{rows[0]['end']}" in rows[0]["citation"]
    assert rows[1]["kind"] == "record" and rows[1]["record_table"] == "episodes"


def test_citations_quote_the_source(archive: Archive, tmp_path: Path) -> None:
    out = tmp_path / "notes.txt"
    export_annotations(_examples(archive), "citations", out)
    text = out.read_text(encoding="utf-8")
    assert text.startswith(f"[1] “{PASSAGE}” — Somos.: Fact-Based Massacre ({NEWS}, chars ")
    assert "Compare with the ProPublica figure. [contradiction, chapter 3]" in text


def test_exports_cite_as_the_archive_does_when_it_holds_the_words(
        archive: Archive, tmp_path: Path) -> None:
    span, record = _examples(archive)
    orphan = span.replace(id=new_id(), status="orphaned")
    found = archive_citations(archive, [span, record, orphan])
    assert set(found) == {span.id, record.id}
    assert found[span.id].startswith("Luchter, Les. “Somos.: Fact-Based Massacre”.")
    # The article's one section is its title: the citation names no section, only the span.
    assert f"Characters {span.start}–{span.end}: “{PASSAGE}”" in found[span.id]
    assert "Section “Somos.: Fact-Based Massacre”" not in found[span.id]
    out = tmp_path / "notes.csv"
    export_annotations([span, orphan], "csv", out, citing(found))
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows[0]["citation"] == found[span.id]
    assert rows[1]["citation"].startswith(f"“{PASSAGE}” — ")


def test_import_of_a_foreign_file_says_why_and_imports_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('[{"type": "Annotation", "id": "x", "target": "http://example.com/"}]')
    with pytest.raises(AnnotationsError, match="not a Somos seed"):
        read_annotations(bad)
    bad.write_text("{not json")
    with pytest.raises(AnnotationsError, match="not a JSON file"):
        read_annotations(bad)


@pytest.mark.parametrize("text", [
    json.dumps([{"id": "u1", "kind": "span", "start": 10**30, "end": 10**30 + 1,
                 "source_file": "x", "exact": "y"}]),
    json.dumps([{"id": "u1", "kind": "record", "record_id": str(2**63)}]),
    json.dumps({"type": "AnnotationPage", "items": [{
        "type": "Annotation", "id": "urn:uuid:d",
        "target": {"source": "tag:somosarchive.org,2026:record/people/99999999999999999999999"}}]}),
    "[" * 100_000 + "]" * 100_000,
    '{"a": ' * 100_000 + "1" + "}" * 100_000,
], ids=["huge-start", "huge-record-id", "huge-record-iri", "deep-lists", "deep-objects"])
def test_import_of_huge_numbers_or_deep_nesting_says_so_and_imports_nothing(
        tmp_path: Path, text: str) -> None:
    """They raised OverflowError as the import was written, or RecursionError reading it."""
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(AnnotationsError, match=r"holds no annotations Somos Archive can read: "
                                               r".*\. Nothing was imported\.$"):
        read_annotations(bad)


def test_the_largest_number_sqlite_holds_is_imported(tmp_path: Path) -> None:
    good = tmp_path / "edge.json"
    good.write_text(json.dumps([{"id": "e", "kind": "span", "start": 2**63 - 1,
                                 "end": 2**63 - 1, "exact": "y"}]), encoding="utf-8")
    with AnnotationStore.open(tmp_path / "a.sqlite") as store:
        assert store.merge(read_annotations(good)).added == 1
        assert store.all()[0].start == 2**63 - 1


def test_a_lone_surrogate_escaped_in_json_is_imported_replaced(tmp_path: Path) -> None:
    """JSON may escape one ("\\ud800"); writing it raised UnicodeEncodeError."""
    odd = tmp_path / "odd.json"
    odd.write_text('[{"id": "a\\ud800", "kind": "span", "exact": "x\\udc00", '
                   '"tags": ["t\\ud800"]}]', encoding="utf-8")
    with AnnotationStore.open(tmp_path / "a.sqlite") as store:
        store.merge(read_annotations(odd))
        (a,) = store.all()
    assert (a.id, a.exact, a.tags) == ("a\ufffd", "x\ufffd", ("t\ufffd",))


def test_another_clients_annotation_with_selectors_is_read() -> None:
    item = web_annotation(Annotation(id="x", kind="span", source_file=NEWS, start=1, end=4,
                                     exact="abc", note="n"))
    item["@context"] = CONTEXT
    (read,) = parse_annotations(item)
    assert (read.exact, read.start, read.end, read.note) == ("abc", 1, 4, "n")
