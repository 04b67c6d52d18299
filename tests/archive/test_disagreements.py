"""Where the sources disagree: the list a reader makes, and what the archive finds.

READ_BY_HAND was written down from reading the four seeds before the extraction looked for
disagreements (issue 25). Each entry: subject, attribute, and the values the sources give that
cannot all be true, with the seeds that give each.

- The number of people killed in the massacre: the explainer (000) gives the official number,
  28, beside estimates of 300; the encyclopedia (002) gives Coahuila's official count of about
  28 beside estimates of "between 200 and 300" and "40 to over 300", and "confirmed deaths
  exceeding 80"; the news item (001) "at least 300". Each is a value of its own, on the side
  it agrees with; the side of 28 and about 28 says the text calls them the official count.
  (The encyclopedia's "an estimated 300-500" is what "The miniseries Somos. portrays", no
  estimate of the dead: R5 review, item 4. The
  encyclopedia's "300 deaths and disappearances", "over 100 confirmed dead or missing" and "50
  to 300 victims were kidnapped, murdered, and incinerated" count the missing too: no count
  of the killed.)
- The title of the article the series is based on: "How the U.S. Triggered a Massacre in
  Mexico" (002 twice, and the production notes' summary and "Based on:" line, 003) against
  "Anatomy of a massacre" (the production notes' biography of Sandra Solares, 003).
- Maynné (Maynée) Cortés's role: "producer" (002) against "consultant", "Screenplay and
  Research Assistant", "Writers and Research Assistant" and "researcher" (003).
- James Schamus's remark that most of the key creative leaders are women, in two versions:
  "It is not by chance …" (000) and "it is not coincidental …" (001). That they are one
  remark only a curator can say: seeds/corrections.toml, [[same_remark]].
- Who directed the series: the encyclopedia says its creator made "his television
  directorial debut" with it (twice, the creator's name lost there: its infobox credits James
  Schamus), while its episode table and the production notes' credits name Álvaro Curiel and
  Mariana Chenillo as the directors of every episode.

Read and found *not* to be disagreements (differences of precision or wording only):
the premiere "June 30" (001, 003) against "30 June 2021" (002); the massacre in "March 2011"
(000, 003) against "March 18, 2011" (002); "at least 300" against "300"; "approximately 45
minutes" against "45 minutes"; "over 190" against "more than 190" countries; "Dance of the 41"
against "Dance of the Forty-One"; "Victor" against "Víctor" Hernández Stumpfhauser.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from viewer.archive.claims import Claim, agree, disagreements, reading
from viewer.archive.export import export_records
from viewer.archive.extract.base import fold
from viewer.archive.records.statements import Disagreement
from viewer.archive.store import Archive

#: Each disagreement's sides, in order; each side its values as stated, with their seeds.
READ_BY_HAND: list[tuple[str, str, list[dict[str, set[str]]]]] = [
    ("the massacre", "people killed", [
        {"300": {"000"}, "at least 300": {"001"}, "between 200 and 300": {"002"},
         "40 to over 300": {"002"}, "exceeding 80": {"002"}},
        {"28": {"000"}, "about 28": {"002"}},
    ]),
    ("the series", "based on (title)", [
        {"How the U.S. Triggered a Massacre in Mexico": {"002", "003"}},
        {"Anatomy of a massacre": {"003"}},
    ]),
    ("Maynné Cortés", "role in the series", [
        {"producer": {"002"}},
        {"consultant": {"003"}, "Screenplay and Research Assistant": {"003"},
         "Writers and Research Assistant": {"003"}, "researcher": {"003"}},
    ]),
    ("the series", "directors", [
        {"Álvaro Curiel, Mariana Chenillo": {"002", "003"}},
        {"James Schamus": {"002"}},
    ]),
    ("James Schamus", "words of a remark", [
        {"It is not by chance that the majority of key creative leaders on the series are "
         "women, because it was primarily women who spoke most fearlessly in [ProPublica "
         "journalist] Ginger Thompson’s oral history, and women who continue to lead the effort "
         "to memorialise and account for the events on which Somos. is based.": {"000"}},
        {"it is not coincidental that the majority of key creative leaders on the series are "
         "women, for it is mainly women who spoke most fearlessly in Ginger Thompson’s oral "
         "history, and women who continue to lead the effort to memorialize and account for "
         "the events on which Somos. is based.": {"001"}},
    ]),
]


def _claim(value: str, stated: str, topic: str = "death_toll") -> Claim:
    return Claim("s", "a", value, stated, "x.txt", ((0, 1),), topic)


def test_the_archive_finds_exactly_the_disagreements_read_by_hand(archive: Archive) -> None:
    found = [d for d in archive.iter_records("disagreements") if isinstance(d, Disagreement)]
    got = {}
    for d in found:
        sides: list[dict[str, set[str]]] = []
        for v in d.values:
            while len(sides) < v["side"]:
                sides.append({})
            sides[v["side"] - 1][fold(v["value"])] = {s[:3] for s in v["sources"]}
        got[(d.subject, d.attribute)] = sides
    expected = {(subject, attribute): [{fold(v): s for v, s in side.items()} for side in sides]
                for subject, attribute, sides in READ_BY_HAND}
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
            # Each span states the value it is listed under, in those words: "over 100" or
            # "between 200 and 300" never under "300" (the audit of 2026-12-07, item 2).
            assert " ".join(words.split()) == value["value"], (words, value["value"])
    spans = archive.provenance("disagreements", record.id)
    assert len(spans) == sum(len(v["spans"]) for v in record.values)
    facts = [link for link in archive.related("disagreements", record.id)
             if link.table == "facts"]
    # five estimates, two official counts (the series' portrayal is none: R5 review, item 4)
    assert len(facts) == 7
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
            # "as": what the text calls the value ("official count"); "inferred": why a
            # value no words state is read (schema 12).
            assert {"value", "side", "sources", "spans"} <= set(value) <= {
                "value", "side", "sources", "spans", "as", "inferred", "inferred_parts"}
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
        # Each side's value (the summary's): the values as stated are several per side.
        found = {(d.subject, d.attribute): set(d.summary.split(" · "))
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


def _disagreement(archive: Archive, attribute: str) -> Disagreement:
    return next(d for d in archive.iter_records("disagreements")
                if isinstance(d, Disagreement) and d.attribute == attribute)


def test_no_count_of_the_killed_counts_the_missing_too(archive: Archive) -> None:
    """ "300 deaths and disappearances", "over 100 confirmed dead or missing", "50 to 300
    victims were kidnapped, …" count the dead and the missing together: they are claims of
    their own, never of the people killed (the audit of 2026-12-07, item 2)."""
    from viewer.archive.records.statements import Claim as ClaimRecord

    texts = {s.id: archive.source_text(s.id) for s in archive.sources()}
    killed = [c for c in archive.iter_records("claims")
              if isinstance(c, ClaimRecord) and c.attribute == "people killed"]
    assert len(killed) == 7
    for claim in killed:
        for span in archive.provenance("claims", claim.id):
            after = " ".join(texts[span.source_id][span.end:span.end + 40].split()[:4])
            assert not re.search(r"missing|disappear|kidnap|abduct", after), (claim, after)
    both = [c for c in archive.iter_records("claims")
            if isinstance(c, ClaimRecord) and c.attribute == "people dead or missing"]
    assert sorted(c.stated for c in both) == ["300", "50 to 300", "over 100"]
    assert all(c.disagreement_id is None for c in both)  # all three could be true


def test_a_source_stating_a_value_twice_makes_one_claim_citing_both(archive: Archive) -> None:
    """The encyclopedia gives episodes 1 and 2 their titles in its table and in its synopsis:
    one claim each, with both spans (audit item 10)."""
    from viewer.archive.records.statements import Claim as ClaimRecord

    claims = [c for c in archive.iter_records("claims") if isinstance(c, ClaimRecord)]
    keys = [(c.source, c.subject, c.attribute, c.value) for c in claims]
    assert len(keys) == len(set(keys))
    herd = [c for c in claims if c.value == "The Lazy Herd"]
    assert len(herd) == 1
    assert len(archive.provenance("claims", herd[0].id)) == 2


def test_a_person_s_role_stated_differently_is_a_disagreement(archive: Archive) -> None:
    """The encyclopedia calls Cortés a producer; the production notes a consultant, a
    researcher, and "Screenplay and Research Assistant" / "Writers and Research Assistant"
    (audit item 9). Each wording is a value, cited where it is stated."""
    record = _disagreement(archive, "role in the series")
    assert fold(record.subject) == "maynne cortes"
    texts = {s.file: archive.source_text(s.id) for s in archive.sources()}
    said = {(v["value"], s["source"][:3], texts[s["source"]][s["start"]:s["end"]])
            for v in record.values for s in v["spans"]}
    assert {(value, seed) for value, seed, _words in said} == {
        ("producer", "002"), ("consultant", "003"), ("researcher", "003"),
        ("Screenplay and Research Assistant", "003"),
        ("Writers and Research Assistant", "003")}
    assert all(value == words for value, _seed, words in said)
    assert {v["side"] for v in record.values if v["value"] == "producer"} == {1}
    # Roles that only differ in rank agree: Sandra Solares is a "producer" (002) and an
    # "Executive Producer" (003); James Schamus's several roles are no disagreement.
    subjects = {d.subject for d in archive.iter_records("disagreements")
                if isinstance(d, Disagreement) and d.attribute == "role in the series"}
    assert subjects == {record.subject}


def test_every_title_a_source_gives_the_series_source_is_a_claim(archive: Archive) -> None:
    """The encyclopedia's second mention ('report "How the U.S. …," framing it') and the
    notes' "Based on:" line are sides of the title disagreement too (audit item 9)."""
    record = _disagreement(archive, "based on (title)")
    texts = {s.file: archive.source_text(s.id) for s in archive.sources()}
    around = [texts[s["source"]][s["start"] - 14:s["end"] + 12]
              for v in record.values for s in v["spans"]]
    assert any('report "How the U.S.' in a and 'Mexico," framing' in a for a in around), around
    assert any("Based on: “[How" in a for a in around), around


