"""``somos-archive export``: the JSON contract, files written atomically, errors in one line."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import Run, one_line_error, run_process
from tests.conftest import installed_tool
from viewer.archive.records.kinds import record_dict
from viewer.archive.store import Archive
from viewer.archive.tables import TABLE_SPECS

#: The keys the CLI promises per table, and what each value must be.
CONTRACT: dict[str, dict[str, Any]] = {
    "episodes": {"number": int, "title": (str, type(None)), "directors": list, "writers": list,
                 "release_date": (str, type(None)), "runtime_minutes": (int, type(None))},
    "cast": {"actor": str, "character": (str, type(None)), "professional": (bool, type(None))},
    "crew": {"person": str, "role": str},
    "excerpts": {"source": str, "section": str, "text": str, "start": int, "end": int},
    # Issue 25: `somos-archive export disagreements --format json`.
    "disagreements": {"subject": str, "attribute": str, "kind": str, "values": list},
    "places": {"name": str, "relations": list, "date": (str, type(None)), "people": list},
}


def test_disagreements_export_gives_each_value_its_sources_and_spans(run: Run) -> None:
    result = run("export", "disagreements", "--format", "json")
    assert result.exit_code == 0, result.stderr
    for obj in json.loads(result.stdout):
        assert len(obj["values"]) >= 2
        for value in obj["values"]:
            assert isinstance(value["value"], str) and value["sources"]
            for span in value["spans"]:
                assert span["source"] in value["sources"]
                assert isinstance(span["start"], int) and span["end"] > span["start"]


@pytest.mark.parametrize("table", sorted(CONTRACT))
def test_json_output_keeps_the_contract(run: Run, table: str) -> None:
    result = run("export", table, "--format", "json")
    assert result.exit_code == 0, result.stderr
    objects = json.loads(result.stdout)
    assert isinstance(objects, list) and objects
    for obj in objects:
        assert isinstance(obj["id"], int)
        assert isinstance(obj["sources"], list) and all(
            isinstance(s, str) and s.endswith(".txt") for s in obj["sources"])
        for key, kind in CONTRACT[table].items():
            assert isinstance(obj[key], kind), (table, key, obj[key])
        if table == "episodes" and obj["release_date"] is not None:
            dt.date.fromisoformat(obj["release_date"])
        if table == "episodes":
            assert all(isinstance(n, str) for n in obj["directors"] + obj["writers"])


@pytest.mark.parametrize("table", list(TABLE_SPECS))
def test_json_output_is_the_archives_records(run: Run, archive: Archive,
                                             table: str) -> None:
    result = run("export", table, "--no-provenance")
    assert result.exit_code == 0, result.stderr
    objects = json.loads(result.stdout)
    # Each object ends with what no words state, provenance or not (test_inferred_exports).
    assert all(isinstance(o.pop("not_stated"), list) for o in objects)
    assert objects == [record_dict(r) for r in archive.iter_records(table)]


def test_default_output_is_json_on_stdout(run: Run) -> None:
    result = run("export", "cast")
    assert result.exit_code == 0 and result.stderr == ""
    cast = json.loads(result.stdout)
    assert {"actor": "Jero Medina", "character": "Benjamín"}.items() <= next(
        o for o in cast if o["actor"] == "Jero Medina").items()
    assert all("provenance" in o for o in cast)


def test_ids_pick_records(run: Run) -> None:
    result = run("export", "episodes", "--ids", "2,1")
    assert result.exit_code == 0
    assert [o["id"] for o in json.loads(result.stdout)] == [2, 1]


def test_an_id_named_twice_is_exported_once_in_the_order_first_given(run: Run) -> None:
    result = run("export", "episodes", "--ids", "2,1,2,1,2")
    assert result.exit_code == 0, result.stderr
    assert [o["id"] for o in json.loads(result.stdout)] == [2, 1]


def test_many_missing_ids_are_listed_in_part_saying_how_many_more(run: Run) -> None:
    result = run("export", "cast", "--ids", ",".join(map(str, range(100_000, 105_000))))
    assert one_line_error(result) == (
        "somos-archive: no cast records with ids "
        + ", ".join(map(str, range(100_000, 100_010))) + " … and 4990 more")


def test_query_narrows_the_export(run: Run, archive: Archive) -> None:
    result = run("export", "excerpts", "--query", "Benjamín")
    expected = [r.id for r in archive.iter_records("excerpts", filter_text="Benjamín")]
    assert result.exit_code == 0
    assert [o["id"] for o in json.loads(result.stdout)] == expected


def test_output_file_format_follows_its_suffix(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "crew.csv"
    result = run("export", "crew", "-o", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    assert "Wrote" in result.stderr
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and {"person", "role", "spans", "source_titles"} <= set(rows[0])


def test_manifest_is_written_beside_the_file(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "cast.json"
    result = run("export", "cast", "-o", str(target), "--manifest")
    assert result.exit_code == 0, result.stderr
    manifest = json.loads((tmp_path / "cast.json.manifest.json").read_text(encoding="utf-8"))
    assert manifest["table"] == "cast" and manifest["count"] == len(
        json.loads(target.read_text(encoding="utf-8")))


@pytest.mark.parametrize("fmt", ["md", "citations", "html"])
def test_readable_formats_print(run: Run, archive: Archive, fmt: str) -> None:
    result = run("export", "storylines", "--format", fmt)
    assert result.exit_code == 0
    assert result.stdout.count("\n") > archive.count("storylines")
    if fmt != "md":  # citations name the document the words were read from
        assert "Somos. — Production Notes" in result.stdout


@pytest.mark.parametrize(("args", "says"), [
    (("export", "castt"), "unknown table 'castt'"),
    (("export", "cast", "--ids", "1,two"), "--ids takes record ids"),
    (("export", "cast", "--ids", "999999"), "no cast record with id 999999"),
    # Beyond SQLite's integers: an OverflowError traceback when bound to the lookup.
    (("export", "cast", "--ids", "1,99999999999999999999999"),
     "--ids: '99999999999999999999999' is not a record id (ids are at most "
     "9223372036854775807)"),
    (("export", "cast", "--query", "***"), "--query"),
    (("export", "cast", "--manifest"), "--manifest needs a file"),
])
def test_bad_requests_fail_in_one_line(run: Run, args: tuple[str, ...], says: str) -> None:
    result = run(*args)
    assert result.exit_code != 0 and result.stdout == ""
    assert says in one_line_error(result)


def test_an_unknown_table_is_refused_offering_every_table(run: Run) -> None:
    assert one_line_error(run("export", "castt")) == (
        "somos-archive: unknown table 'castt'; choose one of " + ", ".join(TABLE_SPECS))


def test_a_query_on_claims_exports_the_claims_its_words_match(run: Run, archive: Archive) -> None:
    """The search index leaves claims out, and ``--query`` on them wrote an empty export as if
    nothing matched; it narrows them as the Claims tab's filter does, by their own index:
    every word, accent-blind."""
    whole = run("export", "claims")
    assert whole.exit_code == 0, whole.stderr
    every = json.loads(whole.stdout)
    assert len(every) == archive.count("claims") > 0
    # His name in the value (an episode's directors) or the subject (his role, schema 8).
    curiel = [c["id"] for c in every if "Álvaro Curiel" in c["value"] + c["subject"]]
    assert curiel
    for query in ("alvaro curiel", "ÁLVARO Curiel"):
        result = run("export", "claims", "--query", query)
        assert result.exit_code == 0, result.stderr
        assert [c["id"] for c in json.loads(result.stdout)] == curiel


def test_missing_folder_fails_in_one_line(run: Run, tmp_path: Path) -> None:
    result = run("export", "cast", "-o", str(tmp_path / "gone" / "cast.csv"))
    assert result.exit_code == 1
    assert "does not exist — choose another folder" in one_line_error(result)
    assert not (tmp_path / "gone").exists()


def test_a_file_as_folder_fails_and_changes_nothing(run: Run, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_bytes(b"keep me")
    result = run("export", "cast", "-o", str(blocker / "cast.csv"))
    assert result.exit_code == 1
    assert "is not a folder" in one_line_error(result)
    assert blocker.read_bytes() == b"keep me"


def test_export_in_a_real_process_writes_the_file(archive_path: Path, tmp_path: Path,
                                                  archive: Archive) -> None:
    target = tmp_path / "cast.json"
    target.write_text("old", encoding="utf-8")
    done = run_process("export", "cast", "-o", str(target), "--archive", str(archive_path))
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    objects = json.loads(target.read_text(encoding="utf-8"))
    assert [{k: v for k, v in o.items() if k not in ("provenance", "not_stated")}
            for o in objects] == [record_dict(r) for r in archive.iter_records("cast")]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cast.json"]


def test_export_in_a_real_process_fails_in_one_line(archive_path: Path, tmp_path: Path) -> None:
    done = run_process("export", "nope", "--archive", str(archive_path))
    assert done.returncode == 1 and done.stdout == ""
    assert "unknown table" in one_line_error(done)


def test_console_script_prints_json(archive_path: Path) -> None:
    exe = installed_tool("somos-archive")
    import subprocess

    done = subprocess.run([exe, "export", "episodes", "--archive", str(archive_path)],
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 0, done.stderr
    assert [o["number"] for o in json.loads(done.stdout)]


def test_the_files_suffix_picks_the_format(run: Run, tmp_path: Path) -> None:
    import bibtexparser
    import rispy

    for name in ("cast.bib", "cast.ris", "cast.csl.json"):
        result = run("export", "cast", "-o", str(tmp_path / name))
        assert result.exit_code == 0, result.stderr
    text = (tmp_path / "cast.bib").read_text(encoding="utf-8")
    assert not text.lstrip().startswith("[")  # BibTeX, not the JSON default
    assert bibtexparser.parse_string(text).entries
    assert rispy.loads((tmp_path / "cast.ris").read_text(encoding="utf-8"))
    items = json.loads((tmp_path / "cast.csl.json").read_text(encoding="utf-8"))
    assert all("type" in item and "title" in item for item in items)


def test_a_suffix_that_contradicts_the_format_is_refused(run: Run, tmp_path: Path) -> None:
    result = run("export", "cast", "--format", "json", "-o", str(tmp_path / "cast.bib"))
    assert result.exit_code != 0
    assert "names the BibTeX format" in one_line_error(result)
    assert not (tmp_path / "cast.bib").exists()


def test_a_file_name_that_names_no_format_is_refused(run: Run, tmp_path: Path) -> None:
    result = run("export", "cast", "-o", str(tmp_path / "cast.dat"))
    assert result.exit_code != 0
    assert "cannot tell the format" in one_line_error(result)
    result = run("export", "cast", "--format", "csv", "-o", str(tmp_path / "cast.dat"))
    assert result.exit_code == 0 and (tmp_path / "cast.dat").read_text(encoding="utf-8-sig")
