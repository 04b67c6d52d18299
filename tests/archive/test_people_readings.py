"""People as the R2 data audit found them (items 3, 4, 7, 8 and 11): spellings counted once
per mention, mentions the prose reader missed, readings that say how they were read, and
reasons that are true of the seeds. Records are found by their words, never by id."""

from __future__ import annotations

import tomllib

from tests.conftest import SEEDS
from viewer.archive import roles
from viewer.archive.extract.base import fold
from viewer.archive.records.credits import CrewCredit, Person
from viewer.archive.records.documents import Span
from viewer.archive.records.statements import Quote
from viewer.archive.records.story import Storyline
from viewer.archive.store import Archive


def _person(archive: Archive, name: str) -> Person:
    found = [p for p in archive.iter_records("people") if p.name == name]  # type: ignore[attr-defined]
    assert len(found) == 1, name
    return found[0]  # type: ignore[return-value]


def _names(archive: Archive, person: Person) -> list[tuple[Span, str, str]]:
    """The person's name spans, each with the seed's words there and the words after."""
    out = []
    for span in archive.provenance("people", person.id):
        if span.field == "name":
            text = archive.source_text(span.source_id)
            out.append((span, text[span.start:span.end], text[span.end:span.end + 30]))
    return out


def _seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def _corrections() -> dict:  # type: ignore[type-arg]
    return tomllib.loads((SEEDS / "corrections.toml").read_text(encoding="utf-8"))


def test_a_spelling_is_counted_once_per_mention(archive: Archive) -> None:
    """One span read by a credit, a quote and the person was counted three times."""
    cortes = _person(archive, "Maynné Cortés")
    assert cortes.spelling_note is not None
    assert "7 of 9 mentions (Maynée Cortés 2, Maynné Cortés 7)" in cortes.spelling_note
    composer = _person(archive, "Victor Hernández Stumpfhauser")
    assert composer.spelling_note is not None
    assert ("4 of 5 mentions (Victor Hernández Stumpfhauser 4, "
            "Víctor Hernández Stumpfhauser 1)") in composer.spelling_note
    # The counts are the seeds' own: every mention is a span of the person's provenance.
    for person, spelling, count in ((cortes, "Maynné Cortés", 7), (cortes, "Maynée Cortés", 2),
                                    (composer, "Victor Hernández Stumpfhauser", 4)):
        spans = {(s.source_id, s.start) for s, words, _after in _names(archive, person)
                 if words == spelling}
        assert len(spans) == count, spelling


def test_a_bare_possessive_and_a_possessive_before_tracks_are_mentions(archive: Archive) -> None:
    cortes = _names(archive, _person(archive, "Maynné Cortés"))
    assert any(words == "Maynée Cortés" and after.startswith("' exhaustive research")
               for _s, words, after in cortes)
    composer = _names(archive, _person(archive, "Victor Hernández Stumpfhauser"))
    assert any(words == "Victor Hernández Stumpfhauser" and after.startswith("’s tracks")
               for _s, words, after in composer)


def test_a_spelling_merged_by_folding_accents_is_curated_with_its_reason(
        archive: Archive) -> None:
    reason = _corrections().get("accents_and_case", {}).get("reason")
    composer = _names(archive, _person(archive, "Victor Hernández Stumpfhauser"))
    [(span, _w, _a)] = [n for n in composer if n[1] == "Víctor Hernández Stumpfhauser"]
    assert span.status == "curated" and span.reason == reason
    assert all(s.status == "stated" for s, words, _a in composer
               if words == "Victor Hernández Stumpfhauser")


def test_a_family_name_two_people_share_says_so(archive: Archive) -> None:
    """'Solares participated…' is in the seeds: it was no evidence because it also fits Ana."""
    assert ". Solares participated" in _seed("003")
    for name in ("Sandra Solares", "Ana Solares"):
        person = _person(archive, name)
        [span] = [s for s in archive.provenance("people", person.id) if s.field == "surname"]
        assert span.status == "inferred" and span.reason is not None
        assert "no source names" not in span.reason
        assert span.reason.startswith("the sources use “Solares” alone, but it ends the names "
                                      "of Sandra Solares and Ana Solares")


def test_a_quotation_that_goes_on_from_the_paragraph_before_is_inferred(
        archive: Archive) -> None:
    quotes = [q for q in archive.iter_records("quotes") if isinstance(q, Quote)]
    first = next(q for q in quotes if q.text.startswith("The characters in Somos."))
    goes_on = next(q for q in quotes if q.text.startswith("The folks hovering"))
    spans = {s.field: s for s in archive.provenance("quotes", first.id)}
    assert spans["speaker"].status == "stated"
    for field in ("speaker", "role"):
        span = next(s for s in archive.provenance("quotes", goes_on.id) if s.field == field)
        assert span.status == "inferred" and span.reason is not None
        assert "follows straight on from the quotation attributed to James Schamus" \
            in span.reason


def _role_spans(archive: Archive) -> list[tuple[str, Span, str]]:
    """Every credit's role spans: the role it is filed under, the span, the seed's words."""
    out = []
    for tab in ("crew", "cast"):
        for c in archive.iter_records(tab):
            role = c.role if isinstance(c, CrewCredit) else roles.ACTOR
            out += [(role, s, archive.source_text(s.source_id)[s.start:s.end])
                    for s in archive.provenance(tab, c.id) if s.field == "role"]
    return out