def test_episode_numbers_are_cited_only_where_stated(archive: Archive) -> None:
    """"the first five" and "the finale" state no episode's number (audit item 10)."""
    for episode in archive.iter_records("episodes"):
        spans = [s for s in archive.provenance("episodes", episode.id) if s.field == "number"]
        assert spans
        texts = {s.source_id: archive.source_text(s.source_id) for s in spans}
        assert all(texts[s.source_id][s.start:s.end] == str(episode.number) for s in spans)
    third = next(e for e in archive.iter_records("episodes") if e.number == 3)
    titles = [s for s in archive.provenance("episodes", third.id) if s.field == "title"]
    assert len(titles) == 2  # the table's and the synopsis's "Tell the Moon to Come"


def test_two_versions_of_one_remark_are_linked_by_the_curator_s_reason(
        archive: Archive) -> None:
    """The explainer's and the news item's quotes of Schamus's remark about women are one
    remark in two versions (audit item 9): each quote links to the disagreement setting them
    side by side, and each version's spans are marked "curated" with the reason in
    seeds/corrections.toml."""
    import tomllib

    from tests.conftest import SEEDS

    record = _disagreement(archive, "words of a remark")
    quotes = [link for link in archive.related("disagreements", record.id)
              if link.table == "quotes"]
    assert len(quotes) == 2
    for link in quotes:
        assert record.id in {lk.id for lk in archive.related("quotes", link.id)
                             if lk.table == "disagreements"}
    entry = tomllib.loads((SEEDS / "corrections.toml").read_text(encoding="utf-8"))[
        "same_remark"][0]
    spans = archive.provenance("disagreements", record.id)
    assert spans and {(s.status, s.reason) for s in spans} == {("curated", entry["reason"])}
    texts = {s.id: archive.source_text(s.id) for s in archive.sources()}
    starts = {texts[s.source_id][s.start:s.start + 25] for s in spans}
    assert {"It is not by chance that ", "it is not coincidental th"} <= starts


def test_a_director_no_episode_list_names_disagrees_with_the_lists(archive: Archive) -> None:
    """The encyclopedia's "created by screenwriter in his television directorial debut" (the
    creator's name lost) against every episode's directors (audit item 9): the creator is
    read from the page's own credits, inferred with the reason, cited at the words."""
    record = _disagreement(archive, "directors")
    assert record.subject == "the series"
    texts = {s.id: archive.source_text(s.id) for s in archive.sources()}
    debut = [s for s in archive.provenance("disagreements", record.id)
             if texts[s.source_id][s.start:s.end] == "television directorial debut"]
    assert len(debut) == 2
    assert all(s.status == "inferred" and s.reason and "James Schamus" in s.reason
               for s in debut)
    sides = {v["value"]: v["side"] for v in record.values}
    assert sides["James Schamus"] != sides["Álvaro Curiel, Mariana Chenillo"]
