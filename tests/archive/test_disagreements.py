"""Where the sources disagree: the list a reader makes, and what the archive finds.

READ_BY_HAND was written down from reading the four seeds before the extraction looked for
disagreements (issue 25). Each entry: subject, attribute, and the values the sources give that
cannot all be true, with the seeds that give each.

- The number of people killed in the massacre: the explainer (000) gives the official number,
  28, beside estimates of 300; the encyclopedia (002) gives Coahuila's official count of about
  28 beside estimates of 300, "300-500", "50 to 300"; the news item (001) "at least 300".
- The title of the article the series is based on: "How the U.S. Triggered a Massacre in
  Mexico" (002, and the production notes' summary, 003) against "Anatomy of a massacre" (the
  production notes' biography of Sandra Solares, 003).

Read and found *not* to be disagreements (differences of precision or wording only):
the premiere "June 30" (001, 003) against "30 June 2021" (002); the massacre in "March 2011"
(000, 003) against "March 18, 2011" (002); "at least 300" against "300"; "approximately 45
minutes" against "45 minutes"; "over 190" against "more than 190" countries; "Dance of the 41"
against "Dance of the Forty-One"; "Victor" against "Víctor" Hernández Stumpfhauser.
"""

from __future__ import annotations

import json
from pathlib import Path

from viewer.archive.claims import Claim, agree, disagreements, reading
from viewer.archive.export import export_records
from viewer.archive.extract.base import fold
from viewer.archive.records.statements import Disagreement
from viewer.archive.store import Archive

READ_BY_HAND: list[tuple[str, str, dict[str, set[str]]]] = [
    ("the massacre", "people killed", {
        "300": {"000", "001", "002"},
        "28": {"000", "002"},
    }),
    ("the series", "based on (title)", {
        "How the U.S. Triggered a Massacre in Mexico": {"002", "003"},
        "Anatomy of a massacre": {"003"},
    }),
]


def _claim(value: str, stated: str, topic: str = "death_toll") -> Claim:
    return Claim("s", "a", value, stated, "x.txt", ((0, 1),), topic)


def test_the_archive_finds_exactly_the_disagreements_read_by_hand(archive: Archive) -> None:
    found = [d for d in archive.iter_records("disagreements") if isinstance(d, Disagreement)]
    got = {(d.subject, d.attribute): {fold(v["value"]): {s[:3] for s in v["sources"]}
                                      for v in d.values} for d in found}
    expected = {(subject, attribute): {fold(v): s for v, s in values.items()}
                for subject, attribute, values in READ_BY_HAND}
    assert got == expected


def test_precision_and_wording_are_not_disagreements() -> None:
    same = [
        (_claim("June 30", "June 30", "premiere_date"),
         _claim("2021-06-30", "30 June 2021", "premiere_date")),
        (_claim("2011-03", "March 2011", "massacre_date"),
         _claim("2011-03-18", "March 18, 2011", "massacre_date")),
        (_claim("300", "at least 300"), _claim("300", "300")),
        (_claim("300", "at least 300"), _claim("300–500", "an estimated 300-500")),
        (_claim("28", "about 28"), _claim("28", "28")),
        (_claim("45", "approximately 45 minutes", "x"), _claim("45", "45 minutes", "x")),
        (_claim("Víctor Hernández", "Víctor Hernández", ""),
         _claim("Victor Hernandez", "Victor Hernandez", "")),
    ]
    for a, b in same:
        assert agree(reading(a), reading(b)), (a.stated, b.stated)
        assert disagreements([a, b]) == []


def test_a_lower_bound_does_not_agree_with_a_smaller_number() -> None:
    assert not agree(reading(_claim("300", "at least 300")), reading(_claim("28", "28")))
    assert not agree(reading(_claim("2011-03", "March 2011", "massacre_date")),
                     reading(_claim("2011-04", "April 2011", "massacre_date")))


def test_each_value_links_to_its_spans_and_the_records_stating_it(archive: Archive) -> None:
    record = next(d for d in archive.iter_records("disagreements")
                  if isinstance(d, Disagreement) and d.attribute == "people killed")
    texts = {s.file: archive.source_text(s.id) for s in archive.sources()}
    for value in record.values:
        for span in value["spans"]:
            assert span["source"] in value["sources"]
            words = texts[span["source"]][span["start"]:span["end"]]
            assert any(ch.isdigit() for ch in words), words  # each span states a number
    spans = archive.provenance("disagreements", record.id)
    assert len(spans) == sum(len(v["spans"]) for v in record.values)
    facts = [link for link in archive.related("disagreements", record.id)
             if link.table == "facts"]
    assert len(facts) == 11  # nine estimates, two official counts
    back = archive.related("facts", facts[0].id)
    assert back[0].relation == "Sources disagree" and back[0].id == record.id


def test_export_disagreements_as_json_has_the_promised_shape(archive: Archive,
                                                             tmp_path: Path) -> None:
    out = tmp_path / "disagreements.json"
    export_records(archive, "disagreements", None, "json", out)
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert len(rows) == len(READ_BY_HAND)
    for row in rows:
        assert {"id", "subject", "attribute", "values", "kind"} <= set(row)
        for value in row["values"]:
            assert set(value) == {"value", "sources", "spans"}
            for span in value["spans"]:
                assert set(span) == {"source", "start", "end"}
                assert span["source"].endswith(".txt")


def test_a_disagreement_planted_in_a_seed_is_found(tmp_path: Path) -> None:
    """The episode fields every seed states are claims too: change what the notes say of
    episode 6's runtime and of episode 5's directors, and both differences are reported."""
    import shutil

    from tests.conftest import SEEDS, edit_seed
    from viewer.archive.build import build_archive

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    edit_seed(seeds, "003_*.txt", [
        ("episode 6 is 71 minutes long", "episode 6 is 61 minutes long"),
        ("Mariana Chenillo (episodes 3 & 4)", "Mariana Chenillo (episodes 3 & 5)")])
    out = tmp_path / "planted.sqlite"
    build_archive(seeds, out, allow_changed_seeds=True)  # a seed edited on purpose
    with Archive.open(out) as planted:
        found = {(d.subject, d.attribute): set(d.claimed)
                 for d in planted.iter_records("disagreements") if isinstance(d, Disagreement)}
    assert found[("episode 6", "runtime (minutes)")] == {"71", "61"}
    assert found[("the series", "runtime of episode 6 (minutes)")] == {"71", "61"}
    assert found[("episode 5", "directors")] == {"Álvaro Curiel",
                                                 "Álvaro Curiel; Mariana Chenillo"}
    assert len(found) == len(READ_BY_HAND) + 3


def test_every_fact_and_episode_field_is_a_claim_linked_both_ways(archive: Archive) -> None:
    from viewer.archive.records.statements import Claim as ClaimRecord

    claims = [c for c in archive.iter_records("claims") if isinstance(c, ClaimRecord)]
    assert sum(c.record_table == "facts" for c in claims) == archive.count("facts")
    assert {c.subject for c in claims if c.record_table == "episodes"} == {
        f"episode {n}" for n in range(1, 7)}
    sides = [c for c in claims if c.disagreement_id is not None]
    assert {c.disagreement_id for c in sides} == {
        d.id for d in archive.iter_records("disagreements")}
    claim = next(c for c in sides if c.value == "28")
    links = archive.related("claims", claim.id)
    assert links[0].relation == "Sources disagree"
    assert ("facts", claim.record_id) in {(lk.table, lk.id) for lk in links}
    for c in claims:  # every claim points at words that state it
        assert archive.provenance("claims", c.id), c
