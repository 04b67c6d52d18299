"""The command line marks what no words state, as the window does: a search hit of James
Schamus's Director credit (read from "television directorial debut", his name missing) is
"(inferred)" with the reason, his person lists the roles only such credits give, and an export
from the command line says it in its ``not_stated`` column with provenance or without. Álvaro
Curiel's Director credit, which the sources state, is marked nowhere."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests.cli.conftest import Run
from tests.cli.test_spanish import SPANISH, run_in

WHY = "television directorial debut"


def _hit_lines(output: str, head: str) -> list[str]:
    """The hit whose first line starts with ``head``: that line and its indented ones."""
    lines = output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(head))
    end = next((i for i in range(start + 1, len(lines)) if not lines[i].startswith(" ")),
               len(lines))
    return lines[start:end]


def test_search_marks_the_inferred_credit_and_says_why(run: Run) -> None:
    done = run("search", "Schamus director", "--limit", "5")
    assert done.exit_code == 0, done.stderr
    crew = _hit_lines(done.stdout, "crew #")
    assert crew[0].split("  ")[1] == "James Schamus — Director (inferred)"
    assert crew[-1].startswith("    Inferred: ") and WHY in crew[-1]
    person = _hit_lines(done.stdout, "people #")
    assert person[-1] == "    Inferred roles: Director, Producer (each credit says why)"
    stated = run("search", "Curiel director", "--table", "crew", "--limit", "1")
    (title, _snippet) = _hit_lines(stated.stdout, "crew #")
    assert title.split("  ")[1] == "Álvaro Curiel — Director"
    assert "Inferred" not in stated.stdout


def test_search_json_carries_why_a_hit_is_inferred(run: Run) -> None:
    hits = json.loads(run("search", "Schamus director", "--limit", "5", "--format",
                          "json").stdout)
    by_table = {h["table"]: h for h in hits}
    assert WHY in by_table["crew"]["inferred"] and by_table["crew"]["inferred_roles"] == []
    assert by_table["people"]["inferred"] is None
    assert by_table["people"]["inferred_roles"] == ["Director", "Producer"]
    stated = json.loads(run("search", "Curiel director", "--table", "crew", "--limit", "1",
                            "--format", "json").stdout)
    assert (stated[0]["inferred"], stated[0]["inferred_roles"]) == (None, [])


def test_an_export_without_provenance_still_says_what_is_inferred(run: Run) -> None:
    found = json.loads(run("search", "Schamus director", "--table", "crew", "--limit", "1",
                           "--format", "json").stdout)
    done = run("export", "crew", "--ids", str(found[0]["id"]), "--format", "csv",
               "--no-provenance")
    assert done.exit_code == 0, done.stderr
    (row,) = csv.DictReader(io.StringIO(done.stdout.lstrip("\ufeff")))
    assert row["not_stated"].startswith("role (inferred): ") and WHY in row["not_stated"]
    assert "spans" not in row


def test_search_marks_the_inferred_credit_in_spanish(archive_path: Path) -> None:
    done = run_in(SPANISH, "search", "Schamus director", "--limit", "5",
                  "--archive", str(archive_path))
    assert done.returncode == 0, done.stderr
    crew = _hit_lines(done.stdout, "crew #")
    assert crew[0].split("  ")[1] == "James Schamus — Director (inferido)"
    assert crew[-1].startswith("    Inferido: ")
    assert _hit_lines(done.stdout, "people #")[-1] == (
        "    Roles inferidos: Director, Producer (cada crédito dice por qué)")
