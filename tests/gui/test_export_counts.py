"""What the export dialog says about a number of records: one sentence for exactly one, and the
catalogue's plural forms (``%Ln``) for every other count, so that a language picks its own form
for each number rather than the code choosing between two English ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from viewer.archive.export import ExportReport
from viewer.gui.labels import number
from viewer.gui.tables.export_messages import ExportCounts
from viewer.gui.tables.export_request import ExportRequest


def _wrote(tmp_path: Path, *counts: int, table: str = "cast") -> list[ExportReport]:
    tables = [table] if len(counts) == 1 else ["cast", "people", "episodes"][:len(counts)]
    return [ExportReport(table=t, fmt="csv", count=n, total=n, path=tmp_path / f"x-{t}.csv")
            for t, n in zip(tables, counts, strict=True)]


def summary(reports: list[ExportReport]) -> str:
    return ExportCounts().summary(reports)


def _tab(matching: int | None, query: str = "", selected: int = 0) -> ExportRequest:
    ids = {"cast": tuple(range(1, selected + 1))} if selected else {}
    return ExportRequest(False, ("cast",), ids, query, matching=matching)


def test_what_an_export_wrote_reads_right_for_one_and_for_two_records_in_spanish(
        spanish: None, tmp_path: Path) -> None:
    path = tmp_path / "x-cast.csv"
    assert summary(_wrote(tmp_path, 1)) == f"Se exportó 1 registro de reparto a {path}"
    assert summary(_wrote(tmp_path, 2)) == f"Se exportaron 2 registros de reparto a {path}"
    assert summary(_wrote(tmp_path, 0)) == f"Se exportaron 0 registros de reparto a {path}"
    # %Ln: the number as the window's locale writes it, as labels.number does.
    assert summary(_wrote(tmp_path, 1234)) == (
        f"Se exportaron {number(1234)} registros de reparto a {path}")
    assert summary(_wrote(tmp_path, 1, 2)) == (
        f"Se exportaron 3 registros de 2 tablas a {tmp_path}: x-cast.csv (1), x-people.csv (2)")


def test_what_the_dialog_offers_reads_right_for_one_and_for_two_records_in_spanish(
        spanish: None) -> None:
    assert _tab(5, selected=1).what_selected() == "la selección: 1 crédito del reparto"
    assert _tab(5, selected=2).what_selected() == "la selección: 2 créditos del reparto"
    several = ExportRequest(True, ("cast", "people"), {"cast": (1,), "people": (2, 3)}, "x")
    assert several.what_selected() == "los 3 resultados seleccionados, de 2 tablas"
    assert _tab(1).what_matching() == "el único registro (crédito del reparto)"
    assert _tab(2).what_matching() == "todos los 2 registros (créditos del reparto)"
    assert _tab(1, "benjamín").what_matching() == (
        "el único registro (crédito del reparto) que coincide con «benjamín»")
    assert _tab(2, "benjamín").what_matching() == (
        "todos los 2 registros (créditos del reparto) que coinciden con «benjamín»")


def test_the_english_messages_say_one_record_and_two_records(qapp: QApplication,
                                                             tmp_path: Path) -> None:
    path = tmp_path / "x-cast.csv"
    assert summary(_wrote(tmp_path, 1)) == f"Exported 1 cast record to {path}"
    assert summary(_wrote(tmp_path, 2)) == f"Exported 2 cast records to {path}"
    assert _tab(5, selected=1).what_selected() == "the 1 selected cast credit"
    assert _tab(5, selected=2).what_selected() == "the 2 selected cast credits"
    assert _tab(1, "x").what_matching() == "the 1 cast credit matching “x”"
    assert _tab(2, "x").what_matching() == "all 2 cast credits matching “x”"
    assert _tab(2).what_matching() == "all 2 cast credits"


def _search(counts: dict[str, int] | None) -> ExportRequest:
    return ExportRequest(True, ("cast", "characters", "episodes"), {}, "chayo", counts=counts)


def test_every_match_of_a_search_is_counted_once_its_counts_are_known(
        qapp: QApplication) -> None:
    assert _search(None).what_matching() == "every record matching “chayo”, in every table"
    assert _search({"cast": 2, "characters": 1, "episodes": 0}).what_matching() == (
        "all 3 records matching “chayo”, from 2 tables")
    assert _search({"cast": 2, "episodes": 0}).what_matching() == (
        "all 2 cast credits matching “chayo”")
    assert _search({"cast": 1}).what_matching() == "the 1 cast credit matching “chayo”"
    assert _search({"cast": 0}).what_matching() == "every record matching “chayo” (none do)"


def test_every_match_of_a_search_is_counted_in_spanish(spanish: None) -> None:
    assert _search({"cast": 2, "characters": 1}).what_matching() == (
        "todos los 3 registros que coinciden con «chayo», de 2 tablas")


class _Asked(QTranslator):
    """A catalogue that translates nothing and notes what it was asked, with which count."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[tuple[str, str, int]] = []

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        self.asked.append((context, source, n))
        return None


@pytest.mark.parametrize("n", [2, 5, 21])
def test_every_count_but_one_is_given_to_the_catalogue_to_pick_its_plural_form(
        qapp: QApplication, tmp_path: Path, n: int) -> None:
    """Qt picks a plural form by the count a ``tr()`` call is given: a message that chose
    between two English sentences itself gave none, and a language with more forms than two
    (or another rule for which number takes which) could not say it right."""
    asked = _Asked()
    qapp.installTranslator(asked)
    try:
        summary(_wrote(tmp_path, n))
        summary(_wrote(tmp_path, 1, n - 1))
        _tab(n + 3, selected=n).what_selected()
        ExportRequest(True, ("cast", "people"), {"cast": (1,), "people": tuple(range(n - 1))},
                      "x").what_selected()
        _tab(n).what_matching()
        _tab(n, "x").what_matching()
    finally:
        qapp.removeTranslator(asked)
    # The sentence for exactly one is asked for too (counted() is given both), without a count.
    counted = [(source, count) for context, source, count in asked.asked
               if context == "ExportCounts" and "%Ln" in source]
    assert counted == [("Exported %Ln %1 records to %2", n),
                       ("Exported %Ln records from %1 tables to %2: %3", n),
                       ("the %Ln selected %1", n),
                       ("the %Ln selected results, from %1 tables", n),
                       ("all %Ln %1", n),
                       ("all %Ln %1 matching “%2”", n)]


def test_the_spanish_catalogue_has_both_plural_forms_of_each_counted_message() -> None:
    import xml.etree.ElementTree as ET

    from tests.gui.visible_text import TS

    context = next(c for c in ET.parse(TS).getroot().iter("context")
                   if c.findtext("name") == "ExportCounts")
    plural = {m.findtext("source"): [f.text for f in m.iter("numerusform")]
              for m in context.iter("message") if m.get("numerus") == "yes"}
    assert len(plural) == 7
    for source, forms in plural.items():
        assert len(forms) == 2 and all(f and "%Ln" in f for f in forms), (source, forms)
