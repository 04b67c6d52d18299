"""A tab's filter and sort by the words a window shows for the archive's own (its vocabulary
translated), in the data layer with no Qt: the window hands over each stored word's shown word,
in its language's order (viewer.archive.shown_words); here they are written by hand."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from viewer.archive import page_sql
from viewer.archive.paging import Pager, PageRequest, read_page
from viewer.archive.records.credits import CrewCredit
from viewer.archive.records.statements import Claim, Fact
from viewer.archive.shown_words import ShownColumn, ShownWords, filter_condition
from viewer.archive.store import Archive
from viewer.archive.tables import TABLE_SPECS
from viewer.archive.topics import FACT_TOPICS

#: Words a window could show for a few fact labels, and for the others their own word.
SHOWN_LABELS = {"Death toll estimate": "Estimación de muertos",
                "Official death toll": "Cifra oficial de muertos",
                "Premiere date": "Fecha de estreno",
                "Approval rating of reviews (%)": "Índice de aprobación de las reseñas (%)",
                "Filming began": "Inicio del rodaje"}


def _facts_shown() -> ShownWords:
    words = [(label, SHOWN_LABELS.get(label, label)) for label in FACT_TOPICS.values()]
    words.sort(key=lambda pair: pair[1].replace("Í", "I"))  # as the window's collation would
    return ShownWords((ShownColumn("label", tuple(words)),))


FACTS = _facts_shown()


def _facts(archive: Archive, filter_text: str, shown: ShownWords | None = FACTS,
           sort: str = "id") -> list[Fact]:
    return [f for f in archive.iter_records("facts", filter_text=filter_text, sort=sort,
                                            shown=shown, chunk=7) if isinstance(f, Fact)]


def test_a_filter_finds_rows_by_the_word_shown_for_their_label(archive: Archive) -> None:
    death_tolls = {f.id for f in _facts(archive, "", None)
                   if f.topic in ("death_toll", "official_death_toll")}
    # Seven: the counts of the dead and the missing together are filed apart (audit item 2).
    assert len(death_tolls) >= 7
    for typed in ("muertos*", "MUERTOS*", "muert*", '"cifra oficial"', "title:muertos*"):
        found = {f.id for f in _facts(archive, typed)}
        expected = death_tolls if typed != '"cifra oficial"' else {
            f.id for f in _facts(archive, "", None) if f.topic == "official_death_toll"}
        assert found == expected, typed
        assert archive.count("facts", typed, FACTS) == len(expected)
    # Accents fold as the index folds them: "estimacion" finds "Estimación".
    assert {f.label for f in _facts(archive, "estimacion* muertos*")} == {"Death toll estimate"}
    assert not _facts(archive, "body:muertos*")  # a word of ours is a title's, not a body's


def test_the_stored_words_and_the_sources_words_are_still_found(archive: Archive) -> None:
    for typed in ("death*", "premiere*"):
        assert {f.id for f in _facts(archive, typed)} == {f.id for f in _facts(archive, typed,
                                                                                 None)}
    # A shown word and a source's word together: each term by either.
    mixed = _facts(archive, "muertos* 300*")
    assert mixed and all(f.topic in ("death_toll", "official_death_toll") for f in mixed)
    assert all("300" in f.value or "300" in f.stated or "300" in f.statement for f in mixed)
    # Operators keep their meaning: OR either, NOT leaves out.
    either = {f.id for f in _facts(archive, "muertos* OR estreno*")}
    assert either == {f.id for f in _facts(archive, "muertos*")} | {
        f.id for f in _facts(archive, "estreno*")}
    assert not {f.topic for f in _facts(archive, "muertos* NOT cifra*")} & {
        "official_death_toll"}


def test_without_shown_words_the_filter_and_sort_are_the_archives_own(archive: Archive) -> None:
    assert not _facts(archive, "muertos*", None)
    assert filter_condition('"muertos"*', None, lambda term: ("1", [])) is None
    assert filter_condition('"death"*', FACTS, lambda term: ("1", [])) is None  # index alone
    labels = [f.label for f in _facts(archive, "", None, sort="label")]
    assert labels == sorted(labels, key=str.casefold)


def test_a_sort_by_the_label_follows_the_shown_words(archive: Archive) -> None:
    shown = dict(FACTS.columns[0].words)
    for descending in (False, True):
        words = [shown[f.label] for f in archive.iter_records(
            "facts", sort="label", descending=descending, shown=FACTS, chunk=5)
            if isinstance(f, Fact)]
        order = [word for _stored, word in FACTS.columns[0].words]
        assert words == sorted(words, key=order.index, reverse=descending)
        # "Índice…" among the I's, not after the Z's as its code point would put it.
        seen = list(dict.fromkeys(words))
        if not descending:
            assert seen.index("Índice de aprobación de las reseñas (%)") < seen.index(
                "Inicio del rodaje")


def _ids(archive: Archive, table: str, key: str, shown: ShownWords, descending: bool,
         filter_text: str = "") -> list[int]:
    return [r.id for r in archive.iter_records(table, sort=key, descending=descending,
                                               shown=shown, chunk=3, filter_text=filter_text)]


def _by_case(archive_path: Path, table: str, key: str, shown: ShownWords,
             descending: bool) -> list[int]:
    """The ids in the order of the CASE on the stored word, the statement a filtered page or a
    column with no index is read by: :func:`page_sql.page_query` asked for it directly."""
    spec = TABLE_SPECS[table]
    sql, params = page_sql.page_query(
        spec, key, "id", ([spec.where] if spec.where else [], []), shown=shown, filtered=True,
        after=None, descending=descending, limit=-1, start=0)
    assert " CASE " in sql
    with closing(sqlite3.connect(f"{archive_path.as_uri()}?mode=ro", uri=True)) as conn:
        return [row[0] for row in conn.execute(sql, params)]


@pytest.mark.parametrize(("table", "key", "words"), [
    ("facts", "label", FACTS.columns[0].words),
    ("crew", "role", (("Writer", "Guionista"), ("Director", "Director"),
                      ("Producer", "Productor"), ("Executive Producer", "Productor ejecutivo"))),
    ("claims", "subject", (("the massacre", "la masacre"), ("the series", "la serie"),
                           ("the shoot", "el rodaje"))),
    ("excerpts", "kind", (("paragraph", "párrafo"), ("heading", "título"),
                          ("quote", "cita"), ("list_item", "elemento de lista"))),
])
def test_every_row_once_in_the_shown_order_however_the_pages_are_read(
        archive: Archive, archive_path: Path, table: str, key: str,
        words: tuple[tuple[str, str], ...]) -> None:
    """Unfiltered, a page is read one stored word after another through an index; filtered, or
    without such an index, by a CASE: the same rows in the same order, every row once, words
    outside the vocabulary after it; by keyset, by position from either end."""
    shown = ShownWords((ShownColumn(key, words),))
    total = archive.count(table)
    for descending in (False, True):
        by_word = _ids(archive, table, key, shown, descending)
        assert len(by_word) == len(set(by_word)) == total
        assert by_word == _by_case(archive_path, table, key, shown, descending)
        pager = Pager(table, archive, page_size=11, shown=shown)
        pager.set_sort(key, descending)
        pager.load()
        by_position = [pager.record(row).id for row in reversed(range(pager.rows))][::-1]
        assert by_position == by_word
        records = {r.id: r for r in archive.iter_records(table)}
        stored = [getattr(records[i], key) for i in by_word]
        known = [s for s in stored if s in dict(words)]
        ranks = [word for _stored, word in words]
        expected = sorted(known, key=lambda s: ranks.index(dict(words)[s]),
                          reverse=descending)
        assert [s for s in stored if s in dict(words)] == expected
        # The words outside the vocabulary after it (before it, descending).
        inside = [s in dict(words) for s in stored]
        assert inside == sorted(inside, reverse=not descending)


def test_a_claims_filter_finds_words_shown_in_either_column(archive: Archive) -> None:
    shown = ShownWords((ShownColumn("subject", (("the massacre", "la masacre"),)),
                        ShownColumn("attribute", (("people killed", "personas asesinadas"),))))
    claims = [c for c in archive.iter_records("claims", filter_text="masacre* asesinadas*",
                                              shown=shown) if isinstance(c, Claim)]
    assert claims and {(c.subject, c.attribute) for c in claims} == {
        ("the massacre", "people killed")}
    assert archive.count("claims", "masacre* asesinadas*", shown) == len(claims)


def test_a_list_of_roles_is_filtered_by_the_shown_role(archive: Archive) -> None:
    shown = ShownWords((ShownColumn("roles", (("Writer", "Guionista"),), listed=True),))
    people = list(archive.iter_records("people", filter_text="guionista*", shown=shown))
    assert people and all("Writer" in p.roles for p in people)  # type: ignore[attr-defined]
    crew = ShownWords((ShownColumn("role", (("Writer", "Guionista"),)),))
    writers = [c for c in archive.iter_records("crew", filter_text="guionista*", shown=crew)
               if isinstance(c, CrewCredit)]
    assert writers and {c.role for c in writers} == {"Writer"}


def test_a_page_request_carries_the_shown_words_to_the_worker(archive: Archive) -> None:
    request: Any = PageRequest("facts", "label", False, "muertos*", None, 0, 50, 1,
                               count=True, shown=FACTS)
    hash(request)  # a pager keys the pages on their way by their requests
    page = read_page(archive, request)
    assert page.total == len(page.records) >= 7
