"""What the charts are drawn from: the store's timeline, credits matrix and storyline map."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

from tests.conftest import REPO
from viewer.archive.dates import fact_date
from viewer.archive.records.credits import CastCredit, CrewCredit
from viewer.archive.records.statements import Fact
from viewer.archive.records.story import Storyline
from viewer.archive.store import Archive


def test_the_timeline_holds_every_fact_that_states_a_date(archive: Archive) -> None:
    facts = [f for f in archive.iter_records("facts") if isinstance(f, Fact)]
    dated = {f.id for f in facts if fact_date(f.topic, f.value) is not None}
    events = archive.timeline_events()
    assert {e.fact.id for e in events} == dated
    assert len(events) == len(dated)
    assert {e.fact.topic for e in events} == {
        "massacre_date", "article_year", "rights_acquired", "filming_start",
        "filming_suspended", "filming_resumed", "announcement_date", "premiere_date"}


def test_counts_are_not_read_as_years(archive: Archive) -> None:
    topics = {e.fact.topic for e in archive.timeline_events()}
    assert "distress_calls" not in topics and "user_rating_votes" not in topics


def test_the_timeline_runs_earliest_first(archive: Archive) -> None:
    starts = [e.placed.start() for e in archive.timeline_events() if e.placed]
    assert starts == sorted(starts)


def test_sources_that_disagree_on_a_date_both_appear(archive: Archive) -> None:
    massacre = {e.stated.iso() for e in archive.timeline_events()
                if e.fact.topic == "massacre_date"}
    assert massacre == {"2011-03", "2011-03-18"}


def test_a_premiere_stated_without_a_year_is_placed_by_another_source_and_says_so(
        archive: Archive) -> None:
    premieres = [e for e in archive.timeline_events() if e.fact.topic == "premiere_date"]
    yearless = [e for e in premieres if not e.stated.has_year]
    assert yearless, "the news item and the production notes give 'June 30' only"
    for event in yearless:
        assert event.placed is not None and event.placed.iso() == "2021-06-30"
        assert event.year_inferred and event.year_from and "Hubbry" in event.year_from
    stated = [e for e in premieres if e.stated.has_year]
    assert stated and not any(e.year_inferred for e in stated)


def test_the_matrix_has_a_cell_per_credited_episode(archive: Archive) -> None:
    crew = [c for c in archive.iter_records("crew") if isinstance(c, CrewCredit)]
    matrix = archive.credits_matrix()
    assert len(matrix.cells) == sum(len(set(c.episodes)) for c in crew)
    roles = Counter(cell.role for cell in matrix.cells)
    assert roles == {"Director": 6, "Writer": 6}
    assert matrix.episode_numbers() == [1, 2, 3, 4, 5, 6]
    assert [c.role for c in matrix.credits][:2] == ["Director", "Director"]


def test_each_episode_has_the_director_its_record_names(archive: Archive) -> None:
    matrix = archive.credits_matrix()
    for episode in matrix.episodes:
        directors = {c.person for c in matrix.cells
                     if c.episode == episode.number and c.role == "Director"}
        assert directors == set(episode.directors)


def test_the_storyline_map_links_storylines_characters_and_actors(archive: Archive) -> None:
    storylines = [s for s in archive.iter_records("storylines") if isinstance(s, Storyline)]
    named = {name for s in storylines for name in s.characters}
    found = archive.storyline_map()
    assert [s.id for s in found.storylines] == [s.id for s in sorted(storylines,
                                                                      key=lambda s: s.seq)]
    assert {c.name for c in found.characters} == named
    cast = [c for c in archive.iter_records("cast")
            if isinstance(c, CastCredit) and c.character in named]
    assert {c.id for c in found.cast} == {c.id for c in cast}
    first = found.storylines[0]
    assert [c.name for c in found.characters if (first.id, c.id) in found.links] == list(
        first.characters)


def test_reading_the_charts_loads_none_of_the_extractors(archive_path: Path) -> None:
    """The timeline reads dates with the seeds' month names: they lived with the extractors,
    so showing the Views tab loaded the extractors' modules and compiled their patterns. A
    fresh interpreter, so that what other tests imported does not count."""
    code = textwrap.dedent(f"""
        import json, sys
        from pathlib import Path
        from viewer.archive.store import Archive
        with Archive.open(Path({str(archive_path)!r})) as archive:
            marks = len(archive.timeline_events())
            archive.credits_matrix(), archive.storyline_map()
        print(json.dumps({{
            "marks": marks,
            "extract": sorted(m for m in sys.modules if m.startswith("viewer.archive.extract")),
        }}))
    """)
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                         text=True, check=True).stdout
    probe = json.loads(out)
    assert probe["marks"] > 0  # the timeline read the seeds' dates
    assert probe["extract"] == []