def test_a_role_the_source_s_words_name_is_stated(archive: Archive) -> None:
    """'Writers and Research Assistant' is roles.py's phrase for 'Screenplay and Research
    Assistant', as 'Directed by' is for 'Director': the source states the role, and the
    canonical name is only how the archive files it. Both were marked inferred, the episode
    table's own column looking less certain than prose."""
    credit = next(c for c in archive.iter_records("crew") if isinstance(c, CrewCredit)
                  and c.person == "Maynné Cortés"
                  and c.role == "Screenplay and Research Assistant")
    spans = [s for s in archive.provenance("crew", credit.id) if s.field == "role"]
    said = {archive.source_text(s.source_id)[s.start:s.end]: s for s in spans}
    assert said["Screenplay and Research Assistant"].status == "stated"
    assert said["Writers and Research Assistant"].status == "stated"
    assert said["Writers and Research Assistant"].reason is None
    words: dict[str, set[str]] = {}
    for _role, s, said_there in _role_spans(archive):
        words.setdefault(said_there, set()).add(s.status)
    for phrase in ("Directed by", "Teleplay by", "Cast", "Supporting Ensemble", "Color Timing",
                   "co-written with", "portrays"):
        assert words[phrase] == {"stated"}, phrase


def test_a_role_span_is_inferred_only_where_its_words_do_not_name_the_role(
        archive: Archive) -> None:
    """Every credit: a role span is "stated" where its words are the role or one of roles.py's
    phrases for it; otherwise it says so, in words a researcher can check."""
    inferred = set()
    for role, s, words in _role_spans(archive):
        named = fold(role) in fold(words) or roles.names_role(words, role)
        # "television directorial debut" names the role; the creator's name is what is read.
        assert (s.status == "stated") == named or "without the creator's name" in (
            s.reason or ""), (words, role, s.status)
        if s.status == "inferred" and named is False:
            inferred.add((words, s.reason))
    assert ("journalist", "the source says “journalist” where it tells of the reporting the "
            "series draws on; the archive files the author of that reporting as the source "
            "article's author") in inferred
    assert all(".py" not in (reason or "") for _w, reason in inferred)


def test_a_family_read_as_one_person_says_the_text_names_a_family(archive: Archive) -> None:
    story = next(s for s in archive.iter_records("storylines")
                 if isinstance(s, Storyline) and s.title == "The ranchers' story")
    [span] = [s for s in archive.provenance("storylines", story.id) if s.field == "characters"]
    assert span.status == "inferred" and span.reason is not None
    assert span.reason.startswith("the source names “the Linares family” here, a family")


def test_the_treviño_brothers_are_people_named_by_every_source(archive: Archive) -> None:
    """The explainer lost the name's accents ('Miguel ngel Trevio and his brother Omar'):
    corrections.toml names them there, curated; the encyclopedia names 'Miguel and Omar
    Treviño', Miguel's family name read from the one given once for both."""
    [entry] = [e for e in _corrections()["named_here"] if "Omar" in e["people"]]
    for name, explainer, encyclopedia in (("Miguel Treviño", "Miguel ngel Trevio", "Miguel"),
                                          ("Omar Treviño", "Omar", "Omar Treviño")):
        person = _person(archive, name)
        names = _names(archive, person)
        files = {s.source_file[:3]: (s, words) for s, words, _a in names}
        assert set(files) == {"000", "002"}
        span, words = files["000"]
        assert words == explainer and span.status == "curated"
        assert span.reason == entry["reason"]
        span, words = files["002"]
        assert words == encyclopedia
        assert (span.status == "stated") == (words == name)


def test_a_spelling_is_a_name_a_source_writes_whole(archive: Archive) -> None:
    """No seed writes 'Omar Trevio' (000 says 'his brother Omar') nor 'Miguel Treviño' (002
    says 'Miguel and Omar Treviño'): readings of part of a name count for the person, not as
    spellings, variants or in the spelling note (R3 code review, finding 2)."""
    seeds = fold("\n".join(p.read_text(encoding="utf-8") for p in SEEDS.glob("0*.txt")))
    for person in archive.iter_records("people"):
        for variant in person.variants:  # type: ignore[attr-defined]
            assert fold(variant) in seeds, (person.name, variant)  # type: ignore[attr-defined]
    omar = _person(archive, "Omar Treviño")
    assert omar.variants == ("Omar Treviño",) and omar.spelling_note is None
    miguel = _person(archive, "Miguel Treviño")
    assert miguel.variants == () and miguel.spelling_note is None


def test_the_correction_reasons_count_the_seeds_spellings() -> None:
    """'Maynné' seven times and 'Maynée' once in the notes, 'Maynée' once in the
    encyclopedia, as the reason says."""
    notes, encyclopedia = _seed("003"), _seed("002")
    assert (notes.count("Maynné Cortés"), notes.count("Maynée Cortés")) == (7, 1)
    assert encyclopedia.count("Maynée Cortés") == 1 and "Maynné" not in encyclopedia
    reason = next(e["reason"] for e in _corrections()["same_person"]
                  if "Maynné Cortés" in e["names"])
    assert "'Maynné Cortés' seven times and 'Maynée Cortés' once" in reason
    assert "Miguel ngel Trevio and his brother Omar" in _seed("000")
    assert "Miguel and Omar Treviño" in encyclopedia


def test_the_production_notes_site_is_cited_to_the_page_s_own_branding(
        archive: Archive) -> None:
    """Not to 'the Netflix Mexico team', which names a team, not the publisher."""
    notes = next(s for s in archive.iter_records("sources") if s.kind == "production notes")  # type: ignore[attr-defined]
    [span] = [s for s in archive.provenance("sources", notes.id) if s.field == "site"]
    text = archive.source_text(span.source_id)
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    assert text[line_start:line_end].strip() == "NETFLIX"
