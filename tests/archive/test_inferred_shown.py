"""What the data says where the text does not state a value (R5 review, items 3, 4, 5, 7).

- A credit whose role or person no words state (James Schamus as the series' Director, read
  from 002's "Created by screenwriter in his television directorial debut", his name missing)
  says why on the credit, and a role only such credits give is listed on the person as
  inferred, so every reader can mark it.
- A value the text calls the official number is said to be the official count on its side of
  the disagreement; a figure the text gives as what the miniseries portrays is no estimate
  of the massacre's dead.
- A role is what the words state: 003's "consultant" is a Consultant.
- A family name given once after two given names ("Miguel and Omar Treviño") is both's.
"""

from __future__ import annotations

from viewer.archive.records.credits import CrewCredit, Person
from viewer.archive.records.statements import Disagreement, Fact
from viewer.archive.store import Archive


def _crew(archive: Archive) -> list[CrewCredit]:
    return [c for c in archive.iter_records("crew") if isinstance(c, CrewCredit)]


def _person(archive: Archive, name: str) -> Person:
    return next(p for p in archive.iter_records("people")
                if isinstance(p, Person) and p.name == name)


def test_a_credit_no_words_state_says_why_and_stated_ones_do_not(archive: Archive) -> None:
    crew = _crew(archive)
    director = next(c for c in crew if c.person == "James Schamus" and c.role == "Director")
    assert director.inferred and "television directorial debut" in director.inferred
    for credit in crew:
        spans = archive.provenance("crew", credit.id)
        roles = [s for s in spans if s.field == "role"]
        people = [s for s in spans if s.field == "person"]
        read = any(f and all(s.status == "inferred" for s in f) for f in (roles, people))
        assert bool(credit.inferred) == read, credit
    curiel = next(c for c in crew if c.person == "Álvaro Curiel" and c.role == "Director")
    assert curiel.inferred is None


def test_a_person_s_roles_only_inferred_credits_give_are_listed_as_inferred(
        archive: Archive) -> None:
    schamus = _person(archive, "James Schamus")
    assert "Director" in schamus.roles and "Director" in schamus.inferred_roles
    # Creator and Writer are stated by credits of his: never marked.
    assert not {"Creator", "Writer"} & set(schamus.inferred_roles)
    assert _person(archive, "Álvaro Curiel").inferred_roles == ()


def test_a_side_no_words_state_says_it_is_inferred(archive: Archive) -> None:
    directors = next(d for d in archive.iter_records("disagreements")
                     if isinstance(d, Disagreement) and d.attribute == "directors")
    schamus = next(v for v in directors.values if v["value"] == "James Schamus")
    assert "television directorial debut" in schamus["inferred"]
    assert schamus["inferred_parts"]
    stated = next(v for v in directors.values if v["value"] != "James Schamus")
    assert "inferred" not in stated


def test_the_official_number_is_said_to_be_the_official_count(archive: Archive) -> None:
    killed = next(d for d in archive.iter_records("disagreements")
                  if isinstance(d, Disagreement) and d.attribute == "people killed")
    official = [v for v in killed.values if v.get("as") == "official count"]
    assert {v["value"] for v in official} == {"28", "about 28"}
    assert all(v.get("as") is None for v in killed.values if v not in official)


def test_the_deaths_the_series_portrays_are_not_a_death_toll_estimate(archive: Archive) -> None:
    facts = [f for f in archive.iter_records("facts") if isinstance(f, Fact)]
    portrayed = next(f for f in facts if f.stated == "an estimated 300-500")
    assert portrayed.topic == "portrayed_death_toll"
    assert portrayed.label == "Deaths the series portrays"
    killed = next(d for d in archive.iter_records("disagreements")
                  if isinstance(d, Disagreement) and d.attribute == "people killed")
    assert "an estimated 300-500" not in {v["value"] for v in killed.values}


def test_a_consultant_is_filed_as_what_the_words_state(archive: Archive) -> None:
    credit = next(c for c in _crew(archive)
                  if c.person == "Maynné Cortés" and c.role_as_stated == "consultant")
    assert credit.role == "Consultant"
    role = [s for s in archive.provenance("crew", credit.id) if s.field == "role"]
    assert role and all(s.status == "stated" for s in role)


def test_a_family_name_given_after_both_given_names_is_each_one_s(archive: Archive) -> None:
    miguel = _person(archive, "Miguel Treviño")
    assert miguel.surname == "Treviño"
    span = next(s for s in archive.provenance("people", miguel.id) if s.field == "surname")
    text = archive.source_text(span.source_id)[span.start:span.end]
    assert text.endswith("Treviño") and text.startswith("Miguel")
    assert span.status == "inferred" and span.reason and "Treviño" in span.reason
